#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x2x16x16xf32>, %arg1: tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32> {
    %0 = tensor.empty() : tensor<1x2x16x16xf32>
    %cst = arith.constant 0.17677669529663689 : f64
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x2x16x16xf32>) outs(%0 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %3 = arith.truncf %cst : f64 to f32
      %4 = arith.mulf %in, %3 : f32
      linalg.yield %4 : f32
    } -> tensor<1x2x16x16xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %arg1 : tensor<1x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%0 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %3 = arith.addf %in, %in_0 : f32
      linalg.yield %3 : f32
    } -> tensor<1x2x16x16xf32>
    return %2 : tensor<1x2x16x16xf32>
  }
}
