"""Turn a schedule into one transform-dialect script.

The script is a module with the named sequence `@__transform_main`, which the
in-process interpreter and `mlir-opt --transform-interpreter` both run on the kernel
module. Each op of the schedule is matched by its `tag` attribute and its handle is
threaded through its actions, because tiling, fusion, generalization and
interchange consume their target and return the new op. Every script ends with the
same finalization on the kernel function (mask lowering, contraction patterns,
loop-invariant hoisting of accumulators, canonicalization and CSE).

Example, for `op1:T(64,64,64),V` on a fill + matmul kernel::

    module attributes {transform.with_named_sequence} {
      transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
        %op1 = transform.structured.match attributes{tag = "op1"} in %root : (!transform.any_op) -> !transform.any_op
        %op1_t1, %op1_t1_loops:3 = transform.structured.tile_using_for %op1 tile_sizes [64, 64, 64] : ...
        transform.structured.vectorize %op1_t1 : !transform.any_op
        ... finalization ...
        transform.yield
      }
    }
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlirrl.compiler.program import Program
from mlirrl.compiler.schedule import (
    Interchange,
    NoTransformation,
    OpState,
    Schedule,
    TiledFusion,
    TiledParallelization,
    Tiling,
    Vectorization,
    fused_producer_ranges,
    fused_tag,
    split_parallel_sizes,
    validate_schedule,
)

KERNEL_FUNCTION = "kernel"
TAG_ATTRIBUTE = "tag"

ANY_OP = "!transform.any_op"

# 2-D convolutions and poolings that `transform.structured.decompose` rewrites to 1-D
# (MLIR 22.1), with the positions of their output-height and kernel-height loops in
# the named op's own loop order. Tiling both loops to 1 makes the op decomposable.
DECOMPOSABLE_2D = {
    "linalg.conv_2d": (0, 2),
    "linalg.conv_2d_nhwc_hwcf": (1, 4),
    "linalg.conv_2d_nchw_fchw": (2, 5),
    "linalg.depthwise_conv_2d_nhwc_hwc": (1, 4),
    "linalg.pooling_nhwc_sum": (1, 4),
    "linalg.pooling_nhwc_max": (1, 4),
    "linalg.pooling_nhwc_max_unsigned": (1, 4),
    "linalg.pooling_nhwc_min": (1, 4),
    "linalg.pooling_nhwc_min_unsigned": (1, 4),
    "linalg.pooling_nchw_sum": (2, 4),
    "linalg.pooling_nchw_max": (2, 4),
}


def _finalization(function: str) -> str:
    """Return the finalization steps run on the function named `function`."""
    return f"""\
    %kernel = transform.structured.match ops{{["func.func"]}} attributes{{sym_name = "{function}"}} in %root : ({ANY_OP}) -> {ANY_OP}
    transform.apply_patterns to %kernel {{
      transform.apply_patterns.vector.lower_masked_transfers
      transform.apply_patterns.vector.lower_masks
    }} : {ANY_OP}
    transform.apply_patterns to %kernel {{
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.canonicalization
    }} : {ANY_OP}
    %loops = transform.structured.match ops{{["scf.for"]}} in %kernel : ({ANY_OP}) -> {ANY_OP}
    transform.foreach %loops : {ANY_OP} {{
    ^bb0(%loop: {ANY_OP}):
      transform.loop.hoist_loop_invariant_subsets %loop : {ANY_OP}
    }}
    transform.apply_patterns to %kernel {{
      transform.apply_patterns.canonicalization
    }} : {ANY_OP}
    transform.apply_cse to %kernel : {ANY_OP}
