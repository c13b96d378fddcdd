#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<1x4x4x32xf32>) -> tensor<1x4x4x1xf64> {
    %0 = tensor.empty() : tensor<1x4x4x32xf64>
    %cst = arith.constant 0.000000e+00 : f64
    %1 = tensor.empty() : tensor<1x4x4x1xf64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x4x4x32xf32>) outs(%0 : tensor<1x4x4x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %5 = arith.extf %in : f32 to f64
      linalg.yield %5 : f64
    } -> tensor<1x4x4x32xf64>
    %3 = linalg.fill ins(%cst : f64) outs(%1 : tensor<1x4x4x1xf64>) -> tensor<1x4x4x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%2 : tensor<1x4x4x32xf64>) outs(%3 : tensor<1x4x4x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %5 = arith.addf %in, %out : f64
      linalg.yield %5 : f64
    } -> tensor<1x4x4x1xf64>
    return %4 : tensor<1x4x4x1xf64>
  }
}
