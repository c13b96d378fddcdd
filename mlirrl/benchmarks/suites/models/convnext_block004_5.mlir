#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<1x16x14x14xf32>, %arg1: tensor<16x7x7xf32>, %arg2: tensor<1x16x8x8xf32>) -> tensor<1x8x8x1xf64> {
    %cst = arith.constant 0.000000e+00 : f64
    %0 = tensor.empty() : tensor<1x8x8x1xf64>
    %1 = tensor.empty() : tensor<1x8x8x16xf32>
    %2 = tensor.empty() : tensor<1x8x8x16xf64>
    %cst_0 = arith.constant 1.600000e+01 : f64
    %3 = linalg.fill ins(%cst : f64) outs(%0 : tensor<1x8x8x1xf64>) -> tensor<1x8x8x1xf64>
    %4 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x16x14x14xf32>, tensor<16x7x7xf32>) outs(%arg2 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %transposed = linalg.transpose ins(%4 : tensor<1x16x8x8xf32>) outs(%1 : tensor<1x8x8x16xf32>) permutation = [0, 2, 3, 1] 
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed : tensor<1x8x8x16xf32>) outs(%2 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f32, %out: f64):
      %8 = arith.extf %in : f32 to f64
      linalg.yield %8 : f64
    } -> tensor<1x8x8x16xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%5 : tensor<1x8x8x16xf64>) outs(%3 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %8 = arith.addf %in, %out : f64
      linalg.yield %8 : f64
    } -> tensor<1x8x8x1xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6 : tensor<1x8x8x1xf64>) outs(%0 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %8 = arith.divf %in, %cst_0 : f64
      linalg.yield %8 : f64
    } -> tensor<1x8x8x1xf64>
    return %7 : tensor<1x8x8x1xf64>
  }
}
