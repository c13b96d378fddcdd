module {
  func.func @main(%arg0: tensor<8x128xf32>, %arg1: tensor<128x128xf32>, %arg2: tensor<8x128xf32>) -> tensor<8x128xf32> {
    %0 = linalg.matmul ins(%arg0, %arg1 : tensor<8x128xf32>, tensor<128x128xf32>) outs(%arg2 : tensor<8x128xf32>) -> tensor<8x128xf32>
    return %0 : tensor<8x128xf32>
  }
}
