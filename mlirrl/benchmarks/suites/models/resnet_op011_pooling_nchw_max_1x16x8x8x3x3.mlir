module {
  func.func @main(%arg0: tensor<1x16x18x18xf32>, %arg1: tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32> {
    %0 = tensor.empty() : tensor<3x3xf32>
    %1 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%arg0, %0 : tensor<1x16x18x18xf32>, tensor<3x3xf32>) outs(%arg1 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    return %1 : tensor<1x16x8x8xf32>
  }
}
