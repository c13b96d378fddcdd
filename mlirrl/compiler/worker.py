"""The isolated compile-and-run worker process, and the service that adds the cache.

MLIR transforms, lowering, JIT compilation and the generated code can kill their
process (a C++ assertion aborts, bad code segfaults, runaway rewrites exhaust memory,
some compiles never end). `CompilerWorker` therefore keeps one long-lived child
process, created with the spawn start method (never fork: the parent may hold
threads), that owns an `Evaluator`. The child:

- limits its address space with RLIMIT_AS (8 GiB by default), so that a runaway
  rewrite ends in a crash of the child instead of the node's OOM killer;
- may pin itself to given cores with `os.sched_setaffinity`;
- writes its stderr (MLIR diagnostics, assertion messages) to a file that the
  parent reads back into failure messages;
- reports the start and end of every timed run, so that the parent applies the
  compile timeout and the run timeout to the right phase.

The parent waits with `conn.poll(timeout)`. On a timeout it kills the child by its
PID with SIGKILL; on a closed pipe it reports the child's exit signal. Either way
it starts a fresh child. It also replaces the child after `recycle_after`
requests, because each compile leaks a little memory (about 95 KiB). Every
evaluation ends as a typed `EvalResult`.

The parent side of this module imports no MLIR: programs, schedules and results
are plain data.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pathlib
import signal
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from mlirrl.cache import ExecutionCache, host_fingerprint
from mlirrl.closeable import Closeable
from mlirrl.compiler.nodelock import NodeLock
from mlirrl.compiler.results import EvalResult, FailureKind
from mlirrl.compiler.schedule import Schedule, parse_schedule, validate_schedule
from mlirrl.errors import (
    CompileError,
    MlirrlError,
    ProgramError,
    ScheduleError,
    UnsupportedProgramError,
    WorkerError,
)

if TYPE_CHECKING:
    from mlirrl.compiler.program import Program

logger = logging.getLogger(__name__)

GIB = 1 << 30
DEFAULT_MEMORY_LIMIT_BYTES = 8 * GIB
DEFAULT_COMPILE_TIMEOUT_S = 60.0
DEFAULT_RUN_TIMEOUT_FLOOR_S = 10.0
DEFAULT_RUN_TIMEOUT_FACTOR = 10.0
DEFAULT_BASELINE_RUN_TIMEOUT_S = 300.0
DEFAULT_LOCK_TIMEOUT_S = 600.0
DEFAULT_START_TIMEOUT_S = 120.0
DEFAULT_RECYCLE_AFTER = 500

# Bytes of the child's stderr quoted in a crash or timeout message.
_STDERR_TAIL_BYTES = 1500

# Exceptions that may cross the pipe, by class name.
_ERROR_CLASSES: dict[str, type[MlirrlError]] = {
    "ProgramError": ProgramError,
    "UnsupportedProgramError": UnsupportedProgramError,
    "ScheduleError": ScheduleError,
    "CompileError": CompileError,
}

# Failure kind of an evaluation that raised instead of returning an EvalResult.
_ERROR_KINDS = {
    "ProgramError": FailureKind.PARSE,
    "UnsupportedProgramError": FailureKind.UNSUPPORTED,
    "ScheduleError": FailureKind.SCHEDULE,
    "CompileError": FailureKind.LOWERING,
}


# ---------------------------------------------------------------------------
# Child process


class _PhaseLock:
    """The lock handed to the Evaluator in the child. It takes the node lock around
    each timed run and reports the start and end of the run to the parent."""

    def __init__(self, conn: Connection, node_lock: NodeLock | None) -> None:
        self.conn = conn
        self.node_lock = node_lock
        self.request_id = 0

    def __enter__(self) -> _PhaseLock:
        if self.node_lock is not None:
            self.conn.send(("phase", self.request_id, "lock"))
            self.node_lock.acquire()
        self.conn.send(("phase", self.request_id, "run"))
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.node_lock is not None:
            self.node_lock.release()
        self.conn.send(("phase", self.request_id, "finish"))


def _redirect_stderr(path: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 2)
    os.close(fd)


def _apply_limits(settings: dict[str, Any]) -> None:
    import resource

    limit = settings["memory_limit_bytes"]
    if limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if settings["cpus"]:
        os.sched_setaffinity(0, settings["cpus"])


def _load(load_program: Any, args: dict[str, Any]) -> Any:
    options = {"max_bytes": args["max_bytes"]} if args["max_bytes"] is not None else {}
    return load_program(args["text"], name=args["name"], source=args["source"], **options)


def _child_main(conn: Connection, settings: dict[str, Any]) -> None:
    """Serve requests until "stop" or until the parent closes the pipe."""
    # The parent decides when the worker ends, so Ctrl-C in a terminal must not kill a compile.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _redirect_stderr(settings["stderr_path"])
    # Log records go to the stderr file, which the parent forwards at DEBUG level.
    logging.basicConfig(level=settings["log_level"], format="%(levelname)s %(name)s: %(message)s", force=True)
    try:
        _apply_limits(settings)
        from mlirrl.compiler.lowering import EvalOptions, Evaluator
        from mlirrl.compiler.program import load_program
        from mlirrl.compiler.transforms import transform_script

        node_lock = NodeLock(settings["lock_dir"], settings["lock_slots"]) if settings["use_lock"] else None
        phase_lock = _PhaseLock(conn, node_lock)
        options = EvalOptions(threads=settings["threads"], verify=settings["verify"], lock=phase_lock,
                              **settings["eval_options"])
        evaluator = Evaluator()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises WorkerError
        conn.send(("start_failed", 0, f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", 0, os.getpid()))

    handlers = {
        "load": lambda args: _load(load_program, args),
        "baseline": lambda args: evaluator.baseline(args["program"], options),
        "evaluate": lambda args: evaluator.evaluate(
            args["program"], args["schedule"], options, transform_text=args["transform_text"]
        ),
        "transformed_ir": lambda args: evaluator.transformed_ir(args["program"], args["schedule"]),
        "transform_script": lambda args: transform_script(args["program"], args["schedule"]),
        "ping": lambda args: args.get("payload"),
    }

    while True:
        try:
            request_id, operation, args = conn.recv()
        except EOFError:
            return
        if operation == "stop":
            return
        phase_lock.request_id = request_id
        try:
            value = handlers[operation](args)
        except Exception as exc:  # noqa: BLE001 - every error travels back as data
            conn.send(("error", request_id, (type(exc).__name__, str(exc))))
        else:
            conn.send(("done", request_id, value))


# ---------------------------------------------------------------------------
# Parent side


def _signal_name(exitcode: int | None) -> str:
    if exitcode is None:
        return "unknown exit"
    if exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


def _subject(args: dict[str, Any]) -> str:
    """Name the program and the schedule of a request for log lines."""
    program = args.get("program")
    if program is None:
        return f"program {args.get('name', '?')} from {args.get('source', '<string>')}"
    if args.get("transform_text") is not None:
        return f"program {program.name} with a raw transform script"
    schedule = args.get("schedule")
    if schedule is None:
        return f"program {program.name} (baseline)"
    return f"program {program.name} with schedule {schedule.key() or '(empty)'}"


class _Outcome:
    """Result of one request to the child: a value, an error, a crash or a timeout."""

    def __init__(self, status: str, value: Any = None, message: str = "", elapsed_s: float = 0.0) -> None:
        self.status = status  # "done", "error", "crash" or "timeout"
        self.value = value
        self.message = message
        self.elapsed_s = elapsed_s


class CompilerWorker(Closeable):
    """One spawned process around an `Evaluator`, with limits, timeouts and respawn.

    Timeouts, in seconds, per phase of a request:

    - "prepare" (parse, transform, lowering, JIT and the one verification run before
      timing): `compile_timeout_s` plus the request's run timeout, because the
      verification run executes the kernel before the node lock is taken.
    - "lock" (waiting for the node lock): `lock_timeout_s`.
    - "run" (the timed runs): for a schedule
      `max(run_timeout_floor_s, run_timeout_factor * reps * max(baseline, min_round_s))`,
      where `reps` counts timed rounds, warm-up rounds and two single calls. Here
      `baseline` is the program's baseline time once this worker has measured it;
      before that, and for a baseline request, the limit is `baseline_run_timeout_s`.
    - "finish" (after the timed runs) and requests that run no code: `compile_timeout_s`.

    Requests are serialized with a mutex, so threads may share a worker, but only one
    request runs at a time.

    NOTE: the child is started with the spawn method, which imports the parent's
    `__main__` module again. A script that creates a worker must do so under
    `if __name__ == "__main__":`.
    """

    def __init__(
        self,
        threads: int = 1,
        verify: bool = True,
        eval_options: dict[str, Any] | None = None,
        memory_limit_bytes: int | None = DEFAULT_MEMORY_LIMIT_BYTES,
        cpus: list[int] | tuple[int, ...] | None = None,
        compile_timeout_s: float = DEFAULT_COMPILE_TIMEOUT_S,
        run_timeout_floor_s: float = DEFAULT_RUN_TIMEOUT_FLOOR_S,
        run_timeout_factor: float = DEFAULT_RUN_TIMEOUT_FACTOR,
        baseline_run_timeout_s: float = DEFAULT_BASELINE_RUN_TIMEOUT_S,
        lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
        start_timeout_s: float = DEFAULT_START_TIMEOUT_S,
        recycle_after: int = DEFAULT_RECYCLE_AFTER,
        use_lock: bool = True,
        lock_dir: str | os.PathLike[str] | None = None,
        lock_slots: int = 1,
    ) -> None:
        self.eval_options = dict(eval_options or {})
        self.compile_timeout_s = compile_timeout_s
        self.run_timeout_floor_s = run_timeout_floor_s
        self.run_timeout_factor = run_timeout_factor
        self.baseline_run_timeout_s = baseline_run_timeout_s
        self.lock_timeout_s = lock_timeout_s
        self.start_timeout_s = start_timeout_s
        self.recycle_after = recycle_after

        self._stderr_dir = tempfile.TemporaryDirectory(prefix="mlirrl-worker-")
        self._stderr_path = pathlib.Path(self._stderr_dir.name) / "stderr.txt"
        self._settings: dict[str, Any] = {
            "threads": threads,
            "verify": verify,
            "eval_options": self.eval_options,
            "memory_limit_bytes": memory_limit_bytes,
            "cpus": list(cpus) if cpus else None,
            "use_lock": use_lock,
            "lock_dir": str(lock_dir) if lock_dir is not None else None,
            "lock_slots": lock_slots,
            "stderr_path": str(self._stderr_path),
            "log_level": logging.getLogger("mlirrl").getEffectiveLevel(),
        }
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False
        self._spawned_at = 0.0
        self._requests_since_spawn = 0
        self._next_request_id = 1
        self._baseline_s: dict[str, float] = {}
        self._closed = False
        self._mutex = threading.RLock()

        self.requests = 0
        self.crashes = 0
        self.timeouts = 0
        self.respawns = 0
        self.recycles = 0
        self.respawn_s = 0.0
        self.last_start_s = 0.0
        self._respawn_pending = False

        # Start the child now; its imports (about 0.3 s) overlap with the caller's work.
        self._spawn()

    # -- process management -------------------------------------------------

    @property
    def pid(self) -> int | None:
        """PID of the current child, or None when none runs."""
        return self._process.pid if self._process is not None else None

    def _spawn(self) -> None:
        self._stderr_path.write_bytes(b"")
        parent_conn, child_conn = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_child_main, args=(child_conn, self._settings), name="mlirrl-compiler-worker", daemon=True
        )
        self._spawned_at = time.perf_counter()
        process.start()
        child_conn.close()
        self._process, self._conn = process, parent_conn
        self._ready = False
        self._requests_since_spawn = 0
        logger.debug("started compiler worker pid %d", process.pid)

    def _wait_ready(self) -> None:
        """Block until the child has imported MLIR and built its Evaluator."""
        if self._ready:
            return
        assert self._conn is not None and self._process is not None
        pid = self._process.pid
        try:
            if not self._conn.poll(self.start_timeout_s):
                self._kill()
                raise WorkerError(f"compiler worker pid {pid} did not start within {self.start_timeout_s:.0f} s")
            kind, _, value = self._conn.recv()
        except (EOFError, OSError) as exc:
            exitcode = self._reap()
            raise WorkerError(
                f"compiler worker pid {pid} died while starting ({_signal_name(exitcode)}): {self._stderr_tail()}"
            ) from exc
        if kind != "ready":
            self._kill()
            raise WorkerError(f"compiler worker pid {pid} failed to start: {value}")
        self.last_start_s = time.perf_counter() - self._spawned_at
        self._ready = True
        if self._respawn_pending:
            self._respawn_pending = False
            self.respawn_s += self.last_start_s

    def _reap(self, timeout_s: float = 10.0) -> int | None:
        """Join the dead (or dying) child and forget it; return its exit code."""
        process, conn = self._process, self._conn
        self._process, self._conn, self._ready = None, None, False
        if conn is not None:
            conn.close()
        if process is None:
            return None
        process.join(timeout_s)
        if process.exitcode is None:
            os.kill(process.pid, signal.SIGKILL)
            process.join()
        return process.exitcode

    def _kill(self) -> None:
        """SIGKILL the current child by its PID and reap it."""
        if self._process is not None and self._process.exitcode is None:
            try:
                os.kill(self._process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._reap()

    def _respawn(self) -> None:
        """Start a replacement child without waiting for it; the next request waits."""
        self.respawns += 1
        self._respawn_pending = True
        self._spawn()

    def _stderr_tail(self) -> str:
        try:
            data = self._stderr_path.read_bytes()
        except OSError:
            return ""
        text = data[-_STDERR_TAIL_BYTES:].decode(errors="replace").strip()
        return text or "(no stderr output)"

    def _stop_child(self) -> None:
        """Ask the child to exit; kill it when it does not within 10 s."""
        if self._process is None:
            return
        try:
            if self._conn is not None:
                self._conn.send((0, "stop", None))
        except (OSError, ValueError):
            pass
        self._process.join(10.0)
        self._kill()

    # -- requests -------------------------------------------------------------

    def _request(self, operation: str, args: dict[str, Any], run_timeout_s: float | None) -> _Outcome:
        """Send one request and wait for its reply under the phase timeouts.

        `run_timeout_s` bounds each timed run; None means the request runs no code.
        """
        with self._mutex:
            return self._request_locked(operation, args, run_timeout_s)

    def _request_locked(self, operation: str, args: dict[str, Any], run_timeout_s: float | None) -> _Outcome:
        if self._closed:
            raise WorkerError("the compiler worker is closed")
        if self._process is None:
            self._respawn()
        elif self._requests_since_spawn >= self.recycle_after:
            logger.debug("recycling compiler worker pid %s after %d requests", self.pid, self._requests_since_spawn)
            self._stop_child()
            self.recycles += 1
            self._respawn()
        self._wait_ready()

        request_id = self._next_request_id
        self._next_request_id += 1
        self._requests_since_spawn += 1
        self.requests += 1
        self._stderr_path.write_bytes(b"")
        started = time.perf_counter()

        try:
            outcome = self._exchange(request_id, operation, args, run_timeout_s, started)
        except BaseException:
            # An interrupt (KeyboardInterrupt) leaves the child mid-request: replace it.
            self._kill()
            raise
        outcome.elapsed_s = time.perf_counter() - started

        if outcome.status == "error" and outcome.value[0] == "MemoryError":
            # Python code in the child (numpy inputs, IR text) hit the address-space
            # limit. The child's heap may be left exhausted, so replace it like a crash.
            pid = self.pid
            self._kill()
            outcome = _Outcome(
                "crash",
                message=f"worker pid {pid} ran out of memory during {operation}: {outcome.message}",
                elapsed_s=outcome.elapsed_s,
            )

        if outcome.status == "crash":
            self.crashes += 1
            logger.warning("compiler worker crashed during %s of %s: %s", operation, _subject(args), outcome.message)
        elif outcome.status == "timeout":
            self.timeouts += 1
            logger.warning("compiler worker timed out during %s of %s: %s", operation, _subject(args), outcome.message)
        if outcome.status in ("crash", "timeout"):
            # Start the replacement now, so that its imports overlap with the caller's work.
            self._respawn()
        elif logger.isEnabledFor(logging.DEBUG):
            tail = self._stderr_path.read_bytes()[-_STDERR_TAIL_BYTES:].decode(errors="replace").strip()
            if tail:
                logger.debug("worker pid %s stderr during %s: %s", self.pid, operation, tail)
        return outcome

    def _exchange(
        self, request_id: int, operation: str, args: dict[str, Any], run_timeout_s: float | None, started: float
    ) -> _Outcome:
        assert self._conn is not None and self._process is not None
        pid = self._process.pid
        phase = "prepare"
        deadline = started + self.compile_timeout_s + (run_timeout_s or 0.0)

        try:
            self._conn.send((request_id, operation, args))
            while True:
                remaining = deadline - time.perf_counter()
                if remaining <= 0 or not self._conn.poll(remaining):
                    limit = deadline - started if phase == "prepare" else self._phase_limit(phase, run_timeout_s)
                    self._kill()
                    return _Outcome(
                        "timeout",
                        message=f"{operation} timed out in the {phase} phase after {limit:.1f} s "
                        f"(worker pid {pid} killed): {self._stderr_tail()}",
                    )
                kind, reply_id, value = self._conn.recv()
                if reply_id != request_id:
                    continue
                if kind == "phase":
                    phase = value
                    deadline = time.perf_counter() + self._phase_limit(phase, run_timeout_s)
                    continue
                if kind == "done":
                    return _Outcome("done", value=value)
                return _Outcome("error", value=value, message=f"{value[0]}: {value[1]}")
        except (EOFError, OSError):
            exitcode = self._reap()
            return _Outcome(
                "crash",
                message=f"worker pid {pid} died by {_signal_name(exitcode)} during {operation} "
                f"({phase} phase): {self._stderr_tail()}",
            )

    def _phase_limit(self, phase: str, run_timeout_s: float | None) -> float:
        if phase == "lock":
            return self.lock_timeout_s
        if phase == "run":
            return run_timeout_s if run_timeout_s is not None else self.baseline_run_timeout_s
        return self.compile_timeout_s

    def run_timeout_for(self, program: Program) -> float:
        """Run timeout of a schedule of `program`, in seconds, scaled by its baseline time."""
        baseline_s = self._baseline_s.get(program.fingerprint)
        if baseline_s is None:
            return self.baseline_run_timeout_s
        rounds = int(self.eval_options.get("rounds", 5))
        warmup = int(self.eval_options.get("warmup_rounds", 1))
        min_round_s = float(self.eval_options.get("min_round_s", 0.02))
        # Two extra runs: the calibration call and the verification call.
        reps = rounds + warmup + 2
        return max(self.run_timeout_floor_s, self.run_timeout_factor * reps * max(baseline_s, min_round_s))

    def note_baseline(self, program: Program, time_ns: float) -> None:
        """Record the baseline time of `program`, which scales its run timeout."""
        self._baseline_s[program.fingerprint] = time_ns * 1e-9

    # -- public operations ----------------------------------------------------

    def load(
        self, text: str, name: str = "program", source: str = "<string>", max_bytes: int | None = None
    ) -> Program:
        """Parse, normalize and analyze a program in the worker.

        Raises ProgramError (UnsupportedProgramError for valid but unsupported input)
        when the text cannot be loaded, also when loading crashes or times out.
        """
        args = {"text": text, "name": name, "source": source, "max_bytes": max_bytes}
        outcome = self._request("load", args, run_timeout_s=None)
        if outcome.status == "done":
            return outcome.value
        if outcome.status == "error":
            error_class = _ERROR_CLASSES.get(outcome.value[0], ProgramError)
            if not issubclass(error_class, ProgramError):
                error_class = ProgramError
            raise error_class(outcome.value[1])
        raise ProgramError(f"loading {source} failed: {outcome.message}")

    def baseline(self, program: Program) -> EvalResult:
        """Time the untransformed program."""
        result = self._evaluate_request("baseline", {"program": program}, self.baseline_run_timeout_s)
        if result.ok and result.time_ns is not None:
            self.note_baseline(program, result.time_ns)
        return result

    def evaluate(self, program: Program, schedule: Schedule, transform_text: str | None = None) -> EvalResult:
        """Apply `schedule` (or the raw transform module `transform_text`), compile, verify and time it.

        The schedule is not validated here: `CompilerService.evaluate` does that.
        """
        args = {"program": program, "schedule": schedule, "transform_text": transform_text}
        return self._evaluate_request("evaluate", args, self.run_timeout_for(program))

    def transformed_ir(self, program: Program, schedule: Schedule) -> str:
        """Return the IR after the schedule's transforms (before lowering)."""
        return self._text_request("transformed_ir", program, schedule)

    def transform_script(self, program: Program, schedule: Schedule) -> str:
        """Return the transform-dialect script of `schedule`."""
        return self._text_request("transform_script", program, schedule)

    def _text_request(self, operation: str, program: Program, schedule: Schedule) -> str:
        outcome = self._request(operation, {"program": program, "schedule": schedule}, run_timeout_s=None)
        if outcome.status == "done":
            return outcome.value
        if outcome.status == "error":
            raise _ERROR_CLASSES.get(outcome.value[0], CompileError)(outcome.value[1])
        raise WorkerError(f"{operation} of program {program.name} with schedule {schedule} failed: {outcome.message}")

    def _evaluate_request(self, operation: str, args: dict[str, Any], run_timeout_s: float) -> EvalResult:
        outcome = self._request(operation, args, run_timeout_s)
        if outcome.status == "done":
            return outcome.value
        if outcome.status == "error":
            kind = _ERROR_KINDS.get(outcome.value[0], FailureKind.TRANSFORM)
            return EvalResult.failed(kind, outcome.message, compile_s=outcome.elapsed_s)
        kind = FailureKind.CRASH if outcome.status == "crash" else FailureKind.TIMEOUT
        return EvalResult.failed(kind, outcome.message, compile_s=outcome.elapsed_s)

    def ping(self, payload: Any = None) -> float:
        """Send `payload` to the child and back; return the round-trip time in seconds."""
        start = time.perf_counter()
        outcome = self._request("ping", {"payload": payload}, run_timeout_s=None)
        if outcome.status != "done":
            raise WorkerError(f"ping failed: {outcome.message}")
        return time.perf_counter() - start

    def restart(self) -> float:
        """Replace the child with a fresh one; return the seconds until the new one is ready."""
        with self._mutex:
            self._stop_child()
            self._respawn()
            self._wait_ready()
            return self.last_start_s

    def stats(self) -> dict[str, Any]:
        """Request, crash, timeout and respawn counters; `respawn_s` is the total respawn time in seconds."""
        return {
            "requests": self.requests,
            "crashes": self.crashes,
            "timeouts": self.timeouts,
            "respawns": self.respawns,
            "recycles": self.recycles,
            "respawn_s": self.respawn_s,
            "last_start_s": self.last_start_s,
            "pid": self.pid,
        }

    def close(self) -> None:
        """Stop the child and remove its stderr file; the worker cannot be used afterwards."""
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            self._stop_child()
            self._stderr_dir.cleanup()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown may have torn down modules
            pass


