// An MLIR-RL benchmark file: @main on tensors, timed with @nanoTime, returning
// the result tensor and the elapsed nanoseconds.
module attributes {torch.debug_module_name = "Net"} {
  func.func private @nanoTime() -> i64 attributes {llvm.emit_c_interface}
  func.func private @printI64(i64)
  func.func @main(%arg0: tensor<16x32xf64>, %arg1: tensor<32x8xf64>, %arg2: tensor<16x8xf64>) -> (tensor<16x8xf64>, i64) attributes {llvm.emit_c_interface} {
    %t0 = func.call @nanoTime() : () -> i64
    %0 = linalg.matmul ins(%arg0, %arg1 : tensor<16x32xf64>, tensor<32x8xf64>) outs(%arg2 : tensor<16x8xf64>) -> tensor<16x8xf64>
    %t1 = func.call @nanoTime() : () -> i64
    %delta = arith.subi %t1, %t0 : i64
    func.call @printI64(%delta) : (i64) -> ()
    return %0, %delta : tensor<16x8xf64>, i64
  }
}
