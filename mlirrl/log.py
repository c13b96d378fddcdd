"""Logging set-up shared by every command-line entry point."""

import logging
import os

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_DATE_FORMAT = "%H:%M:%S"


def setup_logging(verbosity: int = 0) -> None:
    """Configure the root logger once for a CLI.

    verbosity 0 shows INFO and above, 1 or more shows DEBUG, a negative value shows
    only warnings. The environment variable MLIRRL_LOG_LEVEL (a level name) overrides it.
    """
    level = logging.INFO
    if verbosity > 0:
        level = logging.DEBUG
    elif verbosity < 0:
        level = logging.WARNING

    override = os.environ.get("MLIRRL_LOG_LEVEL")
    if override:
        level = logging.getLevelName(override.upper())
        if not isinstance(level, int):
            level = logging.INFO

    logging.basicConfig(level=level, format=_FORMAT, datefmt=_DATE_FORMAT, force=True)
    # Third-party libraries log a lot at INFO; keep their warnings only.
    for noisy in ("ray", "ray.rllib", "ray.tune", "urllib3", "filelock", "matplotlib"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
