#map = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @main(%arg0: tensor<1x32xf32>) -> tensor<1x32xf32> {
    %0 = tensor.empty() : tensor<1x32xf32>
    %cst = arith.constant 1.600000e+01 : f32
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<1x32xf32>) outs(%0 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %2 = arith.divf %in, %cst : f32
      linalg.yield %2 : f32
    } -> tensor<1x32xf32>
    return %1 : tensor<1x32xf32>
  }
}
