module {
  func.func @main(%arg0: tensor<32x64xf32>, %arg1: tensor<32x64xf32>) -> tensor<32x64xf32> {
    %empty1 = tensor.empty() : tensor<32x64xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%empty1 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %cst3 = arith.constant 1.0 : f32
    %empty4 = tensor.empty() : tensor<32x64xf32>
    %sigmoid5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add2 : tensor<32x64xf32>) outs(%empty4 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst3 : f32
      %r = arith.divf %cst3, %den : f32
      linalg.yield %r : f32
    } -> tensor<32x64xf32>
    return %sigmoid5 : tensor<32x64xf32>
  }
}
