"""End to end: PPO with 2 env runners on the `tiny` suite, for both models; resume;
evaluation from the checkpoint without Ray."""

from __future__ import annotations

import csv
import math

import pytest

from mlirrl.config import TrainConfig
from mlirrl.evaluate import main as evaluate_main
from mlirrl.train import latest_checkpoint, train

TINY_MODELS = {
    "lstm": {"op_embed_size": 32, "lstm_size": 32, "backbone_sizes": [32], "head_size": 32, "value_sizes": [32]},
    "distilbert": {"dim": 32, "n_layers": 1, "n_heads": 2, "backbone_sizes": [32], "head_size": 32, "value_sizes": [32]},
}


def tiny_config(model: str, output, iterations: int) -> TrainConfig:
    return TrainConfig(
        model=model,
        model_config=TINY_MODELS[model],
        suite="tiny",
        iterations=iterations,
        num_workers=2,
        train_batch_size=64,
        minibatch_size=32,
        epochs=1,
        checkpoint_every=1,
        output=str(output),
        name=f"{model}-e2e",
    )


def read_metrics(run_dir):
    with (run_dir / "metrics.csv").open() as handle:
        return list(csv.DictReader(handle))


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("model", ["lstm", "distilbert"])
def test_train_resume_evaluate(model, tmp_path):
    run_dir = train(tiny_config(model, tmp_path, iterations=2))

    rows = read_metrics(run_dir)
    assert [int(float(r["iteration"])) for r in rows] == [1, 2]
    for row in rows:
        assert float(row["episodes"]) > 0
        assert math.isfinite(float(row["episode_reward_mean"]))
        assert math.isfinite(float(row["entropy"]))
    assert "eval_geomean_speedup" in rows[-1]
    assert (run_dir / "config.yaml").is_file()
    assert any((run_dir / "tensorboard").iterdir())
    assert (run_dir / "eval" / "iter_000002" / "results.md").is_file()
    checkpoint = latest_checkpoint(run_dir)
    assert checkpoint is not None and checkpoint.name == "iter_000002"

    # Resume: one more iteration continues the numbering from the checkpoint.
    train(tiny_config(model, tmp_path, iterations=3), resume=True)
    rows = read_metrics(run_dir)
    assert [int(float(r["iteration"])) for r in rows] == [1, 2, 3]
    assert latest_checkpoint(run_dir).name == "iter_000003"

    # Evaluation from the checkpoint needs no Ray cluster.
    out = tmp_path / "eval"
    status = evaluate_main(["--checkpoint", str(latest_checkpoint(run_dir)), "--suite", "tiny", "--split", "eval",
                            "--output", str(out)])
    assert status == 0
    with (out / "results.csv").open() as handle:
        results = list(csv.DictReader(handle))
    assert results, "evaluation wrote no rows"
    for row in results:
        assert row["failure"] or float(row["speedup"]) > 0
    assert (out / "speedups.png").stat().st_size > 0
