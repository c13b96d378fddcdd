module {
  func.func @main(%arg0: tensor<10x16xf32>) -> tensor<16x10xf32> {
    %0 = tensor.empty() : tensor<16x10xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<10x16xf32>) outs(%0 : tensor<16x10xf32>) permutation = [1, 0] 
    return %transposed : tensor<16x10xf32>
  }
}
