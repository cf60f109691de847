"""Field mode: one question (or field-list group) per page, big choices, keyboard first.

Every answer is saved as a draft the moment it is given, so a questionnaire survives a crash or a
dead battery and reopens on the same page.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.messages import translate
from inclusion_desktop.gui.common.scrolling import reveal_soon
from inclusion_desktop.gui.field.question_widgets import (
    AttachmentAccess,
    ChoiceButtons,
    QuestionEditor,
    free_text_warning,
    is_text_input,
    make_editor,
    number_of_key,
    to_displayed,
)
from inclusion_desktop.questionnaire.followups import followed_question
from inclusion_desktop.questionnaire.model import (
    PAPER_NUMBER_NAME,
    Form,
    Group,
    Question,
    QuestionType,
)
from inclusion_desktop.questionnaire.session import (
    FormSession,
    Instance,
    Page,
    instance_of,
    instance_path,
    instance_suffix,
)

REVIEW_KEY = "__revue__"


def with_outer_instances(
    session: FormSession, text: str, repeat: str | None, instance: Instance, of: str
) -> str:
    """`text` followed by the instances of the repeats around `repeat`, innermost first.

    `of` is the translated « du {group} n° {number} »: « Personne n° 3 du ménage n° 2 ».
    """
    path = instance_path(instance)
    chain = session.repeat_chain(repeat)
    for depth in range(min(len(chain), len(path)) - 2, -1, -1):
        outer = session.form.by_name[chain[depth]]
        label = session.label(outer, instance_of(path[: depth + 1])) or outer.name
        text += of.format(group=label[:1].lower() + label[1:], number=path[depth] + 1)
    return text


def instance_number(instance: Instance) -> int:
    """The 1-based number of an instance within its own repeat."""
    return instance_path(instance)[-1] + 1


#: Seconds during which Enter is ignored once the review is on screen.
REVIEW_GUARD_S = 0.3

#: Writing systems read right to left, by ISO 639-1 code.
_RTL_CODES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ku"})

# Pages kept, hidden, once left: the next questionnaire of the same form shows them again with
# its own answers instead of building them anew (about the pages of one resident questionnaire).
PAGE_CACHE_SIZE = 60

#: Below this height (a 1024×600 screen) pages take the compact style: the consent text and
#: its answers fit without scrolling.
COMPACT_HEIGHT = 600

COMPACT_PAGE_STYLE = """
QLabel#questionLabel { font-size: 14pt; }
"""


@dataclass
class _BuiltPage:
    """A page's widgets, kept to be shown again."""

    widget: QWidget
    editors: dict[str, QuestionEditor]
    error_labels: dict[str, QLabel]


@dataclass
class _ReviewPage:
    """The review's widgets, kept from one review to the next."""

    widget: QWidget
    info: QLabel
    table: QTableWidget


