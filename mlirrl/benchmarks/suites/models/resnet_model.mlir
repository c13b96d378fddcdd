#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
module {
  func.func @main(%arg0: tensor<1x3x32x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32x16x1x1xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32x32x3x3xf32>, %arg11: tensor<32xf32>, %arg12: tensor<32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32x16x3x3xf32>, %arg16: tensor<16xf32>, %arg17: tensor<16xf32>, %arg18: tensor<16xf32>, %arg19: tensor<16xf32>, %arg20: tensor<16x16x3x3xf32>, %arg21: tensor<16xf32>, %arg22: tensor<16xf32>, %arg23: tensor<16xf32>, %arg24: tensor<16xf32>, %arg25: tensor<16x16x3x3xf32>, %arg26: tensor<16xf32>, %arg27: tensor<16xf32>, %arg28: tensor<16xf32>, %arg29: tensor<16xf32>, %arg30: tensor<16x3x7x7xf32>) -> tensor<1x32x1x1xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e-05 : f64
    %cst_3 = arith.constant 1.600000e+01 : f32
    %padded = tensor.pad %arg0 low[0, 0, 3, 3] high[0, 0, 3, 3] {
    ^bb0(%arg31: index, %arg32: index, %arg33: index, %arg34: index):
      tensor.yield %cst : f32
    } : tensor<1x3x32x32xf32> to tensor<1x3x38x38xf32>
    %0 = tensor.empty() : tensor<1x16x16x16xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded, %arg30 : tensor<1x3x38x38xf32>, tensor<16x3x7x7xf32>) outs(%1 : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    %3 = tensor.empty() : tensor<16xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg28 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_2 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.sqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<16xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%5 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf one, %in, %cst : f32
      cf.assert %70, "unimplemented: tensor with zero element"
      %71 = arith.divf %cst_0, %in : f32
      linalg.yield %71 : f32
    } -> tensor<16xf32>
    %expanded = tensor.expand_shape %arg29 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_4 = tensor.expand_shape %6 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x16x16x16xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x16x16xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.subf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x16x16xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_4 : tensor<1x16x16x16xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x16x16xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x16x16xf32>
    %expanded_5 = tensor.expand_shape %arg27 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_5 : tensor<1x16x16x16xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x16x16xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x16x16xf32>
    %expanded_6 = tensor.expand_shape %arg26 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %expanded_6 : tensor<1x16x16x16xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x16x16xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x16x16xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10 : tensor<1x16x16x16xf32>) outs(%0 : tensor<1x16x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf ugt, %in, %cst : f32
      %71 = arith.select %70, %in, %cst : f32
      linalg.yield %71 : f32
    } -> tensor<1x16x16x16xf32>
    %padded_7 = tensor.pad %11 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg31: index, %arg32: index, %arg33: index, %arg34: index):
      tensor.yield %cst_1 : f32
    } : tensor<1x16x16x16xf32> to tensor<1x16x18x18xf32>
    %12 = tensor.empty() : tensor<1x16x8x8xf32>
    %13 = linalg.fill ins(%cst_1 : f32) outs(%12 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %14 = tensor.empty() : tensor<3x3xf32>
    %15 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_7, %14 : tensor<1x16x18x18xf32>, tensor<3x3xf32>) outs(%13 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %padded_8 = tensor.pad %15 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg31: index, %arg32: index, %arg33: index, %arg34: index):
      tensor.yield %cst : f32
    } : tensor<1x16x8x8xf32> to tensor<1x16x10x10xf32>
    %16 = linalg.fill ins(%cst : f32) outs(%12 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %17 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_8, %arg25 : tensor<1x16x10x10xf32>, tensor<16x16x3x3xf32>) outs(%16 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg23 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_2 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<16xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%18 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.sqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<16xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%19 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf one, %in, %cst : f32
      cf.assert %70, "unimplemented: tensor with zero element"
      %71 = arith.divf %cst_0, %in : f32
      linalg.yield %71 : f32
    } -> tensor<16xf32>
    %expanded_9 = tensor.expand_shape %arg24 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_10 = tensor.expand_shape %20 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_9 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.subf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %expanded_10 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_11 = tensor.expand_shape %arg22 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %expanded_11 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_12 = tensor.expand_shape %arg21 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23, %expanded_12 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24 : tensor<1x16x8x8xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf ugt, %in, %cst : f32
      %71 = arith.select %70, %in, %cst : f32
      linalg.yield %71 : f32
    } -> tensor<1x16x8x8xf32>
    %padded_13 = tensor.pad %25 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg31: index, %arg32: index, %arg33: index, %arg34: index):
      tensor.yield %cst : f32
    } : tensor<1x16x8x8xf32> to tensor<1x16x10x10xf32>
    %26 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_13, %arg20 : tensor<1x16x10x10xf32>, tensor<16x16x3x3xf32>) outs(%16 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg18 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_2 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<16xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%27 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.sqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<16xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%28 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf one, %in, %cst : f32
      cf.assert %70, "unimplemented: tensor with zero element"
      %71 = arith.divf %cst_0, %in : f32
      linalg.yield %71 : f32
    } -> tensor<16xf32>
    %expanded_14 = tensor.expand_shape %arg19 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_15 = tensor.expand_shape %29 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26, %expanded_14 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.subf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %expanded_15 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_16 = tensor.expand_shape %arg17 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %expanded_16 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_17 = tensor.expand_shape %arg16 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32, %expanded_17 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %15 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x16x8x8xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34 : tensor<1x16x8x8xf32>) outs(%12 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf ugt, %in, %cst : f32
      %71 = arith.select %70, %in, %cst : f32
      linalg.yield %71 : f32
    } -> tensor<1x16x8x8xf32>
    %padded_18 = tensor.pad %35 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg31: index, %arg32: index, %arg33: index, %arg34: index):
      tensor.yield %cst : f32
    } : tensor<1x16x8x8xf32> to tensor<1x16x10x10xf32>
    %36 = tensor.empty() : tensor<1x32x4x4xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    %38 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_18, %arg15 : tensor<1x16x10x10xf32>, tensor<32x16x3x3xf32>) outs(%37 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    %39 = tensor.empty() : tensor<32xf32>
    %40 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg13 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_2 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<32xf32>
    %41 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%40 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.sqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<32xf32>
    %42 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%41 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf one, %in, %cst : f32
      cf.assert %70, "unimplemented: tensor with zero element"
      %71 = arith.divf %cst_0, %in : f32
      linalg.yield %71 : f32
    } -> tensor<32xf32>
    %expanded_19 = tensor.expand_shape %arg14 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %expanded_20 = tensor.expand_shape %42 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %expanded_19 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.subf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %expanded_20 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %expanded_21 = tensor.expand_shape %arg12 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %expanded_21 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %expanded_22 = tensor.expand_shape %arg11 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %expanded_22 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<1x32x4x4xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf ugt, %in, %cst : f32
      %71 = arith.select %70, %in, %cst : f32
      linalg.yield %71 : f32
    } -> tensor<1x32x4x4xf32>
    %padded_23 = tensor.pad %47 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg31: index, %arg32: index, %arg33: index, %arg34: index):
      tensor.yield %cst : f32
    } : tensor<1x32x4x4xf32> to tensor<1x32x6x6xf32>
    %48 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_23, %arg10 : tensor<1x32x6x6xf32>, tensor<32x32x3x3xf32>) outs(%37 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    %49 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg8 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_2 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<32xf32>
    %50 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%49 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.sqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<32xf32>
    %51 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%50 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf one, %in, %cst : f32
      cf.assert %70, "unimplemented: tensor with zero element"
      %71 = arith.divf %cst_0, %in : f32
      linalg.yield %71 : f32
    } -> tensor<32xf32>
    %expanded_24 = tensor.expand_shape %arg9 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %expanded_25 = tensor.expand_shape %51 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %expanded_24 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.subf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_25 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %expanded_26 = tensor.expand_shape %arg7 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %expanded_26 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %expanded_27 = tensor.expand_shape %arg6 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %expanded_27 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %56 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%35, %arg5 : tensor<1x16x8x8xf32>, tensor<32x16x1x1xf32>) outs(%37 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    %57 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg3 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_2 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<32xf32>
    %58 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%57 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.sqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<32xf32>
    %59 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%58 : tensor<32xf32>) outs(%39 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf one, %in, %cst : f32
      cf.assert %70, "unimplemented: tensor with zero element"
      %71 = arith.divf %cst_0, %in : f32
      linalg.yield %71 : f32
    } -> tensor<32xf32>
    %expanded_28 = tensor.expand_shape %arg4 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %expanded_29 = tensor.expand_shape %59 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_28 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.subf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %61 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_29 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %expanded_30 = tensor.expand_shape %arg2 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %expanded_30 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.mulf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %expanded_31 = tensor.expand_shape %arg1 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_31 : tensor<1x32x4x4xf32>, tensor<32x1x1xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %63 : tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_32: f32, %out: f32):
      %70 = arith.addf %in, %in_32 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x4x4xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<1x32x4x4xf32>) outs(%36 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.cmpf ugt, %in, %cst : f32
      %71 = arith.select %70, %in, %cst : f32
      linalg.yield %71 : f32
    } -> tensor<1x32x4x4xf32>
    %66 = tensor.empty() : tensor<1x32x1x1xf32>
    %67 = linalg.fill ins(%cst : f32) outs(%66 : tensor<1x32x1x1xf32>) -> tensor<1x32x1x1xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%65 : tensor<1x32x4x4xf32>) outs(%67 : tensor<1x32x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.addf %in, %out : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x1x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<1x32x1x1xf32>) outs(%66 : tensor<1x32x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.divf %in, %cst_3 : f32
      linalg.yield %70 : f32
    } -> tensor<1x32x1x1xf32>
    return %69 : tensor<1x32x1x1xf32>
  }
}