# ---------------------------------------------------------------------------
# Service: worker plus execution cache


class CompilerService(Closeable):
    """A `CompilerWorker` with schedule validation and the execution-time cache.

    Schedules are validated in this process, so an invalid one never reaches MLIR
    and ends as a SCHEDULE failure. Outcomes, failures included, are cached under
    (program fingerprint, schedule key, host key), where the host key hashes the
    host and the evaluation settings (threads, parallel lowering, verification).
    The baseline is cached under the empty schedule key "".
    """

    def __init__(
        self,
        cache_path: str | os.PathLike[str] | None = None,
        threads: int = 1,
        parallel: bool = True,
        lock_slots: int = 1,
        verify: bool = True,
        **worker_options: Any,
    ) -> None:
        self.threads = threads
        self.parallel = parallel
        self.verify = verify
        # Without parallel lowering, scf.forall loops run serially: the Evaluator lowers
        # them through OpenMP only when it gets more than one thread.
        self.worker = CompilerWorker(
            threads=threads if parallel else 1, verify=verify, lock_slots=lock_slots, **worker_options
        )
        self.cache = ExecutionCache(cache_path) if cache_path is not None else None
        self.host = host_fingerprint(f"threads={threads};parallel={parallel};verify={verify}")
        self.rejected_schedules = 0
        self.evaluations = 0
        # Baselines of this service's programs by fingerprint, also when no cache file is used.
        self._baselines: dict[str, EvalResult] = {}

    # -- loading --------------------------------------------------------------

    def load_file(self, path: str | os.PathLike[str], max_bytes: int | None = None) -> Program:
        """Read and load an MLIR file; raise ProgramError when it is missing or invalid.

        `max_bytes` limits the total size of the program's tensors (the loader's default when None).
        """
        path = pathlib.Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ProgramError(f"{path}: file not found; check the path") from exc
        except UnicodeDecodeError as exc:
            raise ProgramError(f"{path}: not a UTF-8 text file; pass MLIR assembly, not bytecode") from exc
        except OSError as exc:
            raise ProgramError(f"{path}: cannot read the file: {exc.strerror}") from exc
        return self.worker.load(text, name=path.stem, source=str(path), max_bytes=max_bytes)

    def load_text(
        self, text: str, name: str = "program", source: str = "<string>", max_bytes: int | None = None
    ) -> Program:
        """Load a program from MLIR text; raise ProgramError when it is invalid."""
        return self.worker.load(text, name=name, source=source, max_bytes=max_bytes)

    # -- evaluation -----------------------------------------------------------

    def _cached(self, program: Program, key: str) -> EvalResult | None:
        if self.cache is None:
            return None
        return self.cache.get(program.fingerprint, key, self.host)

    def _store(self, program: Program, key: str, result: EvalResult) -> None:
        # A timeout can come from a busy node rather than from the schedule, so it is
        # not cached: the next request for the same schedule measures it again.
        if self.cache is not None and result.failure is not FailureKind.TIMEOUT:
            self.cache.put(program.fingerprint, key, self.host, result)

    def baseline(self, program: Program) -> EvalResult:
        """Time the untransformed program (cached under the schedule key "")."""
        known = self._baselines.get(program.fingerprint)
        if known is not None:
            return known
        result = self._cached(program, "")
        if result is None:
            result = self.worker.baseline(program)
            self._store(program, "", result)
        elif result.ok and result.time_ns is not None:
            self.worker.note_baseline(program, result.time_ns)
        self._baselines[program.fingerprint] = result
        return result

    def evaluate(self, program: Program, schedule: Schedule | str) -> EvalResult:
        """Validate, apply, compile, verify and time `schedule` (its text form is accepted too).

        Returns a SCHEDULE failure for an invalid schedule and the baseline for an
        empty one. `cache_hit` is set when the outcome comes from the cache.
        """
        self.evaluations += 1
        try:
            if isinstance(schedule, str):
                schedule = parse_schedule(schedule)
            validate_schedule(schedule, program.info)
        except ScheduleError as exc:
            self.rejected_schedules += 1
            logger.debug("rejected schedule %s for program %s: %s", schedule, program.name, exc)
            return EvalResult.failed(FailureKind.SCHEDULE, str(exc))

        key = schedule.key()
        if key == "":
            return self.baseline(program)
        cached = self._cached(program, key)
        if cached is not None:
            return cached

        # The baseline time scales the run timeout, and the caller needs it for the speedup anyway.
        self.baseline(program)
        result = self.worker.evaluate(program, schedule)
        self._store(program, key, result)
        return result

    def speedup(self, program: Program, schedule: Schedule | str) -> float | None:
        """Return baseline time / scheduled time, or None when either evaluation failed."""
        base = self.baseline(program)
        result = self.evaluate(program, schedule)
        return speedup(base, result)

    def transformed_ir(self, program: Program, schedule: Schedule | str) -> str:
        """Return the IR after the schedule's transforms; raise ScheduleError when the schedule is invalid."""
        schedule = self._checked(program, schedule)
        return self.worker.transformed_ir(program, schedule)

    def transform_script(self, program: Program, schedule: Schedule | str) -> str:
        """Return the transform-dialect script of a schedule; raise ScheduleError when it is invalid."""
        schedule = self._checked(program, schedule)
        return self.worker.transform_script(program, schedule)

    def _checked(self, program: Program, schedule: Schedule | str) -> Schedule:
        if isinstance(schedule, str):
            schedule = parse_schedule(schedule)
        validate_schedule(schedule, program.info)
        return schedule

    def stats(self) -> dict[str, Any]:
        """Worker counters, cache counters and the number of rejected schedules."""
        return {
            "worker": self.worker.stats(),
            "cache": self.cache.stats() if self.cache is not None else None,
            "evaluations": self.evaluations,
            "rejected_schedules": self.rejected_schedules,
        }

    def close(self) -> None:
        self.worker.close()
        if self.cache is not None:
            self.cache.close()


def speedup(baseline: EvalResult, result: EvalResult) -> float | None:
    """Return baseline time / result time, or None when either has no time."""
    if not (baseline.ok and result.ok) or not baseline.time_ns or not result.time_ns:
        return None
    return baseline.time_ns / result.time_ns
