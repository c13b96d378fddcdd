"""Gymnasium environment for MLIR linalg scheduling.

Importing this package registers `mlirrl/Schedule-v0`, so
`gymnasium.make("mlirrl/Schedule-v0", suite="tiny")` works after `import envs`.
"""

import gymnasium

from envs.masks import InvalidActionError
from envs.schedule_env import ScheduleEnv

ENV_ID = "mlirrl/Schedule-v0"

# Final rewards are measured run times, so a seeded episode repeats its actions and
# observations but not its last reward or timing info.
if ENV_ID not in gymnasium.registry:
    gymnasium.register(id=ENV_ID, entry_point="envs.schedule_env:ScheduleEnv", nondeterministic=True)

__all__ = ["ENV_ID", "InvalidActionError", "ScheduleEnv"]
