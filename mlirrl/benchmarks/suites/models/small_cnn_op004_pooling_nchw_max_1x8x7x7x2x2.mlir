module {
  func.func @main(%arg0: tensor<1x8x14x14xf32>, %arg1: tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32> {
    %0 = tensor.empty() : tensor<2x2xf32>
    %1 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%arg0, %0 : tensor<1x8x14x14xf32>, tensor<2x2xf32>) outs(%arg1 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    return %1 : tensor<1x8x7x7xf32>
  }
}
