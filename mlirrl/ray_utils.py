"""Start or connect to Ray in one place.

Ray probes cloud metadata addresses whenever it starts, and no setting turns that
off; tests and CI therefore run every command that can start Ray inside a network
namespace with loopback only (see README.md).
"""

from __future__ import annotations

import logging
import os
from typing import Any

logger = logging.getLogger(__name__)


def init_ray(
    address: str | None = None,
    num_cpus: int | None = None,
    dashboard: bool = False,
    log_to_driver: bool = True,
    runtime_env: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Start a local Ray instance, or connect to `address` ("auto" or host:port).

    Without `address`, the cluster named by the environment variable RAY_ADDRESS is
    used when it is set; otherwise a new local instance starts, even when another
    Ray instance runs on the machine.

    num_cpus is the logical CPU count of a local instance (default: the machine's);
    it may exceed the physical cores so that more env runners than cores can be
    scheduled. The dashboard, when requested, listens on 127.0.0.1 and needs the
    `dashboard` extra (ray[default]). Usage statistics are always off.
    Returns ray.init's context information as a dict (dashboard URL among others).
    """
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray

    if ray.is_initialized():
        return {"dashboard_url": None, "already_running": True}

    kwargs: dict[str, Any] = {
        "include_dashboard": dashboard,
        "log_to_driver": log_to_driver,
        "runtime_env": runtime_env,
        "ignore_reinit_error": True,
    }
    if not address and os.environ.get("RAY_ADDRESS"):
        # A Ray job (`ray job submit`, KubeRay) names its cluster in RAY_ADDRESS.
        address = os.environ["RAY_ADDRESS"]
    if address:
        kwargs["address"] = address
    else:
        # "local" starts a new instance. Without it, ray.init attaches to the last
        # cluster started on this machine (/tmp/ray/ray_current_cluster), which may
        # belong to another user or run, and then rejects num_cpus.
        kwargs["address"] = "local"
        kwargs["num_cpus"] = num_cpus or os.cpu_count() or 1
    if dashboard:
        kwargs["dashboard_host"] = "127.0.0.1"
        kwargs["dashboard_port"] = 8265
    if dashboard and not address:
        try:
            import aiohttp  # noqa: F401  (installed by ray[default])
        except ImportError as exc:
            from mlirrl.errors import ConfigError

            raise ConfigError(
                "the Ray dashboard needs the 'dashboard' extra: pip install 'mlirrl[dashboard]'"
            ) from exc

    context = ray.init(**kwargs)
    url = getattr(context, "dashboard_url", None)
    if url:
        logger.info("Ray dashboard: http://%s", url)
    logger.info(
        "Ray started: address=%s, resources=%s",
        address or "local",
        {k: v for k, v in ray.cluster_resources().items() if k in ("CPU", "GPU", "memory")},
    )
    return {"dashboard_url": url, "already_running": False}


def shutdown_ray() -> None:
    import ray

    if ray.is_initialized():
        ray.shutdown()
