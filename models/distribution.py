"""Hierarchical masked action distribution for the scheduling action space.

An action is a transformation type plus the parameters of that type. The type is one
categorical. Each tiling kind (T, TP, TPF) has one categorical over tile-size indices
per loop, and interchange (I) is one categorical. NT and V take no parameters.

Logits layout (the same as the flat action mask of `envs.spaces`, so that a mask
applies to the logits element by element):

    [type (6) | tiling (N*M) | parallel (N*M) | fusion (N*M) | interchange (K)]

where each N*M block is row-major by loop: entry `loop * M + p` is the logit of
tile-size index p on that loop.

The distribution treats parameters as independent of each other given the type, and
only the parameters of the chosen type belong to the action, so:

    log p(a)  = log p(type) + log p(parameters of that type)
    H         = H(type) + sum_t p(t) * H(parameters of t)
    KL(p, q)  = KL(type) + sum_t p(t) * KL(parameters of t)

H and KL are the exact entropy and KL divergence of that joint distribution (the
reference implementation uses only the chosen type's parameter entropy).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gymnasium as gym
import torch
from ray.rllib.core.distribution.distribution import Distribution
from ray.rllib.utils.torch_utils import FLOAT_MIN

from envs.spaces import ACTION_TYPES, I, TILING_KEYS

TILING_NAMES = tuple(TILING_KEYS[t] for t in sorted(TILING_KEYS))  # tiling, parallel, fusion


@dataclass(frozen=True)
class ActionSizes:
    """Sizes of the action space: types, loops (N), tile sizes (M), interchange choices (K)."""

    num_types: int
    num_loops: int
    num_tile_sizes: int
    num_interchange: int

    @classmethod
    def from_action_space(cls, space: gym.spaces.Dict) -> "ActionSizes":
        """Read the sizes from the `envs.spaces.action_space` Dict; raise ValueError on another layout."""
        expected_keys = {"type", "interchange", *TILING_NAMES}
        if not isinstance(space, gym.spaces.Dict) or set(space.spaces) != expected_keys:
            raise ValueError(f"expected a Dict action space with keys {sorted(expected_keys)}, got {space}")
        num_types = int(space["type"].n)
        if num_types != len(ACTION_TYPES):
            raise ValueError(f"action space has {num_types} types, the models support {len(ACTION_TYPES)} {ACTION_TYPES}")
        nvec = space["tiling"].nvec
        for name in TILING_NAMES:
            if space[name].nvec.shape != nvec.shape or (space[name].nvec != nvec[0]).any():
                raise ValueError(f"tiling kinds need the same tile-size count on every loop, got {name}={space[name].nvec}")
        return cls(
            num_types=num_types,
            num_loops=int(nvec.shape[0]),
            num_tile_sizes=int(nvec[0]),
            num_interchange=int(space["interchange"].n),
        )

    @property
    def tile_block(self) -> int:
        return self.num_loops * self.num_tile_sizes

    @property
    def logits_dim(self) -> int:
        return self.num_types + len(TILING_NAMES) * self.tile_block + self.num_interchange

    def split(self, flat: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Split (B, logits_dim) into type (B, types), tiles (B, 3, N, M) and interchange (B, K)."""
        type_part, tile_part, interchange_part = torch.split(
            flat, [self.num_types, len(TILING_NAMES) * self.tile_block, self.num_interchange], dim=-1
        )
        tiles = tile_part.reshape(*flat.shape[:-1], len(TILING_NAMES), self.num_loops, self.num_tile_sizes)
        return type_part, tiles, interchange_part

    def join(self, type_part: torch.Tensor, tiles: torch.Tensor, interchange_part: torch.Tensor) -> torch.Tensor:
        """Inverse of `split`."""
        return torch.cat([type_part, tiles.flatten(start_dim=-3), interchange_part], dim=-1)


def _with_fallback_choice(legal: torch.Tensor) -> torch.Tensor:
    """Make index 0 legal in every group (last dim) that has no legal entry."""
    empty = ~legal.any(dim=-1, keepdim=True)
    first = torch.zeros_like(legal)
    first[..., 0] = True
    return legal | (empty & first)


def mask_logits(logits: torch.Tensor, mask: torch.Tensor, sizes: ActionSizes) -> torch.Tensor:
    """Set the logits of illegal choices (mask <= 0.5) to FLOAT_MIN.

    A group with no legal choice gets index 0 as its only choice. Such groups are
    the parameters of a masked-out type, or a type mask with nothing legal. They then
    sample 0 with log-probability 0 and entropy 0 instead of a uniform pick among
    illegal values. FLOAT_MIN is finite, so log-softmax never receives -inf and never
    produces NaN.
    """
    type_legal, tiles_legal, interchange_legal = sizes.split(mask > 0.5)
    legal = sizes.join(
        _with_fallback_choice(type_legal),
        _with_fallback_choice(tiles_legal),
        _with_fallback_choice(interchange_legal),
    )
    return torch.where(legal, logits, torch.full_like(logits, FLOAT_MIN))


def _entropy(logp: torch.Tensor) -> torch.Tensor:
    return -(logp.exp() * logp).sum(dim=-1)


def _kl(logp: torch.Tensor, other_logp: torch.Tensor) -> torch.Tensor:
    # Entries with p = 0 contribute nothing, even where the other log-probability is FLOAT_MIN.
    probs = logp.exp()
    terms = torch.where(probs > 0, probs * (logp - other_logp), torch.zeros_like(probs))
    return terms.sum(dim=-1)


