"""Small pieces the dialogs share.

A folder field with its button, a coloured status line, the progress bar and message line of
the dialogs that run work in the background, the growing of a dialog to fit its texts, and the
fitting of every window into the available part of its screen (a 1024×600 netbook included).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

_GOOD = "color: #1b6e2d; font-weight: 600;"
_BAD = "color: #a4161a; font-weight: 600;"


def show_status(label: QLabel, text: str, *, ok: bool) -> None:
    """Shows `text` in green when all went well, in red otherwise."""
    label.setText(text)
    label.setStyleSheet(_GOOD if ok else _BAD)


def choose_folder(parent: QWidget, edit: QLineEdit, title: str) -> None:
    """Asks for a folder, starting from the one in `edit`, and puts the answer there."""
    folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if folder:
        edit.setText(folder)


def folder_row(parent: QWidget, edit: QLineEdit, title: str) -> QHBoxLayout:
    """The folder field and its « Choisir… » button, side by side."""
    row = QHBoxLayout()
    choose = QPushButton(QCoreApplication.translate("folder_row", "Choisir…"), parent)
    choose.clicked.connect(lambda: choose_folder(parent, edit, title))
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return row


def file_row(parent: QWidget, edit: QLineEdit, title: str, filters: str) -> QHBoxLayout:
    """The file field and its « Choisir… » button (a file to open, of `filters`), side by side."""
    row = QHBoxLayout()
    choose = QPushButton(QCoreApplication.translate("folder_row", "Choisir…"), parent)

    def pick() -> None:
        path, _ = QFileDialog.getOpenFileName(parent, title, edit.text().strip(), filters)
        if path:
            edit.setText(path)

    choose.clicked.connect(pick)
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return row


def add_progress_area(
    parent: QWidget, layout: QBoxLayout, *, busy: bool, visible: bool = False
) -> tuple[QProgressBar, QLabel]:
    """Adds the progress bar (hidden until work starts) and the wrapped message line.

    `busy` makes the bar a moving indicator, for work that cannot say how far it has got.
    """
    progress = QProgressBar(parent)
    if busy:
        progress.setRange(0, 0)
    progress.setVisible(visible)
    layout.addWidget(progress)
    message = QLabel(parent)
    message.setWordWrap(True)
    layout.addWidget(message)
    return progress, message


def fit_height(dialog: QWidget) -> None:
    """Grows the dialog so its wrapped texts show whole (a window ignores height-for-width)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(width, min(needed, screen_limit(dialog).height()))


# -- every window inside the screen ------------------------------------------------------------

#: Room for a window manager's title bar and borders before the window is shown (then the real
#: frame is measured): a window sized to the whole screen would push its buttons off it.
FRAME_ALLOWANCE = QSize(8, 36)


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (task bars and docks left out)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def framed_geometry(window: QWidget) -> QRect:
    """The window with its window manager's frame, as the window system reports it now.

    QWidget.frameGeometry() keeps the frame margins it read at the window's last move, so it
    misses a frame added without a move; the native window reads them afresh.
    """
    handle = window.windowHandle()
    if handle is not None and window.isVisible():
        return handle.frameGeometry()
    return window.frameGeometry()


def is_framed(window: QWidget) -> bool:
    """True once the window manager has put its frame (a title bar) around the window."""
    return framed_geometry(window).height() > window.geometry().height()


def _frame_extra(window: QWidget) -> QSize:
    """What the window manager's frame adds around the window's contents."""
    if window.isVisible():
        frame, inside = framed_geometry(window), window.geometry()
        extra = QSize(frame.width() - inside.width(), frame.height() - inside.height())
        if extra.height() > 0:
            return extra
    if QGuiApplication.platformName() == "offscreen":
        return QSize(0, 0)
    return FRAME_ALLOWANCE


def screen_limit(window: QWidget) -> QSize:
    """The largest size of the window's contents whose frame still fits the screen."""
    area, extra = available_area(window), _frame_extra(window)
    return QSize(max(area.width() - extra.width(), 200), max(area.height() - extra.height(), 150))


