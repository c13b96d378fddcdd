"""Write the MLIR text of generated benchmarks.

Every program is one public `func.func @main` on tensors that returns its result
tensor: linalg on tensors, static shapes, destination-passing style, with inits made
by `tensor.empty` and `linalg.fill`. Inputs are function arguments; no weights are
embedded.
"""

from __future__ import annotations

from mlirrl.benchmarks.names import Add, Conv2d, Matmul, OpSpec, Pooling, Relu, Sequence, Shape, Step
from mlirrl.errors import SuiteError

ELEMENT_TYPES = ("f32", "f64")

# Bit patterns of -inf, the identity of max pooling and of the softmax max reduction.
_NEG_INF = {"f32": "0xFF800000", "f64": "0xFFF0000000000000"}


def _identity_map(rank: int) -> str:
    dims = ", ".join(f"d{i}" for i in range(rank))
    return f"affine_map<({dims}) -> ({dims})>"


def _drop_last_map(rank: int) -> str:
    dims = ", ".join(f"d{i}" for i in range(rank))
    kept = ", ".join(f"d{i}" for i in range(rank - 1))
    return f"affine_map<({dims}) -> ({kept})>"


class FunctionWriter:
    """Builds the body of one tensor function line by line with fresh SSA names."""

    def __init__(self, element_type: str) -> None:
        if element_type not in ELEMENT_TYPES:
            raise SuiteError(f"element type {element_type!r} is not supported; use one of {ELEMENT_TYPES}")
        self.element_type = element_type
        self.arguments: list[tuple[str, Shape]] = []
        self.lines: list[str] = []
        self._constants: dict[str, str] = {}
        self._counter = 0

    def tensor(self, shape: Shape) -> str:
        return "tensor<" + "x".join(map(str, shape)) + f"x{self.element_type}>"

    def _fresh(self, hint: str) -> str:
        self._counter += 1
        return f"%{hint}{self._counter}"

    def argument(self, shape: Shape) -> str:
        name = f"%arg{len(self.arguments)}"
        self.arguments.append((name, shape))
        return name

    def constant(self, literal: str) -> str:
        """Scalar constant of the element type, emitted once per literal."""
        if literal not in self._constants:
            name = self._fresh("cst")
            self.lines.append(f"{name} = arith.constant {literal} : {self.element_type}")
            self._constants[literal] = name
        return self._constants[literal]

    def empty(self, shape: Shape) -> str:
        name = self._fresh("empty")
        self.lines.append(f"{name} = tensor.empty() : {self.tensor(shape)}")
        return name

    def filled(self, literal: str, shape: Shape) -> str:
        value = self.constant(literal)
        empty = self.empty(shape)
        name = self._fresh("init")
        tensor = self.tensor(shape)
        self.lines.append(f"{name} = linalg.fill ins({value} : {self.element_type}) outs({empty} : {tensor}) -> {tensor}")
        return name

    def matmul(self, lhs: str, rhs: str, n: int, k: int, m: int) -> str:
        init = self.filled("0.0", (n, m))
        name = self._fresh("matmul")
        self.lines.append(
            f"{name} = linalg.matmul ins({lhs}, {rhs} : {self.tensor((n, k))}, {self.tensor((k, m))}) "
            f"outs({init} : {self.tensor((n, m))}) -> {self.tensor((n, m))}"
        )
        return name

    def conv(self, image: str, filters: str, in_shape: Shape, filter_shape: Shape, out_shape: Shape, strides) -> str:
        init = self.filled("0.0", out_shape)
        name = self._fresh("conv")
        self.lines.append(
            f"{name} = linalg.conv_2d_nchw_fchw {{dilations = dense<1> : tensor<2xi64>, "
            f"strides = dense<[{strides[0]}, {strides[1]}]> : tensor<2xi64>}} "
            f"ins({image}, {filters} : {self.tensor(in_shape)}, {self.tensor(filter_shape)}) "
            f"outs({init} : {self.tensor(out_shape)}) -> {self.tensor(out_shape)}"
        )
        return name

    def max_pool(self, image: str, in_shape: Shape, kernel: int, out_shape: Shape, strides) -> str:
        init = self.filled(_NEG_INF[self.element_type], out_shape)
        window = self.empty((kernel, kernel))
        name = self._fresh("pool")
        self.lines.append(
            f"{name} = linalg.pooling_nchw_max {{dilations = dense<1> : tensor<2xi64>, "
            f"strides = dense<[{strides[0]}, {strides[1]}]> : tensor<2xi64>}} "
            f"ins({image}, {window} : {self.tensor(in_shape)}, {self.tensor((kernel, kernel))}) "
            f"outs({init} : {self.tensor(out_shape)}) -> {self.tensor(out_shape)}"
        )
        return name

    def add(self, lhs: str, rhs: str, shape: Shape) -> str:
        empty = self.empty(shape)
        name = self._fresh("add")
        tensor = self.tensor(shape)
        self.lines.append(f"{name} = linalg.add ins({lhs}, {rhs} : {tensor}, {tensor}) outs({empty} : {tensor}) -> {tensor}")
        return name

    def elementwise(self, hint: str, value: str, shape: Shape, body: list[str]) -> str:
        """Emit a parallel `linalg.generic` over `shape`; `body` computes `%r` from `%in`."""
        empty = self.empty(shape)
        name = self._fresh(hint)
        tensor = self.tensor(shape)
        iterators = ", ".join(['"parallel"'] * len(shape))
        identity = _identity_map(len(shape))
        self.lines.append(
            f"{name} = linalg.generic {{indexing_maps = [{identity}, {identity}], iterator_types = [{iterators}]}} "
            f"ins({value} : {tensor}) outs({empty} : {tensor}) {{"
        )
        self.lines.append(f"^bb0(%in: {self.element_type}, %out: {self.element_type}):")
        self.lines.extend("  " + line for line in body)
        self.lines.append(f"  linalg.yield %r : {self.element_type}")
        self.lines.append(f"}} -> {tensor}")
        return name

    def relu(self, value: str, shape: Shape) -> str:
        zero = self.constant("0.0")
        return self.elementwise("relu", value, shape, [f"%r = arith.maximumf %in, {zero} : {self.element_type}"])

    def sigmoid(self, value: str, shape: Shape) -> str:
        one = self.constant("1.0")
        t = self.element_type
        body = [
            f"%neg = arith.negf %in : {t}",
            f"%exp = math.exp %neg : {t}",
            f"%den = arith.addf %exp, {one} : {t}",
            f"%r = arith.divf {one}, %den : {t}",
        ]
        return self.elementwise("sigmoid", value, shape, body)

    def softmax(self, value: str, shape: Shape) -> str:
        """Softmax over the last dimension: max reduction, exp(x - max), sum reduction, division."""
        t = self.element_type
        rank = len(shape)
        reduced = shape[:-1]
        tensor, reduced_tensor = self.tensor(shape), self.tensor(reduced)
        full, drop = _identity_map(rank), _drop_last_map(rank)
        parallel_iterators = ", ".join(['"parallel"'] * rank)

        row_max = self._reduce_last("max", value, shape, _NEG_INF[t], "arith.maximumf")

        exp_empty = self.empty(shape)
        shifted = self._fresh("exp")
        self.lines += [
            f"{shifted} = linalg.generic {{indexing_maps = [{full}, {drop}, {full}], iterator_types = [{parallel_iterators}]}} "
            f"ins({value}, {row_max} : {tensor}, {reduced_tensor}) outs({exp_empty} : {tensor}) {{",
            f"^bb0(%in: {t}, %m: {t}, %out: {t}):",
            f"  %d = arith.subf %in, %m : {t}",
            f"  %r = math.exp %d : {t}",
            f"  linalg.yield %r : {t}",
            f"}} -> {tensor}",
        ]

        row_sum = self._reduce_last("sum", shifted, shape, "0.0", "arith.addf")

        out_empty = self.empty(shape)
        result = self._fresh("softmax")
        self.lines += [
            f"{result} = linalg.generic {{indexing_maps = [{full}, {drop}, {full}], iterator_types = [{parallel_iterators}]}} "
            f"ins({shifted}, {row_sum} : {tensor}, {reduced_tensor}) outs({out_empty} : {tensor}) {{",
            f"^bb0(%in: {t}, %s: {t}, %out: {t}):",
            f"  %r = arith.divf %in, %s : {t}",
            f"  linalg.yield %r : {t}",
            f"}} -> {tensor}",
        ]
        return result

    def _reduce_last(self, hint: str, value: str, shape: Shape, identity: str, combine: str) -> str:
        """Reduce the last dimension of `value` with the binary op `combine`, starting from `identity`."""
        t = self.element_type
        rank = len(shape)
        reduced = shape[:-1]
        init = self.filled(identity, reduced)
        name = self._fresh(hint)
        iterators = ", ".join(['"parallel"'] * (rank - 1) + ['"reduction"'])
        self.lines += [
            f"{name} = linalg.generic {{indexing_maps = [{_identity_map(rank)}, {_drop_last_map(rank)}], "
            f"iterator_types = [{iterators}]}} ins({value} : {self.tensor(shape)}) outs({init} : {self.tensor(reduced)}) {{",
            f"^bb0(%in: {t}, %out: {t}):",
            f"  %r = {combine} %in, %out : {t}",
            f"  linalg.yield %r : {t}",
            f"}} -> {self.tensor(reduced)}",
        ]
        return name

    def function(self, result: str, result_shape: Shape, name: str = "main") -> str:
        arguments = ", ".join(f"{arg}: {self.tensor(shape)}" for arg, shape in self.arguments)
        body = "\n".join("    " + line for line in self.lines)
        result_type = self.tensor(result_shape)
        return (
            "module {\n"
            f"  func.func @{name}({arguments}) -> {result_type} {{\n"
            f"{body}\n"
            f"    return {result} : {result_type}\n"
            "  }\n"
            "}\n"
        )


