module {
  func.func @main(%arg0: tensor<1x240x1x1xf32>, %arg1: tensor<80x240x1x1xf32>, %arg2: tensor<1x80x1x1xf32>) -> tensor<1x80x1x1xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x240x1x1xf32>, tensor<80x240x1x1xf32>) outs(%arg2 : tensor<1x80x1x1xf32>) -> tensor<1x80x1x1xf32>
    return %0 : tensor<1x80x1x1xf32>
  }
}
