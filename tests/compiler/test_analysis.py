"""Tests of the per-op analysis: loop ranges, iterator types, accesses, op counts,
vectorizability and the producer graph."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mlirrl.compiler.analysis import OP_COUNT_KEYS, PARALLEL, REDUCTION, Access, OpInfo, ProgramInfo
from mlirrl.compiler.program import load_program
from mlirrl.errors import UnsupportedProgramError

pytest.importorskip("mlir.ir")

P, R = PARALLEL, REDUCTION


def only_op(text: str) -> OpInfo:
    info = load_program(text).info
    assert len(info.ops) == 1
    return info.ops[0]


def counts(**nonzero: int) -> dict[str, int]:
    result = {key: 0 for key in OP_COUNT_KEYS}
    result.update(nonzero)
    return result


MATMUL = """
func.func @main(%a: tensor<32x64xf32>, %b: tensor<64x16xf32>, %c: tensor<32x16xf32>) -> tensor<32x16xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<32x64xf32>, tensor<64x16xf32>) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %r : tensor<32x16xf32>
}
"""


def test_matmul_features():
    op = only_op(MATMUL)

    assert op.tag == "op0"
    assert op.name == "linalg.matmul"
    assert op.index == 0
    assert op.family == "matmul"
    assert op.loop_ranges == (32, 16, 64)
    assert op.iterator_types == (P, P, R)
    assert op.loads == (
        Access(((1, 0, 0), (0, 0, 1)), (0, 0)),
        Access(((0, 0, 1), (0, 1, 0)), (0, 0)),
    )
    assert op.stores == (Access(((1, 0, 0), (0, 1, 0)), (0, 0)),)
    assert op.op_counts == counts(mul=1, add=1)
    assert op.vectorizable
    assert op.element_type == "f32"
    assert op.producers == ()
    assert op.consumers == ()
    assert op.flops == 32 * 16 * 64 * 2


def test_conv_2d_nchw_fchw_strided():
    op = only_op("""
func.func @main(%x: tensor<2x3x9x9xf64>, %w: tensor<8x3x3x3xf64>, %y: tensor<2x8x4x4xf64>) -> tensor<2x8x4x4xf64> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
      ins(%x, %w : tensor<2x3x9x9xf64>, tensor<8x3x3x3xf64>) outs(%y : tensor<2x8x4x4xf64>) -> tensor<2x8x4x4xf64>
  return %r : tensor<2x8x4x4xf64>
}
""")

    # Loops: n, f, oh, ow, c, kh, kw.
    assert op.family == "conv"
    assert op.loop_ranges == (2, 8, 4, 4, 3, 3, 3)
    assert op.iterator_types == (P, P, P, P, R, R, R)
    image, filters = op.loads
    assert image.matrix == (
        (1, 0, 0, 0, 0, 0, 0),
        (0, 0, 0, 0, 1, 0, 0),
        (0, 0, 2, 0, 0, 1, 0),
        (0, 0, 0, 2, 0, 0, 1),
    )
    assert image.offsets == (0, 0, 0, 0)
    assert filters.matrix == (
        (0, 1, 0, 0, 0, 0, 0),
        (0, 0, 0, 0, 1, 0, 0),
        (0, 0, 0, 0, 0, 1, 0),
        (0, 0, 0, 0, 0, 0, 1),
    )
    assert op.stores[0].matrix == (
        (1, 0, 0, 0, 0, 0, 0),
        (0, 1, 0, 0, 0, 0, 0),
        (0, 0, 1, 0, 0, 0, 0),
        (0, 0, 0, 1, 0, 0, 0),
    )
    assert op.op_counts == counts(mul=1, add=1)
    assert op.vectorizable
    assert op.element_type == "f64"


def test_conv_2d_nhwc_hwcf():
    op = only_op("""
