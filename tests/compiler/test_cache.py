"""Tests of the execution-time cache and the node lock (no MLIR needed)."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time

import pytest

from mlirrl.cache import ExecutionCache, host_description, host_fingerprint
from mlirrl.compiler.nodelock import NodeLock
from mlirrl.compiler.results import EvalResult, FailureKind
from tests.conftest import REPO_ROOT

ROWS_PER_WRITER = 300


def test_cache_round_trip_success(tmp_cache):
    cache = ExecutionCache(tmp_cache)
    host = host_fingerprint()
    cache.put("prog", "op0:T(8)", host, EvalResult.success(1234.5, checksum=3.0, verified=True, compile_s=0.1))

    result = cache.get("prog", "op0:T(8)", host)

    assert result is not None
    assert result.ok
    assert result.time_ns == 1234.5
    assert result.checksum == 3.0
    assert result.verified
    assert result.cache_hit
    cache.close()


def test_cache_stores_failures(tmp_cache):
    cache = ExecutionCache(tmp_cache)
    cache.put("prog", "op0:V", "host", EvalResult.failed(FailureKind.CRASH, "worker died by SIGABRT"))

    result = cache.get("prog", "op0:V", "host")

    assert result is not None
    assert not result.ok
    assert result.failure is FailureKind.CRASH
    assert result.message == "worker died by SIGABRT"
    assert result.cache_hit
    cache.close()


def test_cache_counts_hits_and_misses(tmp_cache):
    cache = ExecutionCache(tmp_cache)
    assert cache.get("prog", "", "host") is None
    cache.put("prog", "", "host", EvalResult.success(10.0))
    assert cache.get("prog", "", "host") is not None
    assert cache.get("prog", "", "other-host") is None

    stats = cache.stats()
    assert stats["hits"] == 1
    assert stats["misses"] == 2
    assert stats["puts"] == 1
    assert stats["rows"] == 1
    cache.close()


def test_cache_replaces_same_key(tmp_cache):
    with ExecutionCache(tmp_cache) as cache:
        cache.put("prog", "s", "host", EvalResult.success(10.0))
        cache.put("prog", "s", "host", EvalResult.success(20.0))
        assert len(cache) == 1
        assert cache.get("prog", "s", "host").time_ns == 20.0


def test_cache_persists_across_objects(tmp_cache):
    with ExecutionCache(tmp_cache) as cache:
        cache.put("prog", "s", "host", EvalResult.success(10.0))
    with ExecutionCache(tmp_cache) as cache:
        assert cache.get("prog", "s", "host").time_ns == 10.0


def _write_rows(path: str, writer: int, count: int) -> None:
    cache = ExecutionCache(path)
    for index in range(count):
        result = EvalResult.success(float(writer * 100000 + index))
        cache.put(f"prog{writer}", f"schedule{index}", "host", result)
    cache.close()


def test_cache_two_processes_write_at_once(tmp_cache):
    ExecutionCache(tmp_cache).close()
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_rows, args=(str(tmp_cache), writer, ROWS_PER_WRITER)) for writer in (1, 2)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)
        assert process.exitcode == 0

    with ExecutionCache(tmp_cache) as cache:
        assert len(cache) == 2 * ROWS_PER_WRITER
        for writer in (1, 2):
            for index in range(ROWS_PER_WRITER):
                result = cache.get(f"prog{writer}", f"schedule{index}", "host")
                assert result is not None, f"row of writer {writer} index {index} is missing"
                assert result.time_ns == float(writer * 100000 + index)


def test_cache_uses_wal_mode(tmp_cache):
    with ExecutionCache(tmp_cache) as cache:
        mode = cache._conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_host_fingerprint_stable_and_extra_sensitive():
    assert host_fingerprint() == host_fingerprint()
    assert host_fingerprint("threads=1") != host_fingerprint("threads=2")
    description = host_description()
    assert description["cpu_count"] >= 1
    assert "mlir" in description


def test_cache_imports_nothing_heavy():
    code = (
        "import sys, mlirrl.cache, mlirrl.compiler.nodelock\n"
        "heavy = [m for m in ('mlir', 'ray', 'torch') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO_ROOT)


def test_node_lock_excludes_second_holder(tmp_path):
    first = NodeLock(tmp_path, slots=1)
    second = NodeLock(tmp_path, slots=1)
    with first:
        assert first.held
        with pytest.raises(TimeoutError):
            second.acquire(timeout=0.05)
    assert not first.held
    with second:
        assert second.slot == 0
    assert second.acquisitions == 1


def test_node_lock_slots_allow_parallel_holders(tmp_path):
    locks = [NodeLock(tmp_path, slots=2) for _ in range(3)]
    locks[0].acquire()
    locks[1].acquire()
    assert {locks[0].slot, locks[1].slot} == {0, 1}
    with pytest.raises(TimeoutError):
        locks[2].acquire(timeout=0.05)
    locks[0].release()
    assert locks[2].acquire(timeout=1.0) >= 0.0
    locks[1].release()
    locks[2].release()


def _hold_lock(path: str, seconds: float, ready) -> None:
    with NodeLock(path):
        ready.set()
        time.sleep(seconds)


def test_node_lock_records_wait_across_processes(tmp_path):
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    holder = context.Process(target=_hold_lock, args=(str(tmp_path), 0.3, ready))
    holder.start()
    assert ready.wait(timeout=60)

    lock = NodeLock(tmp_path)
    with lock:
        pass
    holder.join(timeout=60)

    assert lock.last_wait_s > 0.1
    assert lock.stats()["acquisitions"] == 1


def test_node_lock_rejects_zero_slots(tmp_path):
    with pytest.raises(ValueError):
        NodeLock(tmp_path, slots=0)
