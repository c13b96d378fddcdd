module {
  func.func @main(%arg0: tensor<2x17x32xf32>, %arg1: tensor<2x32x17xf32>, %arg2: tensor<2x17x17xf32>) -> tensor<2x17x17xf32> {
    %0 = linalg.batch_matmul ins(%arg0, %arg1 : tensor<2x17x32xf32>, tensor<2x32x17xf32>) outs(%arg2 : tensor<2x17x17xf32>) -> tensor<2x17x17xf32>
    return %0 : tensor<2x17x17xf32>
  }
}
