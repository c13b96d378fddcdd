module {
  func.func @main(%arg0: tensor<256x42x42x168xf64>, %arg1: tensor<256x42x42x168xf64>) -> tensor<256x42x42x168xf64> {
    %empty1 = tensor.empty() : tensor<256x42x42x168xf64>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<256x42x42x168xf64>, tensor<256x42x42x168xf64>) outs(%empty1 : tensor<256x42x42x168xf64>) -> tensor<256x42x42x168xf64>
    return %add2 : tensor<256x42x42x168xf64>
  }
}
