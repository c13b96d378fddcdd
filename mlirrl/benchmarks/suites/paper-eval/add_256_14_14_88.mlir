module {
  func.func @main(%arg0: tensor<256x14x14x88xf64>, %arg1: tensor<256x14x14x88xf64>) -> tensor<256x14x14x88xf64> {
    %empty1 = tensor.empty() : tensor<256x14x14x88xf64>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<256x14x14x88xf64>, tensor<256x14x14x88xf64>) outs(%empty1 : tensor<256x14x14x88xf64>) -> tensor<256x14x14x88xf64>
    return %add2 : tensor<256x14x14x88xf64>
  }
}
