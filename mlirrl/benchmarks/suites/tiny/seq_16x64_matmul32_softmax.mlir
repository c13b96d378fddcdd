module {
  func.func @main(%arg0: tensor<16x64xf32>, %arg1: tensor<64x32xf32>) -> tensor<16x32xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<16x32xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %matmul4 = linalg.matmul ins(%arg0, %arg1 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%init3 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %cst5 = arith.constant 0xFF800000 : f32
    %empty6 = tensor.empty() : tensor<16xf32>
    %init7 = linalg.fill ins(%cst5 : f32) outs(%empty6 : tensor<16xf32>) -> tensor<16xf32>
    %max8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%matmul4 : tensor<16x32xf32>) outs(%init7 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<16xf32>
    %empty9 = tensor.empty() : tensor<16x32xf32>
    %exp10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%matmul4, %max8 : tensor<16x32xf32>, tensor<16xf32>) outs(%empty9 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<16x32xf32>
    %empty11 = tensor.empty() : tensor<16xf32>
    %init12 = linalg.fill ins(%cst1 : f32) outs(%empty11 : tensor<16xf32>) -> tensor<16xf32>
    %sum13 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%exp10 : tensor<16x32xf32>) outs(%init12 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<16xf32>
    %empty14 = tensor.empty() : tensor<16x32xf32>
    %softmax15 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%exp10, %sum13 : tensor<16x32xf32>, tensor<16xf32>) outs(%empty14 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<16x32xf32>
    return %softmax15 : tensor<16x32xf32>
  }
}
