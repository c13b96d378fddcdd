module {
  func.func @main(%arg0: tensor<128x16xf32>, %arg1: tensor<128x16xf32>) -> tensor<128x16xf32> {
    %cst1 = arith.constant 1.0 : f32
    %empty2 = tensor.empty() : tensor<128x16xf32>
    %sigmoid3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<128x16xf32>) outs(%empty2 : tensor<128x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<128x16xf32>
    %empty4 = tensor.empty() : tensor<128x16xf32>
    %add5 = linalg.add ins(%sigmoid3, %arg1 : tensor<128x16xf32>, tensor<128x16xf32>) outs(%empty4 : tensor<128x16xf32>) -> tensor<128x16xf32>
    %empty6 = tensor.empty() : tensor<128x16xf32>
    %sigmoid7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add5 : tensor<128x16xf32>) outs(%empty6 : tensor<128x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<128x16xf32>
    %empty8 = tensor.empty() : tensor<128x16xf32>
    %sigmoid9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%sigmoid7 : tensor<128x16xf32>) outs(%empty8 : tensor<128x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<128x16xf32>
    return %sigmoid9 : tensor<128x16xf32>
  }
}
