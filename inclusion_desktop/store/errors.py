"""Errors of the local store that a user can cause and that the interface shows as they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError


class StoreError(AppError):
    """A store operation refused for a reason the user can understand, with a French message."""

    area_code = Code.STORE

    def __init__(
        self,
        detail: str | None = None,
        *,
        path: Path | None = None,
        code: Code | None = None,
        **params: Any,
    ) -> None:
        self.path = path
        if path is not None:
            params.setdefault("path", path)  # the catalogued store messages name the file
        super().__init__(detail, code=code, **params)
