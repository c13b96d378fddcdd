"""Training configuration: defaults in code, overridden by a YAML file, then by CLI flags.

The same schema serves `mlirrl.train`, `mlirrl.tune` and the YAML files under
tune_configs/. Every run saves the configuration it used as `config.yaml` in its run
directory, and `--config` accepts that file back.
"""

from __future__ import annotations

import dataclasses
import pathlib
from dataclasses import dataclass, field
from typing import Any

import yaml

from mlirrl.errors import ConfigError

# Learning rates of the reference MLIR-RL runs (Adam): 1e-3 for the LSTM policy and
# 1e-4 for the DistilBERT variant.
DEFAULT_LR = {"lstm": 1e-3, "distilbert": 1e-4}


@dataclass
class TrainConfig:
    """Every option of a training run. Units: seconds, iterations, env steps."""

    model: str = "lstm"
    model_config: dict[str, Any] = field(default_factory=dict)

    suite: str = "small"
    eval_suite: str | None = None  # default: the eval split of `suite`
    iterations: int = 50
    seed: int = 0

    # PPO (reference MLIR-RL settings).
    lr: float | None = None  # None: DEFAULT_LR of the model
    train_batch_size: int = 512
    minibatch_size: int = 64
    epochs: int = 4
    clip_param: float = 0.2
    gamma: float = 1.0
    lambda_: float = 0.95
    vf_loss_coeff: float = 0.5
    entropy_coeff: float = 0.01
    grad_clip: float = 0.5

    # Resources.
    num_workers: int = 2
    envs_per_worker: int = 1
    # Env runners mostly wait on their compiler worker process, which does the CPU
    # work, so half a logical CPU each lets more runners than cores be scheduled.
    cpus_per_worker: float = 0.5
    num_gpus: int | None = None  # None: 1 when torch finds a CUDA device, else 0
    # torch threads of a learner that runs in the driver process. None: the cores
    # left over by the env runners' compiler workers, at least 1.
    learner_threads: int | None = None
    address: str | None = None
    dashboard: bool = False

    # Environment and compiler.
    env: dict[str, Any] = field(default_factory=dict)
    threads: int = 1

    # Outputs.
    output: str = "runs"
    name: str | None = None
    checkpoint_every: int = 5
    eval_every: int = 0  # 0: only at the end
    eval_samples: int = 0  # best-of-K sampled schedules in evaluation, 0: greedy only
    sample_timeout_s: float = 600.0

    def resolved_learner_threads(self, cores: int) -> int:
        if self.learner_threads is not None:
            return max(1, self.learner_threads)
        return max(1, cores - self.num_workers * self.envs_per_worker)

    def resolved_lr(self) -> float:
        if self.lr is not None:
            return self.lr
        return DEFAULT_LR.get(self.model, 1e-3)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "<dict>") -> TrainConfig:
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise ConfigError(f"{source}: unknown training option(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}")
        return cls(**data)

    def updated(self, overrides: dict[str, Any]) -> TrainConfig:
        """Return a copy with `overrides` applied (dict options are merged key by key)."""
        data = self.to_dict()
        for key, value in overrides.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            else:
                data[key] = value
        return TrainConfig.from_dict(data)


def load_config_file(path: str | pathlib.Path) -> dict[str, Any]:
    """Read a YAML mapping of training options."""
    path = pathlib.Path(path)
    if not path.is_file():
        raise ConfigError(f"configuration file {path} not found")
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of option names to values, got {type(data).__name__}")
    return data


def save_config(config: TrainConfig, path: str | pathlib.Path) -> None:
    pathlib.Path(path).write_text(yaml.safe_dump(config.to_dict(), sort_keys=False))
