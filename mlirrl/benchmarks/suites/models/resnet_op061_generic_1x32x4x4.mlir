#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
module {
  func.func @main(%arg0: tensor<1x32x4x4xf32>, %arg1: tensor<1x32x1x1xf32>) -> tensor<1x32x1x1xf32> {
    %0 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%arg0 : tensor<1x32x4x4xf32>) outs(%arg1 : tensor<1x32x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %1 = arith.addf %in, %out : f32
      linalg.yield %1 : f32
    } -> tensor<1x32x1x1xf32>
    return %0 : tensor<1x32x1x1xf32>
  }
}
