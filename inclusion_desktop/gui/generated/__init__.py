"""Modules generated from ui/ by scripts/build_ui.py: do not edit."""