func.func @main(%x: tensor<1x10x10x4xf32>, %w: tensor<3x3x4x8xf32>, %y: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
      ins(%x, %w : tensor<1x10x10x4xf32>, tensor<3x3x4x8xf32>) outs(%y : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  return %r : tensor<1x8x8x8xf32>
}
""")

    # Loops: n, oh, ow, f, kh, kw, c.
    assert op.loop_ranges == (1, 8, 8, 8, 3, 3, 4)
    assert op.iterator_types == (P, P, P, P, R, R, R)
    assert op.loads[0].matrix == (
        (1, 0, 0, 0, 0, 0, 0),
        (0, 1, 0, 0, 1, 0, 0),
        (0, 0, 1, 0, 0, 1, 0),
        (0, 0, 0, 0, 0, 0, 1),
    )
    assert op.loads[1].matrix == (
        (0, 0, 0, 0, 1, 0, 0),
        (0, 0, 0, 0, 0, 1, 0),
        (0, 0, 0, 0, 0, 0, 1),
        (0, 0, 0, 1, 0, 0, 0),
    )
    assert op.vectorizable


def test_pooling_nchw_max():
    op = only_op("""
func.func @main(%x: tensor<1x4x8x8xf32>, %y: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %window = tensor.empty() : tensor<2x2xf32>
  %r = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
      ins(%x, %window : tensor<1x4x8x8xf32>, tensor<2x2xf32>) outs(%y : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}
""")

    # Loops: n, c, oh, ow, kh, kw; the input row for oh is `d2 * 2 + d4`.
    assert op.family == "pooling"
    assert op.loop_ranges == (1, 4, 4, 4, 2, 2)
    assert op.iterator_types == (P, P, P, P, R, R)
    assert op.loads[0].matrix[2] == (0, 0, 2, 0, 1, 0)
    assert op.loads[0].matrix[3] == (0, 0, 0, 2, 0, 1)
    assert op.loads[1].matrix == ((0, 0, 0, 0, 1, 0), (0, 0, 0, 0, 0, 1))
    assert op.op_counts == counts(max=1)
    assert op.vectorizable


ELEMENTWISE_NAMED = """
func.func @main(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = linalg.add ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>) outs(%c : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
"""

ELEMENTWISE_GENERIC = """
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>) outs(%c : tensor<4x8xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
"""


@pytest.mark.parametrize("text", [ELEMENTWISE_NAMED, ELEMENTWISE_GENERIC], ids=["named", "generic"])
def test_elementwise_add(text):
    op = only_op(text)

    identity = Access(((1, 0), (0, 1)), (0, 0))
    assert op.loop_ranges == (4, 8)
    assert op.iterator_types == (P, P)
    assert op.loads == (identity, identity)
    assert op.stores == (identity,)
    assert op.op_counts == counts(add=1)
    assert op.vectorizable


def test_named_add_family():
    assert only_op(ELEMENTWISE_NAMED).family == "add"
    assert only_op(ELEMENTWISE_GENERIC).family == "generic"


RELU = """
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @main(%x: tensor<2x3x4x5xf64>, %y: tensor<2x3x4x5xf64>) -> tensor<2x3x4x5xf64> {
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<2x3x4x5xf64>) outs(%y : tensor<2x3x4x5xf64>) {
  ^bb0(%in: f64, %out: f64):
    %zero = arith.constant 0.0 : f64
    %positive = arith.cmpf ugt, %in, %zero : f64
    %value = arith.select %positive, %in, %zero : f64
    linalg.yield %value : f64
  } -> tensor<2x3x4x5xf64>
  return %r : tensor<2x3x4x5xf64>
}
"""


def test_relu_generic():
    op = only_op(RELU)

    assert op.loop_ranges == (2, 3, 4, 5)
    assert op.iterator_types == (P, P, P, P)
    assert op.op_counts == counts(cmp=1, select=1)
    assert op.vectorizable
    assert op.element_type == "f64"


FILL_MATMUL_RELU = """
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<8x4xf32>
  %filled = linalg.fill ins(%zero : f32) outs(%init : tensor<8x4xf32>) -> tensor<8x4xf32>
  %product = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x4xf32>) outs(%filled : tensor<8x4xf32>) -> tensor<8x4xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%product : tensor<8x4xf32>) outs(%init : tensor<8x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.maximumf %x, %zero : f32
    linalg.yield %y : f32
  } -> tensor<8x4xf32>
  return %relu : tensor<8x4xf32>
}
"""


def test_fill_matmul_relu_graph():
    info = load_program(FILL_MATMUL_RELU).info
    fill, matmul, relu = info.ops

    assert info.tags == ("op0", "op1", "op2")
    assert [op.index for op in info.ops] == [0, 1, 2]
    assert fill.name == "linalg.fill"
    assert fill.producers == ()
    assert fill.consumers == ("op1",)
    assert matmul.producers == (("op0", 2),)
    assert matmul.consumers == ("op2",)
    assert relu.producers == (("op1", 0),)
    assert relu.consumers == ()
    assert info.op("op1") is matmul


def test_fill_features():
    fill = load_program(FILL_MATMUL_RELU).info.ops[0]

    assert fill.family == "fill"
    assert fill.loop_ranges == (8, 4)
    assert fill.iterator_types == (P, P)
    # The scalar fill value is a rank-0 load.
    assert fill.loads == (Access((), ()),)
    assert fill.stores == (Access(((1, 0), (0, 1)), (0, 0)),)
    assert fill.op_counts == counts()
    assert fill.vectorizable


def test_relu_generic_max_counted():
    relu = load_program(FILL_MATMUL_RELU).info.ops[2]

    assert relu.op_counts == counts(max=1)


RANK0 = """
#scalar = affine_map<() -> ()>
#id1 = affine_map<(i) -> (i)>
#bc1 = affine_map<(i) -> ()>
func.func @payload(%s: tensor<f32>, %v: tensor<64xf32>) -> tensor<64xf32> {
  %two = arith.constant 2.0 : f32
  %sinit = tensor.empty() : tensor<f32>
  %scaled = linalg.generic {indexing_maps = [#scalar, #scalar], iterator_types = []}
      ins(%s : tensor<f32>) outs(%sinit : tensor<f32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %two : f32
    linalg.yield %y : f32
  } -> tensor<f32>
  %vinit = tensor.empty() : tensor<64xf32>
  %sum = linalg.generic {indexing_maps = [#id1, #bc1, #id1], iterator_types = ["parallel"]}
      ins(%v, %scaled : tensor<64xf32>, tensor<f32>) outs(%vinit : tensor<64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  return %sum : tensor<64xf32>
}
"""


def test_rank0_generic():
    info = load_program(RANK0).info
    scalar, vector = info.ops

    assert scalar.loop_ranges == ()
    assert scalar.iterator_types == ()
    assert scalar.num_loops == 0
    assert scalar.loads == (Access((), ()),)
    assert scalar.stores == (Access((), ()),)
    assert scalar.op_counts == counts(mul=1)
    assert not scalar.vectorizable
    assert scalar.flops == 1
    assert vector.loop_ranges == (64,)
    assert vector.loads == (Access(((1,),), (0,)), Access((), ()))
    assert vector.producers == (("op0", 1),)
    assert scalar.consumers == ("op1",)
    assert vector.vectorizable


def test_access_constants_and_strides():
    op = only_op("""
#in = affine_map<(d0, d1, d2) -> (d0 + 3, d1 * 2 + d2, 0)>
#window = affine_map<(d0, d1, d2) -> (d2)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @main(%x: tensor<12x20x1xf32>, %w: tensor<3xf32>, %y: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %r = linalg.generic {indexing_maps = [#in, #window, #out], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<12x20x1xf32>, tensor<3xf32>) outs(%y : tensor<8x8xf32>) {
  ^bb0(%in: f32, %weight: f32, %acc: f32):
    %p = arith.mulf %in, %weight : f32
    %s = arith.addf %p, %acc : f32
    linalg.yield %s : f32
  } -> tensor<8x8xf32>
  return %r : tensor<8x8xf32>
}
""")

    assert op.loads == (
        Access(((1, 0, 0), (0, 2, 1), (0, 0, 0)), (3, 0, 0)),
        Access(((0, 0, 1),), (0,)),
    )
    assert op.stores == (Access(((1, 0, 0), (0, 1, 0)), (0, 0)),)
    assert op.iterator_types == (P, P, R)
    assert op.loop_ranges == (8, 8, 3)
    assert op.op_counts == counts(mul=1, add=1)
    assert not op.vectorizable


def test_negative_offset_and_coefficient():
    op = only_op("""
#in = affine_map<(d0, d1) -> (d0 * -1 + 7, d1 + 1)>
#out = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<8x9xf32>, %y: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<8x9xf32>) outs(%y : tensor<8x8xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  } -> tensor<8x8xf32>
  return %r : tensor<8x8xf32>
}
""")

    assert op.loads == (Access(((-1, 0), (0, 1)), (7, 1)),)
    assert not op.vectorizable


def test_broadcast_zero_index_vectorizable():
    op = only_op("""
#in = affine_map<(d0, d1) -> (0, d1)>
#out = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<1x8xf32>, %y: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<1x8xf32>) outs(%y : tensor<4x8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %e = math.exp %in : f32
    linalg.yield %e : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
""")

    assert op.loads == (Access(((0, 0), (0, 1)), (0, 0)),)
    assert op.op_counts == counts(exp=1)
    assert op.vectorizable


def test_floordiv_access_not_vectorizable():
    op = only_op("""
#in = affine_map<(d0, d1) -> (d0 floordiv 2, d1)>
#out = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<4x8xf32>, %y: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%y : tensor<8x8xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  } -> tensor<8x8xf32>
  return %r : tensor<8x8xf32>
}
""")

    assert op.loads[0].matrix == ((1, 0), (0, 1))
    assert op.loop_ranges == (8, 8)
    assert not op.vectorizable


def test_generic_reduction_iterators():
    op = only_op("""
#in = affine_map<(d0, d1) -> (d0, d1)>
#out = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<4x8xi32>, %y: tensor<4xi32>) -> tensor<4xi32> {
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x8xi32>) outs(%y : tensor<4xi32>) {
  ^bb0(%in: i32, %acc: i32):
    %m = arith.maxsi %in, %acc : i32
    linalg.yield %m : i32
  } -> tensor<4xi32>
  return %r : tensor<4xi32>
}
""")

    assert op.iterator_types == (P, R)
    assert op.op_counts == counts(max=1)
    assert op.element_type == "i32"
    assert op.vectorizable


def test_generic_with_nested_region_not_vectorizable():
    op = only_op("""
