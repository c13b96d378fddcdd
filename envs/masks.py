"""Action masks of the scheduling environment and the check of a chosen action.

An op's schedule follows a fixed order of steps (a step is one history slot):

    step 0    I                      (the identity permutation is allowed)
    step 1    T, TP, TPF, V
    step 2    NT, T, TP, TPF, V
    step 3+   V, NT

V and NT end the op. In "swaps" interchange mode the identity permutation is not
one of the candidates, so step 0 also allows the step-1 types, and picking one of
them skips the interchange.

Tile-size index p >= 1 is legal on a loop iff `tile_sizes[p]` divides the loop's
current range and is strictly smaller than it, which keeps every tile full (no
`affine.min`, static shapes for vectorization). Index 0 is always legal, and loops
past the op's loop count allow only index 0. The parallel and fusion groups allow
only index 0 on reduction loops, because a forall tile on a reduction loop races.

Every part of the mask keeps at least one legal entry, so a masked categorical
distribution over each part is always defined: when the interchange cannot be used
at a step, its entry 0 stays legal and is ignored.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from envs.spaces import ACTION_TYPES, NT, T, TP, TPF, I, V, TILING_KEYS, SpaceConfig
from mlirrl.compiler.analysis import PARALLEL
from mlirrl.errors import MlirrlError

# Types allowed at step k of an op's schedule; steps past the end use the last entry.
ACTION_ORDER: tuple[frozenset[int], ...] = (
    frozenset({I}),
    frozenset({T, TP, TPF, V}),
    frozenset({NT, T, TP, TPF, V}),
    frozenset({V, NT}),
)


class InvalidActionError(MlirrlError, ValueError):
    """An action outside the current action mask."""


@dataclass
class MaskInput:
    """What the mask of one decision depends on."""

    ranges: list[int]
    iterator_types: list[str]
    step: int
    pointers_chosen: list[int]
    tiling_used: bool
    parallel_used: bool
    can_fuse: bool
    can_vectorize: bool


@functools.lru_cache(maxsize=4096)
def legal_tile_indices(extent: int, tile_sizes: tuple[int, ...]) -> np.ndarray:
    """Return the legal tile-size indices (a 0/1 row of length M) for a loop of range `extent`."""
    row = np.zeros(len(tile_sizes), dtype=np.float32)
    row[0] = 1.0
    for index, size in enumerate(tile_sizes[1:], start=1):
        if 0 < size < extent and extent % size == 0:
            row[index] = 1.0
    row.setflags(write=False)
    return row


def has_parallel_tile(ranges: list[int], iterator_types: list[str], tile_sizes: tuple[int, ...]) -> bool:
    """Return True when some parallel loop can take a non-zero tile size."""
    for extent, kind in zip(ranges, iterator_types):
        if kind == PARALLEL and legal_tile_indices(extent, tile_sizes)[1:].any():
            return True
    return False


def allowed_types(state: MaskInput, config: SpaceConfig) -> list[int]:
    """Return the action types legal at this decision, in ACTION_TYPES order."""
    num_loops = len(state.ranges)
    if state.step == 0 and config.interchange_mode == "pointers":
        return [I]

    phase = ACTION_ORDER[min(state.step, len(ACTION_ORDER) - 1)]
    if state.step == 0:
        # Swaps mode: a swap or, standing for the identity, any step-1 type.
        phase = phase | ACTION_ORDER[1]
        if num_loops < 2:
            phase = phase - {I}

    parallel_ok = not state.tiling_used and not state.parallel_used
    parallel_ok = parallel_ok and has_parallel_tile(state.ranges, state.iterator_types, config.tile_sizes)
    legal = []
    for kind in sorted(phase):
        if kind == TP and not parallel_ok:
            continue
        if kind == TPF and not (parallel_ok and state.can_fuse):
            continue
        if kind == V and not state.can_vectorize:
            continue
        legal.append(kind)
    return legal


def compute_mask(state: MaskInput, config: SpaceConfig) -> np.ndarray:
    """Build the flat action mask, laid out as in `SpaceConfig.mask_slices`."""
    n, m = config.max_loops, config.num_tile_sizes
    slices = config.mask_slices()
    mask = np.zeros(config.mask_dim, dtype=np.float32)

    mask[slices["type"]][allowed_types(state, config)] = 1.0

    tiling = np.zeros((n, m), dtype=np.float32)
    tiling[:, 0] = 1.0
    parallel = tiling.copy()
    for loop, (extent, kind) in enumerate(zip(state.ranges[:n], state.iterator_types[:n])):
        row = legal_tile_indices(extent, config.tile_sizes)
        tiling[loop] = row
        if kind == PARALLEL:
            parallel[loop] = row
    mask[slices["tiling"]] = tiling.ravel()
    mask[slices["parallel"]] = parallel.ravel()
    mask[slices["fusion"]] = parallel.ravel()

    mask[slices["interchange"]] = interchange_mask(state, config)
    return mask


def interchange_mask(state: MaskInput, config: SpaceConfig) -> np.ndarray:
    num_loops = len(state.ranges)
    row = np.zeros(config.num_interchange, dtype=np.float32)
    if state.step == 0:
        if config.interchange_mode == "pointers":
            row[:num_loops] = 1.0
            row[state.pointers_chosen] = 0.0
        else:
            for index, (_, second) in enumerate(config.swap_candidates()):
                if second < num_loops:
                    row[index] = 1.0
    if not row.any():
        row[0] = 1.0
    return row


def check_action(action: dict, mask: np.ndarray, config: SpaceConfig, num_loops: int, where: str) -> int:
    """Raise InvalidActionError unless `action` lies inside `mask`; return its type.

    Only the chosen type's parameters are checked. `where` names the op for the message.
    """
    slices = config.mask_slices()
    n, m = config.max_loops, config.num_tile_sizes
    type_mask = mask[slices["type"]]
    try:
        kind = int(action["type"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidActionError(f"invalid action {action!r} on {where}: expected a dict with an integer 'type'") from exc

    legal_names = [ACTION_TYPES[k] for k in range(len(ACTION_TYPES)) if type_mask[k]]
    if not 0 <= kind < len(ACTION_TYPES) or not type_mask[kind]:
        name = ACTION_TYPES[kind] if 0 <= kind < len(ACTION_TYPES) else str(kind)
        raise InvalidActionError(
            f"action type {name} is masked on {where}; legal types: {', '.join(legal_names)}"
        )

    if kind in TILING_KEYS:
        key = TILING_KEYS[kind]
        indices = np.asarray(action[key]).astype(np.int64).ravel()
        group = mask[slices[key]].reshape(n, m)
        if indices.shape != (n,):
            raise InvalidActionError(f"action {ACTION_TYPES[kind]} on {where}: '{key}' needs {n} indices, got {indices.shape}")
        for loop, index in enumerate(indices):
            if not 0 <= index < m or not group[loop, index]:
                legal = np.flatnonzero(group[loop]).tolist()
                raise InvalidActionError(
                    f"action {ACTION_TYPES[kind]} on {where} ({num_loops} loops): tile-size index {index} on loop "
                    f"{loop} is masked; legal indices on that loop: {legal}"
                )

    if kind == I:
        index = int(action["interchange"])
        row = mask[slices["interchange"]]
        if not 0 <= index < row.size or not row[index]:
            legal = np.flatnonzero(row).tolist()
            raise InvalidActionError(
                f"action I on {where}: interchange index {index} is masked; legal indices: {legal}"
            )
    return kind

