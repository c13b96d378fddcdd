module {
  func.func @main(%arg0: tensor<256x256xf64>, %arg1: tensor<256x512xf64>) -> tensor<256x512xf64> {
    %cst1 = arith.constant 0.0 : f64
    %empty2 = tensor.empty() : tensor<256x512xf64>
    %init3 = linalg.fill ins(%cst1 : f64) outs(%empty2 : tensor<256x512xf64>) -> tensor<256x512xf64>
    %matmul4 = linalg.matmul ins(%arg0, %arg1 : tensor<256x256xf64>, tensor<256x512xf64>) outs(%init3 : tensor<256x512xf64>) -> tensor<256x512xf64>
    return %matmul4 : tensor<256x512xf64>
  }
}
