"""Compiler crashes and timeouts cost one failed evaluation and a worker respawn.

Raw transform scripts or programs force each kind of death of the compile worker.
The kinds are an MLIR abort, a segfault of the generated code, the address-space
limit hit in MLIR or in Python, and a kernel that runs for minutes.
Each test checks the typed failure, the worker's counters, the log line that names
the program and the schedule, and that the next request succeeds. Run with `-s` to
see the measured respawn times."""

from __future__ import annotations

import logging
import time

import numpy as np
import pytest

from mlirrl.compiler.results import FailureKind
from mlirrl.compiler.schedule import Schedule, parse_schedule
from mlirrl.compiler.worker import CompilerService, CompilerWorker
from tests.reliability.programs import (
    FORALL_ON_OP0,
    RANK0_PROGRAM,
    SEGFAULT_PROGRAM,
    VECTORIZE_OP1,
    good_text,
    matmul_program,
)

pytestmark = pytest.mark.mlir
pytest.importorskip("mlir.ir")

# A fresh worker is ready in about 0.4 s on 2 cores; 10 s means it is stuck.
MAX_RESPAWN_S = 10.0
WORKER_LOGGER = "mlirrl.compiler.worker"


def worker_log_lines(caplog, word: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == WORKER_LOGGER and word in r.getMessage()]


def check_recovered(worker: CompilerWorker, old_pid: int | None) -> float:
    """Check that the next request runs on a fresh child; return its respawn time in seconds."""
    small = worker.load(good_text(), name="matmul_64_64_64")
    assert worker.baseline(small).ok
    assert worker.pid != old_pid
    assert worker.respawns >= 1
    assert 0 < worker.last_start_s < MAX_RESPAWN_S
    return worker.last_start_s


# name: (program text, raw transform script or None for the baseline, worker options,
#        expected failure kind, words of the failure message)
CRASHES = {
    "abort_forall_on_rank0": (RANK0_PROGRAM, FORALL_ON_OP0, {}, FailureKind.CRASH, "SIGABRT"),
    "segfault_in_kernel": (SEGFAULT_PROGRAM, None, {}, FailureKind.CRASH, "SIGSEGV"),
    # Vectorizing the untiled 128^3 matmul needs several GiB; the limit ends it in about 3 s.
    "memory_limit_in_mlir": (matmul_program(128, 128, 128), VECTORIZE_OP1, {"memory_limit_bytes": 1 << 30},
                             FailureKind.CRASH, "died by"),
    # numpy cannot create the 256 MiB inputs under a 1 GiB limit (MemoryError in the child).
    "memory_limit_in_python": (matmul_program(8192, 8192, 8192), None, {"memory_limit_bytes": 1 << 30},
                               FailureKind.CRASH, "ran out of memory"),
    # The untiled 4096^3 matmul runs for minutes; the limits allow about 4 s.
    "endless_kernel": (matmul_program(4096, 4096, 4096), None, {"compile_timeout_s": 3.0, "baseline_run_timeout_s": 1.0},
                       FailureKind.TIMEOUT, "timed out"),
}


@pytest.mark.parametrize("case", sorted(CRASHES))
def test_worker_survives(case, caplog):
    text, script, options, kind, words = CRASHES[case]
    caplog.set_level(logging.WARNING, logger=WORKER_LOGGER)

    with CompilerWorker(**{"compile_timeout_s": 60.0, **options}) as worker:
        program = worker.load(text, name=case, max_bytes=8 << 30)
        old_pid = worker.pid
        started = time.perf_counter()
        if script is None:
            result = worker.baseline(program)
        else:
            result = worker.evaluate(program, Schedule(), transform_text=script)
        failed_after = time.perf_counter() - started
        stats = worker.stats()
        respawn_s = check_recovered(worker, old_pid)

    assert not result.ok
    assert result.failure is kind, result.message
    assert words in result.message
    counter = "timeouts" if kind is FailureKind.TIMEOUT else "crashes"
    assert stats[counter] == 1
    assert stats["respawns"] == 1
    lines = worker_log_lines(caplog, f"program {case}")
    assert len(lines) == 1, lines
    print(f"\nmeasured: {case}: failed after {failed_after:.2f} s, respawn {respawn_s:.2f} s")


