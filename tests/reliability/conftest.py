"""Fixtures of the reliability tests: a compiler service with short time limits."""

from __future__ import annotations

import pytest

# Time limits, in seconds, short enough that a hang fails a test within a minute.
COMPILE_TIMEOUT_S = 30.0
RUN_TIMEOUT_FLOOR_S = 10.0


@pytest.fixture(scope="module")
def service():
    """One compiler service for a test module, without a cache file."""
    pytest.importorskip("mlir.ir")
    from mlirrl.compiler.worker import CompilerService

    with CompilerService(compile_timeout_s=COMPILE_TIMEOUT_S, run_timeout_floor_s=RUN_TIMEOUT_FLOOR_S) as service:
        yield service
