#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @main(%arg0: tensor<1x3x16x16xf32>, %arg1: tensor<10xf32>, %arg2: tensor<10x16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<16x8x3x3xf32>, %arg5: tensor<8x3x3x3xf32>, %arg6: tensor<8xf32>) -> tensor<1x10xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 9.000000e+00 : f32
    %0 = tensor.empty() : tensor<1x8x14x14xf32>
    %broadcasted = linalg.broadcast ins(%arg6 : tensor<8xf32>) outs(%0 : tensor<1x8x14x14xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %arg5 : tensor<1x3x16x16xf32>, tensor<8x3x3x3xf32>) outs(%broadcasted : tensor<1x8x14x14xf32>) -> tensor<1x8x14x14xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<1x8x14x14xf32>) outs(%0 : tensor<1x8x14x14xf32>) {
    ^bb0(%in: f32, %out: f32):
      %19 = arith.cmpf ugt, %in, %cst : f32
      %20 = arith.select %19, %in, %cst : f32
      linalg.yield %20 : f32
    } -> tensor<1x8x14x14xf32>
    %3 = tensor.empty() : tensor<1x8x7x7xf32>
    %4 = linalg.fill ins(%cst_0 : f32) outs(%3 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    %5 = tensor.empty() : tensor<2x2xf32>
    %6 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%2, %5 : tensor<1x8x14x14xf32>, tensor<2x2xf32>) outs(%4 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    %7 = tensor.empty() : tensor<1x16x3x3xf32>
    %broadcasted_2 = linalg.broadcast ins(%arg3 : tensor<16xf32>) outs(%7 : tensor<1x16x3x3xf32>) dimensions = [0, 2, 3] 
    %8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%6, %arg4 : tensor<1x8x7x7xf32>, tensor<16x8x3x3xf32>) outs(%broadcasted_2 : tensor<1x16x3x3xf32>) -> tensor<1x16x3x3xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8 : tensor<1x16x3x3xf32>) outs(%7 : tensor<1x16x3x3xf32>) {
    ^bb0(%in: f32, %out: f32):
      %19 = arith.cmpf ugt, %in, %cst : f32
      %20 = arith.select %19, %in, %cst : f32
      linalg.yield %20 : f32
    } -> tensor<1x16x3x3xf32>
    %10 = tensor.empty() : tensor<1x16xf32>
    %11 = linalg.fill ins(%cst : f32) outs(%10 : tensor<1x16xf32>) -> tensor<1x16xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%9 : tensor<1x16x3x3xf32>) outs(%11 : tensor<1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %19 = arith.addf %in, %out : f32
      linalg.yield %19 : f32
    } -> tensor<1x16xf32>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%12 : tensor<1x16xf32>) outs(%10 : tensor<1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %19 = arith.divf %in, %cst_1 : f32
      linalg.yield %19 : f32
    } -> tensor<1x16xf32>
    %14 = tensor.empty() : tensor<16x10xf32>
    %transposed = linalg.transpose ins(%arg2 : tensor<10x16xf32>) outs(%14 : tensor<16x10xf32>) permutation = [1, 0] 
    %15 = tensor.empty() : tensor<1x10xf32>
    %16 = linalg.fill ins(%cst : f32) outs(%15 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %17 = linalg.matmul ins(%13, %transposed : tensor<1x16xf32>, tensor<16x10xf32>) outs(%16 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%17, %arg1 : tensor<1x10xf32>, tensor<10xf32>) outs(%15 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %19 = arith.addf %in, %in_3 : f32
      linalg.yield %19 : f32
    } -> tensor<1x10xf32>
    return %18 : tensor<1x10xf32>
  }
}
