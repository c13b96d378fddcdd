"""Learner throughput: seconds per PPO update and samples per second, per model and size.

One update is RLlib's `Learner.update` (PPO torch learner, the loss and optimizer of
training) on a fixed batch of random observations with all-legal masks, actions
sampled from the module itself, random advantages and value targets. The Learner is
built in this process from the same `PPOConfig` that training uses
(`mlirrl.ppo.build_ppo_config`), so no Ray cluster starts and no env runs.
"""

from __future__ import annotations

import logging
import statistics
import tempfile
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from mlirrl.bench.report import Section, conditions_line, fmt, header, table, utc_now

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelSize:
    model: str
    size: str
    config: dict[str, Any]


SIZES = (
    ModelSize("lstm", "tiny", {"op_embed_size": 64, "lstm_size": 64, "backbone_sizes": (64, 64), "head_size": 64,
                               "value_sizes": (64, 64)}),
    ModelSize("lstm", "small", {"op_embed_size": 256, "lstm_size": 256, "backbone_sizes": (256, 256),
                                "head_size": 256, "value_sizes": (256, 256)}),
    ModelSize("lstm", "full", {}),
    ModelSize("distilbert", "tiny", {"dim": 64, "n_layers": 1, "n_heads": 2, "backbone_sizes": (64, 64),
                                     "head_size": 64, "value_sizes": (64, 64)}),
    ModelSize("distilbert", "small", {"dim": 256, "n_layers": 2, "n_heads": 4, "backbone_sizes": (256, 256),
                                      "head_size": 256, "value_sizes": (256, 256)}),
    ModelSize("distilbert", "full", {}),
)


def describe(size: ModelSize) -> str:
    """Short text of the encoder sizes of a model size."""
    from models import MODEL_REGISTRY

    config = {**MODEL_REGISTRY[size.model].default_config(), **size.config}
    if size.model == "lstm":
        return f"MLP {config['op_embed_size']}, LSTM {config['lstm_size']}, backbone {list(config['backbone_sizes'])}"
    layers = f"{config['n_layers']} layer{'s' if config['n_layers'] != 1 else ''}"
    return f"dim {config['dim']}, {layers}, {config['n_heads']} heads, backbone {list(config['backbone_sizes'])}"


def build_learner(size: ModelSize, device: str, batch_size: int, minibatch_size: int, epochs: int, folder: str):
    """Build the RLlib PPO Learner of `size` from the training configuration, on `device`."""
    from envs.spaces import SpaceConfig, action_space, observation_space
    from mlirrl.config import TrainConfig
    from mlirrl.ppo import build_ppo_config

    config = TrainConfig(
        model=size.model, model_config=dict(size.config), num_gpus=1 if device == "cuda" else 0,
        train_batch_size=batch_size, minibatch_size=minibatch_size, epochs=epochs,
        env={"cache_path": f"{folder}/cache.sqlite"},
    )
    # A local Learner (num_learners=0) with a GPU requested runs on cuda:0 of this process.
    # NOTE: the cuda path has not been run yet, because the machine it was written on has no GPU.
    ppo = build_ppo_config(config).learners(num_learners=0, num_gpus_per_learner=1 if device == "cuda" else 0)
    space_config = SpaceConfig()
    spaces = {"default_policy": (observation_space(space_config), action_space(space_config))}
    return ppo.build_learner(spaces=spaces), spaces["default_policy"]


def random_batch(learner: Any, observation_space: Any, batch_size: int, seed: int):
    """Build a train batch of random observations (all actions legal) with actions sampled from the learner's module."""
    import torch
    from ray.rllib.core.columns import Columns
    from ray.rllib.evaluation.postprocessing import Postprocessing
    from ray.rllib.policy.sample_batch import MultiAgentBatch, SampleBatch

    rng = np.random.default_rng(seed)
    observations = {key: rng.random((batch_size, *space.shape), dtype=np.float32) for key, space in observation_space.spaces.items()}
    observations["action_mask"][:] = 1.0
    module = learner.module["default_policy"]
    device = next(module.parameters()).device
    with torch.no_grad():
        inputs = {key: torch.as_tensor(value, device=device) for key, value in observations.items()}
        output = module.forward_exploration({Columns.OBS: inputs})
        logits = output[Columns.ACTION_DIST_INPUTS]
        distribution = module.get_exploration_action_dist_cls().from_logits(logits)
        actions = distribution.sample()
        logp = distribution.logp(actions)
    data = {
        Columns.OBS: observations,
        Columns.ACTIONS: {key: value.cpu().numpy() for key, value in actions.items()},
        Columns.ACTION_LOGP: logp.cpu().numpy(),
        Columns.ACTION_DIST_INPUTS: logits.cpu().numpy(),
        Postprocessing.ADVANTAGES: rng.standard_normal(batch_size).astype(np.float32),
        Postprocessing.VALUE_TARGETS: rng.standard_normal(batch_size).astype(np.float32),
    }
    return MultiAgentBatch({"default_policy": SampleBatch(data)}, env_steps=batch_size)


