"""The benchmarks an environment draws its episodes from: a suite split, a list of
MLIR files or ready `Program` objects. Programs are loaded on first use and kept."""

from __future__ import annotations

import logging
import pathlib
from dataclasses import dataclass
from typing import Any, Callable

from mlirrl.compiler.program import Program
from mlirrl.errors import ConfigError

logger = logging.getLogger(__name__)


@dataclass
class Benchmark:
    """One benchmark: a name, where its program comes from, and suite metadata."""

    name: str
    path: str | None = None
    program: Program | None = None
    family: str = ""
    torch_ns: float | None = None


def _family_from_name(name: str) -> str:
    return name.split("_", 1)[0]


def benchmarks_from_options(suite: str | None, split: str, files: list[str] | None,
                            programs: list[Program] | None) -> list[Benchmark]:
    """List the benchmarks named by the env options: `programs`, else `files`, else the suite split."""
    if programs:
        return [Benchmark(p.name, program=p, family=_family_from_name(p.name)) for p in programs]
    if files:
        out = []
        for path in files:
            path = pathlib.Path(path)
            if not path.is_file():
                raise ConfigError(f"benchmark file {path} not found")
            out.append(Benchmark(path.stem, path=str(path), family=_family_from_name(path.stem)))
        return out
    return _suite_benchmarks(suite, split)


def _suite_benchmarks(suite: str, split: str) -> list[Benchmark]:
    from mlirrl.benchmarks.suite import Suite

    loaded = Suite.load(suite)
    entries = list(loaded) if split == "all" else loaded.split(split)
    out = [
        Benchmark(entry.name, path=str(entry.path), family=_suite_family(entry), torch_ns=entry.torch_ns)
        for entry in entries
    ]
    if not out:
        raise ConfigError(f"suite {suite} has no benchmarks in split {split!r}; use split 'all' or another suite")
    return out


def _suite_family(entry: Any) -> str:
    """Return the family of a suite benchmark: its model, its one op family, or "sequence"."""
    if entry.model:
        return entry.model
    if len(entry.families) == 1:
        return entry.families[0]
    return "sequence"


class BenchmarkSet:
    """Benchmarks by name, with their programs loaded on first use through `loader`
    (a function from a file path to a Program)."""

    def __init__(self, benchmarks: list[Benchmark]) -> None:
        if not benchmarks:
            raise ConfigError("the environment has no benchmarks")
        self.by_name = {b.name: b for b in benchmarks}
        if len(self.by_name) != len(benchmarks):
            raise ConfigError("benchmark names must be unique")
        self.names = [b.name for b in benchmarks]

    def get(self, name: str) -> Benchmark:
        try:
            return self.by_name[name]
        except KeyError:
            shown = ", ".join(self.names[:10]) + (", ..." if len(self.names) > 10 else "")
            raise ConfigError(f"benchmark {name!r} not found; known benchmarks: {shown}") from None

    def program(self, name: str, loader: Callable[[str], Program] | None) -> Program:
        benchmark = self.get(name)
        if benchmark.program is None:
            if loader is None:
                raise ConfigError(f"benchmark {name} has no program and the evaluator cannot load files")
            benchmark.program = loader(benchmark.path)
        return benchmark.program

    def __len__(self) -> int:
        return len(self.names)

    def describe(self) -> dict[str, Any]:
        return {"benchmarks": len(self.names), "loaded": sum(b.program is not None for b in self.by_name.values())}
