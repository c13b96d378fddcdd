module {
  func.func @main(%arg0: tensor<28x8x8x14xf32>, %arg1: tensor<28x8x8x14xf32>) -> tensor<28x8x8x14xf32> {
    %empty1 = tensor.empty() : tensor<28x8x8x14xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<28x8x8x14xf32>, tensor<28x8x8x14xf32>) outs(%empty1 : tensor<28x8x8x14xf32>) -> tensor<28x8x8x14xf32>
    return %add2 : tensor<28x8x8x14xf32>
  }
}
