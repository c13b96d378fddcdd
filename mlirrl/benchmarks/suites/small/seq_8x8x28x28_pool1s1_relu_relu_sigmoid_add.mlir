module {
  func.func @main(%arg0: tensor<8x8x28x28xf32>, %arg1: tensor<8x8x28x28xf32>) -> tensor<8x8x28x28xf32> {
    %cst1 = arith.constant 0xFF800000 : f32
    %empty2 = tensor.empty() : tensor<8x8x28x28xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<8x8x28x28xf32>) -> tensor<8x8x28x28xf32>
    %empty4 = tensor.empty() : tensor<1x1xf32>
    %pool5 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%arg0, %empty4 : tensor<8x8x28x28xf32>, tensor<1x1xf32>) outs(%init3 : tensor<8x8x28x28xf32>) -> tensor<8x8x28x28xf32>
    %cst6 = arith.constant 0.0 : f32
    %empty7 = tensor.empty() : tensor<8x8x28x28xf32>
    %relu8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool5 : tensor<8x8x28x28xf32>) outs(%empty7 : tensor<8x8x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst6 : f32
      linalg.yield %r : f32
    } -> tensor<8x8x28x28xf32>
    %empty9 = tensor.empty() : tensor<8x8x28x28xf32>
    %relu10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu8 : tensor<8x8x28x28xf32>) outs(%empty9 : tensor<8x8x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst6 : f32
      linalg.yield %r : f32
    } -> tensor<8x8x28x28xf32>
    %cst11 = arith.constant 1.0 : f32
    %empty12 = tensor.empty() : tensor<8x8x28x28xf32>
    %sigmoid13 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu10 : tensor<8x8x28x28xf32>) outs(%empty12 : tensor<8x8x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst11 : f32
      %r = arith.divf %cst11, %den : f32
      linalg.yield %r : f32
    } -> tensor<8x8x28x28xf32>
    %empty14 = tensor.empty() : tensor<8x8x28x28xf32>
    %add15 = linalg.add ins(%sigmoid13, %arg1 : tensor<8x8x28x28xf32>, tensor<8x8x28x28xf32>) outs(%empty14 : tensor<8x8x28x28xf32>) -> tensor<8x8x28x28xf32>
    return %add15 : tensor<8x8x28x28xf32>
  }
}
