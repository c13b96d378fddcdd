module {
  func.func @main(%arg0: tensor<32x192xf32>, %arg1: tensor<32x192xf32>, %arg2: tensor<192x192xf32>) -> tensor<32x192xf32> {
    %empty1 = tensor.empty() : tensor<32x192xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<32x192xf32>, tensor<32x192xf32>) outs(%empty1 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %cst3 = arith.constant 0.0 : f32
    %empty4 = tensor.empty() : tensor<32x192xf32>
    %relu5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add2 : tensor<32x192xf32>) outs(%empty4 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst3 : f32
      linalg.yield %r : f32
    } -> tensor<32x192xf32>
    %empty6 = tensor.empty() : tensor<32x192xf32>
    %init7 = linalg.fill ins(%cst3 : f32) outs(%empty6 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %matmul8 = linalg.matmul ins(%relu5, %arg2 : tensor<32x192xf32>, tensor<192x192xf32>) outs(%init7 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %cst9 = arith.constant 0xFF800000 : f32
    %empty10 = tensor.empty() : tensor<32xf32>
    %init11 = linalg.fill ins(%cst9 : f32) outs(%empty10 : tensor<32xf32>) -> tensor<32xf32>
    %max12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%matmul8 : tensor<32x192xf32>) outs(%init11 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<32xf32>
    %empty13 = tensor.empty() : tensor<32x192xf32>
    %exp14 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%matmul8, %max12 : tensor<32x192xf32>, tensor<32xf32>) outs(%empty13 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<32x192xf32>
    %empty15 = tensor.empty() : tensor<32xf32>
    %init16 = linalg.fill ins(%cst3 : f32) outs(%empty15 : tensor<32xf32>) -> tensor<32xf32>
    %sum17 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%exp14 : tensor<32x192xf32>) outs(%init16 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<32xf32>
    %empty18 = tensor.empty() : tensor<32x192xf32>
    %softmax19 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%exp14, %sum17 : tensor<32x192xf32>, tensor<32xf32>) outs(%empty18 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<32x192xf32>
    return %softmax19 : tensor<32x192xf32>
  }
}
