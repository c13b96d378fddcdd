#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1) -> (d1)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x16x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<256x64xf32>, %arg5: tensor<256xf32>, %arg6: tensor<64x256xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<192xf32>, %arg12: tensor<64x192xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<256x64xf32>, %arg17: tensor<256xf32>, %arg18: tensor<64x256xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<192xf32>, %arg24: tensor<64x192xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<32x64xf32>) -> tensor<1x16x64xf32> {
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 0.79788456080286541 : f64
    %cst_6 = arith.constant 4.471500e-02 : f64
    %cst_7 = arith.constant 0.17677669529663689 : f64
    %cst_8 = arith.constant 1.000000e-05 : f64
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 5.000000e-01 : f32
    %cst_12 = arith.constant 1.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %c16_i64 = arith.constant 16 : i64
    %c3_i64 = arith.constant 3 : i64
    %cst_13 = arith.constant dense_resource<torch_tensor_1_16_torch.int64_1> : tensor<1x16xi64>
    %cst_14 = arith.constant dense_resource<torch_tensor_1_16_torch.int64> : tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_14 : tensor<1x16xi64>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %177 = arith.index_cast %in : i64 to index
      %178 = linalg.index 2 : index
      %179 = arith.cmpi slt, %177, %c32 : index
      cf.assert %179, "index must be smaller than dim size"
      %180 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %180, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg27[%177, %178] : tensor<32x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %2 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %1 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %3 = tensor.empty() : tensor<1x16xi1>
    %4 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%cst_13 : tensor<1x16xi64>) outs(%3 : tensor<1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %177 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %177 : i1
    } -> tensor<1x16xi1>
    %5 = tensor.empty() : tensor<1xi64>
    %6 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%5 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %7 = tensor.empty() : tensor<16xi64>
    %8 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%7 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %177 = linalg.index 0 : index
      %178 = arith.index_cast %177 : index to i64
      linalg.yield %178 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %6 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %9 = tensor.empty() : tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_16, %expanded_15 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_64: i64, %out: i1):
      %177 = arith.cmpi sle, %in, %in_64 : i64
      linalg.yield %177 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %10 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_64: i1, %out: i1):
      %177 = arith.andi %in, %in_64 : i1
      linalg.yield %177 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = tensor.empty() : tensor<1x1x1x16xi1>
    %13 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<1x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%12 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_64: i64, %out: i1):
      %177 = arith.cmpi slt, %in, %c0_i64 : i64
      %178 = arith.addi %in, %c1_i64 : i64
      %179 = arith.select %177, %178, %in : i64
      %180 = arith.index_cast %179 : i64 to index
      %181 = arith.cmpi slt, %in_64, %c0_i64 : i64
      %182 = arith.addi %in_64, %c16_i64 : i64
      %183 = arith.select %181, %182, %in_64 : i64
      %184 = arith.index_cast %183 : i64 to index
      %extracted = tensor.extract %4[%180, %184] : tensor<1x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<1x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map6, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %13 : tensor<1x1x16x16xi1>, tensor<1x1x1x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_64: i1, %out: i1):
      %177 = arith.andi %in, %in_64 : i1
      linalg.yield %177 : i1
    } -> tensor<1x1x16x16xi1>
    %15 = tensor.empty() : tensor<1x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_2 : tensor<1x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<1x1x16x16xf32>) {
    ^bb0(%in: i1, %in_64: f32, %in_65: f32, %out: f32):
      %177 = arith.select %in, %in_64, %in_65 : f32
      linalg.yield %177 : f32
    } -> tensor<1x1x16x16xf32>
    %17 = tensor.empty() : tensor<1x16x64xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<1x16x64xf32>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %177 = arith.extf %in : f32 to f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %19 = tensor.empty() : tensor<1x16x1xf64>
    %20 = linalg.fill ins(%cst : f64) outs(%19 : tensor<1x16x1xf64>) -> tensor<1x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %23 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %22 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.subf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %24 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %23 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.mulf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %25 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %27 = tensor.empty() : tensor<1x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<1x16x1xf64>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %177 = arith.truncf %in : f64 to f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %29 = linalg.fill ins(%cst_0 : f32) outs(%27 : tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<1x16x64xf32>) outs(%29 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %out : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.divf %in, %cst_10 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_8 : f64 to f32
      %178 = arith.addf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.rsqrt %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %31 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.subf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %33 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg26 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg25 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %collapsed = tensor.collapse_shape %37 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %38 = tensor.empty() : tensor<16x192xf32>
    %39 = linalg.fill ins(%cst_0 : f32) outs(%38 : tensor<16x192xf32>) -> tensor<16x192xf32>
    %40 = linalg.matmul ins(%collapsed, %arg24 : tensor<16x64xf32>, tensor<64x192xf32>) outs(%39 : tensor<16x192xf32>) -> tensor<16x192xf32>
    %41 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%40, %arg23 : tensor<16x192xf32>, tensor<192xf32>) outs(%38 : tensor<16x192xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x192xf32>
    %expanded_17 = tensor.expand_shape %41 [[0, 1], [2]] output_shape [1, 16, 192] : tensor<16x192xf32> into tensor<1x16x192xf32>
    %extracted_slice = tensor.extract_slice %expanded_17[0, 0, 0] [1, 16, 64] [1, 1, 1] : tensor<1x16x192xf32> to tensor<1x16x64xf32>
    %extracted_slice_18 = tensor.extract_slice %expanded_17[0, 0, 64] [1, 16, 64] [1, 1, 1] : tensor<1x16x192xf32> to tensor<1x16x64xf32>
    %extracted_slice_19 = tensor.extract_slice %expanded_17[0, 0, 128] [1, 16, 64] [1, 1, 1] : tensor<1x16x192xf32> to tensor<1x16x64xf32>
    %expanded_20 = tensor.expand_shape %extracted_slice_18 [[0], [1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<1x16x64xf32> into tensor<1x16x2x32xf32>
    %expanded_21 = tensor.expand_shape %extracted_slice_19 [[0], [1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<1x16x64xf32> into tensor<1x16x2x32xf32>
    %42 = tensor.empty() : tensor<1x2x16x32xf32>
    %transposed = linalg.transpose ins(%expanded_21 : tensor<1x16x2x32xf32>) outs(%42 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_22 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<1x16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<1x16x2x32xf32>) outs(%42 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %43 = tensor.empty() : tensor<1x2x32x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<1x16x2x32xf32>) outs(%43 : tensor<1x2x32x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_25 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<1x2x32x16xf32> into tensor<2x32x16xf32>
    %44 = tensor.empty() : tensor<2x16x16xf32>
    %45 = linalg.fill ins(%cst_0 : f32) outs(%44 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %46 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<2x16x32xf32>, tensor<2x32x16xf32>) outs(%45 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %expanded_27 = tensor.expand_shape %46 [[0, 1], [2], [3]] output_shape [1, 2, 16, 16] : tensor<2x16x16xf32> into tensor<1x2x16x16xf32>
    %47 = tensor.empty() : tensor<1x2x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<1x2x16x16xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_7 : f64 to f32
      %178 = arith.mulf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %16 : tensor<1x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %50 = tensor.empty() : tensor<1x2x16xi64>
    %51 = linalg.fill ins(%c0_i64 : i64) outs(%50 : tensor<1x2x16xi64>) -> tensor<1x2x16xi64>
    %52 = tensor.empty() : tensor<1x2x16xf32>
    %53 = linalg.fill ins(%cst_1 : f32) outs(%52 : tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
    %54:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%49 : tensor<1x2x16x16xf32>) outs(%53, %51 : tensor<1x2x16xf32>, tensor<1x2x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_64: i64):
      %177 = linalg.index 3 : index
      %178 = arith.index_cast %177 : index to i64
      %179 = arith.maximumf %in, %out : f32
      %180 = arith.cmpf ogt, %in, %out : f32
      %181 = arith.select %180, %178, %out_64 : i64
      linalg.yield %179, %181 : f32, i64
    } -> (tensor<1x2x16xf32>, tensor<1x2x16xi64>)
    %expanded_28 = tensor.expand_shape %54#0 [[0], [1], [2, 3]] output_shape [1, 2, 16, 1] : tensor<1x2x16xf32> into tensor<1x2x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %expanded_28 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.subf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<1x2x16x16xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.exp %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %57 = tensor.empty() : tensor<1x2x16x1xf32>
    %58 = linalg.fill ins(%cst_0 : f32) outs(%57 : tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<1x2x16x16xf32>) outs(%58 : tensor<1x2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %out : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.divf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %60 [[0, 1], [2], [3]] : tensor<1x2x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %61 = tensor.empty() : tensor<2x16x32xf32>
    %62 = linalg.fill ins(%cst_0 : f32) outs(%61 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %63 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<2x16x16xf32>, tensor<2x16x32xf32>) outs(%62 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_31 = tensor.expand_shape %63 [[0, 1], [2], [3]] output_shape [1, 2, 16, 32] : tensor<2x16x32xf32> into tensor<1x2x16x32xf32>
    %64 = tensor.empty() : tensor<1x16x2x32xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<1x2x16x32xf32>) outs(%64 : tensor<1x16x2x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0, 1], [2, 3]] : tensor<1x16x2x32xf32> into tensor<16x64xf32>
    %65 = tensor.empty() : tensor<16x64xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %67 = linalg.matmul ins(%collapsed_33, %arg22 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%66 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%67, %arg21 : tensor<16x64xf32>, tensor<64xf32>) outs(%65 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x64xf32>
    %expanded_34 = tensor.expand_shape %68 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %2 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<1x16x64xf32>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %177 = arith.extf %in : f32 to f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %71 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%70 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %72 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %73 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %72 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.subf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %74 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %73 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.mulf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %75 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<1x16x1xf64>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %177 = arith.truncf %in : f64 to f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%69 : tensor<1x16x64xf32>) outs(%29 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %out : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.divf %in, %cst_10 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_8 : f64 to f32
      %178 = arith.addf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.rsqrt %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %79 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.subf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %81 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %arg20 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %arg19 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %85 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %86 = tensor.empty() : tensor<16x256xf32>
    %87 = linalg.fill ins(%cst_0 : f32) outs(%86 : tensor<16x256xf32>) -> tensor<16x256xf32>
    %88 = linalg.matmul ins(%collapsed_35, %arg18 : tensor<16x64xf32>, tensor<64x256xf32>) outs(%87 : tensor<16x256xf32>) -> tensor<16x256xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%88, %arg17 : tensor<16x256xf32>, tensor<256xf32>) outs(%86 : tensor<16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x256xf32>
    %expanded_36 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [1, 16, 256] : tensor<16x256xf32> into tensor<1x16x256xf32>
    %90 = tensor.empty() : tensor<1x16x256xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.mulf %in, %cst_11 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_6 : f64 to f32
      %178 = arith.mulf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x256xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36, %93 : tensor<1x16x256xf32>, tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_5 : f64 to f32
      %178 = arith.mulf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x256xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.tanh %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %cst_12 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %97 : tensor<1x16x256xf32>, tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %collapsed_37 = tensor.collapse_shape %98 [[0, 1], [2]] : tensor<1x16x256xf32> into tensor<16x256xf32>
    %99 = linalg.matmul ins(%collapsed_37, %arg16 : tensor<16x256xf32>, tensor<256x64xf32>) outs(%66 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%99, %arg15 : tensor<16x64xf32>, tensor<64xf32>) outs(%65 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x64xf32>
    %expanded_38 = tensor.expand_shape %100 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %expanded_38 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<1x16x64xf32>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %177 = arith.extf %in : f32 to f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %104 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.subf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %105 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.mulf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<1x16x1xf64>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %177 = arith.truncf %in : f64 to f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<1x16x64xf32>) outs(%29 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %out : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.divf %in, %cst_10 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_8 : f64 to f32
      %178 = arith.addf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.rsqrt %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %111 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.subf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %113 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg14 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %arg13 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_39 = tensor.collapse_shape %117 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %118 = linalg.matmul ins(%collapsed_39, %arg12 : tensor<16x64xf32>, tensor<64x192xf32>) outs(%39 : tensor<16x192xf32>) -> tensor<16x192xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%118, %arg11 : tensor<16x192xf32>, tensor<192xf32>) outs(%38 : tensor<16x192xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x192xf32>
    %expanded_40 = tensor.expand_shape %119 [[0, 1], [2]] output_shape [1, 16, 192] : tensor<16x192xf32> into tensor<1x16x192xf32>
    %extracted_slice_41 = tensor.extract_slice %expanded_40[0, 0, 0] [1, 16, 64] [1, 1, 1] : tensor<1x16x192xf32> to tensor<1x16x64xf32>
    %extracted_slice_42 = tensor.extract_slice %expanded_40[0, 0, 64] [1, 16, 64] [1, 1, 1] : tensor<1x16x192xf32> to tensor<1x16x64xf32>
    %extracted_slice_43 = tensor.extract_slice %expanded_40[0, 0, 128] [1, 16, 64] [1, 1, 1] : tensor<1x16x192xf32> to tensor<1x16x64xf32>
    %expanded_44 = tensor.expand_shape %extracted_slice_42 [[0], [1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<1x16x64xf32> into tensor<1x16x2x32xf32>
    %expanded_45 = tensor.expand_shape %extracted_slice_43 [[0], [1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<1x16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<1x16x2x32xf32>) outs(%42 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_47 = tensor.expand_shape %extracted_slice_41 [[0], [1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<1x16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<1x16x2x32xf32>) outs(%42 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_49 = linalg.transpose ins(%expanded_44 : tensor<1x16x2x32xf32>) outs(%43 : tensor<1x2x32x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_50 = tensor.collapse_shape %transposed_48 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %collapsed_51 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<1x2x32x16xf32> into tensor<2x32x16xf32>
    %120 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<2x16x32xf32>, tensor<2x32x16xf32>) outs(%45 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %expanded_52 = tensor.expand_shape %120 [[0, 1], [2], [3]] output_shape [1, 2, 16, 16] : tensor<2x16x16xf32> into tensor<1x2x16x16xf32>
    %121 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<1x2x16x16xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_7 : f64 to f32
      %178 = arith.mulf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %122 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %16 : tensor<1x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %123:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%122 : tensor<1x2x16x16xf32>) outs(%53, %51 : tensor<1x2x16xf32>, tensor<1x2x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_64: i64):
      %177 = linalg.index 3 : index
      %178 = arith.index_cast %177 : index to i64
      %179 = arith.maximumf %in, %out : f32
      %180 = arith.cmpf ogt, %in, %out : f32
      %181 = arith.select %180, %178, %out_64 : i64
      linalg.yield %179, %181 : f32, i64
    } -> (tensor<1x2x16xf32>, tensor<1x2x16xi64>)
    %expanded_53 = tensor.expand_shape %123#0 [[0], [1], [2, 3]] output_shape [1, 2, 16, 1] : tensor<1x2x16xf32> into tensor<1x2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%122, %expanded_53 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.subf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %125 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124 : tensor<1x2x16x16xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.exp %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %126 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%125 : tensor<1x2x16x16xf32>) outs(%58 : tensor<1x2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %out : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%125, %126 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%47 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.divf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x2x16x16xf32>
    %collapsed_54 = tensor.collapse_shape %127 [[0, 1], [2], [3]] : tensor<1x2x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %transposed_46 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %128 = linalg.batch_matmul ins(%collapsed_54, %collapsed_55 : tensor<2x16x16xf32>, tensor<2x16x32xf32>) outs(%62 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_56 = tensor.expand_shape %128 [[0, 1], [2], [3]] output_shape [1, 2, 16, 32] : tensor<2x16x32xf32> into tensor<1x2x16x32xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<1x2x16x32xf32>) outs(%64 : tensor<1x16x2x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_58 = tensor.collapse_shape %transposed_57 [[0, 1], [2, 3]] : tensor<1x16x2x32xf32> into tensor<16x64xf32>
    %129 = linalg.matmul ins(%collapsed_58, %arg10 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%66 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%129, %arg9 : tensor<16x64xf32>, tensor<64xf32>) outs(%65 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x64xf32>
    %expanded_59 = tensor.expand_shape %130 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_59, %101 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<1x16x64xf32>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %177 = arith.extf %in : f32 to f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %133 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%132 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %135 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %134 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.subf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %136 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %135 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.mulf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %137 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%136 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<1x16x1xf64>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %177 = arith.truncf %in : f64 to f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%131 : tensor<1x16x64xf32>) outs(%29 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %out : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.divf %in, %cst_10 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_8 : f64 to f32
      %178 = arith.addf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.rsqrt %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %141 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.subf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %143 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %arg8 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %arg7 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_60 = tensor.collapse_shape %147 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %148 = linalg.matmul ins(%collapsed_60, %arg6 : tensor<16x64xf32>, tensor<64x256xf32>) outs(%87 : tensor<16x256xf32>) -> tensor<16x256xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%148, %arg5 : tensor<16x256xf32>, tensor<256xf32>) outs(%86 : tensor<16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x256xf32>
    %expanded_61 = tensor.expand_shape %149 [[0, 1], [2]] output_shape [1, 16, 256] : tensor<16x256xf32> into tensor<1x16x256xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_61 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.mulf %in, %cst_11 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_61 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_6 : f64 to f32
      %178 = arith.mulf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x256xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_61, %152 : tensor<1x16x256xf32>, tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_5 : f64 to f32
      %178 = arith.mulf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x256xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.tanh %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %cst_12 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %156 : tensor<1x16x256xf32>, tensor<1x16x256xf32>) outs(%90 : tensor<1x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x256xf32>
    %collapsed_62 = tensor.collapse_shape %157 [[0, 1], [2]] : tensor<1x16x256xf32> into tensor<16x256xf32>
    %158 = linalg.matmul ins(%collapsed_62, %arg4 : tensor<16x256xf32>, tensor<256x64xf32>) outs(%66 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel"]} ins(%158, %arg3 : tensor<16x64xf32>, tensor<64xf32>) outs(%65 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<16x64xf32>
    %expanded_63 = tensor.expand_shape %159 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %expanded_63 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<1x16x64xf32>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %177 = arith.extf %in : f32 to f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %162 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%161 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %164 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %163 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.subf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %165 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %164 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%17 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %177 = arith.mulf %in, %in_64 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x64xf64>
    %166 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%165 : tensor<1x16x64xf64>) outs(%20 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.addf %in, %out : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<1x16x1xf64>) outs(%19 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %177 = arith.divf %in, %cst_9 : f64
      linalg.yield %177 : f64
    } -> tensor<1x16x1xf64>
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<1x16x1xf64>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %177 = arith.truncf %in : f64 to f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%160 : tensor<1x16x64xf32>) outs(%29 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.addf %in, %out : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.divf %in, %cst_10 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = arith.truncf %cst_8 : f64 to f32
      %178 = arith.addf %in, %177 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<1x16x1xf32>) outs(%27 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %177 = math.rsqrt %in : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x1xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %170 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.subf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %172 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %arg2 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.mulf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %arg1 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %177 = arith.addf %in, %in_64 : f32
      linalg.yield %177 : f32
    } -> tensor<1x16x64xf32>
    return %176 : tensor<1x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_16_torch.int64_1: "0x080000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000",
      torch_tensor_1_16_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F00000000000000"
    }
  }
#-}
