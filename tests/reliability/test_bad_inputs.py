"""Malformed and unsupported programs and invalid schedules end as typed errors or
counted failures: no hang, no dead process. Everything that touches MLIR runs in
the compiler worker, under the short time limits of conftest.py."""

from __future__ import annotations

import logging
import time

import numpy as np
import pytest

from mlirrl.compiler.program import load_program_file
from mlirrl.compiler.results import FailureKind
from mlirrl.compiler.schedule import parse_schedule, validate_schedule
from mlirrl.errors import MlirrlError, ProgramError, ScheduleError, UnsupportedProgramError
from tests.conftest import shared_file
from tests.reliability.programs import (
    DYNAMIC_PROGRAM,
    byte_flips,
    good_text,
    matmul_program,
    mixed_suite,
    unregistered_op_program,
)

pytestmark = pytest.mark.mlir

# Maximum time of a rejected load, in seconds, including a worker respawn.
MAX_LOAD_S = 20.0

BAD_PROGRAMS = {
    # name: (text, expected error class, words the message must contain)
    "truncated": (lambda: good_text()[: len(good_text()) // 2], ProgramError, "cannot parse"),
    "truncated_to_header": (lambda: good_text()[:40], ProgramError, "cannot parse"),
    "garbage": (lambda: "\x00\x01 }{ not mlir ]] %%", ProgramError, "cannot parse"),
    "empty_text": (lambda: "", ProgramError, "no public function"),
    "unregistered_op": (unregistered_op_program, ProgramError, "dialect 'acme'"),
    "bf16": (lambda: good_text().replace("f32", "bf16"), UnsupportedProgramError, "bf16"),
    "f16": (lambda: good_text().replace("f32", "f16"), UnsupportedProgramError, "f16"),
    "dynamic_shape": (lambda: DYNAMIC_PROGRAM, UnsupportedProgramError, "dynamic shape"),
    # 3 tensors of 32768 x 32768 f32 (4 GiB each) are over the default 4 GiB budget.
    "huge_tensors": (lambda: matmul_program(32768, 32768, 32768), UnsupportedProgramError, "more than the limit"),
    "empty_function": (lambda: "func.func @main() {\n  return\n}\n", UnsupportedProgramError, "no linalg op"),
    "no_linalg_op": (
        lambda: "func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %a : tensor<4xf32>\n}\n",
        UnsupportedProgramError,
        "no linalg op",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_PROGRAMS))
def test_bad_program_rejected(service, case):
    make_text, error_class, reason = BAD_PROGRAMS[case]
    crashes = service.worker.crashes

    started = time.perf_counter()
    with pytest.raises(error_class) as raised:
        service.load_text(make_text(), name=case)
    elapsed = time.perf_counter() - started

    assert reason in str(raised.value)
    assert elapsed < MAX_LOAD_S
    assert service.worker.crashes == crashes
    assert service.worker.ping() < 5.0


@pytest.mark.parametrize("name", ["cnn.mlir", "transformer_block.mlir"])
def test_tensorflow_file_rejected(service, name):
    path = shared_file("upstream", name)

    with pytest.raises(ProgramError) as raised:
        service.load_file(path)

    assert "tf_saved_model" in str(raised.value)
    assert "which MLIR does not register" in str(raised.value)
    assert str(path) in str(raised.value)


def test_byte_flips_never_kill_worker(service):
    # 30 variants of a valid file with 1 to 3 random bytes replaced: each either
    # loads and evaluates to a result, or raises a ProgramError.
    variants = [text for flips in (1, 2, 3) for text in byte_flips(good_text(), 10, flips, seed=flips)]
    outcomes = {"rejected": 0, "loaded": 0}

    started = time.perf_counter()
    for index, text in enumerate(variants):
        try:
            program = service.load_text(text, name=f"flip{index}")
        except ProgramError as error:
            assert str(error), "empty error message"
            outcomes["rejected"] += 1
            continue
        outcomes["loaded"] += 1
        result = service.baseline(program)
        assert result.ok or result.failure is not None
    elapsed = time.perf_counter() - started

    assert outcomes["rejected"] > 0
    assert sum(outcomes.values()) == len(variants)
    assert elapsed < 30 * MAX_LOAD_S
    assert service.worker.ping() < 5.0


def test_loader_file_errors(tmp_path):
    binary = tmp_path / "binary.mlir"
    binary.write_bytes(bytes(range(256)))

    with pytest.raises(ProgramError, match="not found"):
        load_program_file(tmp_path / "absent.mlir")
    with pytest.raises(ProgramError, match="not a UTF-8 text file"):
        load_program_file(binary)


def test_service_file_errors(service, tmp_path):
    binary = tmp_path / "binary.mlir"
    binary.write_bytes(bytes(range(256)))

    with pytest.raises(ProgramError, match="not found"):
        service.load_file(tmp_path / "absent.mlir")
    with pytest.raises(ProgramError, match="not a UTF-8 text file"):
        service.load_file(binary)


# ---------------------------------------------------------------------------
# Invalid schedules of the tiny matmul: op0 = fill (2 loops of 64), op1 = matmul (3 loops of 64).

INVALID_SCHEDULES = {
    "op1:T(-8,8,8)": "negative tile size",
    "op1:T(7,8,8)": "does not divide",
    "op1:TP(8,8,12)": "does not divide",
    "op1:T(8,8,8,8)": "expected 3 tile sizes",
    "op1:I(0,0,1)": "not a permutation",
    "op1:I(1,0)": "not a permutation",
    "op9:T(8,8,8)": "not in the program",
    ":T(8)": "not in the program",
    "op1:T(8,8,8),V,T(2,2,2)": "already ended with V or NT",
    "op1:NT,T(8,8,8)": "already ended with V or NT",
    "op0:TPF(op1;8,8)": "not a producer",
    "op1:TPF(op5;8,8,0)": "not a producer",
}


@pytest.mark.parametrize("text", sorted(INVALID_SCHEDULES))
def test_invalid_schedule_rejected(service, text):
    program = service.load_text(good_text(), name="matmul_64_64_64")
    requests = service.worker.requests

    with pytest.raises(ScheduleError) as raised:
        validate_schedule(parse_schedule(text), program.info)
    result = service.evaluate(program, text)

    assert INVALID_SCHEDULES[text] in str(raised.value)
    assert result.failure is FailureKind.SCHEDULE
    assert INVALID_SCHEDULES[text] in result.message
    assert service.worker.requests == requests, "an invalid schedule reached the worker"


@pytest.mark.parametrize("text", ["op1:Q(1)", "op1:T(8,8", "op1", "op1:TPF(8,8,8)"])
def test_unparsable_schedule_rejected(service, text):
    program = service.load_text(good_text(), name="matmul_64_64_64")

    with pytest.raises(ScheduleError):
        parse_schedule(text)
    result = service.evaluate(program, text)

    assert result.failure is FailureKind.SCHEDULE
    assert result.message


# ---------------------------------------------------------------------------
# A suite folder with good and bad files


def test_env_trains_on_good_files_of_mixed_suite(tmp_path, caplog):
    import envs
    from envs.random_policy import sample_masked_action

    bad = mixed_suite(tmp_path / "suite")
    caplog.set_level(logging.WARNING)
    env = envs.ScheduleEnv(suite=str(tmp_path / "suite"), split="train", seed=0,
                           cache_path=str(tmp_path / "cache.sqlite"),
                           compile_timeout_s=30.0, run_timeout_floor_s=10.0)
    rng = np.random.default_rng(0)
    seen = set()
    try:
        for episode in range(8):
            observation, info = env.reset()
            seen.add(info["benchmark"])
            if episode == 0:
                assert set(env.stats()["dropped_benchmarks"]) == set(bad), "bad files not reported at the first reset"
            terminated = False
            while not terminated:
                action = sample_masked_action(observation["action_mask"], rng, env.space_config)
                observation, reward, terminated, truncated, info = env.step(action)
            assert np.isfinite(reward)
            assert info["failure"] is None, f"{info['schedule_key']}: {info['message']}"
        stats = env.stats()
    finally:
        env.close()

    assert not seen & set(bad), "a bad benchmark was drawn"
    assert stats["episodes"] == 8
    assert set(stats["dropped_benchmarks"]) == set(bad)
    for stem, reason in bad.items():
        assert reason in stats["dropped_benchmarks"][stem]
        named = [record for record in caplog.records if stem in record.getMessage()]
        assert len(named) == 1, f"{stem} named {len(named)} times in the log"
        assert named[0].levelno == logging.WARNING


def test_env_with_only_bad_files_raises(tmp_path):
    import envs

    bad = mixed_suite(tmp_path / "suite")
    for path in (tmp_path / "suite").glob("*.mlir"):
        if path.stem not in bad:
            path.unlink()
    env = envs.ScheduleEnv(suite=str(tmp_path / "suite"), split="train", seed=0)
    try:
        with pytest.raises(MlirrlError, match="no benchmark of 6 can be scheduled"):
            env.reset()
    finally:
        env.close()
