"""Tests of `python -m mlirrl.schedule`: scheduling files with a trained policy,
standalone transform scripts replayed with mlir-opt, best-of-K search and errors.

Tests marked slow train a tiny LSTM policy once per session (2 PPO iterations on
the `tiny` suite, about 20 s on 2 cores), which starts Ray: run them inside a
network namespace with loopback only.
"""

from __future__ import annotations

import dataclasses
import json
import pathlib
import re
from collections import Counter

import pytest

from mlirrl import schedule as schedule_cli
from mlirrl.benchmarks.suite import Suite
from mlirrl.compiler.lowering import Evaluator
from mlirrl.compiler.program import Program, load_program_file
from mlirrl.compiler.results import EvalResult, FailureKind
from mlirrl.compiler.schedule import Schedule, parse_schedule
from mlirrl.compiler.transforms import standalone_transform_script
from tests.conftest import shared_file

SMALL_FILE = "seq_4x32_matmul16_sigmoid"
TINY_MODEL = {"op_embed_size": 32, "lstm_size": 32, "backbone_sizes": [32], "head_size": 32, "value_sizes": [32]}


def small_file() -> pathlib.Path:
    return Suite.load("small")[SMALL_FILE].path


def mlir_opt() -> str:
    path = schedule_cli.find_mlir_opt()
    if path is None:
        pytest.skip("mlir-opt not found")
    return path


@pytest.fixture(scope="session")
def checkpoint(tmp_path_factory) -> pathlib.Path:
    """A policy trained for 2 iterations on the tiny suite."""
    from mlirrl.config import TrainConfig
    from mlirrl.train import latest_checkpoint, train

    output = tmp_path_factory.mktemp("runs")
    config = TrainConfig(
        model="lstm", model_config=TINY_MODEL, suite="tiny", iterations=2, num_workers=0,
        train_batch_size=64, minibatch_size=32, epochs=1, output=str(output), name="tiny",
    )
    path = latest_checkpoint(train(config))
    assert path is not None
    return path


def op_counts(text: str) -> Counter:
    """Count the scf, vector and linalg ops in MLIR text (comments and attributes such as #vector.kind excluded)."""
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return Counter(re.findall(r"(?<![#\w.])((?:scf|vector|linalg)\.[a-z_]+)\b", code))


def assert_replays_verified(program: Program, schedule: Schedule) -> None:
    """Apply the standalone script of `schedule` to the program's kernel with its tags
    renamed away, so that only the script's own tagging can match the ops, and check
    the outputs against the untransformed program."""
    untagged = dataclasses.replace(program, kernel_text=program.kernel_text.replace('tag = "op', 'source_tag = "op'))
    script = standalone_transform_script(program, schedule, function="kernel")
    result = Evaluator().evaluate(untagged, Schedule(), transform_text=script)
    assert result.ok, result.message
    assert result.verified


def run_cli(*argv: str) -> int:
    return schedule_cli.main([*map(str, argv), "--no-progress"])


# ---------------------------------------------------------------------------
# Without a policy


def test_groups_keep_fused_producer_with_consumer():
    schedule = parse_schedule("op2:TPF(op1;2,8);op1@op2:T(0,0,8),V;op0:V")
    groups = schedule_cli.schedule_groups(schedule)
    assert [[op.tag for op in group] for group in groups] == [["op2", "op1@op2"], ["op0"]]


def test_standalone_script_replays_on_source(tmp_path):
    source = small_file()
    program = load_program_file(source)
    schedule = parse_schedule("op2:TPF(op1;2,8);op1@op2:T(0,0,8),V;op0:V")
    script = tmp_path / "schedule.mlir"
    script.write_text(standalone_transform_script(program, schedule))

    replayed = schedule_cli.replay_transform(mlir_opt(), source, script)
    kernel = Evaluator().transformed_ir(program, schedule)
    assert op_counts(replayed)["vector.contract"] == 1
    assert op_counts(replayed) == op_counts(kernel)


def test_standalone_script_tags_untagged_kernel():
    program = load_program_file(small_file())
    assert_replays_verified(program, parse_schedule("op2:TPF(op1;2,8);op1@op2:T(0,0,8),V;op0:V"))


def test_standalone_script_rejects_other_payload(tmp_path):
    program = load_program_file(small_file())
    script = tmp_path / "schedule.mlir"
    script.write_text(standalone_transform_script(program, parse_schedule("op0:V")))
    other = Suite.load("small")[next(n for n in Suite.load("small").names if n.startswith("matmul"))].path

    with pytest.raises(schedule_cli.CompileError, match="split_handle|does not match|handle"):
        schedule_cli.replay_transform(mlir_opt(), other, script)


def test_cli_unparsable_file_exits_2(tmp_path, capsys):
    broken = tmp_path / "broken.mlir"
    broken.write_text("func.func @main( {\n")
    code = run_cli(broken, "--checkpoint", tmp_path / "none", "-o", tmp_path / "out.mlir")
    assert code == 2
    error = capsys.readouterr().err
    assert str(broken) in error
    assert "cannot parse" in error
    assert not (tmp_path / "out.mlir").exists()


def test_cli_missing_file_exits_2(tmp_path, capsys):
    code = run_cli(tmp_path / "absent.mlir", "--checkpoint", tmp_path, "-o", tmp_path / "out.mlir")
    assert code == 2
    assert "absent.mlir: input file not found" in capsys.readouterr().err


def test_cli_no_linalg_exits_2(tmp_path, capsys):
    plain = tmp_path / "plain.mlir"
    plain.write_text("func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %a : tensor<4xf32>\n}\n")
    code = run_cli(plain, "--checkpoint", tmp_path, "-o", tmp_path / "out.mlir")
    assert code == 2
    error = capsys.readouterr().err
    assert "plain.mlir" in error
    assert "no linalg op" in error


