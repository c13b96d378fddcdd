"""Episode bookkeeping: visit order, fusion, skipped ops, swaps mode and step limits."""

from __future__ import annotations

import numpy as np
import pytest

import envs
from envs.spaces import ACTION_TYPES, NT, T, TP, TPF, I, V
from mlirrl.compiler.schedule import parse_schedule, validate_schedule
from programs import FakeEvaluator, action, fill_matmul_relu, shared_producer, with_unschedulable_ops
from test_masks import identity_interchange, parts


def finish_op(env, observation, num_loops):
    """Identity interchange, then NT."""
    config = env.space_config
    observation = identity_interchange(env, observation, num_loops)
    observation, *_ = env.step(action(config, T, tiling=(0,) * num_loops))
    return env.step(action(config, NT))


def test_ops_visited_last_to_first(chain_env):
    observation, info = chain_env.reset()
    visited = [info["op"]]
    for num_loops in (2, 3):
        observation, _, _, _, info = finish_op(chain_env, observation, num_loops)
        visited.append(info["op"])
    *_, terminated, _, info = finish_op(chain_env, observation, 2)
    assert visited == ["op2", "op1", "op0"]
    assert terminated
    assert info["schedule_key"] == ""
    assert info["schedule"].splitlines() == ["op2:I(0,1),T(0,0),NT", "op1:I(0,1,2),T(0,0,0),NT", "op0:I(0,1),T(0,0),NT"]


def test_fused_producer_visited_next(chain_env, fake_evaluator):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    observation, *_ = chain_env.step(action(config, TPF, fusion=(16, 32)))
    observation, _, _, _, info = chain_env.step(action(config, NT))
    assert info["op"] == "op1@op2"

    # The matmul copy computes one 16 x 32 tile of the relu input over the whole K.
    max_loops = config.max_loops
    expected = [np.log2(1 + extent) / 16 for extent in (16, 32, 32)]
    assert observation["state"][:3] == pytest.approx(expected)
    assert observation["state"][max_loops] == pytest.approx(3 / max_loops)
    assert observation["consumer"][1 + 1] == 1.0  # the matmul family
    assert observation["producer"][0] == 1.0  # its producer, the fill

    observation = identity_interchange(chain_env, observation, 3)
    p = parts(chain_env, observation)
    assert "TP" not in p["type"]
    assert "TPF" not in p["type"]
    observation, *_ = chain_env.step(action(config, T, tiling=(8, 8, 8)))
    observation, _, _, _, info = chain_env.step(action(config, V))

    # op1 had one consumer, which fused it; the fill comes next.
    assert info["op"] == "op0"
    *_, terminated, _, info = finish_op(chain_env, observation, 2)
    assert terminated
    assert info["fused_away"] == 1
    key = "op2:TPF(op1;16,32);op1@op2:T(8,8,8),V"
    assert info["schedule_key"] == key
    validate_schedule(parse_schedule(key), fill_matmul_relu().info)
    assert fake_evaluator.evaluated[-1].key() == key


def test_producer_with_other_consumer_stays(fake_evaluator):
    env = envs.ScheduleEnv(programs=[shared_producer()], evaluator=fake_evaluator, seed=0)
    config = env.space_config
    observation, info = env.reset()
    assert info["op"] == "op2"
    observation, _, _, _, info = finish_op(env, observation, 2)
    assert info["op"] == "op1"

    observation = identity_interchange(env, observation, 2)
    observation, *_ = env.step(action(config, TPF, fusion=(8, 8)))
    observation, _, _, _, info = env.step(action(config, NT))
    assert info["op"] == "op0@op1"
    observation, _, _, _, info = finish_op(env, observation, 2)
    assert info["op"] == "op0"
    *_, terminated, _, info = finish_op(env, observation, 2)
    assert terminated
    assert info["fused_away"] == 0
    assert info["schedule_key"] == "op1:TPF(op0;8,8)"


def test_last_producer_is_highest_index(fake_evaluator):
    env = envs.ScheduleEnv(programs=[shared_producer()], evaluator=fake_evaluator, seed=0)
    config = env.space_config
    observation, _ = env.reset()
    observation = identity_interchange(env, observation, 2)
    observation, *_ = env.step(action(config, TPF, fusion=(8, 8)))
    observation, _, _, _, info = env.step(action(config, NT))
    assert info["op"] == "op1@op2"
    observation, _, _, _, info = finish_op(env, observation, 2)
    # op1 had only op2 as consumer, so op0 is next.
    assert info["op"] == "op0"


def test_all_zero_fusion_records_nothing(chain_env, fake_evaluator):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    observation, *_ = chain_env.step(action(config, TPF, fusion=(0, 0)))
    p = parts(chain_env, observation)
    assert "TP" not in p["type"]
    assert "TPF" not in p["type"]
    observation, _, _, _, info = chain_env.step(action(config, NT))
    assert info["op"] == "op1"


def test_unschedulable_ops_counted(fake_evaluator):
    env = envs.ScheduleEnv(programs=[with_unschedulable_ops()], evaluator=fake_evaluator, seed=0)
    observation, info = env.reset()
    assert info["op"] == "op2"
    *_, terminated, _, info = finish_op(env, observation, 1)
    assert terminated
    assert info["skipped_no_loops"] == 1
    assert info["skipped_too_many_loops"] == 1


def test_swaps_mode_one_decision(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=fake_evaluator, interchange_mode="swaps", seed=0)
    config = env.space_config
    assert env.action_space["interchange"].n == 3 * config.max_loops - 6
    observation, _ = env.reset()
    p = parts(env, observation)
    assert p["type"] == {"I", "T", "TP", "TPF"}
    assert p["interchange"] == {0}  # only the swap (0, 1) fits a 2-loop op
    observation, *_ = env.step(action(config, I, interchange=0))
    assert observation["state"][0] == pytest.approx(np.log2(129) / 16)
    assert parts(env, observation)["type"] == {"T", "TP", "TPF"}


def test_swaps_mode_skip_interchange(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=fake_evaluator, interchange_mode="swaps", seed=0)
    config = env.space_config
    observation, _ = env.reset()
    observation, *_ = env.step(action(config, T, tiling=(16, 16)))
    assert observation["state"][config.max_loops + 1] == pytest.approx(2 / 5)
    assert parts(env, observation)["type"] == {"NT", "T", "V"}


def test_step_limit_ends_op(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=fake_evaluator, max_steps_per_op=2, seed=0)
    config = env.space_config
    observation, _ = env.reset()
    observation = identity_interchange(env, observation, 2)
    observation, _, _, _, info = env.step(action(config, T, tiling=(16, 16)))
    assert info["op"] == "op1"


def test_history_records_tile_indices(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    observation, *_ = chain_env.step(action(config, T, tiling=(8, 32)))
    history = observation["history"].reshape(config.max_steps_per_op, config.history_slot_dim)
    slot = history[1]
    types = len(ACTION_TYPES)
    m = config.num_tile_sizes
    assert slot[T] == 1.0
    assert slot[types + 0 * m + config.tile_sizes.index(8)] == 1.0
    assert slot[types + 1 * m + config.tile_sizes.index(32)] == 1.0
    assert slot.sum() == 3.0
    assert history[2:].sum() == 0.0