class HierarchicalMaskedDistribution(Distribution):
    """Distribution over the Dict action {type, tiling, parallel, fusion, interchange}.

    Build it with `from_logits(logits, space=action_space)`, or through the class that
    `partial_for(action_space)` returns, which RLlib calls as `from_logits(logits)`.
    Logits must already be masked (see `mask_logits`); values below FLOAT_MIN, -inf
    included, are raised to FLOAT_MIN.
    """

    def __init__(self, logits: torch.Tensor, sizes: ActionSizes, deterministic: bool = False) -> None:
        super().__init__()
        self.logits = logits
        self.sizes = sizes
        self.deterministic = deterministic

        type_logits, tile_logits, interchange_logits = sizes.split(torch.clamp(logits, min=FLOAT_MIN))
        self.type_logp = torch.log_softmax(type_logits, dim=-1)  # (B, types)
        self.tile_logp = torch.log_softmax(tile_logits, dim=-1)  # (B, 3, N, M)
        self.interchange_logp = torch.log_softmax(interchange_logits, dim=-1)  # (B, K)

    @classmethod
    def from_logits(cls, logits: torch.Tensor, space: gym.spaces.Dict | None = None, **kwargs: Any) -> "HierarchicalMaskedDistribution":
        if space is None:
            raise ValueError("from_logits needs the action space (space=...) to split the logits")
        return cls(logits, ActionSizes.from_action_space(space))

    @staticmethod
    def required_input_dim(space: gym.spaces.Dict, **kwargs: Any) -> int:
        return ActionSizes.from_action_space(space).logits_dim

    @classmethod
    def partial_for(cls, space: gym.spaces.Dict) -> type["HierarchicalMaskedDistribution"]:
        """Return a subclass whose `from_logits(logits)` and `required_input_dim(space)` use `space`."""
        return cls.get_partial_dist_cls(space=space)

    def to_deterministic(self) -> "HierarchicalMaskedDistribution":
        """Return the same distribution whose `sample` takes the argmax of every part."""
        deterministic = type(self).__new__(type(self))
        deterministic.__dict__.update(self.__dict__)
        deterministic.deterministic = True
        return deterministic

    def sample(self, *, sample_shape: tuple[int, ...] = (), **kwargs: Any) -> dict[str, torch.Tensor]:
        """Draw one action per batch row: type (B,), each tiling kind (B, N), interchange (B,).

        Parameters are drawn for every type, and the environment ignores those of the
        types that were not chosen.
        """
        if sample_shape:
            raise NotImplementedError("sample_shape is not supported; sample one action per batch row")
        if self.deterministic:
            action_type = self.type_logp.argmax(dim=-1)
            tiles = self.tile_logp.argmax(dim=-1)
            interchange = self.interchange_logp.argmax(dim=-1)
        else:
            action_type = torch.distributions.Categorical(logits=self.type_logp).sample()
            tiles = torch.distributions.Categorical(logits=self.tile_logp).sample()
            interchange = torch.distributions.Categorical(logits=self.interchange_logp).sample()

        action = {"type": action_type, "interchange": interchange}
        for kind, name in enumerate(TILING_NAMES):
            action[name] = tiles[..., kind, :]
        return action

    def rsample(self, *, sample_shape: tuple[int, ...] = (), **kwargs: Any) -> dict[str, torch.Tensor]:
        raise NotImplementedError("categorical actions have no reparameterized sample")

    def _parameter_terms(self, tile_terms: torch.Tensor, interchange_terms: torch.Tensor) -> torch.Tensor:
        """Arrange per-kind terms (B, 3) and interchange terms (B,) as one column per type (B, types).

        NT and V take no parameters, so their column is zero.
        """
        columns = torch.zeros_like(self.type_logp)
        for kind, type_index in enumerate(sorted(TILING_KEYS)):
            columns[..., type_index] = tile_terms[..., kind]
        columns[..., I] = interchange_terms
        return columns

    def logp(self, value: dict[str, torch.Tensor], **kwargs: Any) -> torch.Tensor:
        """Return the log-probability of each action: its type plus the parameters of that type only."""
        action_type = value["type"].long()
        type_logp = self.type_logp.gather(-1, action_type.unsqueeze(-1)).squeeze(-1)

        tile_indices = torch.stack([value[name].long() for name in TILING_NAMES], dim=-2)  # (B, 3, N)
        tile_logp = self.tile_logp.gather(-1, tile_indices.unsqueeze(-1)).squeeze(-1).sum(dim=-1)  # (B, 3)
        interchange = value["interchange"].long()
        interchange_logp = self.interchange_logp.gather(-1, interchange.unsqueeze(-1)).squeeze(-1)

        per_type = self._parameter_terms(tile_logp, interchange_logp)
        return type_logp + per_type.gather(-1, action_type.unsqueeze(-1)).squeeze(-1)

    def entropy(self, **kwargs: Any) -> torch.Tensor:
        """Return the type entropy plus each type's parameter entropy weighted by the type's probability."""
        tile_entropy = _entropy(self.tile_logp).sum(dim=-1)  # (B, 3): sum over loops
        per_type = self._parameter_terms(tile_entropy, _entropy(self.interchange_logp))
        return _entropy(self.type_logp) + (self.type_logp.exp() * per_type).sum(dim=-1)

    def kl(self, other: "HierarchicalMaskedDistribution", **kwargs: Any) -> torch.Tensor:
        """Return KL(self || other), with parameter terms weighted by this distribution's type probabilities."""
        tile_kl = _kl(self.tile_logp, other.tile_logp).sum(dim=-1)
        per_type = self._parameter_terms(tile_kl, _kl(self.interchange_logp, other.interchange_logp))
        return _kl(self.type_logp, other.type_logp) + (self.type_logp.exp() * per_type).sum(dim=-1)
