#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x16x1xf32>) -> tensor<1x16x1xf32> {
    %0 = tensor.empty() : tensor<1x16x1xf32>
    %cst = arith.constant 1.000000e-05 : f64
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x16x1xf32>) outs(%0 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %3 = arith.truncf %cst : f64 to f32
      %4 = arith.addf %in, %3 : f32
      linalg.yield %4 : f32
    } -> tensor<1x16x1xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x16x1xf32>) outs(%0 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %3 = math.rsqrt %in : f32
      linalg.yield %3 : f32
    } -> tensor<1x16x1xf32>
    return %2 : tensor<1x16x1xf32>
  }
}
