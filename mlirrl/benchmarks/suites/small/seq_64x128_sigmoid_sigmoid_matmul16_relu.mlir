module {
  func.func @main(%arg0: tensor<64x128xf32>, %arg1: tensor<128x16xf32>) -> tensor<64x16xf32> {
    %cst1 = arith.constant 1.0 : f32
    %empty2 = tensor.empty() : tensor<64x128xf32>
    %sigmoid3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<64x128xf32>) outs(%empty2 : tensor<64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<64x128xf32>
    %empty4 = tensor.empty() : tensor<64x128xf32>
    %sigmoid5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%sigmoid3 : tensor<64x128xf32>) outs(%empty4 : tensor<64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<64x128xf32>
    %cst6 = arith.constant 0.0 : f32
    %empty7 = tensor.empty() : tensor<64x16xf32>
    %init8 = linalg.fill ins(%cst6 : f32) outs(%empty7 : tensor<64x16xf32>) -> tensor<64x16xf32>
    %matmul9 = linalg.matmul ins(%sigmoid5, %arg1 : tensor<64x128xf32>, tensor<128x16xf32>) outs(%init8 : tensor<64x16xf32>) -> tensor<64x16xf32>
    %empty10 = tensor.empty() : tensor<64x16xf32>
    %relu11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%matmul9 : tensor<64x16xf32>) outs(%empty10 : tensor<64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst6 : f32
      linalg.yield %r : f32
    } -> tensor<64x16xf32>
    return %relu11 : tensor<64x16xf32>
  }
}
