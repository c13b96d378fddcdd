"""Inspect and cut linalg programs with the MLIR Python bindings.

- `describe_ops`: per linalg op, its loop ranges, iterator types, FLOPs and operand shapes
  (the facts a suite manifest stores).
- `lift_constants`: turn embedded tensor constants (weights) into function arguments.
- `extract_ops`, `extract_blocks`: copy single linalg ops, or runs of consecutive
  producer->consumer ops, into their own `@main` functions.

FLOPs are the arithmetic ops of an op's body (`arith.*f`, `math.*`) times its
iteration count, so a matmul N x K x M has 2*N*K*M and a fill has 0.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from mlir import ir
from mlir.dialects import linalg

from mlirrl.errors import SuiteError

# Linalg ops that are not loop nests of their own.
_NOT_STRUCTURED = {"linalg.yield", "linalg.index", "linalg.softmax", "linalg.winograd_filter_transform",
                   "linalg.winograd_input_transform", "linalg.winograd_output_transform"}

# Ops that an extracted function may copy from the source instead of taking their result
# as an argument: they are cheap and carry no data.
_COPYABLE = {"tensor.empty"}


@dataclass
class OpDescription:
    """Static facts of one linalg op, in program order."""

    name: str
    loop_ranges: list[int]
    iterator_types: list[str]
    flops: int
    inputs: list[list[int]]
    outputs: list[list[int]]
    element_type: str
    attributes: dict[str, list[int]] = field(default_factory=dict)

    @property
    def iterations(self) -> int:
        count = 1
        for extent in self.loop_ranges:
            count *= extent
        return count

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "loops": len(self.loop_ranges),
            "loop_ranges": self.loop_ranges,
            "iterator_types": self.iterator_types,
            "flops": self.flops,
            "inputs": self.inputs,
            "outputs": self.outputs,
            "element_type": self.element_type,
            **self.attributes,
        }


def parse_module(text: str, context: ir.Context, source: str = "<string>") -> ir.Module:
    """Parse MLIR text; raise SuiteError naming `source` when it does not parse or verify."""
    diagnostics: list[str] = []

    def record(diagnostic) -> bool:
        diagnostics.append(str(diagnostic.message))
        return True

    handler = context.attach_diagnostic_handler(record)
    try:
        module = ir.Module.parse(text, context)
        if not module.operation.verify():
            raise SuiteError(f"{source}: the module does not verify: {'; '.join(diagnostics)}")
    except ir.MLIRError as error:
        raise SuiteError(f"{source}: MLIR 22 cannot parse the program: {error}") from None
    finally:
        handler.detach()
    return module


def linalg_ops(module: ir.Module) -> list[ir.Operation]:
    """Structured linalg ops of a module in program order."""
    found: list[ir.Operation] = []

    def visit(op: ir.Operation):
        if op.name.startswith("linalg.") and op.name not in _NOT_STRUCTURED:
            found.append(op)
            return ir.WalkResult.SKIP
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def _shape(value: ir.Value) -> list[int]:
    kind = value.type
    if isinstance(kind, ir.ShapedType):
        return [int(extent) for extent in kind.shape]
    return []


def _is_shaped(value: ir.Value) -> bool:
    return isinstance(value.type, ir.ShapedType)


def _element_type(op: ir.Operation) -> str:
    for value in list(op.results) + list(op.operands):
        if _is_shaped(value):
            return str(ir.ShapedType(value.type).element_type)
    return "unknown"


def describe_op(op: ir.Operation) -> OpDescription:
    """Loop ranges, iterator types, FLOPs and operand shapes of one structured linalg op."""
    maps = [ir.AffineMapAttr(attr).value for attr in linalg.get_indexing_maps(op.opview)]
    operands = list(op.operands)
    num_outputs = len(op.results) if op.results else 1
    num_loops = maps[0].n_dims if maps else 0

    # A loop's range is the extent of an operand dimension that this loop indexes alone.
    ranges = [0] * num_loops
    for affine_map, operand in zip(maps, operands):
        shape = _shape(operand)
        for position, expr in enumerate(affine_map.results):
            if isinstance(expr, ir.AffineDimExpr) and position < len(shape) and ranges[expr.position] == 0:
                ranges[expr.position] = shape[position]

    # A loop is parallel iff an output map indexes it as a plain dimension.
    if "iterator_types" in op.attributes:
        iterators = [str(item).split(".")[-1].strip(">").strip('"') for item in op.attributes["iterator_types"]]
        iterators = ["parallel" if "parallel" in item else "reduction" for item in iterators]
    else:
        output_dims = {
            expr.position
            for affine_map in maps[len(maps) - num_outputs :]
            for expr in affine_map.results
            if isinstance(expr, ir.AffineDimExpr)
        }
        iterators = ["parallel" if loop in output_dims else "reduction" for loop in range(num_loops)]

    arithmetic = 0
    if op.regions and op.regions[0].blocks:
        for body_op in op.regions[0].blocks[0].operations:
            if body_op.name.startswith("math.") or (body_op.name.startswith("arith.") and body_op.name != "arith.constant"):
                arithmetic += 1
    iterations = 1
    for extent in ranges:
        iterations *= extent

    attributes = {}
    for key in ("strides", "dilations"):
        if key in op.attributes:
            attributes[key] = [int(value) for value in ir.DenseIntElementsAttr(op.attributes[key])]

    split = len(operands) - num_outputs
    return OpDescription(
        name=op.name,
        loop_ranges=ranges,
        iterator_types=iterators,
        flops=iterations * arithmetic,
        inputs=[_shape(value) for value in operands[:split] if _is_shaped(value)],
        outputs=[_shape(value) for value in operands[split:]],
        element_type=_element_type(op),
        attributes=attributes,
    )


def describe_ops(text: str, source: str = "<string>") -> list[OpDescription]:
    """Describe every structured linalg op of an MLIR program, in program order."""
    with ir.Context() as context, ir.Location.unknown():
        module = parse_module(text, context, source)
        return [describe_op(op) for op in linalg_ops(module)]


@dataclass
class ProgramFacts:
    """Linalg ops and the signature of a program's public function."""

    ops: list[OpDescription]
    inputs: list[list[int]]
    outputs: list[list[int]]
    element_type: str


