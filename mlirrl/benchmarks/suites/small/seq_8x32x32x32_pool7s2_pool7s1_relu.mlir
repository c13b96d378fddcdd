module {
  func.func @main(%arg0: tensor<8x32x32x32xf32>) -> tensor<8x32x7x7xf32> {
    %cst1 = arith.constant 0xFF800000 : f32
    %empty2 = tensor.empty() : tensor<8x32x13x13xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<8x32x13x13xf32>) -> tensor<8x32x13x13xf32>
    %empty4 = tensor.empty() : tensor<7x7xf32>
    %pool5 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%arg0, %empty4 : tensor<8x32x32x32xf32>, tensor<7x7xf32>) outs(%init3 : tensor<8x32x13x13xf32>) -> tensor<8x32x13x13xf32>
    %empty6 = tensor.empty() : tensor<8x32x7x7xf32>
    %init7 = linalg.fill ins(%cst1 : f32) outs(%empty6 : tensor<8x32x7x7xf32>) -> tensor<8x32x7x7xf32>
    %empty8 = tensor.empty() : tensor<7x7xf32>
    %pool9 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%pool5, %empty8 : tensor<8x32x13x13xf32>, tensor<7x7xf32>) outs(%init7 : tensor<8x32x7x7xf32>) -> tensor<8x32x7x7xf32>
    %cst10 = arith.constant 0.0 : f32
    %empty11 = tensor.empty() : tensor<8x32x7x7xf32>
    %relu12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool9 : tensor<8x32x7x7xf32>) outs(%empty11 : tensor<8x32x7x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst10 : f32
      linalg.yield %r : f32
    } -> tensor<8x32x7x7xf32>
    return %relu12 : tensor<8x32x7x7xf32>
  }
}
