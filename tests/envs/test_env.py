"""The environment's Gymnasium API, rewards, info and options, with a fake evaluator."""

from __future__ import annotations

import math

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import envs
from envs.random_policy import sample_masked_action
from envs.spaces import NT, T, I, V
from mlirrl.compiler.results import FailureKind
from mlirrl.errors import ConfigError
from programs import FakeEvaluator, action, fill_matmul_relu, make_program, shared_producer, with_unschedulable_ops
from test_episode import finish_op
from test_masks import identity_interchange


def vectorize_relu(env):
    """Tile the relu 16 x 16 and vectorize it, then end the other ops with NT."""
    config = env.space_config
    observation, _ = env.reset()
    observation = identity_interchange(env, observation, 2)
    observation, *_ = env.step(action(config, T, tiling=(16, 16)))
    observation, *_ = env.step(action(config, V))
    observation, *_ = finish_op(env, observation, 3)
    return finish_op(env, observation, 2)


def random_episode(env, rng):
    observation, _ = env.reset()
    rewards = []
    terminated = False
    while not terminated:
        observation, reward, terminated, truncated, info = env.step(
            sample_masked_action(observation["action_mask"], rng, env.space_config)
        )
        assert not truncated
        rewards.append(reward)
    return rewards, info


def test_final_reward_is_log_speedup(chain_env):
    _, reward, terminated, truncated, info = vectorize_relu(chain_env)
    assert terminated and not truncated
    assert reward == pytest.approx(math.log(2.0))
    assert info["speedup"] == pytest.approx(2.0)
    assert info["baseline_ns"] == 1000.0
    assert info["new_ns"] == 500.0
    assert info["schedule_key"] == "op2:T(16,16),V"
    assert info["failure"] is None
    assert info["benchmark"] == "fill_matmul_relu"
    for key in ("cache_hit", "compile_s", "run_s", "schedule", "final_step_s", "decisions"):
        assert key in info


def test_log_base_option():
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=FakeEvaluator(), log_base=10, seed=0)
    _, reward, *_ = vectorize_relu(env)
    assert reward == pytest.approx(math.log10(2.0))


def test_rewards_before_last_are_zero(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu(), shared_producer()], evaluator=fake_evaluator, seed=3)
    rng = np.random.default_rng(3)
    for _ in range(30):
        rewards, _ = random_episode(env, rng)
        assert all(r == 0.0 for r in rewards[:-1])
        assert math.isfinite(rewards[-1])


def test_failure_gets_penalty():
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=FakeEvaluator(fail=FailureKind.WRONG_RESULT),
                           failure_penalty=-7.0, seed=0)
    _, reward, terminated, _, info = vectorize_relu(env)
    assert terminated
    assert reward == -7.0
    assert info["failure"] == "wrong_result"
    assert info["speedup"] is None
    assert info["new_ns"] is None


def test_empty_schedule_not_evaluated(chain_env, fake_evaluator):
    observation, _ = chain_env.reset()
    observation, *_ = finish_op(chain_env, observation, 2)
    observation, *_ = finish_op(chain_env, observation, 3)
    _, reward, terminated, _, info = finish_op(chain_env, observation, 2)
    assert terminated
    assert reward == 0.0
    assert info["speedup"] == 1.0
    assert fake_evaluator.evaluated == []


def test_baseline_measured_once(chain_env, fake_evaluator):
    for _ in range(3):
        chain_env.reset()
    assert fake_evaluator.baseline_calls == 1


def test_failed_baseline_drops_program():
    evaluator = FakeEvaluator(baseline_fails=("shared_producer",))
    env = envs.ScheduleEnv(programs=[fill_matmul_relu(), shared_producer()], evaluator=evaluator, seed=0)
    for _ in range(10):
        _, info = env.reset()
        assert info["benchmark"] == "fill_matmul_relu"
    with pytest.raises(ConfigError, match="shared_producer cannot be scheduled: baseline failed"):
        env.reset(options={"benchmark": "shared_producer"})


