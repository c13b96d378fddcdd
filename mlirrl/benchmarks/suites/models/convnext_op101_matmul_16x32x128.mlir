module {
  func.func @main(%arg0: tensor<16x128xf32>, %arg1: tensor<128x32xf32>, %arg2: tensor<16x32xf32>) -> tensor<16x32xf32> {
    %0 = linalg.matmul ins(%arg0, %arg1 : tensor<16x128xf32>, tensor<128x32xf32>) outs(%arg2 : tensor<16x32xf32>) -> tensor<16x32xf32>
    return %0 : tensor<16x32xf32>
  }
}
