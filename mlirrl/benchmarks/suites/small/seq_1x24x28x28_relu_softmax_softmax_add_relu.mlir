module {
  func.func @main(%arg0: tensor<1x24x28x28xf32>, %arg1: tensor<1x24x28x28xf32>) -> tensor<1x24x28x28xf32> {
    %cst1 = arith.constant 0.0 : f32
    %empty2 = tensor.empty() : tensor<1x24x28x28xf32>
    %relu3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x24x28x28xf32>) outs(%empty2 : tensor<1x24x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28x28xf32>
    %cst4 = arith.constant 0xFF800000 : f32
    %empty5 = tensor.empty() : tensor<1x24x28xf32>
    %init6 = linalg.fill ins(%cst4 : f32) outs(%empty5 : tensor<1x24x28xf32>) -> tensor<1x24x28xf32>
    %max7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%relu3 : tensor<1x24x28x28xf32>) outs(%init6 : tensor<1x24x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28xf32>
    %empty8 = tensor.empty() : tensor<1x24x28x28xf32>
    %exp9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu3, %max7 : tensor<1x24x28x28xf32>, tensor<1x24x28xf32>) outs(%empty8 : tensor<1x24x28x28xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28x28xf32>
    %empty10 = tensor.empty() : tensor<1x24x28xf32>
    %init11 = linalg.fill ins(%cst1 : f32) outs(%empty10 : tensor<1x24x28xf32>) -> tensor<1x24x28xf32>
    %sum12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%exp9 : tensor<1x24x28x28xf32>) outs(%init11 : tensor<1x24x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28xf32>
    %empty13 = tensor.empty() : tensor<1x24x28x28xf32>
    %softmax14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%exp9, %sum12 : tensor<1x24x28x28xf32>, tensor<1x24x28xf32>) outs(%empty13 : tensor<1x24x28x28xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28x28xf32>
    %empty15 = tensor.empty() : tensor<1x24x28xf32>
    %init16 = linalg.fill ins(%cst4 : f32) outs(%empty15 : tensor<1x24x28xf32>) -> tensor<1x24x28xf32>
    %max17 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%softmax14 : tensor<1x24x28x28xf32>) outs(%init16 : tensor<1x24x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28xf32>
    %empty18 = tensor.empty() : tensor<1x24x28x28xf32>
    %exp19 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%softmax14, %max17 : tensor<1x24x28x28xf32>, tensor<1x24x28xf32>) outs(%empty18 : tensor<1x24x28x28xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28x28xf32>
    %empty20 = tensor.empty() : tensor<1x24x28xf32>
    %init21 = linalg.fill ins(%cst1 : f32) outs(%empty20 : tensor<1x24x28xf32>) -> tensor<1x24x28xf32>
    %sum22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%exp19 : tensor<1x24x28x28xf32>) outs(%init21 : tensor<1x24x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28xf32>
    %empty23 = tensor.empty() : tensor<1x24x28x28xf32>
    %softmax24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%exp19, %sum22 : tensor<1x24x28x28xf32>, tensor<1x24x28xf32>) outs(%empty23 : tensor<1x24x28x28xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28x28xf32>
    %empty25 = tensor.empty() : tensor<1x24x28x28xf32>
    %add26 = linalg.add ins(%softmax24, %arg1 : tensor<1x24x28x28xf32>, tensor<1x24x28x28xf32>) outs(%empty25 : tensor<1x24x28x28xf32>) -> tensor<1x24x28x28xf32>
    %empty27 = tensor.empty() : tensor<1x24x28x28xf32>
    %relu28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add26 : tensor<1x24x28x28xf32>) outs(%empty27 : tensor<1x24x28x28xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %cst1 : f32
      linalg.yield %r : f32
    } -> tensor<1x24x28x28xf32>
    return %relu28 : tensor<1x24x28x28xf32>
  }
}
