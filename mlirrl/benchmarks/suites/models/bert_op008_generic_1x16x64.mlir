#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @main(%arg0: tensor<1x16x64xf64>, %arg1: tensor<1x16x1xf64>) -> tensor<1x16x1xf64> {
    %0 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<1x16x64xf64>) outs(%arg1 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %1 = arith.addf %in, %out : f64
      linalg.yield %1 : f64
    } -> tensor<1x16x1xf64>
    return %0 : tensor<1x16x1xf64>
  }
}
