"""Random observations with legal masks, and a Gymnasium env that serves them, for the model tests."""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np
from envs.spaces import ACTION_TYPES, I, TILING_KEYS, SpaceConfig, action_space, observation_space

# Tiny sizes keep module tests fast on a shared 2-core machine.
TINY_CONFIGS: dict[str, dict[str, Any]] = {
    "lstm": {"op_embed_size": 16, "lstm_size": 16, "backbone_sizes": (32,), "head_size": 16, "value_sizes": (16,)},
    "distilbert": {"dim": 32, "n_layers": 1, "n_heads": 2, "backbone_sizes": (32,), "head_size": 16, "value_sizes": (16,)},
}


def random_mask(config: SpaceConfig, rng: np.random.Generator) -> np.ndarray:
    """Draw a mask in the env's layout with at least one legal type.

    Loops past a random loop count allow only tile index 0. The parameter groups of a
    masked-out type are left fully masked half of the time, as an env may do.
    """
    n, m = config.max_loops, config.num_tile_sizes
    slices = config.mask_slices()
    mask = np.zeros(config.mask_dim, dtype=np.float32)
    num_loops = int(rng.integers(1, n + 1))

    type_mask = (rng.random(len(ACTION_TYPES)) < 0.5).astype(np.float32)
    type_mask[rng.integers(len(ACTION_TYPES))] = 1.0
    mask[slices["type"]] = type_mask

    for type_index, name in TILING_KEYS.items():
        if not type_mask[type_index] and rng.random() < 0.5:
            continue
        tiles = np.zeros((n, m), dtype=np.float32)
        tiles[:, 0] = 1.0
        tiles[:num_loops, 1:] = rng.random((num_loops, m - 1)) < 0.5
        mask[slices[name]] = tiles.ravel()

    if type_mask[I] or rng.random() < 0.5:
        interchange = np.zeros(config.num_interchange, dtype=np.float32)
        legal_count = min(num_loops, config.num_interchange)
        interchange[:legal_count] = rng.random(legal_count) < 0.5
        interchange[rng.integers(legal_count)] = 1.0
        mask[slices["interchange"]] = interchange
    return mask


def random_observation(config: SpaceConfig, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Draw one observation of the `observation_space(config)` layout; the producer is absent 30% of the time."""
    features = config.op_feature_dim
    producer = rng.normal(size=features).astype(np.float32)
    if rng.random() < 0.3:
        producer[:] = 0.0
    return {
        "consumer": rng.normal(size=features).astype(np.float32),
        "producer": producer,
        "history": (rng.random(config.history_dim) < 0.1).astype(np.float32),
        "state": rng.random(config.state_dim).astype(np.float32),
        "action_mask": random_mask(config, rng),
    }


def random_batch(config: SpaceConfig, size: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Stack `size` random observations into a batch dict of arrays."""
    rng = np.random.default_rng(seed)
    observations = [random_observation(config, rng) for _ in range(size)]
    return {key: np.stack([obs[key] for obs in observations]) for key in observations[0]}


def illegal_choices(config: SpaceConfig, mask: np.ndarray, action: dict[str, Any]) -> list[str]:
    """Return the parts of `action` that `mask` forbids, counting only parts with a legal choice."""
    slices = config.mask_slices()
    n, m = config.max_loops, config.num_tile_sizes
    problems = []
    if not mask[slices["type"]][int(action["type"])]:
        problems.append(f"type {int(action['type'])}")
    for name in TILING_KEYS.values():
        tiles = mask[slices[name]].reshape(n, m)
        for loop, index in enumerate(np.asarray(action[name])):
            if tiles[loop].any() and not tiles[loop, int(index)]:
                problems.append(f"{name}[{loop}]={int(index)}")
    interchange = mask[slices["interchange"]]
    if interchange.any() and not interchange[int(action["interchange"])]:
        problems.append(f"interchange {int(action['interchange'])}")
    return problems


class RandomScheduleEnv(gym.Env):
    """Env with the scheduling spaces that serves random observations and random rewards.

    Raises ValueError when an action breaks the mask of the observation it was chosen for.
    Episodes last `episode_length` steps (env_config key, default 4).
    """

    def __init__(self, env_config: dict[str, Any] | None = None) -> None:
        env_config = env_config or {}
        self.config = SpaceConfig(**env_config.get("space", {}))
        self.observation_space = observation_space(self.config)
        self.action_space = action_space(self.config)
        self.episode_length = int(env_config.get("episode_length", 4))
        self._rng = np.random.default_rng(env_config.get("seed"))
        self._obs: dict[str, np.ndarray] = {}
        self._steps = 0

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed)
        if seed is not None:
            self._rng = np.random.default_rng(seed)
        self._steps = 0
        self._obs = random_observation(self.config, self._rng)
        return self._obs, {}

    def step(self, action: dict[str, Any]):
        problems = illegal_choices(self.config, self._obs["action_mask"], action)
        if problems:
            raise ValueError(f"action breaks the mask: {problems}")
        self._steps += 1
        self._obs = random_observation(self.config, self._rng)
        reward = float(self._rng.normal())
        return self._obs, reward, self._steps >= self.episode_length, False, {}

