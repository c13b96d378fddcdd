"""Hyperparameter sweeps with Ray Tune: `python -m mlirrl.tune tune_configs/FILE.yaml`.

A sweep file has the keys:

    name          experiment name (results go to STORAGE_PATH/NAME/)
    storage_path  parent folder of experiments (default runs/tune)
    metric        reported metric to optimize (default eval_geomean_speedup, held out)
    mode          max or min (default max)
    num_samples   samples per grid point / random draws (default 1)
    max_concurrent_trials   trials running at once (default: as many as fit)
    scheduler     {type: asha|median|fifo, grace_period, max_t, reduction_factor}
    base          training options of mlirrl.train (the TrainConfig schema)
    param_space   option -> {grid: [...]} | {choice: [...]} | {uniform: [lo, hi]} |
                  {loguniform: [lo, hi]} | a plain value

Every trial runs the same training loop as `mlirrl.train` (same PPO configuration,
same metrics), evaluates on the held-out split every `base.eval_every` iterations
(every iteration when unset) and reports all metrics to Tune each iteration. At the
end the trial table is printed and the best trial's options are written as
`best_config.yaml`, which `mlirrl.train --config` accepts.
"""

from __future__ import annotations

import argparse
import logging
import math
import pathlib
import sys
from typing import Any


from mlirrl.config import TrainConfig, load_config_file, save_config
from mlirrl.errors import ConfigError, MlirrlError
from mlirrl.log import setup_logging

logger = logging.getLogger("mlirrl.tune")

DEFAULT_METRIC = "eval_geomean_speedup"


def search_space(param_space: dict[str, Any]) -> dict[str, Any]:
    """Turn the YAML parameter specs into Ray Tune search-space objects."""
    from ray import tune

    space: dict[str, Any] = {}
    for name, spec in (param_space or {}).items():
        if not isinstance(spec, dict):
            space[name] = spec
            continue
        if len(spec) != 1:
            raise ConfigError(f"param_space.{name}: expected one of grid, choice, uniform, loguniform; got {sorted(spec)}")
        kind, values = next(iter(spec.items()))
        if kind == "grid":
            space[name] = tune.grid_search(list(values))
        elif kind == "choice":
            space[name] = tune.choice(list(values))
        elif kind == "uniform":
            space[name] = tune.uniform(float(values[0]), float(values[1]))
        elif kind == "loguniform":
            space[name] = tune.loguniform(float(values[0]), float(values[1]))
        else:
            raise ConfigError(f"param_space.{name}: unknown kind {kind!r}; use grid, choice, uniform or loguniform")
    return space


def make_scheduler(spec: dict[str, Any] | None, metric: str, mode: str):
    from ray.tune.schedulers import ASHAScheduler, FIFOScheduler, MedianStoppingRule

    spec = dict(spec or {"type": "fifo"})
    kind = spec.pop("type", "fifo")
    if kind == "asha":
        return ASHAScheduler(metric=metric, mode=mode, time_attr="training_iteration", **spec)
    if kind == "median":
        return MedianStoppingRule(metric=metric, mode=mode, time_attr="training_iteration", **spec)
    if kind == "fifo":
        return FIFOScheduler()
    raise ConfigError(f"scheduler.type {kind!r} is unknown; use asha, median or fifo")


def train_trial(params: dict[str, Any]) -> None:
    """Tune function trainable: one training run with `params` applied to the base options."""
    import json
    import os
    import tempfile

    from ray import tune

    from mlirrl.ppo import build_ppo_config, summarize_result
    from mlirrl.train import run_evaluation

    # Tune keeps `params` as the trial's config, so it is copied before it is split.
    params = dict(params)
    base = params.pop("__base__")
    config = TrainConfig.from_dict(base).updated(params)
    trial_dir = pathlib.Path(tune.get_context().get_trial_dir())
    config = config.updated({"output": str(trial_dir), "name": "run", "env": {"cache_path": base["env"].get("cache_path") or str(trial_dir / "cache.sqlite")}})
    run_dir = trial_dir / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    save_config(config, run_dir / "config.yaml")

    algo = build_ppo_config(config).build_algo()
    start = 0
    checkpoint = tune.get_checkpoint()
    if checkpoint is not None:
        with checkpoint.as_directory() as folder:
            algo.restore_from_path(os.path.join(folder, "algo"))
            start = json.loads(pathlib.Path(folder, "state.json").read_text())["iteration"]

    eval_every = config.eval_every or 1
    last_eval: dict[str, float] = {}
    try:
        for iteration in range(start + 1, config.iterations + 1):
            metrics = summarize_result(algo.train())
            metrics["iteration"] = iteration
            if iteration % eval_every == 0 or iteration == config.iterations:
                last_eval = run_evaluation(algo, config, run_dir, iteration)
            metrics.update(last_eval)
            clean = {k: v for k, v in metrics.items() if not (isinstance(v, float) and math.isnan(v))}
            with tempfile.TemporaryDirectory() as folder:
                algo.save_to_path(os.path.join(folder, "algo"))
                pathlib.Path(folder, "state.json").write_text(json.dumps({"iteration": iteration}))
                tune.report(clean, checkpoint=tune.Checkpoint.from_directory(folder))
    finally:
        algo.stop()


