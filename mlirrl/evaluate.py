"""Evaluate a trained policy on a suite: `python -m mlirrl.evaluate`.

Each benchmark is scheduled greedily (argmax of every decision) and, with
`--samples K`, also by K sampled schedules, keeping the fastest verified one. Every
schedule is measured and checked against the untransformed program by the compiler
worker. Results: `results.csv` (written row by row, so a killed evaluation keeps what
it measured), `results.md` with geometric means per op family and overall, and
`speedups.png`. Loading a checkpoint needs no Ray cluster.
"""

from __future__ import annotations

import argparse
import csv
import logging
import math
import pathlib
import sys
from collections import defaultdict
from typing import Any, Callable, Iterable

import numpy as np

from mlirrl.errors import MlirrlError
from mlirrl.log import setup_logging

logger = logging.getLogger("mlirrl.evaluate")

RESULT_COLUMNS = (
    "benchmark", "family", "policy", "baseline_ns", "scheduled_ns", "speedup", "torch_ns",
    "speedup_vs_torch", "failure", "schedule",
)

Policy = Callable[[dict[str, np.ndarray]], dict[str, Any]]
# A policy is made for the env it acts in, because its action layout depends on the
# env's space configuration.
PolicyFactory = Callable[[Any], Policy]


def module_policy(module: Any, deterministic: bool) -> PolicyFactory:
    import models

    def make(env: Any) -> Policy:
        def act(observation: dict[str, np.ndarray]) -> dict[str, Any]:
            return models.act(module, observation, deterministic=deterministic)

        return act

    return make


def random_policy(seed: int) -> PolicyFactory:
    """Make a uniformly random policy over the legal actions of each step."""
    from envs.random_policy import sample_masked_action

    def make(env: Any) -> Policy:
        rng = np.random.default_rng(seed)

        def act(observation: dict[str, np.ndarray]) -> dict[str, Any]:
            return sample_masked_action(observation["action_mask"], rng, env.space_config)

        return act

    return make


def run_episode(env: Any, policy: Policy, benchmark: str) -> dict[str, Any]:
    """Schedule one benchmark with `policy`; return the final step's info."""
    observation, _ = env.reset(options={"benchmark": benchmark})
    while True:
        observation, reward, terminated, truncated, info = env.step(policy(observation))
        if terminated or truncated:
            info = dict(info)
            info["reward"] = reward
            return info


def _row(benchmark: str, family: str, policy_name: str, info: dict[str, Any], torch_ns: float | None) -> dict[str, Any]:
    failure = info.get("failure")
    baseline = info.get("baseline_ns")
    scheduled = info.get("new_ns") if not failure else None
    speedup = baseline / scheduled if baseline and scheduled else None
    vs_torch = torch_ns / scheduled if torch_ns and scheduled else None
    return {
        "benchmark": benchmark,
        "family": family,
        "policy": policy_name,
        "baseline_ns": baseline,
        "scheduled_ns": scheduled,
        "speedup": speedup,
        "torch_ns": torch_ns,
        "speedup_vs_torch": vs_torch,
        "failure": failure or "",
        "schedule": info.get("schedule_key", ""),
    }