def test_no_schedulable_program_raises(fake_evaluator):
    scalar, deep, _ = with_unschedulable_ops().info.ops
    program = make_program("unschedulable", [scalar, deep])
    env = envs.ScheduleEnv(programs=[program], evaluator=fake_evaluator)
    with pytest.raises(ConfigError, match="no benchmark of 1 can be scheduled"):
        env.reset(seed=0)


def test_invalid_action_penalty(monkeypatch, fake_evaluator):
    """An action that the mask allows but validation rejects ends the op with a penalty."""
    from envs.episode import Episode

    original = Episode.mask_input

    def claim_vectorizable(self):
        state = original(self)
        state.can_vectorize = True
        return state

    monkeypatch.setattr(Episode, "mask_input", claim_vectorizable)
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=fake_evaluator, invalid_action_penalty=-3.0)
    config = env.space_config
    observation, _ = env.reset(seed=0)
    observation = identity_interchange(env, observation, 2)
    observation, reward, terminated, _, info = env.step(action(config, V))
    assert reward == -3.0
    assert not terminated
    assert info["op"] == "op1"
    assert "over the limit of 512" in info["invalid_action"]


def test_seeded_draws_repeat(fake_evaluator):
    programs = [fill_matmul_relu(), shared_producer(), with_unschedulable_ops()]

    def draws(seed):
        env = envs.ScheduleEnv(programs=programs, evaluator=fake_evaluator, seed=seed)
        return [env.reset()[1]["benchmark"] for _ in range(12)]

    assert draws(5) == draws(5)
    assert len(set(draws(5))) > 1


def test_requested_benchmark(chain_env):
    _, info = chain_env.reset(options={"benchmark": "fill_matmul_relu"})
    assert info["benchmark"] == "fill_matmul_relu"
    assert chain_env.benchmark_names == ["fill_matmul_relu"]
    assert chain_env.benchmark_family("fill_matmul_relu") == "fill"
    assert chain_env.torch_time_ns("fill_matmul_relu") is None


def test_step_without_reset_raises(chain_env):
    with pytest.raises(RuntimeError, match="call reset"):
        chain_env.step(action(chain_env.space_config, I))


def test_unknown_option_raises():
    with pytest.raises(ConfigError, match="unknown ScheduleEnv option.*max_loop\\b"):
        envs.ScheduleEnv(programs=[fill_matmul_relu()], max_loop=3)


def test_config_dict_and_kwargs(fake_evaluator):
    env = envs.ScheduleEnv({"programs": [fill_matmul_relu()], "max_loops": 6}, evaluator=fake_evaluator, max_loops=8)
    assert env.space_config.max_loops == 8


def test_registered_with_gymnasium(fake_evaluator):
    env = gymnasium.make("mlirrl/Schedule-v0", programs=[fill_matmul_relu()], evaluator=fake_evaluator)
    observation, _ = env.reset(seed=0)
    assert env.observation_space.contains(observation)
    env.close()


def test_check_env_passes(fake_evaluator):
    # check_env steps with unmasked samples of the action space, so masked actions
    # must end the op with a penalty in place of raising.
    env = envs.ScheduleEnv(programs=[fill_matmul_relu(), shared_producer()], evaluator=fake_evaluator,
                           invalid_action="penalize")
    check_env(env, skip_render_check=True)


def test_penalize_mode_ends_op(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=fake_evaluator, invalid_action="penalize",
                           invalid_action_penalty=-2.0)
    env.reset(seed=0)
    observation, reward, terminated, _, info = env.step(action(env.space_config, T, tiling=(8, 8)))
    assert reward == -2.0
    assert not terminated
    assert info["op"] == "op1"
    assert "action type T is masked" in info["invalid_action"]


def test_terminal_observation_in_space(chain_env):
    observation, *_ = vectorize_relu(chain_env)
    assert chain_env.observation_space.contains(observation)


def test_stats_sum_episodes():
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=FakeEvaluator(fail=FailureKind.TIMEOUT), seed=0)
    vectorize_relu(env)
    vectorize_relu(env)
    stats = env.stats()
    assert stats["episodes"] == 2
    assert stats["failure_timeout"] == 2
    assert stats["decisions"] == 2 * (2 + 2 + 3 + 2 + 2 + 2)
    assert stats["dropped_benchmarks"] == {}
