"""Mask rules of the scheduling environment, one by one, on hand-made programs."""

from __future__ import annotations

import numpy as np
import pytest

import envs
from envs.masks import InvalidActionError, legal_tile_indices
from envs.spaces import ACTION_TYPES, NT, T, TP, TPF, I, V
from programs import FakeEvaluator, action, fill_matmul_relu, make_op, make_program, identity, P, R


def parts(env, observation):
    config = env.space_config
    mask = observation["action_mask"]
    slices = config.mask_slices()
    n, m = config.max_loops, config.num_tile_sizes
    return {
        "type": {ACTION_TYPES[k] for k in np.flatnonzero(mask[slices["type"]])},
        "tiling": mask[slices["tiling"]].reshape(n, m),
        "parallel": mask[slices["parallel"]].reshape(n, m),
        "fusion": mask[slices["fusion"]].reshape(n, m),
        "interchange": set(np.flatnonzero(mask[slices["interchange"]]).tolist()),
    }


def identity_interchange(env, observation, num_loops):
    for loop in range(num_loops):
        observation, reward, terminated, _, _ = env.step(action(env.space_config, I, interchange=loop))
        assert reward == 0.0
        assert not terminated
    return observation


def test_tile_indices_divide_and_shrink():
    sizes = (0, 1, 2, 4, 8, 16, 32, 64)
    assert legal_tile_indices(64, sizes).tolist() == [1, 1, 1, 1, 1, 1, 1, 0]
    assert legal_tile_indices(6, sizes).tolist() == [1, 1, 1, 0, 0, 0, 0, 0]
    assert legal_tile_indices(1, sizes).tolist() == [1, 0, 0, 0, 0, 0, 0, 0]
    assert legal_tile_indices(7, sizes).tolist() == [1, 1, 0, 0, 0, 0, 0, 0]


def test_first_step_is_interchange_only(chain_env):
    observation, info = chain_env.reset()
    assert info["op"] == "op2"
    p = parts(chain_env, observation)
    assert p["type"] == {"I"}
    assert p["interchange"] == {0, 1}


def test_pointers_hide_chosen_loops(chain_env):
    observation, _ = chain_env.reset()
    observation, *_ = chain_env.step(action(chain_env.space_config, I, interchange=1))
    p = parts(chain_env, observation)
    assert p["type"] == {"I"}
    assert p["interchange"] == {0}


def test_interchange_history_is_one_hot(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation, *_ = chain_env.step(action(config, I, interchange=1))
    slot = observation["history"][: config.history_slot_dim]
    offset = len(ACTION_TYPES) + config.max_loops * config.num_tile_sizes
    assert slot[I] == 1.0
    assert slot[offset + 0 * config.max_loops + 1] == 1.0
    assert slot.sum() == 2.0


def test_interchange_permutes_ranges(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu(m=64, n=128)], evaluator=fake_evaluator)
    observation, _ = env.reset(seed=0)
    observation, *_ = env.step(action(env.space_config, I, interchange=1))
    observation, *_ = env.step(action(env.space_config, I, interchange=0))
    state = observation["state"]
    assert state[0] == pytest.approx(np.log2(129) / 16)
    assert state[1] == pytest.approx(np.log2(65) / 16)
    assert state[env.space_config.max_loops] == pytest.approx(2 / 12)
    assert state[env.space_config.max_loops + 1] == pytest.approx(1 / 5)


