"""LSTM and DistilBERT RLModules built from the env's spaces, without a Ray runtime."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from ray.rllib.core.columns import Columns

import models
from envs.spaces import SpaceConfig, action_space, observation_space
from model_fakes import TINY_CONFIGS, illegal_choices, random_batch, random_observation

MODEL_NAMES = sorted(models.MODEL_REGISTRY)


def build(name: str, config: SpaceConfig | None = None, inference_only: bool = False, **overrides):
    config = config or SpaceConfig()
    spec = models.module_spec(name, **{**TINY_CONFIGS[name], **overrides})
    spec.observation_space = observation_space(config)
    spec.action_space = action_space(config)
    spec.inference_only = inference_only
    return spec.build()


def obs_batch(config: SpaceConfig, size: int, seed: int = 0) -> dict[str, dict[str, torch.Tensor]]:
    batch = random_batch(config, size, seed)
    return {Columns.OBS: {key: torch.from_numpy(value) for key, value in batch.items()}}


def parameter_count(module: torch.nn.Module, prefix: str = "") -> int:
    return sum(p.numel() for name, p in module.named_parameters() if name.startswith(prefix))


def test_registry_lists_both_models():
    assert set(models.MODEL_REGISTRY) == {"lstm", "distilbert"}


def test_module_spec_rejects_unknown_name():
    with pytest.raises(ValueError, match="unknown model"):
        models.module_spec("gru")


def test_module_spec_rejects_unknown_setting():
    with pytest.raises(ValueError, match="lstm_units"):
        models.module_spec("lstm", lstm_units=64)


def test_module_spec_fills_defaults():
    spec = models.module_spec("lstm", lstm_size=64)
    assert spec.module_class is models.LSTMScheduleModule
    assert spec.model_config["lstm_size"] == 64
    assert spec.model_config["op_embed_size"] == 512
    assert spec.model_config["share_encoder"] is False


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_forward_passes_shapes(name):
    config = SpaceConfig()
    module = build(name, config)
    batch = obs_batch(config, 16)

    for forward in (module.forward_exploration, module.forward_inference, module.forward_train):
        logits = forward(batch)[Columns.ACTION_DIST_INPUTS]
        assert logits.shape == (16, config.mask_dim)
        assert torch.isfinite(logits).all()

    train_out = module.forward_train(batch)
    values = module.compute_values(batch, embeddings=train_out[Columns.EMBEDDINGS])
    assert values.shape == (16,)
    assert module.compute_values(batch).shape == (16,)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_sizes_read_from_spaces(name):
    config = SpaceConfig(max_loops=5, tile_sizes=(0, 1, 2, 4), max_steps_per_op=3, interchange_mode="swaps")
    module = build(name, config)
    output = module.forward_exploration(obs_batch(config, 4))
    assert output[Columns.ACTION_DIST_INPUTS].shape == (4, config.mask_dim)
    assert module.sizes.num_interchange == 9


@pytest.mark.parametrize("name", MODEL_NAMES)
@pytest.mark.parametrize("explore", [True, False])
def test_sampled_actions_respect_mask(name, explore):
    config = SpaceConfig()
    module = build(name, config)
    batch = obs_batch(config, 128, seed=4)
    forward = module.forward_exploration if explore else module.forward_inference
    with torch.no_grad():
        dist = module.get_exploration_action_dist_cls().from_logits(forward(batch)[Columns.ACTION_DIST_INPUTS])
    if not explore:
        dist = dist.to_deterministic()
    sample = {key: value.numpy() for key, value in dist.sample().items()}
    masks = batch[Columns.OBS]["action_mask"].numpy()
    for row in range(128):
        assert illegal_choices(config, masks[row], {key: value[row] for key, value in sample.items()}) == []


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_train_loss_backward_is_finite(name):
    config = SpaceConfig()
    module = build(name, config)
    batch = obs_batch(config, 8)
    output = module.forward_train(batch)
    dist = module.get_train_action_dist_cls().from_logits(output[Columns.ACTION_DIST_INPUTS])
    actions = dist.sample()
    values = module.compute_values(batch, embeddings=output[Columns.EMBEDDINGS])
    loss = -dist.logp(actions).mean() - 0.01 * dist.entropy().mean() + values.pow(2).mean()
    loss.backward()
    for parameter_name, parameter in module.named_parameters():
        if parameter.grad is not None:
            assert torch.isfinite(parameter.grad).all(), parameter_name


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_dropout_off_outside_training(name):
    config = SpaceConfig()
    module = build(name, config, dropout=0.5)
    batch = obs_batch(config, 8)
    module.train()

    # With dropout 0.5 active, two passes differ by far more than this tolerance.
    # Without it, the no-grad and grad paths still differ by about 1e-8.
    def same(first: torch.Tensor, second: torch.Tensor) -> bool:
        return torch.allclose(first, second, atol=1e-6, rtol=0)

    first = module.forward_exploration(batch)[Columns.ACTION_DIST_INPUTS]
    second = module.forward_exploration(batch)[Columns.ACTION_DIST_INPUTS]
    assert same(first, second)
    assert same(module._forward(batch)[Columns.ACTION_DIST_INPUTS], first)
    assert same(module.compute_values(batch), module.compute_values(batch))
    assert module.training

    train_first = module.forward_train(batch)[Columns.ACTION_DIST_INPUTS]
    train_second = module.forward_train(batch)[Columns.ACTION_DIST_INPUTS]
    assert not same(train_first, train_second)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_separate_encoders_by_default(name):
    module = build(name)
    assert module.vf_encoder is not module.pi_encoder
    assert module.get_non_inference_attributes() == ["vf_encoder", "vf_head"]


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_shared_encoder_option(name):
    config = SpaceConfig()
    module = build(name, config, share_encoder=True)
    assert not hasattr(module, "vf_encoder")
    batch = obs_batch(config, 4)
    output = module.forward_train(batch)
    values = module.compute_values(batch, embeddings=output[Columns.EMBEDDINGS])
    values.sum().backward()
    assert any(p.grad is not None for p in module.pi_encoder.parameters())


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_inference_only_drops_value_function(name):
    config = SpaceConfig()
    module = build(name, config, inference_only=True)
    assert not hasattr(module, "vf_head")
    assert not hasattr(module, "vf_encoder")
    assert module.forward_inference(obs_batch(config, 2))[Columns.ACTION_DIST_INPUTS].shape == (2, config.mask_dim)


# Expected totals at default sizes and SpaceConfig(). MLIR-RL's own LSTM model has
# about 10.8 M parameters at N=12 (computed from its layer sizes) because its op
# features have 2051 entries against 619 here. A default DistilBERT encoder has about
# 42.5 M parameters, and the value function has its own.
PARAMETER_BANDS = [
    pytest.param("lstm", 6_000_000, 12_000_000, id="lstm"),
    pytest.param("distilbert", 80_000_000, 100_000_000, id="distilbert", marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("name", "low", "high"), PARAMETER_BANDS)
def test_parameter_count_at_defaults(name, low, high, record_property):
    config = SpaceConfig()
    module = models.MODEL_REGISTRY[name](
        observation_space=observation_space(config),
        action_space=action_space(config),
        model_config=models.module_spec(name).model_config,
    )
    total = parameter_count(module)
    record_property(f"{name}_parameters", total)
    print(f"{name} parameters at defaults: {total} (policy {parameter_count(module, 'pi_')}, value {parameter_count(module, 'vf_')})")
    assert low < total < high


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_checkpoint_round_trip_and_act(name, tmp_path):
    config = SpaceConfig()
    module = build(name, config)
    module.save_to_path(tmp_path / "module")
    loaded = models.load_policy(tmp_path / "module")
    assert not loaded.training

    obs = random_observation(config, np.random.default_rng(8))
    chosen = models.act(loaded, obs, deterministic=True)
    assert _same_action(chosen, models.act(module, obs, deterministic=True))
    assert isinstance(chosen["type"], int)
    assert isinstance(chosen["interchange"], int)
    assert chosen["tiling"].shape == (config.max_loops,)
    assert action_space(config).contains(chosen)
    assert illegal_choices(config, obs["action_mask"], chosen) == []

    sampled = models.act(loaded, obs, deterministic=False)
    assert illegal_choices(config, obs["action_mask"], sampled) == []


def _same_action(first: dict, second: dict) -> bool:
    return all(np.array_equal(first[key], second[key]) for key in first)


def test_load_policy_missing_checkpoint(tmp_path):
    with pytest.raises(FileNotFoundError, match="no RLModule checkpoint"):
        models.load_policy(tmp_path)
