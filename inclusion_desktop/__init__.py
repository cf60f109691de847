"""Enquête habitants d'un diagnostic territorial d'inclusion numérique, hors ligne."""

__version__ = "0.1.0"
