#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @main(%arg0: tensor<1x16x64xf64>) -> tensor<1x16x1xf32> {
    %cst = arith.constant 0.000000e+00 : f64
    %0 = tensor.empty() : tensor<1x16x1xf64>
    %cst_0 = arith.constant 6.400000e+01 : f64
    %1 = tensor.empty() : tensor<1x16x1xf32>
    %2 = linalg.fill ins(%cst : f64) outs(%0 : tensor<1x16x1xf64>) -> tensor<1x16x1xf64>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<1x16x64xf64>) outs(%2 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %6 = arith.addf %in, %out : f64
      linalg.yield %6 : f64
    } -> tensor<1x16x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<1x16x1xf64>) outs(%0 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %6 = arith.divf %in, %cst_0 : f64
      linalg.yield %6 : f64
    } -> tensor<1x16x1xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<1x16x1xf64>) outs(%1 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %6 = arith.truncf %in : f64 to f32
      linalg.yield %6 : f32
    } -> tensor<1x16x1xf32>
    return %5 : tensor<1x16x1xf32>
  }
}
