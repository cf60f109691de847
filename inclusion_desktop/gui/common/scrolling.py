"""Keeps what has the keyboard on screen inside a scroll area, with the text that explains it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget
from shiboken6 import isValid


def reveal(
    scroll: QScrollArea,
    widgets: Sequence[QWidget],
    margin: int = 24,
    also: Sequence[QWidget] = (),
) -> None:
    """Scrolls so that every one of `widgets` (e.g. a question's number, label and field) shows.

    The last widget is the one with the keyboard: when all of them are taller than the viewport,
    it wins, and the scroll moves as little as it can. Layouts waiting to be computed are
    computed first, so a widget created a moment ago is placed right. `also` (e.g. the label of
    a question an answer has just revealed below) is brought into view too when it fits beside
    the others, so that the new question is seen to appear.
    """
    if not isValid(scroll):
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    content = scroll.widget()
    if content is None:
        return
    shown = [w for w in widgets if isValid(w) and not w.isHidden() and content.isAncestorOf(w)]
    if not shown:
        return
    area = QRect()
    for widget in shown:
        area = area.united(QRect(widget.mapTo(content, QPoint(0, 0)), widget.size()))
    viewport = scroll.viewport().height()
    if area.height() + 2 * margin > viewport:
        last = shown[-1]
        area = QRect(last.mapTo(content, QPoint(0, 0)), last.size())
    bar = scroll.verticalScrollBar()
    top = max(area.top() - margin, 0)
    bottom = area.bottom() + margin
    value = bar.value()
    if top < value:
        value = top
    elif bottom > value + viewport:
        value = min(bottom - viewport, top)
    for extra in also:
        if not isValid(extra) or extra.isHidden() or not content.isAncestorOf(extra):
            continue
        extra_bottom = extra.mapTo(content, QPoint(0, extra.height())).y() + margin
        if extra_bottom > value + viewport:
            value = max(value, min(extra_bottom - viewport, top))
    bar.setValue(max(bar.minimum(), min(value, bar.maximum())))


def reveal_soon(
    scroll: QScrollArea,
    widgets: Sequence[QWidget],
    margin: int = 24,
    also: Sequence[QWidget] = (),
) -> None:
    """`reveal` now and once more after the pending resizes of the scroll area have landed."""
    reveal(scroll, widgets, margin, also)
    QTimer.singleShot(0, scroll, lambda: reveal(scroll, widgets, margin, also))
