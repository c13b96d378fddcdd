"""Small networks to import into linalg: PyTorch modules and transformers architectures.

Every model is built from a tiny config with random weights, so nothing is
downloaded. Each entry returns `(module, example_inputs)`; the module returns one
tensor so the exported function has one result.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ModelFactory = Callable[[], tuple[torch.nn.Module, tuple[torch.Tensor, ...]]]


class _FirstOutput(torch.nn.Module):
    """Wrap a transformers model so that it returns one tensor."""

    def __init__(self, model: torch.nn.Module, field: str) -> None:
        super().__init__()
        self.model = model
        self.field = field

    def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
        return getattr(self.model(*inputs), self.field)


class _TextEncoder(torch.nn.Module):
    """Run a transformers text model on embeddings instead of token ids.

    Token ids would make the program gather rows with integer inputs, which a
    benchmark runner that fills inputs with random data would read out of bounds.
    Position ids and the attention mask are constants: without them GPT-2 derives
    positions with a cumulative sum, which torch-mlir exports as `tm_tensor.scan`,
    an op that MLIR 22 cannot parse.
    """

    def __init__(self, model: torch.nn.Module, length: int, positions: bool) -> None:
        super().__init__()
        self.model = model
        self.position_ids = torch.arange(length).unsqueeze(0) if positions else None
        self.attention_mask = torch.ones(1, length, dtype=torch.long)

    def forward(self, embeddings: torch.Tensor) -> torch.Tensor:
        extra = {"position_ids": self.position_ids} if self.position_ids is not None else {}
        output = self.model(inputs_embeds=embeddings, attention_mask=self.attention_mask, **extra)
        return output.last_hidden_state


def _embeddings(hidden: int, length: int = 16) -> tuple[torch.Tensor, ...]:
    generator = torch.Generator().manual_seed(0)
    return (torch.randn(1, length, hidden, generator=generator),)


def _image(channels: int = 3, size: int = 32) -> tuple[torch.Tensor, ...]:
    generator = torch.Generator().manual_seed(0)
    return (torch.randn(1, channels, size, size, generator=generator),)


def bert() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    from transformers import BertConfig, BertModel

    config = BertConfig(
        vocab_size=128, hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=128, max_position_embeddings=32, attn_implementation="eager",
    )
    return _TextEncoder(BertModel(config, add_pooling_layer=False), 16, positions=False), _embeddings(64)


def distilbert() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    from transformers import DistilBertConfig, DistilBertModel

    config = DistilBertConfig(
        vocab_size=128, dim=64, n_layers=2, n_heads=2, hidden_dim=128, max_position_embeddings=32,
        attn_implementation="eager",
    )
    return _TextEncoder(DistilBertModel(config), 16, positions=False), _embeddings(64)


def gpt2() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    from transformers import GPT2Config, GPT2Model

    config = GPT2Config(
        vocab_size=128, n_embd=64, n_layer=2, n_head=2, n_positions=32, use_cache=False,
        bos_token_id=0, eos_token_id=0, attn_implementation="eager",
    )
    return _TextEncoder(GPT2Model(config), 16, positions=True), _embeddings(64)


def vit() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    from transformers import ViTConfig, ViTModel

    config = ViTConfig(
        image_size=32, patch_size=8, num_channels=3, hidden_size=64, num_hidden_layers=2,
        num_attention_heads=2, intermediate_size=128, attn_implementation="eager",
    )
    return _FirstOutput(ViTModel(config, add_pooling_layer=False), "last_hidden_state"), _image()


def resnet() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    from transformers import ResNetConfig, ResNetModel

    config = ResNetConfig(embedding_size=16, hidden_sizes=[16, 32], depths=[1, 1], layer_type="basic")
    return _FirstOutput(ResNetModel(config), "pooler_output"), _image()


def convnext() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    from transformers import ConvNextConfig, ConvNextModel

    config = ConvNextConfig(hidden_sizes=[16, 32], depths=[1, 1], num_stages=2, patch_size=4)
    return _FirstOutput(ConvNextModel(config), "pooler_output"), _image()


def mobilenet_v2() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    from transformers import MobileNetV2Config, MobileNetV2Model

    config = MobileNetV2Config(depth_multiplier=0.25, image_size=32, min_depth=4)
    return _FirstOutput(MobileNetV2Model(config), "pooler_output"), _image()


class SmallCnn(torch.nn.Module):
    """conv -> relu -> max pool -> conv -> relu -> global average -> linear."""

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = torch.nn.Conv2d(3, 8, 3)
        self.pool = torch.nn.MaxPool2d(2)
        self.conv2 = torch.nn.Conv2d(8, 16, 3, stride=2)
        self.linear = torch.nn.Linear(16, 10)

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        hidden = self.pool(torch.relu(self.conv1(image)))
        hidden = torch.relu(self.conv2(hidden))
        return self.linear(hidden.mean(dim=(2, 3)))


class SmallMlp(torch.nn.Module):
    """Three linear layers with ReLU, then softmax."""

    def __init__(self) -> None:
        super().__init__()
        self.layers = torch.nn.Sequential(
            torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10)
        )

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.layers(features), dim=-1)


def small_cnn() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    return SmallCnn(), _image(size=16)


def small_mlp() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    return SmallMlp(), (torch.randn(8, 64, generator=torch.Generator().manual_seed(0)),)


MODELS: dict[str, ModelFactory] = {
    "bert": bert,
    "distilbert": distilbert,
    "gpt2": gpt2,
    "vit": vit,
    "resnet": resnet,
    "convnext": convnext,
    "mobilenet_v2": mobilenet_v2,
    "small_cnn": small_cnn,
    "small_mlp": small_mlp,
}
