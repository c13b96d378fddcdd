"""Load MLIR programs and normalize them to the kernel form.

The kernel form is one module with a public `@kernel` function that takes memref
arguments (inputs first, then outputs, written in place), carries
`llvm.emit_c_interface`, contains the linalg ops on tensors and calls no timing
function. Every linalg op carries a `tag` string attribute (`op0`, `op1`, ... in
program order) that transform scripts match on.

Inside `@kernel`, each input memref is wrapped with `bufferization.to_tensor ...
restrict` and each result is written with `bufferization.materialize_in_destination
... in restrict writable %out`, so that one-shot bufferization writes straight into
the caller's buffers. An output may also be read. A returned tensor can be the
result of a chain of linalg ops whose destination (`outs(%init)`) is an argument of
the source function. That argument then becomes the output, and the kernel reads its
initial contents through `to_tensor ... restrict writable`.

Accepted inputs:

- MLIR-RL benchmark files: `func.func @main` on tensors that calls an external
  `@nanoTime` around the linalg ops and returns the result tensors plus an i64;
  the timing calls and the i64 result are removed.
- torch-mlir output (linalg-on-tensors), with `dense`/`dense_resource` constants,
  `tensor.pad`, reshapes and a driver `@main` that calls the model function.
- Any module with one public function on tensors that contains linalg ops.

The rewriting uses the MLIR Python bindings, which are imported only when a
program is loaded, so the data classes here work in processes without MLIR.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass, field
from typing import Any

from mlirrl.compiler.analysis import ProgramInfo, as_operation, num_linalg_inputs
from mlirrl.errors import ProgramError, UnsupportedProgramError

logger = logging.getLogger(__name__)

# Default limit on the total size of a program's tensors: kernel arguments plus the
# tensors that the kernel creates (constants, tensor.empty, tensor.pad, ...).
DEFAULT_MAX_BYTES = 4 << 30

KERNEL_NAME = "kernel"

# Element types of kernel arguments that the compile worker can create with numpy
# and pass to the JIT-compiled kernel.
ARGUMENT_ELEMENT_TYPES = ("f32", "f64", "i32", "i64")

# Element types allowed on intermediate tensors. The CPU lowering has no support
# for f16, bf16, the f8 types or complex numbers.
BODY_ELEMENT_TYPES = ("f32", "f64", "i1", "i8", "i16", "i32", "i64", "index")

ELEMENT_BYTES = {"f32": 4, "f64": 8, "i1": 1, "i8": 1, "i16": 2, "i32": 4, "i64": 8, "index": 8}

# Ops whose tensor results are new buffers, counted against `max_bytes`.
ALLOCATING_OPS = (
    "arith.constant",
    "bufferization.alloc_tensor",
    "tensor.concat",
    "tensor.empty",
    "tensor.from_elements",
    "tensor.generate",
    "tensor.pad",
    "tensor.splat",
)

# Entry function names tried, in order, when a module has several public functions.
PREFERRED_ENTRY_NAMES = ("main", "forward")

# Linalg ops that are not operations of their own and get no tag.
UNTAGGED_LINALG_OPS = ("linalg.yield", "linalg.index")


@dataclass(frozen=True)
class TensorSpec:
    """Shape and element type of one kernel argument; `is_output` for written ones."""

    shape: tuple[int, ...]
    element_type: str
    is_output: bool = False

    @property
    def num_elements(self) -> int:
        count = 1
        for extent in self.shape:
            count *= extent
        return count

    @property
    def num_bytes(self) -> int:
        return self.num_elements * ELEMENT_BYTES.get(self.element_type, 8)


@dataclass(frozen=True)
class Program:
    """A normalized, analyzed program. Plain data: it crosses process boundaries.

    `entry_function` is the name of the source function that became `@kernel`.
    """

    name: str
    source: str
    kernel_text: str
    arguments: tuple[TensorSpec, ...]
    info: ProgramInfo
    constants: dict[str, Any] = field(default_factory=dict)
    entry_function: str = KERNEL_NAME

    @property
    def fingerprint(self) -> str:
        """Hash of the kernel text, the program part of cache keys."""
        return hashlib.sha256(self.kernel_text.encode()).hexdigest()[:32]

    @property
    def inputs(self) -> tuple[TensorSpec, ...]:
        return tuple(spec for spec in self.arguments if not spec.is_output)

    @property
    def outputs(self) -> tuple[TensorSpec, ...]:
        return tuple(spec for spec in self.arguments if spec.is_output)


def load_program_file(
    path: str | os.PathLike[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
    entry: str | None = None,
) -> Program:
    """Read an .mlir file and load it with `load_program`; the name defaults to the file stem."""
    source = os.fspath(path)
    try:
        with open(source, encoding="utf-8") as file:
            text = file.read()
    except FileNotFoundError as error:
        raise ProgramError(f"{source}: file not found; check the path") from error
    except UnicodeDecodeError as error:
        raise ProgramError(f"{source}: not a UTF-8 text file; pass MLIR assembly, not bytecode") from error
    except OSError as error:
        raise ProgramError(f"{source}: cannot read the file: {error}") from error
    if name is None:
        name = os.path.splitext(os.path.basename(source))[0]
    return load_program(text, name=name, source=source, max_bytes=max_bytes, entry=entry)


def load_program(
    text: str,
    name: str = "program",
    source: str = "<string>",
    max_bytes: int = DEFAULT_MAX_BYTES,
    entry: str | None = None,
) -> Program:
    """Parse MLIR assembly, normalize it to the kernel form, tag and analyze its linalg ops.

    `source` names the input in error messages. `entry` selects the function to load
    when the module has several public ones. Raises `ProgramError` for text that
    cannot be loaded and `UnsupportedProgramError` for programs that mlirrl cannot
    compile or run (dynamic shapes, f16/bf16, too large, no linalg op).
    """
    from mlir import ir

    from mlirrl.compiler.analysis import analyze_module

    # A fresh context per load costs about 5 ms: 20 parses of a 3-op module took 4.8 ms
    # each in fresh contexts and 0.1 ms in a reused one (2-vCPU x86-64, MLIR 22.1.8
    # wheels). A reused context
    # keeps every uniqued attribute, weight constants included, for the life of the
    # process, so loading many models would grow memory without bound.
    context = ir.Context()
    diagnostics: list[str] = []

    def collect(diagnostic: Any) -> bool:
        diagnostics.append(_format_diagnostic(diagnostic))
        return True

    context.attach_diagnostic_handler(collect)
    with context, ir.Location.unknown():
        module = _parse(ir, text, source)
        function = _select_entry(ir, module, source, entry)
        entry_name = ir.StringAttr(function.attributes["sym_name"]).value
        normalizer = _Normalizer(ir, module, function, source)
        arguments = normalizer.run()
        num_tagged = _tag_linalg_ops(ir, function)
        if num_tagged == 0:
            raise UnsupportedProgramError(
                f"{source}: function @{entry_name} contains no linalg op, so there is nothing to schedule; "
                "pass a program whose computation is written with linalg ops on tensors"
            )
        _check_size(ir, function, arguments, source, max_bytes)
        if not module.operation.verify():
            raise ProgramError(
                f"{source}: the normalized kernel does not verify: {'; '.join(diagnostics) or 'no message'}; "
                "this is a bug in mlirrl's loader, please report it with the input file"
            )
        info = analyze_module(module, source=source)
        kernel_text = str(module)

    logger.debug("loaded %s from %s: entry @%s, %d arguments, %d linalg ops",
                 name, source, entry_name, len(arguments), len(info.ops))
    return Program(
        name=name,
        source=source,
        kernel_text=kernel_text,
        arguments=tuple(arguments),
        info=info,
        entry_function=entry_name,
    )


# ---------------------------------------------------------------------------------
# Parsing and entry selection


_LOCATION = re.compile(r'loc\("(?P<file>[^"]*)":(?P<line>\d+):(?P<column>\d+)\)')


def _format_diagnostic(diagnostic: Any) -> str:
    """Render one MLIR diagnostic, its location shortened to `line:column`, with its notes."""
    location = str(diagnostic.location)
    match = _LOCATION.search(location)
    where = f"{match['line']}:{match['column']}: " if match else ""
    text = where + diagnostic.message
    # The verifier's "see current operation" note repeats the whole op in generic form.
    notes = [_format_diagnostic(note) for note in diagnostic.notes if "see current operation" not in note.message]
    return "; ".join([text] + notes)


def _parse(ir: Any, text: str, source: str) -> Any:
    """Parse `text`, raising ProgramError with the parser's messages on failure."""
    try:
        return ir.Module.parse(text)
    except ir.MLIRError as error:
        messages = [_format_diagnostic(d) for d in error.error_diagnostics] or [str(error)]
        dialect = _unregistered_dialect(ir, error, text)
        if dialect is not None:
            raise ProgramError(
                f"{source}: uses the dialect '{dialect}', which MLIR does not register "
                f"({messages[0]}); convert the program to linalg on tensors first, "
                "for example with the exporter of its framework (torch-mlir for PyTorch)"
            ) from None
        raise ProgramError(f"{source}: cannot parse the MLIR text: {' | '.join(messages)}") from None


