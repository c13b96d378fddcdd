#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @main(%arg0: tensor<1x1xf64>, %arg1: tensor<1x32xf64>) -> tensor<1x32xf64> {
    %0 = tensor.empty() : tensor<1x1xf64>
    %cst = arith.constant 3.200000e+01 : f64
    %1 = tensor.empty() : tensor<1x32xf64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<1x1xf64>) outs(%0 : tensor<1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %4 = arith.divf %in, %cst : f64
      linalg.yield %4 : f64
    } -> tensor<1x1xf64>
    %3 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1, %2 : tensor<1x32xf64>, tensor<1x1xf64>) outs(%1 : tensor<1x32xf64>) {
    ^bb0(%in: f64, %in_0: f64, %out: f64):
      %4 = arith.subf %in, %in_0 : f64
      linalg.yield %4 : f64
    } -> tensor<1x32xf64>
    return %3 : tensor<1x32xf64>
  }
}