def test_timeout_log_names_schedule(caplog):
    # A real schedule: tiling the 4096^3 matmul compiles fast, but the verification
    # run needs the untiled reference output, which takes minutes.
    caplog.set_level(logging.WARNING, logger=WORKER_LOGGER)
    schedule = parse_schedule("op1:T(64,64,64)")

    with CompilerWorker(compile_timeout_s=3.0, baseline_run_timeout_s=1.0) as worker:
        program = worker.load(matmul_program(4096, 4096, 4096), name="endless_tiled")
        started = time.perf_counter()
        result = worker.evaluate(program, schedule)
        elapsed = time.perf_counter() - started
        timeouts = worker.timeouts
        check_recovered(worker, None)

    assert result.failure is FailureKind.TIMEOUT, result.message
    assert timeouts == 1
    assert elapsed < 30
    lines = worker_log_lines(caplog, "timed out")
    assert len(lines) == 1, lines
    assert "program endless_tiled" in lines[0]
    assert "schedule op1:T(64,64,64)" in lines[0]


def test_service_counts_crash(tmp_cache):
    with CompilerService(cache_path=tmp_cache, compile_timeout_s=60.0) as service:
        program = service.load_text(RANK0_PROGRAM, name="rank0")
        crashed = service.worker.evaluate(program, Schedule(), transform_text=FORALL_ON_OP0)
        after = service.evaluate(program, "op1:T(8)")
        stats = service.stats()

    assert crashed.failure is FailureKind.CRASH
    assert after.ok, after.message
    assert stats["worker"]["crashes"] == 1
    assert stats["worker"]["respawns"] == 1
    assert stats["worker"]["respawn_s"] < MAX_RESPAWN_S


# ---------------------------------------------------------------------------
# Crashes inside environment episodes


class ForcedFailureService:
    """A compiler service whose evaluations of one program run a raw transform script
    (for example one that aborts MLIR) in place of the schedule the env built."""

    def __init__(self, service: CompilerService, program_name: str, script: str, compile_timeout_s: float | None = None):
        self.service = service
        self.program_name = program_name
        self.script = script
        self.compile_timeout_s = compile_timeout_s
        self.forced = 0

    def load_file(self, path):
        return self.service.load_file(path)

    def baseline(self, program):
        return self.service.baseline(program)

    def evaluate(self, program, schedule):
        if program.name != self.program_name:
            return self.service.evaluate(program, schedule)
        self.forced += 1
        worker = self.service.worker
        saved = worker.compile_timeout_s, worker.run_timeout_floor_s
        if self.compile_timeout_s is not None:
            worker.compile_timeout_s = worker.run_timeout_floor_s = self.compile_timeout_s
        try:
            return worker.evaluate(program, Schedule(), transform_text=self.script)
        finally:
            worker.compile_timeout_s, worker.run_timeout_floor_s = saved


def run_random_episode(env, rng, benchmark: str) -> tuple[float, dict]:
    from envs.random_policy import sample_masked_action

    observation, _ = env.reset(options={"benchmark": benchmark})
    while True:
        action = sample_masked_action(observation["action_mask"], rng, env.space_config)
        observation, reward, terminated, truncated, info = env.step(action)
        if terminated or truncated:
            return reward, info


def first_evaluated_episode(env, rng, benchmark: str) -> tuple[float, dict]:
    """Run random episodes until one builds a non-empty schedule (an empty one is not compiled)."""
    for _ in range(30):
        reward, info = run_random_episode(env, rng, benchmark)
        if info["schedule_key"]:
            return reward, info
    pytest.fail(f"30 random episodes of {benchmark} built only empty schedules")


FORCED = {
    # name: (program text, raw script, compile timeout in seconds, expected failure kind)
    "crash": (RANK0_PROGRAM, FORALL_ON_OP0, None, "crash"),
    # Vectorizing the untiled 64^3 matmul takes far over 0.5 s to compile.
    "timeout": (matmul_program(64, 64, 64), VECTORIZE_OP1, 0.5, "timeout"),
}


