"""Import networks into linalg on tensors and cut them into benchmarks.

`torch_mlir.fx.export_and_import(..., output_type="linalg-on-tensors")` exports a
module through torch.export. Weights come out as tensor constants; `lift_constants`
turns them into function arguments so files stay small. Each model then yields
its whole program, every distinct linalg op as a single-op program, and blocks of
consecutive producer->consumer ops.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import torch

from mlirrl.benchmarks import irtools
from mlirrl.benchmarks.models import MODELS
from mlirrl.benchmarks.suite import Suite
from mlirrl.errors import SuiteError

log = logging.getLogger(__name__)

BLOCK_LENGTHS = (2, 3, 4, 5)


@dataclass
class ImportedProgram:
    """One program cut from a model. `kind` is `model`, `op` or `block`."""

    name: str
    model: str
    kind: str
    text: str
    ops: list[irtools.OpDescription]
    op_indices: list[int] = field(default_factory=list)


def _plain_buffers(module: torch.nn.Module) -> None:
    """Turn registered buffers into plain tensor attributes.

    NOTE: torch-mlir 20261001 fails on non-persistent buffers such as BERT's
    `position_ids` ("Could not find state mapping for buffer"); as plain attributes
    they are exported as constants instead.
    """
    for submodule in module.modules():
        for name, buffer in list(submodule.named_buffers(recurse=False)):
            del submodule._buffers[name]
            setattr(submodule, name, buffer.clone())


def export_model(name: str) -> str:
    """Export one model of `MODELS` to linalg-on-tensors MLIR text with weights as arguments."""
    from torch_mlir import fx

    if name not in MODELS:
        raise SuiteError(f"unknown model {name!r}; choose from {', '.join(MODELS)}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    torch.manual_seed(0)

    module, inputs = MODELS[name]()
    module.eval()
    _plain_buffers(module)
    with torch.no_grad():
        exported = fx.export_and_import(module, *inputs, output_type="linalg-on-tensors", func_name="main")
    return irtools.lift_constants(str(exported), source=f"model {name}")


def _short(op_name: str) -> str:
    return op_name.removeprefix("linalg.")


def _shape_tag(description: irtools.OpDescription) -> str:
    return "x".join(map(str, description.loop_ranges))


def import_model(name: str, block_lengths: tuple[int, ...] = BLOCK_LENGTHS, block_stride: int = 3) -> list[ImportedProgram]:
    """Export a model and cut it: the whole program, its single ops and its blocks.

    Names: `<model>_model`, `<model>_op<index>_<op>_<loop ranges>` and
    `<model>_block<first index>_<length>`, where indices count the model's linalg ops
    in program order.
    """
    text = export_model(name)
    programs = [ImportedProgram(f"{name}_model", name, "model", text, irtools.describe_ops(text, f"model {name}"))]

    for item in irtools.extract_ops(text, source=f"model {name}"):
        description = item.ops[0]
        index = item.op_indices[0]
        op_name = f"{name}_op{index:03d}_{_short(description.name)}_{_shape_tag(description)}"
        programs.append(ImportedProgram(op_name, name, "op", item.text, item.ops, item.op_indices))

    for item in irtools.extract_blocks(text, lengths=block_lengths, source=f"model {name}", stride=block_stride):
        length = sum(1 for op in item.ops if op.name != "linalg.fill")
        block_name = f"{name}_block{item.op_indices[0]:03d}_{length}"
        programs.append(ImportedProgram(block_name, name, "block", item.text, item.ops, item.op_indices))

    log.info(
        "model %s: %d linalg ops, %d distinct single ops, %d blocks",
        name, len(programs[0].ops),
        sum(1 for p in programs if p.kind == "op"), sum(1 for p in programs if p.kind == "block"),
    )
    return programs


def _spread(items: list, limit: int) -> list:
    """At most `limit` items, evenly spread over the list (all of them when `limit` is 0)."""
    if limit <= 0 or len(items) <= limit:
        return items
    step = len(items) / limit
    return [items[int(index * step)] for index in range(limit)]


def _families(program: ImportedProgram) -> list[str]:
    names = [op.name.removeprefix("linalg.") for op in program.ops if op.name != "linalg.fill"]
    return list(dict.fromkeys(names))


def add_models(out: Path, models: list[str], kinds: tuple[str, ...] = ("model", "op", "block"), max_blocks: int = 0,
               max_ops: int = 0, eval_models: tuple[str, ...] = (), name: str | None = None,
               description: str = "") -> Suite:
    """Import `models` and add their programs to the suite in `out` (created when absent).

    Programs whose text equals one already in the suite (from another model) are
    skipped. Programs of `eval_models` go to the eval split, the rest to train.
    """
    from mlirrl.benchmarks.generate import make_benchmark, open_suite

    suite = open_suite(out, name, description)
    known = {hashlib.sha256(benchmark.read_text().encode()).hexdigest() for benchmark in suite}
    for model in models:
        programs = import_model(model)
        chosen = [p for p in programs if p.kind == "model" and "model" in kinds]
        chosen += _spread([p for p in programs if p.kind == "op"], max_ops) if "op" in kinds else []
        chosen += _spread([p for p in programs if p.kind == "block"], max_blocks) if "block" in kinds else []

        added = 0
        for program in chosen:
            digest = hashlib.sha256(program.text.encode()).hexdigest()
            if digest in known:
                continue
            known.add(digest)
            split = "eval" if model in eval_models else "train"
            suite.benchmarks[program.name] = make_benchmark(
                out, program.name, program.text, "imported", _families(program), split, model=model,
                keep_ops=program.kind != "model",
            )
            added += 1
        suite.save()
        log.info("suite %s: added %d programs of model %s", suite.name, added, model)
    return suite
