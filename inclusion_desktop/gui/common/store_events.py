"""The application's one « store changed » signal.

Anything that changes the store (a questionnaire saved, an import, a merge, a conflict resolved, a
purge, a review, the settings) emits `changed`; every view that shows store data follows it,
instead of each dialog refreshing the views it happens to know.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class StoreEvents(QObject):
    """Owned by the main window; `changed` is emitted after the store was written."""

    changed = Signal()
