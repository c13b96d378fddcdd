#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
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
  func.func @main(%arg0: tensor<1x16x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x128xf32>, %arg5: tensor<128xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x128xf32>, %arg21: tensor<128xf32>, %arg22: tensor<128x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64x64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64x64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<64x64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<32x64xf32>, %arg36: tensor<2x64xf32>) -> tensor<1x16x64xf32> {
    %c1_i64 = arith.constant 1 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c32 = arith.constant 32 : index
    %c2 = arith.constant 2 : index
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
    %c0 = arith.constant 0 : index
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %cst_12 = arith.constant dense_resource<torch_tensor_1_16_torch.int64> : tensor<1x16xi64>
    %cst_13 = arith.constant dense_resource<torch_tensor_1_32_torch.int64_1> : tensor<1x32xi64>
    %cst_14 = arith.constant dense_resource<torch_tensor_1_32_torch.int64> : tensor<1x32xi64>
    %extracted_slice = tensor.extract_slice %cst_14[0, 0] [1, 16] [1, 1] : tensor<1x32xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %178 = arith.index_cast %in : i64 to index
      %179 = arith.cmpi slt, %178, %c32 : index
      cf.assert %179, "index must be smaller than dim size"
      %180 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %180, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_13[%c0, %178] : tensor<1x32xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<1x16x64xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<1x16xi64>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %178 = arith.index_cast %in : i64 to index
      %179 = linalg.index 2 : index
      %180 = arith.cmpi slt, %178, %c2 : index
      cf.assert %180, "index must be smaller than dim size"
      %181 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %181, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg36[%178, %179] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %4 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %178 = arith.index_cast %in : i64 to index
      %179 = linalg.index 2 : index
      %180 = arith.cmpi slt, %178, %c32 : index
      cf.assert %180, "index must be smaller than dim size"
      %181 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %181, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg35[%178, %179] : tensor<32x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %6 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %8 = tensor.empty() : tensor<1x16x64xf64>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<1x16x64xf32>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %10 = tensor.empty() : tensor<1x16x1xf64>
    %11 = linalg.fill ins(%cst : f64) outs(%10 : tensor<1x16x1xf64>) -> tensor<1x16x1xf64>
    %12 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %14 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %13 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %14 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %16 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %18 = tensor.empty() : tensor<1x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<1x16x1xf64>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %20 = linalg.fill ins(%cst_0 : f32) outs(%18 : tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<1x16x64xf32>) outs(%20 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_10 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_8 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<1x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %22 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %24 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg34 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %arg33 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %29 = tensor.empty() : tensor<1x16xi1>
    %30 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<1x16xi64>) outs(%29 : tensor<1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %178 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %178 : i1
    } -> tensor<1x16xi1>
    %31 = tensor.empty() : tensor<1xi64>
    %32 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%31 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %33 = tensor.empty() : tensor<16xi64>
    %34 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%33 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %178 = linalg.index 0 : index
      %179 = arith.index_cast %178 : index to i64
      linalg.yield %179 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %32 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %34 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %34 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %35 = tensor.empty() : tensor<1x1x16x1xi1>
    %36 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%35 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %178 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %178 : i1
    } -> tensor<1x1x16x1xi1>
    %37 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %36 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%35 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_69: i1, %out: i1):
      %178 = arith.andi %in, %in_69 : i1
      linalg.yield %178 : i1
    } -> tensor<1x1x16x1xi1>
    %38 = tensor.empty() : tensor<1x1x1x16xi1>
    %39 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<1x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%38 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_69: i64, %out: i1):
      %178 = arith.cmpi slt, %in, %c0_i64 : i64
      %179 = arith.addi %in, %c1_i64 : i64
      %180 = arith.select %178, %179, %in : i64
      %181 = arith.index_cast %180 : i64 to index
      %182 = arith.cmpi slt, %in_69, %c0_i64 : i64
      %183 = arith.addi %in_69, %c16_i64 : i64
      %184 = arith.select %182, %183, %in_69 : i64
      %185 = arith.index_cast %184 : i64 to index
      %extracted = tensor.extract %30[%181, %185] : tensor<1x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<1x1x1x16xi1>
    %40 = tensor.empty() : tensor<1x1x16x16xi1>
    %41 = linalg.generic {indexing_maps = [#map10, #map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37, %39 : tensor<1x1x16x1xi1>, tensor<1x1x1x16xi1>) outs(%40 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_69: i1, %out: i1):
      %178 = arith.andi %in, %in_69 : i1
      linalg.yield %178 : i1
    } -> tensor<1x1x16x16xi1>
    %42 = tensor.empty() : tensor<1x1x16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %cst_5, %cst_4 : tensor<1x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%42 : tensor<1x1x16x16xf32>) {
    ^bb0(%in: i1, %in_69: f32, %in_70: f32, %out: f32):
      %178 = arith.select %in, %in_69, %in_70 : f32
      linalg.yield %178 : f32
    } -> tensor<1x1x16x16xf32>
    %collapsed = tensor.collapse_shape %28 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %44 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg32 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = tensor.empty() : tensor<16x64xf32>
    %46 = linalg.fill ins(%cst_0 : f32) outs(%45 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %47 = linalg.matmul ins(%collapsed, %transposed : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%47, %arg31 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_17 = tensor.expand_shape %48 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %49 = tensor.empty() : tensor<1x2x16x32xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<1x16x2x32xf32>) outs(%49 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg30 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %51 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%50, %arg29 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_20 = tensor.expand_shape %51 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_21 = linalg.transpose ins(%arg28 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.matmul ins(%collapsed, %transposed_21 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%52, %arg27 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_22 = tensor.expand_shape %53 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<1x16x2x32xf32>) outs(%49 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %54 = tensor.empty() : tensor<1x2x32x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<1x16x2x32xf32>) outs(%54 : tensor<1x2x32x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<1x2x32x16xf32> into tensor<2x32x16xf32>
    %55 = tensor.empty() : tensor<2x16x16xf32>
    %56 = linalg.fill ins(%cst_0 : f32) outs(%55 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %57 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<2x16x32xf32>, tensor<2x32x16xf32>) outs(%56 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %expanded_27 = tensor.expand_shape %57 [[0, 1], [2], [3]] output_shape [1, 2, 16, 16] : tensor<2x16x16xf32> into tensor<1x2x16x16xf32>
    %58 = tensor.empty() : tensor<1x2x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<1x2x16x16xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_7 : f64 to f32
      %179 = arith.mulf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<1x2x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %43 : tensor<1x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %61 = tensor.empty() : tensor<1x2x16xi64>
    %62 = linalg.fill ins(%c0_i64 : i64) outs(%61 : tensor<1x2x16xi64>) -> tensor<1x2x16xi64>
    %63 = tensor.empty() : tensor<1x2x16xf32>
    %64 = linalg.fill ins(%cst_1 : f32) outs(%63 : tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
    %65:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%60 : tensor<1x2x16x16xf32>) outs(%64, %62 : tensor<1x2x16xf32>, tensor<1x2x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_69: i64):
      %178 = linalg.index 3 : index
      %179 = arith.index_cast %178 : index to i64
      %180 = arith.maximumf %in, %out : f32
      %181 = arith.cmpf ogt, %in, %out : f32
      %182 = arith.select %181, %179, %out_69 : i64
      linalg.yield %180, %182 : f32, i64
    } -> (tensor<1x2x16xf32>, tensor<1x2x16xi64>)
    %expanded_28 = tensor.expand_shape %65#0 [[0], [1], [2, 3]] output_shape [1, 2, 16, 1] : tensor<1x2x16xf32> into tensor<1x2x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_28 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<1x2x16x16xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.exp %in : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %68 = tensor.empty() : tensor<1x2x16x1xf32>
    %69 = linalg.fill ins(%cst_0 : f32) outs(%68 : tensor<1x2x16x1xf32>) -> tensor<1x2x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<1x2x16x16xf32>) outs(%69 : tensor<1x2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %70 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.divf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<1x2x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %72 = tensor.empty() : tensor<2x16x32xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %74 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<2x16x16xf32>, tensor<2x16x32xf32>) outs(%73 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_31 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [1, 2, 16, 32] : tensor<2x16x32xf32> into tensor<1x2x16x32xf32>
    %75 = tensor.empty() : tensor<1x16x2x32xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<1x2x16x32xf32>) outs(%75 : tensor<1x16x2x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0, 1], [2, 3]] : tensor<1x16x2x32xf32> into tensor<16x64xf32>
    %transposed_34 = linalg.transpose ins(%arg26 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %76 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%76, %arg25 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_35 = tensor.expand_shape %77 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35, %28 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<1x16x64xf32>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %80 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%79 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %82 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %81 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %83 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %82 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %84 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %85 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %86 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<1x16x1xf64>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<1x16x64xf32>) outs(%20 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_10 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_8 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<1x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %88 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %90 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %arg24 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %arg23 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_36 = tensor.collapse_shape %94 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_37 = linalg.transpose ins(%arg22 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<16x128xf32>
    %97 = linalg.fill ins(%cst_0 : f32) outs(%96 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %98 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%97 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%98, %arg21 : tensor<16x128xf32>, tensor<128xf32>) outs(%96 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x128xf32>
    %expanded_38 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [1, 16, 128] : tensor<16x128xf32> into tensor<1x16x128xf32>
    %100 = tensor.empty() : tensor<1x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<1x16x128xf32>) outs(%100 : tensor<1x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_11 : f32
      %179 = math.erf %178 : f32
      %180 = arith.addf %179, %cst_2 : f32
      %181 = arith.mulf %180, %cst_3 : f32
      %182 = arith.mulf %in, %181 : f32
      linalg.yield %182 : f32
    } -> tensor<1x16x128xf32>
    %collapsed_39 = tensor.collapse_shape %101 [[0, 1], [2]] : tensor<1x16x128xf32> into tensor<16x128xf32>
    %102 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg20 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %103 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%103, %arg19 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_41 = tensor.expand_shape %104 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %94 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<1x16x64xf32>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %108 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %110 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %111 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %112 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<1x16x1xf64>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<1x16x64xf32>) outs(%20 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_10 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_8 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<1x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %115 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %117 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg18 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg17 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_42 = tensor.collapse_shape %121 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %transposed_43 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %122 = linalg.matmul ins(%collapsed_42, %transposed_43 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%122, %arg15 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_44 = tensor.expand_shape %123 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_45 = linalg.transpose ins(%expanded_44 : tensor<1x16x2x32xf32>) outs(%49 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_46 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %124 = linalg.matmul ins(%collapsed_42, %transposed_46 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%124, %arg13 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_47 = tensor.expand_shape %125 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_48 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %126 = linalg.matmul ins(%collapsed_42, %transposed_48 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%126, %arg11 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_49 = tensor.expand_shape %127 [[0, 1], [2, 3]] output_shape [1, 16, 2, 32] : tensor<16x64xf32> into tensor<1x16x2x32xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<1x16x2x32xf32>) outs(%49 : tensor<1x2x16x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%expanded_47 : tensor<1x16x2x32xf32>) outs(%54 : tensor<1x2x32x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_52 = tensor.collapse_shape %transposed_45 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %collapsed_53 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<1x2x32x16xf32> into tensor<2x32x16xf32>
    %128 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<2x16x32xf32>, tensor<2x32x16xf32>) outs(%56 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %expanded_54 = tensor.expand_shape %128 [[0, 1], [2], [3]] output_shape [1, 2, 16, 16] : tensor<2x16x16xf32> into tensor<1x2x16x16xf32>
    %129 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<1x2x16x16xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_7 : f64 to f32
      %179 = arith.mulf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<1x2x16x16xf32>
    %130 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %43 : tensor<1x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %131:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%130 : tensor<1x2x16x16xf32>) outs(%64, %62 : tensor<1x2x16xf32>, tensor<1x2x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_69: i64):
      %178 = linalg.index 3 : index
      %179 = arith.index_cast %178 : index to i64
      %180 = arith.maximumf %in, %out : f32
      %181 = arith.cmpf ogt, %in, %out : f32
      %182 = arith.select %181, %179, %out_69 : i64
      linalg.yield %180, %182 : f32, i64
    } -> (tensor<1x2x16xf32>, tensor<1x2x16xi64>)
    %expanded_55 = tensor.expand_shape %131#0 [[0], [1], [2, 3]] output_shape [1, 2, 16, 1] : tensor<1x2x16xf32> into tensor<1x2x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130, %expanded_55 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %133 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132 : tensor<1x2x16x16xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.exp %in : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %134 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%133 : tensor<1x2x16x16xf32>) outs(%69 : tensor<1x2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133, %134 : tensor<1x2x16x16xf32>, tensor<1x2x16x1xf32>) outs(%58 : tensor<1x2x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.divf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x2x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %135 [[0, 1], [2], [3]] : tensor<1x2x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %transposed_50 [[0, 1], [2], [3]] : tensor<1x2x16x32xf32> into tensor<2x16x32xf32>
    %136 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<2x16x16xf32>, tensor<2x16x32xf32>) outs(%73 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_58 = tensor.expand_shape %136 [[0, 1], [2], [3]] output_shape [1, 2, 16, 32] : tensor<2x16x32xf32> into tensor<1x2x16x32xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<1x2x16x32xf32>) outs(%75 : tensor<1x16x2x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_60 = tensor.collapse_shape %transposed_59 [[0, 1], [2, 3]] : tensor<1x16x2x32xf32> into tensor<16x64xf32>
    %transposed_61 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %137 = linalg.matmul ins(%collapsed_60, %transposed_61 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%137, %arg9 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_62 = tensor.expand_shape %138 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_62, %121 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<1x16x64xf32>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %141 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%140 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %142 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %143 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %142 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %144 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %143 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %145 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%144 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %146 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %147 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<1x16x1xf64>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%139 : tensor<1x16x64xf32>) outs(%20 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_10 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %150 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_8 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<1x16x1xf32>
    %151 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %149 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %151 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %arg8 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %arg7 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_63 = tensor.collapse_shape %155 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %transposed_64 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %156 = linalg.matmul ins(%collapsed_63, %transposed_64 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%97 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%156, %arg5 : tensor<16x128xf32>, tensor<128xf32>) outs(%96 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x128xf32>
    %expanded_65 = tensor.expand_shape %157 [[0, 1], [2]] output_shape [1, 16, 128] : tensor<16x128xf32> into tensor<1x16x128xf32>
    %158 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_65 : tensor<1x16x128xf32>) outs(%100 : tensor<1x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_11 : f32
      %179 = math.erf %178 : f32
      %180 = arith.addf %179, %cst_2 : f32
      %181 = arith.mulf %180, %cst_3 : f32
      %182 = arith.mulf %in, %181 : f32
      linalg.yield %182 : f32
    } -> tensor<1x16x128xf32>
    %collapsed_66 = tensor.collapse_shape %158 [[0, 1], [2]] : tensor<1x16x128xf32> into tensor<16x128xf32>
    %transposed_67 = linalg.transpose ins(%arg4 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %159 = linalg.matmul ins(%collapsed_66, %transposed_67 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%46 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%159, %arg3 : tensor<16x64xf32>, tensor<64xf32>) outs(%45 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<16x64xf32>
    %expanded_68 = tensor.expand_shape %160 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_68, %155 : tensor<1x16x64xf32>, tensor<1x16x64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<1x16x64xf32>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %163 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%162 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %164 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %165 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %164 : tensor<1x16x64xf64>, tensor<1x16x1xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %166 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %165 : tensor<1x16x64xf64>, tensor<1x16x64xf64>) outs(%8 : tensor<1x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x64xf64>
    %167 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%166 : tensor<1x16x64xf64>) outs(%11 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %168 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_9 : f64
      linalg.yield %178 : f64
    } -> tensor<1x16x1xf64>
    %169 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<1x16x1xf64>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %170 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%161 : tensor<1x16x64xf32>) outs(%20 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_10 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %172 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_8 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<1x16x1xf32>
    %173 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<1x16x1xf32>) outs(%18 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x1xf32>
    %174 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %171 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %173 : tensor<1x16x64xf32>, tensor<1x16x1xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %arg2 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    %177 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %arg1 : tensor<1x16x64xf32>, tensor<64xf32>) outs(%3 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<1x16x64xf32>
    return %177 : tensor<1x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_16_torch.int64: "0x080000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000000",
      torch_tensor_1_32_torch.int64_1: "0x0800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_1_32_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F00000000000000"
    }
  }
#-}
