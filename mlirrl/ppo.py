"""Build the RLlib PPO configuration of a training run and collect its custom metrics.

Shared by `mlirrl.train` and `mlirrl.tune`: both turn a `TrainConfig` into the same
`PPOConfig`, so a sweep trains exactly what a single run trains.
"""

from __future__ import annotations

import logging
import math
import os
from typing import Any

from ray.rllib.callbacks.callbacks import RLlibCallback

from mlirrl.config import TrainConfig

logger = logging.getLogger(__name__)

# Keys under which the env runners log per-episode results (see MetricsCallback).
METRIC_LOG_SPEEDUP = "mlirrl/log_speedup"
METRIC_FAILURE_PREFIX = "mlirrl/failures/"
METRIC_CACHE_HIT = "mlirrl/cache_hit"
METRIC_COMPILE_S = "mlirrl/compile_s"
METRIC_RUN_S = "mlirrl/run_s"
METRIC_EPISODES = "mlirrl/episodes"
FAILURE_KINDS = ("parse", "unsupported", "schedule", "transform", "lowering", "jit", "crash", "timeout", "wrong_result")


def learner_gpus(config: TrainConfig) -> int:
    """Return the learner's GPU count: the configured number, else 1 when torch finds
    a CUDA device.

    A GPU request on a machine without one makes RLlib hang or fail, so the default
    follows what torch finds.
    """
    if config.num_gpus is not None:
        return config.num_gpus
    import torch

    return 1 if torch.cuda.is_available() else 0


def env_config(config: TrainConfig, suite: str | None = None, split: str = "train") -> dict[str, Any]:
    """Build the env_config dict that every env runner passes to `envs.ScheduleEnv`."""
    cache_path = config.env.get("cache_path")
    if cache_path is None:
        cache_path = os.path.join(os.path.abspath(run_directory(config)), "cache.sqlite")
    data = {
        "suite": suite or config.suite,
        "split": split,
        "threads": config.threads,
        "seed": config.seed,
        "cache_path": cache_path,
    }
    data.update({k: v for k, v in config.env.items() if k != "cache_path"})
    return data


def run_directory(config: TrainConfig) -> str:
    name = config.name or f"{config.model}-{config.suite}"
    return os.path.join(config.output, name)


def build_ppo_config(config: TrainConfig):
    """Turn a TrainConfig into an RLlib PPOConfig (new API stack)."""
    from ray.rllib.algorithms.ppo import PPOConfig

    import models
    from envs import ScheduleEnv

    gpus = learner_gpus(config)
    spec = models.module_spec(config.model, **config.model_config)

    ppo = (
        PPOConfig()
        .environment(ScheduleEnv, env_config=env_config(config))
        .env_runners(
            num_env_runners=config.num_workers,
            num_envs_per_env_runner=config.envs_per_worker,
            num_cpus_per_env_runner=config.cpus_per_worker,
            rollout_fragment_length="auto",
            sample_timeout_s=config.sample_timeout_s,
        )
        .learners(num_learners=1 if gpus else 0, num_gpus_per_learner=gpus)
        .training(
            lr=config.resolved_lr(),
            train_batch_size_per_learner=config.train_batch_size,
            minibatch_size=config.minibatch_size,
            num_epochs=config.epochs,
            gamma=config.gamma,
            lambda_=config.lambda_,
            clip_param=config.clip_param,
            vf_loss_coeff=config.vf_loss_coeff,
            entropy_coeff=config.entropy_coeff,
            grad_clip=config.grad_clip,
            grad_clip_by="global_norm",
        )
        .rl_module(rl_module_spec=spec)
        .callbacks(MetricsCallback)
        .fault_tolerance(
            restart_failed_env_runners=True,
            max_num_env_runner_restarts=1000,
        )
        .debugging(seed=config.seed, log_level="WARN")
        .reporting(metrics_num_episodes_for_smoothing=1000)
    )
    return ppo


class MetricsCallback(RLlibCallback):
    """Log per-episode speedup, failures, cache hits and compile/run time from the
    env's final `info` into RLlib's metrics (they reach the result dict under
    `env_runners/mlirrl/...`, TensorBoard and the Ray dashboard)."""

    def on_episode_end(self, *, episode, metrics_logger=None, **kwargs) -> None:
        if metrics_logger is None:
            return
        infos = episode.get_infos()
        info = infos[-1] if len(infos) else {}
        if not info or "speedup" not in info:
            return

        metrics_logger.log_value(METRIC_EPISODES, 1, reduce="sum")
        failure = info.get("failure")
        if failure:
            metrics_logger.log_value(METRIC_FAILURE_PREFIX + str(failure), 1, reduce="sum")
        speedup = info.get("speedup") or 0.0
        if not failure and speedup > 0:
            metrics_logger.log_value(METRIC_LOG_SPEEDUP, math.log(speedup), reduce="mean")
        metrics_logger.log_value(METRIC_CACHE_HIT, 1.0 if info.get("cache_hit") else 0.0, reduce="mean")
        metrics_logger.log_value(METRIC_COMPILE_S, float(info.get("compile_s") or 0.0), reduce="sum")
        metrics_logger.log_value(METRIC_RUN_S, float(info.get("run_s") or 0.0), reduce="sum")


def summarize_result(result: dict[str, Any]) -> dict[str, float]:
    """Flatten one `algo.train()` result into the per-iteration metrics of a run."""
    runners = result.get("env_runners", {}) or {}
    learners = (result.get("learners", {}) or {}).get("default_policy", {}) or {}
    timers = result.get("timers", {}) or {}

    def number(value: Any, default: float = float("nan")) -> float:
        try:
            return float(value)
        except (TypeError, ValueError):
            return default

    episodes = number(runners.get(METRIC_EPISODES), 0.0)
    log_speedup = number(runners.get(METRIC_LOG_SPEEDUP))
    summary = {
        "iteration": number(result.get("training_iteration")),
        "episode_reward_mean": number(runners.get("episode_return_mean")),
        "episodes": episodes,
        "geomean_speedup": math.exp(log_speedup) if not math.isnan(log_speedup) else float("nan"),
        "cache_hit_rate": number(runners.get(METRIC_CACHE_HIT)),
        "compile_s": number(runners.get(METRIC_COMPILE_S), 0.0),
        "run_s": number(runners.get(METRIC_RUN_S), 0.0),
        "env_steps": number(runners.get("num_env_steps_sampled"), 0.0),
        "entropy": number(learners.get("entropy")),
        "kl": number(learners.get("mean_kl_loss")),
        "policy_loss": number(learners.get("policy_loss")),
        "value_loss": number(learners.get("vf_loss")),
        "iteration_s": number(result.get("time_this_iter_s")),
        "sample_s": number(timers.get("env_runner_sampling_timer")),
        "learn_s": number(timers.get("learner_update_timer")),
    }
    failures = 0.0
    for kind in FAILURE_KINDS:
        count = number(runners.get(METRIC_FAILURE_PREFIX + kind), 0.0)
        summary[f"failures_{kind}"] = count
        failures += count
    summary["failures"] = failures
    if summary["iteration_s"] and summary["iteration_s"] > 0:
        summary["env_steps_per_s"] = summary["env_steps"] / summary["iteration_s"]
    else:
        summary["env_steps_per_s"] = float("nan")
    if summary["learn_s"] and summary["learn_s"] > 0:
        summary["learner_samples_per_s"] = summary["env_steps"] / summary["learn_s"]
    else:
        summary["learner_samples_per_s"] = float("nan")
    return summary
