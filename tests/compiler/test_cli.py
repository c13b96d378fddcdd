"""Tests of `python -m mlirrl.compiler` (each test runs the CLI in a subprocess)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

pytest.importorskip("mlir.ir")
pytestmark = pytest.mark.mlir

MATMUL_256 = REPO_ROOT / "tests" / "compiler" / "data" / "matmul_256.mlir"
MATMUL_SCHEDULE = "op1:T(64,64,64),T(8,32,4),V"


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mlirrl.compiler", *map(str, args)],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=REPO_ROOT,
    )


def test_cli_matmul_speedup(tmp_path):
    ir_path = tmp_path / "transformed.mlir"
    script_path = tmp_path / "transform.mlir"

    completed = run_cli(
        MATMUL_256, "--schedule", MATMUL_SCHEDULE, "--emit-ir", ir_path, "--emit-transform", script_path
    )

    print(completed.stdout)
    assert completed.returncode == 0, completed.stderr
    out = completed.stdout
    assert "op1: linalg.matmul" in out
    assert "loop ranges:    [256, 256, 256]" in out
    assert "iterator types: ['parallel', 'parallel', 'reduction']" in out
    assert "producers:      op0 (operand 2)" in out
    assert "verification: passed" in out
    assert re.search(r"baseline: [0-9.]+ ms", out)
    assert re.search(r"compile [0-9.]+ s, run [0-9.]+ s", out)

    speedup = float(re.search(r"speedup: ([0-9.]+)x", out).group(1))
    print(f"CLI matmul 256^3 speedup with {MATMUL_SCHEDULE}: {speedup:.1f}x")
    assert speedup >= 20

    assert "vector.fma" in ir_path.read_text() or "vector.contract" in ir_path.read_text()
    assert "@__transform_main" in script_path.read_text()


def test_cli_reads_schedule_file_and_cache(tmp_path):
    schedule_file = tmp_path / "schedule.txt"
    schedule_file.write_text("# tile and vectorize the matmul\nop1:T(64,64,64),T(8,32,4),V\n")
    cache = tmp_path / "cache.sqlite"

    first = run_cli(MATMUL_256, "--schedule", schedule_file, "--cache", cache)
    second = run_cli(MATMUL_256, "--schedule", schedule_file, "--cache", cache)

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert "(from cache)" not in first.stdout
    assert second.stdout.count("(from cache)") == 2


def test_cli_invalid_schedule_exits_nonzero():
    completed = run_cli(MATMUL_256, "--schedule", "op1:T(-8,8,8)")

    assert completed.returncode == 2
    assert "invalid schedule" in completed.stderr
    assert "negative tile size" in completed.stderr


def test_cli_missing_file_exits_nonzero(tmp_path):
    completed = run_cli(tmp_path / "absent.mlir")

    assert completed.returncode == 2
    assert "file not found" in completed.stderr


def test_cli_unparsable_program_exits_nonzero(tmp_path):
    broken = tmp_path / "broken.mlir"
    broken.write_text("func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {\n")

    completed = run_cli(broken)

    assert completed.returncode == 2
    assert "error:" in completed.stderr


def test_cli_help_states_units_and_defaults():
    completed = run_cli("--help")

    assert completed.returncode == 0
    assert "default: 60" in completed.stdout
    assert "GiB" in completed.stdout
    assert "seconds" in completed.stdout
