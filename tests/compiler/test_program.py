"""Tests of program loading: every accepted input form, the kernel form and bad inputs."""

from __future__ import annotations

import ctypes
import json
import os
import pathlib
import subprocess
import sys

import numpy as np
import pytest

from mlirrl.compiler.program import Program, TensorSpec, load_program, load_program_file
from mlirrl.errors import ProgramError, UnsupportedProgramError
from tests.conftest import shared_file

pytest.importorskip("mlir.ir")

DATA = pathlib.Path(__file__).parent / "data"

LOWERING_PIPELINE = (
    "builtin.module(one-shot-bufferize{bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map},buffer-deallocation-pipeline,canonicalize,cse,"
    "convert-bufferization-to-memref,func.func(lower-vector-mask,"
    "lower-vector-multi-reduction{lowering-strategy=inner-parallel}),convert-linalg-to-loops,"
    "scf-forall-to-parallel,convert-vector-to-scf{full-unroll},lower-affine,convert-scf-to-cf,"
    "expand-strided-metadata,lower-affine,convert-vector-to-llvm{vector-contract-lowering=outerproduct "
    "vector-transpose-lowering=shuffle1d},finalize-memref-to-llvm,convert-math-to-llvm,convert-arith-to-llvm,"
    "convert-index-to-llvm,convert-ub-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,reconcile-unrealized-casts)"
)

NUMPY_TYPES = {"f32": np.float32, "f64": np.float64, "i32": np.int32, "i64": np.int64}


def run_kernel(program: Program, arrays: list[np.ndarray]) -> None:
    """Lower the kernel text, JIT it at O3 and call it on `arrays` (outputs are written in place)."""
    import mlir._mlir_libs
    from mlir import ir
    from mlir.execution_engine import ExecutionEngine
    from mlir.passmanager import PassManager
    from mlir.runtime import get_ranked_memref_descriptor

    site_packages = os.path.dirname(os.path.dirname(mlir._mlir_libs.__file__))
    runner_utils = os.path.join(site_packages, "lib", "libmlir_c_runner_utils.so")
    assert len(arrays) == len(program.arguments)
    with ir.Context():
        module = ir.Module.parse(program.kernel_text)
        PassManager.parse(LOWERING_PIPELINE).run(module.operation)
        engine = ExecutionEngine(module, opt_level=3, shared_libs=[runner_utils])
        descriptors = [ctypes.pointer(ctypes.pointer(get_ranked_memref_descriptor(a))) for a in arrays]
        engine.invoke("kernel", *descriptors)


def random_arguments(program: Program, seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(spec.shape).astype(NUMPY_TYPES[spec.element_type]) for spec in program.arguments]


# ---------------------------------------------------------------------------------
# MLIR-RL benchmark files


def test_benchmark_matmul_kernel_form():
    program = load_program_file(DATA / "bench_matmul.mlir")

    assert program.name == "bench_matmul"
    assert program.source.endswith("bench_matmul.mlir")
    assert program.arguments == (
        TensorSpec((16, 32), "f64", False),
        TensorSpec((32, 8), "f64", False),
        TensorSpec((16, 8), "f64", True),
    )
    text = program.kernel_text
    assert "func.func @kernel(%arg0: memref<16x32xf64>, %arg1: memref<32x8xf64>, %arg2: memref<16x8xf64>)" in text
    assert "llvm.emit_c_interface" in text
    assert "nanoTime" not in text
    assert "printI64" not in text
    assert "func.call" not in text
    assert "torch.debug_module_name" not in text
    assert "bufferization.to_tensor %arg0 restrict :" in text
    assert "bufferization.to_tensor %arg2 restrict writable" in text
    assert "materialize_in_destination %3 in restrict writable %arg2" in text
    assert 'tag = "op0"' in text
    assert program.info.tags == ("op0",)


def test_benchmark_matmul_runs_like_numpy():
    program = load_program_file(DATA / "bench_matmul.mlir")
    a, b, c = random_arguments(program)
    expected = c + a @ b

    run_kernel(program, [a, b, c])

    np.testing.assert_allclose(c, expected, rtol=1e-12, atol=1e-12)


