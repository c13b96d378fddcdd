"""mlirrl: a reinforcement-learning auto-scheduler for MLIR linalg programs on CPUs."""

__version__ = "0.1.0"