def test_step_order_of_types(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    assert parts(chain_env, observation)["type"] == {"T", "TP", "TPF"}

    observation, *_ = chain_env.step(action(config, T, tiling=(8, 8)))
    assert parts(chain_env, observation)["type"] == {"NT", "T", "V"}

    observation, *_ = chain_env.step(action(config, T, tiling=(4, 4)))
    assert parts(chain_env, observation)["type"] == {"NT", "V"}


def test_padded_loops_allow_only_zero(chain_env):
    observation, _ = chain_env.reset()
    p = parts(chain_env, observation)
    for key in ("tiling", "parallel", "fusion"):
        assert p[key][2:, 1:].sum() == 0
        assert p[key][:, 0].all()


def test_reduction_loops_not_in_forall(fake_evaluator):
    matmul = make_op(
        "op0", "linalg.matmul", 0, (64, 64, 64), (P, P, R),
        [identity(2), identity(2)], [identity(2)],
    )
    env = envs.ScheduleEnv(programs=[make_program("matmul", [matmul])], evaluator=fake_evaluator)
    observation, _ = env.reset(seed=0)
    observation = identity_interchange(env, observation, 3)
    p = parts(env, observation)
    assert p["tiling"][2, 1:].any()
    assert not p["parallel"][2, 1:].any()
    assert not p["fusion"][2, 1:].any()
    assert p["parallel"][0, 1:].any()


def test_parallel_tiling_once_and_first(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    observation, *_ = chain_env.step(action(config, TP, parallel=(16, 16)))
    assert not {"TP", "TPF"} & parts(chain_env, observation)["type"]

    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    observation, *_ = chain_env.step(action(config, T, tiling=(0, 0)))
    assert not {"TP", "TPF"} & parts(chain_env, observation)["type"]


def test_fusion_needs_producer(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    assert "TPF" in parts(chain_env, observation)["type"]
    # End op2 and op1 with NT to reach op0 (fill), which has no producer.
    observation, *_ = chain_env.step(action(config, T, tiling=(0, 0)))
    observation, _, _, _, info = chain_env.step(action(config, NT))
    assert info["op"] == "op1"
    observation = identity_interchange(chain_env, observation, 3)
    observation, *_ = chain_env.step(action(config, T, tiling=(0, 0, 0)))
    observation, _, _, _, info = chain_env.step(action(config, NT))
    assert info["op"] == "op0"
    assert not np.any(observation["producer"])
    observation = identity_interchange(chain_env, observation, 2)
    assert "TPF" not in parts(chain_env, observation)["type"]


def test_fusion_needs_parallel_tile(fake_evaluator):
    producer = make_op("op0", "linalg.generic", 0, (1, 1), (P, P), [identity(2)], [identity(2)], consumers=("op1",))
    consumer = make_op("op1", "linalg.generic", 1, (1, 1), (P, P), [identity(2)], [identity(2)],
                       producers=(("op0", 0),))
    env = envs.ScheduleEnv(programs=[make_program("ones", [producer, consumer])], evaluator=fake_evaluator)
    observation, _ = env.reset(seed=0)
    observation = identity_interchange(env, observation, 2)
    assert parts(env, observation)["type"] == {"T", "V"}


def test_vectorization_needs_small_space(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    assert "V" not in parts(chain_env, observation)["type"]
    observation, *_ = chain_env.step(action(config, T, tiling=(32, 32)))
    assert "V" not in parts(chain_env, observation)["type"]
    observation, *_ = chain_env.step(action(config, T, tiling=(16, 16)))
    assert "V" in parts(chain_env, observation)["type"]

    # 16 x 32 = 512 elements is at the default limit.
    observation, _ = chain_env.reset()
    observation = identity_interchange(chain_env, observation, 2)
    observation, *_ = chain_env.step(action(config, T, tiling=(16, 32)))
    assert "V" in parts(chain_env, observation)["type"]


def test_vectorization_limit_option(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu(m=64, n=128)], evaluator=fake_evaluator,
                           max_vector_elements=64 * 128)
    observation, _ = env.reset(seed=0)
    observation = identity_interchange(env, observation, 2)
    assert "V" in parts(env, observation)["type"]


def test_non_vectorizable_op_masks_v(fake_evaluator):
    op = make_op("op0", "linalg.generic", 0, (4,), (P,), [identity(1)], [identity(1)], vectorizable=False)
    env = envs.ScheduleEnv(programs=[make_program("scalarized", [op])], evaluator=fake_evaluator)
    observation, _ = env.reset(seed=0)
    observation = identity_interchange(env, observation, 1)
    assert "V" not in parts(env, observation)["type"]


def test_masked_type_raises(chain_env):
    chain_env.reset()
    with pytest.raises(InvalidActionError, match="action type T is masked.*legal types: I"):
        chain_env.step(action(chain_env.space_config, T, tiling=(8, 8)))


def test_masked_tile_index_raises(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    identity_interchange(chain_env, observation, 2)
    with pytest.raises(InvalidActionError, match="tile-size index 7 on loop 0 is masked"):
        chain_env.step(action(config, T, tiling=(64, 8)))


def test_padded_tile_index_raises(chain_env):
    config = chain_env.space_config
    observation, _ = chain_env.reset()
    identity_interchange(chain_env, observation, 2)
    with pytest.raises(ValueError, match="on loop 2 is masked"):
        chain_env.step(action(config, T, tiling=(8, 8, 2)))


def test_chosen_pointer_raises(chain_env):
    config = chain_env.space_config
    chain_env.reset()
    chain_env.step(action(config, I, interchange=0))
    with pytest.raises(InvalidActionError, match="interchange index 0 is masked"):
        chain_env.step(action(config, I, interchange=0))


def test_every_part_has_a_legal_entry(fake_evaluator):
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=fake_evaluator)
    config = env.space_config
    slices = config.mask_slices()
    rng = np.random.default_rng(1)
    from envs.random_policy import sample_masked_action

    for _ in range(20):
        observation, _ = env.reset()
        terminated = False
        while not terminated:
            mask = observation["action_mask"]
            for key, part in slices.items():
                if key in ("tiling", "parallel", "fusion"):
                    assert mask[part].reshape(config.max_loops, -1).any(axis=1).all()
                else:
                    assert mask[part].any()
            observation, _, terminated, _, _ = env.step(sample_masked_action(mask, rng, config))
