"""Hierarchical masked distribution: log-probabilities, entropy, KL, sampling, masks."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from ray.rllib.utils.torch_utils import FLOAT_MIN

from envs.spaces import NT, T, TP, TPF, I, V, SpaceConfig, action_space
from models.distribution import ActionSizes, HierarchicalMaskedDistribution, mask_logits
from model_fakes import illegal_choices, random_batch

# N = 2 loops, M = 3 tile sizes, K = 2 interchange pointers: 6 + 3 * 6 + 2 = 26 logits.
SMALL = SpaceConfig(max_loops=2, tile_sizes=(0, 1, 2))


def small_logits(seed: int = 0, batch: int = 1) -> torch.Tensor:
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(batch, SMALL.mask_dim, generator=generator)


def dist_of(logits: torch.Tensor, config: SpaceConfig = SMALL) -> HierarchicalMaskedDistribution:
    return HierarchicalMaskedDistribution.from_logits(logits, space=action_space(config))


def hand_groups(logits: torch.Tensor) -> dict[str, torch.Tensor]:
    """Log-softmax of each group of one row of small logits, computed entry by entry."""
    row = logits[0].tolist()

    def log_softmax(values: list[float]) -> torch.Tensor:
        total = math.log(sum(math.exp(v) for v in values))
        return torch.tensor([v - total for v in values])

    slices = SMALL.mask_slices()
    groups = {"type": log_softmax(row[slices["type"]]), "interchange": log_softmax(row[slices["interchange"]])}
    for name in ("tiling", "parallel", "fusion"):
        block = row[slices[name]]
        groups[name] = torch.stack([log_softmax(block[loop * 3 : loop * 3 + 3]) for loop in range(2)])
    return groups


def hand_entropy(logp: torch.Tensor) -> float:
    return float(-(logp.exp() * logp).sum())


def action(action_type: int, tiling=(0, 0), parallel=(0, 0), fusion=(0, 0), interchange=0) -> dict[str, torch.Tensor]:
    return {
        "type": torch.tensor([action_type]),
        "tiling": torch.tensor([list(tiling)]),
        "parallel": torch.tensor([list(parallel)]),
        "fusion": torch.tensor([list(fusion)]),
        "interchange": torch.tensor([interchange]),
    }


def test_sizes_from_action_space():
    sizes = ActionSizes.from_action_space(action_space(SpaceConfig()))
    assert (sizes.num_types, sizes.num_loops, sizes.num_tile_sizes, sizes.num_interchange) == (6, 12, 8, 12)
    assert sizes.logits_dim == SpaceConfig().mask_dim
    swaps = SpaceConfig(max_loops=5, interchange_mode="swaps")
    assert ActionSizes.from_action_space(action_space(swaps)).num_interchange == 9


def test_required_input_dim_matches_mask():
    for config in (SMALL, SpaceConfig(), SpaceConfig(max_loops=7, interchange_mode="swaps")):
        space = action_space(config)
        assert HierarchicalMaskedDistribution.required_input_dim(space) == config.mask_dim
        partial = HierarchicalMaskedDistribution.partial_for(space)
        assert partial.required_input_dim(space) == config.mask_dim


def test_partial_class_from_logits():
    partial = HierarchicalMaskedDistribution.partial_for(action_space(SMALL))
    dist = partial.from_logits(small_logits())
    assert isinstance(dist, partial)
    assert isinstance(dist.to_deterministic(), partial)


def test_from_logits_without_space_raises():
    with pytest.raises(ValueError, match="action space"):
        HierarchicalMaskedDistribution.from_logits(small_logits())


@pytest.mark.parametrize(
    "chosen",
    [
        action(NT, tiling=(1, 2), interchange=1),
        action(T, tiling=(1, 2), parallel=(2, 2), interchange=1),
        action(TP, tiling=(1, 2), parallel=(2, 0), fusion=(1, 1)),
        action(TPF, fusion=(2, 1), interchange=1),
        action(I, tiling=(2, 2), interchange=1),
        action(V, fusion=(1, 1), interchange=1),
    ],
    ids=["NT", "T", "TP", "TPF", "I", "V"],
)
def test_logp_matches_hand_computation(chosen):
    logits = small_logits(seed=3)
    groups = hand_groups(logits)
    action_type = int(chosen["type"])

    expected = groups["type"][action_type]
    kind = {T: "tiling", TP: "parallel", TPF: "fusion"}.get(action_type)
    if kind is not None:
        values = chosen[kind][0]
        expected = expected + groups[kind][0, values[0]] + groups[kind][1, values[1]]
    if action_type == I:
        expected = expected + groups["interchange"][int(chosen["interchange"])]

    assert dist_of(logits).logp(chosen).item() == pytest.approx(float(expected), abs=1e-5)


@pytest.mark.parametrize("action_type", [NT, T, TP, TPF, I, V])
def test_logp_ignores_unused_parameters(action_type):
    dist = dist_of(small_logits(seed=5))
    first = action(action_type, tiling=(0, 0), parallel=(0, 0), fusion=(0, 0), interchange=0)
    second = action(action_type, tiling=(2, 1), parallel=(1, 2), fusion=(2, 2), interchange=1)
    used = {T: "tiling", TP: "parallel", TPF: "fusion", I: "interchange"}.get(action_type)
    if used is not None:
        second[used] = first[used]
    assert dist.logp(first).item() == pytest.approx(dist.logp(second).item(), abs=1e-6)


def test_logp_depends_on_used_parameters():
    dist = dist_of(small_logits(seed=5))
    assert dist.logp(action(T, tiling=(0, 0))).item() != pytest.approx(dist.logp(action(T, tiling=(2, 1))).item())
    assert dist.logp(action(I, interchange=0)).item() != pytest.approx(dist.logp(action(I, interchange=1)).item())


def test_entropy_matches_hand_computation():
    logits = small_logits(seed=7)
    groups = hand_groups(logits)
    type_probs = groups["type"].exp()
    parameter_entropy = {
        T: sum(hand_entropy(groups["tiling"][loop]) for loop in range(2)),
        TP: sum(hand_entropy(groups["parallel"][loop]) for loop in range(2)),
        TPF: sum(hand_entropy(groups["fusion"][loop]) for loop in range(2)),
        I: hand_entropy(groups["interchange"]),
    }
    expected = hand_entropy(groups["type"]) + sum(type_probs[t].item() * h for t, h in parameter_entropy.items())
    assert dist_of(logits).entropy().item() == pytest.approx(expected, abs=1e-5)


def test_entropy_of_parameterless_types_is_type_entropy():
    logits = small_logits(seed=7)
    slices = SMALL.mask_slices()
    logits[0, slices["type"]] = FLOAT_MIN
    logits[0, slices["type"].start + NT] = 0.0
    logits[0, slices["type"].start + V] = 0.0
    assert dist_of(logits).entropy().item() == pytest.approx(math.log(2), abs=1e-6)


def test_kl_matches_hand_computation():
    first, second = small_logits(seed=1), small_logits(seed=2)
    p, q = hand_groups(first), hand_groups(second)

    def hand_kl(logp: torch.Tensor, logq: torch.Tensor) -> float:
        return float((logp.exp() * (logp - logq)).sum())

    parameter_kl = {
        T: sum(hand_kl(p["tiling"][loop], q["tiling"][loop]) for loop in range(2)),
        TP: sum(hand_kl(p["parallel"][loop], q["parallel"][loop]) for loop in range(2)),
        TPF: sum(hand_kl(p["fusion"][loop], q["fusion"][loop]) for loop in range(2)),
        I: hand_kl(p["interchange"], q["interchange"]),
    }
    type_probs = p["type"].exp()
    expected = hand_kl(p["type"], q["type"]) + sum(type_probs[t].item() * k for t, k in parameter_kl.items())
    assert dist_of(first).kl(dist_of(second)).item() == pytest.approx(expected, abs=1e-5)


def test_kl_with_itself_is_zero():
    dist = dist_of(small_logits(seed=4, batch=5))
    assert torch.allclose(dist.kl(dist), torch.zeros(5), atol=1e-6)


def test_deterministic_sample_is_argmax():
    logits = small_logits(seed=9, batch=8)
    sample = dist_of(logits).to_deterministic().sample()
    type_logits, tiles, interchange = ActionSizes.from_action_space(action_space(SMALL)).split(logits)
    assert torch.equal(sample["type"], type_logits.argmax(-1))
    assert torch.equal(sample["tiling"], tiles[:, 0].argmax(-1))
    assert torch.equal(sample["parallel"], tiles[:, 1].argmax(-1))
    assert torch.equal(sample["fusion"], tiles[:, 2].argmax(-1))
    assert torch.equal(sample["interchange"], interchange.argmax(-1))


def test_to_deterministic_keeps_original_stochastic():
    dist = dist_of(small_logits(seed=9))
    dist.to_deterministic()
    assert not dist.deterministic


def test_sample_shapes_and_dtypes():
    config = SpaceConfig()
    sample = dist_of(torch.randn(4, config.mask_dim), config).sample()
    assert sample["type"].shape == (4,)
    assert sample["interchange"].shape == (4,)
    for name in ("tiling", "parallel", "fusion"):
        assert sample[name].shape == (4, config.max_loops)
        assert sample[name].dtype == torch.int64


def test_samples_respect_random_masks():
    config = SpaceConfig()
    batch = random_batch(config, 256, seed=11)
    mask = torch.from_numpy(batch["action_mask"])
    sizes = ActionSizes.from_action_space(action_space(config))
    logits = mask_logits(torch.randn(256, config.mask_dim) * 3, mask, sizes)
    for dist in (dist_of(logits, config), dist_of(logits, config).to_deterministic()):
        sample = {key: value.numpy() for key, value in dist.sample().items()}
        for row in range(256):
            chosen = {key: value[row] for key, value in sample.items()}
            assert illegal_choices(config, batch["action_mask"][row], chosen) == []


def test_fully_masked_groups_are_finite():
    sizes = ActionSizes.from_action_space(action_space(SMALL))
    slices = SMALL.mask_slices()
    mask = torch.zeros(3, SMALL.mask_dim)
    mask[:, slices["type"].start + NT] = 1.0  # only NT legal; every parameter group fully masked
    logits = torch.randn(3, SMALL.mask_dim, requires_grad=True)
    masked = mask_logits(logits, mask, sizes)
    dist, other = dist_of(masked), dist_of(mask_logits(torch.randn(3, SMALL.mask_dim), mask, sizes))

    sample = dist.sample()
    for name in ("tiling", "parallel", "fusion"):
        assert torch.equal(sample[name], torch.zeros(3, 2, dtype=torch.int64))
    assert torch.equal(sample["interchange"], torch.zeros(3, dtype=torch.int64))
    assert torch.equal(sample["type"], torch.full((3,), NT))

    for chosen_type in (NT, T, TP, TPF, I, V):
        chosen = {key: value.clone() for key, value in sample.items()}
        chosen["type"] = torch.full((3,), chosen_type)
        assert torch.isfinite(dist.logp(chosen)).all()
    assert torch.allclose(dist.logp(sample), torch.zeros(3), atol=1e-6)
    assert torch.allclose(dist.entropy(), torch.zeros(3), atol=1e-6)
    assert torch.isfinite(dist.kl(other)).all()

    (dist.logp(sample).sum() + dist.entropy().sum()).backward()
    assert torch.isfinite(logits.grad).all()


def test_all_min_and_minus_inf_logits_are_finite():
    for fill in (FLOAT_MIN, float("-inf")):
        dist = dist_of(torch.full((2, SMALL.mask_dim), fill))
        sample = dist.sample()
        assert torch.isfinite(dist.logp(sample)).all()
        assert torch.isfinite(dist.entropy()).all()
        assert torch.isfinite(dist.kl(dist)).all()


def test_masked_gradients_are_finite():
    config = SpaceConfig()
    batch = random_batch(config, 32, seed=2)
    mask = torch.from_numpy(batch["action_mask"])
    sizes = ActionSizes.from_action_space(action_space(config))
    logits = torch.randn(32, config.mask_dim, requires_grad=True)
    first = dist_of(mask_logits(logits, mask, sizes), config)
    second = dist_of(mask_logits(torch.randn(32, config.mask_dim), mask, sizes), config)
    loss = first.logp(first.sample()).sum() + first.entropy().sum() + first.kl(second).sum() + second.kl(first).sum()
    loss.backward()
    assert torch.isfinite(loss)
    assert torch.isfinite(logits.grad).all()


def test_mask_logits_keeps_legal_entries():
    sizes = ActionSizes.from_action_space(action_space(SMALL))
    logits = small_logits(seed=1)
    mask = torch.from_numpy(random_batch(SMALL, 1, seed=3)["action_mask"])
    masked = mask_logits(logits, mask, sizes)
    legal = mask > 0.5
    assert torch.equal(masked[legal], logits[legal])
    illegal = ~legal & (masked != logits)
    assert (masked[illegal] == FLOAT_MIN).all()
    assert np.isfinite(masked.numpy()).all()
