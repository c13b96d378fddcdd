module {
  func.func @main(%arg0: tensor<1x16x8x8xf32>, %arg1: tensor<32x16x1x1xf32>, %arg2: tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x16x8x8xf32>, tensor<32x16x1x1xf32>) outs(%arg2 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    return %0 : tensor<1x32x4x4xf32>
  }
}