class NoteImage(QWidget):
    """A note's image (`media::image`): as wide as the page at most, its ratio kept.

    Its accessible name is the note's label, read by screen readers in place of the image.
    """

    def __init__(self, pixmap: QPixmap, alt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteImage")
        self.pixmap = pixmap
        self.setAccessibleName(alt)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def shown_size(self, width: int | None = None) -> QSize:
        """The image's size once fitted in `width` (the widget's own by default): never larger."""
        width = min(self.width() if width is None else width, self.pixmap.width())
        return QSize(width, round(width * self.pixmap.height() / max(self.pixmap.width(), 1)))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self.shown_size(width).height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.pixmap.size()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shown = self.shown_size()
        painter.drawPixmap(0, 0, shown.width(), shown.height(), self.pixmap)
        painter.end()


def language_is_rtl(language: str | None) -> bool:
    """True for a form language written right to left ("العربية (ar)", "Arabic", "arabe")."""
    if not language:
        return False
    lowered = language.lower()
    if "(" in lowered and lowered.rstrip(")").rsplit("(", 1)[1].strip() in _RTL_CODES:
        return True
    if lowered.strip() in _RTL_CODES:
        return True
    return any(word in lowered for word in ("arab", "hebr", "hébr", "persian", "farsi", "urdu"))


def language_display_name(language: str) -> str:
    """A language name for the switcher, e.g. "Français (fr)" → "Français"."""
    if language == "default":
        return QCoreApplication.translate("FieldFormView", "Langue du questionnaire")
    return language.split("(")[0].strip() or language


class FieldFormView(QWidget):
    """Shows a FormSession page by page and saves every answer as a draft.

    Signals:
        finished(str): the questionnaire was finalised (its instanceID).
        closed(): the user left the questionnaire; its draft stays in the store.
        page_shown(str): a page (or the review) is on screen, with its key.
    """

    finished = Signal(str)
    closed = Signal()
    page_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldFormView")
        self.session: FormSession | None = None
        self.submission_uuid = ""
        self.current_key = ""
        self.current_instance: Instance = None
        self.editors: dict[str, QuestionEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.review_table: QTableWidget | None = None
        # The shown page's questions and choice lists (see _layout_key): an answer that leaves
        # them as they are updates the editors in place instead of rebuilding the page.
        self._page_layout_key: object = None
        # Pages left, by form, language, instance and layout key (see _render_page).
        self._page_cache: OrderedDict[object, _BuiltPage] = OrderedDict()
        self._page_cache_form: Form | None = None
        self._shown_cache_key: object = None
        self._review: _ReviewPage | None = None
        self._review_shown_at = 0.0
        self._compact = False
        self._repeat_buttons: tuple[QPushButton, QPushButton] | None = None
        self._save_draft: Callable[[str, dict[str, object], str], None] | None = None
        self._finalize: Callable[[str, FormSession], None] | None = None
        self._attachments: AttachmentAccess | None = None
        # Asked before leaving; False keeps the questionnaire open (e.g. "save the correction?").
        self.before_close: Callable[[], bool] | None = None
        self._build()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("formTitle")
        # A long title wraps instead of widening the window past a small laptop screen.
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title_label, 1)
        self.language_label = QLabel(self)
        top.addWidget(self.language_label)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_label.setBuddy(self.language_combo)  # screen readers name the list by it
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        top.addWidget(self.language_combo)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self._on_close)
        top.addWidget(self.close_button)
        layout.addLayout(top)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label)
        layout.addLayout(progress_row)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_container = QWidget(self.scroll)
        self.page_layout = QVBoxLayout(self.page_container)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_widget: QWidget | None = None
        self.scroll.setWidget(self.page_container)
        layout.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setMinimumHeight(44)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("primaryButton")
        self.next_button.setMinimumHeight(44)
        self.next_button.clicked.connect(self.go_next)
        buttons.addWidget(self.back_button)
        # Shown on a page of a repeat the person adds to: takes back an instance added by mistake.
        self.remove_instance_button = QPushButton(self)
        self.remove_instance_button.setObjectName("removeInstanceButton")
        self.remove_instance_button.setMinimumHeight(44)
        self.remove_instance_button.clicked.connect(self.remove_current_instance)
        self.remove_instance_button.hide()
        buttons.addWidget(self.remove_instance_button)
        buttons.addStretch(1)
        self.review_button = QPushButton(self)
        self.review_button.setMinimumHeight(44)
        self.review_button.clicked.connect(self.back_to_review)
        self.review_button.hide()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        for button in (self.back_button, self.review_button, self.next_button):
            button.installEventFilter(self)

        for sequence, slot in (
            ("Alt+Right", self.go_next),
            ("Alt+Left", self.go_back),
            ("PgDown", self.go_next),
            ("PgUp", self.go_back),
            ("Ctrl+Return", self._on_ctrl_enter),
            ("Ctrl+Enter", self._on_ctrl_enter),
            ("Escape", self._on_close),
            ("Ctrl+Del", self.remove_current_instance),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """Switches the pages to the compact style on a short screen, and back."""
        super().resizeEvent(event)
        compact = self.height() < COMPACT_HEIGHT
        if compact != self._compact:
            self._compact = compact
            # Set on the pages' container only: the rest of the window keeps its style.
            self.page_container.setStyleSheet(COMPACT_PAGE_STYLE if compact else "")

    def retranslate(self) -> None:
        """Sets the fixed texts in the interface language (again after a language switch)."""
        self._drop_cached_pages()  # their texts (« n° », reminders) are in the old language
        self.language_label.setText(self.tr("Langue des questions :"))
        self.close_button.setText(self.tr("Fermer (brouillon gardé)"))
        self.close_button.setToolTip(
            self.tr("Le questionnaire reste enregistré comme brouillon (Échap)")
        )
        self.back_button.setText(self.tr("← Précédent"))
        self.back_button.setToolTip(self.tr("Flèche gauche ou Alt+←"))
        self.next_button.setText(
            self.tr("Terminer et enregistrer")
            if self.session is not None and self.current_key == REVIEW_KEY
            else self.tr("Suivant →")
        )
        self.next_button.setToolTip(self.tr("Entrée, flèche droite ou Alt+→"))
        self.remove_instance_button.setToolTip(
            self.tr("Retire ce bloc ajouté par erreur et ses réponses (Ctrl+Suppr)")
        )
        self.review_button.setText(self.tr("↩ Retour à la relecture"))
        self.review_button.setToolTip(
            self.tr("Revenir à la relecture une fois la réponse corrigée")
        )

    # -- starting ----------------------------------------------------------------------------

    def start(
        self,
        session: FormSession,
        submission_uuid: str,
        *,
        title: str,
        position: str | None,
        save_draft: Callable[[str, dict[str, object], str], None],
        finalize: Callable[[str, FormSession], None],
        attachments: AttachmentAccess | None = None,
    ) -> None:
        """Shows `session` at page `position` (the first page when None).

        `attachments` stores the files chosen for image, audio, video and file questions.
        """
        self.session = session
        session.translate = translate  # the engine's own checks in the interface language
        self._attachments = attachments
        self.submission_uuid = submission_uuid
        self._save_draft = save_draft
        self._finalize = finalize
        self.title_label.setText(title)
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for language in session.form.languages:
            self.language_combo.addItem(language_display_name(language), language)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(session.language), 0))
        # A form in one language has no choice to offer: neither the list nor its label shows.
        several = len(session.form.languages) > 1
        self.language_combo.setVisible(several)
        self.language_label.setVisible(several)
        self.language_combo.blockSignals(False)
        self._apply_direction()
        self.review_button.hide()
        pages = session.relevant_pages()
        keys = [page.key for page in pages]
        if position == REVIEW_KEY or (position is not None and position in keys):
            self.show_page(position)
        else:
            self.show_page(keys[0] if keys else REVIEW_KEY)

    def stop(self) -> None:
        """Detaches the questionnaire, already saved; keys are ignored until the next start."""
        self.session = None

    def _watch_keys(self, widget: QWidget) -> None:
        """Routes the keys of `widget` and its children through eventFilter."""
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    # -- pages ---------------------------------------------------------------------------------

    def _pages(self) -> list[Page]:
        assert self.session is not None
        return self.session.relevant_pages()

    def show_page(self, key: str) -> None:
        """Renders the page with `key` (or the review page)."""
        assert self.session is not None
        pages = self._pages()
        keys = [page.key for page in pages]
        if key != REVIEW_KEY and key not in keys:
            key = self._nearest_relevant(key, keys)
        self.current_key = key
        if key == REVIEW_KEY:
            self.review_button.hide()
            self._render_review()
            position = len(pages)
            self._show_remove_instance(None)
        else:
            page = pages[keys.index(key)]
            self.current_instance = page.instance
            self._render_page(page)
            position = keys.index(key)
            self._show_remove_instance(page)
        if self.page_widget is not None:
            self.page_widget.show()
        self._focus_page()
        # Progress counts every page of the form, relevant or not, so it never jumps backwards
        # when an answer opens a branch.
        all_keys = [page.key for page in self.session.pages()]
        done = all_keys.index(key) if key in all_keys else len(all_keys)
        # QProgressBar repaints at once on a new value; with updates off, the bar is painted
        # with the new page instead, in one pass.
        self.progress.setUpdatesEnabled(False)
        self.progress.setMaximum(max(len(all_keys), 1))
        self.progress.setValue(done)
        self.progress.setUpdatesEnabled(True)
        if key == REVIEW_KEY:
            self.progress_label.setText(self.tr("Relecture"))
        else:
            self.progress_label.setText(
                self.tr("Page {page} · {percent} %").format(
                    page=position + 1, percent=done * 100 // len(all_keys)
                )
            )
        self.back_button.setEnabled(position > 0)
        self.next_button.setText(
            self.tr("Terminer et enregistrer") if key == REVIEW_KEY else self.tr("Suivant →")
        )
        # The page is on screen before its position is written; the answers already are.
        QTimer.singleShot(0, self._save)
        self.page_shown.emit(key)

    def _focus_page(self) -> None:
        """Puts the keyboard on the page's first question, or on "Continue" when none."""
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.focus_input()
            self.scroll.verticalScrollBar().setValue(0)
        elif self._repeat_buttons is not None:
            self._repeat_buttons[1].setFocus()
        else:
            self.next_button.setFocus()

    def _nearest_relevant(self, key: str, relevant_keys: list[str]) -> str:
        """The first relevant page at or after `key`, for a page an answer just made irrelevant."""
        assert self.session is not None
        all_keys = [page.key for page in self.session.pages()]
        start = all_keys.index(key) if key in all_keys else 0
        return next((k for k in all_keys[start:] if k in relevant_keys), REVIEW_KEY)

    def _detach_page(self) -> None:
        """Takes the shown page off screen, kept to be shown again when it can be, else deleted."""
        if self.page_widget is not None:
            self.page_layout.removeWidget(self.page_widget)
            self.page_widget.hide()
            if self._review is not None and self.page_widget is self._review.widget:
                pass  # kept for the next review
            elif self._shown_cache_key is not None and all(
                editor.reusable for editor in self.editors.values()
            ):
                replaced = self._page_cache.pop(self._shown_cache_key, None)
                if replaced is not None:
                    replaced.widget.deleteLater()
                self._page_cache[self._shown_cache_key] = _BuiltPage(
                    self.page_widget, self.editors, self.error_labels
                )
                while len(self._page_cache) > PAGE_CACHE_SIZE:
                    _, oldest = self._page_cache.popitem(last=False)
                    oldest.widget.deleteLater()
            else:
                self.page_widget.deleteLater()
        self.page_widget = None
        self.editors = {}
        self.error_labels = {}
        self.review_table = None
        self._repeat_buttons = None
        self._page_layout_key = None
        self._shown_cache_key = None

    def _drop_cached_pages(self) -> None:
        """Deletes the pages kept (another form, another interface language)."""
        for built in self._page_cache.values():
            built.widget.deleteLater()
        self._page_cache.clear()
        if self._review is not None:
            # The review on screen is deleted once it is left, as any page not kept.
            if self._review.widget is not self.page_widget:
                self._review.widget.deleteLater()
            self._review = None

    def _reuse_page(self, cache_key: object, page: Page) -> bool:
        """Shows the page kept under `cache_key` with this questionnaire's answers, if any."""
        assert self.session is not None
        # Detached first: the page on screen, shown again (a new language, a reveal undone),
        # is the one found.
        self._detach_page()
        built = self._page_cache.pop(cache_key, None)
        if built is None:
            return False
        self.page_widget = built.widget
        self.editors = built.editors
        self.error_labels = built.error_labels
        for name, editor in self.editors.items():
            editor.set_value(self.session.value(name, page.instance))
        for label in self.error_labels.values():
            label.hide()
        for reminder in built.widget.findChildren(QLabel, "hintLabel"):
            followed = reminder.property("reminderOf")
            if followed:
                reminder.setText(self._reminder_text(self.session.form.question(followed), page))
        self.page_layout.addWidget(built.widget)
        return True

    def _clear(self) -> QWidget:
        """Removes the shown page and returns a new, empty one inside the scroll area."""
        self._detach_page()
        # The scroll area keeps one container: swapping its child is cheaper than setWidget.
        self.page_widget = QWidget(self.page_container)
        self.page_widget.setObjectName("pageContent")
        self.page_layout.addWidget(self.page_widget)
        return self.page_widget

    def _render_page(self, page: Page) -> None:
        assert self.session is not None
        session = self.session
        if session.form is not self._page_cache_form:
            self._drop_cached_pages()
            self._page_cache_form = session.form
        cache_key: object = None
        if page.repeat_prompt is None:
            shown = self._shown_questions(page)
            layout_key = self._layout_key(page, shown)
            # Everything a page shows that is not an answer: its questions and choices, in the
            # questions' language, numbered for its instance.
            quotes = (page.group is not None and bool(page.group.label.references)) or any(
                session.quoted_answers(question) for question in shown
            )
            # A page quoting answers (${…}) shows them in its texts: built anew, never kept.
            if not quotes:
                cache_key = (session.language, page.instance, layout_key)
                if self._reuse_page(cache_key, page):
                    self._page_layout_key = layout_key
                    self._shown_cache_key = cache_key
                    return
        content = self._clear()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(8)
        if page.repeat_prompt is not None:
            self._render_repeat_prompt(page, layout)
            self._watch_keys(content)
        else:
            if page.group is not None and session.label(page.group, page.instance):
                group_label = QLabel(session.label(page.group, page.instance), content)
                group_label.setObjectName("groupLabel")
                group_label.setWordWrap(True)
                if page.instance is not None:
                    repeat = page.group.name if page.group.is_repeat else page.group.repeat
                    depth = len(session.repeat_chain(repeat))
                    title = self.tr("{group} — n° {number}").format(
                        group=group_label.text(),
                        number=instance_number(instance_path(page.instance)[:depth]),
                    )
                    group_label.setText(
                        with_outer_instances(
                            session,
                            title,
                            repeat,
                            page.instance,
                            self.tr(" du {group} n° {number}"),
                        )
                    )
                layout.addWidget(group_label)
            self._page_layout_key = layout_key
            self._shown_cache_key = cache_key
            if len(shown) == 1:
                self._add_reminder(shown[0], page, layout, content)
            for question in shown:
                self._add_question(question, page.instance, layout, content)
        layout.addStretch(1)

    def _shown_questions(self, page: Page) -> list[Question]:
        """The questions of `page` shown in the field: relevant, not left to the paper form."""
        assert self.session is not None
        return [
            question
            for question in page.questions
            if self.session.is_relevant(question.name, page.instance)
            and not self._not_in_field(question, page.instance)
        ]

    def _layout_key(
        self, page: Page, shown: list[Question]
    ) -> tuple[str, tuple[tuple[str, tuple[str, ...] | None], ...]]:
        """What the page's widgets depend on: the questions shown and their filtered choices."""
        assert self.session is not None
        return page.key, tuple(
            (
                question.name,
                tuple(c.name for c in self.session.choices_for(question, page.instance))
                if question.choice_filter is not None
                else None,
            )
            for question in shown
        )

    def _add_reminder(
        self, question: Question, page: Page, layout: QVBoxLayout, parent: QWidget
    ) -> None:
        """Above a follow-up alone on its page (« Précisez : »): the question it follows."""
        assert self.session is not None
        followed = followed_question(self.session.form, question)
        if followed is None or any(q.name == followed.name for q in page.questions):
            return
        reminder = QLabel(self._reminder_text(followed, page), parent)
        reminder.setObjectName("hintLabel")
        reminder.setProperty("reminderOf", followed.name)
        reminder.setWordWrap(True)
        reminder.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(reminder)

    def _reminder_text(self, followed: Question, page: Page) -> str:
        """« About <question> — answer: <answer> », for a follow-up alone on its page."""
        assert self.session is not None
        answer = self._display(followed, self.session.value(followed.name, page.instance))
        return self.tr("À propos de « {question} » — réponse : {answer}").format(
            question=self.session.label(followed) or followed.name, answer=answer or "—"
        )

    def _add_question(
        self, question: Question, instance: Instance, layout: QVBoxLayout, parent: QWidget
    ) -> None:
        assert self.session is not None
        session = self.session
        label = QLabel(session.label(question, instance) or question.name, parent)
        label.setObjectName("questionLabel")
        label.setProperty("questionName", question.name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if question.required or question.required_if is not None:
            label.setText(label.text() + " *")
        layout.addWidget(label)
        hint = session.hint(question, instance)
        if hint:
            hint_label = QLabel(hint, parent)
            hint_label.setObjectName("hintLabel")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        alt = session.label(question, instance) or question.name
        image = self._note_image(question, alt, parent)
        if image is not None:
            layout.addWidget(image)
        if question.is_free_text:
            # Free text may be cleared at the end of the campaign (campaign.clear_free_text).
            note = QLabel(free_text_warning(), parent)
            note.setObjectName("freeTextNote")
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5300;")
            layout.addWidget(note)
        choices = [
            (choice, session.label(choice, instance, within=question.repeat))
            for choice in session.choices_for(question, instance)
        ]
        editor = make_editor(question, choices, parent, attachments=self._attachments)
        if editor is not None:
            editor.set_value(session.value(question.name, instance))
            editor.answered.connect(
                lambda value, q=question, i=instance: self._on_answered(q, i, value)
            )
            layout.addWidget(editor)
            self.editors[question.name] = editor
            self._watch_keys(editor)
        error = QLabel(parent)
        error.setObjectName("errorLabel")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.error_labels[question.name] = error
        layout.addSpacing(10)

    def _note_image(self, question: Question, alt: str, parent: QWidget) -> NoteImage | None:
        """The image a note names in `media::image` (in the questions' language), if shipped."""
        assert self.session is not None
        if question.type is not QuestionType.NOTE or not question.image:
            return None
        form = self.session.form
        data = form.media.get(question.image.get(self.session.language, form.default_language))
        pixmap = QPixmap()
        if data is None or not pixmap.loadFromData(data):
            return None  # the loader already noticed a missing file
        return NoteImage(pixmap, alt, parent)

    def _render_repeat_prompt(self, page: Page, layout: QVBoxLayout) -> None:
        assert self.session is not None and page.repeat_prompt is not None
        group = page.repeat_prompt
        count = len(self.session.instances(group.name, page.instance))
        name = with_outer_instances(
            self.session,
            self.session.label(group, page.instance) or group.name,
            group.name,
            instance_of((*instance_path(page.instance), 0)),
            self.tr(" du {group} n° {number}"),
        )
        text = self.tr("« {name} » : %n saisi(s). En ajouter un autre ?", "", count)
        if count == 0:
            text = self.tr("« {name} » : aucun saisi pour l'instant. En ajouter un ?")
        label = QLabel(text.format(name=name), self.page_widget)
        label.setObjectName("questionLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        add = QPushButton("1   " + self.tr("Oui, ajouter"), self.page_widget)
        add.setObjectName("choiceButton")
        add.setMinimumHeight(44)
        add.clicked.connect(lambda: self._add_instance(group.name, page.instance))
        done = QPushButton("2   " + self.tr("Non, continuer"), self.page_widget)
        done.setObjectName("choiceButton")
        done.setMinimumHeight(44)
        done.clicked.connect(self.go_next)
        layout.addWidget(add)
        layout.addWidget(done)
        self._repeat_buttons = (add, done)

    def _add_instance(self, repeat: str, outer: Instance = None) -> None:
        assert self.session is not None
        index = self.session.add_instance(repeat, outer)
        added = instance_of((*instance_path(outer), index))
        target = next(
            (
                p.key
                for p in self._pages()
                if p.instance == added
                and p.repeat_prompt is None
                and p.questions
                and p.questions[0].repeat == repeat
            ),
            None,
        )
        self.show_page(target or f"+{repeat}{instance_suffix(outer)}")

    def _removable_repeat(self, page: Page | None) -> Group | None:
        """The repeat whose instance `page` shows, when the person adds its instances."""
        if self.session is None or page is None or page.instance is None or not page.questions:
            return None
        repeat = page.questions[0].repeat
        if repeat is None:
            return None
        group = self.session.form.by_name[repeat]
        # A repeat_count fixes the number of instances: the count is corrected instead.
        if not isinstance(group, Group) or group.repeat_count is not None:
            return None
        return group

    def _show_remove_instance(self, page: Page | None) -> None:
        group = self._removable_repeat(page)
        if group is not None and page is not None and page.instance is not None:
            assert self.session is not None
            self.remove_instance_button.setText(
                self.tr("Retirer « {name} » n° {number}").format(
                    name=self.session.label(group) or group.name,
                    number=instance_number(page.instance),
                )
            )
        self.remove_instance_button.setVisible(group is not None)

    def remove_current_instance(self) -> None:
        """Removes the repeat instance on screen and its answers, once the person confirms.

        The other instances keep their answers; the repeat's « add another? » page follows.
        """
        if self.session is None or self.current_key == REVIEW_KEY:
            return
        page = next((p for p in self._pages() if p.key == self.current_key), None)
        group = self._removable_repeat(page)
        if group is None or page is None or page.instance is None:
            return
        name = self.session.label(group) or group.name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Retirer cette répétition ?"),
            self.tr(
                "Retirer « {name} » n° {number} et toutes ses réponses ? Les autres sont gardés."
            ).format(name=name, number=instance_number(page.instance)),
            parent=self,
        )
        remove = box.addButton(self.tr("Retirer"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not remove:
            return
        self.session.remove_instance(group.name, page.instance)
        # Kept pages are keyed by instance number, which the removal shifts.
        self._drop_cached_pages()
        self.show_page(f"+{group.name}{instance_suffix(instance_path(page.instance)[:-1])}")
        self._save()

    def _build_review(self) -> _ReviewPage:
        """The review page's widgets, built once and filled anew at each review."""
        content = QWidget(self.page_container)
        content.setObjectName("pageContent")
        layout = QVBoxLayout(content)
        title = QLabel(self.tr("Relecture avant d'enregistrer"), content)
        title.setObjectName("questionLabel")
        layout.addWidget(title)
        info = QLabel(content)
        info.setWordWrap(True)
        layout.addWidget(info)
        table = QTableWidget(content)
        table.setObjectName("reviewTable")
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Réponse")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        # Rows follow their wrapped text, measured when the rows are filled and once the columns
        # have their new width (a ResizeToContents header measures them at every layout).
        measure = QTimer(table)
        measure.setSingleShot(True)
        measure.setInterval(0)
        measure.timeout.connect(table.resizeRowsToContents)
        table.horizontalHeader().sectionResized.connect(lambda *_: measure.start())
        table.itemActivated.connect(
            lambda item: self.edit_from_review(
                table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
            )
        )
        layout.addWidget(table, 1)
        self._watch_keys(content)
        return _ReviewPage(content, info, table)

    def _render_review(self) -> None:
        assert self.session is not None
        session = self.session
        self._detach_page()
        if self._review is None:
            self._review = self._build_review()
        review = self._review
        self.page_widget = review.widget
        errors = session.errors()
        review.info.setText(
            self.tr(
                "Vérifiez les réponses avec la personne. Double-cliquez sur une ligne pour la "
                "modifier."
            )
            if not errors
            else self.tr("%n réponse(s) à compléter ou corriger (en rouge).", "", len(errors))
        )
        # The style follows the object name: polished again only when it changes.
        info_name = "hintLabel" if not errors else "errorLabel"
        if review.info.objectName() != info_name:
            review.info.setObjectName(info_name)
            review.info.style().unpolish(review.info)
            review.info.style().polish(review.info)
        rows: list[tuple[str, str, str | None, str]] = []
        for page in self._pages():
            for question in page.questions:
                if (
                    question.type is QuestionType.NOTE
                    or not session.is_relevant(question.name, page.instance)
                    or self._not_in_field(question, page.instance)
                ):
                    continue
                value = session.value(question.name, page.instance)
                key = question.name + instance_suffix(page.instance)
                rows.append(
                    (
                        self._review_label(question, page.instance),
                        self._display(question, value),
                        errors.get(key),
                        page.key,
                    )
                )
        table = review.table
        table.clearSelection()
        table.setRowCount(len(rows))
        for row, (question_text, answer, error, page_key) in enumerate(rows):
            first = QTableWidgetItem(question_text)
            first.setData(Qt.ItemDataRole.UserRole, page_key)
            second = QTableWidgetItem(error or answer or "—")
            if error:
                second.setForeground(Qt.GlobalColor.darkRed)
                first.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(row, 0, first)
            table.setItem(row, 1, second)
        table.resizeRowsToContents()
        table.setCurrentCell(-1, -1)
        table.scrollToTop()
        self.page_layout.addWidget(review.widget)
        self.review_table = table
        self._review_shown_at = time.monotonic()

    def _not_in_field(self, question: Question, instance: Instance) -> bool:
        """The paper form's number is for keying paper forms: door to door there is no paper.

        It still shows if it holds a value, so that no answer is ever hidden.
        """
        assert self.session is not None
        return question.name == PAPER_NUMBER_NAME and not self.session.value(
            question.name, instance
        )

    def _review_label(self, question: Question, instance: Instance) -> str:
        """The question's label, after its parent's for a "please specify" question."""
        assert self.session is not None
        label = self.session.label(question, instance) or question.name
        references = question.relevant.references if question.relevant is not None else set()
        if question.type is QuestionType.TEXT and len(references) == 1:
            parent = self.session.form.by_name.get(next(iter(references)))
            if isinstance(parent, Question) and parent.choices is not None:
                return f"{self.session.label(parent)} — {label}"
        return label

    def edit_from_review(self, page_key: str) -> None:
        """Opens a page from the review, with a button straight back to it."""
        self.show_page(page_key)
        self.review_button.show()

    def back_to_review(self) -> None:
        """Returns to the review once the current page is valid."""
        if self.validate_page():
            self.show_page(REVIEW_KEY)

    def _display(self, question: Question, value: str) -> str:
        assert self.session is not None
        if not value:
            return ""
        if question.choices is not None:
            names = value.split() if question.type is QuestionType.SELECT_MULTIPLE else [value]
            return " ; ".join(
                question.choices.label_of(
                    name, self.session.language, self.session.form.default_language
                )
                for name in names
            )
        if question.type is QuestionType.ACKNOWLEDGE:
            return self.tr("Oui")
        return to_displayed(question.type, value, question.date_precision)

    # -- answers and navigation --------------------------------------------------------------------

    def _on_answered(self, question: Question, instance: Instance, value: str) -> None:
        assert self.session is not None
        changed = self.session.set_answer(question.name, value, instance)
        error = self.error_labels.get(question.name)
        if error is not None:
            error.hide()
        self._save()
        if self.current_key != REVIEW_KEY and self._page_changed(changed, question.name):
            focus = QApplication.focusWidget()
            choice = focus.property("choiceName") if focus is not None else None
            scrolled = self.scroll.verticalScrollBar().value()
            before = set(self.editors)
            self.show_page(self.current_key)
            # Typing goes on where it was when the page re-renders under the cursor: same
            # question, same choice, same scroll position, the focused field in view.
            editor = self.editors.get(question.name)
            if editor is not None:
                if not (isinstance(choice, str) and editor.focus_choice(choice)):
                    editor.focus_input(select=False)
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                self.scroll.verticalScrollBar().setValue(scrolled)
                # A question the answer revealed shows its label below, when it fits.
                revealed = [self.editors[name] for name in self.editors if name not in before]
                self._reveal_focus(revealed[:1])
        elif self.current_key != REVIEW_KEY:
            # The page stays as it is: editors only show the answers this one changed.
            for name in changed & self.editors.keys() - {question.name}:
                self.editors[name].set_value(self.session.value(name, instance))

    def _reveal_focus(self, revealed: list[QuestionEditor] | None = None) -> None:
        """Scrolls the focused field into view, with its question's label when it fits.

        `revealed` (a question an answer has just shown) comes into view too when it fits.
        """
        focus = QApplication.focusWidget()
        if focus is None or not self.page_container.isAncestorOf(focus):
            return
        editor = self._editor_with_focus(focus)
        label = self._label_of(editor) if editor is not None else None
        also: list[QWidget] = []
        for new in revealed or []:
            new_label = self._label_of(new)
            also.extend(w for w in (new_label, new) if w is not None)
        reveal_soon(self.scroll, [w for w in (label, focus) if w is not None], also=also[:1])

    def _label_of(self, editor: QuestionEditor) -> QLabel | None:
        """The question label shown above `editor` on the current page."""
        if self.page_widget is None:
            return None
        for label in self.page_widget.findChildren(QLabel, "questionLabel"):
            if label.property("questionName") == editor.question.name:
                return label
        return None

    def _page_changed(self, changed: set[str], answered: str) -> bool:
        """True when an answer changed what the current page shows.

        That is a question's relevance, a choice list, or a label, hint or choice quoting it
        (the page's title too). Other answers of the page it changed (a choice another answer
        filtered out) do not count: their editors stay and show the new values (see
        _on_answered).
        """
        assert self.session is not None
        page = next((p for p in self._pages() if p.key == self.current_key), None)
        if page is None:
            return True
        others = {q.name for q in page.questions} - {answered}
        group_quotes = page.group is not None and bool(page.group.label.references & changed)
        if group_quotes or any(
            bool(self.session.quoted_answers(q) & changed) for q in page.questions
        ):
            return True
        if not (others & changed) and not any(
            q.choice_filter is not None and bool(q.choice_filter.references & changed)
            for q in page.questions
        ):
            return False
        return self._page_layout_key is None or (
            self._layout_key(page, self._shown_questions(page)) != self._page_layout_key
        )

    def _save(self) -> None:
        if self.session is not None and self._save_draft is not None:
            self._save_draft(self.submission_uuid, self.session.answers, self.current_key)

    def validate_page(self) -> bool:
        """Shows the errors of the current page inline; True when there are none."""
        assert self.session is not None
        if self.current_key == REVIEW_KEY:
            return True
        page = next((p for p in self._pages() if p.key == self.current_key), None)
        if page is None:
            return True
        first_bad: QuestionEditor | None = None
        ok = True
        for question in page.questions:
            message = self.session.error_for(question, page.instance)
            label = self.error_labels.get(question.name)
            if label is None:
                continue
            if message:
                ok = False
                label.setText("⚠ " + message)
                label.show()
                if first_bad is None:
                    first_bad = self.editors.get(question.name)
            else:
                label.hide()
        if first_bad is not None:
            first_bad.focus_input()
            error_label = self.error_labels.get(first_bad.question.name)
            reveal_soon(
                self.scroll,
                [w for w in (self._label_of(first_bad), first_bad, error_label) if w is not None],
            )
        return ok

    def advance_from(self, focus: QWidget) -> None:
        """Enter: to the page's next question once this one is valid, else to the next page."""
        assert self.session is not None
        editor = self._editor_with_focus(focus)
        editors = list(self.editors.values())
        if editor is None or editor is editors[-1]:
            self.go_next()
            return
        message = self.session.error_for(editor.question, self.current_instance)
        label = self.error_labels.get(editor.question.name)
        # A question required only under a condition (the age, unless « ne souhaite pas donner
        # son âge » below is chosen) may be left empty for now: Enter goes on to the question
        # that can answer it, and leaving the page still checks it.
        left_for_below = editor.question.required_if is not None and not self.session.value(
            editor.question.name, self.current_instance
        )
        if message and label is not None and not left_for_below:
            label.setText("⚠ " + message)
            label.show()
            reveal_soon(self.scroll, [w for w in (self._label_of(editor), label) if w])
            return
        following = editors[editors.index(editor) + 1]
        following.focus_input()
        self._reveal_focus()

    def go_next(self) -> None:
        """Moves to the next relevant page, once the current one is valid; finalises on review."""
        if self.session is None:
            return
        if self.current_key == REVIEW_KEY:
            self._on_finish()
            return
        if not self.validate_page() or not self._settle_repeat_counts():
            return
        keys = [page.key for page in self._pages()]
        index = keys.index(self.current_key) if self.current_key in keys else -1
        self.show_page(keys[index + 1] if index + 1 < len(keys) else REVIEW_KEY)

    def go_back(self) -> None:
        """Moves to the previous relevant page."""
        if self.session is None:
            return
        keys = [page.key for page in self._pages()]
        if self.current_key == REVIEW_KEY:
            if keys:
                self.show_page(keys[-1])
            return
        index = keys.index(self.current_key) if self.current_key in keys else 0
        if index > 0:
            self.show_page(keys[index - 1])

    def _on_ctrl_enter(self) -> None:
        if self.current_key == REVIEW_KEY:
            self._on_finish()
        else:
            self.go_next()

    def _settle_repeat_counts(self) -> bool:
        """A lowered repeat_count leaves filled instances over: asks before deleting them.

        Returns False when the person keeps them (the count is then to be corrected).
        """
        assert self.session is not None
        session = self.session
        surplus = session.surplus_by_instance()
        if not surplus:
            return True
        of = self.tr(" du {group} n° {number}")
        names = ", ".join(
            with_outer_instances(
                session,
                f"« {session.label(session.form.item(name), instance_of((*outer, 0))) or name} »",
                name,
                instance_of((*outer, 0)),
                of,
            )
            + f" ({extra})"
            for name, outer, extra in surplus
        )
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer des répétitions déjà remplies ?"),
            self.tr(
                "Le nombre indiqué est plus petit que le nombre de répétitions déjà remplies : "
                "{names}. Supprimer les dernières ? Sinon, corrigez le nombre."
            ).format(names=names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        for name in dict.fromkeys(name for name, _outer, _extra in surplus):
            session.drop_surplus(name)
        self._save()
        return True

    def _on_finish(self) -> None:
        assert self.session is not None
        if not self._settle_repeat_counts():
            return
        errors = self.session.errors()
        if errors:
            first = next(iter(errors)).split("[")[0]
            for page in self._pages():
                if any(q.name == first for q in page.questions):
                    self.show_page(page.key)
                    self.validate_page()
                    return
        if self._finalize is not None:
            self._finalize(self.submission_uuid, self.session)
        self.stop()
        self.finished.emit(self.submission_uuid)

    def _on_close(self) -> None:
        self._save()
        if self.before_close is not None and not self.before_close():
            return
        self.stop()
        self.closed.emit()

    def _on_language_changed(self, index: int) -> None:
        if self.session is None or index < 0:
            return
        self.session.language = str(self.language_combo.itemData(index))
        self._apply_direction()
        self.show_page(self.current_key)

    def _apply_direction(self) -> None:
        rtl = self.session is not None and language_is_rtl(self.session.language)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.scroll.setLayoutDirection(direction)

    # -- keyboard ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Number keys pick choices, Enter and arrows move between pages."""
        if event.type() != QEvent.Type.KeyPress or self.session is None:
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        # A text field takes Ctrl+Suppr for itself (delete a word) before the shortcut sees it.
        if key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier:
            if self.remove_instance_button.isVisible():
                self.remove_current_instance()
                return True
            return False
        # Shift is allowed: on AZERTY keyboards it gives the digits of the number row.
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not is_text_input(focus):
            editor = self._editor_with_focus(focus)
            if isinstance(editor, ChoiceButtons):
                editor.move_focus(1 if key == Qt.Key.Key_Down else -1)
                self._reveal_focus()
                return True
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focus, QPlainTextEdit):
                return False
            if self.current_key == REVIEW_KEY and focus is self.review_table:
                return False
            if self.current_key == REVIEW_KEY and (
                event.isAutoRepeat() or time.monotonic() - self._review_shown_at < REVIEW_GUARD_S
            ):
                return True  # a held or doubled Enter must not save without a look at the review
            self.advance_from(focus)
            return True
        if key == Qt.Key.Key_Right and not is_text_input(focus):
            self.go_next()
            return True
        if key == Qt.Key.Key_Left and not is_text_input(focus):
            self.go_back()
            return True
        number = number_of_key(event)
        if number is not None and not is_text_input(focus):
            if self._repeat_buttons is not None and self.current_key.startswith("+"):
                if number in (1, 2):
                    self._repeat_buttons[number - 1].click()
                    return True
            editor = self._editor_with_focus(focus) or next(iter(self.editors.values()), None)
            if editor is not None and editor.pick_number(number):
                self._reveal_focus()
                return True
        return False

    def _editor_with_focus(self, focus: QWidget) -> QuestionEditor | None:
        for editor in self.editors.values():
            if editor is focus or editor.isAncestorOf(focus):
                return editor
        return None
