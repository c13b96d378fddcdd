module {
  func.func @main(%arg0: tensor<1x8x16x16xf32>, %arg1: tensor<8x8x3x3xf32>) -> tensor<1x8x7x7xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<1x8x14x14xf32>
    %init3 = linalg.fill ins(%cst1 : f32) outs(%empty2 : tensor<1x8x14x14xf32>) -> tensor<1x8x14x14xf32>
    %conv4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 1]> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<1x8x16x16xf32>, tensor<8x8x3x3xf32>) outs(%init3 : tensor<1x8x14x14xf32>) -> tensor<1x8x14x14xf32>
    %empty5 = tensor.empty() : tensor<1x8x14x14xf32>
    %relu6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv4 : tensor<1x8x14x14xf32>) outs(%empty5 : tensor<1x8x14x14xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<1x8x14x14xf32>
    %cst7 = arith.constant 0xFF800000 : f32
    %empty8 = tensor.empty() : tensor<1x8x7x7xf32>
    %init9 = linalg.fill ins(%cst7 : f32) outs(%empty8 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    %empty10 = tensor.empty() : tensor<2x2xf32>
    %pool11 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 2]> : tensor<2xi64>} ins(%relu6, %empty10 : tensor<1x8x14x14xf32>, tensor<2x2xf32>) outs(%init9 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
    return %pool11 : tensor<1x8x7x7xf32>
  }
}
