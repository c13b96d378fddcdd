"""Compile, verify and time kernels in this process: transform, lower, JIT, run.

`Evaluator` parses the kernel text, applies a transform script and appends an in-IR
timing wrapper. It lowers the module to the LLVM dialect, with OpenMP when the
schedule made `scf.forall` loops and more than one thread is requested, and serially
otherwise. It JIT-compiles the result at O3 and runs it on deterministic random
inputs. Outputs are checked against the untransformed program's outputs before the
time counts.

Everything here runs MLIR in the calling process, and a bad schedule can abort or
crash it (the schedule model rejects the known cases). The RL environment calls it
through the worker process in `mlirrl.compiler.worker`.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import math
import os
import statistics
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, ContextManager

import numpy as np

from mlirrl.compiler.program import Program, TensorSpec
from mlirrl.compiler.results import EvalResult, FailureKind
from mlirrl.compiler.schedule import Schedule
from mlirrl.compiler.transforms import KERNEL_FUNCTION, transform_script
from mlirrl.errors import CompileError, ScheduleError

logger = logging.getLogger(__name__)

BENCH_FUNCTION = "mlirrl_bench"

# Install path of the LLVM OpenMP runtime from Debian's libomp5 package. LLVM emits
# `__kmpc_*` calls, which GNU libgomp does not provide.
DEFAULT_OPENMP_LIBRARY = "/usr/lib/x86_64-linux-gnu/libomp.so.5"
OPENMP_LIBRARY_ENV = "MLIRRL_OPENMP_LIBRARY"

# One-shot bufferization writes straight into the caller's buffers (kernel form:
# memref arguments wrapped in restrict to_tensor), and the buffer-deallocation
# pipeline removes the self-copies that would block accumulator hoisting.
_BUFFERIZE_PASSES = (
    "one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map}",
    "buffer-deallocation-pipeline",
    "canonicalize",
    "cse",
    "convert-bufferization-to-memref",
    "func.func(lower-vector-mask,lower-vector-multi-reduction{lowering-strategy=inner-parallel})",
    "convert-linalg-to-loops",
    "scf-forall-to-parallel",
)

# The default `dot` contraction lowering is about 14x slower than `outerproduct` on
# register tiles and takes minutes to compile on large contracts.
_VECTOR_TO_LLVM = "convert-vector-to-llvm{vector-contract-lowering=outerproduct vector-transpose-lowering=shuffle1d}"

_TO_LLVM_PASSES = (
    "convert-math-to-llvm",
    "convert-math-to-libm",
    "convert-arith-to-llvm",
    "convert-index-to-llvm",
    "convert-ub-to-llvm",
    "convert-func-to-llvm",
    "convert-cf-to-llvm",
)

SERIAL_PIPELINE = "builtin.module(" + ",".join(
    _BUFFERIZE_PASSES
    + (
        "convert-vector-to-scf{full-unroll}",
        "lower-affine",
        "convert-scf-to-cf",
        "expand-strided-metadata",
        "lower-affine",
        _VECTOR_TO_LLVM,
        "finalize-memref-to-llvm",
    )
    + _TO_LLVM_PASSES
    + ("reconcile-unrealized-casts",)
) + ")"


def openmp_pipeline(threads: int) -> str:
    """Return the lowering pipeline that runs `scf.forall` loops on `threads` OpenMP threads.

    `convert-scf-to-openmp` handles only scf.parallel, so it follows
    scf-forall-to-parallel. It wraps loop bodies in `memref.alloca_scope`, whose region
    must keep a single block, so memrefs are lowered before scf is lowered to cf.
    """
    passes = _BUFFERIZE_PASSES + (
        f"convert-scf-to-openmp{{num-threads={int(threads)}}}",
        "convert-vector-to-scf{full-unroll}",
        "lower-affine",
        "expand-strided-metadata",
        "lower-affine",
        "finalize-memref-to-llvm",
        "convert-scf-to-cf",
        _VECTOR_TO_LLVM,
    ) + _TO_LLVM_PASSES + ("convert-openmp-to-llvm", "reconcile-unrealized-casts")
    return "builtin.module(" + ",".join(passes) + ")"


def mlir_library_dir() -> str:
    """Return the `lib` folder of the MLIR wheels. `mlir` is a namespace package
    without `__file__`, so the path starts from `mlir._mlir_libs`."""
    import mlir._mlir_libs

    return os.path.join(os.path.dirname(os.path.dirname(mlir._mlir_libs.__file__)), "lib")


def c_runner_utils_library() -> str:
    """Path of libmlir_c_runner_utils.so, which provides `rtclock` and `memrefCopy`."""
    return os.path.join(mlir_library_dir(), "libmlir_c_runner_utils.so")


def find_openmp_library() -> str | None:
    """Path or name of the LLVM OpenMP runtime: $MLIRRL_OPENMP_LIBRARY, Debian's
    libomp.so.5, or whatever `libomp` the dynamic loader finds; None when missing."""
    configured = os.environ.get(OPENMP_LIBRARY_ENV)
    if configured:
        return configured if os.path.exists(configured) else None
    if os.path.exists(DEFAULT_OPENMP_LIBRARY):
        return DEFAULT_OPENMP_LIBRARY
    return ctypes.util.find_library("omp")


@dataclass
class EvalOptions:
    """How to run one evaluation.

    threads: OpenMP threads for `scf.forall` loops; 1 lowers them serially.
    min_round_s: minimum length of one timed round, in seconds; the kernel is
      repeated inside a round until it lasts at least this long.
    rounds: timed rounds; the reported time is their median.
    warmup_rounds: untimed rounds before the timed ones.
    verify: compare the outputs with those of the untransformed program.
    seed: seed of the random inputs (combined with the program fingerprint).
    lock: context manager held around the warm-up and timed rounds (a node lock),
      never around compilation.
    max_reps: upper bound on kernel calls per round.
    """

    threads: int = 1
    min_round_s: float = 0.02
    rounds: int = 5
    warmup_rounds: int = 1
    verify: bool = True
    seed: int = 0
    lock: ContextManager[Any] = field(default_factory=contextlib.nullcontext)
    max_reps: int = 1_000_000


# Tries at timing the rounds of one evaluation; see Evaluator._time_rounds.
TIMING_ATTEMPTS = 3


class _StageError(Exception):
    """A failed compile stage, carried to the EvalResult with its failure kind."""

    def __init__(self, kind: FailureKind, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class _Compiled:
    engine: Any
    pipeline: str
    stage_s: dict[str, float]


# Unit roundoff of each floating-point type; verification scales it by the
# reduction length because a schedule may reorder every reduction.
_EPSILON = {"f16": 2.0**-10, "bf16": 2.0**-7, "f32": 2.0**-23, "f64": 2.0**-52}
_TOLERANCE_FACTOR = 16.0

_NUMPY_TYPES = {
    "f16": np.float16,
    "f32": np.float32,
    "f64": np.float64,
    "i1": np.bool_,
    "i8": np.int8,
    "i16": np.int16,
    "i32": np.int32,
    "i64": np.int64,
}

# Programs whose inputs and reference outputs are kept, least recently used first out.
_MAX_CACHED_PROGRAMS = 4


def memref_type(spec: TensorSpec) -> str:
    if not spec.shape:
        return f"memref<{spec.element_type}>"
    return f"memref<{'x'.join(str(extent) for extent in spec.shape)}x{spec.element_type}>"


def bench_wrapper_text(arguments: tuple[TensorSpec, ...]) -> str:
    """The timing wrapper: `@mlirrl_bench(args..., %reps) -> f64` calls @kernel `reps`
    times between two `rtclock()` calls and returns the elapsed seconds."""
    types = [memref_type(spec) for spec in arguments]
    params = ", ".join(f"%arg{i}: {t}" for i, t in enumerate(types))
    values = ", ".join(f"%arg{i}" for i in range(len(types)))
    signature = ", ".join(types)
    separator = ", " if params else ""
    return f"""\
