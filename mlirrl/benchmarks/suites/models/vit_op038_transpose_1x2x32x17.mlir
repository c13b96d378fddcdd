module {
  func.func @main(%arg0: tensor<1x17x2x32xf32>) -> tensor<1x2x32x17xf32> {
    %0 = tensor.empty() : tensor<1x2x32x17xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<1x17x2x32xf32>) outs(%0 : tensor<1x2x32x17xf32>) permutation = [0, 2, 3, 1] 
    return %transposed : tensor<1x2x32x17xf32>
  }
}
