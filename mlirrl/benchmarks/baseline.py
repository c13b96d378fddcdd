"""Measure the baselines of a suite: the untransformed MLIR time and the PyTorch eager time.

The MLIR time comes from `CompilerService.baseline` (no loop transformation, LLVM
O3, median of timed rounds). The PyTorch time runs the same computation in eager
mode with the same thread count: 10 warm-up calls, then the median of 11 samples,
each sample repeating the call until it lasts at least 1 ms. Results go into
`suite.json` after every benchmark, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import datetime
import logging
import statistics
import time
from typing import Any

import torch

from mlirrl.benchmarks.suite import Benchmark, Suite
from mlirrl.benchmarks.torch_ref import NoTorchEquivalent, torch_program
from mlirrl.errors import MlirrlError

log = logging.getLogger(__name__)

WARMUP_CALLS = 10
SAMPLES = 11
MIN_SAMPLE_S = 1e-3


def time_torch(benchmark: Benchmark, threads: int) -> float:
    """Median eager PyTorch time of one call, in ns; raises NoTorchEquivalent when there is no equivalent."""
    program = torch_program(benchmark)
    inputs = program.random_inputs()
    previous_threads = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        with torch.inference_mode():
            start = time.perf_counter()
            for _ in range(WARMUP_CALLS):
                program.function(*inputs)
            per_call = max((time.perf_counter() - start) / WARMUP_CALLS, 1e-7)
            repeats = max(1, int(MIN_SAMPLE_S / per_call))

            samples = []
            for _ in range(SAMPLES):
                start = time.perf_counter_ns()
                for _ in range(repeats):
                    program.function(*inputs)
                samples.append((time.perf_counter_ns() - start) / repeats)
    finally:
        torch.set_num_threads(previous_threads)
    return float(statistics.median(samples))


def _is_done(benchmark: Benchmark, host: str, threads: int) -> bool:
    baselines = benchmark.baselines or {}
    return baselines.get("host") == host and baselines.get("threads") == threads and "mlir_ns" in baselines


def measure_suite(suite: Suite, threads: int = 1, force: bool = False, mlir: bool = True, torch_time: bool = True,
                  names: list[str] | None = None, progress: bool = True) -> dict[str, int]:
    """Measure every benchmark of `suite` (or those in `names`) and save the manifest after each one.

    Benchmarks already measured on this host with this thread count are skipped
    unless `force`. Returns counts of measured, skipped and failed benchmarks.
    """
    from tqdm import tqdm

    from mlirrl.compiler.worker import CompilerService

    service = CompilerService(cache_path=None, threads=threads) if mlir else None
    host = service.host if service is not None else _host(threads)
    counts = {"measured": 0, "skipped": 0, "mlir_failed": 0, "torch_missing": 0}
    selected = [benchmark for benchmark in suite if names is None or benchmark.name in names]
    try:
        for benchmark in tqdm(selected, desc=f"baselines of {suite.name}", unit="program", disable=not progress):
            if not force and _is_done(benchmark, host, threads):
                counts["skipped"] += 1
                continue
            record = _measure_one(benchmark, service, threads, torch_time)
            record.update(host=host, threads=threads, date=datetime.datetime.now().isoformat(timespec="seconds"))
            benchmark.baselines = record
            suite.save()
            counts["measured"] += 1
            counts["mlir_failed"] += record.get("mlir_ns") is None and mlir
            counts["torch_missing"] += record.get("torch_ns") is None
    finally:
        if service is not None:
            service.close()
    return counts


def _host(threads: int) -> str:
    from mlirrl.cache import host_fingerprint

    return host_fingerprint(f"threads={threads};parallel=True;verify=True")


def _measure_one(benchmark: Benchmark, service: Any, threads: int, torch_time: bool) -> dict[str, Any]:
    record: dict[str, Any] = dict(benchmark.baselines or {})
    if service is not None:
        record["mlir_ns"] = None
        record.pop("mlir_failure", None)
        try:
            program = service.load_file(benchmark.path)
            result = service.baseline(program)
        except MlirrlError as error:
            record["mlir_failure"] = f"load: {error}"
            log.warning("benchmark %s: the program does not load: %s", benchmark.name, error)
        else:
            if result.ok:
                record["mlir_ns"] = result.time_ns
            else:
                kind = result.failure.value if result.failure else "unknown"
                record["mlir_failure"] = f"{kind}: {result.message[:500]}"
                log.warning("benchmark %s: baseline failed (%s): %s", benchmark.name, kind, result.message[:200])

    if torch_time:
        record["torch_ns"] = None
        record.pop("torch_note", None)
        try:
            record["torch_ns"] = time_torch(benchmark, threads)
        except NoTorchEquivalent as error:
            record["torch_note"] = str(error)
        except (RuntimeError, ValueError) as error:
            record["torch_note"] = f"PyTorch failed: {error}"
            log.warning("benchmark %s: PyTorch run failed: %s", benchmark.name, error)
    record.setdefault("torch_ns", None)
    record.setdefault("mlir_ns", None)
    return record
