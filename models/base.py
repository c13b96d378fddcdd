"""Actor-critic RLModule for PPO that a concrete model completes with its encoder."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, ClassVar

import gymnasium as gym
import torch
from torch import nn
from ray.rllib.core.columns import Columns
from ray.rllib.core.rl_module.apis.inference_only_api import InferenceOnlyAPI
from ray.rllib.core.rl_module.apis.value_function_api import ValueFunctionAPI
from ray.rllib.core.rl_module.torch.torch_rl_module import TorchRLModule

from models.distribution import ActionSizes, HierarchicalMaskedDistribution, mask_logits
from models.heads import PolicyHeads, ValueHead

OBSERVATION_KEYS = ("consumer", "producer", "history", "state", "action_mask")

# Settings of every model; a model adds its encoder's settings in ENCODER_DEFAULTS.
COMMON_DEFAULTS: dict[str, Any] = {
    "backbone_sizes": (512, 512, 512),  # policy backbone, ReLU
    "head_size": 512,  # hidden width of each decision head
    "value_sizes": (512, 512, 512),  # value MLP, ReLU
    "share_encoder": False,  # False: the value function has its own encoder
}


class ScheduleModule(TorchRLModule, ValueFunctionAPI, InferenceOnlyAPI):
    """Policy and value networks over the `envs.spaces` observation and action Dicts.

    A subclass sets ENCODER_DEFAULTS and implements `build_encoder`, which returns an
    `nn.Module` mapping the observation dict to a (B, out_dim) embedding and carrying
    an `out_dim` attribute. The policy runs its encoder, a ReLU backbone and one head
    per decision; masks from obs["action_mask"] set illegal logits to FLOAT_MIN. The
    value function uses its own encoder unless `share_encoder` is set.

    Dropout: `_forward` (inference and exploration) and `compute_values` without
    embeddings run in eval mode; `_forward_train` runs in train mode.
    """

    ENCODER_DEFAULTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def default_config(cls) -> dict[str, Any]:
        return {**COMMON_DEFAULTS, **cls.ENCODER_DEFAULTS}

    def build_encoder(self, config: dict[str, Any], feature_dim: int, context_dim: int) -> nn.Module:
        """Return an encoder for op features of size feature_dim plus history and state of total size context_dim."""
        raise NotImplementedError

    def setup(self) -> None:
        # RLlib merges the algorithm's own model_config keys into ours, so keys
        # unknown to this model are ignored here; `models.module_spec` rejects them.
        user_config = self.model_config or {}
        config = {key: user_config.get(key, default) for key, default in self.default_config().items()}
        self.resolved_config = config

        self.sizes = ActionSizes.from_action_space(self.action_space)
        feature_dim, context_dim = self._observation_sizes()
        self.share_encoder = bool(config["share_encoder"])

        self.pi_encoder = self.build_encoder(config, feature_dim, context_dim)
        self.pi_heads = PolicyHeads(
            self.pi_encoder.out_dim, self.sizes, tuple(config["backbone_sizes"]), int(config["head_size"])
        )
        if not self.inference_only:
            if not self.share_encoder:
                self.vf_encoder = self.build_encoder(config, feature_dim, context_dim)
            value_in = self.pi_encoder.out_dim if self.share_encoder else self.vf_encoder.out_dim
            self.vf_head = ValueHead(value_in, tuple(config["value_sizes"]))

        self.action_dist_cls = HierarchicalMaskedDistribution.partial_for(self.action_space)

    def _observation_sizes(self) -> tuple[int, int]:
        """Return (op feature size, history + state size); raise ValueError on a mismatched observation space."""
        space = self.observation_space
        if not isinstance(space, gym.spaces.Dict) or set(space.spaces) != set(OBSERVATION_KEYS):
            raise ValueError(f"expected a Dict observation space with keys {sorted(OBSERVATION_KEYS)}, got {space}")
        feature_dim = space["consumer"].shape[0]
        if space["producer"].shape[0] != feature_dim:
            raise ValueError(f"consumer and producer features differ in size: {space['consumer']} vs {space['producer']}")
        if space["action_mask"].shape[0] != self.sizes.logits_dim:
            raise ValueError(
                f"action_mask has {space['action_mask'].shape[0]} entries, the action space needs {self.sizes.logits_dim}"
            )
        return feature_dim, space["history"].shape[0] + space["state"].shape[0]

    @contextlib.contextmanager
    def _eval_mode(self) -> Iterator[None]:
        was_training = self.training
        self.eval()
        try:
            yield
        finally:
            self.train(was_training)

    def _policy_logits(self, obs: dict[str, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
        embedding = self.pi_encoder(obs)
        logits = mask_logits(self.pi_heads(embedding), obs["action_mask"], self.sizes)
        return embedding, logits

    def _forward(self, batch: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        with self._eval_mode():
            _, logits = self._policy_logits(batch[Columns.OBS])
        return {Columns.ACTION_DIST_INPUTS: logits}

    def _forward_train(self, batch: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        self.train()
        obs = batch[Columns.OBS]
        embedding, logits = self._policy_logits(obs)
        if not self.share_encoder:
            embedding = self.vf_encoder(obs)
        # PPO passes EMBEDDINGS back to compute_values, which saves a second encoder pass.
        return {Columns.ACTION_DIST_INPUTS: logits, Columns.EMBEDDINGS: embedding}

    def compute_values(self, batch: dict[str, Any], embeddings: torch.Tensor | None = None) -> torch.Tensor:
        """Return the value (B,) of each observation.

        With `embeddings` from `_forward_train` only the value head runs. Without them
        the value encoder runs in eval mode, as RLlib does when it computes advantages.
        """
        if embeddings is None:
            encoder = self.pi_encoder if self.share_encoder else self.vf_encoder
            with self._eval_mode():
                return self.vf_head(encoder(batch[Columns.OBS]))
        return self.vf_head(embeddings)

    def get_non_inference_attributes(self) -> list[str]:
        return ["vf_head"] if self.share_encoder else ["vf_encoder", "vf_head"]
