"""The generator CLI: random suites and regeneration of named benchmarks."""

import json

import pytest

from tests.conftest import shared_file
from mlirrl.benchmarks.__main__ import main
from mlirrl.benchmarks.irtools import program_facts
from mlirrl.benchmarks.names import parse_name
from mlirrl.benchmarks.suite import Suite


def test_names_file_regenerates_operators(tmp_path, capsys):
    names_file = shared_file("upstream", "paper_eval_baselines_ns.json")
    assert main(["generate", "--names", str(names_file), "--out", str(tmp_path / "pe")]) == 0
    output = capsys.readouterr().out

    assert "generated 16 of 22 names" in output
    for skipped in ("hexaquark_hexaquark_12_rewrite", "dibaryon_dibaryon_24", "model_vgg", "model_res_net"):
        assert skipped in output
    suite = Suite.load(tmp_path / "pe")
    assert len(suite) == 16
    for benchmark in suite:
        assert set(benchmark.shapes["output"])
        assert benchmark.flops > 0


def test_generated_shapes_match_names(tmp_path):
    assert main(["generate", "--out", str(tmp_path), "--suite-size", "24", "--pool", "small", "--dtype", "f64",
                 "--eval-fraction", "0.3", "--seed", "3"]) == 0
    suite = Suite.load(tmp_path)
    assert len(suite) == 24
    for benchmark in suite:
        spec = parse_name(benchmark.name)
        facts = program_facts(benchmark.read_text())
        assert facts.element_type == "f64"
        assert facts.outputs == [list(spec.output_shape)]
        assert benchmark.shapes["inputs"][0] == list(spec.input_shapes[0] if hasattr(spec, "input_shapes") else spec.input_dims)


def test_generate_adds_to_existing_suite(tmp_path):
    names = tmp_path / "names.json"
    names.write_text(json.dumps({"matmul_8_8_8": 1, "relu_4_4": 2}))
    main(["generate", "--names", str(names), "--out", str(tmp_path / "s")])
    main(["generate", "--out", str(tmp_path / "s"), "--suite-size", "3"])
    assert len(Suite.load(tmp_path / "s")) == 5


def test_matmul_flops_counted(tmp_path):
    names = tmp_path / "names.json"
    names.write_text(json.dumps({"matmul_8_16_4": 0, "conv_2d_nchw_fchw_1_2_5_5_3_3_3_3_3": 0}))
    main(["generate", "--names", str(names), "--out", str(tmp_path / "s")])
    suite = Suite.load(tmp_path / "s")
    assert suite["matmul_8_16_4"].flops == 2 * 8 * 16 * 4
    assert suite["matmul_8_16_4"].loops == [2, 3]  # fill, then matmul
    assert suite["conv_2d_nchw_fchw_1_2_5_5_3_3_3_3_3"].flops == 2 * 1 * 3 * 3 * 3 * 2 * 3 * 3


@pytest.mark.parametrize("dtype", ["f32", "f64"])
def test_every_family_parses(tmp_path, dtype):
    from mlirrl.benchmarks.emit import program_text

    for name in Suite.load("tiny").names:
        facts = program_facts(program_text(parse_name(name), dtype))
        assert facts.element_type == dtype
