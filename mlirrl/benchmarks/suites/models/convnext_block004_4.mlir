#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<1x16x8x8xf32>, %arg1: tensor<1x16x8x8xf32>) -> tensor<1x8x8x1xf64> {
    %cst = arith.constant 0.000000e+00 : f64
    %0 = tensor.empty() : tensor<1x8x8x1xf64>
    %1 = tensor.empty() : tensor<1x16x8x8xf32>
    %2 = tensor.empty() : tensor<1x8x8x16xf32>
    %3 = tensor.empty() : tensor<1x8x8x16xf64>
    %4 = linalg.fill ins(%cst : f64) outs(%0 : tensor<1x8x8x1xf64>) -> tensor<1x8x8x1xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %arg1 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%1 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %8 = arith.addf %in, %in_0 : f32
      linalg.yield %8 : f32
    } -> tensor<1x16x8x8xf32>
    %transposed = linalg.transpose ins(%5 : tensor<1x16x8x8xf32>) outs(%2 : tensor<1x8x8x16xf32>) permutation = [0, 2, 3, 1] 
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed : tensor<1x8x8x16xf32>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f32, %out: f64):
      %8 = arith.extf %in : f32 to f64
      linalg.yield %8 : f64
    } -> tensor<1x8x8x16xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%6 : tensor<1x8x8x16xf64>) outs(%4 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %8 = arith.addf %in, %out : f64
      linalg.yield %8 : f64
    } -> tensor<1x8x8x1xf64>
    return %7 : tensor<1x8x8x1xf64>
  }
}
