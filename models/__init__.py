"""RLlib policy models for the scheduling environment."""
