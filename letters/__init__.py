"""letters: a LinkedIn member's objection to AI training and a complaint to their authority."""

__version__ = "0.1.0"
