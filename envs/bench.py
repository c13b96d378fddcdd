"""Measure the cost of environment steps: `python -m envs.bench`.

Runs episodes of a uniformly random masked policy and times `env.step` only (not
the policy, not `reset`, which measures baselines). It reports the rate of
non-final steps, which do no MLIR work, and the mean cost of final steps. A final
step evaluates the schedule through the compiler service. The first pass starts
with an empty cache (compile and run); the second replays the same episodes (same
seeds) against the filled cache (one lookup each). Final steps with an empty
schedule are not compiled and are counted apart.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import tempfile
import time
from dataclasses import dataclass, field

import numpy as np

from envs.random_policy import sample_masked_action
from envs.schedule_env import ScheduleEnv
from mlirrl.log import setup_logging

logger = logging.getLogger(__name__)


@dataclass
class StepTimes:
    """Seconds per `env.step` call, by kind of step."""

    non_final: list[float] = field(default_factory=list)
    final_miss: list[float] = field(default_factory=list)
    final_hit: list[float] = field(default_factory=list)
    final_empty: list[float] = field(default_factory=list)
    failures: int = 0


def run_episodes(env: ScheduleEnv, episodes: int, seed: int, times: StepTimes) -> None:
    rng = np.random.default_rng(seed)
    env.reset(seed=seed)
    for episode in range(episodes):
        observation, _ = env.reset(seed=seed + episode)
        terminated = False
        while not terminated:
            action = sample_masked_action(observation["action_mask"], rng, env.space_config)
            started = time.perf_counter()
            observation, _, terminated, _, info = env.step(action)
            elapsed = time.perf_counter() - started
            if not terminated:
                times.non_final.append(elapsed)
            elif info["schedule_key"] == "":
                times.final_empty.append(elapsed)
            elif info["cache_hit"]:
                times.final_hit.append(elapsed)
            else:
                times.final_miss.append(elapsed)
        if info["failure"]:
            times.failures += 1
            logger.info("episode %d on %s failed: %s", episode, info["benchmark"], info["failure"])


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m envs.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", default="tiny", help="benchmark suite name or folder (default tiny)")
    parser.add_argument("--split", default="all", help="suite split: train, eval or all (default all)")
    parser.add_argument("--files", nargs="*", help="MLIR files to use in place of a suite")
    parser.add_argument("--episodes", type=int, default=20, help="random episodes per pass (default 20)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the benchmark draw and the policy (default 0)")
    parser.add_argument("--threads", type=int, default=1, help="threads of the generated code (default 1)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose - 1)

    with tempfile.TemporaryDirectory(prefix="mlirrl-envbench-") as folder:
        config = {"suite": args.suite, "split": args.split, "threads": args.threads, "cache_path": f"{folder}/cache.sqlite"}
        if args.files:
            config["files"] = args.files
        cold, warm = StepTimes(), StepTimes()

        # Both passes share one cache file; the second replays the first's episodes.
        for times in (cold, warm):
            env = ScheduleEnv(config)
            try:
                run_episodes(env, args.episodes, args.seed, times)
            finally:
                env.close()

    non_final = cold.non_final + warm.non_final
    misses = cold.final_miss + warm.final_miss
    hits = cold.final_hit + warm.final_hit
    empty = cold.final_empty + warm.final_empty
    source = ", ".join(args.files) if args.files else f"suite {args.suite} ({args.split})"
    print(f"{2 * args.episodes} random episodes on {source}, {args.threads} thread(s)")
    print(f"non-final steps: {len(non_final)}, {len(non_final) / sum(non_final):,.0f} steps/s, "
          f"mean {_mean(non_final) * 1e6:.0f} us, max {max(non_final) * 1e3:.2f} ms")
    print(f"final steps, compile and run (cache miss): {len(misses)}, mean {_mean(misses):.3f} s")
    print(f"final steps, cache hit: {len(hits)}, mean {_mean(hits) * 1e3:.2f} ms")
    print(f"final steps, empty schedule (not compiled): {len(empty)}, mean {_mean(empty) * 1e3:.3f} ms")
    print(f"failed schedules: {cold.failures + warm.failures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
