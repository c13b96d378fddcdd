"""Load a trained policy from a checkpoint and pick actions without starting Ray."""

from __future__ import annotations

import pathlib
from collections.abc import Mapping

import numpy as np
import torch
from ray.rllib.core import DEFAULT_MODULE_ID
from ray.rllib.core.columns import Columns
from ray.rllib.core.rl_module.rl_module import RLModule

# Folder of the learner's module inside an algorithm checkpoint written by `algo.save()`.
# That copy has the value function, unlike the env runners' inference-only copy.
LEARNER_MODULE_PATH = pathlib.Path("learner_group", "learner", "rl_module", DEFAULT_MODULE_ID)
_MODULE_MARKER = "class_and_ctor_args.pkl"


def load_policy(checkpoint_dir: str | pathlib.Path) -> RLModule:
    """Load the policy module from an algorithm checkpoint or from a module checkpoint folder.

    Returns the module in eval mode. Raises FileNotFoundError when neither
    `checkpoint_dir` nor its learner module folder contains a module checkpoint.
    """
    root = pathlib.Path(checkpoint_dir)
    for candidate in (root / LEARNER_MODULE_PATH, root):
        if (candidate / _MODULE_MARKER).is_file():
            module = RLModule.from_checkpoint(candidate)
            module.eval()
            return module
    raise FileNotFoundError(
        f"no RLModule checkpoint in {root} or {root / LEARNER_MODULE_PATH} (missing {_MODULE_MARKER}); "
        "pass the folder that algo.save() wrote"
    )


def act(module: RLModule, obs: Mapping[str, np.ndarray], deterministic: bool = True) -> dict[str, int | np.ndarray]:
    """Compute one action for one observation dict of the `envs.spaces` layout.

    deterministic=True takes the argmax of every part of the distribution; False
    samples. Returns the Dict action: ints for "type" and "interchange", int64
    arrays of length N for the tiling kinds.
    """
    batch = {Columns.OBS: {key: torch.as_tensor(np.asarray(value, dtype=np.float32))[None] for key, value in obs.items()}}
    with torch.no_grad():
        if deterministic:
            output = module.forward_inference(batch)
            dist_cls = module.get_inference_action_dist_cls()
        else:
            output = module.forward_exploration(batch)
            dist_cls = module.get_exploration_action_dist_cls()
        dist = dist_cls.from_logits(output[Columns.ACTION_DIST_INPUTS])
        if deterministic:
            dist = dist.to_deterministic()
        action = dist.sample()

    result: dict[str, int | np.ndarray] = {}
    for key, value in action.items():
        row = value[0].cpu().numpy()
        result[key] = int(row) if row.ndim == 0 else row.astype(np.int64)
    return result
