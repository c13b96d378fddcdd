module {
  func.func @main(%arg0: tensor<1x3x38x38xf32>, %arg1: tensor<16x3x7x7xf32>, %arg2: tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32> {
    %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x3x38x38xf32>, tensor<16x3x7x7xf32>) outs(%arg2 : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    return %0 : tensor<1x16x16x16xf32>
  }
}