def size_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resizes to the wanted size, or to the whole available screen when it is smaller."""
    limit = screen_limit(window)
    window.resize(min(width, limit.width()), min(height, limit.height()))


def scroll_content(widget: QWidget) -> QScrollArea | None:
    """Moves the widget's contents into a scroll area, its dialog buttons staying below it.

    For windows whose contents are taller or wider than a netbook screen: the buttons that close
    the window stay visible, the rest scrolls (the keyboard focus scrolls it too). Returns the
    scroll area, or None when the widget has no box layout or is already scrolled.
    """
    outer = widget.layout()
    if not isinstance(outer, QBoxLayout) or widget.property("scrolledContent"):
        return None
    widget.setProperty("scrolledContent", True)
    items: list[tuple[QLayoutItem, int]] = []
    while outer.count():
        stretch = outer.stretch(0)
        item = outer.takeAt(0)
        assert item is not None  # index 0 of a layout that is not empty
        items.append((item, stretch))
    kept_below: list[QLayoutItem] = []
    while items and isinstance(items[-1][0].widget(), QDialogButtonBox):
        kept_below.insert(0, items.pop()[0])
    scroll = QScrollArea(widget)
    scroll.setObjectName("scrolledContent")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    inner = QWidget(scroll)
    inner.setObjectName("scrolledContentInner")
    inner_layout = QVBoxLayout(inner)
    inner_layout.setContentsMargins(0, 0, 0, 0)
    inner_layout.setSpacing(outer.spacing())
    for item, stretch in items:
        child_widget, child_layout = item.widget(), item.layout()
        if child_widget is not None:
            inner_layout.addWidget(child_widget, stretch, item.alignment())
        elif child_layout is not None:
            child_layout.setParent(None)  # type: ignore[call-overload]
            inner_layout.addLayout(child_layout, stretch)
        else:
            inner_layout.addItem(item)
    scroll.setWidget(inner)
    outer.addWidget(scroll, 1)
    for item in kept_below:
        outer.addItem(item)
    return scroll


def fit_to_screen(window: QWidget) -> None:
    """Keeps a window, frame and buttons included, inside the available part of its screen.

    A window whose contents need more room than the screen gets them in a scroll area; a larger
    size asked by the code or a minimum size is brought down to the screen; the window is moved
    back onto the screen when it stuck out.
    """
    limit = screen_limit(window)
    layout = window.layout()
    if layout is not None and not isinstance(window, QMainWindow):
        layout.activate()
        needed = layout.totalMinimumSize()
        if needed.height() > limit.height() or needed.width() > limit.width():
            scroll_content(window)
            layout = window.layout()
            if layout is not None:
                layout.activate()
    minimum = window.minimumSize()
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        window.setMinimumSize(min(minimum.width(), limit.width()),
                              min(minimum.height(), limit.height()))
    if window.width() > limit.width() or window.height() > limit.height():
        window.resize(min(window.width(), limit.width()), min(window.height(), limit.height()))
    if layout is not None and layout.hasHeightForWidth():
        # Wrapped labels need more height at the width the window got than its size hint
        # (made at its preferred width) gave it: without it, rows overlap and buttons are crushed.
        wrapped_height = layout.totalHeightForWidth(window.width())
        if wrapped_height > window.height():
            window.resize(window.width(), min(wrapped_height, limit.height()))
    if window.isVisible():
        area = available_area(window)
        frame = framed_geometry(window)
        x = max(area.left(), min(frame.x(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.y(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            window.move(x, y)


class ScreenFitter(QObject):
    """Application event filter: each window and dialog is fitted to its screen when shown.

    One place for every window of the application, Qt's own dialogs included (message boxes,
    file dialogs), rather than a size chosen per dialog for one screen.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Fits windows on Show, and again once the window manager has framed them."""
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.Move)
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType()
            in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)
        ):
            if event.type() == QEvent.Type.Show:
                fit_to_screen(watched)
                name_unlabelled_fields(watched)
            elif not watched.property("screenFramed") and watched.isVisible():
                # The first move after the window manager put its frame around the window:
                # the frame's real size is known now. Later moves are the user's own.
                if is_framed(watched):
                    watched.setProperty("screenFramed", True)
                    if not _inside(watched):
                        fit_to_screen(watched)
        return False


def _form_label(window: QWidget, widget: QWidget) -> str:
    """The label of the form row, or the label just before in a row, naming `widget`."""
    for layout in window.findChildren(QBoxLayout) + window.findChildren(QFormLayout):
        items = [layout.itemAt(i) for i in range(layout.count())]
        for index, item in enumerate(items):
            inner = item.layout()
            holds = item.widget() is widget or (
                inner is not None
                and any(inner.itemAt(i).widget() is widget for i in range(inner.count()))
            )
            if not holds:
                continue
            label: QWidget | None = None
            if isinstance(layout, QFormLayout):
                label = layout.labelForField(inner if inner is not None else widget)
            elif index > 0:
                label = items[index - 1].widget()
            if isinstance(label, QLabel) and label.text():
                return label.text().replace("&", "").rstrip(" :\u00a0")
    return ""


def name_unlabelled_fields(window: QWidget) -> None:
    """Gives screen readers a name for fields and lists that no label names.

    A field in a form row whose field is a layout (a folder and its « Choisir… » button) takes
    the row's label; a list or table without a label takes the window's title. Names set by the
    code, and labels' buddies, are left as they are.
    """
    for widget in window.findChildren(QWidget):
        if widget.accessibleName() or not isinstance(
            widget, (QLineEdit, QAbstractItemView, QComboBox)
        ):
            continue
        if isinstance(widget, QHeaderView) or isinstance(widget.parentWidget(), QComboBox):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue
        if any(isinstance(label, QLabel) and label.buddy() is widget
               for label in window.findChildren(QLabel)):
            continue
        name = _form_label(window, widget)
        if not name and isinstance(widget, QAbstractItemView):
            name = window.windowTitle()
        if not name and isinstance(widget, QLineEdit):
            name = widget.placeholderText()
        if name:
            widget.setAccessibleName(name)


def _inside(window: QWidget) -> bool:
    """True when the whole framed window is on the available part of its screen."""
    return available_area(window).contains(framed_geometry(window))


def install_screen_fitter(app: QCoreApplication) -> None:
    """Installs the ScreenFitter once on the application."""
    if app.property("screenFitter"):
        return
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    app.setProperty("screenFitter", True)
