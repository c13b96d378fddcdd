"""Shared pytest fixtures: data paths, a session-wide Ray instance, MLIR availability."""

from __future__ import annotations

import os
import pathlib

import pytest

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED_DATA = pathlib.Path(os.environ.get("MLIRRL_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))
UPSTREAM_DATA = SHARED_DATA / "upstream"
HAZARD_DATA = SHARED_DATA / "hazards"


def shared_file(*parts: str) -> pathlib.Path:
    """Path to a file under the shared data folder; skip the test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data file {path} is absent (set MLIRRL_SHARED_DATA to its folder)")
    return path


@pytest.fixture(scope="session")
def ray_session():
    """One local Ray instance for every test that needs it (2 logical CPUs per core, no dashboard)."""
    from mlirrl.ray_utils import init_ray, shutdown_ray

    init_ray(num_cpus=max(4, 2 * (os.cpu_count() or 1)), dashboard=False, log_to_driver=False)
    yield
    shutdown_ray()


@pytest.fixture
def tmp_cache(tmp_path):
    """Path of a fresh execution-time cache file."""
    return tmp_path / "cache.sqlite"
