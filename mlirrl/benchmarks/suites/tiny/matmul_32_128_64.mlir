module {
  func.func @main(%arg0: tensor<32x128xf32>, %arg1: tensor<128x64xf32>) -> tensor<32x64xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<32x64xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %matmul4 = linalg.matmul ins(%arg0, %arg1 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%init3 : tensor<32x64xf32>) -> tensor<32x64xf32>
    return %matmul4 : tensor<32x64xf32>
  }
}
