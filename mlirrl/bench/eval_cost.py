"""Evaluation cost: what one schedule evaluation costs, per op family, through the compiler worker.

The measurements are those of `mlirrl.compiler.bench` (same programs, schedules and
targets); this module runs them and writes the results as a markdown section.
"""

from __future__ import annotations

import logging
import statistics
import tempfile

from mlirrl.bench.report import Section, conditions_line, fmt, header, table, utc_now
from mlirrl.compiler import bench as compiler_bench
from mlirrl.compiler.worker import CompilerService

logger = logging.getLogger(__name__)

# Seconds per single-op schedule application reported for MLIR-RL (arXiv 2409.11068).
PUBLISHED_APPLICATION_S = 0.09


def run(quick: bool) -> Section:
    started, before = utc_now(), conditions_line()
    repetitions = 2 if quick else 5
    rows, data = [], {"cases": {}}
    with tempfile.TemporaryDirectory(prefix="mlirrl-bench-") as folder, CompilerService(
        cache_path=f"{folder}/cache.sqlite"
    ) as service:
        for case in compiler_bench.CASES:
            logger.info("evaluation cost: %s", case.name)
            result = compiler_bench.bench_case(service, case, repetitions)
            if result is None:
                rows.append([case.name, f"`{case.schedule}`", "failed", "", "", "", "", ""])
                continue
            overhead_ms = result["wall_ms"] - result["compile_ms"] - result["run_ms"]
            verdict = "yes" if result["compile_ms"] / 1e3 <= compiler_bench.COMPILE_TARGET_S else "**no**"
            rows.append([
                case.name, f"`{case.schedule}`", fmt(result["compile_ms"], ".1f"), verdict, fmt(result["run_ms"], ".1f"),
                fmt(overhead_ms, ".1f"), fmt(result["wall_ms"], ".1f"), fmt(result["speedup"], ".1f") + "x",
            ])
            data["cases"][case.name] = {**result, "overhead_ms": overhead_ms}

        hit_s = compiler_bench.bench_cache_hit(service, 50 if quick else 200)
        ipc_s = compiler_bench.bench_ipc(service, 20 if quick else 50)
        respawn_s = statistics.median(service.worker.restart() for _ in range(1 if quick else 3))
    data.update(cache_hit_ms=hit_s * 1e3, ipc_ms=ipc_s * 1e3, respawn_s=respawn_s)

    walls = [case["wall_ms"] for case in data["cases"].values()]
    median_wall_ms = statistics.median(walls) if walls else float("nan")
    data["median_wall_ms"] = median_wall_ms
    text = header("Evaluation cost", started, before)
    text += (
        f"\nMedian of {repetitions} evaluations per program, cache bypassed. Compile is parse, transform, "
        "lowering and JIT as the worker reports them. Run is the verification run, calibration, warm-up and "
        "timed rounds, including any wait for the node lock. Overhead is the wall time through the worker minus "
        "both (IPC, program transfer, result checks). Speedup is over the untransformed program.\n\n"
    )
    text += table(
        ["program", "schedule", "compile ms", f"< {compiler_bench.COMPILE_TARGET_S * 1e3:.0f} ms", "run ms",
         "overhead ms", "wall ms", "speedup"],
        rows, "llrrrrrr",
    )
    hit_ok = "yes" if hit_s <= compiler_bench.CACHE_HIT_TARGET_S else "**no**"
    text += "\n" + table(
        ["cost", "measured", "target or reference"],
        [
            ["median wall time per single-op evaluation", f"{fmt(median_wall_ms / 1e3, '.3f')} s",
             f"MLIR-RL reports about {PUBLISHED_APPLICATION_S} s per single-op schedule application"],
            ["cache hit (`CompilerService.evaluate`)", f"{fmt(hit_s * 1e3, '.3f')} ms",
             f"< {compiler_bench.CACHE_HIT_TARGET_S * 1e3:.0f} ms: {hit_ok}"],
            ["worker IPC round trip with a program", f"{fmt(ipc_s * 1e3, '.3f')} ms", ""],
            ["worker respawn (spawn, imports, Evaluator)", f"{fmt(respawn_s, '.2f')} s", "after a crash or timeout"],
        ],
        "lrl",
    )
    return Section("eval-cost", "Evaluation cost", text, data)
