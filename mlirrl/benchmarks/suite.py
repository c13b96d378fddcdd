"""Benchmark suites: a folder of `.mlir` programs plus a `suite.json` manifest.

The manifest maps each benchmark name to its facts:

    {
      "format": 1,
      "name": "tiny",
      "description": "...",
      "benchmarks": {
        "matmul_64_64_64": {
          "file": "matmul_64_64_64.mlir",
          "source": "generated",            # generated | imported | user | upstream
          "model": null,                    # network name for imported programs
          "families": ["matmul"],
          "shapes": {"inputs": [[64, 64], [64, 64]], "output": [64, 64]},
          "element_type": "f32",
          "flops": 524288,                  # body arithmetic ops times iterations, all linalg ops
          "loops": [2, 3],                  # loop count of each linalg op, in program order
          "split": "train",                 # train | eval
          "baselines": {                    # null until `python -m mlirrl.benchmarks baseline` ran
            "mlir_ns": 81234.0, "torch_ns": 10321.0, "host": "...", "date": "...", "threads": 1
          }
        }
      }
    }

A folder without `suite.json` (for example a folder of MLIR-RL files, whose `@main`
calls `nanoTime`) also loads: names come from the file names, shapes and families
from names that follow the naming scheme of `mlirrl.benchmarks.names`, and every
benchmark is in the train split.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlirrl.benchmarks.names import Sequence, parse_name
from mlirrl.errors import SuiteError

log = logging.getLogger(__name__)

MANIFEST = "suite.json"
FORMAT_VERSION = 1
BUNDLED_ROOT = Path(__file__).resolve().parent / "suites"

SPLITS = ("train", "eval")
SOURCES = ("generated", "imported", "user", "upstream")
REQUIRED_FIELDS = ("file", "source", "families", "shapes", "element_type", "flops", "split")
BASELINE_FIELDS = ("mlir_ns", "torch_ns", "host", "date", "threads")


@dataclass
class Benchmark:
    """One program of a suite and its manifest entry."""

    name: str
    path: Path
    source: str
    families: list[str]
    shapes: dict[str, Any]
    element_type: str
    flops: int | None
    split: str
    loops: list[int] = field(default_factory=list)
    model: str | None = None
    ops: list[dict[str, Any]] = field(default_factory=list)
    baselines: dict[str, Any] | None = None

    def read_text(self) -> str:
        return self.path.read_text()

    @property
    def mlir_ns(self) -> float | None:
        return (self.baselines or {}).get("mlir_ns")

    @property
    def torch_ns(self) -> float | None:
        return (self.baselines or {}).get("torch_ns")

    def to_entry(self) -> dict[str, Any]:
        """Manifest entry of this benchmark (the file name is relative to the suite folder)."""
        entry: dict[str, Any] = {
            "file": self.path.name,
            "source": self.source,
            "families": self.families,
            "shapes": self.shapes,
            "element_type": self.element_type,
            "flops": self.flops,
            "loops": self.loops,
            "split": self.split,
            "baselines": self.baselines,
        }
        if self.model:
            entry["model"] = self.model
        if self.ops:
            entry["ops"] = self.ops
        return entry


def _validate_entry(name: str, entry: Any, manifest_path: Path) -> None:
    where = f"{manifest_path}: benchmark {name!r}"
    if not isinstance(entry, dict):
        raise SuiteError(f"{where}: the entry must be a JSON object, got {type(entry).__name__}")
    missing = [key for key in REQUIRED_FIELDS if key not in entry]
    if missing:
        raise SuiteError(f"{where}: missing field(s) {', '.join(missing)}; required fields are {', '.join(REQUIRED_FIELDS)}")
    if entry["split"] not in SPLITS:
        raise SuiteError(f"{where}: split must be one of {SPLITS}, got {entry['split']!r}")
    if entry["source"] not in SOURCES:
        raise SuiteError(f"{where}: source must be one of {SOURCES}, got {entry['source']!r}")
    if not isinstance(entry["families"], list) or not all(isinstance(item, str) for item in entry["families"]):
        raise SuiteError(f"{where}: families must be a list of strings")
    if not isinstance(entry["shapes"], dict):
        raise SuiteError(f"{where}: shapes must be an object like {{\"inputs\": [[64, 64]], \"output\": [64, 64]}}")
    if entry["flops"] is not None and (not isinstance(entry["flops"], int) or entry["flops"] < 0):
        raise SuiteError(f"{where}: flops must be a non-negative integer or null, got {entry['flops']!r}")
    baselines = entry.get("baselines")
    if baselines is not None:
        if not isinstance(baselines, dict):
            raise SuiteError(f"{where}: baselines must be an object or null")
        absent = [key for key in BASELINE_FIELDS if key not in baselines]
        if absent:
            raise SuiteError(f"{where}: baselines lack field(s) {', '.join(absent)}; rerun `python -m mlirrl.benchmarks baseline`")


class Suite:
    """A named set of benchmarks loaded from a folder.

    Load a bundled suite by name (`Suite.load("tiny")`) or any folder by path.
    Iterating yields `Benchmark`s in manifest order.
    """

    def __init__(self, root: Path, name: str, benchmarks: dict[str, Benchmark], description: str = "",
                 has_manifest: bool = True) -> None:
        self.root = root
        self.name = name
        self.description = description
        self.benchmarks = benchmarks
        self.has_manifest = has_manifest

    @staticmethod
    def bundled() -> list[str]:
        """Names of the suites shipped in the package."""
        if not BUNDLED_ROOT.is_dir():
            return []
        return sorted(path.name for path in BUNDLED_ROOT.iterdir() if (path / MANIFEST).is_file())

    @classmethod
    def load(cls, name_or_path: str | os.PathLike) -> Suite:
        """Load a bundled suite by name, or the suite in a folder (or a `suite.json` path).

        Raises SuiteError when the folder does not exist, a manifest entry misses a
        required field, or a listed file is missing.
        """
        candidate = Path(name_or_path)
        if candidate.name == MANIFEST and candidate.is_file():
            candidate = candidate.parent
        if not candidate.is_dir():
            bundled = BUNDLED_ROOT / str(name_or_path)
            if bundled.is_dir():
                candidate = bundled
            else:
                raise SuiteError(
                    f"suite {str(name_or_path)!r} not found: it is neither a folder nor a bundled suite "
                    f"(bundled: {', '.join(cls.bundled()) or 'none'})"
                )
        manifest_path = candidate / MANIFEST
        if manifest_path.is_file():
            return cls._from_manifest(candidate, manifest_path)
        return cls._from_folder(candidate)

    @classmethod
    def _from_manifest(cls, root: Path, manifest_path: Path) -> Suite:
        try:
            manifest = json.loads(manifest_path.read_text())
        except json.JSONDecodeError as error:
            raise SuiteError(f"{manifest_path}: invalid JSON: {error}") from None
        if not isinstance(manifest, dict) or not isinstance(manifest.get("benchmarks"), dict):
            raise SuiteError(f"{manifest_path}: missing field 'benchmarks' (an object from benchmark name to entry)")
        if manifest.get("format", FORMAT_VERSION) != FORMAT_VERSION:
            raise SuiteError(f"{manifest_path}: format {manifest.get('format')!r} is not supported (expected {FORMAT_VERSION})")

        benchmarks = {}
        for name, entry in manifest["benchmarks"].items():
            _validate_entry(name, entry, manifest_path)
            path = root / entry["file"]
            if not path.is_file():
                raise SuiteError(f"{manifest_path}: benchmark {name!r}: file {path} not found")
            benchmarks[name] = Benchmark(
                name=name,
                path=path,
                source=entry["source"],
                families=list(entry["families"]),
                shapes=entry["shapes"],
                element_type=entry["element_type"],
                flops=entry["flops"],
                split=entry["split"],
                loops=list(entry.get("loops") or []),
                model=entry.get("model"),
                ops=list(entry.get("ops") or []),
                baselines=entry.get("baselines"),
            )
        return cls(root, manifest.get("name", root.name), benchmarks, manifest.get("description", ""))

    @classmethod
    def _from_folder(cls, root: Path) -> Suite:
        files = sorted(root.glob("*.mlir"))
        if not files:
            raise SuiteError(f"{root}: no {MANIFEST} and no .mlir files; generate a suite with `python -m mlirrl.benchmarks generate`")
        benchmarks = {path.stem: _infer_benchmark(path) for path in files}
        return cls(root, root.name, benchmarks, f"folder {root} without manifest", has_manifest=False)

    def __iter__(self) -> Iterator[Benchmark]:
        return iter(self.benchmarks.values())

    def __len__(self) -> int:
        return len(self.benchmarks)

    def __getitem__(self, name: str) -> Benchmark:
        try:
            return self.benchmarks[name]
        except KeyError:
            raise SuiteError(f"suite {self.name!r} has no benchmark {name!r}") from None

    def __contains__(self, name: object) -> bool:
        return name in self.benchmarks

    @property
    def names(self) -> list[str]:
        return list(self.benchmarks)

    def split(self, which: str) -> list[Benchmark]:
        """Benchmarks of the `train` or `eval` split."""
        if which not in SPLITS:
            raise SuiteError(f"split must be one of {SPLITS}, got {which!r}")
        return [benchmark for benchmark in self if benchmark.split == which]

    def to_manifest(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "name": self.name,
            "description": self.description,
            "benchmarks": {benchmark.name: benchmark.to_entry() for benchmark in self},
        }

    def save(self) -> Path:
        """Write `suite.json` atomically (temporary file, then rename), so a reader never sees half a file."""
        path = self.root / MANIFEST
        write_json_atomic(path, self.to_manifest())
        self.has_manifest = True
        return path


def manifest_text(manifest: dict[str, Any]) -> str:
    """JSON text of a manifest with one line per benchmark, so that diffs stay readable."""
    lines = ["{"]
    for key, value in manifest.items():
        if key != "benchmarks":
            lines.append(f"  {json.dumps(key)}: {json.dumps(value)},")
    entries = [f"    {json.dumps(name)}: {json.dumps(entry)}" for name, entry in manifest["benchmarks"].items()]
    lines.append('  "benchmarks": {')
    lines.append(",\n".join(entries))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON through a temporary file and a rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = manifest_text(data) if isinstance(data, dict) and "benchmarks" in data else json.dumps(data, indent=1) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp creates the file readable by its owner only
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_ELEMENT_TYPE = re.compile(r"tensor<[0-9x?]*x(f16|bf16|f32|f64|i32|i64)>")
_LINALG_OP = re.compile(r"linalg\.([a-z_0-9]+)")


def _infer_benchmark(path: Path) -> Benchmark:
    """Guess a manifest entry from a file: shapes from a parseable name, else families from the text."""
    # A file that is not UTF-8 still gets an entry; loading it later reports the error.
    text = path.read_text(errors="replace")
    upstream = "nanoTime" in text
    element = _ELEMENT_TYPE.search(text)
    try:
        spec = parse_name(path.stem)
    except SuiteError:
        spec = None

    if spec is not None:
        families = spec.families if isinstance(spec, Sequence) else [spec.family]
        shapes = {"output": list(spec.output_shape)}
        flops = None
    else:
        ignored = {"yield", "index", "fill"}
        families = sorted({name for name in _LINALG_OP.findall(text) if name not in ignored})
        shapes = {}
        flops = None

    return Benchmark(
        name=path.stem,
        path=path,
        source="upstream" if upstream else "user",
        families=list(dict.fromkeys(families)),
        shapes=shapes,
        element_type=element.group(1) if element else "unknown",
        flops=flops,
        split="train",
    )
