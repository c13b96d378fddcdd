"""A Ray Tune sweep of 2 trials x 1 iteration on the `tiny` suite."""

from __future__ import annotations

import pytest
import yaml

from mlirrl.config import TrainConfig, load_config_file
from mlirrl.errors import ConfigError
from mlirrl.tune import run_sweep, search_space
from tests.conftest import REPO_ROOT


def test_search_space_kinds():
    from ray import tune

    space = search_space({"lr": {"grid": [1e-3, 1e-4]}, "epochs": 2, "minibatch_size": {"choice": [32, 64]}})
    assert space["lr"] == tune.grid_search([1e-3, 1e-4])
    assert space["epochs"] == 2
    assert isinstance(space["minibatch_size"], tune.search.sample.Categorical)


def test_search_space_unknown_kind():
    with pytest.raises(ConfigError, match="unknown kind"):
        search_space({"lr": {"normal": [0, 1]}})


@pytest.mark.parametrize("name", ["quick_cpu.yaml", "lr_batch.yaml", "lstm.yaml", "distilbert.yaml"])
def test_bundled_sweeps_name_known_options(name):
    spec = load_config_file(REPO_ROOT / "tune_configs" / name)
    base = TrainConfig().updated(spec["base"])
    assert set(spec["param_space"]) <= set(base.to_dict())
    search_space(spec["param_space"])


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_sweep_writes_best_config(tmp_path):
    spec = load_config_file(REPO_ROOT / "tune_configs" / "quick_cpu.yaml")
    spec["storage_path"] = str(tmp_path)
    spec["name"] = "sweep"
    best_path = run_sweep(spec, "quick_cpu.yaml", address=None, resume=False, dashboard=False)

    assert best_path == tmp_path / "sweep" / "best_config.yaml"
    best = TrainConfig.from_dict(yaml.safe_load(best_path.read_text()))
    assert best.lr in (0.001, 0.0003)
    assert best.suite == "tiny"
    trials = [p for p in (tmp_path / "sweep").iterdir() if p.is_dir() and p.name.startswith("train_trial")]
    assert len(trials) == 2
