"""Benchmark suites: file format, generators, the torch/transformers importer and baselines.

Public API:

- `Suite.load(name_or_path)`, `Suite.bundled()`, iteration, `suite[name]`, `suite.split("train" | "eval")`;
- `Benchmark`: one program and its manifest entry (`path`, `families`, `shapes`, `flops`, `baselines`);
- `parse_name(name)` -> op specification, `program_text(spec, element_type)` -> MLIR text.

Command line: `python -m mlirrl.benchmarks {generate,import,baseline,list}`.
"""

from mlirrl.benchmarks.emit import program_text
from mlirrl.benchmarks.names import parse_name
from mlirrl.benchmarks.suite import Benchmark, Suite

__all__ = ["Benchmark", "Suite", "parse_name", "program_text"]
