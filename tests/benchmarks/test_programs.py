"""Generated programs compute what their PyTorch equivalents compute."""

import numpy as np
import pytest
import torch

from mlirrl.benchmarks.suite import Suite
from mlirrl.benchmarks.torch_ref import torch_program

pytest.importorskip("mlir.ir")
pytestmark = pytest.mark.mlir

TINY = Suite.load("tiny")


@pytest.fixture(scope="module")
def evaluator():
    from mlirrl.compiler.lowering import Evaluator

    return Evaluator()


@pytest.mark.parametrize("name", TINY.names)
def test_program_matches_torch(name, evaluator):
    from mlirrl.compiler.lowering import EvalOptions, random_arguments
    from mlirrl.compiler.program import load_program

    benchmark = TINY[name]
    program = load_program(benchmark.read_text(), name=name, source=str(benchmark.path))
    arguments = random_arguments(program, 0)
    inputs = [array for array, spec in zip(arguments, program.arguments) if not spec.is_output]
    # NOTE: this uses Evaluator._reference_outputs, the untransformed run the evaluator keeps for verification.
    outputs = evaluator._reference_outputs(program, EvalOptions(seed=0))
    assert isinstance(outputs, list), outputs

    reference = torch_program(benchmark).function(*[torch.from_numpy(array) for array in inputs])
    np.testing.assert_allclose(outputs[0], reference.numpy(), rtol=1e-4, atol=1e-5)


def test_tiny_baselines_recorded():
    for benchmark in TINY:
        assert benchmark.baselines is not None, benchmark.name
        assert benchmark.mlir_ns and benchmark.mlir_ns < 5e6, benchmark.name
        assert benchmark.torch_ns, benchmark.name
