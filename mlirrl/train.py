"""Train a scheduling policy with PPO on Ray RLlib: `python -m mlirrl.train`.

With no flags it trains the LSTM policy on the bundled `small` suite on the local
machine. Every run writes to `OUTPUT/NAME/`:

    config.yaml         the configuration used (accepted back by --config)
    metrics.csv         one row per iteration
    tensorboard/        TensorBoard event files
    checkpoints/iter_NNNNNN/   RLlib checkpoints, every --checkpoint-every iterations and at the end
    eval/iter_NNNNNN/   periodic held-out evaluations (CSV, markdown, PNG)
    placement.json      the Ray node of the driver and of each env runner
    cache.sqlite        execution-time cache shared by the env runners of the node;
                        on the other nodes of a cluster the same path contains that
                        node's own cache
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import math
import os
import pathlib
import shutil
import sys
import time
from typing import Any

from mlirrl.config import TrainConfig, load_config_file, save_config
from mlirrl.errors import ConfigError, MlirrlError
from mlirrl.log import setup_logging

logger = logging.getLogger("mlirrl.train")

CHECKPOINT_STATE = "mlirrl_state.json"


def build_parser() -> argparse.ArgumentParser:
    defaults = TrainConfig()
    parser = argparse.ArgumentParser(
        prog="python -m mlirrl.train",
        description="Train an MLIR scheduling policy with distributed PPO (Ray RLlib).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
        argument_default=argparse.SUPPRESS,
    )
    parser.add_argument("--config", help="YAML file of training options; flags given here override it")
    parser.add_argument("--model", choices=["lstm", "distilbert"], help=f"policy model (default {defaults.model})")
    parser.add_argument("--num-workers", type=int, dest="num_workers",
                        help=f"Ray env runners (rollout workers) (default {defaults.num_workers})")
    parser.add_argument("--envs-per-worker", type=int, dest="envs_per_worker",
                        help=f"environments per env runner (default {defaults.envs_per_worker})")
    parser.add_argument("--cpus-per-worker", type=float, dest="cpus_per_worker",
                        help=f"logical CPUs Ray reserves per env runner (default {defaults.cpus_per_worker})")
    parser.add_argument("--learner-threads", type=int, dest="learner_threads",
                        help="torch threads of a learner in the driver process (default: cores minus env runners, at least 1)")
    parser.add_argument("--num-gpus", type=int, dest="num_gpus",
                        help="GPUs for the learner (default: 1 if torch sees CUDA, else 0)")
    parser.add_argument("--suite", help=f"training suite: a bundled name or a folder (default {defaults.suite})")
    parser.add_argument("--eval-suite", dest="eval_suite",
                        help="held-out suite for evaluation (default: the eval split of --suite)")
    parser.add_argument("--iterations", type=int, help=f"PPO iterations in total (default {defaults.iterations})")
    parser.add_argument("--lr", type=float, help="learning rate (default 1e-3 for lstm, 1e-4 for distilbert)")
    parser.add_argument("--train-batch-size", type=int, dest="train_batch_size",
                        help=f"env steps per PPO iteration (default {defaults.train_batch_size})")
    parser.add_argument("--minibatch-size", type=int, dest="minibatch_size",
                        help=f"SGD minibatch size in env steps (default {defaults.minibatch_size})")
    parser.add_argument("--epochs", type=int, help=f"SGD epochs per iteration (default {defaults.epochs})")
    parser.add_argument("--entropy-coeff", type=float, dest="entropy_coeff",
                        help=f"entropy bonus coefficient (default {defaults.entropy_coeff})")
    parser.add_argument("--threads", type=int, help=f"threads of the generated code (default {defaults.threads})")
    parser.add_argument("--address", help="address of an existing Ray cluster (default: start a local one)")
    parser.add_argument("--output", help=f"parent folder of run directories (default {defaults.output})")
    parser.add_argument("--name", help="run directory name (default MODEL-SUITE)")
    parser.add_argument("--resume", action="store_true",
                        help="continue the run in OUTPUT/NAME from its last checkpoint")
    parser.add_argument("--seed", type=int, help=f"random seed (default {defaults.seed})")
    parser.add_argument("--checkpoint-every", type=int, dest="checkpoint_every",
                        help=f"iterations between checkpoints (default {defaults.checkpoint_every})")
    parser.add_argument("--eval-every", type=int, dest="eval_every",
                        help="iterations between held-out evaluations, 0 = only at the end (default 0)")
    parser.add_argument("--dashboard", action="store_true",
                        help="start the Ray dashboard on 127.0.0.1:8265 (needs the 'dashboard' extra)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    return parser


def resolve_config(args: argparse.Namespace) -> TrainConfig:
    """Defaults, then the YAML file, then the flags given on the command line."""
    overrides = {k: v for k, v in vars(args).items() if k not in ("config", "verbose", "resume")}
    config = TrainConfig()
    if getattr(args, "config", None):
        config = config.updated(load_config_file(args.config))
    return config.updated(overrides)


# ---------------------------------------------------------------------------
# Run directory


class RunWriter:
    """Writes the per-iteration metrics of a run to CSV and TensorBoard.

    `last_iteration` is the iteration a resumed run restarts after: rows of later
    iterations (run after the last checkpoint, before a kill) are dropped from
    metrics.csv, because the resumed run writes them again.
    """

    def __init__(self, run_dir: pathlib.Path, last_iteration: int | None = None) -> None:
        self.run_dir = run_dir
        self.csv_path = run_dir / "metrics.csv"
        self._columns: list[str] | None = None
        if self.csv_path.exists():
            with self.csv_path.open() as handle:
                header = handle.readline().strip()
            self._columns = header.split(",") if header else None
            if self._columns and last_iteration is not None:
                self._truncate(last_iteration)
        from torch.utils.tensorboard import SummaryWriter

        self.tensorboard = SummaryWriter(str(run_dir / "tensorboard"))

    def _truncate(self, last_iteration: int) -> None:
        """Keep the complete rows up to `last_iteration`; a row cut short by a kill is dropped too."""
        with self.csv_path.open(newline="") as handle:
            rows = list(csv.reader(handle))[1:]
        kept = [row for row in rows if len(row) == len(self._columns) and _row_iteration(row, self._columns) <= last_iteration]
        if len(kept) == len(rows):
            return
        logger.warning("metrics.csv: dropping %d row(s) after iteration %d, which the resumed run repeats",
                       len(rows) - len(kept), last_iteration)
        temporary = self.csv_path.with_suffix(".csv.tmp")
        with temporary.open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(self._columns)
            writer.writerows(kept)
        os.replace(temporary, self.csv_path)

    def write(self, metrics: dict[str, float]) -> None:
        if self._columns is None:
            self._columns = list(metrics)
            with self.csv_path.open("w", newline="") as handle:
                csv.writer(handle).writerow(self._columns)
        with self.csv_path.open("a", newline="") as handle:
            csv.writer(handle).writerow([metrics.get(column, "") for column in self._columns])

        step = int(metrics.get("iteration", 0))
        for key, value in metrics.items():
            if isinstance(value, (int, float)) and not math.isnan(value):
                self.tensorboard.add_scalar(_tensorboard_tag(key), value, step)
        self.tensorboard.flush()

    def close(self) -> None:
        self.tensorboard.close()


def _row_iteration(row: list[str], columns: list[str]) -> float:
    try:
        return float(row[columns.index("iteration")])
    except (ValueError, IndexError):
        return math.inf


def _tensorboard_tag(key: str) -> str:
    if key.startswith("failures"):
        return f"failures/{key}"
    if key in ("entropy", "kl", "policy_loss", "value_loss"):
        return f"losses/{key}"
    if key.startswith("eval_"):
        return f"eval/{key}"
    return f"charts/{key}"


# Per-iteration metrics exported as Ray gauges (`mlirrl_<name>`), which Ray's metrics
# agent serves to Prometheus and the dashboard's Metrics view.
EXPORTED_METRICS = (
    "episode_reward_mean", "geomean_speedup", "eval_geomean_speedup", "failures", "cache_hit_rate",
    "entropy", "env_steps_per_s", "learner_samples_per_s",
)


class RayMetricsExporter:
    """Sets one Ray gauge per exported metric, tagged with the run name."""

    def __init__(self, run_name: str) -> None:
        from ray.util.metrics import Gauge

        self.tags = {"run": run_name}
        self.gauges = {
            name: Gauge(f"mlirrl_{name}", description=f"mlirrl training metric {name}", tag_keys=("run",))
            for name in EXPORTED_METRICS
        }

    def export(self, metrics: dict[str, float]) -> None:
        for name, gauge in self.gauges.items():
            value = metrics.get(name)
            if isinstance(value, (int, float)) and not math.isnan(value):
                gauge.set(float(value), tags=self.tags)


def latest_checkpoint(run_dir: pathlib.Path) -> pathlib.Path | None:
    folder = run_dir / "checkpoints"
    candidates = sorted(p for p in folder.glob("iter_*") if (p / CHECKPOINT_STATE).exists())
    return candidates[-1] if candidates else None


def save_checkpoint(algo: Any, run_dir: pathlib.Path, iteration: int) -> pathlib.Path:
    """Save an RLlib checkpoint; the state file is written last, so a checkpoint
    interrupted by a kill is never taken for a complete one."""
    path = run_dir / "checkpoints" / f"iter_{iteration:06d}"
    if path.exists():
        shutil.rmtree(path)
    algo.save_to_path(str(path))
    (path / CHECKPOINT_STATE).write_text(json.dumps({"iteration": iteration, "time": time.time()}))
    logger.info("checkpoint saved: %s", path)
    return path


# ---------------------------------------------------------------------------
# Main loop


def format_summary(metrics: dict[str, float], total: int) -> str:
    def show(value: float, spec: str) -> str:
        return "n/a" if value is None or math.isnan(value) else format(value, spec)

    return (
        f"iter {int(metrics['iteration'])}/{total}  "
        f"reward {show(metrics['episode_reward_mean'], '.3f')}  "
        f"geomean speedup {show(metrics['geomean_speedup'], '.2f')}x  "
        f"episodes {int(metrics['episodes'])}  failures {int(metrics['failures'])}  "
        f"cache hits {show(100 * metrics['cache_hit_rate'], '.0f')}%  "
        f"entropy {show(metrics['entropy'], '.3f')}  "
        f"{show(metrics['env_steps_per_s'], '.1f')} steps/s  "
        f"{show(metrics['iteration_s'], '.1f')} s"
    )


def train(config: TrainConfig, resume: bool = False) -> pathlib.Path:
    """Run PPO training as configured; return the run directory."""
    from mlirrl.ppo import build_ppo_config, run_directory, summarize_result
    from mlirrl.ray_utils import init_ray, shutdown_ray

    run_dir = pathlib.Path(run_directory(config)).resolve()
    checkpoint = latest_checkpoint(run_dir) if resume else None
    if resume and checkpoint is None:
        logger.warning("no checkpoint found in %s; starting from scratch", run_dir)
    if not resume and (run_dir / "metrics.csv").exists():
        raise MlirrlError(f"run directory {run_dir} already contains a run; pass --resume to continue it or --name for a new one")
    run_dir.mkdir(parents=True, exist_ok=True)
    save_config(config, run_dir / "config.yaml")

    # On a node shared with the compiler workers, more torch threads than free cores
    # slow the learner down by an order of magnitude (measured on 2 cores).
    import torch

    torch.set_num_threads(config.resolved_learner_threads(os.cpu_count() or 1))
    num_cpus = max(os.cpu_count() or 1, config.num_workers + 1)
    init_ray(address=config.address, num_cpus=num_cpus, dashboard=config.dashboard)
    start = json.loads((checkpoint / CHECKPOINT_STATE).read_text())["iteration"] if checkpoint is not None else 0
    writer = RunWriter(run_dir, last_iteration=start if resume else None)
    exporter = RayMetricsExporter(run_dir.name)
    algo = None
    try:
        algo = build_ppo_config(config).build_algo()
        record_placement(algo, run_dir)
        if checkpoint is not None:
            algo.restore_from_path(str(checkpoint))
            logger.info("resumed from %s at iteration %d", checkpoint, start)

        for iteration in range(start + 1, config.iterations + 1):
            result = algo.train()
            metrics = summarize_result(result)
            metrics["iteration"] = iteration
            # Evaluation columns exist in every row, so metrics.csv keeps one header.
            metrics["eval_geomean_speedup"] = float("nan")
            metrics["eval_failures"] = float("nan")

            last = iteration == config.iterations
            if last or (config.eval_every and iteration % config.eval_every == 0):
                metrics.update(run_evaluation(algo, config, run_dir, iteration))
            writer.write(metrics)
            exporter.export(metrics)
            print(format_summary(metrics, config.iterations), flush=True)

            if last or iteration % max(config.checkpoint_every, 1) == 0:
                save_checkpoint(algo, run_dir, iteration)
    finally:
        writer.close()
        if algo is not None:
            algo.stop()
        shutdown_ray()
    return run_dir


def record_placement(algo: Any, run_dir: pathlib.Path) -> dict[str, Any]:
    """Write the Ray node of the driver and of every env runner to placement.json."""
    import ray

    def node_of_runner(runner: Any) -> str:
        return ray.get_runtime_context().get_node_id()

    runner_nodes = algo.env_runner_group.foreach_env_runner(node_of_runner, local_env_runner=False)
    placement = {"driver_node": ray.get_runtime_context().get_node_id(), "env_runner_nodes": list(runner_nodes)}
    (run_dir / "placement.json").write_text(json.dumps(placement, indent=2))
    logger.info("%d env runners on %d Ray node(s)", len(runner_nodes), len(set(runner_nodes)))
    return placement


def run_evaluation(algo: Any, config: TrainConfig, run_dir: pathlib.Path, iteration: int) -> dict[str, float]:
    """Greedy evaluation of the learner's current policy on the held-out suite."""
    from mlirrl.evaluate import evaluate_module, write_report
    from mlirrl.ppo import env_config

    module = algo.get_module()
    suite, split = eval_target(config)
    try:
        rows = evaluate_module(module, env_config(config, suite=suite, split=split), samples=config.eval_samples)
    except ConfigError as exc:
        # A suite without an eval split (the bundled `tiny` one) has nothing held out.
        logger.warning("no held-out evaluation at iteration %d: %s", iteration, exc)
        return {}
    summary = write_report(rows, run_dir / "eval" / f"iter_{iteration:06d}")
    logger.info("evaluation at iteration %d: geomean speedup %.3fx over %d benchmarks", iteration,
                summary["geomean_speedup"], summary["benchmarks"])
    return {"eval_geomean_speedup": summary["geomean_speedup"], "eval_failures": summary["failures"]}


def eval_target(config: TrainConfig) -> tuple[str, str]:
    if config.eval_suite:
        return config.eval_suite, "all"
    return config.suite, "eval"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    try:
        config = resolve_config(args)
        run_dir = train(config, resume=getattr(args, "resume", False))
    except MlirrlError as exc:
        logger.error("%s", exc)
        return 2
    except KeyboardInterrupt:
        logger.warning("interrupted; continue with --resume from the last checkpoint")
        return 130
    print(f"run directory: {run_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