#id = affine_map<(d0) -> (d0)>
func.func @main(%x: tensor<8xf32>, %y: tensor<8xf32>) -> tensor<8xf32> {
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%y : tensor<8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %c = arith.cmpf olt, %in, %zero : f32
    %v = scf.if %c -> f32 {
      %n = arith.negf %in : f32
      scf.yield %n : f32
    } else {
      scf.yield %in : f32
    }
    linalg.yield %v : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
""")

    # scf.if and scf.yield count as "other", and so does the nested negf.
    assert op.op_counts == counts(cmp=1, other=4)
    assert not op.vectorizable


def test_transpose_and_broadcast_named_ops():
    info = load_program("""
func.func @main(%x: tensor<4x8xf32>, %b: tensor<8xf32>) -> (tensor<8x4xf32>, tensor<3x8xf32>) {
  %t0 = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%t0 : tensor<8x4xf32>) permutation = [1, 0]
  %b0 = tensor.empty() : tensor<3x8xf32>
  %bc = linalg.broadcast ins(%b : tensor<8xf32>) outs(%b0 : tensor<3x8xf32>) dimensions = [0]
  return %t, %bc : tensor<8x4xf32>, tensor<3x8xf32>
}
""").info
    transpose, broadcast = info.ops

    assert transpose.loop_ranges == (8, 4)
    assert transpose.loads == (Access(((0, 1), (1, 0)), (0, 0)),)
    assert transpose.vectorizable
    assert broadcast.loop_ranges == (3, 8)
    assert broadcast.loads == (Access(((0, 1),), (0,)),)
    assert broadcast.vectorizable


def test_conv_3d_not_vectorizable():
    op = only_op("""
