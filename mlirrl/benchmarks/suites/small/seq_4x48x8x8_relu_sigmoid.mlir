module {
  func.func @main(%arg0: tensor<4x48x8x8xf32>) -> tensor<4x48x8x8xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<4x48x8x8xf32>
    %relu3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<4x48x8x8xf32>) outs(%empty2 : tensor<4x48x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<4x48x8x8xf32>
    %cst4 = arith.constant 1.0 : f32
    %empty5 = tensor.empty() : tensor<4x48x8x8xf32>
    %sigmoid6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu3 : tensor<4x48x8x8xf32>) outs(%empty5 : tensor<4x48x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst4 : f32
      %r = arith.divf %cst4, %den : f32
      linalg.yield %r : f32
    } -> tensor<4x48x8x8xf32>
    return %sigmoid6 : tensor<4x48x8x8xf32>
  }
}
