"""Typed outcomes of evaluating a schedule: a measured time or a failure of a known kind."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class FailureKind(str, enum.Enum):
    """Why an evaluation produced no time."""

    PARSE = "parse"  # the program text does not parse or verify
    UNSUPPORTED = "unsupported"  # dynamic shapes, bf16, too large, no entry function
    SCHEDULE = "schedule"  # the schedule is invalid for the program (rejected before MLIR)
    TRANSFORM = "transform"  # the transform interpreter failed
    LOWERING = "lowering"  # the pass pipeline failed
    JIT = "jit"  # the execution engine could not be built
    CRASH = "crash"  # the worker process died (abort, segfault, out of memory)
    TIMEOUT = "timeout"  # compile or run exceeded its time limit
    WRONG_RESULT = "wrong_result"  # outputs differ from the untransformed program


@dataclass
class EvalResult:
    """Outcome of one evaluation. `time_ns` is the median round time of one kernel call."""

    ok: bool
    time_ns: float | None = None
    failure: FailureKind | None = None
    message: str = ""
    checksum: float | None = None
    compile_s: float = 0.0
    run_s: float = 0.0
    cache_hit: bool = False
    verified: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def success(cls, time_ns: float, **kwargs: Any) -> EvalResult:
        return cls(ok=True, time_ns=float(time_ns), **kwargs)

    @classmethod
    def failed(cls, kind: FailureKind, message: str, **kwargs: Any) -> EvalResult:
        return cls(ok=False, failure=FailureKind(kind), message=message, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["failure"] = self.failure.value if self.failure else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EvalResult:
        data = dict(data)
        if data.get("failure"):
            data["failure"] = FailureKind(data["failure"])
        return cls(**data)