def trial_resources(config: TrainConfig):
    """Resources of one trial: the trainer process, the learner GPU and the env runners."""
    from ray import tune

    from mlirrl.ppo import learner_gpus

    bundles = [{"CPU": 1.0, "GPU": float(learner_gpus(config))}]
    bundles += [{"CPU": config.cpus_per_worker} for _ in range(config.num_workers)]
    return tune.PlacementGroupFactory(bundles)


def run_sweep(spec: dict[str, Any], source: str, address: str | None, resume: bool, dashboard: bool) -> pathlib.Path:
    from ray import tune

    from mlirrl.ray_utils import init_ray, shutdown_ray

    name = spec.get("name") or pathlib.Path(source).stem
    storage = pathlib.Path(spec.get("storage_path", "runs/tune")).resolve()
    metric = spec.get("metric", DEFAULT_METRIC)
    mode = spec.get("mode", "max")
    base = TrainConfig().updated(spec.get("base", {}))
    base_dict = base.to_dict()
    space = search_space(spec.get("param_space", {}))
    unknown = set(space) - set(base_dict)
    if unknown:
        raise ConfigError(f"{source}: param_space names unknown training option(s) {', '.join(sorted(unknown))}")

    init_ray(address=address, num_cpus=None if address else max(4, base.num_workers + 2), dashboard=dashboard)
    try:
        trainable = tune.with_resources(train_trial, trial_resources(base))
        experiment = storage / name
        if resume and tune.Tuner.can_restore(str(experiment)):
            logger.info("restoring experiment %s", experiment)
            tuner = tune.Tuner.restore(str(experiment), trainable=trainable, resume_errored=True)
        else:
            tuner = tune.Tuner(
                trainable,
                param_space={**space, "__base__": base_dict},
                tune_config=tune.TuneConfig(
                    num_samples=int(spec.get("num_samples", 1)),
                    scheduler=make_scheduler(spec.get("scheduler"), metric, mode),
                    max_concurrent_trials=spec.get("max_concurrent_trials"),
                ),
                run_config=tune.RunConfig(
                    name=name,
                    storage_path=str(storage),
                    stop={"training_iteration": base.iterations},
                    checkpoint_config=tune.CheckpointConfig(num_to_keep=1),
                ),
            )
        results = tuner.fit()
    finally:
        shutdown_ray()

    print_trial_table(results, list(space), metric)
    best = results.get_best_result(metric=metric, mode=mode, filter_nan_and_inf=True)
    if best is None or best.config is None:
        raise MlirrlError(f"no trial of {name} reported {metric}; see the trial logs under {storage / name}")
    best_config = TrainConfig.from_dict(best.config["__base__"]).updated(
        {k: v for k, v in best.config.items() if k != "__base__"}
    )
    best_config = best_config.updated({"output": "runs", "name": f"{name}-best", "env": {"cache_path": None}})
    best_path = storage / name / "best_config.yaml"
    save_config(best_config, best_path)
    print(f"best trial: {metric}={best.metrics.get(metric)}; its training options: {best_path}")
    return best_path


def print_trial_table(results: Any, params: list[str], metric: str) -> None:
    rows = []
    for result in results:
        config = result.config or {}
        metrics = result.metrics or {}
        rows.append(
            [str(getattr(result, "path", "") and pathlib.Path(result.path).name)[:40]]
            + [str(config.get(p)) for p in params]
            + [f"{metrics.get('training_iteration', '')}", f"{metrics.get(metric, float('nan')):.4g}"
               if isinstance(metrics.get(metric), (int, float)) else "n/a",
               "error" if result.error else "ok"]
        )
    header = ["trial"] + params + ["iterations", metric, "status"]
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    for row in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mlirrl.tune",
        description="Run a Ray Tune sweep over mlirrl.train options.",
    )
    parser.add_argument("sweep", help="sweep YAML file (see tune_configs/)")
    parser.add_argument("--address", default=None, help="address of an existing Ray cluster (default: start a local one)")
    parser.add_argument("--resume", action="store_true", help="restore an interrupted experiment of the same name")
    parser.add_argument("--storage-path", default=None, help="override the file's storage_path")
    parser.add_argument("--dashboard", action="store_true", help="start the Ray dashboard on 127.0.0.1:8265")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    args = parser.parse_args(argv)
    setup_logging(args.verbose)
    try:
        spec = load_config_file(args.sweep)
        if args.storage_path:
            spec["storage_path"] = args.storage_path
        run_sweep(spec, args.sweep, args.address, args.resume, args.dashboard)
    except MlirrlError as exc:
        logger.error("%s", exc)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
