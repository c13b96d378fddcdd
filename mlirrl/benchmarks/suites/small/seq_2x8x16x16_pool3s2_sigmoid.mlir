module {
  func.func @main(%arg0: tensor<2x8x16x16xf32>) -> tensor<2x8x7x7xf32> {
    %cst1 = arith.constant 0xFF800000 : f32
    %empty2 = tensor.empty() : tensor<2x8x7x7xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<2x8x7x7xf32>) -> tensor<2x8x7x7xf32>
    %empty4 = tensor.empty() : tensor<3x3xf32>
    %pool5 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%arg0, %empty4 : tensor<2x8x16x16xf32>, tensor<3x3xf32>) outs(%init3 : tensor<2x8x7x7xf32>) -> tensor<2x8x7x7xf32>
    %cst6 = arith.constant 1.0 : f32
    %empty7 = tensor.empty() : tensor<2x8x7x7xf32>
    %sigmoid8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool5 : tensor<2x8x7x7xf32>) outs(%empty7 : tensor<2x8x7x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst6 : f32
      %r = arith.divf %cst6, %den : f32
      linalg.yield %r : f32
    } -> tensor<2x8x7x7xf32>
    return %sigmoid8 : tensor<2x8x7x7xf32>
  }
}
