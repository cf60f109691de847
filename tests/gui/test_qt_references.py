"""Qt bindings must not leak or lose Python references on signals: a long session would crash.

PySide6 6.12.0 dropped one reference to None (or True) per signal delivered to a Python slot;
after a few thousand keystrokes the interpreter aborted. This guards the pinned version.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    changed = Signal(object)


def _references() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_typing_into_a_field_with_a_python_slot_keeps_references(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    seen: list[str] = []
    edit.textEdited.connect(lambda text: seen.append(text) and None)
    edit.show()
    before = _references()
    qtbot.keyClicks(edit, "a" * 300)
    after = _references()
    assert len(seen) == 300
    assert all(abs(a - b) < 20 for a, b in zip(before, after, strict=True)), (before, after)


def test_emitting_from_python_keeps_references(qtbot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = _references()
    for index in range(500):
        emitter.changed.emit(index)
    after = _references()
    assert len(received) == 500
    assert all(abs(a - b) < 20 for a, b in zip(before, after, strict=True)), (before, after)
