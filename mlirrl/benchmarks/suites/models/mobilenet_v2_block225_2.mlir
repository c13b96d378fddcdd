#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map2 = affine_map<(d0, d1, d2, d3) -> ()>
module {
  func.func @main(%arg0: tensor<1x96x2x2xf32>, %arg1: tensor<96x1x1xf32>) -> tensor<1x96x2x2xf32> {
    %0 = tensor.empty() : tensor<1x96x2x2xf32>
    %cst = arith.constant dense<0.000000e+00> : tensor<f32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %arg1 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%0 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %3 = arith.addf %in, %in_0 : f32
      linalg.yield %3 : f32
    } -> tensor<1x96x2x2xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %cst : tensor<1x96x2x2xf32>, tensor<f32>) outs(%0 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %3 = arith.cmpf ogt, %in, %in_0 : f32
      %4 = arith.select %3, %in, %in_0 : f32
      linalg.yield %4 : f32
    } -> tensor<1x96x2x2xf32>
    return %2 : tensor<1x96x2x2xf32>
  }
}
