"""Inputs where MLIR 22.1 aborts or miscompiles, and how mlirrl contains them.

For each hazard, the schedule model rejects the triggering schedule or cannot
express it. Forced through the worker as a raw transform script, the schedule ends
as a clean failure of the right kind, and the parent lives on. The control
schedules give verified results. The hazards:

- `tile_using_forall` on a rank-0 linalg.generic aborts the process.
- `vectorize` with too few vector sizes on a `tensor.insert_slice` aborts the process.
- `structured.fuse` with a non-zero tile on a reduction loop clones the fill into the
  reduction loop, so only the last reduction tile is summed (a silent miscompile).
- `tile_using_forall` with a non-zero tile on a reduction loop races under OpenMP.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from mlirrl.compiler.results import FailureKind
from mlirrl.compiler.schedule import Schedule, parse_schedule, validate_schedule
from mlirrl.compiler.worker import CompilerService
from mlirrl.errors import ScheduleError, UnsupportedProgramError
from tests.compiler.test_worker import match_tag, matmul_program, rank0_program, raw_script
from tests.conftest import shared_file

pytest.importorskip("mlir.ir")
pytestmark = pytest.mark.mlir

ANY = "!transform.any_op"


@pytest.fixture(scope="module")
def service():
    # Two threads, so that scf.forall loops are lowered through OpenMP.
    with CompilerService(threads=2, compile_timeout_s=60) as service:
        yield service


def insert_slice_program(shape: tuple[int, int, int], offset: int) -> str:
    """A rank-3 tensor.insert_slice along the last dimension, followed by a ReLU (op0)
    so that the program has a linalg op to load."""
    d0, d1, d2 = shape
    wide = f"tensor<{d0}x{d1}x{offset + d2}xf32>"
    return textwrap.dedent(f"""
        #id3 = affine_map<(i, j, k) -> (i, j, k)>
        func.func @ins(%a: tensor<{d0}x{d1}x{d2}xf32>, %base: {wide}) -> {wide} {{
          %zero = arith.constant 0.0 : f32
          %r = tensor.insert_slice %a into %base[0, 0, {offset}] [{d0}, {d1}, {d2}] [1, 1, 1]
              : tensor<{d0}x{d1}x{d2}xf32> into {wide}
          %e = tensor.empty() : {wide}
          %y = linalg.generic {{indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}}
              ins(%r : {wide}) outs(%e : {wide}) {{
          ^bb0(%x: f32, %o: f32):
            %m = arith.maximumf %x, %zero : f32
            linalg.yield %m : f32
          }} -> {wide}
          return %y : {wide}
        }}
    """)


def assert_parent_alive(service: CompilerService, program) -> None:
    """The next request after a failure works."""
    assert service.worker.ping() < 5.0
    assert service.worker.baseline(program).ok


def forall_tile_sizes(script: str) -> list[list[int]]:
    found = re.findall(r"tile_using_forall \S+ tile_sizes \[([0-9, ]*)\]", script)
    return [[int(size) for size in sizes.split(",")] for sizes in found]


# ---------------------------------------------------------------------------
# rank-0 linalg.generic + tile_using_forall: process abort


RANK0_CASES = [("shared", None, None), ("generated", 256, "f32"), ("generated", 24, "f64")]


def load_rank0(service: CompilerService, origin: str, length, element_type):
    if origin == "shared":
        return service.load_file(shared_file("hazards", "rank0_generic.mlir"))
    return service.load_text(rank0_program(length, element_type), name=f"rank0_{length}_{element_type}")


@pytest.mark.parametrize("origin,length,element_type", RANK0_CASES)
def test_rank0_forall_rejected(service, origin, length, element_type):
    program = load_rank0(service, origin, length, element_type)
    assert program.info.op("op0").num_loops == 0

    for text in ("op0:TP(4)", "op0:TP()", "op0:T()", "op0:V", "op0:TPF(op1;4)"):
        with pytest.raises(ScheduleError):
            validate_schedule(parse_schedule(text), program.info)
        assert service.evaluate(program, text).failure is FailureKind.SCHEDULE


@pytest.mark.parametrize("origin,length,element_type", RANK0_CASES)
def test_rank0_forall_forced_crashes_cleanly(service, origin, length, element_type):
    program = load_rank0(service, origin, length, element_type)
    script = raw_script(f"""
        {match_tag("op0")}
        %t, %forall = transform.structured.tile_using_forall %op0 tile_sizes [8] : ({ANY}) -> ({ANY}, {ANY})
    """)
    crashes = service.worker.crashes

    result = service.worker.evaluate(program, Schedule(), transform_text=script)

    assert result.failure is FailureKind.CRASH, result.message
    assert service.worker.crashes == crashes + 1
    assert_parent_alive(service, program)


@pytest.mark.parametrize("origin,length,element_type", RANK0_CASES)
def test_rank0_control_verified(service, origin, length, element_type):
    program = load_rank0(service, origin, length, element_type)
    size = program.info.op("op1").loop_ranges[0] // 4

    for text in (f"op0:NT;op1:T({size}),V", f"op1:TP({size})", f"op1:TPF(op0;{size})"):
        result = service.evaluate(program, text)
        assert result.ok, f"{text}: {result.message}"
        assert result.verified


# ---------------------------------------------------------------------------
# tensor.insert_slice + vectorize with too few vector sizes: process abort


def test_insert_slice_shared_file_not_loadable(service):
    # The file has no linalg op, so no schedule can name the insert_slice.
    with pytest.raises(UnsupportedProgramError):
        service.load_file(shared_file("hazards", "insert_slice.mlir"))


INSERT_SLICE_CASES = [((4, 6, 32), 32), ((2, 5, 16), 8), ((8, 3, 12), 4)]


@pytest.mark.parametrize("shape,offset", INSERT_SLICE_CASES)
def test_insert_slice_not_expressible(service, shape, offset):
    program = service.load_text(insert_slice_program(shape, offset), name="insert_slice")

    assert [op.name for op in program.info.ops] == ["linalg.generic"]
    with pytest.raises(ScheduleError):
        validate_schedule(parse_schedule("op1:V"), program.info)


@pytest.mark.parametrize("shape,offset", INSERT_SLICE_CASES)
def test_insert_slice_vectorize_forced_crashes_cleanly(service, shape, offset):
    program = service.load_text(insert_slice_program(shape, offset), name="insert_slice")
    script = raw_script(f"""
        %slice = transform.structured.match ops{{["tensor.insert_slice"]}} in %root : ({ANY}) -> {ANY}
        transform.structured.vectorize %slice vector_sizes [8, 1] : {ANY}
    """)

    result = service.worker.evaluate(program, Schedule(), transform_text=script)

    assert result.failure is FailureKind.CRASH, result.message
    assert_parent_alive(service, program)


@pytest.mark.parametrize("shape,offset", INSERT_SLICE_CASES)
def test_insert_slice_control_verified(service, shape, offset):
    program = service.load_text(insert_slice_program(shape, offset), name="insert_slice")
    d0, d1, _ = shape

    result = service.evaluate(program, f"op0:T({d0},{d1},4),V")

    assert result.ok, result.message
    assert result.verified


# ---------------------------------------------------------------------------
# structured.fuse with a reduction tile: silent miscompile


FUSE_CASES = [("shared", (24, 32, 40), (8, 16, 10)), ("generated", (16, 48, 24), (8, 8, 12)),
              ("generated", (32, 16, 64), (16, 8, 16))]


def load_matmul(service: CompilerService, origin: str, shape, hazard_file: str):
    if origin == "shared":
        return service.load_file(shared_file("hazards", hazard_file))
    m, n, k = shape
    return service.load_text(matmul_program(m, n, k), name=f"matmul_{m}x{n}x{k}")


def fuse_script(sizes: tuple[int, ...]) -> str:
    loops = sum(1 for size in sizes if size)
    results = ", ".join([ANY] * (loops + 1))
    return raw_script(f"""
        {match_tag("op1")}
        %fused, %loops:{loops} = transform.structured.fuse %op1 tile_sizes [{", ".join(map(str, sizes))}] : ({ANY}) -> ({results})
    """)


@pytest.mark.parametrize("origin,shape,sizes", FUSE_CASES)
def test_fuse_reduction_not_expressible(service, origin, shape, sizes):
    program = load_matmul(service, origin, shape, "fuse_fill_on_reduction.mlir")
    text = f"op1:TPF(op0;{','.join(map(str, sizes))})"

    script = service.transform_script(program, text)

    # The model fuses only into the forall over parallel loops; the reduction tile
    # becomes an scf.for outside the fused producer.
    assert "structured.fuse " not in script
    assert forall_tile_sizes(script) == [[sizes[0], sizes[1], 0]]


@pytest.mark.parametrize("origin,shape,sizes", FUSE_CASES)
def test_fuse_reduction_forced_is_wrong_result(service, origin, shape, sizes):
    program = load_matmul(service, origin, shape, "fuse_fill_on_reduction.mlir")

    result = service.worker.evaluate(program, Schedule(), transform_text=fuse_script(sizes))

    assert result.failure is FailureKind.WRONG_RESULT, result.message
    assert_parent_alive(service, program)


@pytest.mark.parametrize("origin,shape,sizes", FUSE_CASES)
def test_fuse_reduction_controls_verified(service, origin, shape, sizes):
    program = load_matmul(service, origin, shape, "fuse_fill_on_reduction.mlir")
    parallel_only = (sizes[0], sizes[1], 0)

    raw = service.worker.evaluate(program, Schedule(), transform_text=fuse_script(parallel_only))
    modeled = service.evaluate(program, f"op1:TPF(op0;{','.join(map(str, sizes))})")

    assert raw.ok, raw.message
    assert raw.verified
    assert modeled.ok, modeled.message
    assert modeled.verified


# ---------------------------------------------------------------------------
# tile_using_forall with a reduction tile: OpenMP race


RACE_CASES = [("shared", (64, 48, 256), (16, 16, 64)), ("generated", (32, 32, 128), (16, 16, 32))]


@pytest.mark.parametrize("origin,shape,sizes", RACE_CASES)
def test_forall_reduction_not_expressible(service, origin, shape, sizes):
    program = load_matmul(service, origin, shape, "forall_on_reduction.mlir")
    text = ",".join(map(str, sizes))

    for schedule in (f"op1:TP({text})", f"op1:TPF(op0;{text})"):
        script = service.transform_script(program, schedule)
        assert forall_tile_sizes(script) == [[sizes[0], sizes[1], 0]], schedule


@pytest.mark.parametrize("origin,shape,sizes", RACE_CASES)
def test_forall_reduction_forced_never_crashes(service, origin, shape, sizes):
    program = load_matmul(service, origin, shape, "forall_on_reduction.mlir")
    script = raw_script(f"""
        {match_tag("op1")}
        %t, %forall = transform.structured.tile_using_forall %op1 tile_sizes [{", ".join(map(str, sizes))}] : ({ANY}) -> ({ANY}, {ANY})
    """)

    result = service.worker.evaluate(program, Schedule(), transform_text=script)

    if result.failure is FailureKind.LOWERING and "OpenMP" in result.message:
        pytest.skip(f"no OpenMP runtime: {result.message}")
    # One run may be right by chance, so only a crash or another failure kind is an error.
    assert (result.ok and result.verified) or result.failure is FailureKind.WRONG_RESULT, result.message
    assert result.details.get("pipeline", "openmp") == "openmp"
    assert_parent_alive(service, program)


@pytest.mark.parametrize("origin,shape,sizes", RACE_CASES)
def test_forall_reduction_control_verified(service, origin, shape, sizes):
    program = load_matmul(service, origin, shape, "forall_on_reduction.mlir")

    result = service.evaluate(program, f"op1:TP({','.join(map(str, sizes))})")

    if result.failure is FailureKind.LOWERING and "OpenMP" in result.message:
        pytest.skip(f"no OpenMP runtime: {result.message}")
    assert result.ok, result.message
    assert result.verified