def _unregistered_dialect(ir: Any, error: Any, text: str) -> str | None:
    """Return the dialect of an op that failed to parse because its dialect is not
    registered, or None when the parse failed for another reason."""
    for diagnostic in error.error_diagnostics:
        message = diagnostic.message
        if "unregistered dialect" in message:
            # Generic form `"dialect.op"(...)`: the location points past the quoted op
            # name, so take the last quoted op name that starts before it.
            match = _LOCATION.search(str(diagnostic.location))
            lines = text.splitlines()
            if match is None or int(match["line"]) > len(lines):
                return "unknown"
            prefix = lines[int(match["line"]) - 1][: int(match["column"])]
            names = re.findall(r'"([A-Za-z_][\w$]*)\.[\w.$]*"', prefix)
            return names[-1] if names else "unknown"
        quoted = re.match(r"custom op '([A-Za-z_][\w$]*)\.[^']*' is unknown", message)
        if quoted and not _is_registered_dialect(ir, quoted.group(1)):
            return quoted.group(1)
    return None


def _is_registered_dialect(ir: Any, name: str) -> bool:
    try:
        ir.Context.current.get_dialect_descriptor(name)
    except ValueError:
        return False
    return True


def _is_declaration(function: Any) -> bool:
    return len(function.regions[0].blocks) == 0


