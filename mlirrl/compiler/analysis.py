"""Per-op features of a linalg program: loop ranges, iterator types, access matrices,
arithmetic-op counts, vectorizability and the producer/consumer graph.

The data classes here are plain Python and import no MLIR, so that environments and
models can use them in processes that never load the compiler. `analyze_module`
walks a parsed module and needs the MLIR bindings.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

PARALLEL = "parallel"
REDUCTION = "reduction"

# Keys of `OpInfo.op_counts`, in the order used by feature vectors.
OP_COUNT_KEYS = ("add", "sub", "mul", "div", "exp", "max", "min", "cmp", "select", "other")

# Op families used for the one-hot op type in observations, in order.
OP_FAMILIES = ("generic", "matmul", "conv", "pooling", "add", "fill", "other")


@dataclass(frozen=True)
class Access:
    """The affine access of one operand: tensor dimension i is
    `sum_j matrix[i][j] * loop_j + offsets[i]`."""

    matrix: tuple[tuple[int, ...], ...]
    offsets: tuple[int, ...]

    @property
    def rank(self) -> int:
        return len(self.matrix)


@dataclass(frozen=True)
class OpInfo:
    """Static features of one tagged linalg op.

    Loops are in the op's own iteration order (the order of its indexing-map dims).
    `producers` lists (producer tag, operand index) pairs, with operands numbered
    inputs first, then outputs (destination-passing order).
    """

    tag: str
    name: str
    index: int
    loop_ranges: tuple[int, ...]
    iterator_types: tuple[str, ...]
    loads: tuple[Access, ...]
    stores: tuple[Access, ...]
    op_counts: dict[str, int]
    vectorizable: bool
    producers: tuple[tuple[str, int], ...] = ()
    consumers: tuple[str, ...] = ()
    element_type: str = "f32"

    @property
    def num_loops(self) -> int:
        return len(self.loop_ranges)

    @property
    def operand_accesses(self) -> tuple[Access, ...]:
        """Accesses of all operands, inputs first, then outputs."""
        return self.loads + self.stores

    @property
    def family(self) -> str:
        """Op family for the one-hot op type (one of OP_FAMILIES)."""
        short = self.name.removeprefix("linalg.")
        if short == "generic":
            return "generic"
        if "matmul" in short or "matvec" in short or "vecmat" in short or short in ("dot", "batch_reduce_matmul"):
            return "matmul"
        if short.startswith("conv") or short.startswith("depthwise_conv"):
            return "conv"
        if short.startswith("pooling"):
            return "pooling"
        if short in ("add", "sub", "mul", "div", "max", "min", "elementwise", "exp", "abs", "negf"):
            return "add"
        if short == "fill":
            return "fill"
        return "other"

    @property
    def flops(self) -> int:
        """Arithmetic ops executed by the whole op (body op count times iterations)."""
        iterations = 1
        for extent in self.loop_ranges:
            iterations *= extent
        body = sum(count for key, count in self.op_counts.items() if key != "other")
        return iterations * max(body, 1)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OpInfo:
        def access(item: dict[str, Any]) -> Access:
            return Access(tuple(tuple(row) for row in item["matrix"]), tuple(item["offsets"]))

        return cls(
            tag=data["tag"],
            name=data["name"],
            index=data["index"],
            loop_ranges=tuple(data["loop_ranges"]),
            iterator_types=tuple(data["iterator_types"]),
            loads=tuple(access(a) for a in data["loads"]),
            stores=tuple(access(a) for a in data["stores"]),
            op_counts=dict(data["op_counts"]),
            vectorizable=bool(data["vectorizable"]),
            producers=tuple((tag, int(operand)) for tag, operand in data.get("producers", ())),
            consumers=tuple(data.get("consumers", ())),
            element_type=data.get("element_type", "f32"),
        )


@dataclass(frozen=True)
class ProgramInfo:
    """Analysis of a whole program: its linalg ops in program order."""

    ops: tuple[OpInfo, ...] = field(default_factory=tuple)

    def op(self, tag: str) -> OpInfo:
        for op in self.ops:
            if op.tag == tag:
                return op
        raise KeyError(tag)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(op.tag for op in self.ops)

    def to_dict(self) -> dict[str, Any]:
        return {"ops": [op.to_dict() for op in self.ops]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgramInfo:
        return cls(tuple(OpInfo.from_dict(op) for op in data["ops"]))


# ---------------------------------------------------------------------------------
# Analysis of a parsed module (needs the MLIR bindings)

# Payload op name -> OP_COUNT_KEYS bucket. Ops not listed count as "other", except
# the ones in _UNCOUNTED_BODY_OPS.
_OP_COUNT_BUCKETS = {
    "arith.addf": "add",
    "arith.addi": "add",
    "arith.subf": "sub",
    "arith.subi": "sub",
    "arith.mulf": "mul",
    "arith.muli": "mul",
    "arith.divf": "div",
    "arith.divsi": "div",
    "arith.divui": "div",
    "arith.ceildivsi": "div",
    "arith.ceildivui": "div",
    "arith.floordivsi": "div",
    "arith.remf": "div",
    "arith.remsi": "div",
    "arith.remui": "div",
    "math.exp": "exp",
    "math.exp2": "exp",
    "math.expm1": "exp",
    "arith.maximumf": "max",
    "arith.maxnumf": "max",
    "arith.maxsi": "max",
    "arith.maxui": "max",
    "arith.minimumf": "min",
    "arith.minnumf": "min",
    "arith.minsi": "min",
    "arith.minui": "min",
    "arith.cmpf": "cmp",
    "arith.cmpi": "cmp",
    "arith.select": "select",
}

# Payload ops that do no arithmetic of their own.
_UNCOUNTED_BODY_OPS = ("linalg.yield", "linalg.index", "arith.constant")

# Convolution and pooling ops that MLIR 22 can vectorize, the 2-D ones after
# `transform.structured.decompose` has reduced them to 1-D ops (which needs tiles of
# 1 on the output height and window height loops). Tile, decompose and vectorize
# succeeded with the 22.1.8 wheels for conv_2d_nchw_fchw, conv_2d_nhwc_hwcf,
# pooling_nchw_max, pooling_nhwc_sum, depthwise_conv_2d_nhwc_hwc and conv_1d_ncw_fcw.
# The rest use the same MLIR patterns. Other convolutions (3-D, grouped, quantized,
# without batch or channel dims) are treated as not vectorizable.
_VECTORIZABLE_CONVOLUTIONS = frozenset(
    {
        "conv_1d_nwc_wcf",
        "conv_1d_ncw_fcw",
        "depthwise_conv_1d_nwc_wc",
        "depthwise_conv_1d_ncw_cw",
        "conv_2d_nhwc_hwcf",
        "conv_2d_nchw_fchw",
        "depthwise_conv_2d_nhwc_hwc",
        "pooling_nwc_sum",
        "pooling_nwc_max",
        "pooling_nwc_min",
        "pooling_ncw_sum",
        "pooling_ncw_max",
        "pooling_nhwc_sum",
        "pooling_nhwc_max",
        "pooling_nhwc_max_unsigned",
        "pooling_nhwc_min",
        "pooling_nhwc_min_unsigned",
        "pooling_nchw_sum",
        "pooling_nchw_max",
    }
)

# Dialects whose ops may appear in the payload of a vectorizable generic op.
_VECTORIZABLE_BODY_DIALECTS = ("arith.", "math.")


def analyze_module(module: Any, source: str = "<module>") -> ProgramInfo:
    """Extract the features of every linalg op that carries a `tag` attribute, in walk order.

    `module` is an `mlir.ir.Module` or `Operation`, used inside its context. Raises
    `UnsupportedProgramError` (naming `source` and the op tag) for a tagged op that is
    not a structured linalg op or whose loop ranges are not static.
    """
    from mlir import ir

    root = module.operation if hasattr(module, "operation") else module
    tagged: list[tuple[str, Any]] = []

    def visit(op: Any) -> Any:
        if op.name.startswith("linalg.") and "tag" in op.attributes:
            tagged.append((ir.StringAttr(op.attributes["tag"]).value, op))
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)

    tag_of_op = {op: tag for tag, op in tagged}
    producers = {tag: _producers(ir, op, tag_of_op) for tag, op in tagged}
    consumers: dict[str, list[str]] = {tag: [] for tag, _ in tagged}
    for tag, _ in tagged:
        for producer, _operand in producers[tag]:
            if tag not in consumers[producer]:
                consumers[producer].append(tag)

    infos = []
    for index, (tag, op) in enumerate(tagged):
        features = _op_features(ir, op, tag, source)
        infos.append(
            OpInfo(
                tag=tag,
                name=op.name,
                index=index,
                producers=tuple(producers[tag]),
                consumers=tuple(consumers[tag]),
                **features,
            )
        )
    return ProgramInfo(tuple(infos))


def as_operation(op: Any) -> Any:
    """Return the `ir.Operation` behind an op view; value and use owners come back as op views."""
    return op.operation if hasattr(op, "operation") else op


def num_linalg_inputs(op: Any) -> int:
    """Count the input (`ins`) operands of a structured linalg op on tensors.

    Ops with one `ins` and one `outs` operand (transpose, broadcast) have no
    `inputs` accessor, so the count falls back to operands minus results.
    """
    view = op.opview
    if hasattr(view, "inputs"):
        return len(view.inputs)
    return len(op.operands) - max(len(op.results), 1)


def _producers(ir: Any, op: Any, tag_of_op: dict[Any, str]) -> list[tuple[str, int]]:
    """List (producer tag, operand index) for each operand that a tagged op computes directly."""
    found = []
    for operand_index, value in enumerate(op.operands):
        if isinstance(value, ir.OpResult):
            owner = as_operation(value.owner)
            if owner in tag_of_op:
                found.append((tag_of_op[owner], operand_index))
    return found


def _op_features(ir: Any, op: Any, tag: str, source: str) -> dict[str, Any]:
    """Compute loop ranges, iterator types, accesses, op counts, vectorizability and element type."""
    from mlir.dialects import linalg

    from mlirrl.errors import UnsupportedProgramError

    def fail(reason: str) -> UnsupportedProgramError:
        return UnsupportedProgramError(f"{source}: op {tag} ({op.name}) {reason}")

    try:
        maps = [ir.AffineMapAttr(attribute).value for attribute in linalg.get_indexing_maps(op.opview)]
    except Exception as error:  # the bindings raise various types for ops without maps
        raise fail(
            f"is not a structured linalg op ({error}); decompose it into structured linalg ops "
            "(for example with transform.structured.decompose_interface) before loading"
        ) from None
    num_inputs = num_linalg_inputs(op)
    operands = list(op.operands)
    if len(maps) != len(operands):
        raise fail(f"has {len(operands)} operands but {len(maps)} indexing maps")
    num_loops = maps[0].n_dims if maps else 0

    shapes = []
    for value in operands:
        if isinstance(value.type, (ir.RankedTensorType, ir.MemRefType)):
            shape = tuple(ir.ShapedType(value.type).shape)
            if any(ir.ShapedType(value.type).is_dynamic_dim(i) for i in range(len(shape))):
                raise fail(f"has an operand of dynamic type {value.type}; use static shapes")
            shapes.append(shape)
        else:
            shapes.append(())

    accesses = []
    linear = True
    for affine_map in maps:
        access, is_linear = _access(ir, affine_map, num_loops)
        accesses.append(access)
        linear = linear and is_linear

    loop_ranges = _loop_ranges(ir, maps, shapes, num_loops, fail)
    iterator_types = _iterator_types(ir, op, maps[num_inputs:], num_loops)
    op_counts = _op_counts(op)
    vectorizable = linear and _is_vectorizable(ir, op, maps, num_loops)

    output_types = [value.type for value in operands[num_inputs:]] or [value.type for value in operands]
    element_type = _element_type(ir, output_types[0])

    return {
        "loop_ranges": loop_ranges,
        "iterator_types": iterator_types,
        "loads": tuple(accesses[:num_inputs]),
        "stores": tuple(accesses[num_inputs:]),
        "op_counts": op_counts,
        "vectorizable": vectorizable,
        "element_type": element_type,
    }


def _element_type(ir: Any, value_type: Any) -> str:
    if isinstance(value_type, (ir.RankedTensorType, ir.MemRefType)):
        return str(ir.ShapedType(value_type).element_type)
    return str(value_type)


def _linearize(ir: Any, expr: Any, num_loops: int) -> tuple[list[int], int, bool]:
    """Write an affine expression as (coefficient per loop, constant, is_linear).

    Sums, products with a constant, dims and constants are exact. For floordiv,
    mod and ceildiv the result keeps the linear part of the dividend and is marked
    not linear.
    """
    if isinstance(expr, ir.AffineDimExpr):
        coefficients = [0] * num_loops
        coefficients[expr.position] = 1
        return coefficients, 0, True
    if isinstance(expr, ir.AffineConstantExpr):
        return [0] * num_loops, expr.value, True
    if isinstance(expr, ir.AffineAddExpr):
        left, left_constant, left_linear = _linearize(ir, expr.lhs, num_loops)
        right, right_constant, right_linear = _linearize(ir, expr.rhs, num_loops)
        summed = [a + b for a, b in zip(left, right)]
        return summed, left_constant + right_constant, left_linear and right_linear
    if isinstance(expr, ir.AffineMulExpr):
        left, left_constant, left_linear = _linearize(ir, expr.lhs, num_loops)
        right, right_constant, right_linear = _linearize(ir, expr.rhs, num_loops)
        if not any(right) and right_linear:
            return [c * right_constant for c in left], left_constant * right_constant, left_linear
        if not any(left) and left_linear:
            return [c * left_constant for c in right], left_constant * right_constant, right_linear
        # NOTE: a product of two loop variables has no linear form. Both keep their
        # coefficients, so the access still names the loops that it depends on.
        return [a + b for a, b in zip(left, right)], 0, False
    if isinstance(expr, ir.AffineBinaryExpr):
        # floordiv, mod, ceildiv: only the dividend's loops are kept.
        left, left_constant, _ = _linearize(ir, expr.lhs, num_loops)
        return left, 0, False
    # Symbols: the loaders reject dynamic programs, so these come only from hand-written IR.
    return [0] * num_loops, 0, False


def _access(ir: Any, affine_map: Any, num_loops: int) -> tuple[Access, bool]:
    rows = []
    offsets = []
    linear = True
    for expr in affine_map.results:
        coefficients, constant, is_linear = _linearize(ir, expr, num_loops)
        rows.append(tuple(coefficients))
        offsets.append(constant)
        linear = linear and is_linear
    return Access(tuple(rows), tuple(offsets)), linear


def _loop_ranges(ir: Any, maps: list[Any], shapes: list[tuple[int, ...]], num_loops: int, fail: Any) -> tuple[int, ...]:
    """Take each loop's extent from an operand dimension that the loop indexes alone."""
    ranges: list[int | None] = [None] * num_loops
    for affine_map, shape in zip(maps, shapes):
        for position, expr in enumerate(affine_map.results):
            if isinstance(expr, ir.AffineDimExpr) and ranges[expr.position] is None and position < len(shape):
                ranges[expr.position] = shape[position]
    missing = [f"d{i}" for i, extent in enumerate(ranges) if extent is None]
    if missing:
        raise fail(
            f"has loops ({', '.join(missing)}) that index no operand dimension on their own, so their "
            "ranges are unknown; rewrite the op so that each loop indexes some operand dimension directly"
        )
    return tuple(int(extent) for extent in ranges)  # type: ignore[arg-type]