def program_facts(text: str, source: str = "<string>") -> ProgramFacts:
    """Describe the linalg ops and the argument and result shapes of a program."""
    with ir.Context() as context, ir.Location.unknown():
        module = parse_module(text, context, source)
        function = _main_function(module, source)
        function_type = ir.FunctionType(ir.TypeAttr(function.attributes["function_type"]).value)
        ops = [describe_op(op) for op in linalg_ops(module)]
        element_type = ops[-1].element_type if ops else "unknown"
        return ProgramFacts(
            ops=ops,
            inputs=[[int(d) for d in ir.ShapedType(t).shape] for t in function_type.inputs],
            outputs=[[int(d) for d in ir.ShapedType(t).shape] for t in function_type.results],
            element_type=element_type,
        )


def _main_function(module: ir.Module, source: str) -> ir.Operation:
    functions = [op for op in module.body.operations if op.operation.name == "func.func"]
    public = [op for op in functions if "sym_visibility" not in op.attributes or str(op.attributes["sym_visibility"]) != '"private"']
    if len(public) != 1:
        raise SuiteError(f"{source}: expected one public func.func, found {len(public)}")
    return public[0].operation


def lift_constants(text: str, source: str = "<string>") -> str:
    """Turn every non-splat floating-point tensor `arith.constant` of the public function into a trailing argument.

    Integer constants (index tensors, masks) stay, because random data in their place
    could index out of bounds. Model weights become inputs, which keeps the file small (no weight blobs) and
    lets a benchmark runner fill them with random data.
    """
    with ir.Context() as context, ir.Location.unknown():
        module = parse_module(text, context, source)
        function = _main_function(module, source)
        entry = function.regions[0].blocks[0]

        lifted = []
        for op in list(entry.operations):
            if op.operation.name != "arith.constant":
                continue
            result = op.operation.results[0]
            if not isinstance(result.type, ir.RankedTensorType) or not _is_float(ir.RankedTensorType(result.type).element_type):
                continue
            value = op.operation.attributes["value"]
            if isinstance(value, ir.DenseElementsAttr) and value.is_splat:
                continue
            argument = entry.add_argument(result.type, ir.Location.unknown())
            result.replace_all_uses_with(argument)
            op.operation.erase()
            lifted.append(argument)

        function_type = ir.FunctionType(ir.TypeAttr(function.attributes["function_type"]).value)
        inputs = list(function_type.inputs) + [argument.type for argument in lifted]
        function.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(inputs, function_type.results))
        if not module.operation.verify():
            raise SuiteError(f"{source}: the module does not verify after lifting constants")
        return str(module)


