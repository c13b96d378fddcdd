"""DistilBERT model: a transformer encoder over [CLS] consumer producer [SEP]."""

from __future__ import annotations

from typing import Any, ClassVar

import torch
from torch import nn

from models.base import ScheduleModule

SEQUENCE_LENGTH = 4  # [CLS], consumer, producer, [SEP]


class DistilBertEncoder(nn.Module):
    """Project each op's features to `dim`, encode the 4-token sequence, append history and state.

    The sequence is fed as `inputs_embeds`, so the word-embedding table is never read
    and has one row. The model is built from a config with random weights, and
    nothing is downloaded. The producer token is masked out of attention when the
    observation has no producer (an all-zero feature vector).
    Output: the [CLS] output concatenated with obs["history"] and obs["state"].
    """

    def __init__(
        self,
        feature_dim: int,
        context_dim: int,
        dim: int,
        n_layers: int,
        n_heads: int,
        hidden_dim: int,
        dropout: float,
        attention_dropout: float,
    ) -> None:
        super().__init__()
        # Imported here so that `import models` stays fast for LSTM-only users.
        from transformers import DistilBertConfig, DistilBertModel

        bert_config = DistilBertConfig(
            vocab_size=1,
            max_position_embeddings=SEQUENCE_LENGTH,
            dim=dim,
            n_layers=n_layers,
            n_heads=n_heads,
            hidden_dim=hidden_dim,
            dropout=dropout,
            attention_dropout=attention_dropout,
        )
        self.project = nn.Linear(feature_dim, dim)
        self.cls_embedding = nn.Parameter(torch.randn(dim) * bert_config.initializer_range)
        self.sep_embedding = nn.Parameter(torch.randn(dim) * bert_config.initializer_range)
        self.bert = DistilBertModel(bert_config)
        self.out_dim = dim + context_dim

    def forward(self, obs: dict[str, torch.Tensor]) -> torch.Tensor:
        consumer = self.project(obs["consumer"])
        producer = self.project(obs["producer"])
        batch = consumer.shape[0]
        cls = self.cls_embedding.expand(batch, -1)
        sep = self.sep_embedding.expand(batch, -1)
        tokens = torch.stack([cls, consumer, producer, sep], dim=1)  # (B, 4, dim)

        attention_mask = torch.ones(batch, SEQUENCE_LENGTH, dtype=torch.long, device=tokens.device)
        attention_mask[:, 2] = (obs["producer"].abs().sum(dim=-1) > 0).long()

        output = self.bert(inputs_embeds=tokens, attention_mask=attention_mask).last_hidden_state
        return torch.cat([output[:, 0], obs["history"], obs["state"]], dim=-1)


class DistilBertScheduleModule(ScheduleModule):
    """Actor-critic with `DistilBertEncoder` encoders.

    Settings: dim (hidden size), n_layers, n_heads, hidden_dim (feed-forward width,
    default 4 * dim), dropout and attention_dropout, plus the common ones of
    `ScheduleModule`. The defaults are DistilBERT-base sizes (768, 6 layers, 12 heads,
    dropout 0.1).
    """

    ENCODER_DEFAULTS: ClassVar[dict[str, Any]] = {
        "dim": 768,
        "n_layers": 6,
        "n_heads": 12,
        "hidden_dim": None,
        "dropout": 0.1,
        "attention_dropout": 0.1,
    }

    def build_encoder(self, config: dict[str, Any], feature_dim: int, context_dim: int) -> nn.Module:
        dim = int(config["dim"])
        if dim % int(config["n_heads"]) != 0:
            raise ValueError(f"DistilBERT dim {dim} must be a multiple of n_heads {config['n_heads']}")
        return DistilBertEncoder(
            feature_dim,
            context_dim,
            dim=dim,
            n_layers=int(config["n_layers"]),
            n_heads=int(config["n_heads"]),
            hidden_dim=int(config["hidden_dim"] or 4 * dim),
            dropout=float(config["dropout"]),
            attention_dropout=float(config["attention_dropout"]),
        )
