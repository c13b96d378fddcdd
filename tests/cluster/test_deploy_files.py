"""Checks of the deployment files that need no Docker engine or cluster."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys
import tomllib

import pytest
import yaml

from tests.conftest import REPO_ROOT

DOCKER = REPO_ROOT / "docker"


def pinned_requirements() -> dict[str, str]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    pins = {}
    for requirement in project["dependencies"]:
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)(\[[^\]]+\])?==([^;\s]+)", requirement)
        if match:
            pins[match.group(1).lower()] = match.group(3)
    return pins


@pytest.mark.parametrize("name", ["cluster.yaml", "kuberay.yaml"])
def test_manifest_yaml_parses(name):
    documents = list(yaml.safe_load_all((DOCKER / name).read_text()))
    assert documents, f"{name} holds no YAML document"
    assert all(isinstance(doc, dict) for doc in documents)


def test_kuberay_has_cluster_and_job():
    documents = list(yaml.safe_load_all((DOCKER / "kuberay.yaml").read_text()))
    kinds = {doc["kind"] for doc in documents}
    assert kinds == {"RayCluster", "RayJob"}
    cluster = next(doc for doc in documents if doc["kind"] == "RayCluster")
    groups = {group["groupName"]: group for group in cluster["spec"]["workerGroupSpecs"]}
    gpu_limits = groups["gpu-learner"]["template"]["spec"]["containers"][0]["resources"]["limits"]
    assert gpu_limits["nvidia.com/gpu"] == 1
    assert cluster["spec"]["rayVersion"] == pinned_requirements()["ray"]


def test_cluster_launcher_node_types():
    config = yaml.safe_load((DOCKER / "cluster.yaml").read_text())
    assert config["head_node_type"] in config["available_node_types"]
    assert {"cpu_worker", "gpu_worker"} <= set(config["available_node_types"])


@pytest.mark.parametrize("dockerfile", ["Dockerfile.cpu", "Dockerfile.gpu"])
def test_images_install_pinned_torch_and_project(dockerfile):
    text = (DOCKER / dockerfile).read_text()
    torch_pin = pinned_requirements()["torch"]
    assert f"torch=={torch_pin}" in text
    assert "pip install --no-cache-dir '.[dashboard]'" in text
    assert "libomp5" in text
    # Every other package comes from pyproject.toml, so the image pins nothing else.
    installs = re.findall(r"pip install[^\n&]*", text)
    for line in installs:
        extra = [token for token in line.split() if "==" in token and not token.startswith("torch==")]
        assert not extra, f"{dockerfile} pins {extra} outside pyproject.toml"


def test_documented_commands_exist():
    readme = (DOCKER / "README.md").read_text()
    modules = set(re.findall(r"python -m (mlirrl\.[a-z_]+)", readme))
    assert {"mlirrl.train", "mlirrl.tune"} <= modules
    for module in sorted(modules):
        result = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"{module} --help failed: {result.stderr[-2000:]}"
    for path in re.findall(r"(tune_configs/[a-z_]+\.yaml|docker/[A-Za-z_.]+)", readme):
        assert (REPO_ROOT / path).exists(), f"docker/README.md names {path}, which does not exist"
