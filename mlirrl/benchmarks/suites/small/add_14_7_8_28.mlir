module {
  func.func @main(%arg0: tensor<14x7x8x28xf32>, %arg1: tensor<14x7x8x28xf32>) -> tensor<14x7x8x28xf32> {
    %empty1 = tensor.empty() : tensor<14x7x8x28xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<14x7x8x28xf32>, tensor<14x7x8x28xf32>) outs(%empty1 : tensor<14x7x8x28xf32>) -> tensor<14x7x8x28xf32>
    return %add2 : tensor<14x7x8x28xf32>
  }
}