@dataclass
class Extracted:
    """One function cut out of a program: its text, content key and the ops it holds."""

    text: str
    key: str
    op_indices: list[int]
    ops: list[OpDescription]


def _defined_inside(value: ir.Value, ops: set) -> bool:
    owner = value.owner
    if isinstance(owner, ir.Block):
        owner = owner.owner
    operation = owner.operation if hasattr(owner, "operation") else owner
    while operation is not None:
        if operation in ops:
            return True
        operation = operation.parent
    return False


def _nested_ops(op: ir.Operation) -> Iterator[ir.Operation]:
    for region in op.regions:
        for block in region.blocks:
            for inner in block.operations:
                yield inner.operation
                yield from _nested_ops(inner.operation)


def _is_float(element_type: ir.Type) -> bool:
    return isinstance(element_type, (ir.F16Type, ir.BF16Type, ir.F32Type, ir.F64Type))


def _extract(ops: list[ir.Operation], context: ir.Context) -> str | None:
    """Copy `ops` (consecutive in dataflow order) into a fresh `@main`; outside values become arguments.

    Returns None when an argument or result would be an integer or boolean tensor:
    a benchmark runner fills arguments with random data, which could index out of
    bounds, and kernels support only some integer types.
    """
    from mlir.dialects import func

    chosen = set(ops)
    arguments: list[ir.Value] = []
    copies: list[ir.Operation] = []  # cheap producers copied in (tensor.empty, scalar constants)

    def is_copyable(value: ir.Value) -> bool:
        if not isinstance(value.owner, ir.OpView) and not isinstance(value.owner, ir.Operation):
            return False
        producer = value.owner.operation
        if producer.name in _COPYABLE:
            return True
        if producer.name != "arith.constant" or not _is_shaped(value):
            return producer.name == "arith.constant"
        attribute = producer.attributes["value"]
        splat = isinstance(attribute, ir.DenseElementsAttr) and attribute.is_splat
        # Integer tensors (indices, masks) stay constants: random data could index out of bounds.
        return splat or not _is_float(ir.ShapedType(value.type).element_type)

    def visit(value: ir.Value) -> None:
        if _defined_inside(value, chosen):
            return
        if is_copyable(value):
            producer = value.owner.operation
            if producer not in copies:
                copies.append(producer)
        elif value not in arguments:
            arguments.append(value)

    for op in ops:
        for operand in op.operands:
            visit(operand)
        for inner in _nested_ops(op):
            for operand in inner.operands:
                visit(operand)

    # The last op's results become the function results.
    results = list(ops[-1].results)
    if any(not _is_float(ir.ShapedType(value.type).element_type) for value in arguments + results if _is_shaped(value)):
        return None
    module = ir.Module.create()
    with ir.InsertionPoint(module.body):
        function = func.FuncOp("main", ([value.type for value in arguments], [value.type for value in results]))
        entry = function.add_entry_block()
    mapping = {value: entry.arguments[index] for index, value in enumerate(arguments)}

    with ir.InsertionPoint(entry):
        for producer in copies:
            clone = producer.clone()
            for old, new in zip(producer.results, clone.results):
                mapping[old] = new
        for op in ops:
            clone = op.clone()
            _remap(clone, mapping)
            for old, new in zip(op.results, clone.results):
                mapping[old] = new
        func.ReturnOp([mapping[value] for value in results])

    if not module.operation.verify():
        raise SuiteError("an extracted function does not verify")
    return str(module)


