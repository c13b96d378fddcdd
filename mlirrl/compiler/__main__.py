"""Analyze, schedule, compile and time one MLIR file.

    python -m mlirrl.compiler matmul.mlir --schedule "op1:T(64,64,64),T(8,32,4),V"

prints the per-op analysis, the baseline time, the scheduled time, the speedup, the
verification result and the compile and run times. All MLIR work runs in the
isolated worker process, so a schedule that crashes MLIR ends in a failure message.
"""

from __future__ import annotations

import argparse
import logging
import pathlib
import sys

from mlirrl.compiler.results import EvalResult
from mlirrl.compiler.schedule import Schedule, parse_schedule, validate_schedule
from mlirrl.compiler.worker import (
    DEFAULT_COMPILE_TIMEOUT_S,
    DEFAULT_MEMORY_LIMIT_BYTES,
    DEFAULT_RUN_TIMEOUT_FLOOR_S,
    GIB,
    CompilerService,
    speedup,
)
from mlirrl.errors import MlirrlError, ScheduleError
from mlirrl.log import setup_logging

logger = logging.getLogger("mlirrl.compiler")

# Exit codes: 1 when the scheduled evaluation failed, 2 for invalid input.
EXIT_EVALUATION_FAILED = 1
EXIT_INVALID_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mlirrl.compiler",
        description="Analyze an MLIR linalg program, apply a schedule, and report verified times and the speedup.",
    )
    parser.add_argument("file", type=pathlib.Path, help="MLIR file with one function of linalg ops on tensors")
    parser.add_argument(
        "--schedule",
        help="schedule text such as 'op1:T(64,64,64),T(8,32,4),V', or a file that contains it "
        "(default: none, only the baseline is timed)",
    )

    parser.add_argument("--threads", type=int, default=1, help="threads for parallel (scf.forall) loops (default: 1)")
    parser.add_argument(
        "--no-parallel", action="store_true",
        help="lower parallel loops serially instead of through OpenMP (default: OpenMP lowering)",
    )

    parser.add_argument("--emit-ir", type=pathlib.Path, metavar="OUT", help="write the transformed IR to OUT")
    parser.add_argument("--emit-transform", type=pathlib.Path, metavar="OUT", help="write the transform script to OUT")
    parser.add_argument(
        "--cache", type=pathlib.Path, metavar="PATH",
        help="SQLite execution-time cache to read and update (default: no cache)",
    )

    parser.add_argument(
        "--compile-timeout", type=float, default=DEFAULT_COMPILE_TIMEOUT_S,
        help=f"seconds allowed for each compile phase (default: {DEFAULT_COMPILE_TIMEOUT_S:.0f})",
    )
    parser.add_argument(
        "--run-timeout", type=float, default=DEFAULT_RUN_TIMEOUT_FLOOR_S,
        help="minimum seconds allowed for the timed runs of a schedule; the limit grows with the baseline time "
        f"(default: {DEFAULT_RUN_TIMEOUT_FLOOR_S:.0f})",
    )
    parser.add_argument(
        "--memory-limit", type=float, default=DEFAULT_MEMORY_LIMIT_BYTES / GIB,
        help=f"address-space limit of the worker process in GiB; 0 disables it "
        f"(default: {DEFAULT_MEMORY_LIMIT_BYTES // GIB})",
    )

    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (repeatable)")
    return parser


def _read_schedule(text: str) -> Schedule:
    path = pathlib.Path(text)
    if "(" not in text and path.is_file():
        text = path.read_text()
    return parse_schedule(text)


def _format_time(result: EvalResult) -> str:
    if result.ok and result.time_ns is not None:
        return f"{result.time_ns / 1e6:.4f} ms"
    kind = result.failure.value if result.failure is not None else "unknown"
    return f"FAILED ({kind}): {result.message}"


def _print_analysis(program) -> None:
    print(f"program {program.name} ({program.source}), fingerprint {program.fingerprint}")
    for op in program.info.ops:
        counts = ", ".join(f"{name}={count}" for name, count in op.op_counts.items() if count)
        producers = ", ".join(f"{tag} (operand {operand})" for tag, operand in op.producers) or "none"
        print(f"  {op.tag}: {op.name}")
        print(f"    loop ranges:    {list(op.loop_ranges)}")
        print(f"    iterator types: {list(op.iterator_types)}")
        print(f"    op counts:      {counts or 'none'}")
        print(f"    producers:      {producers}")
        print(f"    vectorizable:   {op.vectorizable}")


def _print_result(label: str, result: EvalResult) -> None:
    print(f"{label}: {_format_time(result)}")
    cached = " (from cache)" if result.cache_hit else ""
    print(f"  compile {result.compile_s:.3f} s, run {result.run_s:.3f} s{cached}")


def run(args: argparse.Namespace) -> int:
    schedule = _read_schedule(args.schedule) if args.schedule else Schedule()
    memory_limit = int(args.memory_limit * GIB) if args.memory_limit > 0 else None

    with CompilerService(
        cache_path=args.cache,
        threads=args.threads,
        parallel=not args.no_parallel,
        compile_timeout_s=args.compile_timeout,
        run_timeout_floor_s=args.run_timeout,
        memory_limit_bytes=memory_limit,
    ) as service:
        program = service.load_file(args.file)
        _print_analysis(program)
        validate_schedule(schedule, program.info)

        if args.emit_transform:
            args.emit_transform.write_text(service.transform_script(program, schedule))
            print(f"transform script written to {args.emit_transform}")
        if args.emit_ir:
            args.emit_ir.write_text(service.transformed_ir(program, schedule))
            print(f"transformed IR written to {args.emit_ir}")

        base = service.baseline(program)
        _print_result("baseline", base)
        if not base.ok:
            return EXIT_EVALUATION_FAILED
        if schedule.is_empty:
            return 0

        print(f"schedule: {schedule}")
        result = service.evaluate(program, schedule)
        _print_result("scheduled", result)
        if not result.ok:
            return EXIT_EVALUATION_FAILED
        print(f"verification: {'passed' if result.verified else 'not checked'}")
        ratio = speedup(base, result)
        print(f"speedup: {ratio:.2f}x" if ratio is not None else "speedup: unavailable")
        logger.debug("service stats: %s", service.stats())
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    if args.threads < 1:
        print(f"error: --threads must be at least 1, got {args.threads}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    try:
        return run(args)
    except ScheduleError as exc:
        print(f"error: invalid schedule: {exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except MlirrlError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT


if __name__ == "__main__":
    sys.exit(main())
