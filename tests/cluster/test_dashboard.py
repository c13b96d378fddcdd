"""`--dashboard` starts Ray's dashboard on 127.0.0.1, or explains the missing extra."""

from __future__ import annotations

import importlib.util

import pytest

from mlirrl.errors import ConfigError
from mlirrl.ray_utils import init_ray, shutdown_ray

HAS_DASHBOARD_EXTRA = importlib.util.find_spec("aiohttp") is not None


@pytest.mark.skipif(HAS_DASHBOARD_EXTRA, reason="the dashboard extra is installed")
def test_dashboard_without_extra_names_it():
    import ray

    if ray.is_initialized():
        pytest.skip("another test's Ray instance is running in this process")
    with pytest.raises(ConfigError, match=r"mlirrl\[dashboard\]"):
        init_ray(num_cpus=1, dashboard=True)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASHBOARD_EXTRA, reason="needs the dashboard extra: pip install 'mlirrl[dashboard]'")
def test_dashboard_listens_on_loopback():
    import ray

    if ray.is_initialized():
        pytest.skip("another test's Ray instance is running in this process")
    try:
        info = init_ray(num_cpus=1, dashboard=True)
        assert info["dashboard_url"].startswith("127.0.0.1:")
    finally:
        shutdown_ray()
