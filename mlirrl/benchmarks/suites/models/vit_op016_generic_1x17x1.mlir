#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x17x1xf64>) -> tensor<1x17x1xf32> {
    %0 = tensor.empty() : tensor<1x17x1xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x17x1xf64>) outs(%0 : tensor<1x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %2 = arith.truncf %in : f64 to f32
      linalg.yield %2 : f32
    } -> tensor<1x17x1xf32>
    return %1 : tensor<1x17x1xf32>
  }
}
