"""Rollout throughput: env steps and benchmarks evaluated per second with 1, 2, 4 env runners.

For each runner count it builds the training algorithm (`mlirrl.ppo.build_ppo_config`,
LSTM policy, PPO) on a local Ray instance and times RLlib's sampling alone
(`synchronous_parallel_sample` over `algo.env_runner_group`, the call a PPO
iteration makes), after a warm-up sample that starts the runners, loads the
programs and measures the baselines of those it draws. Where the time goes comes from the final
step's info of every finished episode (compile_s, run_s, final_step_s) and from
the env runners' own timers.
"""

from __future__ import annotations

import logging
import os
import statistics
import tempfile
import time
from typing import Any

from mlirrl.bench.report import Section, conditions_line, fmt, header, table, utc_now

logger = logging.getLogger(__name__)

# RLlib env runner timers (seconds, a moving mean per call) reported on the page.
TIMERS = (
    "env_to_module_connector/connector_pipeline_timer",
    "rlmodule_inference_timer",
    "module_to_env_connector/connector_pipeline_timer",
    "env_step_timer",
    "env_reset_timer",
)


def _final_infos(episodes: list[Any]) -> list[dict[str, Any]]:
    infos = []
    for episode in episodes:
        if not episode.is_done:
            continue
        episode_infos = episode.get_infos()
        info = episode_infos[-1] if len(episode_infos) else {}
        if info and "final_step_s" in info:
            infos.append(info)
    return infos


def _runner_timers(metrics: list[dict[str, Any]]) -> dict[str, float]:
    """Mean of each numeric timer of the env runners' metrics (seconds), by key."""
    values: dict[str, list[float]] = {}
    for runner in metrics:
        for key, value in _flatten(runner).items():
            if key in TIMERS and isinstance(value, (int, float)):
                values.setdefault(key, []).append(float(value))
    return {key: statistics.fmean(items) for key, items in values.items()}


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(data, dict):
        flat = {}
        for key, value in data.items():
            flat.update(_flatten(value, f"{prefix}{key}/"))
        return flat
    if hasattr(data, "peek"):
        try:
            return {prefix.rstrip("/"): data.peek()}
        except Exception:  # noqa: BLE001 - a Stats object that cannot reduce is left out
            return {}
    return {prefix.rstrip("/"): data}


