"""A local two-node Ray cluster (head plus a node joined with `ray start --address`,
both on 127.0.0.1) runs `mlirrl.train --address` with env runners on both nodes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
import yaml

from tests.conftest import REPO_ROOT

RAY = os.path.join(os.path.dirname(sys.executable), "ray")

# Token authentication reads ~/.ray/auth_token, which other Ray sessions on the same
# machine may rewrite while this cluster starts; the cluster listens on loopback only,
# so the test turns authentication off for all its processes.
CLUSTER_ENV = dict(os.environ, RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="disabled")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_node(args: list[str], log_path) -> subprocess.Popen:
    """Start `ray start --block ...` in its own process group, so that the test can
    stop exactly the processes it started."""
    with open(log_path, "w") as log:
        return subprocess.Popen([RAY, "start", "--block", *args], stdout=log, stderr=subprocess.STDOUT,
                                env=CLUSTER_ENV, start_new_session=True)


def stop_node(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def wait_for_nodes(address: str, count: int, timeout_s: float = 120.0) -> list[str]:
    """Node IDs of the alive nodes, once `count` of them have joined."""
    code = (
        "import json, ray; ray.init(address=%r, log_to_driver=False);"
        "print(json.dumps([n['NodeID'] for n in ray.nodes() if n['Alive']]))" % address
    )
    deadline = time.monotonic() + timeout_s
    nodes: list[str] = []
    while time.monotonic() < deadline:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                                env=CLUSTER_ENV)
        if result.returncode == 0:
            nodes = json.loads(result.stdout.strip().splitlines()[-1])
            if len(nodes) >= count:
                return nodes
        time.sleep(2)
    raise AssertionError(f"only {len(nodes)} of {count} Ray nodes joined within {timeout_s} s")


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_train_places_env_runners_on_both_nodes(tmp_path):
    port = free_port()
    address = f"127.0.0.1:{port}"
    # One logical CPU per node and one CPU per env runner: each node fits exactly one runner.
    head = start_node(["--head", "--node-ip-address=127.0.0.1", f"--port={port}", "--num-cpus=1",
                       "--include-dashboard=false", "--disable-usage-stats"], tmp_path / "head.log")
    worker = None
    try:
        time.sleep(3)
        worker = start_node([f"--address={address}", "--node-ip-address=127.0.0.1", "--num-cpus=1",
                             "--disable-usage-stats"], tmp_path / "worker.log")
        nodes = wait_for_nodes(address, 2)

        config = {
            "model": "lstm",
            "model_config": {"op_embed_size": 32, "lstm_size": 32, "backbone_sizes": [32], "head_size": 32,
                             "value_sizes": [32]},
            "suite": "tiny",
            "iterations": 2,
            "num_workers": 2,
            "train_batch_size": 64,
            "minibatch_size": 32,
            "epochs": 1,
            "output": str(tmp_path / "runs"),
            "name": "two-node",
            "cpus_per_worker": 1.0,
        }
        config_path = tmp_path / "train.yaml"
        config_path.write_text(yaml.safe_dump(config))
        result = subprocess.run(
            [sys.executable, "-m", "mlirrl.train", "--config", str(config_path), "--address", address],
            capture_output=True, text=True, timeout=800, cwd=REPO_ROOT, env=CLUSTER_ENV,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert "iter 2/2" in result.stdout

        placement = json.loads((tmp_path / "runs" / "two-node" / "placement.json").read_text())
        runner_nodes = placement["env_runner_nodes"]
        assert len(runner_nodes) == 2
        assert set(runner_nodes) == set(nodes), f"env runners on {runner_nodes}, cluster nodes {nodes}"
        assert (tmp_path / "runs" / "two-node" / "checkpoints" / "iter_000002").is_dir()
    finally:
        if worker is not None:
            stop_node(worker)
        stop_node(head)
