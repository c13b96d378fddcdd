"""Text table of a suite: name, families, loops, FLOPs, baselines and their ratio."""

from __future__ import annotations

from mlirrl.benchmarks.suite import Suite


def _time(ns: float | None) -> str:
    if ns is None:
        return "-"
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} us"
    return f"{ns:.0f} ns"


def _count(value: int | None) -> str:
    if value is None:
        return "-"
    for limit, suffix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"{value / limit:.1f}{suffix}"
    return str(value)


def suite_table(suite: Suite, split: str | None = None) -> str:
    """Format the table printed by `python -m mlirrl.benchmarks list`, then the failures and a summary."""
    benchmarks = suite.split(split) if split else list(suite)
    header = ("name", "split", "families", "loops", "FLOPs", "MLIR", "PyTorch", "MLIR/PyTorch")
    rows = []
    failures = []
    for benchmark in benchmarks:
        baselines = benchmark.baselines or {}
        mlir_ns, torch_ns = baselines.get("mlir_ns"), baselines.get("torch_ns")
        ratio = f"{mlir_ns / torch_ns:.2f}" if mlir_ns and torch_ns else "-"
        loops = ",".join(map(str, benchmark.loops)) if benchmark.loops else "-"
        if len(loops) > 16:
            loops = f"{len(benchmark.loops)} ops"
        rows.append((benchmark.name, benchmark.split, ",".join(benchmark.families), loops,
                     _count(benchmark.flops), _time(mlir_ns), _time(torch_ns), ratio))
        if baselines.get("mlir_failure"):
            failures.append(f"  {benchmark.name}: MLIR baseline failed: {baselines['mlir_failure']}")

    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(header, widths))]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)) for row in rows]

    measured = [b.mlir_ns for b in benchmarks if b.mlir_ns]
    lines.append("")
    lines.append(
        f"suite {suite.name}: {len(benchmarks)} benchmarks, {len(measured)} with an MLIR baseline"
        + (f" ({_time(min(measured))} to {_time(max(measured))})" if measured else "")
        + f", {len(failures)} failed"
    )
    if failures:
        lines.append("failures:")
        lines += failures
    return "\n".join(lines)