def _is_public(function: Any) -> bool:
    if "sym_visibility" not in function.attributes:
        return True
    return str(function.attributes["sym_visibility"]).strip('"') == "public"


def _symbol_name(ir: Any, function: Any) -> str:
    return ir.StringAttr(function.attributes["sym_name"]).value


def _callees(ir: Any, function: Any) -> set[str]:
    """Names of the functions called by `func.call` ops inside `function`."""
    return {
        ir.FlatSymbolRefAttr(op.attributes["callee"]).value
        for op in _walk_all(ir, function)
        if op.name == "func.call"
    }


def _select_entry(ir: Any, module: Any, source: str, requested: str | None) -> Any:
    """Pick the function to load.

    A public function with a body that calls another function with a body is a
    driver (for example a timing `@main` that calls the model's `@forward`) and is
    skipped. Of the rest, the single one, or else `@main` or `@forward`, is the entry.
    """
    functions = [op.operation for op in module.body.operations if op.operation.name == "func.func"]
    defined = {_symbol_name(ir, f): f for f in functions if not _is_declaration(f)}

    if requested is not None:
        if requested not in defined:
            known = ", ".join(f"@{n}" for n in defined) or "none"
            raise ProgramError(f"{source}: entry function @{requested} not found (functions with a body: {known})")
        return defined[requested]

    public = {n: f for n, f in defined.items() if _is_public(f)}
    candidates = {n: f for n, f in public.items() if not (_callees(ir, f) & defined.keys())}
    if not candidates:
        candidates = public
    if not candidates:
        raise ProgramError(
            f"{source}: no public function with a body found; the program needs one public "
            "func.func on tensors that contains the linalg ops"
        )
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    for preferred in PREFERRED_ENTRY_NAMES:
        if preferred in candidates:
            return candidates[preferred]
    names = ", ".join(f"@{n}" for n in candidates)
    raise ProgramError(
        f"{source}: several public functions could be the entry ({names}); "
        "name the function to load with entry=..., or make the others private"
    )


# ---------------------------------------------------------------------------------
# Normalization


def _static_shape(ir: Any, value_type: Any) -> tuple[int, ...] | None:
    """Return the static shape of a ranked tensor or memref type, None if a dimension is dynamic."""
    shaped = ir.ShapedType(value_type)
    if not shaped.has_rank:
        return None
    shape = tuple(shaped.shape)
    if any(shaped.is_dynamic_dim(i) for i in range(len(shape))):
        return None
    return shape


