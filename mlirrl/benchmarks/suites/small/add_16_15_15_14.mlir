module {
  func.func @main(%arg0: tensor<16x15x15x14xf32>, %arg1: tensor<16x15x15x14xf32>) -> tensor<16x15x15x14xf32> {
    %empty1 = tensor.empty() : tensor<16x15x15x14xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<16x15x15x14xf32>, tensor<16x15x15x14xf32>) outs(%empty1 : tensor<16x15x15x14xf32>) -> tensor<16x15x15x14xf32>
    return %add2 : tensor<16x15x15x14xf32>
  }
}
