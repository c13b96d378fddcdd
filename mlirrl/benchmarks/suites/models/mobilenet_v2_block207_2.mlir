#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
module {
  func.func @main(%arg0: tensor<1x16x2x2xf32>, %arg1: tensor<1x16x2x2xf32>, %arg2: tensor<96x16x1x1xf32>) -> tensor<1x96x2x2xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<1x96x2x2xf32>
    %1 = tensor.empty() : tensor<1x16x2x2xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %arg1 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%1 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %5 = arith.addf %in, %in_0 : f32
      linalg.yield %5 : f32
    } -> tensor<1x16x2x2xf32>
    %4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%3, %arg2 : tensor<1x16x2x2xf32>, tensor<96x16x1x1xf32>) outs(%2 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    return %4 : tensor<1x96x2x2xf32>
  }
}
