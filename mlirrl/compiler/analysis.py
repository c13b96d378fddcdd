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
