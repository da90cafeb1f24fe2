"""suivi: follow intergovernmental cooperation from the press to the project milestones."""

__version__ = "0.1.0"
