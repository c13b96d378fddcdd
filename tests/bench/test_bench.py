"""Smoke tests of the benchmark harness `python -m mlirrl.bench`."""

from __future__ import annotations

import numpy as np
import pytest

from envs.spaces import NT, T, TP, I, V, SpaceConfig
from mlirrl.bench import __main__ as bench_main
from mlirrl.bench.heuristic import HeuristicPolicy
from mlirrl.bench.quality import scale_name
from mlirrl.bench.report import Section, table, update_page


@pytest.mark.parametrize(
    ("paper", "scaled"),
    [
        ("matmul_256_1536_1000", "matmul_64_384_250"),
        ("conv_2d_nchw_fchw_256_128_28_28_512_1_1_28_28", "conv_2d_nchw_fchw_4_64_14_14_256_1_1_14_14"),
        ("pooling_nchw_max_256_64_114_114_3_56_56", "pooling_nchw_max_4_32_57_57_3_28_28"),
        ("add_256_7_7_2048", "add_4_4_4_1024"),
        ("relu_256_100", "relu_4_50"),
    ],
)
def test_scale_name_paper_operators(paper, scaled):
    assert scale_name(paper) == scaled


def test_update_page_replaces_marked_block(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("intro\n<!-- bench:learner start -->\nold\n<!-- bench:learner end -->\noutro\n")
    missing = update_page(page, [Section("learner", "Learner", "new table\n"), Section("rollout", "Rollout", "x")])
    text = page.read_text()
    assert "new table" in text
    assert "old" not in text
    assert text.startswith("intro\n")
    assert text.endswith("outro\n")
    assert missing == ["rollout"]


def test_table_aligns_numbers_right():
    text = table(["name", "value"], [["a", 1]])
    assert text.splitlines() == ["| name | value |", "| --- | ---: |", "| a | 1 |"]


def _observation(config: SpaceConfig, ranges: list[int], parallel: list[bool], allowed: list[int]) -> dict:
    """An observation of one op before any step, with the given legal types and all tile sizes legal."""
    from envs.spaces import OpFeatureLayout, observation_space

    n, m = config.max_loops, config.num_tile_sizes
    observation = {key: np.zeros(space.shape, dtype=np.float32) for key, space in observation_space(config).spaces.items()}
    layout = OpFeatureLayout(config)
    offset = layout.parts["present"] + layout.parts["family"] + layout.parts["ranges"]
    for loop, is_parallel in enumerate(parallel):
        observation["consumer"][offset + loop] = 1.0 if is_parallel else -1.0
    for loop, extent in enumerate(ranges):
        observation["state"][loop] = np.log2(1 + extent) / 16.0
    observation["state"][n] = len(ranges) / n
    slices = config.mask_slices()
    mask = observation["action_mask"]
    mask[slices["type"].start + np.array(allowed)] = 1.0
    tiling = np.zeros((n, m), dtype=np.float32)
    tiling[:, 0] = 1.0
    for loop, extent in enumerate(ranges):
        for index, size in enumerate(config.tile_sizes[1:], start=1):
            tiling[loop, index] = 1.0 if extent % size == 0 and size < extent else 0.0
    mask[slices["tiling"]] = tiling.ravel()
    mask[slices["parallel"]] = tiling.ravel()
    mask[slices["interchange"].start : slices["interchange"].start + len(ranges)] = 1.0
    return observation


def test_heuristic_matmul_steps():
    config = SpaceConfig()
    policy = HeuristicPolicy(config)
    ranges, parallel = [256, 128, 64], [True, True, False]

    action = policy(_observation(config, ranges, parallel, [I]))
    assert action["type"] == I
    assert action["interchange"] == 0

    action = policy(_observation(config, ranges, parallel, [T, TP, V]))
    assert action["type"] == TP
    sizes = [config.tile_sizes[index] for index in action["parallel"][:3]]
    assert sizes == [32, 32, 0]


def test_heuristic_vector_tiling_after_tp():
    config = SpaceConfig()
    policy = HeuristicPolicy(config)
    observation = _observation(config, [32, 32, 64], [True, True, False], [NT, T, TP, V])
    history = observation["history"].reshape(config.max_steps_per_op, config.history_slot_dim)
    history[1, TP] = 1.0
    action = policy(observation)
    assert action["type"] == T
    sizes = [config.tile_sizes[index] for index in action["tiling"][:3]]
    assert sizes == [1, 8, 1]


def test_learner_quick_prints_table(capsys):
    code = bench_main.main(["learner", "--quick", "--sizes", "tiny", "--models", "lstm", "--no-page", "--batch-size", "64"])
    assert code == 0
    output = capsys.readouterr().out
    assert "| model | size |" in output
    assert "| lstm | tiny |" in output


@pytest.mark.slow
def test_rollout_one_runner_prints_rates(capsys):
    code = bench_main.main(["rollout", "--runners", "1", "--steps", "16", "--rollout-suite", "tiny", "--no-page"])
    assert code == 0
    output = capsys.readouterr().out
    assert "| env runners | env steps |" in output
    assert "| 1 |" in output
