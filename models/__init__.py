"""RLlib policy models for the scheduling environment.

Pick a model by name: `module_spec("lstm", lstm_size=512)` returns the RLModuleSpec
to pass to `AlgorithmConfig.rl_module(rl_module_spec=...)`. Adding a model takes one
`ScheduleModule` subclass and one `MODEL_REGISTRY` entry.
"""

from __future__ import annotations

from typing import Any

from ray.rllib.core.rl_module.rl_module import RLModuleSpec

from models.base import ScheduleModule
from models.distilbert import DistilBertScheduleModule
from models.distribution import ActionSizes, HierarchicalMaskedDistribution, mask_logits
from models.inference import act, load_policy
from models.lstm import LSTMScheduleModule

MODEL_REGISTRY: dict[str, type[ScheduleModule]] = {
    "lstm": LSTMScheduleModule,
    "distilbert": DistilBertScheduleModule,
}


def module_spec(name: str, **config: Any) -> RLModuleSpec:
    """Return the RLModuleSpec of model `name`, its defaults updated with `config`.

    Raises ValueError for an unknown model name or setting.
    """
    if name not in MODEL_REGISTRY:
        raise ValueError(f"unknown model {name!r}; choose one of {sorted(MODEL_REGISTRY)}")
    module_class = MODEL_REGISTRY[name]
    defaults = module_class.default_config()
    unknown = set(config) - set(defaults)
    if unknown:
        raise ValueError(f"unknown settings {sorted(unknown)} for model {name!r}; known: {sorted(defaults)}")
    return RLModuleSpec(module_class=module_class, model_config={**defaults, **config})


__all__ = [
    "MODEL_REGISTRY",
    "ActionSizes",
    "DistilBertScheduleModule",
    "HierarchicalMaskedDistribution",
    "LSTMScheduleModule",
    "ScheduleModule",
    "act",
    "load_policy",
    "mask_logits",
    "module_spec",
]
