module {
  func.func @main(%arg0: tensor<1x3x32x32xf32>, %arg1: tensor<64x3x8x8xf32>, %arg2: tensor<1x64x4x4xf32>) -> tensor<1x64x4x4xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%arg2 : tensor<1x64x4x4xf32>) -> tensor<1x64x4x4xf32>
    return %0 : tensor<1x64x4x4xf32>
  }
}
