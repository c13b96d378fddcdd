"""Observation and action spaces of the scheduling environment, and op feature vectors.

This module is the contract between the environment and the policy models: models
read every size from the spaces built here and never hard-code them.

Action (a gymnasium `Dict`):
    type         Discrete(6): ACTION_TYPES order, NT, T, TP, TPF, I, V
    tiling       MultiDiscrete([M] * N): tile-size index per loop for T
    parallel     MultiDiscrete([M] * N): tile-size index per loop for TP
    fusion       MultiDiscrete([M] * N): tile-size index per loop for TPF
    interchange  Discrete(K): a loop pointer (K = N) or a swap candidate (K = 3N - 6)

Tile-size index 0 means "do not tile"; index p >= 1 means `tile_sizes[p]`. Only the
parameters of the chosen type matter; the others are ignored.

Observation (a gymnasium `Dict` of float32 boxes):
    consumer     op features of the op being scheduled (OpFeatureLayout)
    producer     op features of its last producer, zeros when it has none
    history      this op's actions so far: per slot, type one-hot, tile one-hot N x M,
                 interchange one-hot N x N
    state        current loop ranges (log2 scale), loop count / N, step in op / max steps
    action_mask  1 = legal, laid out as [type (6) | tiling (N*M) | parallel (N*M) |
                 fusion (N*M) | interchange (K)]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from gymnasium import spaces

from mlirrl.compiler.analysis import OP_COUNT_KEYS, OP_FAMILIES, PARALLEL, OpInfo

ACTION_TYPES = ("NT", "T", "TP", "TPF", "I", "V")
NT, T, TP, TPF, I, V = range(6)
TILING_KEYS = {T: "tiling", TP: "parallel", TPF: "fusion"}

# Loop ranges and coefficients are scaled by log2; ranges up to 2**16 map into [0, 1].
_LOG_SCALE = 16.0


@dataclass(frozen=True)
class SpaceConfig:
    """Sizes that fix the shapes of observations and actions."""

    max_loops: int = 12
    tile_sizes: tuple[int, ...] = (0, 1, 2, 4, 8, 16, 32, 64)
    max_steps_per_op: int = 5
    max_loads: int = 4
    max_stores: int = 2
    max_rank: int = 8
    interchange_mode: str = "pointers"  # "pointers" or "swaps"

    @property
    def num_tile_sizes(self) -> int:
        return len(self.tile_sizes)

    @property
    def num_interchange(self) -> int:
        if self.interchange_mode == "pointers":
            return self.max_loops
        return 3 * self.max_loops - 6

    @property
    def op_feature_dim(self) -> int:
        return OpFeatureLayout(self).size

    @property
    def history_slot_dim(self) -> int:
        n, m = self.max_loops, self.num_tile_sizes
        return len(ACTION_TYPES) + n * m + n * n

    @property
    def history_dim(self) -> int:
        return self.max_steps_per_op * self.history_slot_dim

    @property
    def state_dim(self) -> int:
        return self.max_loops + 2

    @property
    def mask_dim(self) -> int:
        n, m = self.max_loops, self.num_tile_sizes
        return len(ACTION_TYPES) + 3 * n * m + self.num_interchange

    def mask_slices(self) -> dict[str, slice]:
        """Offsets of each part of the flat action mask."""
        n, m = self.max_loops, self.num_tile_sizes
        offsets = {}
        start = 0
        for name, size in (
            ("type", len(ACTION_TYPES)),
            ("tiling", n * m),
            ("parallel", n * m),
            ("fusion", n * m),
            ("interchange", self.num_interchange),
        ):
            offsets[name] = slice(start, start + size)
            start += size
        return offsets

    def swap_candidates(self) -> list[tuple[int, int]]:
        """Enumerated interchange candidates: swap loops i and i + c for c in 1, 2, 3."""
        pairs = []
        for distance in (1, 2, 3):
            for i in range(self.max_loops - distance):
                pairs.append((i, i + distance))
        return pairs


@dataclass(frozen=True)
class OpFeatureLayout:
    config: SpaceConfig
    parts: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        c = self.config
        object.__setattr__(
            self,
            "parts",
            {
                "present": 1,
                "family": len(OP_FAMILIES),
                "ranges": c.max_loops,
                "iterators": c.max_loops,
                "loads": c.max_loads * c.max_rank * c.max_loops,
                "stores": c.max_stores * c.max_rank * c.max_loops,
                "counts": len(OP_COUNT_KEYS),
                "vectorizable": 1,
            },
        )

    @property
    def size(self) -> int:
        return sum(self.parts.values())


def _log_scale(value: float) -> float:
    return math.log2(1.0 + abs(value)) / _LOG_SCALE * (1.0 if value >= 0 else -1.0)


def op_features(op: OpInfo | None, config: SpaceConfig) -> np.ndarray:
    """Fixed-size feature vector of one op; all zeros for `None` (no producer).

    Loops past `max_loops`, accesses past the load/store caps and tensor dimensions
    past `max_rank` are cut off.
    """
    layout = OpFeatureLayout(config)
    out = np.zeros(layout.size, dtype=np.float32)
    if op is None:
        return out
    n = config.max_loops
    position = 0

    def put(values: np.ndarray) -> None:
        nonlocal position
        out[position : position + values.size] = values.ravel()

    put(np.ones(1))
    position += layout.parts["present"]

    family = np.zeros(len(OP_FAMILIES))
    family[OP_FAMILIES.index(op.family)] = 1.0
    put(family)
    position += layout.parts["family"]

    ranges = np.zeros(n)
    iterators = np.zeros(n)
    for j, (extent, kind) in enumerate(zip(op.loop_ranges[:n], op.iterator_types[:n])):
        ranges[j] = _log_scale(extent)
        iterators[j] = 1.0 if kind == PARALLEL else -1.0
    put(ranges)
    position += n
    put(iterators)
    position += n

    for accesses, cap, key in ((op.loads, config.max_loads, "loads"), (op.stores, config.max_stores, "stores")):
        block = np.zeros((cap, config.max_rank, n))
        for a, access in enumerate(accesses[:cap]):
            for d, row in enumerate(access.matrix[: config.max_rank]):
                for j, coef in enumerate(row[:n]):
                    block[a, d, j] = coef
        put(block)
        position += layout.parts[key]

    counts = np.array([_log_scale(op.op_counts.get(key, 0)) for key in OP_COUNT_KEYS])
    put(counts)
    position += layout.parts["counts"]

    put(np.array([1.0 if op.vectorizable else 0.0]))
    return out


def action_space(config: SpaceConfig) -> spaces.Dict:
    n, m = config.max_loops, config.num_tile_sizes
    return spaces.Dict(
        {
            "type": spaces.Discrete(len(ACTION_TYPES)),
            "tiling": spaces.MultiDiscrete([m] * n),
            "parallel": spaces.MultiDiscrete([m] * n),
            "fusion": spaces.MultiDiscrete([m] * n),
            "interchange": spaces.Discrete(config.num_interchange),
        }
    )


def observation_space(config: SpaceConfig) -> spaces.Dict:
    def box(size: int, low: float = -1e4, high: float = 1e4) -> spaces.Box:
        return spaces.Box(low=low, high=high, shape=(size,), dtype=np.float32)

    return spaces.Dict(
        {
            "consumer": box(config.op_feature_dim),
            "producer": box(config.op_feature_dim),
            "history": box(config.history_dim, 0.0, 1.0),
            "state": box(config.state_dim, 0.0, 1.0),
            "action_mask": box(config.mask_dim, 0.0, 1.0),
        }
    )
