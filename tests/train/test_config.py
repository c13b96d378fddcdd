"""Training configuration: defaults, YAML files and flags, in that order of precedence."""

from __future__ import annotations

import pytest

from mlirrl.config import TrainConfig, load_config_file, save_config
from mlirrl.errors import ConfigError
from mlirrl.train import build_parser, resolve_config


def test_defaults_train_lstm_on_small():
    config = resolve_config(build_parser().parse_args([]))
    assert config.model == "lstm"
    assert config.suite == "small"
    assert config.resolved_lr() == pytest.approx(1e-3)


def test_distilbert_default_lr():
    config = resolve_config(build_parser().parse_args(["--model", "distilbert"]))
    assert config.resolved_lr() == pytest.approx(1e-4)


def test_flags_override_yaml(tmp_path):
    path = tmp_path / "run.yaml"
    path.write_text("model: distilbert\nlr: 0.0005\niterations: 7\nenv: {max_steps_per_op: 4}\n")
    args = build_parser().parse_args(["--config", str(path), "--iterations", "3"])
    config = resolve_config(args)
    assert config.model == "distilbert"
    assert config.lr == pytest.approx(5e-4)
    assert config.iterations == 3
    assert config.env == {"max_steps_per_op": 4}


def test_saved_config_round_trips(tmp_path):
    config = TrainConfig(model="distilbert", iterations=9, model_config={"hidden_size": 32})
    save_config(config, tmp_path / "config.yaml")
    loaded = TrainConfig.from_dict(load_config_file(tmp_path / "config.yaml"))
    assert loaded == config


def test_unknown_option_rejected(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("learning_rate: 0.1\n")
    with pytest.raises(ConfigError, match="learning_rate"):
        resolve_config(build_parser().parse_args(["--config", str(path)]))


def test_missing_config_file_rejected(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config_file(tmp_path / "absent.yaml")


def test_learner_threads_leave_cores_to_env_runners():
    assert TrainConfig(num_workers=2).resolved_learner_threads(cores=2) == 1
    assert TrainConfig(num_workers=4).resolved_learner_threads(cores=16) == 12
    assert TrainConfig(num_workers=2, learner_threads=3).resolved_learner_threads(cores=2) == 3
