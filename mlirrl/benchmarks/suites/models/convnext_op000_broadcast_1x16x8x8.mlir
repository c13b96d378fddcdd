module {
  func.func @main(%arg0: tensor<16xf32>) -> tensor<1x16x8x8xf32> {
    %0 = tensor.empty() : tensor<1x16x8x8xf32>
    %broadcasted = linalg.broadcast ins(%arg0 : tensor<16xf32>) outs(%0 : tensor<1x16x8x8xf32>) dimensions = [0, 2, 3] 
    return %broadcasted : tensor<1x16x8x8xf32>
  }
}
