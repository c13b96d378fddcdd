#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<1x8x8x16xf64>, %arg1: tensor<1x8x8x1xf64>) -> tensor<1x8x8x16xf64> {
    %0 = tensor.empty() : tensor<1x8x8x16xf64>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %arg1 : tensor<1x8x8x16xf64>, tensor<1x8x8x1xf64>) outs(%0 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f64, %in_0: f64, %out: f64):
      %2 = arith.subf %in, %in_0 : f64
      linalg.yield %2 : f64
    } -> tensor<1x8x8x16xf64>
    return %1 : tensor<1x8x8x16xf64>
  }
}