def measure(runners: int, suite: str, steps: int, model_config: dict[str, Any], folder: str) -> dict[str, Any]:
    """Sample `steps` env steps with `runners` env runners; return rates and the time breakdown."""
    from ray.rllib.execution.rollout_ops import synchronous_parallel_sample

    from mlirrl.config import TrainConfig
    from mlirrl.ppo import build_ppo_config
    from mlirrl.ray_utils import init_ray, shutdown_ray

    config = TrainConfig(
        model="lstm", model_config=model_config, suite=suite, num_workers=runners, num_gpus=0,
        train_batch_size=steps, minibatch_size=min(64, steps), sample_timeout_s=900.0,
        env={"cache_path": f"{folder}/cache-{runners}.sqlite"},
    )
    started_ray = not init_ray(num_cpus=max(os.cpu_count() or 1, runners + 1), log_to_driver=False)["already_running"]
    algo = None
    try:
        algo = build_ppo_config(config).build_algo()
        group = algo.env_runner_group

        warm_started = time.perf_counter()
        synchronous_parallel_sample(worker_set=group, max_env_steps=max(steps // 4, runners * 8),
                                    _uses_new_env_runners=True, _return_metrics=True)
        warm_up_s = time.perf_counter() - warm_started

        started = time.perf_counter()
        episodes, metrics = synchronous_parallel_sample(
            worker_set=group, max_env_steps=steps, concat=True, _uses_new_env_runners=True, _return_metrics=True,
        )
        wall_s = time.perf_counter() - started
    finally:
        if algo is not None:
            algo.stop()
        if started_ray:
            shutdown_ray()

    env_steps = sum(len(episode) for episode in episodes)
    infos = _final_infos(episodes)
    compiled = [info for info in infos if not info.get("cache_hit") and info.get("schedule_key")]
    timers = _runner_timers(metrics)
    return {
        "runners": runners,
        "wall_s": wall_s,
        "warm_up_s": warm_up_s,
        "env_steps": env_steps,
        "steps_per_s": env_steps / wall_s,
        "episodes": len(infos),
        "episodes_per_s": len(infos) / wall_s,
        "compiled": len(compiled),
        "cache_hits": sum(1 for info in infos if info.get("cache_hit")),
        "failures": sum(1 for info in infos if info.get("failure")),
        "final_step_s": sum(float(info.get("final_step_s") or 0.0) for info in infos),
        "compile_s": sum(float(info.get("compile_s") or 0.0) for info in infos),
        "run_s": sum(float(info.get("run_s") or 0.0) for info in infos),
        "timers": timers,
    }


def non_final_step_rate(suite: str, folder: str, episodes: int = 4) -> float:
    """Non-final env steps per second of a random policy (`envs.bench`), in this process."""
    from envs.bench import StepTimes, run_episodes
    from envs.schedule_env import ScheduleEnv

    times = StepTimes()
    env = ScheduleEnv({"suite": suite, "split": "train", "cache_path": f"{folder}/cache-steps.sqlite"})
    try:
        run_episodes(env, episodes, 0, times)
    finally:
        env.close()
    return len(times.non_final) / sum(times.non_final) if times.non_final else float("nan")


def run(quick: bool, runner_counts: list[int] | None = None, suite: str | None = None,
        steps: int | None = None) -> Section:
    started, before = utc_now(), conditions_line()
    runner_counts = runner_counts or [1, 2, 4]
    suite = suite or ("tiny" if quick else "small")
    steps = steps or (128 if quick else 512)
    rows, breakdown, data = [], [], {}
    first_rate = 0.0
    with tempfile.TemporaryDirectory(prefix="mlirrl-rollout-") as folder:
        for runners in runner_counts:
            logger.info("rollout: %d env runner(s), %d steps on %s", runners, steps, suite)
            result = measure(runners, suite, steps, {}, folder)
            data[runners] = result
            first_rate = first_rate or result["steps_per_s"] / runners
            busy_s = result["wall_s"] * runners
            rows.append([
                runners, result["env_steps"], fmt(result["wall_s"], ".1f"), fmt(result["steps_per_s"], ".1f"),
                fmt(result["steps_per_s"] / (runners * first_rate), ".2f"),
                result["episodes"], fmt(result["episodes_per_s"], ".2f"), result["compiled"], result["cache_hits"],
                result["failures"],
            ])
            breakdown.append([
                runners, fmt(busy_s, ".1f"), fmt(result["compile_s"], ".1f"), fmt(result["run_s"], ".1f"),
                fmt(result["final_step_s"] - result["compile_s"] - result["run_s"], ".1f"),
                fmt(busy_s - result["final_step_s"], ".1f"),
            ])
        step_rate = non_final_step_rate(suite, folder)

    text = header("Rollout throughput", started, before)
    text += (
        f"\nSuite `{suite}` (train split) with the default LSTM policy. Each timed sample takes {steps} env steps "
        "through RLlib's `synchronous_parallel_sample` over the env runner group, as a PPO iteration does, after "
        "a warm-up sample. Every runner count gets a fresh execution cache, so only repeats of a schedule inside "
        "a sample hit the cache. Benchmarks evaluated are finished episodes.\n\n"
    )
    text += table(["env runners", "env steps", "wall s", "env steps/s", "scaling efficiency", "benchmarks",
                   "benchmarks/s", "compiled", "cache hits", "failures"], rows)
    text += (
        f"\nScaling efficiency = env steps/s divided by (runners x the per-runner rate of the first row). "
        f"Non-final env steps alone (no MLIR work, `envs.bench` with a random policy on `{suite}`): "
        f"{fmt(step_rate, ',.0f')} steps/s on one core.\n"
    )
    text += (
        "\nWhere the time of the env runners goes, summed over runners (runner-seconds = wall x runners). "
        "Compile and run come from the final steps' info (`compile_s`, `run_s`; run includes the verification "
        "run and any wait for the node lock); worker overhead = `final_step_s` minus both. Everything else is "
        "policy inference with RLlib's connectors, non-final env steps, resets (baselines of newly drawn "
        "programs) and waiting for the slowest runner; the RLlib timers below split it per call.\n\n"
    )
    text += table(["env runners", "runner-seconds", "compile s", "timed run s", "worker overhead s",
                   "everything else s"], breakdown)
    timer_rows = []
    for runners, result in data.items():
        for key, value in sorted(result["timers"].items()):
            timer_rows.append([runners, f"`{key}`", fmt(value * 1e3, ".2f")])
    if timer_rows:
        text += ("\nRLlib env runner timers, ms per call: RLlib's moving average (it includes the warm-up sample), "
                 "mean over runners. `rlmodule_inference_timer` is the policy forward pass of one step; "
                 "`env_step_timer` includes the final steps that compile and run.\n\n")
        text += table(["env runners", "timer", "ms"], timer_rows, "llr")
    return Section("rollout", "Rollout throughput", text, data)
