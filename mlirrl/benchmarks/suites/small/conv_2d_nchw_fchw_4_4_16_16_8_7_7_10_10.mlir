module {
  func.func @main(%arg0: tensor<4x4x16x16xf32>, %arg1: tensor<8x4x7x7xf32>) -> tensor<4x8x10x10xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<4x8x10x10xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<4x8x10x10xf32>) -> tensor<4x8x10x10xf32>
    %conv4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<4x4x16x16xf32>, tensor<8x4x7x7xf32>) outs(%init3 : tensor<4x8x10x10xf32>) -> tensor<4x8x10x10xf32>
    return %conv4 : tensor<4x8x10x10xf32>
  }
}