def program_text(spec: OpSpec, element_type: str = "f32") -> str:
    """MLIR text of the benchmark described by `spec`."""
    writer = FunctionWriter(element_type)

    if isinstance(spec, Matmul):
        lhs, rhs = writer.argument((spec.n, spec.k)), writer.argument((spec.k, spec.m))
        result = writer.matmul(lhs, rhs, spec.n, spec.k, spec.m)
    elif isinstance(spec, Conv2d):
        image_shape, filter_shape = spec.input_shapes
        image, filters = writer.argument(image_shape), writer.argument(filter_shape)
        result = writer.conv(image, filters, image_shape, filter_shape, spec.output_shape, spec.strides)
    elif isinstance(spec, Pooling):
        image = writer.argument(spec.input_shapes[0])
        result = writer.max_pool(image, spec.input_shapes[0], spec.k, spec.output_shape, spec.strides)
    elif isinstance(spec, Add):
        result = writer.add(writer.argument(spec.dims), writer.argument(spec.dims), spec.dims)
    elif isinstance(spec, Relu):
        result = writer.relu(writer.argument(spec.dims), spec.dims)
    elif isinstance(spec, Sequence):
        result = _sequence_body(writer, spec)
    else:
        raise SuiteError(f"no MLIR writer for specification {spec!r}")

    return writer.function(result, spec.output_shape)


