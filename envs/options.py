"""Options of the scheduling environment, with their defaults and checks."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from envs.spaces import SpaceConfig
from mlirrl.errors import ConfigError

SPLITS = ("train", "eval", "all")
INTERCHANGE_MODES = ("pointers", "swaps")
INVALID_ACTION_MODES = ("raise", "penalize")


@dataclass
class EnvOptions:
    """Every option of `envs.ScheduleEnv`; see the class docstring for their meaning."""

    suite: str | None = "tiny"
    files: list[str] | None = None
    programs: list[Any] | None = None
    split: str = "train"
    max_loops: int = 12
    tile_sizes: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64)
    max_steps_per_op: int = 5
    interchange_mode: str = "pointers"
    max_vector_elements: int = 512
    log_base: float | None = None
    failure_penalty: float = -5.0
    invalid_action_penalty: float = -5.0
    invalid_action: str = "raise"
    threads: int = 1
    parallel: bool = True
    seed: int | None = None
    cache_path: str | None = None
    compile_timeout_s: float | None = None
    run_timeout_floor_s: float | None = None
    service_options: dict[str, Any] = field(default_factory=dict)
    evaluator: Any = None
    render_mode: str | None = None

    @classmethod
    def from_config(cls, config: dict[str, Any] | None, kwargs: dict[str, Any]) -> EnvOptions:
        """Merge an RLlib-style `env_config` dict with keyword arguments (which win)."""
        merged = dict(config or {})
        merged.update(kwargs)
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(merged) - known)
        if unknown:
            raise ConfigError(
                f"unknown ScheduleEnv option(s) {', '.join(unknown)}; known options: {', '.join(sorted(known))}"
            )
        options = cls(**merged)
        options.validate()
        return options

    def validate(self) -> None:
        if self.split not in SPLITS:
            raise ConfigError(f"invalid split {self.split!r}; expected one of {', '.join(SPLITS)}")
        if self.interchange_mode not in INTERCHANGE_MODES:
            raise ConfigError(
                f"invalid interchange_mode {self.interchange_mode!r}; expected one of {', '.join(INTERCHANGE_MODES)}"
            )
        if self.invalid_action not in INVALID_ACTION_MODES:
            raise ConfigError(
                f"invalid invalid_action {self.invalid_action!r}; expected one of {', '.join(INVALID_ACTION_MODES)}"
            )
        if self.max_loops < 1:
            raise ConfigError(f"max_loops must be at least 1, got {self.max_loops}")
        if self.interchange_mode == "swaps" and self.max_loops < 4:
            raise ConfigError(f"interchange_mode 'swaps' needs max_loops >= 4 (3N - 6 candidates), got {self.max_loops}")
        if self.max_steps_per_op < 1:
            raise ConfigError(f"max_steps_per_op must be at least 1, got {self.max_steps_per_op}")
        sizes = tuple(int(size) for size in self.tile_sizes)
        if not sizes or any(size < 1 for size in sizes) or len(set(sizes)) != len(sizes):
            raise ConfigError(f"tile_sizes must be distinct positive integers (0, 'no tiling', is implied), got {self.tile_sizes!r}")
        self.tile_sizes = sizes
        if self.max_vector_elements < 1:
            raise ConfigError(f"max_vector_elements must be at least 1, got {self.max_vector_elements}")
        if self.log_base is not None and (self.log_base <= 0 or self.log_base == 1):
            raise ConfigError(f"log_base must be positive and not 1 (None means natural log), got {self.log_base}")
        if self.suite is None and not self.files and not self.programs:
            raise ConfigError("no benchmarks: set suite, files or programs")
        if self.threads < 1:
            raise ConfigError(f"threads must be at least 1, got {self.threads}")

    def space_config(self) -> SpaceConfig:
        return SpaceConfig(
            max_loops=self.max_loops,
            tile_sizes=(0,) + self.tile_sizes,
            max_steps_per_op=self.max_steps_per_op,
            interchange_mode=self.interchange_mode,
        )

    def reward(self, baseline_ns: float, new_ns: float) -> float:
        """log(baseline / new) in the configured base (natural log by default)."""
        value = math.log(baseline_ns / max(new_ns, 1e-3))
        if self.log_base is not None:
            value /= math.log(self.log_base)
        return value
