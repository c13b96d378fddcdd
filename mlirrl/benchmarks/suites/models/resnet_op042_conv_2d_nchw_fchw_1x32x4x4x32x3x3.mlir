module {
  func.func @main(%arg0: tensor<1x32x6x6xf32>, %arg1: tensor<32x32x3x3xf32>, %arg2: tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x32x6x6xf32>, tensor<32x32x3x3xf32>) outs(%arg2 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    return %0 : tensor<1x32x4x4xf32>
  }
}
