module {
  func.func @main(%arg0: tensor<2x16x32xf32>, %arg1: tensor<2x32x16xf32>, %arg2: tensor<2x16x16xf32>) -> tensor<2x16x16xf32> {
    %0 = linalg.batch_matmul ins(%arg0, %arg1 : tensor<2x16x32xf32>, tensor<2x32x16xf32>) outs(%arg2 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    return %0 : tensor<2x16x16xf32>
  }
}
