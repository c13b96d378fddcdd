"""Benchmark names that encode shapes, and the op specifications behind them.

Single-op names follow the MLIR-RL dataset (arXiv 2409.11068):

- `matmul_N_K_M`: A is N x K, B is K x M.
- `conv_2d_nchw_fchw_N_C_H_W_F_KH_KW_OH_OW`: input N x C x H x W, filter F x C x KH x KW.
- `pooling_nchw_max_N_C_H_W_K_OH_OW`: a K x K max window.
- `add_d0_d1_..`: element-wise sum of two tensors of that shape.
- `relu_d0_d1_..`: ReLU of one tensor of that shape (2-D `relu_N_S` or 4-D `relu_N_C_W_W`).

Names carry no stride: with padding 0 and dilation 1, the stride is the smallest s
with `(H - K) // s + 1 == OH`, so both `H` and `OH` are needed to recover it.

Operator sequences chain ops, each consuming the previous output:
`seq_<input shape>_<step>_<step>...`, where the input shape is `AxBxCxD` (4-D, NCHW)
or `AxB` (2-D) and each step is one of

- `matmul<M>`: multiply by a fresh K x M argument (2-D only; the init is a zero fill);
- `conv<F>k<K>s<S>`: conv_2d_nchw_fchw with F filters of K x K and stride S (4-D only);
- `pool<K>s<S>`: max pooling with a K x K window and stride S (4-D only);
- `add`: add a fresh argument of the same shape;
- `relu`, `sigmoid`, `softmax` (softmax over the last dimension).

Example: `seq_1x8x16x16_conv8k3s1_relu_pool2s2`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlirrl.errors import SuiteError

# Families of single ops and of sequence steps.
SINGLE_FAMILIES = ("matmul", "conv_2d", "pooling", "add", "relu")
SEQUENCE_STEPS = ("matmul", "conv_2d", "pooling", "add", "relu", "sigmoid", "softmax")

# Name prefixes of upstream benchmarks that cannot be rebuilt from their names.
_NOT_GENERATABLE = {
    "baryon_": "LQCD loop nest: it comes from an LQCD compiler (Python DSL, Halide, linalg), not from a shape",
    "dibaryon_": "LQCD loop nest: it comes from an LQCD compiler (Python DSL, Halide, linalg), not from a shape",
    "hexaquark_": "LQCD loop nest: it comes from an LQCD compiler (Python DSL, Halide, linalg), not from a shape",
    "model_": "whole-model program: build it with `python -m mlirrl.benchmarks import`",
}

Shape = tuple[int, ...]


def infer_stride(size: int, kernel: int, out_size: int) -> int:
    """Return the smallest stride s with `(size - kernel) // s + 1 == out_size` (padding 0, dilation 1).

    Raises SuiteError when no stride gives that output size.
    """
    if kernel < 1 or size < kernel or out_size < 1:
        raise SuiteError(f"invalid window: input size {size}, kernel {kernel}, output size {out_size}")
    span = size - kernel
    if out_size == 1:
        return span + 1
    for stride in range(1, span + 1):
        if span // stride + 1 == out_size:
            return stride
    raise SuiteError(
        f"no stride turns input size {size} with kernel {kernel} into output size {out_size} "
        f"(the output size must be (size - kernel) // stride + 1)"
    )


def out_size(size: int, kernel: int, stride: int) -> int:
    """Output extent of a window with padding 0 and dilation 1."""
    return (size - kernel) // stride + 1


@dataclass(frozen=True)
class Matmul:
    """`C[N, M] = A[N, K] @ B[K, M]` with a zero-filled init."""

    n: int
    k: int
    m: int
    family = "matmul"

    @property
    def name(self) -> str:
        return f"matmul_{self.n}_{self.k}_{self.m}"

    @property
    def input_shapes(self) -> tuple[Shape, ...]:
        return ((self.n, self.k), (self.k, self.m))

    @property
    def output_shape(self) -> Shape:
        return (self.n, self.m)

    @property
    def iterations(self) -> int:
        return self.n * self.k * self.m


@dataclass(frozen=True)
class Conv2d:
    """`linalg.conv_2d_nchw_fchw`, padding 0, dilation 1, zero-filled init."""

    n: int
    c: int
    h: int
    w: int
    f: int
    kh: int
    kw: int
    oh: int
    ow: int
    family = "conv_2d"

    @property
    def name(self) -> str:
        dims = (self.n, self.c, self.h, self.w, self.f, self.kh, self.kw, self.oh, self.ow)
        return "conv_2d_nchw_fchw_" + "_".join(map(str, dims))

    @property
    def strides(self) -> tuple[int, int]:
        return (infer_stride(self.h, self.kh, self.oh), infer_stride(self.w, self.kw, self.ow))

    @property
    def input_shapes(self) -> tuple[Shape, ...]:
        return ((self.n, self.c, self.h, self.w), (self.f, self.c, self.kh, self.kw))

    @property
    def output_shape(self) -> Shape:
        return (self.n, self.f, self.oh, self.ow)

    @property
    def iterations(self) -> int:
        return self.n * self.f * self.oh * self.ow * self.c * self.kh * self.kw


@dataclass(frozen=True)
class Pooling:
    """`linalg.pooling_nchw_max` with a K x K window, padding 0, init filled with -inf."""

    n: int
    c: int
    h: int
    w: int
    k: int
    oh: int
    ow: int
    family = "pooling"

    @property
    def name(self) -> str:
        dims = (self.n, self.c, self.h, self.w, self.k, self.oh, self.ow)
        return "pooling_nchw_max_" + "_".join(map(str, dims))

    @property
    def strides(self) -> tuple[int, int]:
        return (infer_stride(self.h, self.k, self.oh), infer_stride(self.w, self.k, self.ow))

    @property
    def input_shapes(self) -> tuple[Shape, ...]:
        return ((self.n, self.c, self.h, self.w),)

    @property
    def output_shape(self) -> Shape:
        return (self.n, self.c, self.oh, self.ow)

    @property
    def iterations(self) -> int:
        return self.n * self.c * self.oh * self.ow * self.k * self.k


@dataclass(frozen=True)
class _Elementwise:
    """An element-wise op over tensors of one shape; subclasses set `family` and `arity`."""

    dims: Shape
    family = ""
    arity = 1

    @property
    def name(self) -> str:
        return f"{self.family}_" + "_".join(map(str, self.dims))

    @property
    def input_shapes(self) -> tuple[Shape, ...]:
        return (self.dims,) * self.arity

    @property
    def output_shape(self) -> Shape:
        return self.dims

    @property
    def iterations(self) -> int:
        return _product(self.dims)


@dataclass(frozen=True)
class Add(_Elementwise):
    """Named `linalg.add` of two tensors of one shape."""

    family = "add"
    arity = 2


@dataclass(frozen=True)
class Relu(_Elementwise):
    """ReLU as a `linalg.generic` with `arith.maximumf` against 0."""

    family = "relu"
    arity = 1


@dataclass(frozen=True)
class Step:
    """One op of a sequence. `size` is M for matmul and F for conv; `kernel` and `stride` are for conv and pooling."""

    family: str
    size: int = 0
    kernel: int = 0
    stride: int = 1

    @property
    def token(self) -> str:
        if self.family == "matmul":
            return f"matmul{self.size}"
        if self.family == "conv_2d":
            return f"conv{self.size}k{self.kernel}s{self.stride}"
        if self.family == "pooling":
            return f"pool{self.kernel}s{self.stride}"
        return self.family

    def output_shape(self, shape: Shape) -> Shape:
        """Shape produced by this step from an input of `shape`; raises SuiteError when the step does not fit."""
        if self.family == "matmul":
            if len(shape) != 2:
                raise SuiteError(f"sequence step {self.token} needs a 2-D input, got shape {shape}")
            return (shape[0], self.size)
        if self.family in ("conv_2d", "pooling"):
            if len(shape) != 4:
                raise SuiteError(f"sequence step {self.token} needs a 4-D NCHW input, got shape {shape}")
            n, c, h, w = shape
            if h < self.kernel or w < self.kernel or self.stride < 1:
                raise SuiteError(f"sequence step {self.token} does not fit input shape {shape}")
            channels = self.size if self.family == "conv_2d" else c
            return (n, channels, out_size(h, self.kernel, self.stride), out_size(w, self.kernel, self.stride))
        return shape

    def iterations(self, shape: Shape) -> int:
        out = self.output_shape(shape)
        if self.family == "matmul":
            return shape[0] * shape[1] * self.size
        if self.family == "conv_2d":
            return _product(out) * shape[1] * self.kernel * self.kernel
        if self.family == "pooling":
            return _product(out) * self.kernel * self.kernel
        return _product(shape)


@dataclass(frozen=True)
class Sequence:
    """A chain of ops, each consuming the previous output."""

    input_dims: Shape
    steps: tuple[Step, ...]
    family = "sequence"

    @property
    def name(self) -> str:
        tokens = ["seq", "x".join(map(str, self.input_dims))] + [step.token for step in self.steps]
        return "_".join(tokens)

    @property
    def shapes(self) -> list[Shape]:
        """Input shape followed by the output shape of every step."""
        shapes = [self.input_dims]
        for step in self.steps:
            shapes.append(step.output_shape(shapes[-1]))
        return shapes

    @property
    def families(self) -> list[str]:
        return [step.family for step in self.steps]

    @property
    def output_shape(self) -> Shape:
        return self.shapes[-1]

    @property
    def iterations(self) -> int:
        shapes = self.shapes
        return sum(step.iterations(shape) for step, shape in zip(self.steps, shapes))


OpSpec = Matmul | Conv2d | Pooling | Add | Relu | Sequence

_STEP_PATTERNS = (
    (re.compile(r"matmul(\d+)"), lambda m: Step("matmul", size=int(m[1]))),
    (re.compile(r"conv(\d+)k(\d+)s(\d+)"), lambda m: Step("conv_2d", int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(r"pool(\d+)s(\d+)"), lambda m: Step("pooling", kernel=int(m[1]), stride=int(m[2]))),
    (re.compile(r"(add|relu|sigmoid|softmax)"), lambda m: Step(m[1])),
)


def not_generatable_reason(name: str) -> str | None:
    """Reason why an upstream benchmark name cannot be regenerated, or None when it may be."""
    for prefix, reason in _NOT_GENERATABLE.items():
        if name.startswith(prefix):
            return reason
    return None


def parse_name(name: str) -> OpSpec:
    """Parse a benchmark name into its op specification (the inverse of `spec.name`).

    Raises SuiteError naming the benchmark when the name matches no scheme, has the
    wrong number of dimensions or describes shapes that do not fit together.
    """
    reason = not_generatable_reason(name)
    if reason:
        raise SuiteError(f"benchmark {name!r} cannot be generated: {reason}")

    spec = _parse(name)
    if spec.name != name:
        raise SuiteError(f"benchmark name {name!r} is not canonical; expected {spec.name!r}")
    return spec


def _parse(name: str) -> OpSpec:
    prefixes = (
        ("conv_2d_nchw_fchw_", 9, lambda d: _checked_window(Conv2d(*d))),
        ("pooling_nchw_max_", 7, lambda d: _checked_window(Pooling(*d))),
        ("matmul_", 3, lambda d: Matmul(*d)),
        ("add_", None, lambda d: Add(tuple(d))),
        ("relu_", None, lambda d: Relu(tuple(d))),
    )
    for prefix, count, build in prefixes:
        if not name.startswith(prefix):
            continue
        dims = _integers(name, name[len(prefix) :].split("_"))
        if count is not None and len(dims) != count:
            raise SuiteError(f"benchmark name {name!r} needs {count} dimensions after {prefix!r}, found {len(dims)}")
        if not dims:
            raise SuiteError(f"benchmark name {name!r} has no dimensions")
        return build(dims)

    if name.startswith("seq_"):
        return _parse_sequence(name)
    raise SuiteError(
        f"benchmark name {name!r} matches no known scheme "
        "(matmul_, conv_2d_nchw_fchw_, pooling_nchw_max_, add_, relu_, seq_)"
    )


def _parse_sequence(name: str) -> Sequence:
    tokens = name.split("_")
    if len(tokens) < 3:
        raise SuiteError(f"sequence name {name!r} needs an input shape and at least one step")
    dims = _integers(name, tokens[1].split("x"))
    if len(dims) not in (2, 4):
        raise SuiteError(f"sequence name {name!r}: the input shape must be 2-D or 4-D, got {tokens[1]!r}")

    steps = []
    for token in tokens[2:]:
        for pattern, build in _STEP_PATTERNS:
            match = pattern.fullmatch(token)
            if match:
                steps.append(build(match))
                break
        else:
            raise SuiteError(f"sequence name {name!r}: unknown step {token!r}")

    sequence = Sequence(tuple(dims), tuple(steps))
    sequence.shapes  # raises SuiteError when a step does not fit its input
    return sequence


def _integers(name: str, parts: list[str]) -> list[int]:
    dims = []
    for part in parts:
        if not part.isdigit() or int(part) < 1:
            raise SuiteError(f"benchmark name {name!r}: {part!r} is not a positive integer dimension")
        dims.append(int(part))
    return dims


def _checked_window(spec: Conv2d | Pooling) -> Conv2d | Pooling:
    try:
        spec.strides
    except SuiteError as error:
        raise SuiteError(f"benchmark name {spec.name!r}: {error}") from None
    return spec


def _product(dims: Shape) -> int:
    result = 1
    for dim in dims:
        result *= dim
    return result
