module {
  func.func @main(%arg0: tensor<4x64xf32>, %arg1: tensor<4x64xf32>, %arg2: tensor<4x64xf32>, %arg3: tensor<64x96xf32>) -> tensor<4x96xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<4x64xf32>
    %relu3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<4x64xf32>) outs(%empty2 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<4x64xf32>
    %empty4 = tensor.empty() : tensor<4x64xf32>
    %add5 = linalg.add ins(%relu3, %arg1 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%empty4 : tensor<4x64xf32>) -> tensor<4x64xf32>
    %empty6 = tensor.empty() : tensor<4x64xf32>
    %add7 = linalg.add ins(%add5, %arg2 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%empty6 : tensor<4x64xf32>) -> tensor<4x64xf32>
    %empty8 = tensor.empty() : tensor<4x64xf32>
    %relu9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add7 : tensor<4x64xf32>) outs(%empty8 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<4x64xf32>
    %empty10 = tensor.empty() : tensor<4x96xf32>
    %init11 = linalg.fill ins(%cst1 : f32) outs(%empty10 : tensor<4x96xf32>) -> tensor<4x96xf32>
    %matmul12 = linalg.matmul ins(%relu9, %arg3 : tensor<4x64xf32>, tensor<64x96xf32>) outs(%init11 : tensor<4x96xf32>) -> tensor<4x96xf32>
    return %matmul12 : tensor<4x96xf32>
  }
}
