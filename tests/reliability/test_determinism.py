"""With a fixed seed and a shared execution cache, the environment replays: the same
actions give the same benchmarks, observations and rewards."""

from __future__ import annotations

import numpy as np
import pytest

from envs.random_policy import sample_masked_action

pytestmark = pytest.mark.mlir

EPISODES = 6


def rollout(env, actions: list[dict] | None, seed: int):
    """Run EPISODES episodes; draw masked random actions when `actions` is None, else replay them."""
    rng = np.random.default_rng(seed)
    taken, observations, rewards, infos = [], [], [], []
    replay = iter(actions or [])
    for episode in range(EPISODES):
        observation, info = env.reset(seed=seed if episode == 0 else None)
        infos.append(info["benchmark"])
        terminated = False
        while not terminated:
            observations.append(observation)
            if actions is None:
                action = sample_masked_action(observation["action_mask"], rng, env.space_config)
            else:
                action = next(replay)
            taken.append(action)
            observation, reward, terminated, _, info = env.step(action)
            rewards.append(reward)
        infos.append((info["schedule_key"], info["failure"], info["cache_hit"]))
    return taken, observations, rewards, infos


def test_env_replays_with_cache(tmp_path):
    pytest.importorskip("mlir.ir")
    import envs

    options = {"suite": "tiny", "split": "train", "cache_path": str(tmp_path / "cache.sqlite"), "seed": 7}
    first_env = envs.ScheduleEnv(**options)
    try:
        actions, observations, rewards, infos = rollout(first_env, None, seed=7)
    finally:
        first_env.close()
    second_env = envs.ScheduleEnv(**options)
    try:
        _, replayed_observations, replayed_rewards, replayed_infos = rollout(second_env, actions, seed=7)
    finally:
        second_env.close()

    assert [i for i in infos if isinstance(i, str)] == [i for i in replayed_infos if isinstance(i, str)]
    assert len(replayed_observations) == len(observations)
    for original, replayed in zip(observations, replayed_observations):
        assert original.keys() == replayed.keys()
        for key in original:
            np.testing.assert_array_equal(original[key], replayed[key], err_msg=key)
    assert replayed_rewards == rewards
    for original, replayed in zip(infos, replayed_infos):
        if isinstance(original, tuple):
            schedule_key, failure, _ = original
            assert replayed[:2] == (schedule_key, failure)
            # Every non-empty schedule of the replay comes from the cache.
            assert replayed[2] or not schedule_key