def _iterator_types(ir: Any, op: Any, output_maps: list[Any], num_loops: int) -> tuple[str, ...]:
    """Read the iterator types of a generic op, or derive them from the output maps.

    For named ops a loop is parallel exactly when it appears as a plain dim in an
    output map, which gives the declared types of matmul, convolution and pooling.
    """
    if "iterator_types" in op.attributes:
        declared = op.attributes["iterator_types"]
        return tuple(REDUCTION if "reduction" in str(declared[i]) else PARALLEL for i in range(len(declared)))
    in_outputs = set()
    for affine_map in output_maps:
        for expr in affine_map.results:
            if isinstance(expr, ir.AffineDimExpr):
                in_outputs.add(expr.position)
    return tuple(PARALLEL if loop in in_outputs else REDUCTION for loop in range(num_loops))


def _op_counts(op: Any) -> dict[str, int]:
    """Count the payload ops of the op's region (named ops keep theirs in memory) by bucket."""
    counts = {key: 0 for key in OP_COUNT_KEYS}

    def count_region(region: Any) -> None:
        for block in region.blocks:
            for body_op in block.operations:
                name = body_op.operation.name
                if name not in _UNCOUNTED_BODY_OPS:
                    counts[_OP_COUNT_BUCKETS.get(name, "other")] += 1
                for nested in body_op.operation.regions:
                    count_region(nested)

    for region in op.regions:
        count_region(region)
    return counts


