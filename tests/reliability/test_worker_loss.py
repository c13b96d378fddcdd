"""Training survives the loss of its processes.

- An env runner killed with SIGKILL during training is restarted by RLlib
  (`restart_failed_env_runners`), and training goes on, also while every
  evaluated schedule times out.
- A trainer killed with SIGKILL after its second checkpoint resumes with
  `--resume` from its last checkpoint: metrics.csv continues and only the
  iterations after that checkpoint are run again.

Every test here starts Ray: run it inside a network namespace with loopback only.
Only processes that these tests start are killed: Ray actors of the test's own
algorithm, and the process group of the trainer subprocess.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest
import yaml

from tests.conftest import REPO_ROOT
from tests.reliability.programs import TIMEOUT_ENV

pytestmark = [pytest.mark.slow, pytest.mark.mlir]

TINY_LSTM = {"op_embed_size": 32, "lstm_size": 32, "backbone_sizes": [32], "head_size": 32, "value_sizes": [32]}
# Maximum wait, in seconds, for RLlib to bring a killed env runner back.
RESTART_WAIT_S = 180.0
TRAIN_OPTIONS = {"train_batch_size": 64, "minibatch_size": 32, "epochs": 1, "num_workers": 1,
                 "model": "lstm", "model_config": TINY_LSTM}


@pytest.fixture
def tiny_algo(tmp_path, ray_session):
    from mlirrl.config import TrainConfig
    from mlirrl.ppo import build_ppo_config

    config = TrainConfig(suite="tiny", iterations=3, output=str(tmp_path), name="runner-loss",
                         sample_timeout_s=120.0, env={**TIMEOUT_ENV, "cache_path": str(tmp_path / "cache.sqlite")},
                         **TRAIN_OPTIONS)
    algo = build_ppo_config(config).build_algo()
    yield algo
    algo.stop()


def runner_pids(algo) -> list[int]:
    return algo.env_runner_group.foreach_env_runner(lambda runner: os.getpid(), local_env_runner=False)


@pytest.mark.timeout(600)
def test_env_runner_restarted_after_kill(tiny_algo):
    from mlirrl.ppo import summarize_result

    first = summarize_result(tiny_algo.train())
    [victim] = runner_pids(tiny_algo)

    os.kill(victim, signal.SIGKILL)
    killed_at = time.perf_counter()
    # Iterations that start while Ray restarts the actor sample nothing. RLlib probes
    # the runner at the start of each iteration and samples from it again once the probe succeeds.
    summaries = []
    restarted_pids: list[int] = []
    healthy_s = None
    while time.perf_counter() - killed_at < RESTART_WAIT_S:
        summaries.append(summarize_result(tiny_algo.train()))
        restarted_pids = runner_pids(tiny_algo)
        if restarted_pids and healthy_s is None:
            healthy_s = time.perf_counter() - killed_at
        if restarted_pids and summaries[-1]["episodes"] > 0:
            break
        time.sleep(1.0)
    sampling_s = time.perf_counter() - killed_at

    assert first["episodes"] > 0
    assert first["failures_timeout"] > 0, "no schedule timed out under the tiny time limits"
    assert first["failures"] == first["failures_timeout"]
    assert len(restarted_pids) == 1, "the killed env runner was not restarted"
    assert victim not in restarted_pids
    assert tiny_algo.env_runner_group.num_healthy_remote_workers() == 1
    assert tiny_algo.env_runner_group.num_remote_worker_restarts() >= 1
    assert summaries[-1]["episodes"] > 0
    print(f"\nmeasured: env runner healthy {healthy_s:.1f} s after the kill, first iteration with samples done "
          f"after {sampling_s:.1f} s ({len(summaries)} iteration(s)); "
          f"timeouts in iteration 1: {first['failures_timeout']:.0f} of {first['episodes']:.0f} episodes")


# ---------------------------------------------------------------------------
# Trainer killed and resumed


def train_command(config_path, output, *extra: str) -> list[str]:
    return [sys.executable, "-m", "mlirrl.train", "--config", str(config_path), "--suite", "tiny",
            "--iterations", "4", "--checkpoint-every", "1", "--output", str(output), "--name", "killed", *extra]


def read_iterations(run_dir) -> list[int]:
    with (run_dir / "metrics.csv").open() as handle:
        return [int(float(row["iteration"])) for row in csv.DictReader(handle)]


def complete_checkpoints(run_dir) -> list[int]:
    folder = run_dir / "checkpoints"
    states = sorted(folder.glob("iter_*/mlirrl_state.json")) if folder.is_dir() else []
    return [json.loads(path.read_text())["iteration"] for path in states]


@pytest.mark.timeout(900)
def test_trainer_resumes_after_kill(tmp_path):
    config_path = tmp_path / "tiny.yaml"
    config_path.write_text(yaml.safe_dump({**TRAIN_OPTIONS, "env": {"cache_path": str(tmp_path / "cache.sqlite")}}))
    run_dir = tmp_path / "runs" / "killed"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    log = (tmp_path / "first.log").open("w")

    # The trainer leads its own process group, which also contains the GCS server and the
    # raylet it starts. Its env runners exit when the raylet dies, and no other process is hit.
    trainer = subprocess.Popen(train_command(config_path, tmp_path / "runs"), cwd=REPO_ROOT, env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while len(complete_checkpoints(run_dir)) < 2 and trainer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        try:
            os.killpg(trainer.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        trainer.wait(timeout=60)
        log.close()
    assert trainer.returncode == -signal.SIGKILL, (tmp_path / "first.log").read_text()[-3000:]
    killed_with = complete_checkpoints(run_dir)
    rows_at_kill = read_iterations(run_dir)
    assert len(killed_with) >= 2, "the trainer did not write 2 checkpoints"

    started = time.perf_counter()
    resumed = subprocess.run(train_command(config_path, tmp_path / "runs", "--resume"), cwd=REPO_ROOT, env=env,
                             capture_output=True, text=True, timeout=600, start_new_session=True)
    resume_s = time.perf_counter() - started

    assert resumed.returncode == 0, resumed.stdout[-3000:] + resumed.stderr[-3000:]
    last = max(killed_with)
    assert f"at iteration {last}" in resumed.stdout + resumed.stderr
    assert read_iterations(run_dir) == [1, 2, 3, 4]
    assert complete_checkpoints(run_dir)[-1] == 4
    lost = max(rows_at_kill) - last
    assert lost <= 1
    print(f"\nmeasured: killed after checkpoint {last} with metrics rows {rows_at_kill}; "
          f"{lost} iteration(s) run again; resumed run took {resume_s:.0f} s")
