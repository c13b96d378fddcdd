"""PyTorch equivalents of benchmarks, for eager-mode reference times and output checks.

Generated benchmarks map exactly: the name gives the family and shapes, and the
callable takes the program's arguments in the same order. Imported single ops map
when their linalg op has a PyTorch counterpart (matmul, batch_matmul, 2-D conv,
depthwise conv, max pooling, element-wise add/sub/mul/div); everything else,
`linalg.generic` included, has no equivalent here and gets a reason instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
import torch.nn.functional as functional

from mlirrl.benchmarks.names import Add, Conv2d, Matmul, OpSpec, Pooling, Relu, Sequence, Step, parse_name
from mlirrl.benchmarks.suite import Benchmark
from mlirrl.errors import SuiteError

_DTYPES = {"f32": torch.float32, "f64": torch.float64}


@dataclass
class TorchProgram:
    """A callable and the shapes of its arguments, in the MLIR function's argument order."""

    function: Callable[..., torch.Tensor]
    input_shapes: list[list[int]]
    dtype: torch.dtype

    def random_inputs(self, seed: int = 0) -> list[torch.Tensor]:
        generator = torch.Generator().manual_seed(seed)
        return [torch.rand(shape, generator=generator, dtype=self.dtype) * 2 - 1 for shape in self.input_shapes]


class NoTorchEquivalent(SuiteError):
    """The benchmark has no PyTorch counterpart; the message gives the reason."""


def spec_function(spec: OpSpec) -> Callable[..., torch.Tensor]:
    """PyTorch function of a generated benchmark, taking the program's arguments in order."""
    if isinstance(spec, Matmul):
        return torch.matmul
    if isinstance(spec, Conv2d):
        return lambda image, filters: functional.conv2d(image, filters, stride=spec.strides)
    if isinstance(spec, Pooling):
        return lambda image: functional.max_pool2d(image, spec.k, stride=spec.strides)
    if isinstance(spec, Add):
        return torch.add
    if isinstance(spec, Relu):
        return torch.relu
    if isinstance(spec, Sequence):
        return _sequence_function(spec)
    raise NoTorchEquivalent(f"no PyTorch function for {spec!r}")


def _step_function(step: Step, value: torch.Tensor, arguments: list[torch.Tensor]) -> torch.Tensor:
    if step.family == "matmul":
        return value @ arguments.pop(0)
    if step.family == "conv_2d":
        return functional.conv2d(value, arguments.pop(0), stride=step.stride)
    if step.family == "pooling":
        return functional.max_pool2d(value, step.kernel, stride=step.stride)
    if step.family == "add":
        return value + arguments.pop(0)
    if step.family == "relu":
        return torch.relu(value)
    if step.family == "sigmoid":
        return torch.sigmoid(value)
    if step.family == "softmax":
        return torch.softmax(value, dim=-1)
    raise NoTorchEquivalent(f"no PyTorch function for sequence step {step.family!r}")


def _sequence_function(spec: Sequence) -> Callable[..., torch.Tensor]:
    def run(value: torch.Tensor, *extra: torch.Tensor) -> torch.Tensor:
        arguments = list(extra)
        for step in spec.steps:
            value = _step_function(step, value, arguments)
        return value

    return run


def _op_function(op: dict, num_arguments: int) -> Callable[..., torch.Tensor]:
    """PyTorch function of one imported linalg op; the last argument is the init when the op has one as argument."""
    name = op["name"].removeprefix("linalg.")
    has_init = num_arguments > len(op["inputs"])
    strides = tuple(op.get("strides", (1, 1)))
    dilations = tuple(op.get("dilations", (1, 1)))

    if name in ("matmul", "batch_matmul"):
        if has_init:
            return lambda a, b, init: init + torch.matmul(a, b)
        return torch.matmul
    if name == "conv_2d_nchw_fchw":
        def conv(image, filters, *init):
            result = functional.conv2d(image, filters, stride=strides, dilation=dilations)
            return result + init[0] if init else result
        return conv
    if name == "depthwise_conv_2d_nchw_chw":
        def depthwise(image, filters, *init):
            channels = filters.shape[0]
            result = functional.conv2d(image, filters.unsqueeze(1), stride=strides, dilation=dilations, groups=channels)
            return result + init[0] if init else result
        return depthwise
    if name == "pooling_nchw_max":
        window = op["inputs"][1] if len(op["inputs"]) > 1 else None
        if window is None or num_arguments > 2:
            raise NoTorchEquivalent(f"{op['name']}: the window shape is not an operand shape")

        def pool(image, *init):
            result = functional.max_pool2d(image, tuple(window), stride=strides, dilation=dilations)
            return torch.maximum(result, init[0]) if init else result
        return pool
    binary = {"add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div}
    if name in binary and not has_init:
        return binary[name]
    raise NoTorchEquivalent(f"{op['name']} has no PyTorch equivalent in mlirrl.benchmarks.torch_ref")


def torch_program(benchmark: Benchmark) -> TorchProgram:
    """Build the PyTorch equivalent of a benchmark; raise NoTorchEquivalent with the reason when there is none."""
    dtype = _DTYPES.get(benchmark.element_type)
    if dtype is None:
        raise NoTorchEquivalent(f"element type {benchmark.element_type} has no PyTorch equivalent here")
    input_shapes = [list(shape) for shape in benchmark.shapes.get("inputs", [])]

    if benchmark.source == "generated":
        spec = parse_name(benchmark.name)
        return TorchProgram(spec_function(spec), input_shapes, dtype)

    compute = [op for op in benchmark.ops if op["name"] != "linalg.fill"]
    if len(compute) != 1:
        raise NoTorchEquivalent(
            f"only generated benchmarks and imported single ops map to PyTorch; {benchmark.name} has {len(compute) or 'no'} "
            "linalg ops besides fills"
        )
    return TorchProgram(_op_function(compute[0], len(input_shapes)), input_shapes, dtype)
