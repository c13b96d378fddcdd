"""Tests of the compile-and-run worker process and the compiler service.

Crashes are provoked with raw transform scripts that abort MLIR 22.1 (tile_using_forall
on a rank-0 linalg.generic), timeouts with a kernel that runs for minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import REPO_ROOT, shared_file
from mlirrl.compiler.results import FailureKind
from mlirrl.compiler.schedule import Schedule, parse_schedule
from mlirrl.compiler.worker import CompilerService, CompilerWorker, speedup
from mlirrl.errors import ProgramError, UnsupportedProgramError, WorkerError

pytest.importorskip("mlir.ir")
pytestmark = pytest.mark.mlir

def matmul_program(m: int, n: int, k: int) -> str:
    """A fill (op0) and an m x n x k matmul (op1) on f32 tensors."""
    return textwrap.dedent(f"""
        func.func @matmul(%a: tensor<{m}x{k}xf32>, %b: tensor<{k}x{n}xf32>) -> tensor<{m}x{n}xf32> {{
          %zero = arith.constant 0.0 : f32
          %init = tensor.empty() : tensor<{m}x{n}xf32>
          %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>
          %c = linalg.matmul ins(%a, %b : tensor<{m}x{k}xf32>, tensor<{k}x{n}xf32>)
                             outs(%acc : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>
          return %c : tensor<{m}x{n}xf32>
        }}
    """)


MATMUL_64 = matmul_program(64, 64, 64)


def rank0_program(length: int, element_type: str = "f32") -> str:
    """A rank-0 linalg.generic (op0) whose result is broadcast into a vector (op1)."""
    return textwrap.dedent(f"""
        #scalar = affine_map<() -> ()>
        #identity = affine_map<(i) -> (i)>
        #broadcast = affine_map<(i) -> ()>
        func.func @scale_shift(%s: tensor<{element_type}>, %v: tensor<{length}x{element_type}>) -> tensor<{length}x{element_type}> {{
          %three = arith.constant 3.0 : {element_type}
          %sinit = tensor.empty() : tensor<{element_type}>
          %scaled = linalg.generic {{indexing_maps = [#scalar, #scalar], iterator_types = []}}
              ins(%s : tensor<{element_type}>) outs(%sinit : tensor<{element_type}>) {{
          ^bb0(%x: {element_type}, %o: {element_type}):
            %y = arith.subf %x, %three : {element_type}
            linalg.yield %y : {element_type}
          }} -> tensor<{element_type}>
          %vinit = tensor.empty() : tensor<{length}x{element_type}>
          %out = linalg.generic {{indexing_maps = [#identity, #broadcast, #identity], iterator_types = ["parallel"]}}
              ins(%v, %scaled : tensor<{length}x{element_type}>, tensor<{element_type}>) outs(%vinit : tensor<{length}x{element_type}>) {{
          ^bb0(%a: {element_type}, %b: {element_type}, %o: {element_type}):
            %r = arith.mulf %a, %b : {element_type}
            linalg.yield %r : {element_type}
          }} -> tensor<{length}x{element_type}>
          return %out : tensor<{length}x{element_type}>
        }}
    """)


def raw_script(body: str) -> str:
    """Wrap transform ops (with %root as the payload root) into a transform module."""
    lines = textwrap.indent(textwrap.dedent(body).strip(), "    ")
    return (
        "module attributes {transform.with_named_sequence} {\n"
        "  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {\n"
        f"{lines}\n"
        "    transform.yield\n"
        "  }\n"
        "}\n"
    )


def match_tag(tag: str) -> str:
    return f'%{tag} = transform.structured.match attributes{{tag = "{tag}"}} in %root : (!transform.any_op) -> !transform.any_op'


FORALL_ON_OP0 = raw_script(f"""
    {match_tag("op0")}
    %tiled, %forall = transform.structured.tile_using_forall %op0 tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
""")


@pytest.fixture(scope="module")
def worker():
    with CompilerWorker(compile_timeout_s=60, run_timeout_floor_s=10) as worker:
        yield worker


@pytest.fixture(scope="module")
def matmul(worker):
    return worker.load(MATMUL_64, name="matmul64")


def test_worker_loads_and_evaluates(worker, matmul):
    base = worker.baseline(matmul)
    result = worker.evaluate(matmul, parse_schedule("op1:T(16,16,16),T(8,16,4),V"))

    assert base.ok, base.message
    assert result.ok, result.message
    assert result.verified
    assert result.time_ns > 0
    assert result.compile_s > 0


def test_worker_load_error_raises_program_error(worker):
    with pytest.raises(ProgramError):
        worker.load("func.func @broken(", name="broken")
    with pytest.raises(UnsupportedProgramError):
        worker.load("func.func @empty() { return }", name="empty")
    assert worker.ping() < 1.0


def _crash_and_recover(worker: CompilerWorker, program, next_program) -> None:
    crashes = worker.crashes
    old_pid = worker.pid

    result = worker.evaluate(program, Schedule(), transform_text=FORALL_ON_OP0)

    assert not result.ok
    assert result.failure is FailureKind.CRASH, result.message
    assert "SIGABRT" in result.message or "SIGSEGV" in result.message
    assert worker.crashes == crashes + 1
    after = worker.baseline(next_program)
    assert after.ok, after.message
    assert worker.pid != old_pid


def test_worker_survives_shared_rank0_abort(worker, matmul):
    path = shared_file("hazards", "rank0_generic.mlir")
    program = worker.load(path.read_text(), name="rank0_generic", source=str(path))
    _crash_and_recover(worker, program, matmul)


@pytest.mark.parametrize("length,element_type", [(128, "f32"), (40, "f64")])
def test_worker_survives_generated_rank0_abort(worker, matmul, length, element_type):
    program = worker.load(rank0_program(length, element_type), name=f"rank0_{length}_{element_type}")
    assert program.info.ops[0].num_loops == 0
    _crash_and_recover(worker, program, matmul)


def test_worker_start_failure_raises():
    # A memory limit far below what numpy and MLIR need to load makes the child fail to start.
    with CompilerWorker(memory_limit_bytes=64 << 20, start_timeout_s=60) as tiny:
        with pytest.raises(WorkerError) as raised:
            tiny.load(MATMUL_64)
    assert "start" in str(raised.value)


ENDLESS_MATMUL = matmul_program(4096, 4096, 4096)


def test_worker_times_out_endless_kernel(matmul):
    # The untiled 4096^3 matmul runs for minutes; the limits allow about 4 s.
    with CompilerWorker(compile_timeout_s=3.0, baseline_run_timeout_s=1.0) as worker:
        program = worker.load(ENDLESS_MATMUL, name="endless")

        result = worker.baseline(program)

        assert not result.ok
        assert result.failure is FailureKind.TIMEOUT, result.message
        assert "timed out" in result.message
        assert worker.timeouts == 1
        assert result.compile_s < 30
        small = worker.load(MATMUL_64, name="matmul64")
        assert worker.baseline(small).ok


def test_worker_times_out_slow_compile(matmul):
    # Vectorizing the untiled 64^3 matmul unrolls 262144 vector elements: far over 0.5 s.
    script = raw_script(f"""
        {match_tag("op1")}
        transform.structured.vectorize %op1 : !transform.any_op
    """)
    with CompilerWorker(compile_timeout_s=0.5, run_timeout_floor_s=0.5) as worker:
        program = worker.load(MATMUL_64, name="matmul64")
        worker.compile_timeout_s = 60.0
        assert worker.baseline(program).ok
        worker.compile_timeout_s = 0.5

        result = worker.evaluate(program, Schedule(), transform_text=script)

        assert result.failure is FailureKind.TIMEOUT, result.message
        assert worker.timeouts == 1
        assert worker.ping() < 5.0


def test_worker_recycles_after_requests():
    with CompilerWorker(recycle_after=2) as worker:
        first_pid = worker.pid
        for _ in range(5):
            worker.ping()
        stats = worker.stats()
    assert stats["recycles"] == 2
    assert stats["respawns"] == 2
    assert stats["requests"] == 5
    assert stats["pid"] != first_pid


def test_worker_restart_measures_respawn():
    with CompilerWorker() as worker:
        worker.ping()
        seconds = worker.restart()
        assert worker.ping() < 1.0
    assert 0 < seconds < 60
    assert worker.respawns == 1


def test_worker_reports_transform_failure(worker, matmul):
    script = raw_script(f"""
        {match_tag("op1")}
        %t, %loops:4 = transform.structured.tile_using_for %op1 tile_sizes [8, 8, 8, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    """)
    result = worker.evaluate(matmul, Schedule(), transform_text=script)

    assert result.failure is FailureKind.TRANSFORM, result.message
    assert worker.ping() < 1.0


# ---------------------------------------------------------------------------
# CompilerService


def test_service_caches_evaluations(tmp_cache):
    with CompilerService(cache_path=tmp_cache) as service:
        program = service.load_text(MATMUL_64, name="matmul64")
        first = service.evaluate(program, "op1:T(16,16,16),V")
        second = service.evaluate(program, "op1:T(16,16,16),V")
        ratio = service.speedup(program, "op1:T(16,16,16),V")
        stats = service.stats()

    assert first.ok, first.message
    assert not first.cache_hit
    assert second.cache_hit
    assert second.time_ns == first.time_ns
    assert ratio is not None and ratio > 0
    assert stats["cache"]["hits"] >= 2
    assert stats["worker"]["requests"] == 3  # load, baseline, one evaluation


def test_service_cache_shared_between_services(tmp_cache):
    with CompilerService(cache_path=tmp_cache) as service:
        program = service.load_text(MATMUL_64, name="matmul64")
        first = service.evaluate(program, "op1:T(32,32,32),T(8,16,4),V")
    with CompilerService(cache_path=tmp_cache) as service:
        again = service.evaluate(program, "op1:T(32,32,32),T(8,16,4),V")
        base = service.baseline(program)
        requests = service.worker.requests

    assert again.cache_hit
    assert again.time_ns == first.time_ns
    assert base.cache_hit
    assert requests == 0


def test_service_rejects_invalid_schedule_in_parent(tmp_cache):
    with CompilerService(cache_path=tmp_cache) as service:
        program = service.load_text(MATMUL_64, name="matmul64")
        requests = service.worker.requests
        negative = service.evaluate(program, "op1:T(-8,8,8)")
        rank0 = service.evaluate(program, "op7:V")
        bad_text = service.evaluate(program, "op1:Q(1)")

        assert service.worker.requests == requests
        assert service.stats()["rejected_schedules"] == 3
    for result in (negative, rank0, bad_text):
        assert result.failure is FailureKind.SCHEDULE


def test_service_empty_schedule_is_baseline():
    with CompilerService() as service:
        program = service.load_text(MATMUL_64, name="matmul64")
        base = service.baseline(program)
        empty = service.evaluate(program, "op0:NT;op1:NT")
    assert empty is base


def test_speedup_of_failure_is_none():
    from mlirrl.compiler.results import EvalResult

    base = EvalResult.success(100.0)
    assert speedup(base, EvalResult.success(25.0)) == 4.0
    assert speedup(base, EvalResult.failed(FailureKind.CRASH, "died")) is None


def test_service_parent_imports_no_mlir(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        from mlirrl.compiler.worker import CompilerService
        MATMUL = {MATMUL_64!r}
        if __name__ == "__main__":
            with CompilerService(cache_path={str(tmp_path / "cache.sqlite")!r}) as service:
                program = service.load_text(MATMUL, name="m")
                result = service.evaluate(program, "op1:T(16,16,16),V")
                assert result.ok, result.message
            heavy = [name for name in ("mlir", "ray", "torch") if name in sys.modules]
            assert not heavy, heavy
            print("ok")
    """)
    script = tmp_path / "parent.py"
    script.write_text(code)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    completed = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env, cwd=REPO_ROOT
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"


def test_worker_serializes_threads(worker, matmul):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        round_trips = list(pool.map(lambda _: worker.ping(matmul), range(40)))

    assert len(round_trips) == 40
    assert all(seconds < 5.0 for seconds in round_trips)


def test_service_does_not_cache_timeouts(tmp_cache):
    with CompilerService(cache_path=tmp_cache) as service:
        program = service.load_text(MATMUL_64, name="matmul64")
        service.baseline(program)
        service.worker.compile_timeout_s = 0.001
        timed_out = service.evaluate(program, "op1:T(16,16,16),V")
        service.worker.compile_timeout_s = 60.0
        again = service.evaluate(program, "op1:T(16,16,16),V")

    assert timed_out.failure is FailureKind.TIMEOUT
    assert not again.cache_hit
    assert again.ok, again.message
