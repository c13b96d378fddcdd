"""Step logic of one scheduling episode: which op is scheduled, its masks, its history
and the schedule built so far. Plain Python and numpy; no MLIR work happens here.

Ops are visited from the last to the first in program order (consumers before
producers, because fusion copes badly with an already transformed producer). Ops
without loops (rank 0) and ops with more loops than the spaces hold are skipped
and counted. A tiled fusion (TPF) inserts the fused producer `producer@consumer`
right after its consumer, with the tile sizes the fusion implies as its starting
ranges and its one parallel tiling already spent. The original producer is then
dropped from the visit order once every consumer it had has fused it.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from envs.masks import InvalidActionError, MaskInput, check_action, compute_mask
from envs.spaces import ACTION_TYPES, NT, T, TP, TPF, I, V, TILING_KEYS, SpaceConfig
from mlirrl.compiler.analysis import OpInfo, ProgramInfo
from mlirrl.compiler.schedule import (
    Action,
    Interchange,
    NoTransformation,
    OpSchedule,
    OpState,
    Schedule,
    TiledFusion,
    TiledParallelization,
    Tiling,
    Vectorization,
    fused_producer_ranges,
    fused_tag,
    split_parallel_sizes,
)
from mlirrl.errors import ScheduleError

logger = logging.getLogger(__name__)


@dataclass
class OpCursor:
    """The op being scheduled and what its masks and history depend on."""

    state: OpState
    producer: OpInfo | None
    can_fuse: bool
    history: np.ndarray
    step: int = 0
    pointers_chosen: list[int] = field(default_factory=list)
    tiling_used: bool = False
    parallel_used: bool = False

    @property
    def tag(self) -> str:
        return self.state.tag


@dataclass
class StepOutcome:
    """Result of one decision: the step penalty (0 unless an action failed validation)."""

    penalty: float = 0.0
    message: str = ""


@dataclass
class EpisodeCounts:
    """Ops left out of the visit order by reason, and actions rejected at their step."""

    no_loops: int = 0
    too_many_loops: int = 0
    fused_away: int = 0
    invalid_actions: int = 0
    masked_actions: int = 0


class Episode:
    """The schedule of one program under construction, one decision at a time."""

    def __init__(
        self,
        info: ProgramInfo,
        config: SpaceConfig,
        max_vector_elements: int,
        invalid_action_penalty: float,
        penalize_masked: bool = False,
    ) -> None:
        self.info = info
        self.config = config
        self.max_vector_elements = max_vector_elements
        self.invalid_action_penalty = invalid_action_penalty
        self.penalize_masked = penalize_masked
        self.ops = {op.tag: op for op in info.ops}
        self.counts = EpisodeCounts()
        self.done_ops: list[OpSchedule] = []
        self.current: OpCursor | None = None

        # Consumers of each op that have not fused it yet.
        self._open_consumers = {op.tag: set(op.consumers) for op in info.ops}
        self._fused_away: set[str] = set()
        self._queue: deque[OpState] = deque()
        for op in reversed(info.ops):
            if op.num_loops == 0:
                self.counts.no_loops += 1
            elif op.num_loops > config.max_loops:
                self.counts.too_many_loops += 1
                logger.debug("op %s (%s) has %d loops, over max_loops=%d; skipped",
                             op.tag, op.name, op.num_loops, config.max_loops)
            else:
                self._queue.append(self._start(op))
        self._advance()

    @property
    def done(self) -> bool:
        return self.current is None

    def schedule(self) -> Schedule:
        return Schedule(tuple(self.done_ops))

    # -- visiting ops ---------------------------------------------------------

    def _start(self, op: OpInfo, tag: str | None = None, ranges: tuple[int, ...] | None = None) -> OpState:
        return OpState.start(op, tag=tag, ranges=ranges, max_vector_elements=self.max_vector_elements)

    def _advance(self) -> None:
        self.current = None
        while self._queue:
            state = self._queue.popleft()
            if state.tag in self._fused_away:
                self.counts.fused_away += 1
                continue
            self.current = self._cursor(state)
            return

    def _cursor(self, state: OpState) -> OpCursor:
        producer = self._last_producer(state.op)
        fused = state.fused_from is not None
        can_fuse = (
            not fused
            and producer is not None
            and 0 < producer.num_loops <= self.config.max_loops
        )
        history = np.zeros((self.config.max_steps_per_op, self.config.history_slot_dim), dtype=np.float32)
        return OpCursor(state=state, producer=producer, can_fuse=can_fuse, history=history, parallel_used=fused)

    def _last_producer(self, op: OpInfo) -> OpInfo | None:
        candidates = [self.ops[tag] for tag, _ in op.producers if tag in self.ops]
        if not candidates:
            return None
        return max(candidates, key=lambda producer: producer.index)

    def _finish_op(self) -> None:
        cursor = self.current
        self.done_ops.append(OpSchedule(cursor.tag, tuple(cursor.state.actions)))
        self._advance()

    # -- masks ----------------------------------------------------------------

    def mask_input(self) -> MaskInput:
        cursor = self.current
        state = cursor.state
        return MaskInput(
            ranges=state.ranges,
            iterator_types=state.iterator_types,
            step=cursor.step,
            pointers_chosen=cursor.pointers_chosen,
            tiling_used=cursor.tiling_used,
            parallel_used=cursor.parallel_used,
            can_fuse=cursor.can_fuse,
            can_vectorize=state.can_vectorize,
        )

    def mask(self) -> np.ndarray:
        return compute_mask(self.mask_input(), self.config)

    # -- one decision ---------------------------------------------------------

    def apply(self, action: dict, mask: np.ndarray | None = None) -> StepOutcome:
        """Check `action` against the mask, update the op's state and history, and
        move to the next op when this one ends.

        A masked action raises InvalidActionError, or with `penalize_masked` ends the
        op with the invalid-action penalty.
        """
        cursor = self.current
        if cursor is None:
            raise RuntimeError("the episode is over; call reset() first")
        if mask is None:
            mask = self.mask()
        where = f"op {cursor.tag} ({cursor.state.op.name}), step {cursor.step}"
        try:
            kind = check_action(action, mask, self.config, cursor.state.num_loops, where)
        except InvalidActionError as exc:
            if not self.penalize_masked:
                raise
            self.counts.masked_actions += 1
            self._finish_op()
            return StepOutcome(penalty=self.invalid_action_penalty, message=str(exc))

        if kind == I:
            transform = self._interchange(cursor, int(action["interchange"]))
        else:
            if cursor.step == 0:
                # Swaps mode only: a non-interchange type at step 0 skips the interchange.
                cursor.step = 1
            transform = self._transform(cursor, kind, action)

        outcome = StepOutcome()
        if transform is not None:
            outcome = self._apply_to_state(cursor, transform)
            if outcome.penalty == 0.0 and isinstance(transform, TiledFusion):
                self._insert_fused(cursor, transform)

        if kind != I or not cursor.pointers_chosen:
            cursor.step += 1
        if cursor.state.ended or cursor.step >= self.config.max_steps_per_op:
            self._finish_op()
        return outcome

    def _interchange(self, cursor: OpCursor, index: int) -> Interchange | None:
        num_loops = cursor.state.num_loops
        slot = self._history_slot(cursor)
        slot[I] = 1.0
        if self.config.interchange_mode == "pointers":
            position = len(cursor.pointers_chosen)
            cursor.pointers_chosen.append(index)
            slot[self._interchange_offset(position, index)] = 1.0
            if len(cursor.pointers_chosen) < num_loops:
                return None
            permutation = tuple(cursor.pointers_chosen)
            cursor.pointers_chosen = []
        else:
            first, second = self.config.swap_candidates()[index]
            order = list(range(num_loops))
            order[first], order[second] = order[second], order[first]
            permutation = tuple(order)
            for position, loop in enumerate(permutation):
                slot[self._interchange_offset(position, loop)] = 1.0
        return Interchange(permutation)

    def _transform(self, cursor: OpCursor, kind: int, action: dict) -> Action | None:
        slot = self._history_slot(cursor)
        slot[kind] = 1.0
        if kind == NT:
            return NoTransformation()
        if kind == V:
            return Vectorization()

        state = cursor.state
        indices = np.asarray(action[TILING_KEYS[kind]]).astype(np.int64).ravel()[: state.num_loops]
        m = self.config.num_tile_sizes
        for loop, index in enumerate(indices):
            slot[len(ACTION_TYPES) + loop * m + int(index)] = 1.0
        sizes = tuple(self.config.tile_sizes[int(index)] for index in indices)

        if kind == T:
            cursor.tiling_used = True
            return Tiling(sizes)
        cursor.parallel_used = True
        if not any(sizes):
            # The masks allow only index 0 on reduction loops, so a TP or TPF without a
            # parallel size tiles nothing: the step counts, no action is recorded.
            return None
        if kind == TPF:
            return TiledFusion(sizes, cursor.producer.tag)
        return TiledParallelization(sizes)

    def _apply_to_state(self, cursor: OpCursor, transform: Action) -> StepOutcome:
        try:
            cursor.state.apply(transform)
        except ScheduleError as exc:
            # The masks should rule this out; the op ends with a penalty on this step.
            self.counts.invalid_actions += 1
            logger.warning("op %s: %s; the op's schedule ends here", cursor.tag, exc)
            cursor.state.ended = True
            return StepOutcome(penalty=self.invalid_action_penalty, message=str(exc))
        return StepOutcome()

    def _insert_fused(self, consumer: OpCursor, fusion: TiledFusion) -> None:
        state = consumer.state
        producer = self.ops[fusion.producer]
        operand = dict(state.op.producers)[fusion.producer]
        forall_sizes, _ = split_parallel_sizes(fusion.sizes, state.iterator_types)
        ranges = fused_producer_ranges(state.op, producer, operand, state.tile_original_order(forall_sizes))

        fused = self._start(producer, tag=fused_tag(producer.tag, consumer.tag), ranges=ranges)
        fused.parallelized = True
        fused.fused_from = consumer.tag
        self._queue.appendleft(fused)

        open_consumers = self._open_consumers[producer.tag]
        open_consumers.discard(state.op.tag)
        if not open_consumers:
            self._fused_away.add(producer.tag)

    # -- history --------------------------------------------------------------

    def _history_slot(self, cursor: OpCursor) -> np.ndarray:
        return cursor.history[cursor.step]

    def _interchange_offset(self, position: int, loop: int) -> int:
        n = self.config.max_loops
        return len(ACTION_TYPES) + n * self.config.num_tile_sizes + position * n + loop

