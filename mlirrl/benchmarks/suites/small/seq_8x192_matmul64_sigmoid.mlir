module {
  func.func @main(%arg0: tensor<8x192xf32>, %arg1: tensor<192x64xf32>) -> tensor<8x64xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<8x64xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %matmul4 = linalg.matmul ins(%arg0, %arg1 : tensor<8x192xf32>, tensor<192x64xf32>) outs(%init3 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %cst5 = arith.constant 1.0 : f32
    %empty6 = tensor.empty() : tensor<8x64xf32>
    %sigmoid7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%matmul4 : tensor<8x64xf32>) outs(%empty6 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst5 : f32
      %r = arith.divf %cst5, %den : f32
      linalg.yield %r : f32
    } -> tensor<8x64xf32>
    return %sigmoid7 : tensor<8x64xf32>
  }
}
