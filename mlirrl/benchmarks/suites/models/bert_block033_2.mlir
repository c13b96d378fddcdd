module {
  func.func @main(%arg0: tensor<64x128xf32>, %arg1: tensor<16x128xf32>) -> tensor<16x64xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<16x64xf32>
    %1 = tensor.empty() : tensor<128x64xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%0 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<64x128xf32>) outs(%1 : tensor<128x64xf32>) permutation = [1, 0] 
    %3 = linalg.matmul ins(%arg1, %transposed : tensor<16x128xf32>, tensor<128x64xf32>) outs(%2 : tensor<16x64xf32>) -> tensor<16x64xf32>
    return %3 : tensor<16x64xf32>
  }
}
