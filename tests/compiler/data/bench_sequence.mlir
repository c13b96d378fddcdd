// An MLIR-RL operator sequence: conv -> relu -> pooling, with two results.
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
module {
  func.func private @nanoTime() -> i64 attributes {llvm.emit_c_interface}
  func.func @main(%input: tensor<1x2x10x10xf32>, %filter: tensor<4x2x3x3xf32>, %conv_init: tensor<1x4x8x8xf32>, %pool_init: tensor<1x4x4x4xf32>) -> (tensor<1x4x8x8xf32>, tensor<1x4x4x4xf32>, i64) attributes {llvm.emit_c_interface} {
    %t0 = func.call @nanoTime() : () -> i64
    %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%input, %filter : tensor<1x2x10x10xf32>, tensor<4x2x3x3xf32>) outs(%conv_init : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %empty = bufferization.alloc_tensor() : tensor<1x4x8x8xf32>
    %relu = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv : tensor<1x4x8x8xf32>) outs(%empty : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %zero = arith.constant 0.000000e+00 : f32
      %positive = arith.cmpf ugt, %in, %zero : f32
      %value = arith.select %positive, %in, %zero : f32
      linalg.yield %value : f32
    } -> tensor<1x4x8x8xf32>
    %window = tensor.empty() : tensor<2x2xf32>
    %pool = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%relu, %window : tensor<1x4x8x8xf32>, tensor<2x2xf32>) outs(%pool_init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %t1 = func.call @nanoTime() : () -> i64
    %delta = arith.subi %t1, %t0 : i64
    return %relu, %pool, %delta : tensor<1x4x8x8xf32>, tensor<1x4x4x4xf32>, i64
  }
}
