#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf64> {
    %0 = tensor.empty() : tensor<1x8x8x16xf64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8x8x16xf32>) outs(%0 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f32, %out: f64):
      %2 = arith.extf %in : f32 to f64
      linalg.yield %2 : f64
    } -> tensor<1x8x8x16xf64>
    return %1 : tensor<1x8x8x16xf64>
  }
}
