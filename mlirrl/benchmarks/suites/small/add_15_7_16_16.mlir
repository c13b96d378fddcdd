module {
  func.func @main(%arg0: tensor<15x7x16x16xf32>, %arg1: tensor<15x7x16x16xf32>) -> tensor<15x7x16x16xf32> {
    %empty1 = tensor.empty() : tensor<15x7x16x16xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<15x7x16x16xf32>, tensor<15x7x16x16xf32>) outs(%empty1 : tensor<15x7x16x16xf32>) -> tensor<15x7x16x16xf32>
    return %add2 : tensor<15x7x16x16xf32>
  }
}