def test_cli_missing_checkpoint_exits_2(tmp_path, capsys):
    code = run_cli(small_file(), "--checkpoint", tmp_path / "none", "-o", tmp_path / "out.mlir")
    assert code == 2
    assert "checkpoint folder not found" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# With the trained policy


@pytest.mark.slow
def test_cli_schedules_small_file(checkpoint, tmp_path):
    source = small_file()
    output, script, report = tmp_path / "out.mlir", tmp_path / "schedule.mlir", tmp_path / "report.json"
    code = run_cli(source, "--checkpoint", checkpoint, "-o", output, "--emit-transform", script,
                   "--emit-report", report, "--keep-slower")
    assert code == 0

    text = output.read_text()
    assert text.startswith("// mlirrl schedule of")
    assert "kernel form" in text.splitlines()[1]
    data = json.loads(report.read_text())
    assert data["threads"] == 1
    assert data["baseline_ns"] > 0
    assert data["new_ns"] > 0
    assert data["speedup"] == pytest.approx(data["baseline_ns"] / data["new_ns"])
    assert [op["tag"] for op in data["ops"]] == ["op0", "op1", "op2"]
    assert data["transform"]["replay_checked"] is True

    # The script replayed on the original file builds the same loops and vector ops
    # as the verified output, and applied to the untagged kernel it verifies.
    replayed = schedule_cli.replay_transform(mlir_opt(), source, script)
    assert op_counts(replayed) == op_counts(text)
    assert_replays_verified(load_program_file(source), parse_schedule(data["schedule"]))


@pytest.mark.slow
def test_cli_markdown_report_serial(checkpoint, tmp_path):
    report = tmp_path / "report.md"
    code = run_cli(small_file(), "--checkpoint", checkpoint, "-o", tmp_path / "out.mlir", "--emit-report", report,
                   "--no-parallel", "--keep-slower", "--search", "2")
    assert code == 0
    text = report.read_text()
    assert "| op0 | linalg.fill |" in text
    assert "serial code" in text
    # Every candidate schedule is listed; none may use parallel tiling or tiled fusion.
    assert "TP(" not in text
    assert "TPF(" not in text


@pytest.mark.slow
def test_search_not_slower_than_greedy(checkpoint, tmp_path):
    from mlirrl.cache import ExecutionCache, host_fingerprint

    source = small_file()
    cache, report = tmp_path / "cache.sqlite", tmp_path / "report.json"
    code = run_cli(source, "--checkpoint", checkpoint, "-o", tmp_path / "out.mlir", "--emit-report", report,
                   "--search", "4", "--cache", cache, "--keep-slower")
    assert code == 0
    data = json.loads(report.read_text())
    candidates = data["search"]["candidates"]
    assert [c["origin"] for c in candidates] == ["greedy"] + [f"sample {i}" for i in range(1, 5)]

    # The greedy time as the cache stores it, under the key the service uses.
    greedy = candidates[0]
    store = ExecutionCache(cache)
    host = host_fingerprint("threads=1;parallel=True;verify=True")
    cached = store.get(load_program_file(source).fingerprint, greedy["schedule"], host)
    store.close()
    if greedy["failure"] is None:
        assert cached is not None
        assert data["new_ns"] <= cached.time_ns
    assert data["new_ns"] == min(c["time_ns"] for c in candidates if c["time_ns"] is not None)


@pytest.mark.slow
def test_cli_schedules_resnet18(checkpoint, tmp_path):
    source = shared_file("upstream", "resnet18.mlir")
    output, script, report = tmp_path / "out.mlir", tmp_path / "schedule.mlir", tmp_path / "report.json"
    code = run_cli(source, "--checkpoint", checkpoint, "-o", output, "--emit-transform", script,
                   "--emit-report", report, "--budget", "60")
    assert code == 0
    data = json.loads(report.read_text())
    assert data["entry_function"] == "forward"
    assert len(data["ops"]) > 20
    assert data["new_ns"] <= data["baseline_ns"]
    assert data["transform"]["replay_checked"] is True
    assert "func.func @kernel" in output.read_text()


class FailingOp1Service:
    """A stand-in for CompilerService: every schedule that transforms op1 fails to apply."""

    def baseline(self, program):
        return EvalResult.success(1000.0)

    def evaluate(self, program, schedule):
        if any(op.tag == "op1" for op in schedule.ops):
            return EvalResult.failed(FailureKind.TRANSFORM, "op1 does not tile")
        return EvalResult.success(1000.0 - 100.0 * len(schedule.ops), verified=True)


def test_partial_drops_failing_group():
    scheduler = object.__new__(schedule_cli.Scheduler)
    scheduler.service = FailingOp1Service()
    scheduler.program = None
    schedule = parse_schedule("op3:TPF(op2;4);op2@op3:V;op1:T(2);op0:V")

    kept, dropped, stopped = scheduler.partial(schedule, deadline=float("inf"), progress=False)
    assert kept.schedule.key() == "op3:TPF(op2;4);op2@op3:V;op0:V"
    assert kept.result.time_ns == 700.0
    assert list(dropped) == ["op1"]
    assert "transform: op1 does not tile" == dropped["op1"]
    assert stopped is False


def test_partial_stops_at_deadline():
    scheduler = object.__new__(schedule_cli.Scheduler)
    scheduler.service = FailingOp1Service()
    scheduler.program = None

    kept, dropped, stopped = scheduler.partial(parse_schedule("op1:T(2);op0:V"), deadline=0.0, progress=False)
    assert kept.schedule.is_empty
    assert sorted(dropped) == ["op0", "op1"]
    assert stopped is True
