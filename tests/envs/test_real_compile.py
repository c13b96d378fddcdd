"""The environment with the real compiler service: Gymnasium's checker, random
rollouts and a hand-written schedule. Each test compiles only a few small programs."""

from __future__ import annotations

import math
import pathlib

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import envs
from envs.random_policy import sample_masked_action
from envs.spaces import T, I, V
from mlirrl.compiler.schedule import parse_schedule
from programs import action
from test_episode import finish_op

pytestmark = pytest.mark.mlir

COMPILER_DATA = pathlib.Path(__file__).resolve().parents[1] / "compiler" / "data"


def benchmark_source() -> dict:
    """The bundled `tiny` suite, or the small MLIR files of the compiler tests while it is absent."""
    from mlirrl.benchmarks.suite import BUNDLED_ROOT

    if (BUNDLED_ROOT / "tiny" / "suite.json").is_file():
        return {"suite": "tiny", "split": "all"}
    # NOTE: remove this fallback once the tiny suite is bundled in every checkout.
    files = sorted(str(path) for path in COMPILER_DATA.glob("bench_*.mlir"))
    if not files:
        pytest.skip("neither the tiny suite nor the compiler test files are available")
    return {"files": files, "split": "all"}


@pytest.fixture
def real_env(tmp_path):
    pytest.importorskip("mlir.ir")
    env = envs.ScheduleEnv(benchmark_source(), cache_path=str(tmp_path / "cache.sqlite"), seed=0)
    yield env
    env.close()


def test_check_env_real():
    pytest.importorskip("mlir.ir")
    # gymnasium.make attaches the spec, which marks the env nondeterministic because
    # a final step measures a run time; check_env then skips its step-determinism check.
    env = gymnasium.make(envs.ENV_ID, invalid_action="penalize", seed=0, **benchmark_source())
    try:
        check_env(env.unwrapped, skip_render_check=True)
    finally:
        env.close()


def test_random_rollouts_finish(real_env):
    rng = np.random.default_rng(0)
    for _ in range(6):
        observation, _ = real_env.reset()
        terminated = False
        while not terminated:
            assert real_env.observation_space.contains(observation)
            observation, reward, terminated, truncated, info = real_env.step(
                sample_masked_action(observation["action_mask"], rng, real_env.space_config)
            )
            assert not truncated
        assert math.isfinite(reward)
        assert info["failure"] is None, f"{info['schedule_key']}: {info['message']}"


def matmul_benchmark(env) -> tuple[str, object]:
    for name in env.benchmark_names:
        program = env.benchmarks.program(name, env._load)
        families = [op.family for op in program.info.ops if op.num_loops > 0]
        if families == ["matmul"] or families == ["fill", "matmul"]:
            return name, program
    pytest.skip("no single-matmul benchmark in the suite")


def test_hand_schedule_matches_service(real_env, tmp_path):
    """Interchange (i, k, j), tile to at most 8 per loop, vectorize: the env and the
    service agree on the schedule key and the time (through the shared cache)."""
    from mlirrl.compiler.worker import CompilerService

    name, program = matmul_benchmark(real_env)
    matmul = [op for op in program.info.ops if op.family == "matmul"][0]
    config = real_env.space_config
    observation, info = real_env.reset(options={"benchmark": name})
    assert info["op"] == matmul.tag

    permutation = (0, 2, 1)
    for loop in permutation:
        observation, *_ = real_env.step(action(config, I, interchange=loop))
    ranges = [matmul.loop_ranges[loop] for loop in permutation]
    sizes = tuple(next(s for s in (8, 4, 2, 1) if extent % s == 0) if extent > 8 else 0 for extent in ranges)
    observation, *_ = real_env.step(action(config, T, tiling=sizes))
    observation, reward, terminated, _, info = real_env.step(action(config, V))
    for op in reversed(program.info.ops[: matmul.index]):
        # A fill before the matmul: leave it untouched.
        assert not terminated
        observation, reward, terminated, _, info = finish_op(real_env, observation, op.num_loops)
    assert terminated

    key = f"{matmul.tag}:I(0,2,1),T({','.join(map(str, sizes))}),V"
    assert info["schedule_key"] == key
    assert info["failure"] is None, info["message"]
    assert reward == pytest.approx(math.log(info["baseline_ns"] / info["new_ns"]))

    with CompilerService(cache_path=real_env.options.cache_path) as service:
        result = service.evaluate(program, parse_schedule(key))
        baseline = service.baseline(program)
    assert result.ok
    assert result.cache_hit
    assert result.time_ns == info["new_ns"]
    assert baseline.time_ns == info["baseline_ns"]