"""


FINALIZATION = _finalization(KERNEL_FUNCTION)


def transform_script(program: Program, schedule: Schedule) -> str:
    """Return the transform module that applies `schedule` to `program`.

    Raises ScheduleError (from `validate_schedule`) before emitting anything when an
    action is invalid for the program.
    """
    validate_schedule(schedule, program.info)

    script = _Script(program)
    _emit_schedule(script, program, schedule)
    return script.render()


def standalone_transform_script(program: Program, schedule: Schedule, function: str | None = None) -> str:
    """Return a transform module that applies `schedule` to a payload without `tag` attributes.

    The script first tags the linalg ops of the payload function `function` (default:
    the source function that became the kernel, `program.entry_function`) with
    "op0", "op1", ... in walk order, which is the order in which the loader tags the
    kernel. It then applies the schedule like `transform_script` and runs the
    finalization on that function. So the script applies to the source file of the
    program (MLIR-RL `@main`, torch-mlir output, a plain function or a kernel-form
    file), for example with `mlir-opt --transform-interpreter`. Normalization keeps
    every linalg op of the entry function and their order, so the tags name the same
    ops. The script fails at `transform.split_handle` when the payload function contains
    a different number of linalg ops than the program.

    Raises ScheduleError before emitting anything when an action is invalid for the program.
    """
    validate_schedule(schedule, program.info)
    if function is None:
        function = program.entry_function

    script = _Script(program, finalization_function=function)
    _emit_tagging(script, program, function)
    _emit_schedule(script, program, schedule)
    return script.render()


def _emit_schedule(script: _Script, program: Program, schedule: Schedule) -> None:
    for op_schedule in schedule.ops:
        actions = [action for action in op_schedule.actions if not _is_noop(action)]
        if not actions:
            continue
        state = _start_state(program, op_schedule.tag, script)
        handle = script.match_tag(op_schedule.tag)
        for action in actions:
            handle = _emit_action(script, state, handle, action)
            state.apply(action)


def _emit_tagging(script: _Script, program: Program, function: str) -> None:
    """Tag the linalg ops of `function` with `op<i>`: match them by the op names that
    the program contains, which yields them in walk order, split the handle into one
    handle per op and annotate each."""
    ops = program.info.ops
    names = ", ".join(f'"{name}"' for name in dict.fromkeys(op.name for op in ops))
    script.emit(
        f'%tagged_function = transform.structured.match ops{{["func.func"]}} attributes{{sym_name = "{function}"}} '
        f"in %root : ({ANY_OP}) -> {ANY_OP}"
    )
    script.emit(f"%linalg_ops = transform.structured.match ops{{[{names}]}} in %tagged_function : ({ANY_OP}) -> {ANY_OP}")
    handles = [f"%linalg_op{index}" for index in range(len(ops))]
    results = ", ".join([ANY_OP] * len(ops))
    script.emit(f"{', '.join(handles)} = transform.split_handle %linalg_ops : ({ANY_OP}) -> ({results})")
    for index, (handle, op) in enumerate(zip(handles, ops)):
        if op.tag != f"op{index}":
            raise ValueError(f"program {program.name}: op {index} has the tag {op.tag}, expected op{index}")
        script.annotate(handle, op.tag)


def _is_noop(action) -> bool:
    if isinstance(action, NoTransformation):
        return True
    if isinstance(action, Interchange):
        return list(action.permutation) == list(range(len(action.permutation)))
    if isinstance(action, Tiling):
        return not any(action.sizes)
    return False


def _start_state(program: Program, tag: str, script: _Script) -> OpState:
    """Return the op's state before its first action. A fused op starts from the state
    recorded when its producer was fused, which validation checked exists."""
    if tag in script.fused_states:
        return script.fused_states.pop(tag)
    return OpState.start(program.info.op(tag))


def _emit_action(script: _Script, state: OpState, handle: str, action) -> str:
    """Emit the transform ops of one action; return the handle of the transformed op."""
    if isinstance(action, Interchange):
        return script.interchange(state.tag, handle, action.permutation)
    if isinstance(action, Tiling):
        return script.tile_for(state.tag, handle, action.sizes)
    if isinstance(action, TiledParallelization):
        forall_sizes, for_sizes = split_parallel_sizes(action.sizes, state.iterator_types)
        if any(forall_sizes):
            handle, _ = script.tile_forall(state.tag, handle, forall_sizes)
        if any(for_sizes):
            handle = script.tile_for(state.tag, handle, for_sizes)
        return handle
    if isinstance(action, TiledFusion):
        return _emit_fusion(script, state, handle, action)
    if isinstance(action, Vectorization):
        return _emit_vectorization(script, state, handle)
    raise TypeError(f"unknown action {action!r}")


def _emit_fusion(script: _Script, state: OpState, handle: str, action: TiledFusion) -> str:
    """Tile the consumer with scf.forall over its parallel loops, fuse the producer into
    the forall and tag the fused copy `<producer>@<consumer>`, then tile the
    reductions with scf.for."""
    forall_sizes, for_sizes = split_parallel_sizes(action.sizes, state.iterator_types)
    handle, forall = script.tile_forall(state.tag, handle, forall_sizes)

    new_tag = fused_tag(action.producer, state.tag)
    producer = script.match_tag(action.producer)
    script.fuse_into(new_tag, producer, forall)
    script.fused_states[new_tag] = _fused_state(script.program, state, action, forall_sizes)

    if any(for_sizes):
        handle = script.tile_for(state.tag, handle, for_sizes)
    return handle


def _fused_state(program: Program, consumer: OpState, action: TiledFusion, forall_sizes: tuple[int, ...]) -> OpState:
    """Compute the state of the producer copy fused into the consumer's forall tile the
    way `validate_schedule` does, so that later actions on the fused tag see the same ranges."""
    producer = program.info.op(action.producer)
    operand = dict(consumer.op.producers)[action.producer]
    tiles = consumer.tile_original_order(forall_sizes)
    ranges = fused_producer_ranges(consumer.op, producer, operand, tiles)
    state = OpState.start(producer, tag=fused_tag(action.producer, consumer.tag), ranges=ranges)
    state.parallelized = True
    state.fused_from = consumer.tag
    return state


def _emit_vectorization(script: _Script, state: OpState, handle: str) -> str:
    positions = DECOMPOSABLE_2D.get(state.op.name)
    if positions is not None:
        sizes = [0] * state.num_loops
        for position in positions:
            if state.ranges[position] > 1:
                sizes[position] = 1
        if any(sizes):
            handle = script.tile_for(state.tag, handle, tuple(sizes))
        handle = script.decompose(state.tag, handle)
    script.vectorize(handle)
    return handle


def _ssa_name(tag: str) -> str:
    """Turn a tag into an SSA name: `op0@op1` becomes `op0_in_op1`."""
    return tag.replace("@", "_in_")


@dataclass
class _Script:
    """The body of `@__transform_main`, built op by op with readable SSA names."""

    program: Program
    lines: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    fused_states: dict[str, OpState] = field(default_factory=dict)
    has_zero: bool = False
    finalization_function: str = KERNEL_FUNCTION

    def _name(self, tag: str, kind: str) -> str:
        base = _ssa_name(tag)
        count = self.counters.get(base, 0) + 1
        self.counters[base] = count
        return f"%{base}_{kind}{count}"

    def emit(self, line: str) -> None:
        self.lines.append("    " + line)

    def match_tag(self, tag: str) -> str:
        """Match the ops tagged `tag` and fail when there is none, because transforms
        on an empty handle succeed silently."""
        if not self.has_zero:
            self.emit("%zero = transform.param.constant 0 : i64 -> !transform.param<i64>")
            self.has_zero = True
        name = self._name(tag, "m")
        self.emit(
            f'{name} = transform.structured.match attributes{{{TAG_ATTRIBUTE} = "{tag}"}} in %root '
            f": ({ANY_OP}) -> {ANY_OP}"
        )
        self.emit(f"{name}_count = transform.num_associations {name} : ({ANY_OP}) -> !transform.param<i64>")
        self.emit(f"transform.match.param.cmpi gt {name}_count, %zero : !transform.param<i64>")
        return name

    def annotate(self, handle: str, tag: str) -> None:
        param = self._name(tag, "tag")
        self.emit(f'{param} = transform.param.constant "{tag}" -> !transform.any_param')
        self.emit(f'transform.annotate {handle} "{TAG_ATTRIBUTE}" = {param} : {ANY_OP}, !transform.any_param')

    def tile_for(self, tag: str, handle: str, sizes: tuple[int, ...]) -> str:
        tiled = self._name(tag, "t")
        loops = sum(1 for size in sizes if size)
        results = ", ".join([ANY_OP] * (loops + 1))
        self.emit(
            f"{tiled}, {tiled}_loops:{loops} = transform.structured.tile_using_for {handle} "
            f"tile_sizes {_int_list(sizes)} : ({ANY_OP}) -> ({results})"
        )
        return tiled

    def tile_forall(self, tag: str, handle: str, sizes: tuple[int, ...]) -> tuple[str, str]:
        tiled = self._name(tag, "p")
        forall = f"{tiled}_forall"
        self.emit(
            f"{tiled}, {forall} = transform.structured.tile_using_forall {handle} "
            f"tile_sizes {_int_list(sizes)} : ({ANY_OP}) -> ({ANY_OP}, {ANY_OP})"
        )
        return tiled, forall

    def fuse_into(self, new_tag: str, producer: str, forall: str) -> str:
        fused = self._name(new_tag, "f")
        self.emit(
            f"{fused}, {fused}_forall = transform.structured.fuse_into_containing_op {producer} into {forall} "
            f": ({ANY_OP}, {ANY_OP}) -> ({ANY_OP}, {ANY_OP})"
        )
        self.annotate(fused, new_tag)
        return fused

    def interchange(self, tag: str, handle: str, permutation: tuple[int, ...]) -> str:
        generic = self._name(tag, "g")
        self.emit(f"{generic} = transform.structured.generalize {handle} : ({ANY_OP}) -> {ANY_OP}")
        permuted = self._name(tag, "i")
        self.emit(
            f"{permuted} = transform.structured.interchange {generic} "
            f"iterator_interchange = {_int_list(permutation)} : ({ANY_OP}) -> {ANY_OP}"
        )
        self.annotate(permuted, tag)
        return permuted

    def decompose(self, tag: str, handle: str) -> str:
        decomposed = self._name(tag, "d")
        self.emit(f"{decomposed} = transform.structured.decompose {handle} : ({ANY_OP}) -> {ANY_OP}")
        return decomposed

    def vectorize(self, handle: str) -> None:
        self.emit(f"transform.structured.vectorize {handle} : {ANY_OP}")

    def render(self) -> str:
        body = "\n".join(self.lines)
        if body:
            body += "\n"
        return (
            "module attributes {transform.with_named_sequence} {\n"
            f"  transform.named_sequence @__transform_main(%root: {ANY_OP} {{transform.readonly}}) {{\n"
            f"{body}{_finalization(self.finalization_function)}"
            "    transform.yield\n"
            "  }\n"
            "}\n"
        )


def _int_list(values) -> str:
    return "[" + ", ".join(str(int(value)) for value in values) + "]"
