module {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<1x3x32x32xf32>, %arg2: tensor<64x3x8x8xf32>) -> tensor<1x64x4x4xf32> {
    %0 = tensor.empty() : tensor<1x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg0 : tensor<64xf32>) outs(%0 : tensor<1x64x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg1, %arg2 : tensor<1x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%broadcasted : tensor<1x64x4x4xf32>) -> tensor<1x64x4x4xf32>
    return %1 : tensor<1x64x4x4xf32>
  }
}
