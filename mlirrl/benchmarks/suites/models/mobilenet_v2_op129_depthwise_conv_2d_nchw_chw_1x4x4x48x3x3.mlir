module {
  func.func @main(%arg0: tensor<1x48x6x6xf32>, %arg1: tensor<48x3x3xf32>, %arg2: tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32> {
    %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x48x6x6xf32>, tensor<48x3x3xf32>) outs(%arg2 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    return %0 : tensor<1x48x4x4xf32>
  }
}