def evaluate_policy(
    env_config: dict[str, Any],
    greedy: PolicyFactory,
    sampler: PolicyFactory | None = None,
    samples: int = 0,
    policy_name: str = "policy",
    csv_path: pathlib.Path | None = None,
    benchmarks: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """Evaluate a policy on every benchmark of the env's suite split.

    With `samples` > 0 and a `sampler`, each benchmark also gets that many sampled
    schedules and the fastest verified one of all is kept (best-of-K).
    """
    from envs import ScheduleEnv

    env = ScheduleEnv(dict(env_config))
    greedy_act = greedy(env)
    sampler_act = sampler(env) if sampler else None
    rows: list[dict[str, Any]] = []
    writer = _IncrementalCsv(csv_path) if csv_path else None
    try:
        names = list(benchmarks) if benchmarks is not None else env.benchmark_names
        for name in names:
            best = run_episode(env, greedy_act, name)
            for _ in range(samples if sampler_act else 0):
                candidate = run_episode(env, sampler_act, name)
                if _better(candidate, best):
                    best = candidate
            row = _row(name, env.benchmark_family(name), policy_name, best, env.torch_time_ns(name))
            rows.append(row)
            if writer:
                writer.write(row)
            logger.info("%s: speedup %s (%s)", name, _fmt(row["speedup"]), row["failure"] or row["schedule"] or "no change")
    finally:
        env.close()
    return rows


def _better(candidate: dict[str, Any], best: dict[str, Any]) -> bool:
    if candidate.get("failure"):
        return False
    if best.get("failure"):
        return True
    return (candidate.get("new_ns") or math.inf) < (best.get("new_ns") or math.inf)


def evaluate_module(module: Any, env_config: dict[str, Any], samples: int = 0, **kwargs: Any) -> list[dict[str, Any]]:
    """Greedy (plus optional best-of-K) evaluation of an RLModule."""
    sampler = module_policy(module, deterministic=False) if samples else None
    return evaluate_policy(env_config, module_policy(module, deterministic=True), sampler, samples, **kwargs)


class _IncrementalCsv:
    def __init__(self, path: pathlib.Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with path.open("w", newline="") as handle:
            csv.writer(handle).writerow(RESULT_COLUMNS)

    def write(self, row: dict[str, Any]) -> None:
        with self.path.open("a", newline="") as handle:
            csv.writer(handle).writerow([_csv_value(row[c]) for c in RESULT_COLUMNS])


def _csv_value(value: Any) -> Any:
    return "" if value is None else value


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else format(value, spec)


def _microseconds(time_ns: float | None) -> str:
    """Format a time in nanoseconds as microseconds with 4 significant digits."""
    if not time_ns:
        return "n/a"
    return f"{time_ns / 1e3:.4g}"


def geomean(values: Iterable[float]) -> float:
    logs = [math.log(v) for v in values if v and v > 0]
    return math.exp(sum(logs) / len(logs)) if logs else float("nan")


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometric means per op family and overall; failures count as a 1.0x speedup in
    the `geomean_speedup_with_failures` figure and are left out of `geomean_speedup`."""
    by_family: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_family[row["family"]].append(row)
    families = {
        family: {
            "benchmarks": len(items),
            "geomean_speedup": geomean(r["speedup"] for r in items if r["speedup"]),
            "geomean_vs_torch": geomean(r["speedup_vs_torch"] for r in items if r["speedup_vs_torch"]),
            "failures": sum(1 for r in items if r["failure"]),
        }
        for family, items in sorted(by_family.items())
    }
    return {
        "benchmarks": len(rows),
        "geomean_speedup": geomean(r["speedup"] for r in rows if r["speedup"]),
        "geomean_speedup_with_failures": geomean((r["speedup"] or 1.0) for r in rows),
        "geomean_vs_torch": geomean(r["speedup_vs_torch"] for r in rows if r["speedup_vs_torch"]),
        "failures": sum(1 for r in rows if r["failure"]),
        "families": families,
    }


def write_report(rows: list[dict[str, Any]], out_dir: pathlib.Path, title: str = "Evaluation") -> dict[str, Any]:
    """Write results.csv, results.md and speedups.png under `out_dir`; return the summary."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / "results.csv"
    with csv_path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(RESULT_COLUMNS)
        for row in rows:
            writer.writerow([_csv_value(row[c]) for c in RESULT_COLUMNS])

    summary = summarize(rows)
    (out_dir / "results.md").write_text(markdown_report(rows, summary, title))
    if rows:
        plot_speedups(rows, out_dir / "speedups.png")
    return summary


def markdown_report(rows: list[dict[str, Any]], summary: dict[str, Any], title: str) -> str:
    lines = [f"# {title}", ""]
    lines.append("| benchmark | baseline (µs) | scheduled (µs) | speedup | PyTorch (µs) | speedup vs PyTorch | schedule |")
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in rows:
        scheduled = _microseconds(row["scheduled_ns"]) if row["scheduled_ns"] else f"failed: {row['failure']}"
        lines.append(
            f"| {row['benchmark']} | {_microseconds(row['baseline_ns'])} | {scheduled} | "
            f"{_fmt(row['speedup'])} | {_microseconds(row['torch_ns'])} | "
            f"{_fmt(row['speedup_vs_torch'])} | `{row['schedule'] or '-'}` |"
        )
    lines += ["", "| op family | benchmarks | geomean speedup | geomean vs PyTorch | failures |", "| --- | ---: | ---: | ---: | ---: |"]
    for family, stats in summary["families"].items():
        lines.append(
            f"| {family} | {stats['benchmarks']} | {_fmt(stats['geomean_speedup'])} | "
            f"{_fmt(stats['geomean_vs_torch'])} | {stats['failures']} |"
        )
    lines.append(
        f"| **all** | {summary['benchmarks']} | {_fmt(summary['geomean_speedup'])} | "
        f"{_fmt(summary['geomean_vs_torch'])} | {summary['failures']} |"
    )
    lines.append("")
    return "\n".join(lines)


def plot_speedups(rows: list[dict[str, Any]], path: pathlib.Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [row["benchmark"] for row in rows]
    values = [row["speedup"] or 0.0 for row in rows]
    figure, axis = plt.subplots(figsize=(max(6, 0.35 * len(rows)), 4))
    colors = []
    for value in values:
        if value == 0:
            colors.append("tab:red")  # failed
        elif value >= 1:
            colors.append("tab:green")
        else:
            colors.append("tab:orange")
    axis.bar(range(len(rows)), values, color=colors)
    axis.axhline(1.0, color="black", linewidth=0.8)
    axis.set_yscale("log")
    axis.set_ylabel("speedup over MLIR baseline (log scale)")
    axis.set_xticks(range(len(rows)))
    axis.set_xticklabels(names, rotation=90, fontsize=6)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mlirrl.evaluate",
        description="Schedule every benchmark of a suite with a trained policy, measure and verify it.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--checkpoint", help="RLlib checkpoint folder (a run's checkpoints/iter_NNNNNN)")
    source.add_argument("--random", action="store_true", help="evaluate a random masked policy instead")
    parser.add_argument("--suite", default="small", help="suite name or folder")
    parser.add_argument("--split", default="eval", choices=["train", "eval", "all"], help="part of the suite")
    parser.add_argument("--samples", type=int, default=0, help="sampled schedules per benchmark besides the greedy one (best-of-K)")
    parser.add_argument("--threads", type=int, default=1, help="threads of the generated code")
    parser.add_argument("--cache", default=argparse.SUPPRESS, help="execution-time cache file (SQLite); no cache when omitted")
    parser.add_argument("--output", default="eval", help="folder for results.csv, results.md and speedups.png")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random policy and the sampler")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    out_dir = pathlib.Path(args.output)
    env_config = {
        "suite": args.suite, "split": args.split, "threads": args.threads, "seed": args.seed,
        "cache_path": getattr(args, "cache", None),
    }
    try:
        if args.random:
            name = "random"
            rows = evaluate_policy(env_config, random_policy(args.seed), random_policy(args.seed + 1), args.samples,
                                   policy_name=name, csv_path=out_dir / "results.csv")
        else:
            from mlirrl.schedule import load_module, space_options

            checkpoint = pathlib.Path(args.checkpoint)
            module = load_module(checkpoint)
            # The env must build the observation shapes the policy was trained on.
            env_config.update(space_options(checkpoint))
            name = "policy"
            rows = evaluate_module(module, env_config, samples=args.samples, policy_name=name,
                                   csv_path=out_dir / "results.csv")
        summary = write_report(rows, out_dir, title=f"Evaluation of {args.checkpoint or 'a random policy'} on {args.suite} ({args.split})")
    except MlirrlError as exc:
        logger.error("%s", exc)
        return 2
    print((out_dir / "results.md").read_text())
    print(f"geomean speedup {_fmt(summary['geomean_speedup'])}x over {summary['benchmarks']} benchmarks, "
          f"{summary['failures']} failures; results in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
