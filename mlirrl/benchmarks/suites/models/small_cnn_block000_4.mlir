#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
module {
  func.func @main(%arg0: tensor<8xf32>, %arg1: tensor<1x3x16x16xf32>, %arg2: tensor<8x3x3x3xf32>) -> tensor<1x8x7x7xf32> {
    %0 = tensor.empty() : tensor<1x8x14x14xf32>
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %1 = tensor.empty() : tensor<1x8x7x7xf32>
    %2 = tensor.empty() : tensor<2x2xf32>
    %broadcasted = linalg.broadcast ins(%arg0 : tensor<8xf32>) outs(%0 : tensor<1x8x14x14xf32>) dimensions = [0, 2, 3] 
    %3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg1, %arg2 : tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>) outs(%broadcasted : tensor<1x8x14x14xf32>) -> tensor<1x8x14x14xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3 : tensor<1x8x14x14xf32>) outs(%0 : tensor<1x8x14x14xf32>) {
    ^bb0(%in: f32, %out: f32):
      %7 = arith.cmpf ugt, %in, %cst : f32
      %8 = arith.select %7, %in, %cst : f32
      linalg.yield %8 : f32
    } -> tensor<1x8x14x14xf32>
    %5 = linalg.fill ins(%cst_0 : f32) outs(%1 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    %6 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%4, %2 : tensor<1x8x14x14xf32>, tensor<2x2xf32>) outs(%5 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    return %6 : tensor<1x8x7x7xf32>
  }
}
