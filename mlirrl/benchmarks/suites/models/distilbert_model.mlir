#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d2)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map12 = affine_map<(d0, d1) -> (d1)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x16x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x128xf32>, %arg5: tensor<128xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x128xf32>, %arg21: tensor<128xf32>, %arg22: tensor<128x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64x64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64x64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<64x64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<32x64xf32>) -> tensor<1x16x64xf32> {
    %c1_i64 = arith.constant 1 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 0.17677669529663689 : f64
    %cst_8 = arith.constant 9.9999999999999998E-13 : f64
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %cst_12 = arith.constant dense_resource<torch_tensor_1_16_torch.int64> : tensor<1x16xi64>
    %cst_13 = arith.constant dense_resource<torch_tensor_1_32_torch.int64> : tensor<1x32xi64>
    %extracted_slice = tensor.extract_slice %cst_13[0, 0] [1, 16] [1, 1] : tensor<1x32xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %173 = arith.index_cast %in : i64 to index
      %174 = linalg.index 2 : index
      %175 = arith.cmpi slt, %173, %c32 : index
      cf.assert %175, "index must be smaller than dim size"
      %176 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %176, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg35[%173, %174] : tensor<32x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %2 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %1 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %3 = tensor.empty() : tensor<1x16x64xf64>
    %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %173 = arith.extf %in : f32 to f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %5 = tensor.empty() : tensor<1x16x1xf64>
    %6 = linalg.fill ins(%cst : f64) outs(%5 : tensor<1x16x1xf64>) -> tensor<1x16x1xf64>
    %7 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %8 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.subf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %9 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.mulf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %11 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %13 = tensor.empty() : tensor<1x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<1x16x1xf64>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %173 = arith.truncf %in : f64 to f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %15 = linalg.fill ins(%cst_0 : f32) outs(%13 : tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<1x16x64xf32>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.addf %in, %out : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.divf %in, %cst_10 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.truncf %cst_8 : f64 to f32
      %174 = arith.addf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = math.rsqrt %in : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %17 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.subf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %19 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %arg34 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %arg33 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %24 = tensor.empty() : tensor<1x16xi1>
    %25 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<1x16xi64>) outs(%24 : tensor<1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %173 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %173 : i1
    } -> tensor<1x16xi1>
    %26 = tensor.empty() : tensor<1xi64>
    %27 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%26 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %28 = tensor.empty() : tensor<16xi64>
    %29 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%28 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %173 = linalg.index 0 : index
      %174 = arith.index_cast %173 : index to i64
      linalg.yield %174 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %27 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %29 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %29 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %30 = tensor.empty() : tensor<1x1x16x1xi1>
    %31 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%30 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %173 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %173 : i1
    } -> tensor<1x1x16x1xi1>
    %32 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %31 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%30 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_68: i1, %out: i1):
      %173 = arith.andi %in, %in_68 : i1
      linalg.yield %173 : i1
    } -> tensor<1x1x16x1xi1>
    %33 = tensor.empty() : tensor<1x1x1x16xi1>
    %34 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<1x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%33 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_68: i64, %out: i1):
      %173 = arith.cmpi slt, %in, %c0_i64 : i64
      %174 = arith.addi %in, %c1_i64 : i64
      %175 = arith.select %173, %174, %in : i64
      %176 = arith.index_cast %175 : i64 to index
      %177 = arith.cmpi slt, %in_68, %c0_i64 : i64
      %178 = arith.addi %in_68, %c16_i64 : i64
      %179 = arith.select %177, %178, %in_68 : i64
      %180 = arith.index_cast %179 : i64 to index
      %extracted = tensor.extract %25[%176, %180] : tensor<1x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<1x1x1x16xi1>
    %35 = tensor.empty() : tensor<1x1x16x16xi1>
    %36 = linalg.generic {indexing_maps = [#map10, #map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32, %34 : tensor<1x1x16x1xi1>, tensor<1x1x1x16xi1>) outs(%35 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_68: i1, %out: i1):
      %173 = arith.andi %in, %in_68 : i1
      linalg.yield %173 : i1
    } -> tensor<1x1x16x16xi1>
    %37 = tensor.empty() : tensor<1x1x16x16xf32>
    %38 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %cst_5, %cst_4 : tensor<1x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%37 : tensor<1x1x16x16xf32>) {
    ^bb0(%in: i1, %in_68: f32, %in_69: f32, %out: f32):
      %173 = arith.select %in, %in_68, %in_69 : f32
      linalg.yield %173 : f32
    } -> tensor<1x1x16x16xf32>
    %collapsed = tensor.collapse_shape %23 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %39 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg32 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = tensor.empty() : tensor<16x64xf32>
    %41 = linalg.fill ins(%cst_0 : f32) outs(%40 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %42 = linalg.matmul ins(%collapsed, %transposed : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%42, %arg31 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_16 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %44 = tensor.empty() : tensor<1x2x16x32xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<1x16x2x32xf32>) outs(%44 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_18 = linalg.transpose ins(%arg30 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = linalg.matmul ins(%collapsed, %transposed_18 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %46 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%45, %arg29 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_19 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_20 = linalg.transpose ins(%arg28 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = linalg.matmul ins(%collapsed, %transposed_20 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%47, %arg27 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_21 = tensor.expand_shape %48 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<1x16x2x32xf32>) outs(%44 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %49 = tensor.empty() : tensor<1x2x32x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_19 : tensor<1x16x2x32xf32>) outs(%49 : tensor<1x2x32x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_24 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<1x2x32x16xf32> into tensor<2x32x16xf32>
    %50 = tensor.empty() : tensor<2x16x16xf32>
    %51 = linalg.fill ins(%cst_0 : f32) outs(%50 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %52 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<2x16x32xf32>, tensor<2x32x16xf32>) outs(%51 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %expanded_26 = tensor.expand_shape %52 [[0, 1], [2], [3]] output_shape [1, 2, 16, 16] : tensor<2x16x16xf32> into tensor<1x2x16x16xf32>
    %53 = tensor.empty() : tensor<1x2x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<1x2x16x16xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.truncf %cst_7 : f64 to f32
      %174 = arith.mulf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %38 : tensor<1x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %56 = tensor.empty() : tensor<1x2x16xi64>
    %57 = linalg.fill ins(%c0_i64 : i64) outs(%56 : tensor<1x2x16xi64>) -> tensor<1x2x16xi64>
    %58 = tensor.empty() : tensor<1x2x16xf32>
    %59 = linalg.fill ins(%cst_1 : f32) outs(%58 : tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
    %60:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%55 : tensor<1x2x16x16xf32>) outs(%59, %57 : tensor<1x2x16xf32>, tensor<1x2x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_68: i64):
      %173 = linalg.index 3 : index
      %174 = arith.index_cast %173 : index to i64
      %175 = arith.maximumf %in, %out : f32
      %176 = arith.cmpf ogt, %in, %out : f32
      %177 = arith.select %176, %174, %out_68 : i64
      linalg.yield %175, %177 : f32, i64
    } -> (tensor<1x2x16xf32>, tensor<1x2x16xi64>)
    %expanded_27 = tensor.expand_shape %60#0 [[0], [1], [2, 3]] output_shape [1, 2, 16, 1] : tensor<1x2x16xf32> into tensor<1x2x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %expanded_27 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.subf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61 : tensor<1x2x16x16xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = math.exp %in : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %63 = tensor.empty() : tensor<1x2x16x1xf32>
    %64 = linalg.fill ins(%cst_0 : f32) outs(%63 : tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<1x2x16x16xf32>) outs(%64 : tensor<1x2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.addf %in, %out : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %65 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.divf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<1x2x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %67 = tensor.empty() : tensor<2x16x32xf32>
    %68 = linalg.fill ins(%cst_0 : f32) outs(%67 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %69 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<2x16x16xf32>, tensor<2x16x32xf32>) outs(%68 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_30 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [1, 2, 16, 32] : tensor<2x16x32xf32> into tensor<1x2x16x32xf32>
    %70 = tensor.empty() : tensor<1x16x2x32xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<1x2x16x32xf32>) outs(%70 : tensor<1x16x2x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<1x16x2x32xf32> into tensor<16x64xf32>
    %transposed_33 = linalg.transpose ins(%arg26 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %71 = linalg.matmul ins(%collapsed_32, %transposed_33 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%71, %arg25 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_34 = tensor.expand_shape %72 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %23 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %173 = arith.extf %in : f32 to f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %75 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %76 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.subf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %78 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %77 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.mulf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %79 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<1x16x1xf64>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %173 = arith.truncf %in : f64 to f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<1x16x64xf32>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.addf %in, %out : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.divf %in, %cst_10 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.truncf %cst_8 : f64 to f32
      %174 = arith.addf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = math.rsqrt %in : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %83 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.subf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %85 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %arg24 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg23 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %90 = tensor.empty() : tensor<64x128xf32>
    %transposed_36 = linalg.transpose ins(%arg22 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<16x128xf32>
    %92 = linalg.fill ins(%cst_0 : f32) outs(%91 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %93 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%92 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%93, %arg21 : tensor<16x128xf32>, tensor<128xf32>) outs(%91 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x128xf32>
    %expanded_37 = tensor.expand_shape %94 [[0, 1], [2]] output_shape [1, 16, 128] : tensor<16x128xf32> into tensor<1x16x128xf32>
    %95 = tensor.empty() : tensor<1x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<1x16x128xf32>) outs(%95 : tensor<1x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.divf %in, %cst_11 : f32
      %174 = math.erf %173 : f32
      %175 = arith.addf %174, %cst_2 : f32
      %176 = arith.mulf %175, %cst_3 : f32
      %177 = arith.mulf %in, %176 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x128xf32>
    %collapsed_38 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<1x16x128xf32> into tensor<16x128xf32>
    %97 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg20 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %98 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%98, %arg19 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_40 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40, %89 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %173 = arith.extf %in : f32 to f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %103 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.subf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %104 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.mulf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<1x16x1xf64>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %173 = arith.truncf %in : f64 to f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<1x16x64xf32>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.addf %in, %out : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.divf %in, %cst_10 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.truncf %cst_8 : f64 to f32
      %174 = arith.addf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = math.rsqrt %in : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %110 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.subf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %112 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg18 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg17 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_41 = tensor.collapse_shape %116 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %transposed_42 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %117 = linalg.matmul ins(%collapsed_41, %transposed_42 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%117, %arg15 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_43 = tensor.expand_shape %118 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<1x16x2x32xf32>) outs(%44 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_45 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %119 = linalg.matmul ins(%collapsed_41, %transposed_45 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%119, %arg13 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_46 = tensor.expand_shape %120 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_47 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %121 = linalg.matmul ins(%collapsed_41, %transposed_47 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%121, %arg11 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_48 = tensor.expand_shape %122 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<1x16x2x32xf32>) outs(%44 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_50 = linalg.transpose ins(%expanded_46 : tensor<1x16x2x32xf32>) outs(%49 : tensor<1x2x32x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_51 = tensor.collapse_shape %transposed_44 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %collapsed_52 = tensor.collapse_shape %transposed_50 [[0, 1], [2], [3]] : tensor<1x2x32x16xf32> into tensor<2x32x16xf32>
    %123 = linalg.batch_matmul ins(%collapsed_51, %collapsed_52 : tensor<2x16x32xf32>, tensor<2x32x16xf32>) outs(%51 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %expanded_53 = tensor.expand_shape %123 [[0, 1], [2], [3]] output_shape [1, 2, 16, 16] : tensor<2x16x16xf32> into tensor<1x2x16x16xf32>
    %124 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_53 : tensor<1x2x16x16xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.truncf %cst_7 : f64 to f32
      %174 = arith.mulf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<1x2x16x16xf32>
    %125 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %38 : tensor<1x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %126:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%125 : tensor<1x2x16x16xf32>) outs(%59, %57 : tensor<1x2x16xf32>, tensor<1x2x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_68: i64):
      %173 = linalg.index 3 : index
      %174 = arith.index_cast %173 : index to i64
      %175 = arith.maximumf %in, %out : f32
      %176 = arith.cmpf ogt, %in, %out : f32
      %177 = arith.select %176, %174, %out_68 : i64
      linalg.yield %175, %177 : f32, i64
    } -> (tensor<1x2x16xf32>, tensor<1x2x16xi64>)
    %expanded_54 = tensor.expand_shape %126#0 [[0], [1], [2, 3]] output_shape [1, 2, 16, 1] : tensor<1x2x16xf32> into tensor<1x2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%125, %expanded_54 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.subf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %128 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127 : tensor<1x2x16x16xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = math.exp %in : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %129 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%128 : tensor<1x2x16x16xf32>) outs(%64 : tensor<1x2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.addf %in, %out : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%128, %129 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%53 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.divf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x2x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %130 [[0, 1], [2], [3]] : tensor<1x2x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %131 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<2x16x16xf32>, tensor<2x16x32xf32>) outs(%68 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_57 = tensor.expand_shape %131 [[0, 1], [2], [3]] output_shape [1, 2, 16, 32] : tensor<2x16x32xf32> into tensor<1x2x16x32xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<1x2x16x32xf32>) outs(%70 : tensor<1x16x2x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_59 = tensor.collapse_shape %transposed_58 [[0, 1], [2, 3]] : tensor<1x16x2x32xf32> into tensor<16x64xf32>
    %transposed_60 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %132 = linalg.matmul ins(%collapsed_59, %transposed_60 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%132, %arg9 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_61 = tensor.expand_shape %133 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_61, %116 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %173 = arith.extf %in : f32 to f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %136 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%135 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %138 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %137 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.subf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %139 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %138 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.mulf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %140 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%139 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<1x16x1xf64>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %173 = arith.truncf %in : f64 to f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%134 : tensor<1x16x64xf32>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.addf %in, %out : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.divf %in, %cst_10 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.truncf %cst_8 : f64 to f32
      %174 = arith.addf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = math.rsqrt %in : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %144 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.subf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %146 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %arg8 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %arg7 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_62 = tensor.collapse_shape %150 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %transposed_63 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %151 = linalg.matmul ins(%collapsed_62, %transposed_63 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%92 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %152 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%151, %arg5 : tensor<16x128xf32>, tensor<128xf32>) outs(%91 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x128xf32>
    %expanded_64 = tensor.expand_shape %152 [[0, 1], [2]] output_shape [1, 16, 128] : tensor<16x128xf32> into tensor<1x16x128xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_64 : tensor<1x16x128xf32>) outs(%95 : tensor<1x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.divf %in, %cst_11 : f32
      %174 = math.erf %173 : f32
      %175 = arith.addf %174, %cst_2 : f32
      %176 = arith.mulf %175, %cst_3 : f32
      %177 = arith.mulf %in, %176 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x128xf32>
    %collapsed_65 = tensor.collapse_shape %153 [[0, 1], [2]] : tensor<1x16x128xf32> into tensor<16x128xf32>
    %transposed_66 = linalg.transpose ins(%arg4 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %154 = linalg.matmul ins(%collapsed_65, %transposed_66 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%41 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%154, %arg3 : tensor<16x64xf32>, tensor<64xf32>) outs(%40 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<16x64xf32>
    %expanded_67 = tensor.expand_shape %155 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_67, %150 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %173 = arith.extf %in : f32 to f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %158 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%157 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %160 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %159 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.subf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %161 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %160 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%3 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %173 = arith.mulf %in, %in_68 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x64xf64>
    %162 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%161 : tensor<1x16x64xf64>) outs(%6 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.addf %in, %out : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<1x16x1xf64>) outs(%5 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %173 = arith.divf %in, %cst_9 : f64
      linalg.yield %173 : f64
    } -> tensor<1x16x1xf64>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<1x16x1xf64>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %173 = arith.truncf %in : f64 to f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<1x16x64xf32>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.addf %in, %out : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.divf %in, %cst_10 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = arith.truncf %cst_8 : f64 to f32
      %174 = arith.addf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<1x16x1xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<1x16x1xf32>) outs(%13 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %173 = math.rsqrt %in : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %166 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.subf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %168 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170, %arg2 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.mulf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171, %arg1 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %173 = arith.addf %in, %in_68 : f32
      linalg.yield %173 : f32
    } -> tensor<1x16x64xf32>
    return %172 : tensor<1x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_16_torch.int64: "0x080000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000",
      torch_tensor_1_32_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F00000000000000"
    }
  }
#-}
