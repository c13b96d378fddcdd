"""Policy and value heads shared by every encoder."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from models.distribution import TILING_NAMES, ActionSizes


def mlp(in_dim: int, sizes: Sequence[int], activation: type[nn.Module] = nn.ReLU) -> nn.Sequential:
    """Linear layers of the given widths, each followed by `activation`."""
    layers: list[nn.Module] = []
    for size in sizes:
        layers += [nn.Linear(in_dim, size), activation()]
        in_dim = size
    return nn.Sequential(*layers)


class PolicyHeads(nn.Module):
    """Backbone MLP plus one head per decision; outputs logits in the distribution's layout.

    Each head is Linear(width, head_size), ReLU, Linear(head_size, choices): the type
    head has one logit per type, each tiling head N*M (row-major by loop), the
    interchange head K.
    """

    def __init__(self, in_dim: int, sizes: ActionSizes, backbone_sizes: Sequence[int], head_size: int) -> None:
        super().__init__()
        self.sizes = sizes
        self.backbone = mlp(in_dim, backbone_sizes)
        width = backbone_sizes[-1] if backbone_sizes else in_dim

        def head(choices: int) -> nn.Sequential:
            return nn.Sequential(nn.Linear(width, head_size), nn.ReLU(), nn.Linear(head_size, choices))

        self.type_head = head(sizes.num_types)
        self.tiling_heads = nn.ModuleDict({name: head(sizes.tile_block) for name in TILING_NAMES})
        self.interchange_head = head(sizes.num_interchange)

    def forward(self, embedding: torch.Tensor) -> torch.Tensor:
        hidden = self.backbone(embedding)
        parts = [self.type_head(hidden)]
        parts += [self.tiling_heads[name](hidden) for name in TILING_NAMES]
        parts.append(self.interchange_head(hidden))
        return torch.cat(parts, dim=-1)


class ValueHead(nn.Module):
    """ReLU MLP from an embedding to one state value per batch row."""

    def __init__(self, in_dim: int, hidden_sizes: Sequence[int]) -> None:
        super().__init__()
        self.hidden = mlp(in_dim, hidden_sizes)
        self.out = nn.Linear(hidden_sizes[-1] if hidden_sizes else in_dim, 1)

    def forward(self, embedding: torch.Tensor) -> torch.Tensor:
        return self.out(self.hidden(embedding)).squeeze(-1)