class _Normalizer:
    """Rewrite one entry function into `@kernel` in place and drop the rest of the module."""

    def __init__(self, ir: Any, module: Any, function: Any, source: str) -> None:
        self.ir = ir
        self.module = module
        self.function = function
        self.source = source
        self.name = _symbol_name(ir, function)
        self.block = function.regions[0].blocks[0]

    def fail(self, reason: str, what_to_do: str) -> UnsupportedProgramError:
        return UnsupportedProgramError(f"{self.source}: function @{self.name} {reason}; {what_to_do}")

    def run(self) -> list[TensorSpec]:
        """Rewrite the entry function; return the kernel arguments in order."""
        num_blocks = len(self.function.regions[0].blocks)
        if num_blocks != 1:
            raise self.fail(f"has {num_blocks} blocks", "use structured control flow (scf) instead of branches")
        if self._is_kernel_form():
            return self._adopt_kernel_form()

        self._reject_calls_to_defined_functions()
        self._remove_external_calls()
        self._check_types()
        self._lift_uninitialized_tensors()
        arguments = self._rewrite_signature()
        self._finish_function()
        self._drop_other_symbols()
        return arguments

    # -- checks -------------------------------------------------------------------

    def _defined_functions(self) -> set[str]:
        names = set()
        for op in self.module.body.operations:
            op = op.operation
            if op.name == "func.func" and not _is_declaration(op):
                names.add(_symbol_name(self.ir, op))
        return names

    def _reject_calls_to_defined_functions(self) -> None:
        called = _callees(self.ir, self.function) & self._defined_functions()
        if called:
            names = ", ".join(f"@{n}" for n in sorted(called))
            raise self.fail(
                f"calls {names}", "inline the called functions first (for example with `mlir-opt --inline`)"
            )

    def _check_type(self, value_type: Any, where: str) -> None:
        ir = self.ir
        if not isinstance(value_type, (ir.RankedTensorType, ir.MemRefType, ir.UnrankedTensorType,
                                       ir.UnrankedMemRefType)):
            return
        if not ir.ShapedType(value_type).has_rank:
            raise self.fail(f"uses the unranked type {value_type} ({where})", "give every tensor a static shape")
        if _static_shape(ir, value_type) is None:
            raise self.fail(
                f"uses the dynamic shape {value_type} ({where})",
                "export the program with static shapes (mlirrl schedules static loop nests only)",
            )
        element = str(ir.ShapedType(value_type).element_type)
        if element not in BODY_ELEMENT_TYPES:
            raise self.fail(
                f"uses the element type {element} in {value_type} ({where})",
                "convert the program to f32 or f64 (the CPU lowering cannot run "
                f"{element}; supported element types: {', '.join(BODY_ELEMENT_TYPES)})",
            )

    def _check_types(self) -> None:
        """Reject dynamic shapes and element types that the CPU JIT cannot run."""
        for index, argument in enumerate(self.block.arguments):
            self._check_type(argument.type, f"argument {index}")

        for op in _walk_all(self.ir, self.function):
            for result in op.results:
                self._check_type(result.type, f"result of {op.name} at {_short_location(op)}")

    # -- timing and printing calls ------------------------------------------------

    def _remove_external_calls(self) -> None:
        """Erase calls to external functions (nanoTime, print*), every op that uses their
        results and the `func.return` operands computed from them."""
        ir = self.ir
        calls = [op for op in _walk_all(ir, self.function) if op.name == "func.call"]
        if not calls:
            return

        # Forward closure of the call results, in a stable order.
        tainted: list[Any] = []
        seen: set[Any] = set()
        work = list(calls)
        while work:
            op = work.pop()
            if op in seen:
                continue
            seen.add(op)
            tainted.append(op)
            for result in op.results:
                for use in result.uses:
                    work.append(as_operation(use.owner))

        returned = self._return_op()
        tainted = [op for op in tainted if op != returned]
        for op in tainted:
            if op.name.startswith("linalg.") or any(
                isinstance(r.type, (ir.RankedTensorType, ir.UnrankedTensorType)) for r in op.results
            ):
                raise self.fail(
                    f"computes tensors from the result of a function call ({op.name} at {_short_location(op)})",
                    "only timing and printing calls are removed; compute tensors with linalg ops instead",
                )

        # The return goes first because erasing an op whose results are still used
        # aborts the process. Then users go before their producers.
        kept = [v for v in returned.operands if not (isinstance(v, ir.OpResult) and _owner(v) in seen)]
        dropped = len(returned.operands) - len(kept)
        if dropped:
            from mlir.dialects import func

            with ir.InsertionPoint(returned), returned.location:
                func.ReturnOp(kept)
            returned.erase()
        for op in self._in_reverse_block_order(tainted):
            op.erase()
        self._erase_dead_casts_and_arith()
        logger.debug("%s: removed %d calls and %d ops that use them, and %d results of @%s",
                     self.source, len(calls), len(tainted) - len(calls), dropped, self.name)

    def _erase_dead_casts_and_arith(self) -> None:
        """Erase unused `tensor.cast` and arith ops, such as the cast to an unranked
        tensor that fed `printMemrefF32`.

        One pass in reverse order erases whole chains, because users come after
        their operands. Each op is visited once, before any erase could invalidate its
        Python handle.
        """
        for op in reversed(_walk_all(self.ir, self.function)):
            if not (op.name == "tensor.cast" or op.name.startswith("arith.")):
                continue
            if len(op.results) > 0 and all(len(list(result.uses)) == 0 for result in op.results):
                op.erase()

    def _in_reverse_block_order(self, ops: list[Any]) -> list[Any]:
        order = {op: i for i, op in enumerate(_walk_all(self.ir, self.function))}
        return sorted(ops, key=lambda op: order[op], reverse=True)

    def _return_op(self) -> Any:
        terminator = self.block.operations[len(self.block.operations) - 1].operation
        if terminator.name != "func.return":
            raise ProgramError(f"{self.source}: function @{self.name} does not end with func.return")
        return terminator

    # -- uninitialized tensors ------------------------------------------------------

    def _lift_uninitialized_tensors(self) -> None:
        """Turn read `bufferization.alloc_tensor()` values into kernel inputs.

        Older torch-mlir output uses `alloc_tensor()` in place of weights. Its
        contents are undefined, so results would differ from run to run. As inputs,
        the weights get defined contents from the caller. An alloc_tensor that is only
        overwritten (the init of a fill) becomes a `tensor.empty`.
        """
        ir = self.ir
        allocs = [
            op for op in _walk_all(ir, self.function)
            if op.name == "bufferization.alloc_tensor" and len(op.operands) == 0
        ]
        for op in allocs:
            value = op.results[0]
            if any(_reads_operand(ir, use) for use in value.uses):
                replacement = self.block.add_argument(value.type, op.location)
                value.replace_all_uses_with(replacement)
            else:
                with ir.InsertionPoint(op), op.location:
                    empty = ir.Operation.create("tensor.empty", results=[value.type])
                value.replace_all_uses_with(empty.results[0])
            op.erase()

    # -- signature ------------------------------------------------------------------

    def _rewrite_signature(self) -> list[TensorSpec]:
        """Replace the tensor arguments and results with memref arguments, inputs first."""
        ir = self.ir
        from mlir.dialects import bufferization, func

        returned = self._return_op()
        tensor_arguments = list(self.block.arguments)
        results = list(returned.operands)
        for position, value in enumerate(results):
            if not isinstance(value.type, ir.RankedTensorType):
                raise self.fail(
                    f"returns a value of type {value.type} (result {position})",
                    "return only tensors; scalars are not supported as kernel results",
                )
        for index, argument in enumerate(tensor_arguments):
            if not isinstance(argument.type, ir.RankedTensorType):
                raise self.fail(
                    f"has an argument of type {argument.type} (argument {index})",
                    "pass only tensors; fold scalar arguments into constants",
                )

        # A result whose destination chain starts at a still free argument is written
        # into that argument. Any other result (a returned argument or constant, a
        # reshape, a second result with the same root) is copied into a new output.
        argument_index = {argument: i for i, argument in enumerate(tensor_arguments)}
        claimed: dict[int, int] = {}
        for position, value in enumerate(results):
            root = _destination_root(ir, value)
            if root is not None and root in argument_index and argument_index[root] not in claimed:
                claimed[argument_index[root]] = position

        specs: list[TensorSpec] = []
        memrefs: dict[int, Any] = {}
        for index, argument in enumerate(tensor_arguments):
            if index not in claimed:
                memrefs[index] = self.block.add_argument(_memref_type(ir, argument.type), argument.location)
                specs.append(_tensor_spec(ir, argument.type, is_output=False, source=self.source, name=self.name))
        outputs = []
        for value in results:
            outputs.append(self.block.add_argument(_memref_type(ir, value.type), returned.location))
            specs.append(_tensor_spec(ir, value.type, is_output=True, source=self.source, name=self.name))
        for index, position in claimed.items():
            memrefs[index] = outputs[position]

        # The new return comes first, because an argument or op can only be erased
        # once nothing uses it (erasing a used value aborts the process).
        with ir.InsertionPoint(returned), returned.location:
            for position, value in enumerate(results):
                bufferization.MaterializeInDestinationOp(None, value, outputs[position], restrict=True, writable=True)
            func.ReturnOp([])
        returned.erase()

        with ir.InsertionPoint.at_block_begin(self.block), self.function.location:
            tensors = [
                bufferization.ToTensorOp(argument.type, memrefs[index], restrict=True, writable=index in claimed)
                for index, argument in enumerate(tensor_arguments)
            ]
        for argument, tensor in zip(tensor_arguments, tensors):
            argument.replace_all_uses_with(tensor.result)
        for index in reversed(range(len(tensor_arguments))):
            self.block.erase_argument(index)
        return specs

    def _finish_function(self) -> None:
        """Set the kernel's name, type and attributes."""
        ir = self.ir
        attributes = self.function.attributes
        argument_types = [argument.type for argument in self.block.arguments]
        attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(argument_types, []))
        attributes["sym_name"] = ir.StringAttr.get(KERNEL_NAME)
        for stale in ("sym_visibility", "arg_attrs", "res_attrs"):
            if stale in attributes:
                del attributes[stale]
        attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()

    def _drop_other_symbols(self) -> None:
        """Erase every top-level op except the kernel and the globals that it reads."""
        ir = self.ir
        used_symbols = {
            op.attributes[attribute_name].value
            for op in _walk_all(ir, self.function)
            for attribute_name in op.attributes
            if isinstance(op.attributes[attribute_name], ir.FlatSymbolRefAttr)
        }
        for op in list(self.module.body.operations):
            op = op.operation
            if op == self.function:
                continue
            symbol = ir.StringAttr(op.attributes["sym_name"]).value if "sym_name" in op.attributes else None
            if op.name == "memref.global" and symbol in used_symbols:
                continue
            op.erase()
        for attribute_name in list(self.module.operation.attributes):
            del self.module.operation.attributes[attribute_name]

    # -- programs already in kernel form ------------------------------------------

    def _is_kernel_form(self) -> bool:
        arguments = list(self.block.arguments)
        function_type = _function_type(self.ir, self.function)
        return (
            len(arguments) > 0
            and len(function_type.results) == 0
            and all(isinstance(a.type, self.ir.MemRefType) for a in arguments)
        )

    def _adopt_kernel_form(self) -> list[TensorSpec]:
        """Accept a function that already takes memrefs (for example a saved kernel_text)."""
        self._reject_calls_to_defined_functions()
        self._remove_external_calls()
        self._check_types()
        specs = []
        for index, argument in enumerate(self.block.arguments):
            written = False
            for use in argument.uses:
                owner = as_operation(use.owner)
                if owner.name == "bufferization.materialize_in_destination":
                    written = True
                elif owner.name == "bufferization.to_tensor" and "writable" in owner.attributes:
                    written = True
                elif owner.name != "bufferization.to_tensor":
                    raise self.fail(
                        f"uses memref argument {index} in {owner.name}",
                        "use memref arguments only through bufferization.to_tensor and "
                        "bufferization.materialize_in_destination",
                    )
            specs.append(_tensor_spec(self.ir, argument.type, is_output=written, source=self.source, name=self.name))
        if specs and not any(spec.is_output for spec in specs):
            raise self.fail("writes none of its memref arguments", "write the results with "
                            "bufferization.materialize_in_destination")
        inputs = [i for i, spec in enumerate(specs) if not spec.is_output]
        if inputs and max(inputs) > min(i for i, spec in enumerate(specs) if spec.is_output):
            raise self.fail("takes an output memref before an input memref", "put the outputs last")
        self._finish_function()
        self._drop_other_symbols()
        return specs


