"""The execution cache and evaluation results survive a SIGKILL of their writer.

Each writer runs as a subprocess in its own process group (started here), so the
kill also ends its compile worker and touches no other process."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from mlirrl.cache import ExecutionCache
from mlirrl.evaluate import RESULT_COLUMNS
from tests.conftest import REPO_ROOT

# Maximum wait, in seconds, for a writer to reach the point where the test kills it.
WRITER_WAIT_S = 120.0

CACHE_WRITER = textwrap.dedent("""
    import sys
    from mlirrl.cache import ExecutionCache
    from mlirrl.compiler.results import EvalResult, FailureKind

    cache = ExecutionCache(sys.argv[1])
    for index in range(10**9):
        if index % 3:
            result = EvalResult.success(1000.0 + index, verified=True)
        else:
            result = EvalResult.failed(FailureKind.TIMEOUT, f"row {index} timed out")
        cache.put(f"program{index % 7}", f"op0:T({index})", "host", result)
        # put() commits before it returns, so every printed index is on disk.
        print(index, flush=True)
""")


def start_group(args: list[str], **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(args, cwd=REPO_ROOT, env=env, start_new_session=True, **kwargs)


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL the process group that `start_group` created, and reap its leader."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=30)


def test_cache_survives_kill_mid_write(tmp_path):
    path = tmp_path / "cache.sqlite"
    writer = start_group([sys.executable, "-c", CACHE_WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    committed = -1
    try:
        deadline = time.monotonic() + WRITER_WAIT_S
        while committed < 300 and time.monotonic() < deadline:
            line = writer.stdout.readline()
            if not line:
                break
            committed = int(line)
    finally:
        kill_group(writer)

    assert committed >= 300, "the writer stopped before 300 rows"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    with ExecutionCache(path) as cache:
        assert len(cache) >= committed + 1
        for index in (0, 1, committed):
            result = cache.get(f"program{index % 7}", f"op0:T({index})", "host")
            assert result is not None, f"committed row {index} is missing"
            assert result.ok == bool(index % 3)
        # The file still takes writes after the kill.
        cache.put("program1", "op0:T(-1)", "host", cache.get("program1", "op0:T(1)", "host"))
        assert cache.get("program1", "op0:T(-1)", "host").time_ns == 1001.0


@pytest.mark.mlir
def test_evaluation_rows_survive_kill(tmp_path):
    pytest.importorskip("mlir.ir")
    out = tmp_path / "eval"
    results = out / "results.csv"
    command = [sys.executable, "-m", "mlirrl.evaluate", "--random", "--suite", "tiny", "--split", "all",
               "--samples", "1", "--cache", str(tmp_path / "cache.sqlite"), "--output", str(out)]
    evaluation = start_group(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows_before_kill = 0
    try:
        deadline = time.monotonic() + WRITER_WAIT_S
        while time.monotonic() < deadline and evaluation.poll() is None:
            if results.exists():
                rows_before_kill = max(0, len(results.read_text().splitlines()) - 1)
            if rows_before_kill >= 2:
                break
            time.sleep(0.05)
    finally:
        kill_group(evaluation)

    assert rows_before_kill >= 2, "the evaluation wrote fewer than 2 rows before the deadline"
    with results.open() as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= rows_before_kill
    assert len(rows) < 13, "the evaluation finished before the kill"
    for row in rows:
        assert list(row) == list(RESULT_COLUMNS)
        assert row["benchmark"]
        assert row["failure"] or float(row["speedup"]) > 0
    assert not (out / "results.md").exists()


def test_resume_drops_metrics_after_checkpoint(tmp_path):
    from mlirrl.train import RunWriter

    header = "iteration,episode_reward_mean,failures"
    # Rows 3 and 4 ran after the checkpoint of iteration 2; the kill cut row 4 short.
    (tmp_path / "metrics.csv").write_text(f"{header}\n1,0.5,0\n2,0.7,1\n3,0.9,0\n4,1.")

    writer = RunWriter(tmp_path, last_iteration=2)
    writer.write({"iteration": 3, "episode_reward_mean": 1.1, "failures": 2})
    writer.close()

    with (tmp_path / "metrics.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert [row["iteration"] for row in rows] == ["1", "2", "3"]
    assert rows[-1]["episode_reward_mean"] == "1.1"
    assert list(rows[0]) == header.split(",")
