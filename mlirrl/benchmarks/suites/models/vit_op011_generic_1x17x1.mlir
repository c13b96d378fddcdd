#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x17x1xf64>) -> tensor<1x17x1xf64> {
    %0 = tensor.empty() : tensor<1x17x1xf64>
    %cst = arith.constant 6.400000e+01 : f64
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x17x1xf64>) outs(%0 : tensor<1x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %2 = arith.divf %in, %cst : f64
      linalg.yield %2 : f64
    } -> tensor<1x17x1xf64>
    return %1 : tensor<1x17x1xf64>
  }
}
