"""Draw random benchmarks from shape pools and write them as a suite.

The `paper` pool is the one of the MLIR-RL dataset generator (arXiv 2409.11068):
batch {128, 256}, sizes {128 .. 3072}, heights {7 .. 240}, channels {32 .. 512},
kernels {1, 3, 7}, strides {1, 2}, padding 0, with shapes redrawn until the
iteration space is below 1e9. The `small` pool scales everything down for machines
with a few cores: its cap of 1e7 iterations keeps most untransformed baselines
under about 20 ms (an estimate from a 2-core x86 machine, about 1 GFLOP/s untransformed).
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from pathlib import Path

from mlirrl.benchmarks import irtools
from mlirrl.benchmarks.emit import program_text
from mlirrl.benchmarks.names import (
    Add, Conv2d, Matmul, OpSpec, Pooling, Relu, Sequence, Step, not_generatable_reason, out_size, parse_name,
)
from mlirrl.benchmarks.suite import Benchmark, Suite
from mlirrl.errors import SuiteError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShapePool:
    """Values that random shapes are drawn from; `max_iterations` caps the iteration space."""

    batch: tuple[int, ...]
    sizes: tuple[int, ...]
    heights: tuple[int, ...]
    channels: tuple[int, ...]
    kernels: tuple[int, ...]
    strides: tuple[int, ...]
    max_iterations: int


POOLS = {
    "paper": ShapePool(
        batch=(128, 256),
        sizes=(128, 256, 512, 768, 1024, 1536, 2048, 3072),
        heights=(7, 14, 15, 28, 56, 112, 120, 130, 150, 224, 228, 240),
        channels=(32, 48, 64, 96, 128, 192, 240, 256, 288, 384, 512),
        kernels=(1, 3, 7),
        strides=(1, 2),
        max_iterations=10**9,
    ),
    "small": ShapePool(
        batch=(1, 2, 4, 8),
        sizes=(16, 32, 48, 64, 96, 128, 192, 256),
        heights=(7, 8, 14, 15, 16, 28, 32),
        channels=(4, 8, 16, 24, 32, 48, 64),
        kernels=(1, 3, 7),
        strides=(1, 2),
        max_iterations=10**7,
    ),
}

# Relative frequency of single-op families: the op counts of the MLIR-RL training set
# (matmul 187, conv 278, max pooling 250, add 271, ReLU 149).
FAMILY_WEIGHTS = {"matmul": 187, "conv_2d": 278, "pooling": 250, "add": 271, "relu": 149}

_STEPS_4D = ("conv_2d", "pooling", "add", "relu", "sigmoid", "softmax")
_STEPS_2D = ("matmul", "add", "relu", "sigmoid", "softmax")
_MAX_DRAWS = 1000


def draw_op(family: str, pool: ShapePool, rng: random.Random) -> OpSpec:
    """Draw one single-op specification of `family` under the pool's iteration cap."""
    for _ in range(_MAX_DRAWS):
        spec = _draw_op_once(family, pool, rng)
        if spec is not None and spec.iterations < pool.max_iterations:
            return spec
    raise SuiteError(f"no {family} shape under {pool.max_iterations} iterations after {_MAX_DRAWS} draws")


def _draw_op_once(family: str, pool: ShapePool, rng: random.Random) -> OpSpec | None:
    if family == "matmul":
        return Matmul(rng.choice(pool.sizes), rng.choice(pool.sizes), rng.choice(pool.sizes))
    if family in ("conv_2d", "pooling"):
        n, c, h = rng.choice(pool.batch), rng.choice(pool.channels), rng.choice(pool.heights)
        kernel, stride = rng.choice(pool.kernels), rng.choice(pool.strides)
        if kernel > h:
            return None
        o = out_size(h, kernel, stride)
        if family == "conv_2d":
            return Conv2d(n, c, h, h, rng.choice(pool.channels), kernel, kernel, o, o)
        spec = Pooling(n, c, h, h, kernel, o, o)
        # A name cannot tell stride 2 from stride 1 when both give the same output size.
        return spec if spec.strides == (stride, stride) else None
    if family == "add":
        return Add(tuple(rng.choice(pool.heights) for _ in range(4)))
    if family == "relu":
        n = rng.choice(pool.batch)
        if rng.random() < 0.25:
            return Relu((n, rng.choice(pool.sizes)))
        width = rng.choice(pool.heights)
        return Relu((n, rng.choice(pool.channels), width, width))
    raise SuiteError(f"unknown family {family!r}; choose from {', '.join(FAMILY_WEIGHTS)}")


def draw_sequence(pool: ShapePool, rng: random.Random, length: int) -> Sequence:
    """Draw a chain of `length` ops, each consuming the previous output, under the iteration cap."""
    for _ in range(_MAX_DRAWS):
        if rng.random() < 0.5:
            n, c, h = rng.choice(pool.batch), rng.choice(pool.channels), rng.choice(pool.heights)
            shape: tuple[int, ...] = (n, c, h, h)
            choices = _STEPS_4D
        else:
            shape = (rng.choice(pool.batch) * rng.choice((1, 16)), rng.choice(pool.sizes))
            choices = _STEPS_2D

        steps: list[Step] = []
        current = shape
        while len(steps) < length:
            step = _draw_step(rng.choice(choices), current, pool, rng)
            if step is None:
                break
            steps.append(step)
            current = step.output_shape(current)
        if len(steps) < length:
            continue
        sequence = Sequence(shape, tuple(steps))
        if sequence.iterations < pool.max_iterations:
            return sequence
    raise SuiteError(f"no sequence of length {length} under {pool.max_iterations} iterations after {_MAX_DRAWS} draws")