def _owner(value: Any) -> Any:
    return as_operation(value.owner)


def _function_type(ir: Any, function: Any) -> Any:
    return ir.FunctionType(ir.TypeAttr(function.attributes["function_type"]).value)


def _walk_all(ir: Any, root: Any) -> list[Any]:
    """Collect `root` and every op nested in it, in pre-order.

    Callers loop over the list instead of working inside a walk callback, because
    the bindings turn an exception raised in a callback into a RuntimeError and
    erasing ops during a walk is unsafe.
    """
    ops: list[Any] = []

    def visit(op: Any) -> Any:
        ops.append(op)
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    return ops


def _short_location(op: Any) -> str:
    match = _LOCATION.search(str(op.location))
    return f"line {match['line']}" if match else "unknown line"


def _memref_type(ir: Any, tensor_type: Any) -> Any:
    ranked = ir.RankedTensorType(tensor_type)
    return ir.MemRefType.get(list(ranked.shape), ranked.element_type)


def _tensor_spec(ir: Any, value_type: Any, is_output: bool, source: str, name: str) -> TensorSpec:
    shaped = ir.ShapedType(value_type)
    element = str(shaped.element_type)
    if element not in ARGUMENT_ELEMENT_TYPES:
        role = "output" if is_output else "input"
        raise UnsupportedProgramError(
            f"{source}: function @{name} has an {role} of type {value_type}; kernel arguments must have "
            f"one of the element types {', '.join(ARGUMENT_ELEMENT_TYPES)}, so convert the program "
            "(for example with arith.extui/extsi to i32) before loading it"
        )
    return TensorSpec(shape=tuple(shaped.shape), element_type=element, is_output=is_output)


