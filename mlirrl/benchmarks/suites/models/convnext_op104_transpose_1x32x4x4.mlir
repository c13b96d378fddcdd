module {
  func.func @main(%arg0: tensor<1x4x4x32xf32>) -> tensor<1x32x4x4xf32> {
    %0 = tensor.empty() : tensor<1x32x4x4xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<1x4x4x32xf32>) outs(%0 : tensor<1x32x4x4xf32>) permutation = [0, 3, 1, 2] 
    return %transposed : tensor<1x32x4x4xf32>
  }
}