def _draw_step(family: str, shape: tuple[int, ...], pool: ShapePool, rng: random.Random) -> Step | None:
    if family == "matmul":
        return Step("matmul", size=rng.choice(pool.sizes))
    if family in ("conv_2d", "pooling"):
        kernel, stride = rng.choice(pool.kernels), rng.choice(pool.strides)
        if kernel > shape[2] or (kernel == shape[2] and stride > 1):
            return None
        size = rng.choice(pool.channels) if family == "conv_2d" else 0
        return Step(family, size=size, kernel=kernel, stride=stride)
    return Step(family)


def spec_families(spec: OpSpec) -> list[str]:
    if isinstance(spec, Sequence):
        return list(dict.fromkeys(spec.families))
    return [spec.family]


def make_benchmark(root: Path, name: str, text: str, source: str, families: list[str], split: str,
                   model: str | None = None, keep_ops: bool = False) -> Benchmark:
    """Write `<root>/<name>.mlir` and describe it for the manifest (parses the text with MLIR)."""
    path = root / f"{name}.mlir"
    root.mkdir(parents=True, exist_ok=True)
    facts = irtools.program_facts(text, source=str(path))
    path.write_text(text)
    return Benchmark(
        name=name,
        path=path,
        source=source,
        families=families,
        shapes={"inputs": facts.inputs, "output": facts.outputs[0] if len(facts.outputs) == 1 else facts.outputs},
        element_type=facts.element_type,
        flops=sum(op.flops for op in facts.ops),
        split=split,
        loops=[len(op.loop_ranges) for op in facts.ops],
        model=model,
        ops=[op.to_dict() for op in facts.ops] if keep_ops else [],
    )


def open_suite(out: Path, name: str | None, description: str) -> Suite:
    """Return the suite in `out` when it has a manifest (new benchmarks are added to it), else an empty one."""
    if (out / "suite.json").is_file():
        suite = Suite.load(out)
        if description:
            suite.description = description
        return suite
    return Suite(out, name or out.name, {}, description)


def generate_random(out: Path, size: int, pool_name: str = "small", element_type: str = "f32", seed: int = 0,
                    sequence_fraction: float = 0.25, eval_fraction: float = 0.0, lengths: tuple[int, int] = (2, 5),
                    name: str | None = None, description: str = "") -> Suite:
    """Draw `size` distinct benchmarks (single ops and sequences) and add them to the suite in `out`.

    Names encode shapes, so distinct names are distinct shapes; benchmarks are then
    put in the eval split at random with probability `eval_fraction`.
    """
    if pool_name not in POOLS:
        raise SuiteError(f"unknown shape pool {pool_name!r}; choose from {', '.join(POOLS)}")
    pool = POOLS[pool_name]
    rng = random.Random(seed)
    suite = open_suite(out, name, description)

    specs: dict[str, OpSpec] = {}
    families = list(FAMILY_WEIGHTS)
    weights = [FAMILY_WEIGHTS[family] for family in families]
    attempts = 0
    while len(specs) < size:
        attempts += 1
        if attempts > 50 * size + 100:
            raise SuiteError(f"pool {pool_name!r} has too few distinct shapes for {size} benchmarks")
        if rng.random() < sequence_fraction:
            spec: OpSpec = draw_sequence(pool, rng, rng.randint(*lengths))
        else:
            spec = draw_op(rng.choices(families, weights)[0], pool, rng)
        if spec.name not in suite and spec.name not in specs:
            specs[spec.name] = spec

    for spec_name, spec in specs.items():
        split = "eval" if rng.random() < eval_fraction else "train"
        text = program_text(spec, element_type)
        suite.benchmarks[spec_name] = make_benchmark(out, spec_name, text, "generated", spec_families(spec), split)
    suite.save()
    log.info("suite %s: added %d generated benchmarks (pool %s, %s) in %s", suite.name, len(specs), pool_name, element_type, out)
    return suite


def generate_names(out: Path, names: list[str], element_type: str = "f32", split: str = "train",
                   name: str | None = None, description: str = "") -> tuple[Suite, dict[str, str]]:
    """Regenerate every benchmark name that encodes its shapes; return the suite and {skipped name: reason}."""
    suite = open_suite(out, name, description)
    skipped: dict[str, str] = {}
    for benchmark_name in names:
        reason = not_generatable_reason(benchmark_name)
        if reason:
            skipped[benchmark_name] = reason
            continue
        try:
            spec = parse_name(benchmark_name)
        except SuiteError as error:
            skipped[benchmark_name] = str(error)
            continue
        text = program_text(spec, element_type)
        suite.benchmarks[benchmark_name] = make_benchmark(
            out, benchmark_name, text, "generated", spec_families(spec), split
        )
    suite.save()
    return suite, skipped
