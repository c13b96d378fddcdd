module {
  func.func @main(%arg0: tensor<64xf32>) -> tensor<1x64x4x4xf32> {
    %0 = tensor.empty() : tensor<1x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg0 : tensor<64xf32>) outs(%0 : tensor<1x64x4x4xf32>) dimensions = [0, 2, 3] 
    return %broadcasted : tensor<1x64x4x4xf32>
  }
}