func.func @main(%x: tensor<1x4x6x6x4xf32>, %w: tensor<2x2x2x4x8xf32>, %y: tensor<1x3x5x5x8xf32>) -> tensor<1x3x5x5x8xf32> {
  %r = linalg.conv_3d_ndhwc_dhwcf {dilations = dense<1> : vector<3xi64>, strides = dense<1> : vector<3xi64>}
      ins(%x, %w : tensor<1x4x6x6x4xf32>, tensor<2x2x2x4x8xf32>) outs(%y : tensor<1x3x5x5x8xf32>) -> tensor<1x3x5x5x8xf32>
  return %r : tensor<1x3x5x5x8xf32>
}
""")

    assert op.family == "conv"
    assert not op.vectorizable


def test_analyze_module_reads_only_tagged_ops():
    from mlir import ir

    from mlirrl.compiler.analysis import analyze_module

    with ir.Context():
        module = ir.Module.parse(FILL_MATMUL_RELU)
        body = module.body.operations[0].regions[0].blocks[0]
        fill, matmul, relu = [op.operation for op in body.operations if op.operation.name.startswith("linalg.")]
        matmul.attributes["tag"] = ir.StringAttr.get("mm")
        relu.attributes["tag"] = ir.StringAttr.get("act")

        info = analyze_module(module)

    assert info.tags == ("mm", "act")
    assert info.op("mm").producers == ()
    assert info.op("act").producers == (("mm", 0),)


def test_program_info_dict_round_trip():
    info = load_program(FILL_MATMUL_RELU).info

    assert ProgramInfo.from_dict(info.to_dict()) == info


def test_resnet18_features():
    from mlirrl.compiler.program import load_program_file
    from tests.conftest import shared_file

    info = load_program_file(shared_file("upstream", "resnet18.mlir")).info

    first_conv = next(op for op in info.ops if op.name == "linalg.conv_2d_nchw_fchw")
    assert first_conv.loop_ranges == (1, 64, 112, 112, 3, 7, 7)
    assert first_conv.loads[0].matrix[2] == (0, 0, 2, 0, 0, 1, 0)
    matmul = next(op for op in info.ops if op.name == "linalg.matmul")
    assert matmul.loop_ranges == (1, 1000, 512)
    assert all(op.loop_ranges for op in info.ops)
    for op in info.ops:
        for producer, operand in op.producers:
            assert op.tag in info.op(producer).consumers
            assert 0 <= operand < len(op.operand_accesses)


def test_analysis_imports_without_mlir():
    code = (
        "import sys\n"
        "import mlirrl.compiler.analysis, mlirrl.compiler.program\n"
        "assert not any(name == 'mlir' or name.startswith('mlir.') for name in sys.modules), 'mlir imported'\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)

    assert completed.returncode == 0, completed.stderr