@pytest.mark.parametrize("kind", sorted(FORCED))
def test_env_episode_failure_then_next_episode(kind, tmp_path, caplog):
    import envs

    text, script, timeout_s, expected = FORCED[kind]
    caplog.set_level(logging.WARNING, logger=WORKER_LOGGER)
    with CompilerService(cache_path=tmp_path / "cache.sqlite", compile_timeout_s=30.0, run_timeout_floor_s=10.0) as service:
        bad = service.load_text(text, name=f"forced_{kind}")
        good = service.load_text(good_text("relu_64_64.mlir"), name="relu_64_64")
        forced = ForcedFailureService(service, bad.name, script, compile_timeout_s=timeout_s)
        env = envs.ScheduleEnv(programs=[bad, good], evaluator=forced, seed=0, failure_penalty=-5.0)
        rng = np.random.default_rng(0)
        try:
            reward, info = first_evaluated_episode(env, rng, bad.name)
            good_reward, good_info = first_evaluated_episode(env, rng, good.name)
            stats = env.stats()
        finally:
            env.close()
        worker_stats = service.worker.stats()

    assert info["failure"] == expected, info["message"]
    assert reward == -5.0
    assert info["speedup"] is None
    assert good_info["failure"] is None, good_info["message"]
    assert np.isfinite(good_reward)
    assert stats[f"failure_{expected}"] == 1
    assert forced.forced == 1
    assert worker_stats["crashes" if expected == "crash" else "timeouts"] == 1
    assert worker_stats["respawns"] == 1
    assert len(worker_log_lines(caplog, f"program forced_{kind}")) == 1


def test_env_drops_benchmark_whose_baseline_crashes(tmp_path, caplog):
    import envs

    caplog.set_level(logging.WARNING)
    with CompilerService(compile_timeout_s=30.0) as service:
        segfault = service.load_text(SEGFAULT_PROGRAM, name="segfault")
        good = service.load_text(good_text("relu_64_64.mlir"), name="relu_64_64")
        env = envs.ScheduleEnv(programs=[segfault, good], evaluator=service, seed=0)
        rng = np.random.default_rng(0)
        try:
            _, first = first_evaluated_episode(env, rng, "relu_64_64")
            for _ in range(4):
                _, info = env.reset()
                assert info["benchmark"] == "relu_64_64"
            stats = env.stats()
        finally:
            env.close()

    assert first["failure"] is None
    assert "segfault" in stats["dropped_benchmarks"]
    assert "baseline failed (crash)" in stats["dropped_benchmarks"]["segfault"]
    assert service.worker.crashes == 1


def test_metrics_callback_counts_failures():
    from ray.rllib.utils.metrics.metrics_logger import MetricsLogger

    from mlirrl.ppo import MetricsCallback, summarize_result

    class FakeEpisode:
        def __init__(self, info):
            self.info = info

        def get_infos(self):
            return [{}, self.info]

    callback = MetricsCallback()
    metrics = MetricsLogger()
    finals = [
        {"speedup": None, "failure": "crash", "cache_hit": False, "compile_s": 0.1, "run_s": 0.0},
        {"speedup": None, "failure": "timeout", "cache_hit": False, "compile_s": 3.0, "run_s": 0.0},
        {"speedup": None, "failure": "crash", "cache_hit": True, "compile_s": 0.0, "run_s": 0.0},
        {"speedup": 2.0, "failure": None, "cache_hit": False, "compile_s": 0.2, "run_s": 0.1},
    ]
    for info in finals:
        callback.on_episode_end(episode=FakeEpisode(info), metrics_logger=metrics)

    summary = summarize_result({"env_runners": metrics.reduce()})

    assert summary["failures_crash"] == 2
    assert summary["failures_timeout"] == 1
    assert summary["failures"] == 3
    assert summary["episodes"] == 4
    assert summary["geomean_speedup"] == pytest.approx(2.0)
