module {
  func.func @main(%arg0: tensor<1x16xf32>) -> tensor<1x16xf32> {
    %cst1 = arith.constant 0xFF800000 : f32
    %empty2 = tensor.empty() : tensor<1xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<1xf32>) -> tensor<1xf32>
    %max4 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%arg0 : tensor<1x16xf32>) outs(%init3 : tensor<1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1xf32>
    %empty5 = tensor.empty() : tensor<1x16xf32>
    %exp6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0, %max4 : tensor<1x16xf32>, tensor<1xf32>) outs(%empty5 : tensor<1x16xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<1x16xf32>
    %cst7 = arith.constant 0.0 : f32
    %empty8 = tensor.empty() : tensor<1xf32>
    %init9 = linalg.fill ins(%cst7 : f32) outs(%empty8 : tensor<1xf32>) -> tensor<1xf32>
    %sum10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%exp6 : tensor<1x16xf32>) outs(%init9 : tensor<1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1xf32>
    %empty11 = tensor.empty() : tensor<1x16xf32>
    %softmax12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%exp6, %sum10 : tensor<1x16xf32>, tensor<1xf32>) outs(%empty11 : tensor<1x16xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<1x16xf32>
    %empty13 = tensor.empty() : tensor<1x16xf32>
    %relu14 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%softmax12 : tensor<1x16xf32>) outs(%empty13 : tensor<1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst7 : f32
      linalg.yield %r : f32
    } -> tensor<1x16xf32>
    return %relu14 : tensor<1x16xf32>
  }
}
