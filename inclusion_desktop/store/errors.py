"""Errors of the local store that a user can cause and that the interface shows as they are."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A store operation refused for a reason the user can understand, with a French message."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

