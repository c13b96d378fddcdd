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


@pytest.mark.slow
@pytest.mark.skipif(not HAS_DASHBOARD_EXTRA, reason="needs the dashboard extra: pip install 'mlirrl[dashboard]'")
def test_training_metrics_reach_prometheus_endpoint():
    import time
    import urllib.request

    import ray

    from mlirrl.train import RayMetricsExporter

    if ray.is_initialized():
        pytest.skip("another test's Ray instance is running in this process")
    try:
        init_ray(num_cpus=1, dashboard=True)
        RayMetricsExporter("probe").export({"geomean_speedup": 1.75})
        port = ray._private.worker.global_worker.node.metrics_export_port
        samples: list[str] = []
        for _ in range(30):
            time.sleep(2)
            text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
            samples = [line for line in text.splitlines() if line.startswith("ray_mlirrl_geomean_speedup")]
            if samples:
                break
        assert samples, "the gauge never appeared on the metrics endpoint"
        assert 'run="probe"' in samples[0]
        assert samples[0].endswith(" 1.75")
    finally:
        shutdown_ray()
