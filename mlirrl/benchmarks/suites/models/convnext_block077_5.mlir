#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<1x4x4x32xf64>, %arg1: tensor<1x4x4x1xf64>) -> tensor<1x4x4x1xf32> {
    %cst = arith.constant 0.000000e+00 : f64
    %0 = tensor.empty() : tensor<1x4x4x1xf64>
    %1 = tensor.empty() : tensor<1x4x4x32xf64>
    %cst_0 = arith.constant 3.200000e+01 : f64
    %2 = tensor.empty() : tensor<1x4x4x1xf32>
    %3 = linalg.fill ins(%cst : f64) outs(%0 : tensor<1x4x4x1xf64>) -> tensor<1x4x4x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %arg1 : tensor<1x4x4x32xf64>, tensor<1x4x4x1xf64>) outs(%1 : tensor<1x4x4x32xf64>) {
    ^bb0(%in: f64, %in_1: f64, %out: f64):
      %9 = arith.subf %in, %in_1 : f64
      linalg.yield %9 : f64
    } -> tensor<1x4x4x32xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4, %4 : tensor<1x4x4x32xf64>, tensor<1x4x4x32xf64>) outs(%1 : tensor<1x4x4x32xf64>) {
    ^bb0(%in: f64, %in_1: f64, %out: f64):
      %9 = arith.mulf %in, %in_1 : f64
      linalg.yield %9 : f64
    } -> tensor<1x4x4x32xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%5 : tensor<1x4x4x32xf64>) outs(%3 : tensor<1x4x4x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %9 = arith.addf %in, %out : f64
      linalg.yield %9 : f64
    } -> tensor<1x4x4x1xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6 : tensor<1x4x4x1xf64>) outs(%0 : tensor<1x4x4x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %9 = arith.divf %in, %cst_0 : f64
      linalg.yield %9 : f64
    } -> tensor<1x4x4x1xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7 : tensor<1x4x4x1xf64>) outs(%2 : tensor<1x4x4x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %9 = arith.truncf %in : f64 to f32
      linalg.yield %9 : f32
    } -> tensor<1x4x4x1xf32>
    return %8 : tensor<1x4x4x1xf32>
  }
}
