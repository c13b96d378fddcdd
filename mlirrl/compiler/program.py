"""Load MLIR programs and normalize them to the kernel form.

The kernel form is one module with a public `@kernel` function that takes memref
arguments (inputs first, then outputs, written in place), carries
`llvm.emit_c_interface`, contains the linalg ops on tensors and calls no timing
function. Every linalg op carries a `tag` string attribute (`op0`, `op1`, ... in
program order) that transform scripts match on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from mlirrl.compiler.analysis import ProgramInfo


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


@dataclass(frozen=True)
class Program:
    """A normalized, analyzed program. Plain data: it crosses process boundaries."""

    name: str
    source: str
    kernel_text: str
    arguments: tuple[TensorSpec, ...]
    info: ProgramInfo
    constants: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Hash of the kernel text, the program part of cache keys."""
        return hashlib.sha256(self.kernel_text.encode()).hexdigest()[:32]
