module {
  func.func @main(%arg0: tensor<8x8x28x28xf32>, %arg1: tensor<8x8x28x28xf32>) -> tensor<8x8x28x28xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<8x8x28x28xf32>
    %relu3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<8x8x28x28xf32>) outs(%empty2 : tensor<8x8x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<8x8x28x28xf32>
    %empty4 = tensor.empty() : tensor<8x8x28x28xf32>
    %add5 = linalg.add ins(%relu3, %arg1 : tensor<8x8x28x28xf32>, tensor<8x8x28x28xf32>) outs(%empty4 : tensor<8x8x28x28xf32>) -> tensor<8x8x28x28xf32>
    %cst6 = arith.constant 1.0 : f32
    %empty7 = tensor.empty() : tensor<8x8x28x28xf32>
    %sigmoid8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add5 : tensor<8x8x28x28xf32>) outs(%empty7 : tensor<8x8x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst6 : f32
      %r = arith.divf %cst6, %den : f32
      linalg.yield %r : f32
    } -> tensor<8x8x28x28xf32>
    %empty9 = tensor.empty() : tensor<8x8x28x28xf32>
    %sigmoid10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sigmoid8 : tensor<8x8x28x28xf32>) outs(%empty9 : tensor<8x8x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst6 : f32
      %r = arith.divf %cst6, %den : f32
      linalg.yield %r : f32
    } -> tensor<8x8x28x28xf32>
    return %sigmoid10 : tensor<8x8x28x28xf32>
  }
}
