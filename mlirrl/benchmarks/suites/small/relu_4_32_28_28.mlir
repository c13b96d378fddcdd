module {
  func.func @main(%arg0: tensor<4x32x28x28xf32>) -> tensor<4x32x28x28xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<4x32x28x28xf32>
    %relu3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<4x32x28x28xf32>) outs(%empty2 : tensor<4x32x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<4x32x28x28xf32>
    return %relu3 : tensor<4x32x28x28xf32>
  }
}
