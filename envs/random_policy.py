"""A uniformly random policy over the legal actions of each step, for tests,
benchmarks and the random baseline of evaluations."""

from __future__ import annotations

import numpy as np

from envs.spaces import SpaceConfig


def sample_masked_action(mask: np.ndarray, rng: np.random.Generator, config: SpaceConfig | None = None) -> dict:
    """Draw a uniformly random legal action from a flat action mask.

    `config` must be the space configuration of the environment that made the mask
    (the default one when omitted); a mask of another length raises ValueError.
    """
    config = config or SpaceConfig()
    mask = np.asarray(mask)
    if mask.shape != (config.mask_dim,):
        raise ValueError(
            f"action mask has shape {mask.shape}, but the space configuration expects ({config.mask_dim},); "
            "pass the environment's `space_config`"
        )
    n, m = config.max_loops, config.num_tile_sizes
    slices = config.mask_slices()

    def pick(rows: np.ndarray) -> np.ndarray:
        # The legal entry with the largest uniform key is a uniform draw among legal entries.
        keys = np.where(rows > 0, rng.random(rows.shape), -1.0)
        return keys.argmax(axis=-1)

    action = {"type": int(pick(mask[slices["type"]]))}
    for key in ("tiling", "parallel", "fusion"):
        action[key] = pick(mask[slices[key]].reshape(n, m)).astype(np.int64)
    action["interchange"] = int(pick(mask[slices["interchange"]]))
    return action
