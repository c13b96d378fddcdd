"""Hand-made programs and a fake evaluator for unit tests of the environment's step logic.

The programs carry only the analysis (`ProgramInfo`); their kernel text is a
placeholder, so they must never reach a real compiler.
"""

from __future__ import annotations

from mlirrl.compiler.analysis import PARALLEL, REDUCTION, Access, OpInfo, ProgramInfo
from mlirrl.compiler.program import Program, TensorSpec
from mlirrl.compiler.results import EvalResult, FailureKind
from mlirrl.compiler.schedule import Schedule, validate_schedule

P, R = PARALLEL, REDUCTION


def identity(rank: int) -> Access:
    return Access(tuple(tuple(int(i == j) for j in range(rank)) for i in range(rank)), (0,) * rank)


def make_op(tag, name, index, ranges, iterators, loads, stores, producers=(), consumers=(), vectorizable=True, counts=None):
    return OpInfo(
        tag=tag,
        name=name,
        index=index,
        loop_ranges=tuple(ranges),
        iterator_types=tuple(iterators),
        loads=tuple(loads),
        stores=tuple(stores),
        op_counts=dict(counts or {}),
        vectorizable=vectorizable,
        producers=tuple(producers),
        consumers=tuple(consumers),
    )


def make_program(name: str, ops: list[OpInfo]) -> Program:
    return Program(
        name=name,
        source="<test>",
        kernel_text=f"// placeholder kernel of {name}",
        arguments=(TensorSpec((1,), "f32"),),
        info=ProgramInfo(tuple(ops)),
    )


def fill_matmul_relu(m: int = 64, n: int = 128, k: int = 32, name: str = "fill_matmul_relu") -> Program:
    """op0 = fill(C), op1 = matmul(A, B, op0), op2 = relu(op1)."""
    fill = make_op("op0", "linalg.fill", 0, (m, n), (P, P), [Access((), ())], [identity(2)], consumers=("op1",))
    matmul = make_op(
        "op1", "linalg.matmul", 1, (m, n, k), (P, P, R),
        [Access(((1, 0, 0), (0, 0, 1)), (0, 0)), Access(((0, 0, 1), (0, 1, 0)), (0, 0))],
        [Access(((1, 0, 0), (0, 1, 0)), (0, 0))],
        producers=(("op0", 2),), consumers=("op2",), counts={"add": 1, "mul": 1},
    )
    relu = make_op(
        "op2", "linalg.generic", 2, (m, n), (P, P), [identity(2)], [identity(2)],
        producers=(("op1", 0),), counts={"max": 1},
    )
    return make_program(name, [fill, matmul, relu])


def shared_producer(size: int = 64) -> Program:
    """op0 = exp(x) used by op1 = add(op0, y) and op2 = add(op0, op1)."""
    exp = make_op("op0", "linalg.generic", 0, (size, size), (P, P), [identity(2)], [identity(2)],
                  consumers=("op1", "op2"))
    first = make_op("op1", "linalg.generic", 1, (size, size), (P, P), [identity(2), identity(2)], [identity(2)],
                    producers=(("op0", 0),), consumers=("op2",))
    second = make_op("op2", "linalg.generic", 2, (size, size), (P, P), [identity(2), identity(2)], [identity(2)],
                     producers=(("op0", 0), ("op1", 1)))
    return make_program("shared_producer", [exp, first, second])


def with_unschedulable_ops(max_loops: int = 12) -> Program:
    """A rank-0 op, an op with max_loops + 1 loops and a 1-D op that can be scheduled."""
    scalar = make_op("op0", "linalg.generic", 0, (), (), [], [Access((), ())])
    deep = make_op("op1", "linalg.generic", 1, (2,) * (max_loops + 1), (P,) * (max_loops + 1),
                   [identity(max_loops + 1)], [identity(max_loops + 1)])
    vector = make_op("op2", "linalg.generic", 2, (256,), (P,), [identity(1)], [identity(1)])
    return make_program("unschedulable", [scalar, deep, vector])


class FakeEvaluator:
    """Validates schedules like the service and returns made-up times: the baseline
    takes `baseline_ns`; a schedule takes `baseline_ns / speedup`."""

    def __init__(self, baseline_ns: float = 1000.0, speedup: float = 2.0, fail: FailureKind | None = None,
                 baseline_fails: tuple[str, ...] = ()) -> None:
        self.baseline_ns = baseline_ns
        self.speedup = speedup
        self.fail = fail
        self.baseline_fails = set(baseline_fails)
        self.baseline_calls = 0
        self.evaluated: list[Schedule] = []

    def baseline(self, program: Program) -> EvalResult:
        self.baseline_calls += 1
        if program.name in self.baseline_fails:
            return EvalResult.failed(FailureKind.TIMEOUT, "baseline timed out")
        return EvalResult.success(self.baseline_ns)

    def evaluate(self, program: Program, schedule: Schedule) -> EvalResult:
        self.evaluated.append(schedule)
        validate_schedule(schedule, program.info)
        if self.fail is not None:
            return EvalResult.failed(self.fail, "made-up failure")
        return EvalResult.success(self.baseline_ns / self.speedup, compile_s=0.1, run_s=0.2)

    def close(self) -> None:
        raise AssertionError("the environment must not close an injected evaluator")


def action(config, kind: int, tiling=(), parallel=(), fusion=(), interchange: int = 0) -> dict:
    """An action dict; tile sizes (not indices) per loop, padded with "no tiling"."""
    import numpy as np

    def indices(sizes) -> np.ndarray:
        out = np.zeros(config.max_loops, dtype=np.int64)
        for loop, size in enumerate(sizes):
            out[loop] = config.tile_sizes.index(size)
        return out

    return {
        "type": kind,
        "tiling": indices(tiling),
        "parallel": indices(parallel),
        "fusion": indices(fusion),
        "interchange": interchange,
    }
