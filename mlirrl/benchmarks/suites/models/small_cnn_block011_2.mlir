module {
  func.func @main(%arg0: tensor<10x16xf32>, %arg1: tensor<1x16xf32>) -> tensor<1x10xf32> {
    %0 = tensor.empty() : tensor<16x10xf32>
    %cst = arith.constant 0.000000e+00 : f32
    %1 = tensor.empty() : tensor<1x10xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<10x16xf32>) outs(%0 : tensor<16x10xf32>) permutation = [1, 0] 
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %3 = linalg.matmul ins(%arg1, %transposed : tensor<1x16xf32>, tensor<16x10xf32>) outs(%2 : tensor<1x10xf32>) -> tensor<1x10xf32>
    return %3 : tensor<1x10xf32>
  }
}