def _is_projected_permutation_with_zeros(ir: Any, affine_map: Any) -> bool:
    """Check that each result is a distinct dim or the constant 0, the linalg vectorizer's condition."""
    seen = set()
    for expr in affine_map.results:
        if isinstance(expr, ir.AffineDimExpr):
            if expr.position in seen:
                return False
            seen.add(expr.position)
        elif not (isinstance(expr, ir.AffineConstantExpr) and expr.value == 0):
            return False
    return True


def _is_vectorizable(ir: Any, op: Any, maps: list[Any], num_loops: int) -> bool:
    """Decide whether `transform.structured.vectorize` can handle the op once its loops are tiled.

    Rank-0 ops never are. Convolutions and poolings are when MLIR 22 has a 1-D
    vectorization for them (directly or after decomposition). Every other op needs
    projected-permutation maps (constant 0 results allowed) and a payload made of
    arith and math ops only.
    """
    if num_loops == 0:
        return False
    short = op.name.removeprefix("linalg.")
    if short in _VECTORIZABLE_CONVOLUTIONS:
        return True
    if short.startswith(("conv", "depthwise_conv", "pooling")):
        return False
    if not all(_is_projected_permutation_with_zeros(ir, m) for m in maps):
        return False
    for region in op.regions:
        for block in region.blocks:
            for body_op in block.operations:
                name = body_op.operation.name
                if name in ("linalg.yield", "linalg.index"):
                    continue
                if not name.startswith(_VECTORIZABLE_BODY_DIALECTS) or len(body_op.operation.regions) > 0:
                    return False
    return True
