"""Suite loading, manifest validation and the bundled suites."""

import json

import pytest

from mlirrl.benchmarks.suite import Suite
from mlirrl.errors import SuiteError

ENTRY = {
    "file": "matmul_4_4_4.mlir",
    "source": "generated",
    "families": ["matmul"],
    "shapes": {"inputs": [[4, 4], [4, 4]], "output": [4, 4]},
    "element_type": "f32",
    "flops": 128,
    "split": "train",
}


def write_suite(folder, entry):
    folder.mkdir(exist_ok=True)
    (folder / "matmul_4_4_4.mlir").write_text("module {}\n")
    (folder / "suite.json").write_text(json.dumps({"format": 1, "benchmarks": {"matmul_4_4_4": entry}}))


def test_manifest_loads(tmp_path):
    write_suite(tmp_path, ENTRY)
    suite = Suite.load(tmp_path)
    assert suite.names == ["matmul_4_4_4"]
    assert suite["matmul_4_4_4"].flops == 128
    assert [b.name for b in suite.split("train")] == ["matmul_4_4_4"]
    assert suite.split("eval") == []


@pytest.mark.parametrize("field", ["file", "source", "families", "shapes", "element_type", "flops", "split"])
def test_missing_field_is_named(tmp_path, field):
    entry = {key: value for key, value in ENTRY.items() if key != field}
    write_suite(tmp_path, entry)
    with pytest.raises(SuiteError, match=f"matmul_4_4_4.*missing field.*{field}"):
        Suite.load(tmp_path)


def test_invalid_split_rejected(tmp_path):
    write_suite(tmp_path, {**ENTRY, "split": "test"})
    with pytest.raises(SuiteError, match="split must be one of"):
        Suite.load(tmp_path)


def test_incomplete_baselines_rejected(tmp_path):
    write_suite(tmp_path, {**ENTRY, "baselines": {"mlir_ns": 1.0}})
    with pytest.raises(SuiteError, match="baselines lack"):
        Suite.load(tmp_path)


def test_missing_file_reported(tmp_path):
    write_suite(tmp_path, {**ENTRY, "file": "absent.mlir"})
    with pytest.raises(SuiteError, match="absent.mlir not found"):
        Suite.load(tmp_path)


def test_unknown_suite_reported():
    with pytest.raises(SuiteError, match="not found"):
        Suite.load("no-such-suite")


def test_folder_without_manifest(tmp_path):
    # The MLIR-RL file layout: @main times the op with nanoTime and returns the elapsed ns.
    (tmp_path / "relu_4_8.mlir").write_text(
        "module {\n  func.func private @nanoTime() -> i64 attributes {llvm.emit_c_interface}\n"
        "  func.func @main(%a: tensor<4x8xf64>) -> (tensor<4x8xf64>, i64) { ... }\n}\n"
    )
    (tmp_path / "custom.mlir").write_text("func.func @f(%a: tensor<2xf32>) { linalg.generic }\n")
    suite = Suite.load(tmp_path)
    assert not suite.has_manifest
    assert suite.names == ["custom", "relu_4_8"]
    assert suite["relu_4_8"].source == "upstream"
    assert suite["relu_4_8"].families == ["relu"]
    assert suite["relu_4_8"].element_type == "f64"
    assert suite["custom"].families == ["generic"]
    assert len(suite.split("train")) == 2


def test_bundled_suites_load():
    assert {"tiny", "small", "paper-eval", "models"} <= set(Suite.bundled())
    tiny = Suite.load("tiny")
    families = {family for benchmark in tiny for family in benchmark.families}
    assert {"matmul", "conv_2d", "pooling", "add", "relu", "sigmoid", "softmax"} <= families
    assert "seq_64x64_matmul64_relu" in tiny


def test_small_split_shares_no_shapes():
    small = Suite.load("small")
    train, evaluation = small.split("train"), small.split("eval")
    assert train and evaluation

    def signature(benchmark):
        return (tuple(benchmark.families), json.dumps(benchmark.shapes, sort_keys=True))

    assert not {signature(b) for b in train} & {signature(b) for b in evaluation}


def test_paper_eval_suite_has_16_ops():
    suite = Suite.load("paper-eval")
    assert len(suite) == 16
    assert all(benchmark.split == "eval" and benchmark.element_type == "f64" for benchmark in suite)
