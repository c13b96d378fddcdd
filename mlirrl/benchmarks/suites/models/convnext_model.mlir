#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
#map6 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @main(%arg0: tensor<1x3x32x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32x128xf32>, %arg6: tensor<128xf32>, %arg7: tensor<128x32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32x1x7x7xf32>, %arg12: tensor<32xf32>, %arg13: tensor<32x16x2x2xf32>, %arg14: tensor<16xf32>, %arg15: tensor<16xf32>, %arg16: tensor<16xf32>, %arg17: tensor<16xf32>, %arg18: tensor<16x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x16xf32>, %arg21: tensor<16xf32>, %arg22: tensor<16xf32>, %arg23: tensor<16xf32>, %arg24: tensor<16x1x7x7xf32>, %arg25: tensor<16xf32>, %arg26: tensor<16xf32>, %arg27: tensor<16x3x4x4xf32>, %arg28: tensor<16xf32>) -> tensor<1x32xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.000000e+00 : f64
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant 5.000000e-01 : f32
    %cst_3 = arith.constant 9.9999999999999998E-13 : f64
    %cst_4 = arith.constant 9.9999999999999995E-7 : f64
    %cst_5 = arith.constant 1.600000e+01 : f64
    %cst_6 = arith.constant 1.600000e+01 : f32
    %cst_7 = arith.constant 1.41421354 : f32
    %cst_8 = arith.constant 3.200000e+01 : f64
    %cst_9 = arith.constant 3.200000e+01 : f32
    %0 = tensor.empty() : tensor<1x16x8x8xf32>
    %broadcasted = linalg.broadcast ins(%arg28 : tensor<16xf32>) outs(%0 : tensor<1x16x8x8xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<4> : vector<2xi64>} ins(%arg0, %arg27 : tensor<1x3x32x32xf32>, tensor<16x3x4x4xf32>) outs(%broadcasted : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %2 = tensor.empty() : tensor<1x8x8x16xf32>
    %transposed = linalg.transpose ins(%1 : tensor<1x16x8x8xf32>) outs(%2 : tensor<1x8x8x16xf32>) permutation = [0, 2, 3, 1] 
    %3 = tensor.empty() : tensor<1x8x8x16xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed : tensor<1x8x8x16xf32>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f32, %out: f64):
      %134 = arith.extf %in : f32 to f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %5 = tensor.empty() : tensor<1x8x8x1xf64>
    %6 = linalg.fill ins(%cst_0 : f64) outs(%5 : tensor<1x8x8x1xf64>) -> tensor<1x8x8x1xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%4 : tensor<1x8x8x16xf64>) outs(%6 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7 : tensor<1x8x8x1xf64>) outs(%5 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_5 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4, %8 : tensor<1x8x8x16xf64>, tensor<1x8x8x1xf64>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.subf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %10 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %9 : tensor<1x8x8x16xf64>, tensor<1x8x8x16xf64>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.mulf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %11 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%10 : tensor<1x8x8x16xf64>) outs(%6 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11 : tensor<1x8x8x1xf64>) outs(%5 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_5 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %13 = tensor.empty() : tensor<1x8x8x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<1x8x8x1xf64>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %134 = arith.truncf %in : f64 to f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %15 = linalg.fill ins(%cst : f32) outs(%13 : tensor<1x8x8x1xf32>) -> tensor<1x8x8x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed : tensor<1x8x8x16xf32>) outs(%15 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_6 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_4 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<1x8x8x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed, %17 : tensor<1x8x8x16xf32>, tensor<1x8x8x1xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.subf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %19 : tensor<1x8x8x16xf32>, tensor<1x8x8x1xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %arg26 : tensor<1x8x8x16xf32>, tensor<16xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %arg25 : tensor<1x8x8x16xf32>, tensor<16xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %transposed_10 = linalg.transpose ins(%23 : tensor<1x8x8x16xf32>) outs(%0 : tensor<1x16x8x8xf32>) permutation = [0, 3, 1, 2] 
    %padded = tensor.pad %transposed_10 low[0, 0, 3, 3] high[0, 0, 3, 3] {
    ^bb0(%arg29: index, %arg30: index, %arg31: index, %arg32: index):
      tensor.yield %cst : f32
    } : tensor<1x16x8x8xf32> to tensor<1x16x14x14xf32>
    %broadcasted_11 = linalg.broadcast ins(%arg23 : tensor<16xf32>) outs(%0 : tensor<1x16x8x8xf32>) dimensions = [0, 2, 3] 
    %collapsed = tensor.collapse_shape %arg24 [[0, 1], [2], [3]] : tensor<16x1x7x7xf32> into tensor<16x7x7xf32>
    %24 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %collapsed : tensor<1x16x14x14xf32>, tensor<16x7x7xf32>) outs(%broadcasted_11 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %transposed_12 = linalg.transpose ins(%24 : tensor<1x16x8x8xf32>) outs(%2 : tensor<1x8x8x16xf32>) permutation = [0, 2, 3, 1] 
    %25 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_12 : tensor<1x8x8x16xf32>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f32, %out: f64):
      %134 = arith.extf %in : f32 to f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %26 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%25 : tensor<1x8x8x16xf64>) outs(%6 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26 : tensor<1x8x8x1xf64>) outs(%5 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_5 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %28 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %27 : tensor<1x8x8x16xf64>, tensor<1x8x8x1xf64>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.subf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %29 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %28 : tensor<1x8x8x16xf64>, tensor<1x8x8x16xf64>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.mulf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %30 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%29 : tensor<1x8x8x16xf64>) outs(%6 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30 : tensor<1x8x8x1xf64>) outs(%5 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_5 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31 : tensor<1x8x8x1xf64>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %134 = arith.truncf %in : f64 to f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_12 : tensor<1x8x8x16xf32>) outs(%15 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_6 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_4 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<1x8x8x1xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_12, %34 : tensor<1x8x8x16xf32>, tensor<1x8x8x1xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.subf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37, %36 : tensor<1x8x8x16xf32>, tensor<1x8x8x1xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %39 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %arg22 : tensor<1x8x8x16xf32>, tensor<16xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %40 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %arg21 : tensor<1x8x8x16xf32>, tensor<16xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %collapsed_13 = tensor.collapse_shape %40 [[0, 1, 2], [3]] : tensor<1x8x8x16xf32> into tensor<64x16xf32>
    %41 = tensor.empty() : tensor<16x64xf32>
    %transposed_14 = linalg.transpose ins(%arg20 : tensor<64x16xf32>) outs(%41 : tensor<16x64xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<64x64xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%42 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %44 = linalg.matmul ins(%collapsed_13, %transposed_14 : tensor<64x16xf32>, tensor<16x64xf32>) outs(%43 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %45 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%44, %arg19 : tensor<64x64xf32>, tensor<64xf32>) outs(%42 : tensor<64x64xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<64x64xf32>
    %expanded = tensor.expand_shape %45 [[0, 1, 2], [3]] output_shape [1, 8, 8, 64] : tensor<64x64xf32> into tensor<1x8x8x64xf32>
    %46 = tensor.empty() : tensor<1x8x8x64xf32>
    %47 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x8x8x64xf32>) outs(%46 : tensor<1x8x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_7 : f32
      %135 = math.erf %134 : f32
      %136 = arith.addf %135, %cst_1 : f32
      %137 = arith.mulf %136, %cst_2 : f32
      %138 = arith.mulf %in, %137 : f32
      linalg.yield %138 : f32
    } -> tensor<1x8x8x64xf32>
    %collapsed_15 = tensor.collapse_shape %47 [[0, 1, 2], [3]] : tensor<1x8x8x64xf32> into tensor<64x64xf32>
    %48 = tensor.empty() : tensor<64x16xf32>
    %transposed_16 = linalg.transpose ins(%arg18 : tensor<16x64xf32>) outs(%48 : tensor<64x16xf32>) permutation = [1, 0] 
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<64x16xf32>) -> tensor<64x16xf32>
    %50 = linalg.matmul ins(%collapsed_15, %transposed_16 : tensor<64x64xf32>, tensor<64x16xf32>) outs(%49 : tensor<64x16xf32>) -> tensor<64x16xf32>
    %51 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%50, %arg17 : tensor<64x16xf32>, tensor<16xf32>) outs(%48 : tensor<64x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<64x16xf32>
    %expanded_17 = tensor.expand_shape %51 [[0, 1, 2], [3]] output_shape [1, 8, 8, 16] : tensor<64x16xf32> into tensor<1x8x8x16xf32>
    %52 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg16, %expanded_17 : tensor<16xf32>, tensor<1x8x8x16xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %transposed_18 = linalg.transpose ins(%52 : tensor<1x8x8x16xf32>) outs(%0 : tensor<1x16x8x8xf32>) permutation = [0, 3, 1, 2] 
    %53 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_10, %transposed_18 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x16x8x8xf32>
    %transposed_19 = linalg.transpose ins(%53 : tensor<1x16x8x8xf32>) outs(%2 : tensor<1x8x8x16xf32>) permutation = [0, 2, 3, 1] 
    %54 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<1x8x8x16xf32>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f32, %out: f64):
      %134 = arith.extf %in : f32 to f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %55 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%54 : tensor<1x8x8x16xf64>) outs(%6 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %56 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<1x8x8x1xf64>) outs(%5 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_5 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %57 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %56 : tensor<1x8x8x16xf64>, tensor<1x8x8x1xf64>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.subf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %58 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %57 : tensor<1x8x8x16xf64>, tensor<1x8x8x16xf64>) outs(%3 : tensor<1x8x8x16xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.mulf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x16xf64>
    %59 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<1x8x8x16xf64>) outs(%6 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %60 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<1x8x8x1xf64>) outs(%5 : tensor<1x8x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_5 : f64
      linalg.yield %134 : f64
    } -> tensor<1x8x8x1xf64>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60 : tensor<1x8x8x1xf64>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %134 = arith.truncf %in : f64 to f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_19 : tensor<1x8x8x16xf32>) outs(%15 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_6 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_4 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<1x8x8x1xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<1x8x8x1xf32>) outs(%13 : tensor<1x8x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x1xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19, %63 : tensor<1x8x8x16xf32>, tensor<1x8x8x1xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.subf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %65 : tensor<1x8x8x16xf32>, tensor<1x8x8x1xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %arg15 : tensor<1x8x8x16xf32>, tensor<16xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %arg14 : tensor<1x8x8x16xf32>, tensor<16xf32>) outs(%2 : tensor<1x8x8x16xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x8x8x16xf32>
    %transposed_20 = linalg.transpose ins(%69 : tensor<1x8x8x16xf32>) outs(%0 : tensor<1x16x8x8xf32>) permutation = [0, 3, 1, 2] 
    %70 = tensor.empty() : tensor<1x32x4x4xf32>
    %broadcasted_21 = linalg.broadcast ins(%arg12 : tensor<32xf32>) outs(%70 : tensor<1x32x4x4xf32>) dimensions = [0, 2, 3] 
    %71 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%transposed_20, %arg13 : tensor<1x16x8x8xf32>, tensor<32x16x2x2xf32>) outs(%broadcasted_21 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    %padded_22 = tensor.pad %71 low[0, 0, 3, 3] high[0, 0, 3, 3] {
    ^bb0(%arg29: index, %arg30: index, %arg31: index, %arg32: index):
      tensor.yield %cst : f32
    } : tensor<1x32x4x4xf32> to tensor<1x32x10x10xf32>
    %broadcasted_23 = linalg.broadcast ins(%arg10 : tensor<32xf32>) outs(%70 : tensor<1x32x4x4xf32>) dimensions = [0, 2, 3] 
    %collapsed_24 = tensor.collapse_shape %arg11 [[0, 1], [2], [3]] : tensor<32x1x7x7xf32> into tensor<32x7x7xf32>
    %72 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_22, %collapsed_24 : tensor<1x32x10x10xf32>, tensor<32x7x7xf32>) outs(%broadcasted_23 : tensor<1x32x4x4xf32>) -> tensor<1x32x4x4xf32>
    %73 = tensor.empty() : tensor<1x4x4x32xf32>
    %transposed_25 = linalg.transpose ins(%72 : tensor<1x32x4x4xf32>) outs(%73 : tensor<1x4x4x32xf32>) permutation = [0, 2, 3, 1] 
    %74 = tensor.empty() : tensor<1x4x4x32xf64>
    %75 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<1x4x4x32xf32>) outs(%74 : tensor<1x4x4x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %134 = arith.extf %in : f32 to f64
      linalg.yield %134 : f64
    } -> tensor<1x4x4x32xf64>
    %76 = tensor.empty() : tensor<1x4x4x1xf64>
    %77 = linalg.fill ins(%cst_0 : f64) outs(%76 : tensor<1x4x4x1xf64>) -> tensor<1x4x4x1xf64>
    %78 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%75 : tensor<1x4x4x32xf64>) outs(%77 : tensor<1x4x4x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x4x4x1xf64>
    %79 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78 : tensor<1x4x4x1xf64>) outs(%76 : tensor<1x4x4x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_8 : f64
      linalg.yield %134 : f64
    } -> tensor<1x4x4x1xf64>
    %80 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %79 : tensor<1x4x4x32xf64>, tensor<1x4x4x1xf64>) outs(%74 : tensor<1x4x4x32xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.subf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x4x4x32xf64>
    %81 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %80 : tensor<1x4x4x32xf64>, tensor<1x4x4x32xf64>) outs(%74 : tensor<1x4x4x32xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.mulf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x4x4x32xf64>
    %82 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%81 : tensor<1x4x4x32xf64>) outs(%77 : tensor<1x4x4x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x4x4x1xf64>
    %83 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82 : tensor<1x4x4x1xf64>) outs(%76 : tensor<1x4x4x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_8 : f64
      linalg.yield %134 : f64
    } -> tensor<1x4x4x1xf64>
    %84 = tensor.empty() : tensor<1x4x4x1xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83 : tensor<1x4x4x1xf64>) outs(%84 : tensor<1x4x4x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %134 = arith.truncf %in : f64 to f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x1xf32>
    %86 = linalg.fill ins(%cst : f32) outs(%84 : tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_25 : tensor<1x4x4x32xf32>) outs(%86 : tensor<1x4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x1xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87 : tensor<1x4x4x1xf32>) outs(%84 : tensor<1x4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_9 : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x1xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85 : tensor<1x4x4x1xf32>) outs(%84 : tensor<1x4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_4 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<1x4x4x1xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<1x4x4x1xf32>) outs(%84 : tensor<1x4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x1xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25, %88 : tensor<1x4x4x32xf32>, tensor<1x4x4x1xf32>) outs(%73 : tensor<1x4x4x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.subf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x32xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91, %90 : tensor<1x4x4x32xf32>, tensor<1x4x4x1xf32>) outs(%73 : tensor<1x4x4x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x32xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%92, %arg9 : tensor<1x4x4x32xf32>, tensor<32xf32>) outs(%73 : tensor<1x4x4x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x32xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93, %arg8 : tensor<1x4x4x32xf32>, tensor<32xf32>) outs(%73 : tensor<1x4x4x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x32xf32>
    %collapsed_26 = tensor.collapse_shape %94 [[0, 1, 2], [3]] : tensor<1x4x4x32xf32> into tensor<16x32xf32>
    %95 = tensor.empty() : tensor<32x128xf32>
    %transposed_27 = linalg.transpose ins(%arg7 : tensor<128x32xf32>) outs(%95 : tensor<32x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<16x128xf32>
    %97 = linalg.fill ins(%cst : f32) outs(%96 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %98 = linalg.matmul ins(%collapsed_26, %transposed_27 : tensor<16x32xf32>, tensor<32x128xf32>) outs(%97 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%98, %arg6 : tensor<16x128xf32>, tensor<128xf32>) outs(%96 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<16x128xf32>
    %expanded_28 = tensor.expand_shape %99 [[0, 1, 2], [3]] output_shape [1, 4, 4, 128] : tensor<16x128xf32> into tensor<1x4x4x128xf32>
    %100 = tensor.empty() : tensor<1x4x4x128xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<1x4x4x128xf32>) outs(%100 : tensor<1x4x4x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_7 : f32
      %135 = math.erf %134 : f32
      %136 = arith.addf %135, %cst_1 : f32
      %137 = arith.mulf %136, %cst_2 : f32
      %138 = arith.mulf %in, %137 : f32
      linalg.yield %138 : f32
    } -> tensor<1x4x4x128xf32>
    %collapsed_29 = tensor.collapse_shape %101 [[0, 1, 2], [3]] : tensor<1x4x4x128xf32> into tensor<16x128xf32>
    %102 = tensor.empty() : tensor<128x32xf32>
    %transposed_30 = linalg.transpose ins(%arg5 : tensor<32x128xf32>) outs(%102 : tensor<128x32xf32>) permutation = [1, 0] 
    %103 = tensor.empty() : tensor<16x32xf32>
    %104 = linalg.fill ins(%cst : f32) outs(%103 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %105 = linalg.matmul ins(%collapsed_29, %transposed_30 : tensor<16x128xf32>, tensor<128x32xf32>) outs(%104 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%105, %arg4 : tensor<16x32xf32>, tensor<32xf32>) outs(%103 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<16x32xf32>
    %expanded_31 = tensor.expand_shape %106 [[0, 1, 2], [3]] output_shape [1, 4, 4, 32] : tensor<16x32xf32> into tensor<1x4x4x32xf32>
    %107 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg3, %expanded_31 : tensor<32xf32>, tensor<1x4x4x32xf32>) outs(%73 : tensor<1x4x4x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x4x4x32xf32>
    %transposed_32 = linalg.transpose ins(%107 : tensor<1x4x4x32xf32>) outs(%70 : tensor<1x32x4x4xf32>) permutation = [0, 3, 1, 2] 
    %108 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %transposed_32 : tensor<1x32x4x4xf32>, tensor<1x32x4x4xf32>) outs(%70 : tensor<1x32x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x32x4x4xf32>
    %109 = tensor.empty() : tensor<1x32xf32>
    %110 = linalg.fill ins(%cst : f32) outs(%109 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %111 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%108 : tensor<1x32x4x4xf32>) outs(%110 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<1x32xf32>
    %112 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%111 : tensor<1x32xf32>) outs(%109 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_6 : f32
      linalg.yield %134 : f32
    } -> tensor<1x32xf32>
    %113 = tensor.empty() : tensor<1x32xf64>
    %114 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%112 : tensor<1x32xf32>) outs(%113 : tensor<1x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %134 = arith.extf %in : f32 to f64
      linalg.yield %134 : f64
    } -> tensor<1x32xf64>
    %115 = tensor.empty() : tensor<1x1xf64>
    %116 = linalg.fill ins(%cst_0 : f64) outs(%115 : tensor<1x1xf64>) -> tensor<1x1xf64>
    %117 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "reduction"]} ins(%114 : tensor<1x32xf64>) outs(%116 : tensor<1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x1xf64>
    %118 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%117 : tensor<1x1xf64>) outs(%115 : tensor<1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_8 : f64
      linalg.yield %134 : f64
    } -> tensor<1x1xf64>
    %119 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel"]} ins(%114, %118 : tensor<1x32xf64>, tensor<1x1xf64>) outs(%113 : tensor<1x32xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.subf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x32xf64>
    %120 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%119, %119 : tensor<1x32xf64>, tensor<1x32xf64>) outs(%113 : tensor<1x32xf64>) {
    ^bb0(%in: f64, %in_33: f64, %out: f64):
      %134 = arith.mulf %in, %in_33 : f64
      linalg.yield %134 : f64
    } -> tensor<1x32xf64>
    %121 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "reduction"]} ins(%120 : tensor<1x32xf64>) outs(%116 : tensor<1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.addf %in, %out : f64
      linalg.yield %134 : f64
    } -> tensor<1x1xf64>
    %122 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%121 : tensor<1x1xf64>) outs(%115 : tensor<1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %134 = arith.divf %in, %cst_8 : f64
      linalg.yield %134 : f64
    } -> tensor<1x1xf64>
    %123 = tensor.empty() : tensor<1x1xf32>
    %124 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%122 : tensor<1x1xf64>) outs(%123 : tensor<1x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %134 = arith.truncf %in : f64 to f32
      linalg.yield %134 : f32
    } -> tensor<1x1xf32>
    %125 = linalg.fill ins(%cst : f32) outs(%123 : tensor<1x1xf32>) -> tensor<1x1xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "reduction"]} ins(%112 : tensor<1x32xf32>) outs(%125 : tensor<1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<1x1xf32>
    %127 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%126 : tensor<1x1xf32>) outs(%123 : tensor<1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_9 : f32
      linalg.yield %134 : f32
    } -> tensor<1x1xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%124 : tensor<1x1xf32>) outs(%123 : tensor<1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_3 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<1x1xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%128 : tensor<1x1xf32>) outs(%123 : tensor<1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<1x1xf32>
    %130 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel"]} ins(%112, %127 : tensor<1x32xf32>, tensor<1x1xf32>) outs(%109 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.subf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x32xf32>
    %131 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel"]} ins(%130, %129 : tensor<1x32xf32>, tensor<1x1xf32>) outs(%109 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x32xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%131, %arg2 : tensor<1x32xf32>, tensor<32xf32>) outs(%109 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.mulf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x32xf32>
    %133 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%132, %arg1 : tensor<1x32xf32>, tensor<32xf32>) outs(%109 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %134 = arith.addf %in, %in_33 : f32
      linalg.yield %134 : f32
    } -> tensor<1x32xf32>
    return %133 : tensor<1x32xf32>
  }
}
