module {
  func.func @main(%arg0: tensor<4x48x28x28xf32>) -> tensor<4x48x28x28xf32> {
    %cst1 = arith.constant 1.0 : f32
    %empty2 = tensor.empty() : tensor<4x48x28x28xf32>
    %sigmoid3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<4x48x28x28xf32>) outs(%empty2 : tensor<4x48x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<4x48x28x28xf32>
    %cst4 = arith.constant 0.0 : f32
    %empty5 = tensor.empty() : tensor<4x48x28x28xf32>
    %relu6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sigmoid3 : tensor<4x48x28x28xf32>) outs(%empty5 : tensor<4x48x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst4 : f32
      linalg.yield %r : f32
    } -> tensor<4x48x28x28xf32>
    %empty7 = tensor.empty() : tensor<4x48x28x28xf32>
    %sigmoid8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu6 : tensor<4x48x28x28xf32>) outs(%empty7 : tensor<4x48x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst1 : f32
      %r = arith.divf %cst1, %den : f32
      linalg.yield %r : f32
    } -> tensor<4x48x28x28xf32>
    %cst9 = arith.constant 0xFF800000 : f32
    %empty10 = tensor.empty() : tensor<4x48x28xf32>
    %init11 = linalg.fill ins(%cst9 : f32) outs(%empty10 : tensor<4x48x28xf32>) -> tensor<4x48x28xf32>
    %max12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sigmoid8 : tensor<4x48x28x28xf32>) outs(%init11 : tensor<4x48x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<4x48x28xf32>
    %empty13 = tensor.empty() : tensor<4x48x28x28xf32>
    %exp14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sigmoid8, %max12 : tensor<4x48x28x28xf32>, tensor<4x48x28xf32>) outs(%empty13 : tensor<4x48x28x28xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<4x48x28x28xf32>
    %empty15 = tensor.empty() : tensor<4x48x28xf32>
    %init16 = linalg.fill ins(%cst4 : f32) outs(%empty15 : tensor<4x48x28xf32>) -> tensor<4x48x28xf32>
    %sum17 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%exp14 : tensor<4x48x28x28xf32>) outs(%init16 : tensor<4x48x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<4x48x28xf32>
    %empty18 = tensor.empty() : tensor<4x48x28x28xf32>
    %softmax19 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%exp14, %sum17 : tensor<4x48x28x28xf32>, tensor<4x48x28xf32>) outs(%empty18 : tensor<4x48x28x28xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<4x48x28x28xf32>
    return %softmax19 : tensor<4x48x28x28xf32>
  }
}
