"""The Gymnasium environment that schedules MLIR linalg programs, op by op."""

from __future__ import annotations

import logging
import time
from typing import Any

import gymnasium as gym
import numpy as np

from envs.episode import Episode
from envs.observation import ObservationBuilder
from envs.options import EnvOptions
from envs.programs import BenchmarkSet, benchmarks_from_options
from envs.spaces import action_space, observation_space
from mlirrl.compiler.program import Program
from mlirrl.compiler.results import EvalResult, FailureKind
from mlirrl.compiler.schedule import Schedule
from mlirrl.errors import ConfigError, MlirrlError, ProgramError

logger = logging.getLogger(__name__)


class ScheduleEnv(gym.Env):
    """
    ## Description

    Each episode schedules one program drawn from a benchmark suite. The agent picks
    loop transformations for the program's linalg ops, one decision at a time.
    After the last op, the whole schedule is applied with MLIR's transform dialect,
    compiled, checked against the untransformed program and timed. The reward is
    the log speedup over the untransformed program.

    Ops are visited from the last to the first in program order, so a consumer is
    scheduled before its producers. Ops without loops (rank 0) and ops with more
    than `max_loops` loops are skipped and counted in `info`. Each op's schedule
    follows a fixed order of steps:

    | step | legal types        |
    |------|--------------------|
    | 0    | I                  |
    | 1    | T, TP, TPF, V      |
    | 2    | NT, T, TP, TPF, V  |
    | 3+   | V, NT              |

    V and NT end the op, and so does reaching `max_steps_per_op` steps. In
    "pointers" mode an interchange of an n-loop op takes n decisions (one loop
    pointer each, the identity included) but one step. In "swaps" mode it is one
    decision that swaps two loops; step 0 then also allows the step-1 types, and
    picking one of them keeps the loop order.

    A tiled fusion (TPF) of the op's last producer (the producer with the highest
    program index) inserts the fused copy `<producer>@<consumer>` into the visit
    order right after its consumer. The fused copy starts with the loop ranges that
    the consumer's tile implies and cannot take TP or TPF. The original producer is
    skipped once every consumer it had has fused it; otherwise it is visited too.

    ## Action Space

    A `Dict` (see `envs.spaces`): `type` in [NT, T, TP, TPF, I, V], tile-size
    indices per loop for T (`tiling`), TP (`parallel`) and TPF (`fusion`), and an
    `interchange` index (a loop pointer, or a swap candidate). Only the chosen
    type's parameters are read. An action outside the mask raises
    `envs.masks.InvalidActionError` (a ValueError) that names the op, the action
    and the legal choices. With `invalid_action="penalize"` it ends the op with
    `invalid_action_penalty` instead (for agents that ignore masks, and for
    Gymnasium's `check_env`, which steps with unmasked samples).

    Masks: tile-size index p >= 1 is legal on a loop iff `tile_sizes[p]` divides
    the loop's current range and is smaller than it; index 0 is always legal, and
    padded loops allow only 0. `parallel` and `fusion` allow only 0 on reduction
    loops. TP and TPF are legal at most once per op, before any T, and only when
    some parallel loop can take a non-zero tile; TPF also needs a producer with 1 to
    `max_loops` loops. V needs a vectorizable op whose tiled iteration space has at
    most `max_vector_elements` elements. Interchange pointers point at loops not
    chosen yet. A TP or TPF whose sizes are all 0 tiles nothing, so no action is
    recorded for it, but it still takes its step.

    ## Observation Space

    A `Dict` of float32 vectors (see `envs.spaces`): `consumer` and `producer` op
    features from the static analysis of the original ops (producer zeros when the
    op has none), `history` (the op's steps so far, one-hot: type, tile-size index
    per loop, interchange position-to-loop), `state` (current loop ranges as
    log2(1 + range) / 16, loop count / max_loops, step / max_steps_per_op) and
    `action_mask` (1 = legal).

    ## Rewards

    0 on every decision but the last, which gets log(T_base / T_new) (natural log
    unless `log_base` is set). An action that fails validation at its step ends
    its op and gets `invalid_action_penalty` on that step (the masks should make
    this impossible). A schedule that fails to compile, crashes, times out or
    gives a wrong result gets `failure_penalty` as its final reward. An empty
    schedule (all NT and identity) is not compiled: its reward is 0.

    ## Starting State

    A program drawn uniformly from the benchmarks with the env's random generator
    (`reset(seed=...)` or the `seed` option), or the one named by
    `reset(options={"benchmark": name})`. Its baseline time comes from the
    compiler service (cached) before the first decision; a program whose baseline
    fails or that has no schedulable op is dropped and another one drawn. The
    first reset loads every benchmark and drops those that fail to load, so a
    suite's bad files are reported at the start, one warning each.

    ## Episode End

    `terminated` is True after the last decision of the last op; it is never
    truncated. The `info` of the last step holds `benchmark`, `speedup`,
    `baseline_ns`, `new_ns`, `schedule_key`, `schedule` (text with every action),
    `failure` (a FailureKind value or None), `message`, `cache_hit`, `compile_s`,
    `run_s`, `final_step_s` and the counts of skipped ops and invalid actions.
    `stats()` sums those counts, cache hits and failures by kind over episodes.

    ## Arguments

    `ScheduleEnv(config: dict | None = None, **kwargs)`, where keyword arguments
    override the `config` dict (RLlib passes its `env_config` as `config`):

    - `suite` ("tiny"): suite name or folder; `split` ("train"): train, eval or all.
    - `files`: MLIR files to use in place of a suite. `programs`: ready `Program` objects.
    - `max_loops` (12), `tile_sizes` ((1, 2, 4, ..., 64); "no tiling" is implied),
      `max_steps_per_op` (5), `interchange_mode` ("pointers" or "swaps"):
      these fix the space shapes.
    - `max_vector_elements` (512): V limit on the tiled iteration space.
    - `log_base` (None, natural log), `failure_penalty` (-5.0),
      `invalid_action_penalty` (-5.0), `invalid_action` ("raise" or "penalize").
    - `threads` (1), `parallel` (True), `cache_path` (None, no cache),
      `compile_timeout_s`, `run_timeout_floor_s` (seconds; service defaults when
      None) and `service_options` (more `CompilerService` keyword arguments).
    - `seed` (None): seed of the first reset when `reset` gets none.
    - `evaluator`: an object with `baseline(program)` and `evaluate(program,
      schedule)` (and `load_file(path)` for files) used in place of a
      `CompilerService`; the env does not close it.
    """

    metadata = {"render_modes": []}

    def __init__(self, config: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__()
        self.options = EnvOptions.from_config(config, kwargs)
        self.render_mode = self.options.render_mode
        self.space_config = self.options.space_config()
        self.observation_space = observation_space(self.space_config)
        self.action_space = action_space(self.space_config)

        self.benchmarks = BenchmarkSet(
            benchmarks_from_options(self.options.suite, self.options.split, self.options.files, self.options.programs)
        )
        self._evaluator = self.options.evaluator
        self._owns_evaluator = False
        self._observations = ObservationBuilder(self.space_config)
        self._baselines: dict[str, EvalResult] = {}
        self._dropped: dict[str, str] = {}
        self._seeded = False
        self._checked_loads = False

        self._name = ""
        self._episode: Episode | None = None
        self._program: Program | None = None
        self._mask: np.ndarray | None = None
        self._last_observation: dict[str, np.ndarray] | None = None
        self._decisions = 0
        self._penalties = 0.0
        self._totals: dict[str, int] = {}

    # -- benchmarks -----------------------------------------------------------

    @property
    def benchmark_names(self) -> list[str]:
        return list(self.benchmarks.names)

    def benchmark_family(self, name: str) -> str:
        return self.benchmarks.get(name).family

    def torch_time_ns(self, name: str) -> float | None:
        """PyTorch eager time of the benchmark recorded in its suite, or None."""
        return self.benchmarks.get(name).torch_ns

    @property
    def evaluator(self) -> Any:
        """The compiler service (started on first use) or the injected evaluator."""
        if self._evaluator is None:
            from mlirrl.compiler.worker import CompilerService

            options = self.options
            extra = dict(options.service_options)
            if options.compile_timeout_s is not None:
                extra["compile_timeout_s"] = options.compile_timeout_s
            if options.run_timeout_floor_s is not None:
                extra["run_timeout_floor_s"] = options.run_timeout_floor_s
            self._evaluator = CompilerService(
                cache_path=options.cache_path, threads=options.threads, parallel=options.parallel, **extra
            )
            self._owns_evaluator = True
        return self._evaluator

    def _load(self, path: str) -> Program:
        return self.evaluator.load_file(path)

    def _prepare(self, name: str) -> tuple[Program, Episode] | str:
        """Load the program, get its baseline and start an episode; return the reason
        as a string when the benchmark cannot be used."""
        try:
            program = self.benchmarks.program(name, self._load)
        except ProgramError as exc:
            # An invalid or unsupported program; a WorkerError (the worker itself
            # failed) propagates, because it would drop every benchmark in turn.
            return f"cannot load program: {exc}"
        baseline = self._baselines.get(name)
        if baseline is None:
            baseline = self.evaluator.baseline(program)
            self._baselines[name] = baseline
        if not baseline.ok:
            kind = baseline.failure.value if baseline.failure else "unknown"
            return f"baseline failed ({kind}): {baseline.message}"
        episode = Episode(
            program.info,
            self.space_config,
            self.options.max_vector_elements,
            self.options.invalid_action_penalty,
            penalize_masked=self.options.invalid_action == "penalize",
        )
        if episode.done:
            return "no op to schedule (every op has no loops or more than max_loops loops)"
        return program, episode

    # -- Gymnasium API --------------------------------------------------------

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None):
        if seed is None and not self._seeded:
            seed = self.options.seed
        super().reset(seed=seed)
        self._seeded = True

        if not self._checked_loads:
            self._drop_unloadable()
        requested = (options or {}).get("benchmark")
        if requested is not None:
            prepared = self._prepare(requested)
            if isinstance(prepared, str):
                raise ConfigError(f"benchmark {requested} cannot be scheduled: {prepared}")
            name = requested
        else:
            name, prepared = self._draw()

        self._name = name
        self._program, self._episode = prepared
        self._observations.reset()
        self._decisions = 0
        self._penalties = 0.0
        observation = self._observe()
        info = {"benchmark": name, "op": self._episode.current.tag}
        return observation, info

    def _draw(self) -> tuple[str, tuple[Program, Episode]]:
        # One draw from the generator per reset, even when benchmarks get dropped, so
        # that a seeded reset leaves the generator in the same state.
        position = float(self.np_random.random())
        names = [name for name in self.benchmarks.names if name not in self._dropped]
        while names:
            name = names[int(position * len(names))]
            prepared = self._prepare(name)
            if not isinstance(prepared, str):
                return name, prepared
            self._drop(name, prepared)
            names.remove(name)
        reasons = "; ".join(f"{name}: {reason}" for name, reason in list(self._dropped.items())[:5])
        raise ConfigError(f"no benchmark of {len(self.benchmarks)} can be scheduled ({reasons})")

    def _drop(self, name: str, reason: str) -> None:
        self._dropped[name] = reason
        logger.warning("benchmark %s dropped from the draw: %s", name, reason)

    def _drop_unloadable(self) -> None:
        """Load every benchmark once and drop the ones that cannot be loaded."""
        self._checked_loads = True
        for name in self.benchmarks.names:
            try:
                self.benchmarks.program(name, self._load)
            except ProgramError as exc:
                self._drop(name, f"cannot load program: {exc}")
        if self._dropped:
            logger.warning("%d of %d benchmarks cannot be loaded and are left out", len(self._dropped),
                           len(self.benchmarks))

    def _observe(self) -> dict[str, np.ndarray]:
        self._mask = self._episode.mask()
        observation = self._observations.build(self._episode, self._mask)
        self._last_observation = observation
        return observation

    def step(self, action: dict[str, Any]):
        episode = self._episode
        if episode is None or episode.done:
            raise RuntimeError("step() called without an active episode; call reset() first")
        outcome = episode.apply(action, self._mask)
        self._decisions += 1
        reward = outcome.penalty
        self._penalties += outcome.penalty

        if not episode.done:
            info: dict[str, Any] = {"op": episode.current.tag}
            if outcome.message:
                info["invalid_action"] = outcome.message
            return self._observe(), reward, False, False, info

        final_reward, info = self._finish()
        if outcome.message:
            info["invalid_action"] = outcome.message
        observation = self._observations.terminal(self._last_observation)
        return observation, reward + final_reward, True, False, info

    def _finish(self) -> tuple[float, dict[str, Any]]:
        """Evaluate the finished schedule; return the final reward and the info dict."""
        started = time.perf_counter()
        program, episode = self._program, self._episode
        schedule = episode.schedule()
        baseline_ns = self._baselines[self._name].time_ns

        if schedule.is_empty:
            result = EvalResult.success(baseline_ns)
        else:
            result = self._evaluate(program, schedule)

        if result.ok and result.time_ns is not None:
            reward = self.options.reward(baseline_ns, result.time_ns)
            speedup = baseline_ns / max(result.time_ns, 1e-3)
        else:
            reward = self.options.failure_penalty
            speedup = None

        counts = episode.counts
        info = {
            "benchmark": self._name,
            "speedup": speedup,
            "baseline_ns": baseline_ns,
            "new_ns": result.time_ns if result.ok else None,
            "schedule_key": schedule.key(),
            "schedule": schedule_text(schedule),
            "failure": result.failure.value if result.failure else None,
            "message": result.message,
            "cache_hit": result.cache_hit,
            "compile_s": result.compile_s,
            "run_s": result.run_s,
            "final_step_s": time.perf_counter() - started,
            "decisions": self._decisions,
            "skipped_no_loops": counts.no_loops,
            "skipped_too_many_loops": counts.too_many_loops,
            "fused_away": counts.fused_away,
            "invalid_actions": counts.invalid_actions,
            "masked_actions": counts.masked_actions,
        }
        self._count(info)
        if not result.ok:
            logger.info("benchmark %s: schedule %s failed (%s): %s", info["benchmark"], info["schedule_key"],
                        info["failure"], result.message[:300])
        return reward, info

    def _count(self, info: dict[str, Any]) -> None:
        totals = self._totals
        totals["episodes"] = totals.get("episodes", 0) + 1
        totals["decisions"] = totals.get("decisions", 0) + info["decisions"]
        for key in ("skipped_no_loops", "skipped_too_many_loops", "fused_away", "invalid_actions", "masked_actions"):
            totals[key] = totals.get(key, 0) + info[key]
        if info["cache_hit"]:
            totals["cache_hits"] = totals.get("cache_hits", 0) + 1
        if info["failure"]:
            failure = f"failure_{info['failure']}"
            totals[failure] = totals.get(failure, 0) + 1

    def stats(self) -> dict[str, Any]:
        """Return counters summed over this env's finished episodes, and the benchmarks
        dropped from the draw with their reasons."""
        return {**self._totals, "dropped_benchmarks": dict(self._dropped)}

    def _evaluate(self, program: Program, schedule: Schedule) -> EvalResult:
        try:
            return self.evaluator.evaluate(program, schedule)
        except MlirrlError as exc:
            # The service reports failures as results; an error here means the worker
            # itself failed. The episode still ends with the failure penalty.
            logger.error("evaluation of %s on %s raised: %s", schedule, program.name, exc)
            return EvalResult.failed(FailureKind.CRASH, f"{type(exc).__name__}: {exc}")

    def close(self) -> None:
        if self._owns_evaluator and self._evaluator is not None:
            self._evaluator.close()
            self._evaluator = None
            self._owns_evaluator = False
        super().close()


def schedule_text(schedule: Schedule) -> str:
    """Format a schedule as one line per op with every action, no-ops included (the key drops them)."""
    lines = []
    for op in schedule.ops:
        actions = ",".join(action.key() for action in op.actions) or "-"
        lines.append(f"{op.tag}:{actions}")
    return "\n".join(lines)
