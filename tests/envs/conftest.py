"""Fixtures of the environment tests: hand-made programs with a fake evaluator."""

from __future__ import annotations

import sys
import pathlib

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from programs import FakeEvaluator, fill_matmul_relu  # noqa: E402

import envs  # noqa: E402


@pytest.fixture
def fake_evaluator():
    return FakeEvaluator()


@pytest.fixture
def chain_env(fake_evaluator):
    """An env over the fill -> matmul -> relu chain (64 x 128 x 32) with a fake evaluator."""
    env = envs.ScheduleEnv(programs=[fill_matmul_relu()], evaluator=fake_evaluator, seed=0)
    yield env
    env.close()
