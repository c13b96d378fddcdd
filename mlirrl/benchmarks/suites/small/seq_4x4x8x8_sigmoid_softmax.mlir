module {
  func.func @main(%arg0: tensor<4x4x8x8xf32>) -> tensor<4x4x8x8xf32> {
    %cst1 = arith.constant 1.0 : f32
    %empty2 = tensor.empty() : tensor<4x4x8x8xf32>
    %sigmoid3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<4x4x8x8xf32>) outs(%empty2 : tensor<4x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<4x4x8x8xf32>
    %cst4 = arith.constant 0xFF800000 : f32
    %empty5 = tensor.empty() : tensor<4x4x8xf32>
    %init6 = linalg.fill ins(%cst4 : f32) outs(%empty5 : tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %max7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sigmoid3 : tensor<4x4x8x8xf32>) outs(%init6 : tensor<4x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<4x4x8xf32>
    %empty8 = tensor.empty() : tensor<4x4x8x8xf32>
    %exp9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sigmoid3, %max7 : tensor<4x4x8x8xf32>, tensor<4x4x8xf32>) outs(%empty8 : tensor<4x4x8x8xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<4x4x8x8xf32>
    %cst10 = arith.constant 0.0 : f32
    %empty11 = tensor.empty() : tensor<4x4x8xf32>
    %init12 = linalg.fill ins(%cst10 : f32) outs(%empty11 : tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %sum13 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%exp9 : tensor<4x4x8x8xf32>) outs(%init12 : tensor<4x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<4x4x8xf32>
    %empty14 = tensor.empty() : tensor<4x4x8x8xf32>
    %softmax15 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%exp9, %sum13 : tensor<4x4x8x8xf32>, tensor<4x4x8xf32>) outs(%empty14 : tensor<4x4x8x8xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<4x4x8x8xf32>
    return %softmax15 : tensor<4x4x8x8xf32>
  }
}
