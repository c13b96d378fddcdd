"""Gymnasium environment for MLIR linalg scheduling."""
