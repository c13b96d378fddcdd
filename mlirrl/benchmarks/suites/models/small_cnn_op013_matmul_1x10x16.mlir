module {
  func.func @main(%arg0: tensor<1x16xf32>, %arg1: tensor<16x10xf32>, %arg2: tensor<1x10xf32>) -> tensor<1x10xf32> {
    %0 = linalg.matmul ins(%arg0, %arg1 : tensor<1x16xf32>, tensor<16x10xf32>) outs(%arg2 : tensor<1x10xf32>) -> tensor<1x10xf32>
    return %0 : tensor<1x10xf32>
  }
}