def _sequence_body(writer: FunctionWriter, spec: Sequence) -> str:
    value = writer.argument(spec.input_dims)
    shapes = spec.shapes
    for step, shape, out_shape in zip(spec.steps, shapes, shapes[1:]):
        value = _step(writer, step, value, shape, out_shape)
    return value


def _step(writer: FunctionWriter, step: Step, value: str, shape: Shape, out_shape: Shape) -> str:
    if step.family == "matmul":
        rhs = writer.argument((shape[1], step.size))
        return writer.matmul(value, rhs, shape[0], shape[1], step.size)
    if step.family == "conv_2d":
        filter_shape = (step.size, shape[1], step.kernel, step.kernel)
        filters = writer.argument(filter_shape)
        return writer.conv(value, filters, shape, filter_shape, out_shape, (step.stride, step.stride))
    if step.family == "pooling":
        return writer.max_pool(value, shape, step.kernel, out_shape, (step.stride, step.stride))
    if step.family == "add":
        return writer.add(value, writer.argument(shape), shape)
    if step.family == "relu":
        return writer.relu(value, shape)
    if step.family == "sigmoid":
        return writer.sigmoid(value, shape)
    if step.family == "softmax":
        return writer.softmax(value, shape)
    raise SuiteError(f"unknown sequence step {step.family!r}")
