module {
  func.func @main(%arg0: tensor<4x8x15x15xf32>, %arg1: tensor<4x8x15x15xf32>, %arg2: tensor<16x8x3x3xf32>, %arg3: tensor<4x16x13x13xf32>) -> tensor<4x16x11x11xf32> {
    %empty1 = tensor.empty() : tensor<4x8x15x15xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<4x8x15x15xf32>, tensor<4x8x15x15xf32>) outs(%empty1 : tensor<4x8x15x15xf32>) -> tensor<4x8x15x15xf32>
    %cst3 = arith.constant 0.0 : f32
    %empty4 = tensor.empty() : tensor<4x16x13x13xf32>
    %init5 = linalg.fill ins(%cst3 : f32) outs(%empty4 : tensor<4x16x13x13xf32>) -> tensor<4x16x13x13xf32>
    %conv6 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%add2, %arg2 : tensor<4x8x15x15xf32>, tensor<16x8x3x3xf32>) outs(%init5 : tensor<4x16x13x13xf32>) -> tensor<4x16x13x13xf32>
    %cst7 = arith.constant 1.0 : f32
    %empty8 = tensor.empty() : tensor<4x16x13x13xf32>
    %sigmoid9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv6 : tensor<4x16x13x13xf32>) outs(%empty8 : tensor<4x16x13x13xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst7 : f32
      %r = arith.divf %cst7, %den : f32
      linalg.yield %r : f32
    } -> tensor<4x16x13x13xf32>
    %empty10 = tensor.empty() : tensor<4x16x13x13xf32>
    %add11 = linalg.add ins(%sigmoid9, %arg3 : tensor<4x16x13x13xf32>, tensor<4x16x13x13xf32>) outs(%empty10 : tensor<4x16x13x13xf32>) -> tensor<4x16x13x13xf32>
    %cst12 = arith.constant 0xFF800000 : f32
    %empty13 = tensor.empty() : tensor<4x16x11x11xf32>
    %init14 = linalg.fill ins(%cst12 : f32) outs(%empty13 : tensor<4x16x11x11xf32>) -> tensor<4x16x11x11xf32>
    %empty15 = tensor.empty() : tensor<3x3xf32>
    %pool16 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%add11, %empty15 : tensor<4x16x13x13xf32>, tensor<3x3xf32>) outs(%init14 : tensor<4x16x11x11xf32>) -> tensor<4x16x11x11xf32>
    return %pool16 : tensor<4x16x11x11xf32>
  }
}
