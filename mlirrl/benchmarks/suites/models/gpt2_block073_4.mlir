#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x16x256xf32>) -> tensor<1x16x256xf32> {
    %0 = tensor.empty() : tensor<1x16x256xf32>
    %c3_i64 = arith.constant 3 : i64
    %cst = arith.constant 4.471500e-02 : f64
    %cst_0 = arith.constant 0.79788456080286541 : f64
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x16x256xf32>) outs(%0 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %5 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %5 : f32
    } -> tensor<1x16x256xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x16x256xf32>) outs(%0 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %5 = arith.truncf %cst : f64 to f32
      %6 = arith.mulf %in, %5 : f32
      linalg.yield %6 : f32
    } -> tensor<1x16x256xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %2 : tensor<1x16x256xf32>, tensor<1x16x256xf32>) outs(%0 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %5 = arith.addf %in, %in_1 : f32
      linalg.yield %5 : f32
    } -> tensor<1x16x256xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<1x16x256xf32>) outs(%0 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %5 = arith.truncf %cst_0 : f64 to f32
      %6 = arith.mulf %in, %5 : f32
      linalg.yield %6 : f32
    } -> tensor<1x16x256xf32>
    return %4 : tensor<1x16x256xf32>
  }
}
