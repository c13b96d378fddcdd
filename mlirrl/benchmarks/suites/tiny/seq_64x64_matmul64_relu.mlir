module {
  func.func @main(%arg0: tensor<64x64xf32>, %arg1: tensor<64x64xf32>) -> tensor<64x64xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<64x64xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %matmul4 = linalg.matmul ins(%arg0, %arg1 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%init3 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %empty5 = tensor.empty() : tensor<64x64xf32>
    %relu6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%matmul4 : tensor<64x64xf32>) outs(%empty5 : tensor<64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<64x64xf32>
    return %relu6 : tensor<64x64xf32>
  }
}
