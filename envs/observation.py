"""Observations of the scheduling environment, laid out as in `envs.spaces`.

Op features come from the static analysis of the original op (before its own
actions), so transformations show up in the history, the current ranges of the
state part and the masks. Feature vectors are computed once per op and episode.
"""

from __future__ import annotations

import math

import numpy as np

from envs.episode import Episode
from envs.spaces import SpaceConfig, op_features
from mlirrl.compiler.analysis import OpInfo

# Ranges up to 2**16 map into [0, 1]; longer ones are clipped to 1.
_RANGE_LOG2_SCALE = 16.0


class ObservationBuilder:
    """Builds observation dicts for one environment; caches op feature vectors."""

    def __init__(self, config: SpaceConfig) -> None:
        self.config = config
        self._features: dict[tuple[str, str], np.ndarray] = {}
        self._no_producer = op_features(None, config)

    def reset(self) -> None:
        """Forget cached features (a new program may reuse op tags)."""
        self._features.clear()

    def features(self, op: OpInfo | None) -> np.ndarray:
        if op is None:
            return self._no_producer
        key = (op.tag, op.name)
        vector = self._features.get(key)
        if vector is None:
            vector = op_features(op, self.config)
            self._features[key] = vector
        return vector

    def state_vector(self, ranges: list[int], step: int) -> np.ndarray:
        config = self.config
        out = np.zeros(config.state_dim, dtype=np.float32)
        for loop, extent in enumerate(ranges[: config.max_loops]):
            out[loop] = min(1.0, math.log2(1.0 + extent) / _RANGE_LOG2_SCALE)
        out[config.max_loops] = min(1.0, len(ranges) / config.max_loops)
        out[config.max_loops + 1] = min(1.0, step / config.max_steps_per_op)
        return out

    def build(self, episode: Episode, mask: np.ndarray) -> dict[str, np.ndarray]:
        """Build the observation of the episode's current op, with `mask` as its action mask."""
        cursor = episode.current
        return {
            "consumer": self.features(cursor.state.op).copy(),
            "producer": self.features(cursor.producer).copy(),
            "history": cursor.history.ravel().copy(),
            "state": self.state_vector(cursor.state.ranges, cursor.step),
            "action_mask": mask,
        }

    def terminal(self, last: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Return the observation after the last decision: the last op's observation
        with a mask in which only NT and the first entry of each parameter part are legal."""
        config = self.config
        slices = config.mask_slices()
        mask = np.zeros(config.mask_dim, dtype=np.float32)
        mask[slices["type"].start] = 1.0
        for key in ("tiling", "parallel", "fusion"):
            mask[slices[key]] = np.tile(np.eye(1, config.num_tile_sizes, dtype=np.float32), config.max_loops).ravel()
        mask[slices["interchange"].start] = 1.0
        out = dict(last)
        out["action_mask"] = mask
        return out