def test_benchmark_sequence_two_results():
    program = load_program_file(DATA / "bench_sequence.mlir")

    # The relu's alloc_tensor init is never read, so the relu result gets a new output.
    # The pooling result goes into its init argument, which moves after the inputs.
    assert [spec.is_output for spec in program.arguments] == [False, False, False, True, True]
    assert program.arguments[3].shape == (1, 4, 8, 8)
    assert program.arguments[4].shape == (1, 4, 4, 4)
    assert "bufferization.alloc_tensor" not in program.kernel_text
    assert [op.name for op in program.info.ops] == [
        "linalg.conv_2d_nchw_fchw",
        "linalg.generic",
        "linalg.pooling_nchw_max",
    ]


def test_benchmark_sequence_runs_correctly():
    program = load_program_file(DATA / "bench_sequence.mlir")
    image, weights, conv_init, relu_out, pool_out = random_arguments(program)
    pool_init = pool_out.copy()

    run_kernel(program, [image, weights, conv_init, relu_out, pool_out])

    conv = conv_init.copy()
    for f in range(4):
        for y in range(8):
            for x in range(8):
                conv[0, f, y, x] += np.sum(image[0, :, y:y + 3, x:x + 3] * weights[f])
    relu = np.maximum(conv, 0)
    pooled = np.maximum(pool_init, relu.reshape(1, 4, 4, 2, 4, 2).max(axis=(3, 5)))
    np.testing.assert_allclose(relu_out, relu, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(pool_out, pooled, rtol=1e-5, atol=1e-5)


def test_benchmark_printing_calls_removed():
    text = """
func.func private @nanoTime() -> i64 attributes {llvm.emit_c_interface}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printFlops(f64)
func.func @main(%a: tensor<4xf32>, %init: tensor<4xf32>) -> (tensor<4xf32>, i64) attributes {llvm.emit_c_interface} {
  %t0 = func.call @nanoTime() : () -> i64
  %r = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  %t1 = func.call @nanoTime() : () -> i64
  %unranked = tensor.cast %r : tensor<4xf32> to tensor<*xf32>
  func.call @printMemrefF32(%unranked) : (tensor<*xf32>) -> ()
  %delta = arith.subi %t1, %t0 : i64
  %flops = arith.uitofp %delta : i64 to f64
  func.call @printFlops(%flops) : (f64) -> ()
  return %r, %delta : tensor<4xf32>, i64
}
"""
    program = load_program(text)

    assert program.arguments == (TensorSpec((4,), "f32", False), TensorSpec((4,), "f32", True))
    for removed in ("func.call", "tensor.cast", "arith.subi", "uitofp", "printFlops", "nanoTime"):
        assert removed not in program.kernel_text


def test_benchmark_json_record_loads():
    path = shared_file("upstream", "ops_10_matmul_10_conv2d.json")
    records = json.loads(path.read_text())
    conv = next(r for r in records.values() if "conv_2d" in r["operation"])

    program = load_program(conv["wrapped_operation"], name="conv", source=str(path))

    assert len(program.info.ops) == 1
    assert program.info.ops[0].family == "conv"
    assert sum(spec.is_output for spec in program.arguments) == 1


# ---------------------------------------------------------------------------------
# torch-mlir output


def test_torch_mlir_file_loads():
    program = load_program_file(DATA / "torch_small.mlir")

    assert program.entry_function == "forward"
    assert program.arguments == (TensorSpec((1, 2, 8, 8), "f32", False), TensorSpec((5, 1), "f32", True))
    names = [op.name for op in program.info.ops]
    assert names[:3] == ["linalg.broadcast", "linalg.conv_2d_nchw_fchw", "linalg.generic"]
    assert "linalg.transpose" in names
    assert "tensor.pad" in program.kernel_text
    assert "dense_resource<torch_tensor_5_torch.float32>" in program.kernel_text
    assert "dialect_resources" in program.kernel_text


def test_kernel_text_reloads_unchanged():
    program = load_program_file(DATA / "torch_small.mlir")

    again = load_program(program.kernel_text, name="again")

    assert again.kernel_text == program.kernel_text
    assert again.fingerprint == program.fingerprint
    assert again.arguments == program.arguments
    assert again.info == program.info


TORCH_EXPORT_SCRIPT = """
import sys
import numpy as np
import torch
from torch_mlir import fx

class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3, padding=1)
        self.linear = torch.nn.Linear(4 * 3 * 3, 6)

    def forward(self, x):
        y = torch.nn.functional.max_pool2d(torch.relu(self.conv(x)), 2)
        return self.linear(y.flatten(1)), y

torch.manual_seed(0)
model = Block().eval()
example = torch.randn(2, 3, 6, 6)
exported = fx.export_and_import(model, example, output_type="linalg-on-tensors")
with torch.no_grad():
    expected = model(example)
folder = sys.argv[1]
np.save(folder + "/input.npy", example.numpy())
np.save(folder + "/expected0.npy", expected[0].numpy())
np.save(folder + "/expected1.npy", expected[1].numpy())
with open(folder + "/block.mlir", "w") as file:
    file.write(str(exported))
"""


def test_torch_export_matches_torch(tmp_path):
    pytest.importorskip("torch_mlir")
    # torch-mlir brings its own LLVM: importing it after the JIT has loaded
    # libmlir_c_runner_utils.so aborts the process (duplicate LLVM command-line
    # options), so the export runs in a child process.
    completed = subprocess.run(
        [sys.executable, "-c", TORCH_EXPORT_SCRIPT, str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert completed.returncode == 0, completed.stderr[-2000:]

    program = load_program_file(tmp_path / "block.mlir")

    assert program.entry_function == "main"
    assert [spec.is_output for spec in program.arguments] == [False, True, True]
    outputs = [np.zeros(spec.shape, np.float32) for spec in program.outputs]
    run_kernel(program, [np.load(tmp_path / "input.npy")] + outputs)
    np.testing.assert_allclose(outputs[0], np.load(tmp_path / "expected0.npy"), rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(outputs[1], np.load(tmp_path / "expected1.npy"), rtol=1e-4, atol=1e-5)


def test_resnet18_loads():
    path = shared_file("upstream", "resnet18.mlir")

    program = load_program_file(path)

    assert program.entry_function == "forward"
    assert program.arguments[0] == TensorSpec((1, 3, 224, 224), "f32", False)
    assert program.arguments[-1] == TensorSpec((1, 1000), "f32", True)
    assert sum(spec.is_output for spec in program.arguments) == 1
    # Its weights are uninitialized alloc_tensor values, which become inputs.
    assert "bufferization.alloc_tensor" not in program.kernel_text
    assert len(program.arguments) > 60
    names = [op.name for op in program.info.ops]
    assert names.count("linalg.conv_2d_nchw_fchw") == 20
    assert names.count("linalg.matmul") == 1
    assert "linalg.pooling_nchw_max" in names
    assert program.info.tags == tuple(f"op{i}" for i in range(len(names)))
    assert "global_seed" not in program.kernel_text
    assert "@main" not in program.kernel_text


def test_lenet_with_weights_loads():
    path = shared_file("upstream", "lenet_with_weights.mlir")

    program = load_program_file(path)

    assert program.entry_function == "forward"
    assert program.arguments == (TensorSpec((1, 10), "f32", True),)
    names = [op.name for op in program.info.ops]
    assert names.count("linalg.conv_2d_nchw_fchw") == 2
    assert names.count("linalg.pooling_nchw_max") == 2
    assert names.count("linalg.matmul") == 3
    assert "dense<" in program.kernel_text


def test_lenet_runs_deterministically():
    program = load_program_file(shared_file("upstream", "lenet_with_weights.mlir"))
    first = np.zeros((1, 10), np.float32)
    second = np.full((1, 10), 7.0, np.float32)

    run_kernel(program, [first])
    run_kernel(program, [second])

    assert np.all(np.isfinite(first))
    np.testing.assert_array_equal(first, second)


# ---------------------------------------------------------------------------------
# Plain functions and entry selection

MATMUL_RELU = """
func.func @{name}(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {{
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<8x4xf32>
  %filled = linalg.fill ins(%zero : f32) outs(%init : tensor<8x4xf32>) -> tensor<8x4xf32>
  %product = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x4xf32>) outs(%filled : tensor<8x4xf32>) -> tensor<8x4xf32>
  %relu = linalg.generic {{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
      iterator_types = ["parallel", "parallel"]}}
      ins(%product : tensor<8x4xf32>) outs(%init : tensor<8x4xf32>) {{
  ^bb0(%x: f32, %o: f32):
    %y = arith.maximumf %x, %zero : f32
    linalg.yield %y : f32
  }} -> tensor<8x4xf32>
  return %relu : tensor<8x4xf32>
}}
"""


def test_plain_function_loads():
    program = load_program(MATMUL_RELU.format(name="compute"), name="mm")

    assert program.name == "mm"
    assert program.source == "<string>"
    assert program.entry_function == "compute"
    assert program.arguments == (
        TensorSpec((8, 16), "f32", False),
        TensorSpec((16, 4), "f32", False),
        TensorSpec((8, 4), "f32", True),
    )
    assert program.info.tags == ("op0", "op1", "op2")
    assert program.inputs == program.arguments[:2]
    assert program.outputs == program.arguments[2:]


def test_plain_function_runs_like_numpy():
    program = load_program(MATMUL_RELU.format(name="compute"))
    a, b, out = random_arguments(program, seed=3)

    run_kernel(program, [a, b, out])

    np.testing.assert_allclose(out, np.maximum(a @ b, 0), rtol=1e-5, atol=1e-5)


def test_private_helper_functions_ignored():
    text = MATMUL_RELU.format(name="compute") + "func.func private @unused(%x: tensor<4xf32>) -> tensor<4xf32> {\n  return %x : tensor<4xf32>\n}\n"

    program = load_program(text)

    assert program.entry_function == "compute"
    assert "@unused" not in program.kernel_text


def test_main_preferred_among_several():
    text = MATMUL_RELU.format(name="other") + MATMUL_RELU.format(name="main")

    program = load_program(text)

    assert program.entry_function == "main"


def test_ambiguous_entry_rejected():
    text = MATMUL_RELU.format(name="first") + MATMUL_RELU.format(name="second")

    with pytest.raises(ProgramError, match=r"several public functions could be the entry \(@first, @second\)"):
        load_program(text, source="two.mlir")


def test_entry_argument_selects_function():
    text = MATMUL_RELU.format(name="first") + MATMUL_RELU.format(name="second")

    program = load_program(text, entry="second")

    assert program.entry_function == "second"


def test_unknown_entry_argument_rejected():
    with pytest.raises(ProgramError, match=r"entry function @nope not found \(functions with a body: @compute\)"):
        load_program(MATMUL_RELU.format(name="compute"), entry="nope")


RETURNS_ARGUMENT_AND_CONSTANT = """
func.func @main(%a: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<2xi32>) {
  %init = tensor.empty() : tensor<4x4xf32>
  %doubled = linalg.add ins(%a, %a : tensor<4x4xf32>, tensor<4x4xf32>) outs(%init : tensor<4x4xf32>) -> tensor<4x4xf32>
  %table = arith.constant dense<[7, 9]> : tensor<2xi32>
  return %doubled, %a, %table : tensor<4x4xf32>, tensor<4x4xf32>, tensor<2xi32>
}
"""


def test_returned_argument_and_constant_copied():
    program = load_program(RETURNS_ARGUMENT_AND_CONSTANT)
    assert program.arguments == (
        TensorSpec((4, 4), "f32", False),
        TensorSpec((4, 4), "f32", True),
        TensorSpec((4, 4), "f32", True),
        TensorSpec((2,), "i32", True),
    )
    a = np.arange(16, dtype=np.float32).reshape(4, 4)
    doubled = np.zeros((4, 4), np.float32)
    copy = np.zeros((4, 4), np.float32)
    table = np.zeros(2, np.int32)

    run_kernel(program, [a, doubled, copy, table])

    np.testing.assert_array_equal(doubled, 2 * a)
    np.testing.assert_array_equal(copy, a)
    np.testing.assert_array_equal(table, [7, 9])


def test_same_result_returned_twice():
    text = """
func.func @main(%a: tensor<4xf32>, %init: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %r = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %r, %r : tensor<4xf32>, tensor<4xf32>
}
"""
    program = load_program(text)

    assert [spec.is_output for spec in program.arguments] == [False, True, True]
    a = np.arange(4, dtype=np.float32)
    first = np.zeros(4, np.float32)
    second = np.zeros(4, np.float32)
    run_kernel(program, [a, first, second])
    np.testing.assert_array_equal(first, 2 * a)
    np.testing.assert_array_equal(second, 2 * a)


def test_memref_linalg_rejected():
    text = """
func.func @main(%a: memref<4x4xf32>, %b: memref<4x4xf32>, %c: memref<4x4xf32>) {
  linalg.matmul ins(%a, %b : memref<4x4xf32>, memref<4x4xf32>) outs(%c : memref<4x4xf32>)
  return
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"uses memref argument 0 in linalg.matmul; use memref arguments only through bufferization.to_tensor"):
        load_program(text)


def test_rank0_generic_tagged():
    program = load_program_file(shared_file("hazards", "rank0_generic.mlir"))

    assert program.info.tags == ("op0", "op1")
    assert program.info.ops[0].loop_ranges == ()
    assert program.arguments == (
        TensorSpec((), "f32", False),
        TensorSpec((64,), "f32", False),
        TensorSpec((64,), "f32", True),
    )


def test_load_is_quiet(capfd):
    load_program(MATMUL_RELU.format(name="compute"))
    with pytest.raises(ProgramError):
        load_program("func.func @f( {")

    captured = capfd.readouterr()
    assert captured.out == ""
    assert captured.err == ""


# ---------------------------------------------------------------------------------
# Bad inputs


def test_parse_error_names_source_and_line():
    text = "func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  %b = arith.bogus %a : tensor<4xf32>\n}\n"

    with pytest.raises(ProgramError, match=r"broken\.mlir: cannot parse the MLIR text: 2:\d+: .*arith\.bogus") as raised:
        load_program(text, source="broken.mlir")
    assert not isinstance(raised.value, UnsupportedProgramError)


@pytest.mark.parametrize("file_name", ["transformer_block.mlir", "cnn.mlir"])
def test_tensorflow_dialect_named(file_name):
    path = shared_file("upstream", file_name)

    with pytest.raises(ProgramError, match=r"uses the dialect 'tf_saved_model', which MLIR does not register") as raised:
        load_program_file(path)
    assert file_name in str(raised.value)
    assert "convert the program to linalg on tensors" in str(raised.value)


def test_unregistered_dialect_named():
    text = 'func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  %b = "mhlo.abs"(%a) : (tensor<4xf32>) -> tensor<4xf32>\n  return %b : tensor<4xf32>\n}\n'

    with pytest.raises(ProgramError, match=r"x\.mlir: uses the dialect 'mhlo'"):
        load_program(text, source="x.mlir")


def test_dynamic_shape_rejected():
    text = """
func.func @main(%a: tensor<?x4xf32>, %init: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %r = linalg.add ins(%a, %a : tensor<?x4xf32>, tensor<?x4xf32>) outs(%init : tensor<?x4xf32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"dyn\.mlir: function @main uses the dynamic shape tensor<\?x4xf32> \(argument 0\); export the program with static shapes"):
        load_program(text, source="dyn.mlir")


@pytest.mark.parametrize("element_type", ["bf16", "f16"])
def test_half_precision_rejected(element_type):
    text = f"""
func.func @main(%a: tensor<4x{element_type}>, %init: tensor<4x{element_type}>) -> tensor<4x{element_type}> {{
  %r = linalg.add ins(%a, %a : tensor<4x{element_type}>, tensor<4x{element_type}>) outs(%init : tensor<4x{element_type}>) -> tensor<4x{element_type}>
  return %r : tensor<4x{element_type}>
}}
"""
    with pytest.raises(UnsupportedProgramError, match=rf"half\.mlir: function @main uses the element type {element_type} .*convert the program to f32 or f64"):
        load_program(text, source="half.mlir")


def test_half_precision_intermediate_rejected():
    text = """
#id = affine_map<(d0) -> (d0)>
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xbf16>
  %h = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%e : tensor<4xbf16>) {
  ^bb0(%x: f32, %o: bf16):
    %y = arith.truncf %x : f32 to bf16
    linalg.yield %y : bf16
  } -> tensor<4xbf16>
  %e2 = tensor.empty() : tensor<4xf32>
  %f = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%h : tensor<4xbf16>) outs(%e2 : tensor<4xf32>) {
  ^bb0(%x: bf16, %o: f32):
    %y = arith.extf %x : bf16 to f32
    linalg.yield %y : f32
  } -> tensor<4xf32>
  return %f : tensor<4xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"element type bf16 in tensor<4xbf16> \(result of tensor.empty"):
        load_program(text)


def test_unsupported_argument_type_rejected():
    text = """
func.func @main(%a: tensor<4xi8>, %init: tensor<4xi8>) -> tensor<4xi8> {
  %r = linalg.add ins(%a, %a : tensor<4xi8>, tensor<4xi8>) outs(%init : tensor<4xi8>) -> tensor<4xi8>
  return %r : tensor<4xi8>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"has an input of type tensor<4xi8>; kernel arguments must have one of the element types f32, f64, i32, i64"):
        load_program(text)


def test_missing_entry_rejected():
    text = "func.func private @helper(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %a : tensor<4xf32>\n}\n"

    with pytest.raises(ProgramError, match=r"lib\.mlir: no public function with a body found"):
        load_program(text, source="lib.mlir")


def test_empty_module_rejected():
    with pytest.raises(ProgramError, match="no public function with a body found"):
        load_program("module {}")


def test_no_linalg_op_rejected():
    text = """
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = arith.addf %a, %a : tensor<4xf32>
  return %r : tensor<4xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"plain\.mlir: function @main contains no linalg op, so there is nothing to schedule"):
        load_program(text, source="plain.mlir")


def test_too_large_rejected():
    with pytest.raises(UnsupportedProgramError, match=r"big\.mlir: the program's tensors take \d+ bytes .* more than the limit of 1000 bytes; use smaller shapes or raise max_bytes"):
        load_program(MATMUL_RELU.format(name="main"), source="big.mlir", max_bytes=1000)


def test_size_limit_counts_arguments_and_created_tensors():
    # 8x16 + 16x4 + 8x4 arguments plus the 8x4 tensor.empty, 4 bytes each.
    total = (8 * 16 + 16 * 4 + 8 * 4 + 8 * 4) * 4

    load_program(MATMUL_RELU.format(name="main"), max_bytes=total)
    with pytest.raises(UnsupportedProgramError):
        load_program(MATMUL_RELU.format(name="main"), max_bytes=total - 1)


def test_scalar_result_rejected():
    text = """
func.func @main(%a: tensor<4xf32>, %init: tensor<4xf32>) -> (tensor<4xf32>, f32) {
  %r = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  %c = arith.constant 1.0 : f32
  return %r, %c : tensor<4xf32>, f32
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"returns a value of type f32 \(result 1\)"):
        load_program(text)


def test_scalar_argument_rejected():
    text = """
func.func @main(%a: tensor<4xf32>, %s: f32) -> tensor<4xf32> {
  %init = tensor.empty() : tensor<4xf32>
  %r = linalg.fill ins(%s : f32) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"has an argument of type f32 \(argument 1\)"):
        load_program(text)


def test_call_to_defined_function_rejected():
    text = """
func.func private @double(%a: tensor<4xf32>) -> tensor<4xf32> {
  %init = tensor.empty() : tensor<4xf32>
  %r = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = func.call @double(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"function @main calls @double; inline the called functions first"):
        load_program(text)


def test_tensor_from_external_call_rejected():
    text = """
func.func private @weights() -> tensor<4xf32>
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %w = func.call @weights() : () -> tensor<4xf32>
  %init = tensor.empty() : tensor<4xf32>
  %r = linalg.add ins(%a, %w : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"computes tensors from the result of a function call"):
        load_program(text)


def test_non_structured_linalg_op_rejected():
    text = """
func.func @main(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %init = tensor.empty() : tensor<4x8xf32>
  %r = linalg.softmax dimension(1) ins(%a : tensor<4x8xf32>) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"op op0 \(linalg.softmax\) is not a structured linalg op"):
        load_program(text)


def test_branches_rejected():
    text = """
func.func @main(%a: tensor<4xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  cf.br ^next
^next:
  %r = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
"""
    with pytest.raises(UnsupportedProgramError, match=r"function @main has 2 blocks; use structured control flow"):
        load_program(text)


def test_missing_file_rejected(tmp_path):
    with pytest.raises(ProgramError, match=r"absent\.mlir: file not found"):
        load_program_file(tmp_path / "absent.mlir")


def test_binary_file_rejected(tmp_path):
    path = tmp_path / "model.mlirbc"
    path.write_bytes(b"ML\xefR\x00\xff\xfe")

    with pytest.raises(ProgramError, match=r"model\.mlirbc: not a UTF-8 text file"):
        load_program_file(path)
