"""A hand-written scheduling heuristic, as a policy over the env's observations and masks.

For every op it keeps the loop order, then:

1. TP: tiles each parallel loop longer than `outer_tile` (32) by 32, or by the
   largest legal tile size below 32 when 32 does not divide it. With one thread
   the parallel loop runs serially, so this is cache tiling.
2. T: tiles the innermost parallel loop of range > 1 by `vector_tile` (8, eight
   f32 lanes of AVX2, or the largest legal size below it; kept whole when its
   range is at most 2 * vector_tile) and every other loop by 1, so that the inner
   tile is a short vector.
3. V when the mask allows it, else NT.

It reads loop ranges from `state`, iterator types from the `consumer` features and
legal choices from `action_mask`, so it acts only through the env's interface.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from envs.spaces import ACTION_TYPES, NT, T, TP, I, V, OpFeatureLayout, SpaceConfig

# observation["state"] contains log2(1 + range) / this scale per loop (envs.observation).
RANGE_LOG2_SCALE = 16.0


class HeuristicPolicy:
    """Callable policy: observation dict in, Dict action out (see the module docstring)."""

    def __init__(self, config: SpaceConfig, outer_tile: int = 32, vector_tile: int = 8) -> None:
        self.config = config
        self.outer_tile = outer_tile
        self.vector_tile = vector_tile
        self.slices = config.mask_slices()
        layout = OpFeatureLayout(config)
        offset = layout.parts["present"] + layout.parts["family"] + layout.parts["ranges"]
        self.iterator_slice = slice(offset, offset + config.max_loops)

    def __call__(self, observation: dict[str, np.ndarray]) -> dict[str, Any]:
        config = self.config
        n, m = config.max_loops, config.num_tile_sizes
        mask = observation["action_mask"]
        types = mask[self.slices["type"]]
        state = observation["state"]
        num_loops = int(round(state[n] * n))
        ranges = [int(round(2 ** (value * RANGE_LOG2_SCALE) - 1)) for value in state[:num_loops]]
        parallel = [value > 0 for value in observation["consumer"][self.iterator_slice][:num_loops]]
        history = observation["history"].reshape(config.max_steps_per_op, config.history_slot_dim)
        used = history[:, : len(ACTION_TYPES)].any(axis=0)
        tiling_mask = mask[self.slices["tiling"]].reshape(n, m)
        parallel_mask = mask[self.slices["parallel"]].reshape(n, m)

        action = self._empty_action()
        if types[I] and not types[[NT, T, TP, V]].any():
            # Pointers mode: choosing the lowest unchosen loop each time keeps the order.
            action["type"] = I
            action["interchange"] = int(np.flatnonzero(mask[self.slices["interchange"]])[0])
            return action

        if types[TP] and not used[TP] and not used[T]:
            sizes = [
                self._largest_legal(parallel_mask[loop], self.outer_tile)
                if parallel[loop] and ranges[loop] > self.outer_tile else 0
                for loop in range(num_loops)
            ]
            if any(sizes):
                action["type"] = TP
                action["parallel"][:num_loops] = sizes
                return action

        if types[T] and not used[T]:
            sizes = self._vector_tiling(ranges, parallel, tiling_mask)
            if any(sizes):
                action["type"] = T
                action["tiling"][:num_loops] = sizes
                return action

        action["type"] = V if types[V] else NT
        return action

    def _vector_tiling(self, ranges: list[int], parallel: list[bool], tiling_mask: np.ndarray) -> list[int]:
        """Tile indices: the innermost parallel loop by the vector tile, the others by 1."""
        num_loops = len(ranges)
        candidates = [loop for loop in range(num_loops) if parallel[loop] and ranges[loop] > 1]
        vector_loop = max(candidates, default=num_loops - 1)
        sizes = []
        for loop in range(num_loops):
            if loop == vector_loop:
                keep_whole = ranges[loop] <= 2 * self.vector_tile
                sizes.append(0 if keep_whole else self._largest_legal(tiling_mask[loop], self.vector_tile))
            else:
                sizes.append(self._largest_legal(tiling_mask[loop], 1))
        return sizes

    def _largest_legal(self, row: np.ndarray, limit: int) -> int:
        """Index of the largest legal tile size <= limit, or 0 (no tiling) when none is."""
        best = 0
        for index in range(1, self.config.num_tile_sizes):
            size = self.config.tile_sizes[index]
            if row[index] and size <= limit and (best == 0 or size > self.config.tile_sizes[best]):
                best = index
        return best

    def _empty_action(self) -> dict[str, Any]:
        n = self.config.max_loops
        return {
            "type": NT,
            "tiling": np.zeros(n, dtype=np.int64),
            "parallel": np.zeros(n, dtype=np.int64),
            "fusion": np.zeros(n, dtype=np.int64),
            "interchange": 0,
        }


def heuristic_policy(outer_tile: int = 32, vector_tile: int = 8) -> Callable[[Any], HeuristicPolicy]:
    """Return a `mlirrl.evaluate.PolicyFactory` of the heuristic."""

    def make(env: Any) -> HeuristicPolicy:
        return HeuristicPolicy(env.space_config, outer_tile, vector_tile)

    return make


__all__ = ["HeuristicPolicy", "heuristic_policy"]
