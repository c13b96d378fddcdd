"""One PPO iteration with each model on a random env of the scheduling spaces (starts Ray)."""

from __future__ import annotations

import math

import numpy as np
import pytest

import model_fakes
import models
from envs.spaces import SpaceConfig, action_space
from model_fakes import TINY_CONFIGS, RandomScheduleEnv, illegal_choices, random_observation


# (model, settings beyond the tiny sizes, remote env runners). The remote runner
# has an inference-only copy that receives the learner's weights without the value function.
CASES = [
    pytest.param("lstm", {}, 0, id="lstm"),
    pytest.param("distilbert", {}, 0, id="distilbert"),
    pytest.param("lstm", {"share_encoder": True}, 0, id="lstm-shared-encoder"),
    pytest.param("lstm", {}, 1, id="lstm-remote-runner"),
]


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:.*Overriding environment:UserWarning")
@pytest.mark.parametrize(("name", "settings", "env_runners"), CASES)
def test_ppo_trains_one_iteration(name, settings, env_runners, ray_session, tmp_path):
    import ray.cloudpickle
    from ray.rllib.algorithms.ppo import PPOConfig

    # Remote env runners cannot import this test folder, so the env class travels by value.
    ray.cloudpickle.register_pickle_by_value(model_fakes)

    config = (
        PPOConfig()
        .environment(RandomScheduleEnv, env_config={"seed": 0, "episode_length": 4})
        .env_runners(num_env_runners=env_runners)
        .learners(num_learners=0, num_gpus_per_learner=0)
        .training(train_batch_size_per_learner=64, minibatch_size=32, num_epochs=1, lr=1e-4)
        .rl_module(rl_module_spec=models.module_spec(name, **{**TINY_CONFIGS[name], **settings}))
    )
    algo = config.build_algo()
    try:
        result = algo.train()
        learner_results = result["learners"]["default_policy"]
        for key in ("policy_loss", "vf_loss", "entropy"):
            assert math.isfinite(float(learner_results[key])), key
        assert result["env_runners"]["num_env_steps_sampled_lifetime"] >= 64

        checkpoint = algo.save(str(tmp_path / "checkpoint")).checkpoint.path
    finally:
        algo.stop()

    policy = models.load_policy(checkpoint)
    space_config = SpaceConfig()
    obs = random_observation(space_config, np.random.default_rng(3))
    chosen = models.act(policy, obs, deterministic=True)
    assert action_space(space_config).contains(chosen)
    assert illegal_choices(space_config, obs["action_mask"], chosen) == []
