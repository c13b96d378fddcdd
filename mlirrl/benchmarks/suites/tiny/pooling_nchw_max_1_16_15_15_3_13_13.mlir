module {
  func.func @main(%arg0: tensor<1x16x15x15xf32>) -> tensor<1x16x13x13xf32> {
    %cst1 = arith.constant 0xFF800000 : f32
    %empty2 = tensor.empty() : tensor<1x16x13x13xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<1x16x13x13xf32>) -> tensor<1x16x13x13xf32>
    %empty4 = tensor.empty() : tensor<3x3xf32>
    %pool5 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%arg0, %empty4 : tensor<1x16x15x15xf32>, tensor<3x3xf32>) outs(%init3 : tensor<1x16x13x13xf32>) -> tensor<1x16x13x13xf32>
    return %pool5 : tensor<1x16x13x13xf32>
  }
}
