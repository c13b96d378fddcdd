module {
  func.func @main(%arg0: tensor<256x64x147x147xf64>) -> tensor<256x64x73x73xf64> {
    %cst1 = arith.constant 0xFFF0000000000000 : f64
    %empty2 = tensor.empty() : tensor<256x64x73x73xf64>
    %init3 = linalg.fill ins(%cst1 : f64) outs(%empty2 : tensor<256x64x73x73xf64>) -> tensor<256x64x73x73xf64>
    %empty4 = tensor.empty() : tensor<3x3xf64>
    %pool5 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%arg0, %empty4 : tensor<256x64x147x147xf64>, tensor<3x3xf64>) outs(%init3 : tensor<256x64x73x73xf64>) -> tensor<256x64x73x73xf64>
    return %pool5 : tensor<256x64x73x73xf64>
  }
}