func.func private @{KERNEL_FUNCTION}({signature})
func.func private @rtclock() -> f64
func.func @{BENCH_FUNCTION}({params}{separator}%reps: index) -> f64 attributes {{llvm.emit_c_interface}} {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %start = func.call @rtclock() : () -> f64
  scf.for %i = %c0 to %reps step %c1 {{
    func.call @{KERNEL_FUNCTION}({values}) : ({signature}) -> ()
  }}
  %end = func.call @rtclock() : () -> f64
  %elapsed = arith.subf %end, %start : f64
  return %elapsed : f64
}}
"""


def random_arguments(program: Program, seed: int) -> list[np.ndarray]:
    """Deterministic random contents for every kernel argument (outputs included, for
    kernels that read their output before writing it)."""
    fingerprint_seed = int(program.fingerprint[:8], 16)
    rng = np.random.default_rng([seed, fingerprint_seed])
    arrays = []
    for spec in program.arguments:
        dtype = _NUMPY_TYPES.get(spec.element_type)
        if dtype is None:
            raise CompileError(
                f"program {program.name}: element type {spec.element_type} has no numpy equivalent; "
                f"supported: {', '.join(_NUMPY_TYPES)}"
            )
        if np.issubdtype(dtype, np.floating):
            array = rng.uniform(-1.0, 1.0, size=spec.shape).astype(dtype)
        elif dtype is np.bool_:
            array = rng.integers(0, 2, size=spec.shape).astype(dtype)
        else:
            # Small integers keep sums of products far from overflow.
            array = rng.integers(-8, 9, size=spec.shape).astype(dtype)
        arrays.append(np.ascontiguousarray(array))
    return arrays


def reduction_length(program: Program) -> int:
    """Number of terms accumulated along a chain of reductions: the sum over ops of
    the product of their reduction loop ranges (at least 1)."""
    total = 0
    for op in program.info.ops:
        product = 1
        for extent, kind in zip(op.loop_ranges, op.iterator_types):
            if kind != "parallel":
                product *= extent
        total += product
    return max(total, 1)


def compare_outputs(
    actual: list[np.ndarray], expected: list[np.ndarray], element_types: list[str], terms: int
) -> str | None:
    """Return a description of the first mismatch between `actual` and `expected`, or None.

    Floats pass when every |difference| is within 16 * unit roundoff * `terms` *
    max(1, max |expected|); integers must be equal. NaN matches NaN.
    """
    for index, (got, want, element_type) in enumerate(zip(actual, expected, element_types)):
        if element_type not in _EPSILON:
            if not np.array_equal(got, want):
                count = int(np.count_nonzero(got != want))
                return f"output {index}: {count} of {want.size} integer elements differ"
            continue

        got64 = got.astype(np.float64)
        want64 = want.astype(np.float64)
        both_nan = np.isnan(got64) & np.isnan(want64)
        same_inf = np.isinf(want64) & (got64 == want64)
        finite = np.isfinite(want64)
        scale = max(1.0, float(np.max(np.abs(want64[finite]), initial=0.0)))
        tolerance = _TOLERANCE_FACTOR * _EPSILON[element_type] * terms * scale
        with np.errstate(invalid="ignore"):
            error = np.abs(got64 - want64)
        bad = ~(both_nan | same_inf) & ~(error <= tolerance)
        if np.any(bad):
            worst = float(np.nanmax(np.where(bad, error, 0.0))) if np.any(bad & ~np.isnan(error)) else float("nan")
            return (
                f"output {index}: {int(np.count_nonzero(bad))} of {want.size} elements differ, "
                f"max abs error {worst:.3g}, tolerance {tolerance:.3g}"
            )
    return None


class Evaluator:
    """Compiles, verifies and times schedules in this process, in one reused MLIR context.

    The program text is parsed again for every evaluation, because a transform that
    fails halfway leaves its earlier changes in the module. Inputs and the baseline's
    outputs are kept for the last few programs.
    """

    def __init__(self, openmp_library: str | None = None):
        from mlir import ir

        self._ir = ir
        self._context = ir.Context()
        self._diagnostics: list[str] = []
        self._context.attach_diagnostic_handler(self._record_diagnostic)
        self._openmp_library = openmp_library if openmp_library is not None else find_openmp_library()
        self._runtime_library = c_runner_utils_library()
        self._arguments: OrderedDict[tuple[str, int], list[np.ndarray]] = OrderedDict()
        self._references: OrderedDict[tuple[str, int], list[np.ndarray]] = OrderedDict()

    # -- public API ---------------------------------------------------------

    def baseline(self, program: Program, options: EvalOptions | None = None) -> EvalResult:
        """Time the untransformed program; its outputs become the reference for
        verifying schedules of this program."""
        options = options or EvalOptions()
        return self._evaluate(program, None, options, is_baseline=True)

    def evaluate(
        self,
        program: Program,
        schedule: Schedule,
        options: EvalOptions | None = None,
        transform_text: str | None = None,
    ) -> EvalResult:
        """Apply `schedule` (or the raw transform script `transform_text`, which skips
        schedule validation), verify the outputs and time the kernel."""
        options = options or EvalOptions()
        if transform_text is None:
            try:
                transform_text = transform_script(program, schedule)
            except ScheduleError as exc:
                return EvalResult.failed(FailureKind.SCHEDULE, str(exc))
        return self._evaluate(program, transform_text, options, is_baseline=False)

    def transformed_ir(self, program: Program, schedule: Schedule) -> str:
        """Return the kernel module after the schedule's transform script, before lowering.

        Raises ScheduleError for an invalid schedule and CompileError when the program
        does not parse or the transform fails.
        """
        script = transform_script(program, schedule)
        with self._context:
            try:
                module = self._parse_program(program)
                self._apply_transform(module, script)
            except _StageError as exc:
                raise CompileError(f"program {program.name}, schedule {schedule}: {exc.message}") from None
            return str(module)

    # -- stages -------------------------------------------------------------

    def _evaluate(self, program: Program, transform_text: str | None, options: EvalOptions,
                  is_baseline: bool) -> EvalResult:
        try:
            arguments = self._program_arguments(program, options.seed)
        except CompileError as exc:
            return EvalResult.failed(FailureKind.UNSUPPORTED, str(exc))

        reference = None
        if options.verify and not is_baseline:
            reference = self._reference_outputs(program, options)
            if isinstance(reference, EvalResult):
                return reference

        try:
            compiled = self._compile(program, transform_text, options.threads)
        except _StageError as exc:
            return EvalResult.failed(exc.kind, f"program {program.name}: {exc.message}")

        compile_s = sum(compiled.stage_s.values())
        run_start = time.perf_counter()
        outputs = self._run_once(compiled.engine, program, arguments)
        checksum = float(sum(np.sum(out, dtype=np.float64) for out in outputs))

        details: dict[str, Any] = {f"{stage}_s": seconds for stage, seconds in compiled.stage_s.items()}
        details.update(pipeline=compiled.pipeline, threads=options.threads)

        verified = False
        if is_baseline:
            self._remember(self._references, (program.fingerprint, options.seed), outputs)
        elif reference is not None:
            mismatch = compare_outputs(
                outputs, reference, self._output_types(program), reduction_length(program)
            )
            if mismatch is not None:
                return EvalResult.failed(
                    FailureKind.WRONG_RESULT,
                    f"program {program.name}: outputs differ from the untransformed program: {mismatch}",
                    checksum=checksum, compile_s=compile_s, run_s=time.perf_counter() - run_start, details=details,
                )
            verified = True

        round_ns, reps = self._time_rounds(compiled.engine, program, arguments, options)
        run_s = time.perf_counter() - run_start
        details.update(reps=reps, rounds=len(round_ns), round_ns=round_ns)
        time_ns = statistics.median(round_ns)
        logger.debug("program %s: %.0f ns per call (%d reps x %d rounds), compile %.3f s",
                     program.name, time_ns, reps, len(round_ns), compile_s)
        return EvalResult.success(
            time_ns, checksum=checksum, compile_s=compile_s, run_s=run_s, verified=verified, details=details
        )

    def _compile(self, program: Program, transform_text: str | None, threads: int) -> _Compiled:
        """Parse, transform, lower and JIT-compile; raise _StageError on the first failure."""
        stage_s: dict[str, float] = {}
        with self._context:
            start = time.perf_counter()
            module = self._parse_program(program)
            stage_s["parse"] = time.perf_counter() - start

            start = time.perf_counter()
            if transform_text is not None:
                self._apply_transform(module, transform_text)
            stage_s["transform"] = time.perf_counter() - start

            start = time.perf_counter()
            parallel = threads > 1 and self._has_forall(module)
            if parallel and self._openmp_library is None:
                raise _StageError(
                    FailureKind.LOWERING,
                    f"the schedule runs scf.forall loops on {threads} threads, but the OpenMP runtime "
                    f"libomp.so.5 was not found; install Debian's libomp5, set ${OPENMP_LIBRARY_ENV}, "
                    "or evaluate with threads=1",
                )
            self._append_bench_wrapper(module, program)
            pipeline_name = "openmp" if parallel else "serial"
            self._lower(module, openmp_pipeline(threads) if parallel else SERIAL_PIPELINE)
            stage_s["lower"] = time.perf_counter() - start

            start = time.perf_counter()
            libraries = [self._runtime_library]
            if parallel:
                libraries.append(self._openmp_library)
            engine = self._jit(module, libraries)
            stage_s["jit"] = time.perf_counter() - start
        return _Compiled(engine, pipeline_name, stage_s)

    def _parse_program(self, program: Program):
        self._diagnostics.clear()
        try:
            return self._ir.Module.parse(program.kernel_text)
        except self._ir.MLIRError as exc:
            raise _StageError(FailureKind.PARSE, f"the kernel text does not parse: {self._error_text(exc)}") from None

    def _apply_transform(self, module, transform_text: str) -> None:
        from mlir.dialects.transform import interpreter

        self._diagnostics.clear()
        try:
            script = self._ir.Module.parse(transform_text)
        except self._ir.MLIRError as exc:
            raise _StageError(
                FailureKind.TRANSFORM, f"the transform script does not parse: {self._error_text(exc)}"
            ) from None
        entry = _find_entry(script)
        if entry is None:
            raise _StageError(FailureKind.TRANSFORM, "the transform script has no @__transform_main named sequence")
        try:
            interpreter.apply_named_sequence(module.operation, entry, script)
        except (self._ir.MLIRError, ValueError, RuntimeError) as exc:
            raise _StageError(
                FailureKind.TRANSFORM, f"the transform interpreter failed: {self._error_text(exc)}"
            ) from None

    def _lower(self, module, pipeline: str) -> None:
        from mlir.passmanager import PassManager

        self._diagnostics.clear()
        try:
            PassManager.parse(pipeline).run(module.operation)
        except (self._ir.MLIRError, ValueError, RuntimeError) as exc:
            raise _StageError(FailureKind.LOWERING, f"the lowering pipeline failed: {self._error_text(exc)}") from None

    def _jit(self, module, libraries: list[str]):
        from mlir.execution_engine import ExecutionEngine

        self._diagnostics.clear()
        try:
            engine = ExecutionEngine(module, opt_level=3, shared_libs=libraries, enable_object_dump=False)
            # The engine compiles lazily on the first lookup; do it here so that
            # the JIT time counts as compile time.
            engine.lookup(BENCH_FUNCTION)
        except (RuntimeError, ValueError) as exc:
            raise _StageError(FailureKind.JIT, f"the JIT compilation failed: {self._error_text(exc)}") from None
        return engine

    def _append_bench_wrapper(self, module, program: Program) -> None:
        # The wrapper text declares @kernel so that it parses alone; that declaration
        # stays behind, because the module defines @kernel.
        wrapper = self._ir.Module.parse(bench_wrapper_text(program.arguments))
        for operation in list(wrapper.body.operations)[1:]:
            operation.detach_from_parent()
            module.body.append(operation)

    def _has_forall(self, module) -> bool:
        found = []

        def visit(operation):
            if operation.name == "scf.forall":
                found.append(True)
                return self._ir.WalkResult.INTERRUPT
            return self._ir.WalkResult.ADVANCE

        module.operation.walk(visit)
        return bool(found)

    # -- running ------------------------------------------------------------

    def _run_once(self, engine, program: Program, arguments: list[np.ndarray]) -> list[np.ndarray]:
        """Run the kernel once on fresh copies of the outputs; return the outputs."""
        buffers = [array.copy() if spec.is_output else array for spec, array in zip(program.arguments, arguments)]
        _call_bench(engine, buffers, 1)
        return [buffer for spec, buffer in zip(program.arguments, buffers) if spec.is_output]

    def _time_rounds(self, engine, program: Program, arguments: list[np.ndarray],
                     options: EvalOptions) -> tuple[list[float], int]:
        """Run warm-up and timed rounds; return the time per call of each timed round
        in nanoseconds, and the calls per round.

        Outputs are reset to their initial contents before every round, so that a
        kernel that accumulates into its outputs starts each round from the same values.
        """
        buffers = [array.copy() if spec.is_output else array for spec, array in zip(program.arguments, arguments)]

        def reset() -> None:
            for spec, buffer, initial in zip(program.arguments, buffers, arguments):
                if spec.is_output:
                    np.copyto(buffer, initial)

        with options.lock:
            reset()
            first_s = _call_bench(engine, buffers, 1)
            reps = self._reps_for(first_s, options)
            for _ in range(max(options.warmup_rounds, 0)):
                reset()
                warm_s = _call_bench(engine, buffers, reps)
                reps = self._reps_for(warm_s / reps, options)

            # A warm-up round that the OS preempts overestimates the time per call, so the
            # timed rounds can end far shorter than min_round_s. Then recalibrate from the
            # fastest timed round and time again, at most TIMING_ATTEMPTS times in all.
            for attempt in range(TIMING_ATTEMPTS):
                round_ns = []
                for _ in range(max(options.rounds, 1)):
                    reset()
                    elapsed_s = _call_bench(engine, buffers, reps)
                    round_ns.append(elapsed_s / reps * 1e9)
                long_enough = reps * min(round_ns) * 1e-9 >= 0.5 * options.min_round_s
                if long_enough or reps >= options.max_reps or attempt == TIMING_ATTEMPTS - 1:
                    break
                reps = self._reps_for(min(round_ns) * 1e-9, options)
        return round_ns, reps

    @staticmethod
    def _reps_for(call_s: float, options: EvalOptions) -> int:
        if call_s <= 0:
            return options.max_reps
        return int(min(max(1, math.ceil(options.min_round_s / call_s)), options.max_reps))

    # -- inputs and references ------------------------------------------------

    def _program_arguments(self, program: Program, seed: int) -> list[np.ndarray]:
        key = (program.fingerprint, seed)
        if key in self._arguments:
            self._arguments.move_to_end(key)
            return self._arguments[key]
        arrays = random_arguments(program, seed)
        self._remember(self._arguments, key, arrays)
        return arrays

    def _reference_outputs(self, program: Program, options: EvalOptions) -> list[np.ndarray] | EvalResult:
        """Return the untransformed program's outputs, computed now unless a baseline left them."""
        key = (program.fingerprint, options.seed)
        if key in self._references:
            self._references.move_to_end(key)
            return self._references[key]
        try:
            compiled = self._compile(program, None, 1)
        except _StageError as exc:
            return EvalResult.failed(
                exc.kind, f"program {program.name}: the untransformed program failed, so nothing can be verified: "
                f"{exc.message}"
            )
        outputs = self._run_once(compiled.engine, program, self._program_arguments(program, options.seed))
        self._remember(self._references, key, outputs)
        return outputs

    @staticmethod
    def _remember(cache: OrderedDict, key, value) -> None:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > _MAX_CACHED_PROGRAMS:
            cache.popitem(last=False)

    @staticmethod
    def _output_types(program: Program) -> list[str]:
        return [spec.element_type for spec in program.arguments if spec.is_output]

    # -- diagnostics ----------------------------------------------------------

    def _record_diagnostic(self, diagnostic) -> bool:
        lines = [f"{diagnostic.severity.name.lower()}: {diagnostic.message}"]
        lines.extend(f"  note: {note.message}" for note in diagnostic.notes)
        self._diagnostics.append("\n".join(lines))
        return True

    def _error_text(self, exc: Exception) -> str:
        """Return the exception message plus the diagnostics MLIR emitted during the stage."""
        parts = [str(exc).strip()]
        parts.extend(message for message in self._diagnostics if message not in parts[0])
        self._diagnostics.clear()
        return "\n".join(part for part in parts if part)


def _find_entry(script):
    for operation in script.body.operations:
        if operation.operation.name == "transform.named_sequence":
            if operation.attributes["sym_name"].value == "__transform_main":
                return operation
    return None


def _call_bench(engine, buffers: list[np.ndarray], reps: int) -> float:
    """Call the timing wrapper; return the seconds that `reps` kernel calls took."""
    from mlir.runtime import get_ranked_memref_descriptor

    descriptors = [ctypes.pointer(ctypes.pointer(get_ranked_memref_descriptor(buffer))) for buffer in buffers]
    reps_value = ctypes.c_int64(reps)
    elapsed = ctypes.c_double(0.0)
    engine.invoke(BENCH_FUNCTION, *descriptors, ctypes.pointer(reps_value), ctypes.pointer(elapsed))
    return elapsed.value
