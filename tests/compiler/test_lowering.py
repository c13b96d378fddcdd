"""In-process evaluation: lowering, JIT, verification against the untransformed
program and numpy, failure kinds, timing and the OpenMP route."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest

from tests.conftest import shared_file
from kernel_cases import (
    SCHEDULE_CASES,
    accumulating_matmul_program,
    add_program,
    matmul_program,
    relu_program,
)
from mlirrl.compiler.results import FailureKind
from mlirrl.compiler.schedule import parse_schedule

pytest.importorskip("mlir.ir")
pytestmark = pytest.mark.mlir

from mlirrl.compiler import lowering  # noqa: E402
from mlirrl.compiler.lowering import EvalOptions, Evaluator, random_arguments  # noqa: E402

# One short round: these tests check correctness, not speed.
QUICK = EvalOptions(rounds=1, warmup_rounds=0, min_round_s=0.001)


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator()


def raw_script(body: str) -> str:
    return (
        "module attributes {transform.with_named_sequence} {\n"
        "  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {\n"
        f"{body}\n"
        "    transform.yield\n"
        "  }\n"
        "}\n"
    )


def structured_fuse_script(tag: str, sizes: list[int]) -> str:
    """`transform.structured.fuse` of the op tagged `tag` (and its fill) with `sizes`."""
    loops = sum(1 for size in sizes if size)
    results = ", ".join(["!transform.any_op"] * (loops + 1))
    return raw_script(
        f'    %op = transform.structured.match attributes{{tag = "{tag}"}} in %root '
        ": (!transform.any_op) -> !transform.any_op\n"
        f"    %tiled, %loops:{loops} = transform.structured.fuse %op tile_sizes {sizes} "
        f": (!transform.any_op) -> ({results})"
    )


# -- every action kind, verified ----------------------------------------------------


@pytest.mark.parametrize("name,make_program,schedule", SCHEDULE_CASES, ids=[case[0] for case in SCHEDULE_CASES])
def test_schedule_verified_against_baseline(evaluator, name, make_program, schedule):
    program = make_program()
    baseline = evaluator.baseline(program, QUICK)
    result = evaluator.evaluate(program, parse_schedule(schedule), QUICK)

    assert baseline.ok, baseline.message
    assert result.ok, result.message
    assert result.verified
    assert result.time_ns > 0
    assert result.checksum == pytest.approx(baseline.checksum, rel=1e-4, abs=1e-3)


def numpy_outputs(program, seed: int = 0) -> np.ndarray:
    """Expected output of the numpy-checkable test kernels, from the same random inputs."""
    arrays = random_arguments(program, seed)
    if program.name.startswith("matmul_accumulate"):
        a, b, c = (array.astype(np.float64) for array in arrays)
        return c + a @ b
    if program.name.startswith("matmul"):
        a, b = (array.astype(np.float64) for array in arrays[:2])
        product = a @ b
        return np.maximum(product, 0.0) if program.name.endswith("relu") else product
    if program.name == "add":
        return arrays[0].astype(np.float64) + arrays[1]
    if program.name == "relu":
        return np.maximum(arrays[0].astype(np.float64), 0.0)
    raise AssertionError(f"no numpy reference for {program.name}")


@pytest.mark.parametrize(
    "make_program,schedule",
    [
        (lambda: matmul_program(64, 48, 32), "op1:T(32,16,8),T(8,16,4),V"),
        (lambda: matmul_program(64, 48, 32, relu=True), "op2:TPF(op1;16,16),V;op1@op2:T(8,16,8),V;op0:V"),
        (lambda: add_program(), "op0:T(8,32),V"),
        (lambda: relu_program(), "op0:TP(16,0),T(4,32),V"),
        (lambda: accumulating_matmul_program(), "op0:T(8,16,4),V"),
    ],
    ids=["matmul", "chain", "add", "relu", "accumulating_matmul"],
)
def test_schedule_checksum_matches_numpy(evaluator, make_program, schedule):
    program = make_program()
    expected = numpy_outputs(program)

    baseline = evaluator.baseline(program, QUICK)
    result = evaluator.evaluate(program, parse_schedule(schedule), QUICK)

    assert baseline.checksum == pytest.approx(float(expected.sum()), rel=1e-4, abs=1e-2)
    assert result.checksum == pytest.approx(float(expected.sum()), rel=1e-4, abs=1e-2)


def test_accumulating_kernel_rounds_reset_outputs(evaluator):
    # Several reps per round on a kernel that adds into its output: the verification
    # run must still see the initial output contents.
    program = accumulating_matmul_program()
    options = EvalOptions(rounds=3, warmup_rounds=1, min_round_s=0.002)

    first = evaluator.evaluate(program, parse_schedule("op0:T(8,16,4),V"), options)
    second = evaluator.evaluate(program, parse_schedule("op0:T(8,16,4),V"), options)

    assert first.ok, first.message
    assert first.details["reps"] > 1
    assert second.ok, second.message
    assert second.checksum == first.checksum


# -- wrong results are caught ---------------------------------------------------


def test_fused_fill_on_reduction_hazard_is_wrong_result():
    from mlirrl.compiler.program import load_program_file

    program = load_program_file(shared_file("hazards", "fuse_fill_on_reduction.mlir"))
    matmul = next(op.tag for op in program.info.ops if op.name == "linalg.matmul")
    evaluator = Evaluator()

    wrong = evaluator.evaluate(program, parse_schedule(""), QUICK, transform_text=structured_fuse_script(matmul, [8, 16, 10]))
    control = evaluator.evaluate(program, parse_schedule(""), QUICK, transform_text=structured_fuse_script(matmul, [8, 16, 0]))

    assert not wrong.ok
    assert wrong.failure is FailureKind.WRONG_RESULT
    assert "differ" in wrong.message
    assert control.ok, control.message
    assert control.verified


def test_fused_fill_on_reduction_generated_is_wrong_result(evaluator):
    program = matmul_program(32, 48, 64)

    wrong = evaluator.evaluate(program, parse_schedule(""), QUICK, transform_text=structured_fuse_script("op1", [16, 16, 16]))
    control = evaluator.evaluate(program, parse_schedule(""), QUICK, transform_text=structured_fuse_script("op1", [16, 16, 0]))

    assert wrong.failure is FailureKind.WRONG_RESULT
    assert control.ok, control.message
    assert control.verified


# -- failure kinds ----------------------------------------------------------------


def test_invalid_schedule_is_schedule_failure(evaluator):
    result = evaluator.evaluate(matmul_program(64, 48, 32), parse_schedule("op1:T(7,16,8)"), QUICK)

    assert result.failure is FailureKind.SCHEDULE
    assert "op1" in result.message


def test_transform_failure_carries_diagnostics(evaluator):
    # Interchange needs a linalg.generic; on the named matmul the interpreter fails.
    script = raw_script(
        '    %op = transform.structured.match attributes{tag = "op1"} in %root : (!transform.any_op) -> !transform.any_op\n'
        "    %i = transform.structured.interchange %op iterator_interchange = [0, 2, 1] "
        ": (!transform.any_op) -> !transform.any_op"
    )
    result = evaluator.evaluate(matmul_program(64, 48, 32), parse_schedule(""), QUICK, transform_text=script)

    assert result.failure is FailureKind.TRANSFORM
    assert "wrong op kind" in result.message


def test_transform_empty_match_fails(evaluator):
    program = matmul_program(64, 48, 32)
    renamed = program.__class__(
        name=program.name, source=program.source, kernel_text=program.kernel_text.replace('"op1"', '"other"'),
        arguments=program.arguments, info=program.info,
    )

    result = evaluator.evaluate(renamed, parse_schedule("op1:T(32,16,8)"), QUICK)

    assert result.failure is FailureKind.TRANSFORM
    assert "greater than 0" in result.message


def test_transform_script_syntax_error(evaluator):
    result = evaluator.evaluate(matmul_program(64, 48, 32), parse_schedule(""), QUICK, transform_text="module {")

    assert result.failure is FailureKind.TRANSFORM
    assert "does not parse" in result.message


def test_lowering_failure_kind(evaluator):
    # A masked vectorization without the mask-lowering patterns fails in bufferization.
    script = raw_script(
        '    %op = transform.structured.match attributes{tag = "op1"} in %root : (!transform.any_op) -> !transform.any_op\n'
        "    %t, %l:3 = transform.structured.tile_using_for %op tile_sizes [24, 16, 8] "
        ": (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)\n"
        "    transform.structured.vectorize %t vector_sizes [24, 16, 8] : !transform.any_op"
    )
    result = evaluator.evaluate(matmul_program(64, 48, 32), parse_schedule(""), QUICK, transform_text=script)

    assert result.failure is FailureKind.LOWERING
    assert "vector.mask" in result.message


def test_unparsable_program_is_parse_failure(evaluator):
    program = add_program()
    broken = program.__class__(
        name="broken", source="<test>", kernel_text=program.kernel_text.replace("linalg.add", "linalg.nonsense"),
        arguments=program.arguments, info=program.info,
    )

    result = evaluator.baseline(broken, QUICK)

    assert result.failure is FailureKind.PARSE
    assert "nonsense" in result.message


# -- results, timing and options -------------------------------------------------


def test_result_details_and_compile_time(evaluator):
    program = matmul_program(64, 48, 32)
    result = evaluator.evaluate(program, parse_schedule("op1:T(32,16,8),V"), EvalOptions(rounds=3, min_round_s=0.002))

    assert result.ok, result.message
    for key in ("parse_s", "transform_s", "lower_s", "jit_s"):
        assert result.details[key] >= 0
    stages = sum(result.details[key] for key in ("parse_s", "transform_s", "lower_s", "jit_s"))
    assert result.compile_s == pytest.approx(stages)
    assert result.details["rounds"] == 3
    assert len(result.details["round_ns"]) == 3
    assert result.details["threads"] == 1
    assert result.details["pipeline"] == "serial"
    assert result.time_ns == pytest.approx(float(np.median(result.details["round_ns"])))
    assert result.details["reps"] * result.time_ns >= 0.5 * 0.002 * 1e9


class CountingLock:
    def __init__(self):
        self.entered = 0
        self.inside = False

    def __enter__(self):
        self.entered += 1
        self.inside = True
        return self

    def __exit__(self, *exc_info):
        self.inside = False
        return False


def test_lock_held_around_timed_rounds(evaluator):
    lock = CountingLock()
    options = EvalOptions(rounds=2, warmup_rounds=1, min_round_s=0.001, lock=lock)

    result = evaluator.evaluate(add_program(), parse_schedule("op0:T(8,32),V"), options)

    assert result.ok, result.message
    assert lock.entered == 1
    assert not lock.inside


def test_default_lock_is_reusable():
    options = EvalOptions()

    with options.lock:
        pass
    with options.lock:
        pass

    assert isinstance(options.lock, contextlib.nullcontext)


def test_random_arguments_deterministic():
    program = matmul_program(16, 16, 16)

    first = random_arguments(program, 0)
    second = random_arguments(program, 0)
    other_seed = random_arguments(program, 1)

    assert all(np.array_equal(a, b) for a, b in zip(first, second))
    assert not np.array_equal(first[0], other_seed[0])
    assert [a.shape for a in first] == [(16, 16)] * 3
    assert first[0].dtype == np.float32


def test_compare_outputs_tolerance_by_dtype():
    expected = [np.ones((4, 4), dtype=np.float32)]
    close = [expected[0] + np.float32(1e-5)]
    far = [expected[0] + np.float32(1e-2)]

    assert lowering.compare_outputs(close, expected, ["f32"], terms=64) is None
    assert lowering.compare_outputs(far, expected, ["f32"], terms=64) is not None
    # The same difference is far over the f64 tolerance.
    assert lowering.compare_outputs([close[0].astype(np.float64)], [expected[0].astype(np.float64)], ["f64"], 64) is not None
    assert lowering.compare_outputs([np.array([1, 2])], [np.array([1, 3])], ["i32"], 1) is not None
    assert lowering.compare_outputs([np.array([np.nan])], [np.array([np.nan])], ["f32"], 1) is None


def test_tuned_matmul_much_faster_than_baseline(evaluator):
    program = matmul_program(256, 256, 256)
    options = EvalOptions(rounds=3, min_round_s=0.02)

    baseline = evaluator.baseline(program, options)
    tuned = evaluator.evaluate(program, parse_schedule("op1:T(64,64,64),T(8,32,4),V"), options)

    assert baseline.ok, baseline.message
    assert tuned.ok, tuned.message
    assert tuned.verified
    assert baseline.time_ns / tuned.time_ns >= 20, (baseline.time_ns, tuned.time_ns)


# -- OpenMP -------------------------------------------------------------------------


def test_parallel_tiling_on_two_threads():
    if lowering.find_openmp_library() is None:
        pytest.skip("the OpenMP runtime libomp.so.5 is not installed")
    evaluator = Evaluator()
    program = matmul_program(64, 48, 32)
    options = EvalOptions(threads=2, rounds=1, warmup_rounds=0, min_round_s=0.001)

    result = evaluator.evaluate(program, parse_schedule("op1:TP(16,16,8),T(8,16,4),V"), options)
    fused = evaluator.evaluate(program, parse_schedule("op1:TPF(op0;16,16,8),T(8,16,4),V;op0@op1:V"), options)

    assert result.ok, result.message
    assert result.verified
    assert result.details["pipeline"] == "openmp"
    assert fused.ok, fused.message
    assert fused.verified


def test_missing_openmp_fails_only_parallel(monkeypatch):
    monkeypatch.setattr(lowering, "find_openmp_library", lambda: None)
    evaluator = Evaluator()
    program = matmul_program(64, 48, 32)
    two_threads = EvalOptions(threads=2, rounds=1, warmup_rounds=0, min_round_s=0.001)

    parallel = evaluator.evaluate(program, parse_schedule("op1:TP(16,16,8),V"), two_threads)
    serial = evaluator.evaluate(program, parse_schedule("op1:T(16,16,8),V"), two_threads)
    parallel_one_thread = evaluator.evaluate(program, parse_schedule("op1:TP(16,16,8),V"), QUICK)

    assert parallel.failure is FailureKind.LOWERING
    assert "libomp.so.5" in parallel.message
    assert serial.ok, serial.message
    assert serial.details["pipeline"] == "serial"
    assert parallel_one_thread.ok, parallel_one_thread.message
