module {
  func.func @main(%arg0: tensor<256x100xf64>) -> tensor<256x100xf64> {
    %cst1 = arith.constant 0.0 : f64
    %empty2 = tensor.empty() : tensor<256x100xf64>
    %relu3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<256x100xf64>) outs(%empty2 : tensor<256x100xf64>) {
    ^bb0(%in: f64, %out: f64):
      %r = arith.maximumf %in, %cst1 : f64
      linalg.yield %r : f64
    } -> tensor<256x100xf64>
    return %relu3 : tensor<256x100xf64>
  }
}
