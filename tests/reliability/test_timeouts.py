"""No call waits forever: compile, run, node-lock waits, Ray sampling and evaluation
steps all have finite limits, and hitting one is logged with the program and the
schedule."""

from __future__ import annotations

import inspect
import logging
import math
import time

import pytest

from mlirrl.compiler.nodelock import NodeLock
from mlirrl.compiler.results import FailureKind
from mlirrl.compiler.schedule import parse_schedule
from mlirrl.compiler.worker import CompilerService, CompilerWorker
from mlirrl.config import TrainConfig
from tests.reliability.programs import TIMEOUT_ENV, good_text

WORKER_TIMEOUTS = ("compile_timeout_s", "run_timeout_floor_s", "baseline_run_timeout_s", "lock_timeout_s",
                   "start_timeout_s")


def test_worker_timeouts_are_finite():
    defaults = inspect.signature(CompilerWorker.__init__).parameters

    for name in WORKER_TIMEOUTS:
        value = defaults[name].default
        assert isinstance(value, float) and 0 < value < math.inf, f"{name} = {value!r}"
    assert 0 < defaults["run_timeout_factor"].default < math.inf


def test_sample_timeout_reaches_rllib():
    pytest.importorskip("ray.rllib")
    from mlirrl.ppo import build_ppo_config

    config = TrainConfig(suite="tiny", sample_timeout_s=42.0)

    ppo = build_ppo_config(config)

    assert 0 < TrainConfig().sample_timeout_s < math.inf
    assert ppo.sample_timeout_s == 42.0
    assert ppo.restart_failed_env_runners


@pytest.mark.mlir
def test_lock_wait_times_out_and_logs(tmp_path, caplog):
    pytest.importorskip("mlir.ir")
    caplog.set_level(logging.WARNING, logger="mlirrl.compiler.worker")
    holder = NodeLock(tmp_path / "locks", slots=1)
    schedule = parse_schedule("op1:T(16,16,16)")

    with CompilerService(lock_dir=tmp_path / "locks", lock_timeout_s=1.0, compile_timeout_s=30.0) as service:
        program = service.load_text(good_text(), name="matmul_64_64_64")
        holder.acquire()
        try:
            started = time.perf_counter()
            result = service.worker.evaluate(program, schedule)
            waited = time.perf_counter() - started
        finally:
            holder.release()
        after = service.evaluate(program, schedule)

    assert result.failure is FailureKind.TIMEOUT, result.message
    assert "lock phase" in result.message
    assert waited < 20
    assert after.ok, after.message
    lines = [r.getMessage() for r in caplog.records if "timed out" in r.getMessage()]
    assert len(lines) == 1, lines
    assert "program matmul_64_64_64 with schedule op1:T(16,16,16)" in lines[0]


@pytest.mark.mlir
def test_env_timeout_logged_with_benchmark(tmp_path, caplog):
    pytest.importorskip("mlir.ir")
    import numpy as np

    import envs
    from tests.reliability.test_crashes import first_evaluated_episode

    caplog.set_level(logging.INFO)
    env = envs.ScheduleEnv(suite="tiny", split="train", seed=0, **TIMEOUT_ENV)
    try:
        reward, info = first_evaluated_episode(env, np.random.default_rng(0), "matmul_64_64_64")
    finally:
        env.close()

    assert info["failure"] == "timeout", info["message"]
    assert reward == env.options.failure_penalty
    worker_lines = [r.getMessage() for r in caplog.records
                    if r.name == "mlirrl.compiler.worker" and "timed out" in r.getMessage()]
    env_lines = [r.getMessage() for r in caplog.records if r.name == "envs.schedule_env" and "failed" in r.getMessage()]
    assert len(worker_lines) == 1, worker_lines
    assert f"program matmul_64_64_64 with schedule {info['schedule_key']}" in worker_lines[0]
    assert len(env_lines) == 1, env_lines
    assert "benchmark matmul_64_64_64" in env_lines[0]
    assert info["schedule_key"] in env_lines[0]
