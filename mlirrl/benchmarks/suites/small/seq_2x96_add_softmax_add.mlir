module {
  func.func @main(%arg0: tensor<2x96xf32>, %arg1: tensor<2x96xf32>, %arg2: tensor<2x96xf32>) -> tensor<2x96xf32> {
    %empty1 = tensor.empty() : tensor<2x96xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<2x96xf32>, tensor<2x96xf32>) outs(%empty1 : tensor<2x96xf32>) -> tensor<2x96xf32>
    %cst3 = arith.constant 0xFF800000 : f32
    %empty4 = tensor.empty() : tensor<2xf32>
    %init5 = linalg.fill ins(%cst3 : f32) outs(%empty4 : tensor<2xf32>) -> tensor<2xf32>
    %max6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%add2 : tensor<2x96xf32>) outs(%init5 : tensor<2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<2xf32>
    %empty7 = tensor.empty() : tensor<2x96xf32>
    %exp8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add2, %max6 : tensor<2x96xf32>, tensor<2xf32>) outs(%empty7 : tensor<2x96xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<2x96xf32>
    %cst9 = arith.constant 0.0 : f32
    %empty10 = tensor.empty() : tensor<2xf32>
    %init11 = linalg.fill ins(%cst9 : f32) outs(%empty10 : tensor<2xf32>) -> tensor<2xf32>
    %sum12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%exp8 : tensor<2x96xf32>) outs(%init11 : tensor<2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<2xf32>
    %empty13 = tensor.empty() : tensor<2x96xf32>
    %softmax14 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%exp8, %sum12 : tensor<2x96xf32>, tensor<2xf32>) outs(%empty13 : tensor<2x96xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<2x96xf32>
    %empty15 = tensor.empty() : tensor<2x96xf32>
    %add16 = linalg.add ins(%softmax14, %arg2 : tensor<2x96xf32>, tensor<2x96xf32>) outs(%empty15 : tensor<2x96xf32>) -> tensor<2x96xf32>
    return %add16 : tensor<2x96xf32>
  }
}
