"""The schedule data model: actions per op, validation and the canonical text key.

A schedule lists, in application order, the actions of each op it transforms. Ops
are named by their tag (`op0`, `op1`, ... in program order). A producer fused into
a consumer by `TiledFusion` becomes a new op named `<producer>@<consumer>`, which
may get its own actions later in the same schedule.

Action semantics (loop positions always refer to the op's current loop order, that
is after the interchanges applied so far):

- `Interchange(permutation)`: new loop i is old loop `permutation[i]`.
- `Tiling(sizes)`: `scf.for` tiling; size 0 leaves a loop untiled.
- `TiledParallelization(sizes)`: `scf.forall` over the non-zero sizes of parallel
  loops, then `scf.for` over the non-zero sizes of reduction loops. A reduction loop
  never goes into the forall, because parallel tiles of a reduction race.
- `TiledFusion(sizes, producer)`: the same tiling, with the producer fused into the
  forall. It needs a non-zero size on at least one parallel loop.
- `Vectorization()`: vectorize the op (2-D convolutions and poolings are first
  decomposed to 1-D). It ends the op's schedule.
- `NoTransformation()`: ends the op's schedule without a change.

Every size and permutation is validated here before MLIR receives it, because
invalid values (a negative size, a non-permutation) abort the MLIR process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Union

from mlirrl.compiler.analysis import PARALLEL, OpInfo, ProgramInfo
from mlirrl.errors import ScheduleError

FUSED_SEPARATOR = "@"

# Vectorization fully unrolls the tiled iteration space. Above this many elements the
# compile time and memory explode: a 32x32x32 contract already takes 0.55 s to JIT.
DEFAULT_MAX_VECTOR_ELEMENTS = 4096


@dataclass(frozen=True)
class Interchange:
    permutation: tuple[int, ...]

    def key(self) -> str:
        return f"I({','.join(map(str, self.permutation))})"


@dataclass(frozen=True)
class Tiling:
    sizes: tuple[int, ...]

    def key(self) -> str:
        return f"T({','.join(map(str, self.sizes))})"


@dataclass(frozen=True)
class TiledParallelization:
    sizes: tuple[int, ...]

    def key(self) -> str:
        return f"TP({','.join(map(str, self.sizes))})"


@dataclass(frozen=True)
class TiledFusion:
    sizes: tuple[int, ...]
    producer: str

    def key(self) -> str:
        return f"TPF({self.producer};{','.join(map(str, self.sizes))})"


@dataclass(frozen=True)
class Vectorization:
    def key(self) -> str:
        return "V"


@dataclass(frozen=True)
class NoTransformation:
    def key(self) -> str:
        return "NT"


Action = Union[Interchange, Tiling, TiledParallelization, TiledFusion, Vectorization, NoTransformation]
TILING_KINDS = (Tiling, TiledParallelization, TiledFusion)


@dataclass(frozen=True)
class OpSchedule:
    tag: str
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class Schedule:
    """Actions per op, in application order."""

    ops: tuple[OpSchedule, ...] = ()

    def key(self) -> str:
        """Canonical text key: schedules with the same effect get the same key.

        No-op actions (identity interchange, all-zero tiling, NT) are left out and
        ops without actions are dropped, so the empty schedule has the key "".
        """
        parts = []
        for op in self.ops:
            actions = [a.key() for a in op.actions if not _is_noop(a)]
            if actions:
                parts.append(f"{op.tag}:{','.join(actions)}")
        return ";".join(parts)

    def __str__(self) -> str:
        return self.key() or "<empty schedule>"

    @property
    def is_empty(self) -> bool:
        return self.key() == ""

    def actions_of(self, tag: str) -> tuple[Action, ...]:
        for op in self.ops:
            if op.tag == tag:
                return op.actions
        return ()


def _is_noop(action: Action) -> bool:
    if isinstance(action, NoTransformation):
        return True
    if isinstance(action, Interchange):
        return list(action.permutation) == list(range(len(action.permutation)))
    if isinstance(action, Tiling):
        return all(size == 0 for size in action.sizes)
    return False


def fused_tag(producer: str, consumer: str) -> str:
    return f"{producer}{FUSED_SEPARATOR}{consumer}"


def base_tag(tag: str) -> str:
    """Return the program op tag that a (possibly fused) tag refers to."""
    return tag.split(FUSED_SEPARATOR, 1)[0]


# ---------------------------------------------------------------------------
# Parsing the text form


_ACTION_RE = re.compile(r"\s*(TPF|TP|T|I|V|NT)\s*(?:\(([^()]*)\))?\s*")


def _parse_ints(text: str, where: str) -> tuple[int, ...]:
    text = text.strip()
    if not text:
        return ()
    try:
        return tuple(int(item) for item in text.split(","))
    except ValueError as exc:
        raise ScheduleError(f"invalid integer list {text!r} in {where}") from exc


def _split_actions(text: str, separator: str = ",") -> list[str]:
    """Split "T(1,2),V" at `separator` outside parentheses."""
    items, depth, current = [], 0, []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == separator and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    if current:
        items.append("".join(current))
    return [item for item in items if item.strip()]


def parse_action(text: str) -> Action:
    match = _ACTION_RE.fullmatch(text)
    if not match:
        raise ScheduleError(f"invalid action {text!r}; expected I(..), T(..), TP(..), TPF(producer;..), V or NT")
    kind, args = match.group(1), match.group(2)
    if kind in ("V", "NT"):
        if args:
            raise ScheduleError(f"action {kind} takes no arguments, got {text!r}")
        return Vectorization() if kind == "V" else NoTransformation()
    if args is None:
        raise ScheduleError(f"action {kind} needs arguments in parentheses, got {text!r}")
    if kind == "TPF":
        if ";" not in args:
            raise ScheduleError(f"TPF needs 'producer;sizes', got {text!r}")
        producer, sizes = args.split(";", 1)
        return TiledFusion(_parse_ints(sizes, text), producer.strip())
    values = _parse_ints(args, text)
    if kind == "I":
        return Interchange(values)
    if kind == "T":
        return Tiling(values)
    return TiledParallelization(values)


def parse_schedule(text: str) -> Schedule:
    """Parse the canonical text form, e.g. `op1:T(64,64,64),T(8,32,4),V;op0:NT`.

    Lines and `;` both separate ops; `#` starts a comment.
    """
    ops = []
    chunks = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        # The `;` inside TPF(producer;sizes) does not separate ops.
        chunks.extend(chunk for chunk in _split_actions(line, ";") if chunk.strip())
    for chunk in chunks:
        if ":" not in chunk:
            raise ScheduleError(f"invalid op schedule {chunk.strip()!r}; expected 'tag:action,action,...'")
        tag, body = chunk.split(":", 1)
        actions = tuple(parse_action(item) for item in _split_actions(body))
        ops.append(OpSchedule(tag.strip(), actions))
    return Schedule(tuple(ops))


# ---------------------------------------------------------------------------
# Simulation and validation


def access_extent(row: Iterable[int], loop_extents: Iterable[int]) -> int:
    """Number of distinct positions an affine row touches when loop j runs over
    `loop_extents[j]` values (all coefficients taken by absolute value)."""
    return 1 + sum(abs(coef) * (extent - 1) for coef, extent in zip(row, loop_extents))


def fused_producer_ranges(
    consumer: OpInfo, producer: OpInfo, operand: int, consumer_tiles_original_order: tuple[int, ...]
) -> tuple[int, ...]:
    """Loop ranges of a producer fused into a consumer tile.

    The consumer's tile extents (its original loop order, 0 = untiled) go through the
    consumer's access of `operand` to the tensor slice, then back through the
    producer's store map: a producer loop that indexes a slice dimension alone gets
    that dimension's extent; other loops keep their range.
    """
    extents = tuple(
        size if size > 0 else full for size, full in zip(consumer_tiles_original_order, consumer.loop_ranges)
    )
    access = consumer.operand_accesses[operand]
    slice_shape = [access_extent(row, extents) for row in access.matrix]

    ranges = list(producer.loop_ranges)
    store = producer.stores[0] if producer.stores else None
    if store is None:
        return tuple(ranges)
    for dim, row in enumerate(store.matrix):
        nonzero = [j for j, coef in enumerate(row) if coef != 0]
        if len(nonzero) == 1 and row[nonzero[0]] == 1 and dim < len(slice_shape):
            ranges[nonzero[0]] = min(ranges[nonzero[0]], slice_shape[dim])
    return tuple(ranges)


@dataclass
class OpState:
    """The state of one op while its schedule is built or checked.

    `ranges` and `iterator_types` follow the current loop order; `order[i]` is the
    original loop at position i. A range shrinks to the tile size when a loop is tiled.
    """

    op: OpInfo
    tag: str
    ranges: list[int]
    iterator_types: list[str]
    order: list[int]
    actions: list[Action] = field(default_factory=list)
    tiled: bool = False
    parallelized: bool = False
    interchanged: bool = False
    ended: bool = False
    fused_from: str | None = None
    max_vector_elements: int = DEFAULT_MAX_VECTOR_ELEMENTS

    @classmethod
    def start(cls, op: OpInfo, tag: str | None = None, ranges: tuple[int, ...] | None = None,
              max_vector_elements: int = DEFAULT_MAX_VECTOR_ELEMENTS) -> OpState:
        return cls(
            op=op,
            tag=tag or op.tag,
            ranges=list(ranges if ranges is not None else op.loop_ranges),
            iterator_types=list(op.iterator_types),
            order=list(range(op.num_loops)),
            max_vector_elements=max_vector_elements,
        )

    @property
    def num_loops(self) -> int:
        return len(self.ranges)

    @property
    def vector_elements(self) -> int:
        product = 1
        for extent in self.ranges:
            product *= extent
        return product

    @property
    def can_vectorize(self) -> bool:
        """Vectorization is possible: a vectorizable op, still decomposable if it is a
        2-D convolution or pooling (a generalized one no longer is), and small enough."""
        if self.num_loops == 0 or not self.op.vectorizable:
            return False
        if self.interchanged and self.op.family in ("conv", "pooling"):
            return False
        return self.vector_elements <= self.max_vector_elements

    def tile_original_order(self, sizes: tuple[int, ...]) -> tuple[int, ...]:
        """Map sizes given in the current loop order to the original loop order."""
        result = [0] * self.num_loops
        for position, size in enumerate(sizes):
            result[self.order[position]] = size
        return tuple(result)

    def _fail(self, action: Action, reason: str) -> ScheduleError:
        return ScheduleError(f"invalid action {action.key()} on op {self.tag} ({self.op.name}): {reason}")

    def check(self, action: Action) -> None:
        """Raise ScheduleError when `action` is not valid in this state."""
        if self.ended:
            raise self._fail(action, "the op's schedule already ended with V or NT")
        if self.num_loops == 0 and not isinstance(action, NoTransformation):
            raise self._fail(action, "the op has no loops (rank 0); only NT is allowed")

        if isinstance(action, Interchange):
            if sorted(action.permutation) != list(range(self.num_loops)):
                raise self._fail(action, f"not a permutation of the op's {self.num_loops} loops")
            return

        if isinstance(action, TILING_KINDS):
            self._check_sizes(action)
            if isinstance(action, (TiledParallelization, TiledFusion)):
                if self.tiled or self.parallelized:
                    raise self._fail(action, "parallel tiling must come first and at most once per op")
            if isinstance(action, TiledFusion):
                self._check_fusion(action)
            return

        if isinstance(action, Vectorization):
            if not self.op.vectorizable:
                raise self._fail(action, "the op cannot be vectorized")
            if self.interchanged and self.op.family in ("conv", "pooling"):
                raise self._fail(action, "an interchanged convolution or pooling cannot be decomposed for vectorization")
            if self.vector_elements > self.max_vector_elements:
                raise self._fail(
                    action,
                    f"the tiled iteration space has {self.vector_elements} elements, over the limit of "
                    f"{self.max_vector_elements}; tile the op first",
                )

    def _check_sizes(self, action: Action) -> None:
        sizes = action.sizes  # type: ignore[union-attr]
        if len(sizes) != self.num_loops:
            raise self._fail(action, f"expected {self.num_loops} tile sizes, got {len(sizes)}")
        for position, (size, extent) in enumerate(zip(sizes, self.ranges)):
            if size < 0:
                raise self._fail(action, f"negative tile size {size} at loop {position}")
            if size > 0 and extent % size != 0:
                raise self._fail(action, f"tile size {size} does not divide the range {extent} of loop {position}")

    def _check_fusion(self, action: TiledFusion) -> None:
        producers = dict(self.op.producers)
        if action.producer not in producers:
            known = ", ".join(producers) or "none"
            raise self._fail(action, f"{action.producer} is not a producer of this op (producers: {known})")
        if not any(size > 0 and kind == PARALLEL for size, kind in zip(action.sizes, self.iterator_types)):
            raise self._fail(action, "fusion needs a non-zero tile size on at least one parallel loop")

    def apply(self, action: Action) -> None:
        """Check `action` and update the state."""
        self.check(action)
        self.actions.append(action)
        if isinstance(action, Interchange):
            self.ranges = [self.ranges[i] for i in action.permutation]
            self.iterator_types = [self.iterator_types[i] for i in action.permutation]
            self.order = [self.order[i] for i in action.permutation]
            if list(action.permutation) != list(range(self.num_loops)):
                self.interchanged = True
        elif isinstance(action, TILING_KINDS):
            for position, size in enumerate(action.sizes):
                if size > 0:
                    self.ranges[position] = size
            if isinstance(action, Tiling):
                self.tiled = self.tiled or any(action.sizes)
            else:
                self.parallelized = True
        else:
            self.ended = True


def validate_schedule(
    schedule: Schedule, program: ProgramInfo, max_vector_elements: int = DEFAULT_MAX_VECTOR_ELEMENTS
) -> dict[str, OpState]:
    """Check every action of `schedule` against `program`; return the final op states.

    Raises ScheduleError naming the op and the action on the first invalid one.
    """
    states: dict[str, OpState] = {}
    fused_pending: dict[str, OpState] = {}
    known = {op.tag: op for op in program.ops}

    for op_schedule in schedule.ops:
        tag = op_schedule.tag
        if tag in states:
            raise ScheduleError(f"op {tag} appears twice in schedule {schedule}")
        if tag in fused_pending:
            state = fused_pending.pop(tag)
        elif tag in known:
            state = OpState.start(known[tag], max_vector_elements=max_vector_elements)
        else:
            names = ", ".join(known) or "none"
            raise ScheduleError(f"schedule {schedule} names op {tag}, which is not in the program (ops: {names})")
        states[tag] = state

        for action in op_schedule.actions:
            state.apply(action)
            if isinstance(action, TiledFusion):
                producer_op = known[action.producer]
                operand = dict(state.op.producers)[action.producer]
                tiles = state.tile_original_order(_parallel_only(action.sizes, state.iterator_types))
                ranges = fused_producer_ranges(state.op, producer_op, operand, tiles)
                new_tag = fused_tag(action.producer, tag)
                fused = OpState.start(producer_op, tag=new_tag, ranges=ranges, max_vector_elements=max_vector_elements)
                fused.parallelized = True
                fused.fused_from = tag
                fused_pending[new_tag] = fused
    return states


def _parallel_only(sizes: tuple[int, ...], iterator_types: list[str]) -> tuple[int, ...]:
    return tuple(size if kind == PARALLEL else 0 for size, kind in zip(sizes, iterator_types))


def split_parallel_sizes(sizes: tuple[int, ...], iterator_types: list[str] | tuple[str, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Split tile sizes into (forall sizes on parallel loops, for sizes on reductions)."""
    forall = tuple(size if kind == PARALLEL else 0 for size, kind in zip(sizes, iterator_types))
    serial = tuple(0 if kind == PARALLEL else size for size, kind in zip(sizes, iterator_types))
    return forall, serial
