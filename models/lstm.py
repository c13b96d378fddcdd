"""LSTM model: an op MLP and an LSTM over [consumer, producer]."""

from __future__ import annotations

from typing import Any, ClassVar

import torch
from torch import nn

from models.base import ScheduleModule


class LSTMEncoder(nn.Module):
    """Embed consumer and producer with one shared ELU MLP, run an LSTM over the two, append history and state.

    Output: the LSTM's final hidden state concatenated with obs["history"] and
    obs["state"], of size `out_dim`.
    """

    def __init__(self, feature_dim: int, context_dim: int, op_embed_size: int, lstm_size: int, dropout: float) -> None:
        super().__init__()
        self.op_mlp = nn.Sequential(
            nn.Linear(feature_dim, op_embed_size),
            nn.ELU(),
            nn.Dropout(dropout),
            nn.Linear(op_embed_size, op_embed_size),
            nn.ELU(),
            nn.Dropout(dropout),
        )
        self.lstm = nn.LSTM(op_embed_size, lstm_size, batch_first=True)
        self.out_dim = lstm_size + context_dim

    def forward(self, obs: dict[str, torch.Tensor]) -> torch.Tensor:
        ops = torch.stack([obs["consumer"], obs["producer"]], dim=1)  # (B, 2, features)
        _, (hidden, _) = self.lstm(self.op_mlp(ops))
        return torch.cat([hidden[-1], obs["history"], obs["state"]], dim=-1)


class LSTMScheduleModule(ScheduleModule):
    """Actor-critic with `LSTMEncoder` encoders.

    Settings: op_embed_size (width of the op MLP), lstm_size (LSTM hidden size),
    dropout (after each op MLP layer), plus the common ones of `ScheduleModule`.
    The defaults follow the MLIR-RL paper artifact (512-wide MLP, LSTM 411,
    dropout 0.225).
    """

    ENCODER_DEFAULTS: ClassVar[dict[str, Any]] = {
        "op_embed_size": 512,
        "lstm_size": 411,
        "dropout": 0.225,
    }

    def build_encoder(self, config: dict[str, Any], feature_dim: int, context_dim: int) -> nn.Module:
        return LSTMEncoder(
            feature_dim,
            context_dim,
            op_embed_size=int(config["op_embed_size"]),
            lstm_size=int(config["lstm_size"]),
            dropout=float(config["dropout"]),
        )
