module {
  func.func @main(%arg0: tensor<1x24x7x7xf32>, %arg1: tensor<1x24x7x7xf32>) -> tensor<1x24x7x7xf32> {
    %empty1 = tensor.empty() : tensor<1x24x7x7xf32>
    %add2 = linalg.add ins(%arg0, %arg1 : tensor<1x24x7x7xf32>, tensor<1x24x7x7xf32>) outs(%empty1 : tensor<1x24x7x7xf32>) -> tensor<1x24x7x7xf32>
    %cst3 = arith.constant 0xFF800000 : f32
    %empty4 = tensor.empty() : tensor<1x24x7xf32>
    %init5 = linalg.fill ins(%cst3 : f32) outs(%empty4 : tensor<1x24x7xf32>) -> tensor<1x24x7xf32>
    %max6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%add2 : tensor<1x24x7x7xf32>) outs(%init5 : tensor<1x24x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.maximumf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1x24x7xf32>
    %empty7 = tensor.empty() : tensor<1x24x7x7xf32>
    %exp8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add2, %max6 : tensor<1x24x7x7xf32>, tensor<1x24x7xf32>) outs(%empty7 : tensor<1x24x7x7xf32>) {
    ^bb0(%in: f32, %m: f32, %out: f32):
      %d = arith.subf %in, %m : f32
      %r = math.exp %d : f32
      linalg.yield %r : f32
    } -> tensor<1x24x7x7xf32>
    %cst9 = arith.constant 0.0 : f32
    %empty10 = tensor.empty() : tensor<1x24x7xf32>
    %init11 = linalg.fill ins(%cst9 : f32) outs(%empty10 : tensor<1x24x7xf32>) -> tensor<1x24x7xf32>
    %sum12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%exp8 : tensor<1x24x7x7xf32>) outs(%init11 : tensor<1x24x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %r = arith.addf %in, %out : f32
      linalg.yield %r : f32
    } -> tensor<1x24x7xf32>
    %empty13 = tensor.empty() : tensor<1x24x7x7xf32>
    %softmax14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%exp8, %sum12 : tensor<1x24x7x7xf32>, tensor<1x24x7xf32>) outs(%empty13 : tensor<1x24x7x7xf32>) {
    ^bb0(%in: f32, %s: f32, %out: f32):
      %r = arith.divf %in, %s : f32
      linalg.yield %r : f32
    } -> tensor<1x24x7x7xf32>
    %cst15 = arith.constant 1.0 : f32
    %empty16 = tensor.empty() : tensor<1x24x7x7xf32>
    %sigmoid17 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%softmax14 : tensor<1x24x7x7xf32>) outs(%empty16 : tensor<1x24x7x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst15 : f32
      %r = arith.divf %cst15, %den : f32
      linalg.yield %r : f32
    } -> tensor<1x24x7x7xf32>
    %empty18 = tensor.empty() : tensor<1x24x7x7xf32>
    %sigmoid19 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sigmoid17 : tensor<1x24x7x7xf32>) outs(%empty18 : tensor<1x24x7x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst15 : f32
      %r = arith.divf %cst15, %den : f32
      linalg.yield %r : f32
    } -> tensor<1x24x7x7xf32>
    %empty20 = tensor.empty() : tensor<1x24x7x7xf32>
    %sigmoid21 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sigmoid19 : tensor<1x24x7x7xf32>) outs(%empty20 : tensor<1x24x7x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %neg = arith.negf %in : f32
      %exp = math.exp %neg : f32
      %den = arith.addf %exp, %cst15 : f32
      %r = arith.divf %cst15, %den : f32
      linalg.yield %r : f32
    } -> tensor<1x24x7x7xf32>
    return %sigmoid21 : tensor<1x24x7x7xf32>
  }
}
