"""The exception family of mlirrl.

Every error that mlirrl raises on purpose derives from `MlirrlError`, so callers can
catch the whole family in one place. Messages name the file, the op tag or the
schedule involved and say what to do next.
"""


class MlirrlError(Exception):
    """Base class of every error raised by mlirrl."""


class ConfigError(MlirrlError):
    """An invalid option, configuration file or command-line value."""


class ProgramError(MlirrlError):
    """An MLIR program that cannot be loaded: parse error, missing entry function, bad IR."""


class UnsupportedProgramError(ProgramError):
    """A program that parses but that mlirrl cannot run: dynamic shapes, bf16, too large."""


class ScheduleError(MlirrlError):
    """A schedule that is invalid for its program: wrong sizes, permutations or op tags."""


class CompileError(MlirrlError):
    """A transform, lowering or JIT step failed inside the compiler."""


class WorkerError(MlirrlError):
    """The compile-and-run worker process crashed, timed out or could not start."""


class SuiteError(MlirrlError):
    """A benchmark suite or its manifest is missing or malformed."""


class CheckpointError(MlirrlError):
    """A checkpoint is missing or cannot be loaded."""