def _reads_operand(ir: Any, use: Any) -> bool:
    """Return whether the op of `use` reads the operand's contents.

    A linalg op only overwrites an init operand whose payload block argument is
    unused, as a fill does. Every other use counts as a read.
    """
    owner = as_operation(use.owner)
    if not owner.name.startswith("linalg.") or owner.name in UNTAGGED_LINALG_OPS:
        return True
    if use.operand_number < num_linalg_inputs(owner):
        return True
    if len(owner.regions) == 0 or len(owner.regions[0].blocks) == 0:
        return True
    block = owner.regions[0].blocks[0]
    return len(list(block.arguments[use.operand_number].uses)) > 0


def _destination_root(ir: Any, value: Any) -> Any:
    """Follow linalg results to their `outs` operands; return the value at the start of the chain.

    Returns None unless the chain passes through at least one linalg op.
    """
    steps = 0
    while isinstance(value, ir.OpResult):
        owner = _owner(value)
        if not owner.name.startswith("linalg.") or owner.name in UNTAGGED_LINALG_OPS:
            break
        value = owner.operands[num_linalg_inputs(owner) + value.result_number]
        steps += 1
    return value if steps > 0 else None


def _tag_linalg_ops(ir: Any, function: Any) -> int:
    """Set `tag = "op<i>"` on every linalg op in walk order; return the number of tagged ops."""
    linalg_ops = [
        op for op in _walk_all(ir, function)
        if op.name.startswith("linalg.") and op.name not in UNTAGGED_LINALG_OPS
    ]
    for index, op in enumerate(linalg_ops):
        op.attributes["tag"] = ir.StringAttr.get(f"op{index}")
    return len(linalg_ops)


def _check_size(ir: Any, function: Any, arguments: list[TensorSpec], source: str, max_bytes: int) -> None:
    """Raise UnsupportedProgramError when arguments plus created tensors exceed `max_bytes`."""
    total = sum(spec.num_bytes for spec in arguments)
    for op in _walk_all(ir, function):
        if op.name not in ALLOCATING_OPS:
            continue
        for result in op.results:
            if isinstance(result.type, ir.RankedTensorType):
                shaped = ir.ShapedType(result.type)
                spec = TensorSpec(tuple(shaped.shape), str(shaped.element_type))
                total += spec.num_bytes
    if total > max_bytes:
        raise UnsupportedProgramError(
            f"{source}: the program's tensors take {total} bytes ({total / 2**30:.2f} GiB), more than the "
            f"limit of {max_bytes} bytes; use smaller shapes or raise max_bytes"
        )
