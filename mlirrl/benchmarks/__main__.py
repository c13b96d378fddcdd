"""Command line of the benchmark suites: generate, import, baseline, list.

    python -m mlirrl.benchmarks generate --out DIR [--suite-size N] [--pool paper|small] [--dtype f32|f64]
    python -m mlirrl.benchmarks generate --out DIR --names FILE.json
    python -m mlirrl.benchmarks import --out DIR [--models bert resnet ...]
    python -m mlirrl.benchmarks baseline SUITE [--threads N]
    python -m mlirrl.benchmarks list SUITE
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from mlirrl.errors import MlirrlError, SuiteError
from mlirrl.log import setup_logging

log = logging.getLogger("mlirrl.benchmarks")


def _generate(args: argparse.Namespace) -> int:
    from mlirrl.benchmarks.generate import generate_names, generate_random

    out = Path(args.out)
    if args.names:
        try:
            names = list(json.loads(Path(args.names).read_text()))
        except (OSError, json.JSONDecodeError) as error:
            raise SuiteError(f"{args.names}: cannot read a JSON object of benchmark names: {error}") from None
        suite, skipped = generate_names(out, names, args.dtype, args.split, args.name, args.description)
        generated = len(names) - len(skipped)
        print(f"generated {generated} of {len(names)} names into {out}")
        if skipped:
            print(f"not generatable ({len(skipped)}):")
            for name, reason in skipped.items():
                print(f"  {name}: {reason}")
        return 0

    suite = generate_random(
        out, args.suite_size, args.pool, args.dtype, args.seed, args.sequence_fraction, args.eval_fraction,
        (args.min_length, args.max_length), args.name, args.description,
    )
    print(f"suite {suite.name}: {len(suite)} benchmarks in {out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from mlirrl.benchmarks.importer import add_models

    suite = add_models(
        Path(args.out), args.models, kinds=tuple(args.kinds), max_blocks=args.max_blocks, max_ops=args.max_ops,
        eval_models=tuple(args.eval_models), name=args.name, description=args.description,
    )
    print(f"suite {suite.name}: {len(suite)} benchmarks in {args.out}")
    return 0


def _baseline(args: argparse.Namespace) -> int:
    from mlirrl.benchmarks.baseline import measure_suite
    from mlirrl.benchmarks.suite import Suite

    suite = Suite.load(args.suite)
    if not suite.has_manifest:
        suite.save()
    counts = measure_suite(
        suite, threads=args.threads, force=args.force, mlir=not args.torch_only, torch_time=not args.mlir_only,
        names=args.only or None,
    )
    print(
        f"suite {suite.name}: measured {counts['measured']}, skipped {counts['skipped']} (already measured), "
        f"MLIR failures {counts['mlir_failed']}, no PyTorch time {counts['torch_missing']}; results in {suite.root / 'suite.json'}"
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from mlirrl.benchmarks.listing import suite_table
    from mlirrl.benchmarks.suite import Suite

    print(suite_table(Suite.load(args.suite), split=args.split))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from mlirrl.benchmarks.generate import POOLS

    parser = argparse.ArgumentParser(prog="python -m mlirrl.benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (repeat for debug)")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="draw random benchmarks, or regenerate names, into a suite folder")
    generate.add_argument("--out", required=True, help="suite folder; benchmarks are added to its suite.json when it exists")
    generate.add_argument("--suite-size", type=int, default=100, help="number of distinct benchmarks to draw (default 100)")
    generate.add_argument("--pool", choices=sorted(POOLS), default="small",
                          help="shape pool: 'paper' (MLIR-RL sizes, under 1e9 iterations) or 'small' (under 1e7; default)")
    generate.add_argument("--dtype", choices=("f32", "f64"), default="f32", help="element type (default f32)")
    generate.add_argument("--names", help="JSON object whose keys are benchmark names to regenerate, e.g. {name: baseline ns}")
    generate.add_argument("--split", choices=("train", "eval"), default="train", help="split of --names benchmarks (default train)")
    generate.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    generate.add_argument("--sequence-fraction", type=float, default=0.25,
                          help="fraction of drawn benchmarks that are op sequences (default 0.25)")
    generate.add_argument("--min-length", type=int, default=2, help="minimum ops per sequence (default 2)")
    generate.add_argument("--max-length", type=int, default=5, help="maximum ops per sequence (default 5)")
    generate.add_argument("--eval-fraction", type=float, default=0.0,
                          help="probability that a drawn benchmark goes to the eval split (default 0)")
    generate.add_argument("--name", help="suite name stored in the manifest (default: the folder name)")
    generate.add_argument("--description", default="", help="suite description stored in the manifest")
    generate.set_defaults(run=_generate)

    importing = commands.add_parser("import", help="export networks to linalg and cut them into benchmarks")
    from mlirrl.benchmarks.models import MODELS

    importing.add_argument("--out", required=True, help="suite folder; benchmarks are added to its suite.json when it exists")
    importing.add_argument("--models", nargs="+", choices=sorted(MODELS), default=sorted(MODELS), help="models to import (default all)")
    importing.add_argument("--kinds", nargs="+", choices=("model", "op", "block"), default=["model", "op", "block"],
                           help="what to write: whole models, single ops, op blocks (default all three)")
    importing.add_argument("--max-ops", type=int, default=0, help="at most this many single ops per model, evenly spread (0: all)")
    importing.add_argument("--max-blocks", type=int, default=0, help="at most this many blocks per model, evenly spread (0: all)")
    importing.add_argument("--eval-models", nargs="*", default=[], help="models whose programs go to the eval split")
    importing.add_argument("--name", help="suite name stored in the manifest (default: the folder name)")
    importing.add_argument("--description", default="", help="suite description stored in the manifest")
    importing.set_defaults(run=_import)

    baseline = commands.add_parser("baseline", help="measure untransformed MLIR and PyTorch eager times into suite.json")
    baseline.add_argument("suite", help="bundled suite name or suite folder")
    baseline.add_argument("--threads", type=int, default=1, help="threads for MLIR (OpenMP) and PyTorch (default 1)")
    baseline.add_argument("--force", action="store_true", help="measure again benchmarks already measured on this host")
    baseline.add_argument("--mlir-only", action="store_true", help="skip the PyTorch times")
    baseline.add_argument("--torch-only", action="store_true", help="skip the MLIR times")
    baseline.add_argument("--only", nargs="*", help="measure only these benchmark names")
    baseline.set_defaults(run=_baseline)

    listing = commands.add_parser("list", help="print a table of a suite's benchmarks and baselines")
    listing.add_argument("suite", help="bundled suite name or suite folder")
    listing.add_argument("--split", choices=("train", "eval"), help="show only one split")
    listing.set_defaults(run=_list)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    try:
        return args.run(args)
    except MlirrlError as error:
        log.error("%s", error)
        return 2


if __name__ == "__main__":
    sys.exit(main())
