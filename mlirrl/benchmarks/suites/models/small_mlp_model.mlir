#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @main(%arg0: tensor<8x64xf32>, %arg1: tensor<10xf32>, %arg2: tensor<10x128xf32>, %arg3: tensor<128xf32>, %arg4: tensor<128x128xf32>, %arg5: tensor<128xf32>, %arg6: tensor<128x64xf32>) -> tensor<8x10xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_0 = arith.constant 0xFF800000 : f32
    %0 = tensor.empty() : tensor<64x128xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%0 : tensor<64x128xf32>) permutation = [1, 0] 
    %1 = tensor.empty() : tensor<8x128xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<8x128xf32>) -> tensor<8x128xf32>
    %3 = linalg.matmul ins(%arg0, %transposed : tensor<8x64xf32>, tensor<64x128xf32>) outs(%2 : tensor<8x128xf32>) -> tensor<8x128xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%3, %arg5 : tensor<8x128xf32>, tensor<128xf32>) outs(%1 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %26 = arith.addf %in, %in_3 : f32
      linalg.yield %26 : f32
    } -> tensor<8x128xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<8x128xf32>) outs(%1 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.cmpf ugt, %in, %cst : f32
      %27 = arith.select %26, %in, %cst : f32
      linalg.yield %27 : f32
    } -> tensor<8x128xf32>
    %6 = tensor.empty() : tensor<128x128xf32>
    %transposed_1 = linalg.transpose ins(%arg4 : tensor<128x128xf32>) outs(%6 : tensor<128x128xf32>) permutation = [1, 0] 
    %7 = linalg.matmul ins(%5, %transposed_1 : tensor<8x128xf32>, tensor<128x128xf32>) outs(%2 : tensor<8x128xf32>) -> tensor<8x128xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%7, %arg3 : tensor<8x128xf32>, tensor<128xf32>) outs(%1 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %26 = arith.addf %in, %in_3 : f32
      linalg.yield %26 : f32
    } -> tensor<8x128xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<8x128xf32>) outs(%1 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.cmpf ugt, %in, %cst : f32
      %27 = arith.select %26, %in, %cst : f32
      linalg.yield %27 : f32
    } -> tensor<8x128xf32>
    %10 = tensor.empty() : tensor<128x10xf32>
    %transposed_2 = linalg.transpose ins(%arg2 : tensor<10x128xf32>) outs(%10 : tensor<128x10xf32>) permutation = [1, 0] 
    %11 = tensor.empty() : tensor<8x10xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<8x10xf32>) -> tensor<8x10xf32>
    %13 = linalg.matmul ins(%9, %transposed_2 : tensor<8x128xf32>, tensor<128x10xf32>) outs(%12 : tensor<8x10xf32>) -> tensor<8x10xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%13, %arg1 : tensor<8x10xf32>, tensor<10xf32>) outs(%11 : tensor<8x10xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %26 = arith.addf %in, %in_3 : f32
      linalg.yield %26 : f32
    } -> tensor<8x10xf32>
    %15 = tensor.empty() : tensor<8xi64>
    %16 = linalg.fill ins(%c0_i64 : i64) outs(%15 : tensor<8xi64>) -> tensor<8xi64>
    %17 = tensor.empty() : tensor<8xf32>
    %18 = linalg.fill ins(%cst_0 : f32) outs(%17 : tensor<8xf32>) -> tensor<8xf32>
    %19:2 = linalg.generic {indexing_maps = [#map, #map2, #map2], iterator_types = ["parallel", "reduction"]} ins(%14 : tensor<8x10xf32>) outs(%18, %16 : tensor<8xf32>, tensor<8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_3: i64):
      %26 = linalg.index 1 : index
      %27 = arith.index_cast %26 : index to i64
      %28 = arith.maximumf %in, %out : f32
      %29 = arith.cmpf ogt, %in, %out : f32
      %30 = arith.select %29, %27, %out_3 : i64
      linalg.yield %28, %30 : f32, i64
    } -> (tensor<8xf32>, tensor<8xi64>)
    %expanded = tensor.expand_shape %19#0 [[0, 1]] output_shape [8, 1] : tensor<8xf32> into tensor<8x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel"]} ins(%14, %expanded : tensor<8x10xf32>, tensor<8x1xf32>) outs(%11 : tensor<8x10xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %26 = arith.subf %in, %in_3 : f32
      linalg.yield %26 : f32
    } -> tensor<8x10xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%20 : tensor<8x10xf32>) outs(%11 : tensor<8x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = math.exp %in : f32
      linalg.yield %26 : f32
    } -> tensor<8x10xf32>
    %22 = tensor.empty() : tensor<8x1xf32>
    %23 = linalg.fill ins(%cst : f32) outs(%22 : tensor<8x1xf32>) -> tensor<8x1xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["parallel", "reduction"]} ins(%21 : tensor<8x10xf32>) outs(%23 : tensor<8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.addf %in, %out : f32
      linalg.yield %26 : f32
    } -> tensor<8x1xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel"]} ins(%21, %24 : tensor<8x10xf32>, tensor<8x1xf32>) outs(%11 : tensor<8x10xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %26 = arith.divf %in, %in_3 : f32
      linalg.yield %26 : f32
    } -> tensor<8x10xf32>
    return %25 : tensor<8x10xf32>
  }
}
