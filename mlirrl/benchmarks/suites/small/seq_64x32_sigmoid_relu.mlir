module {
  func.func @main(%arg0: tensor<64x32xf32>) -> tensor<64x32xf32> {
    %cst1 = arith.constant 1.0 : f32
    %empty2 = tensor.empty() : tensor<64x32xf32>
    %sigmoid3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<64x32xf32>) outs(%empty2 : tensor<64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<64x32xf32>
    %cst4 = arith.constant 0.0 : f32
    %empty5 = tensor.empty() : tensor<64x32xf32>
    %relu6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%sigmoid3 : tensor<64x32xf32>) outs(%empty5 : tensor<64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst4 : f32
      linalg.yield %r : f32
    } -> tensor<64x32xf32>
    return %relu6 : tensor<64x32xf32>
  }
}