def _remap(op: ir.Operation, mapping: dict) -> None:
    for target in [op] + list(_nested_ops(op)):
        for index, operand in enumerate(target.operands):
            if operand in mapping:
                target.operands[index] = mapping[operand]


def _content_key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def extract_ops(text: str, source: str = "<string>", skip: tuple[str, ...] = ("linalg.fill",)) -> list[Extracted]:
    """Every structured linalg op as its own function, deduplicated by content, in program order.

    Ops named in `skip` (by default `linalg.fill`, which only initializes) are left out.
    """
    with ir.Context() as context, ir.Location.unknown():
        module = parse_module(text, context, source)
        extracted: dict[str, Extracted] = {}
        for index, op in enumerate(linalg_ops(module)):
            if op.name in skip:
                continue
            function_text = _extract([op], context)
            if function_text is None:
                continue
            key = _content_key(function_text)
            if key not in extracted:
                extracted[key] = Extracted(function_text, key, [index], [describe_op(op)])
        return list(extracted.values())


def extract_blocks(
    text: str, lengths: tuple[int, ...] = (2, 3, 4, 5), source: str = "<string>", stride: int = 3
) -> list[Extracted]:
    """Runs of consecutive linalg ops where each op consumes the result of the one before.

    Chains start every `stride` ops along each maximal producer->consumer path; one
    block per start and length, deduplicated by content. `linalg.fill` ops are pulled
    in with their consumer, so they never count toward a block's length.
    """
    with ir.Context() as context, ir.Location.unknown():
        module = parse_module(text, context, source)
        ops = linalg_ops(module)
        position = {op: index for index, op in enumerate(ops)}
        compute = [op for op in ops if op.name != "linalg.fill"]

        # Link each op to the next compute op that consumes its result.
        follower: dict[int, int] = {}
        for index in range(len(compute) - 1):
            current, following = compute[index], compute[index + 1]
            consumed = {operand for operand in following.operands}
            if any(result in consumed for result in current.results):
                follower[index] = index + 1

        extracted: dict[str, Extracted] = {}
        for start in range(0, len(compute), stride):
            chain = [start]
            while chain[-1] in follower and len(chain) < max(lengths):
                chain.append(follower[chain[-1]])
            for length in lengths:
                if length > len(chain):
                    continue
                members = [compute[index] for index in chain[:length]]
                members = _with_fills(members, position, ops)
                function_text = _extract(members, context)
                if function_text is None:
                    continue
                key = _content_key(function_text)
                if key not in extracted:
                    extracted[key] = Extracted(
                        function_text, key, [position[op] for op in members], [describe_op(op) for op in members]
                    )
        return list(extracted.values())


def _with_fills(members: list[ir.Operation], position: dict, ops: list[ir.Operation]) -> list[ir.Operation]:
    """Add the `linalg.fill` producers of the members' operands, keeping program order."""
    chosen = list(members)
    for op in members:
        for operand in op.operands:
            owner = operand.owner
            if isinstance(owner, ir.Block):
                continue
            producer = owner.operation
            if producer.name == "linalg.fill" and producer in position and producer not in chosen:
                chosen.append(producer)
    return sorted(chosen, key=lambda op: position[op])
