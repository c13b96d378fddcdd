module {
  func.func @main(%arg0: tensor<1x8x7x7xf32>, %arg1: tensor<16x8x3x3xf32>, %arg2: tensor<1x16x3x3xf32>) -> tensor<1x16x3x3xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x8x7x7xf32>, tensor<16x8x3x3xf32>) outs(%arg2 : tensor<1x16x3x3xf32>) -> tensor<1x16x3x3xf32>
    return %0 : tensor<1x16x3x3xf32>
  }
}