def time_updates(size: ModelSize, device: str, batch_size: int, minibatch_size: int, epochs: int,
                 repeats: int) -> dict[str, float]:
    """Time `repeats` PPO updates after one warm-up update; return the median and the parameter count."""
    import torch

    with tempfile.TemporaryDirectory(prefix="mlirrl-learner-") as folder:
        learner, (observation_space, _) = build_learner(size, device, batch_size, minibatch_size, epochs, folder)
        batch = random_batch(learner, observation_space, batch_size, seed=0)
        parameters = sum(p.numel() for p in learner.module["default_policy"].parameters())
        seconds = []
        for index in range(repeats + 1):
            started = time.perf_counter()
            learner.update(batch=batch, minibatch_size=minibatch_size, num_epochs=epochs, shuffle_batch_per_epoch=True,
                           timesteps={"num_env_steps_sampled_lifetime": batch_size * (index + 1)})
            if device == "cuda":
                torch.cuda.synchronize()
            seconds.append(time.perf_counter() - started)
            logger.info("learner %s %s: update %d took %.2f s", size.model, size.size, index, seconds[-1])
    update_s = statistics.median(seconds[1:])
    steps = epochs * max(1, batch_size // minibatch_size)
    return {"update_s": update_s, "samples_per_s": batch_size / update_s, "sgd_steps_per_s": steps / update_s,
            "parameters": parameters, "sgd_steps": steps}


def run(quick: bool, device: str = "cpu", sizes: list[str] | None = None, models: list[str] | None = None,
        batch_size: int | None = None, repeats: int | None = None) -> Section:
    import torch

    if device == "cuda" and not torch.cuda.is_available():
        raise SystemExit("--device cuda: torch sees no CUDA device on this machine; run with --device cpu")
    started, before = utc_now(), conditions_line()
    sizes = sizes or ["tiny", "small", "full"]
    models = models or ["lstm", "distilbert"]
    batch_size = batch_size or (128 if quick else 512)
    minibatch_size = 64
    epochs = 1 if quick else 4
    repeats = repeats or (1 if quick else 3)

    rows, data = [], {}
    for size in SIZES:
        if size.size not in sizes or size.model not in models:
            continue
        result = time_updates(size, device, batch_size, minibatch_size, epochs, repeats)
        data[f"{size.model}-{size.size}"] = result
        rows.append([size.model, size.size, describe(size), fmt(result["parameters"] / 1e6, ".1f"),
                     fmt(result["update_s"], ".2f"), fmt(result["samples_per_s"], ".0f"),
                     fmt(result["sgd_steps_per_s"], ".1f")])

    threads = torch.get_num_threads()
    text = header("Learner throughput", started, before)
    text += (
        f"\nDevice: {device}, torch {torch.__version__} with {threads} intra-op thread{'s' if threads != 1 else ''}. "
        f"One PPO update is RLlib's `Learner.update` on a fixed batch of {batch_size} random observations with "
        f"minibatches of {minibatch_size} and {epochs} epoch{'s' if epochs != 1 else ''}, that is "
        f"{epochs * max(1, batch_size // minibatch_size)} SGD steps of forward pass, PPO loss, backward pass and "
        "Adam. "
        f"Median of {repeats} update(s) after one warm-up. Samples/s = batch size / update seconds "
        "(the `learner_samples_per_s` of a training run). Parameters count the policy and the value network.\n\n"
    )
    text += table(["model", "size", "encoder", "parameters (M)", "s per update", "samples/s", "SGD steps/s"], rows,
                  "lllrrrr")
    return Section("learner", "Learner throughput", text, data)
