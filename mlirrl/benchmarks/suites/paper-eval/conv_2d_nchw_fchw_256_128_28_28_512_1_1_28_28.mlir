module {
  func.func @main(%arg0: tensor<256x128x28x28xf64>, %arg1: tensor<512x128x1x1xf64>) -> tensor<256x512x28x28xf64> {
    %cst1 = arith.constant 0.0 : f64
    %empty2 = tensor.empty() : tensor<256x512x28x28xf64>
    %init3 = linalg.fill ins(%cst1 : f64) outs(%empty2 : tensor<256x512x28x28xf64>) -> tensor<256x512x28x28xf64>
    %conv4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<256x128x28x28xf64>, tensor<512x128x1x1xf64>) outs(%init3 : tensor<256x512x28x28xf64>) -> tensor<256x512x28x28xf64>
    return %conv4 : tensor<256x512x28x28xf64>
  }
}
