"""Keying mode: the whole paper questionnaire on one page, codes typed heads-down, no mouse.

A choice is typed as its number code and the cursor moves on by itself once the code is complete;
Enter or Tab confirms other answers, Shift+Tab goes back, questions made irrelevant by the skip
logic are passed over, and Ctrl+Enter saves and opens the next blank form.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.errors import AppError
from inclusion_desktop.gui.common.messages import translate, user_message
from inclusion_desktop.gui.common.scrolling import reveal_soon
from inclusion_desktop.gui.field.form_view import instance_number, with_outer_instances
from inclusion_desktop.gui.field.question_widgets import (
    AttachmentAccess,
    attachment_file_filter,
    free_text_warning,
)
from inclusion_desktop.keying import (
    accepted_prefix,
    choice_codes,
    displayed_codes,
    is_complete_code,
    is_complete_value,
    keyed_questions,
    parse_codes,
    parse_keyed_value,
    unknown_code,
)
from inclusion_desktop.questionnaire.model import (
    MEDIA_TYPES,
    PAPER_NUMBER_NAME,
    Choice,
    ChoiceList,
    Group,
    Question,
    QuestionType,
    Text,
)
from inclusion_desktop.questionnaire.session import (
    FormSession,
    Instance,
    date_as_typed,
    instance_of,
    instance_path,
    instance_suffix,
)

# Codes of the row that follows the instances of a repeat without repeat_count.
ADD_INSTANCE, NO_MORE_INSTANCES = "oui", "non"


@dataclass
class _Row:
    """The widgets of one question on the keying page.

    A repeat without repeat_count ends with a row of its own, `adds_to` that repeat: « Ajouter
    un autre ? », keyed 1 (yes: a new block of rows) or 2 (no: on to the next question).
    """

    question: Question
    label: QLabel
    edit: QLineEdit
    legend: QLabel
    error: QLabel
    instance: Instance = None
    prefix: str = ""
    adds_to: Group | None = None
    # As last set by set_visible (None before): an unchanged row costs no call into Qt.
    shown: bool | None = None

    def set_visible(self, visible: bool) -> None:
        if visible != self.shown:
            self.shown = visible
            for widget in (self.label, self.edit, self.legend):
                widget.setVisible(visible)
        if not visible:
            self.error.hide()


class KeyingFormView(QWidget):
    """Keys one paper questionnaire into a FormSession; every confirmed answer is saved.

    Signals:
        finished(str): the questionnaire was saved (its instanceID); the next one may start.
        closed(): the user left keying; the questionnaire stays as a draft (a second keying is
            abandoned instead, once confirmed).
    """

    finished = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyingFormView")
        self.session: FormSession | None = None
        self.submission_uuid = ""
        self.rows: list[_Row] = []
        self._shape: tuple[int, ...] = ()
        self._save_draft: Callable[[str, dict[str, object], str], None] | None = None
        self._finalize: Callable[[str, FormSession], None] | None = None
        self._paper_number_owner: Callable[[str], str | None] = lambda number: None
        self._attachments: AttachmentAccess | None = None
        self.verification = False
        self._started = time.monotonic()
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("formTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title_label, 1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_questionnaire)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.help_label = QLabel(self)
        self.help_label.setObjectName("hintLabel")
        self.help_label.setWordWrap(True)
        layout.addWidget(self.help_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        self.status_label = QLabel(self)
        bottom.addWidget(self.status_label, 1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save_and_next)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        for sequence, slot in (
            ("Ctrl+Return", self.save_and_next),
            ("Ctrl+Enter", self.save_and_next),
            ("Escape", self.close_questionnaire),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()

    def retranslate(self) -> None:
        """Sets the fixed texts in the interface language (again after a language switch)."""
        if self.verification:
            self.close_button.setText(self.tr("Abandonner la double saisie"))
            self.close_button.setToolTip(self.tr("La première saisie reste inchangée (Échap)"))
        else:
            self.close_button.setText(self.tr("Fermer (brouillon gardé)"))
            self.close_button.setToolTip(
                self.tr("Le questionnaire reste enregistré comme brouillon (Échap)")
            )
        self.help_label.setText(
            self.tr(
                "Tapez le code de la réponse : le curseur passe seul à la question suivante. "
                "Entrée ou Tab valide une autre réponse, Maj+Tab revient en arrière, "
                "Ctrl+Entrée enregistre et ouvre le questionnaire suivant."
            )
        )
        self.save_button.setText(self.tr("Enregistrer et suivant (Ctrl+Entrée)"))

    # -- starting ----------------------------------------------------------------------------

    def start(
        self,
        session: FormSession,
        submission_uuid: str,
        *,
        title: str,
        save_draft: Callable[[str, dict[str, object], str], None],
        finalize: Callable[[str, FormSession], None],
        paper_number_owner: Callable[[str], str | None] = lambda number: None,
        verification: bool = False,
        elapsed: int = 0,
        attachments: AttachmentAccess | None = None,
    ) -> None:
        """Lays out every question of `session` and puts the cursor on the first one to key.

        In `verification` mode (the second, blind keying of a paper form) the paper number is
        given and cannot be changed. `elapsed` is the keying time already spent on this paper
        form, when keying resumes after a crash. `attachments` stores the files of image,
        audio, video and file questions (without it those rows cannot be changed).
        """
        self.session = session
        session.translate = translate  # the engine's own checks in the interface language
        self.verification = verification
        self.retranslate()
        self._started = time.monotonic() - elapsed
        self.submission_uuid = submission_uuid
        self._save_draft = save_draft
        self._finalize = finalize
        self._paper_number_owner = paper_number_owner
        self._attachments = attachments
        self.title_label.setText(title)
        self._lay_out_rows()
        first = next(
            (
                row
                for row in self.rows
                if row.edit.isVisibleTo(self)
                and not row.edit.text()
                and (not row.edit.isReadOnly() or self._takes_file(row))
            ),
            None,
        )
        self._focus(first or self.rows[0])
        self._update_status()

    def _repeat_shape(self) -> tuple[int, ...]:
        """How many instances each repeat has: the rows change when this does."""
        assert self.session is not None
        return tuple(
            len(self.session.instance_paths(group.name))
            for group in self.session.form.groups
            if group.is_repeat
        )

    def _keyed_items(self) -> list[tuple[str, Question, Instance, Group | None]]:
        """Number, question, instance and repeat added to of every row, in paper order.

        A question outside repeats has its number (« 3. »); a row of a repeat block is titled by
        its block when drawn (see _fill_label).

        A repeat gets one block of rows per instance: with repeat_count (household members…)
        as many as the count says, after the question that gives it; without, as many as the
        keyer adds with the « Ajouter un autre ? » row that follows the blocks. A repeat inside
        a repeat has its blocks under each block of the outer repeat, as in field mode.
        """
        assert self.session is not None
        session = self.session
        numbers = {question.name: number for number, question in keyed_questions(session.form)}
        items: list[tuple[str, Question, Instance, Group | None]] = []

        def repeat_blocks(group: Group, outer: tuple[int, ...]) -> None:
            questions = [
                q
                for q in _direct_questions(group)
                if not q.is_silent and q.type is not QuestionType.NOTE
            ]
            for index in range(len(session.instances(group.name, instance_of(outer)))):
                path = (*outer, index)
                items.extend(("", q, instance_of(path), None) for q in questions)
                for inner in _inner_repeats(group):
                    repeat_blocks(inner, path)
            if group.repeat_count is None:
                adds = self._add_instance_question(group, instance_of(outer))
                items.append(("", adds, instance_of(outer), group))

        def visit(children: tuple[Question | Group, ...]) -> None:
            for item in children:
                if isinstance(item, Question):
                    if item.name in numbers:
                        items.append((f"{numbers[item.name]}.", item, None, None))
                elif item.is_repeat:
                    repeat_blocks(item, ())
                else:
                    visit(item.children)

        visit(session.form.children)
        return items

    def _add_instance_question(self, group: Group, outer: Instance = None) -> Question:
        """The yes/no question of the row that adds an instance to `group` (not in the form)."""
        assert self.session is not None
        count = len(self.session.instances(group.name, outer))
        name = with_outer_instances(
            self.session,
            self.session.label(group, outer) or group.name,
            group.name,
            instance_of((*instance_path(outer), 0)),
            self.tr(" du {group} n° {number}"),
        )
        label = self.tr("« {name} » : %n saisi(s). En ajouter un autre ?", "", count)
        if count == 0:
            label = self.tr("« {name} » : aucun saisi pour l'instant. En ajouter un ?")
        label = label.format(name=name)
        choices = (
            Choice(ADD_INSTANCE, Text({"": self.tr("Oui, ajouter")})),
            Choice(NO_MORE_INSTANCES, Text({"": self.tr("Non, continuer")})),
        )
        return Question(
            name=f"+{group.name}",
            type=QuestionType.SELECT_ONE,
            row=group.row,
            label=Text({"": label}),
            choices=ChoiceList(f"+{group.name}", choices),
        )

    def _lay_out_rows(self) -> None:
        """(Re)builds the page of rows from the form and the current repeat instances."""
        assert self.session is not None
        self._shape = self._repeat_shape()
        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(1, 0)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        self.rows = []
        for prefix, question, instance, adds_to in self._keyed_items():
            self.rows.append(self._make_row(question, prefix, content, instance, adds_to))
        for index, row in enumerate(self.rows):
            grid.addWidget(row.label, index * 2, 0)
            grid.addWidget(row.edit, index * 2, 1)
            grid.addWidget(row.legend, index * 2, 2)
            grid.addWidget(row.error, index * 2 + 1, 1, 1, 2)
        grid.setRowStretch(len(self.rows) * 2, 1)
        grid.setColumnMinimumWidth(0, 260)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(content)
        self._refresh_relevance()

    def _make_row(
        self,
        question: Question,
        prefix: str,
        parent: QWidget,
        instance: Instance = None,
        adds_to: Group | None = None,
    ) -> _Row:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setMaximumWidth(420)
        edit = QLineEdit(parent)
        edit.setObjectName("keyingField")
        edit.setMaximumWidth(180 if question.type is not QuestionType.TEXT else 420)
        edit.setProperty("questionName", question.name)
        legend = QLabel(parent)
        legend.setObjectName("hintLabel")
        legend.setWordWrap(True)
        error = QLabel(parent)
        error.setObjectName("errorLabel")
        error.hide()
        row = _Row(question, label, edit, legend, error, instance, prefix, adds_to)
        self._fill_label(row)
        self._fill_legend(row)
        edit.setText(self._displayed(row))
        if self.verification and question.name == PAPER_NUMBER_NAME:
            edit.setReadOnly(True)
            legend.setText(self.tr("double saisie de ce questionnaire papier"))
        if self._takes_file(row):
            # A file is chosen, never typed: the field shows its name (typed without a store).
            edit.setReadOnly(True)
            edit.setPlaceholderText(self.tr("Aucun fichier joint"))
            legend.setText(
                self.tr("Entrée : joindre un fichier…   Suppr : retirer   Tab : question suivante")
            )
        edit.installEventFilter(self)
        edit.textEdited.connect(lambda text, r=row: self._on_typed(r, text))
        return row

    def _fill_label(self, row: _Row) -> None:
        """The row's number or instance and its question, the answers it quotes filled in."""
        assert self.session is not None
        if row.adds_to is not None:
            row.label.setText(row.question.label.get(None))
            return
        prefix = row.prefix
        block = self._block_of(row)
        if block is not None and row.instance is not None:
            of = self.tr(" du {group} n° {number}")
            number = str(instance_number(row.instance))
            prefix = self.tr("{group} n° {number} —").format(
                group=self.session.label(block, row.instance) or block.name,
                number=with_outer_instances(self.session, number, block.name, row.instance, of),
            )
        text = self.session.label(row.question, row.instance) or row.question.name
        row.label.setText(f"{prefix} {text}".strip())

    def _block_of(self, row: _Row) -> Group | None:
        """The repeat whose block of rows `row` belongs to (None outside repeats)."""
        assert self.session is not None
        repeat = row.question.repeat
        group = self.session.form.by_name.get(repeat) if repeat is not None else None
        return group if isinstance(group, Group) else None

    def _quotes_answers(self, row: _Row) -> bool:
        """True when the row's label, legend or block title show an answer (${name})."""
        assert self.session is not None
        block = self._block_of(row)
        return bool(self.session.quoted_answers(row.question)) or (
            block is not None and bool(block.label.references)
        )

    def _fill_legend(self, row: _Row) -> None:
        assert self.session is not None
        question = row.question
        if question.choices is not None:
            choices = self._choices(row)
            row.legend.setText(
                "   ".join(
                    f"{code} {self.session.label(choice, row.instance, within=question.repeat)}"
                    for code, choice in zip(choice_codes(choices), choices, strict=True)
                )
                + (
                    "   " + self.tr("(plusieurs codes possibles)")
                    if question.type is QuestionType.SELECT_MULTIPLE
                    else ""
                )
            )
        elif question.type is QuestionType.DATE:
            formats = {
                "day": self.tr("JJMMAAAA"),
                "month-year": self.tr("MMAAAA"),
                "year": self.tr("AAAA"),
            }
            row.legend.setText(formats[question.date_precision])
        elif question.type is QuestionType.TIME:
            row.legend.setText("HHMM")
        elif question.type is QuestionType.ACKNOWLEDGE:
            row.legend.setText("1 OK")
        elif question.is_free_text:
            # Free text may be cleared at the end of the campaign (campaign.clear_free_text).
            row.legend.setText(free_text_warning())
            row.legend.setObjectName("freeTextNote")
            row.legend.setStyleSheet("color: #8a5300;")

    def _choices(self, row: _Row) -> list[Choice]:
        """The codes of a row: its question's choices after their filter, or yes and no."""
        assert self.session is not None and row.question.choices is not None
        if row.adds_to is not None:
            return list(row.question.choices.choices)
        return self.session.choices_for(row.question, row.instance)

    def _displayed(self, row: _Row) -> str:
        assert self.session is not None
        if row.adds_to is not None:
            return ""  # asked again each time the cursor comes back
        value = self.session.value(row.question.name, row.instance)
        if row.question.choices is not None:
            return displayed_codes(row.question, value, self._choices(row))
        if row.question.type is QuestionType.ACKNOWLEDGE:
            return "1" if value else ""
        if row.question.type is QuestionType.DATE:
            return date_as_typed(value, row.question.date_precision, separator="")
        return value

    # -- typing --------------------------------------------------------------------------------

    def _on_typed(self, row: _Row, text: str) -> None:
        assert self.session is not None
        question = row.question
        row.error.hide()
        choices = self._choices(row) if question.choices is not None else []
        bad = unknown_code(question, text, choices)
        if bad is not None:
            # Refused as typed: the field keeps what it had and says which codes exist.
            row.edit.setText(accepted_prefix(question, text, choices))
            QApplication.beep()
            row.error.setText(
                "⚠ "
                + self.tr("Code inconnu : {code}. Codes possibles : {codes}.").format(
                    code=bad, codes=self._codes_range(question, len(choices))
                )
            )
            row.error.show()
            reveal_soon(self.scroll, [row.label, row.edit, row.error], margin=16)
            return
        if question.type is QuestionType.SELECT_ONE:
            codes = choice_codes(choices).keys()
            if is_complete_code(text.strip(), codes):
                self.confirm(row)
        elif question.type is QuestionType.ACKNOWLEDGE and text.strip() == "1":
            self.confirm(row)
        elif question.type in (QuestionType.DATE, QuestionType.TIME) and is_complete_value(
            question, text
        ):
            self.confirm(row)

    def _codes_range(self, question: Question, count: int) -> str:
        """The codes a question takes, in words: « 1 à 4 », « 1 » for an acknowledgement."""
        if question.type is QuestionType.ACKNOWLEDGE or count <= 1:
            return "1"
        return self.tr("{first} à {last}").format(first=1, last=count)

    def _value_of(self, row: _Row) -> str | None:
        assert self.session is not None
        text = row.edit.text()
        question = row.question
        if question.choices is not None:
            return parse_codes(question, text, self._choices(row))
        if question.type is QuestionType.ACKNOWLEDGE:
            return {"": "", "1": "OK"}.get(text.strip())
        if question.type is QuestionType.TIME and len(text) == 4 and text.isdigit():
            return f"{text[:2]}:{text[2:]}"
        return parse_keyed_value(question, text)

    def confirm(self, row: _Row) -> bool:
        """Stores the row's answer; on an error beeps and stays, else moves to the next row."""
        assert self.session is not None
        value = self._value_of(row)
        if row.adds_to is not None and value is not None:
            return self._confirm_add_instance(row, value)
        if value == "" and self._is_empty_last_instance(row):
            # Only where an empty answer is refused anyway: Enter passes an optional question.
            if self.session.check(row.question, row.instance) is not None:
                return self._withdraw_instance(row)
        message: str | None
        if value is None:
            message = self.tr("Code inconnu : reprenez le questionnaire papier.")
        else:
            self.session.set_answer(row.question.name, value, row.instance)
            message = self.session.error_for(row.question, row.instance)
            if message is None and row.question.name == PAPER_NUMBER_NAME and not self.verification:
                message = self._paper_number_problem(value)
        if self._save_draft is not None:
            self._save_draft(self.submission_uuid, self.session.answers, row.question.name)
        if message:
            QApplication.beep()
            row.error.setText("⚠ " + message)
            row.error.show()
            row.edit.selectAll()
            row.edit.setFocus()
            return False
        row.error.hide()
        if self._repeat_shape() != self._shape:
            # The count of a repeat changed: its blocks of rows follow, the cursor stays here.
            place = (row.question.name, row.instance)
            self._lay_out_rows()
            row = next(r for r in self.rows if (r.question.name, r.instance) == place)
        self._refresh_relevance()
        following = self._neighbour(row, 1)
        if following is not None:
            self._focus(following)
        else:
            self.save_button.setFocus()
        self._update_status()
        return True

    def _confirm_add_instance(self, row: _Row, value: str) -> bool:
        """1 adds an instance and puts the cursor on its first row; 2 (or nothing) moves on."""
        assert self.session is not None and row.adds_to is not None
        row.error.hide()
        if value != ADD_INSTANCE:
            following = self._neighbour(row, 1)
            if following is not None:
                self._focus(following)
            else:
                self.save_button.setFocus()
            return True
        index = self.session.add_instance(row.adds_to.name, row.instance)
        index_path = instance_of((*instance_path(row.instance), index))
        if self._save_draft is not None:
            self._save_draft(self.submission_uuid, self.session.answers, row.question.name)
        self._lay_out_rows()
        added = next(
            (
                r
                for r in self.rows
                if r.instance == index_path
                and r.question.repeat == row.adds_to.name
                and r.edit.isVisibleTo(self)
            ),
            None,
        )
        self._focus(
            added
            or next(r for r in self.rows if r.adds_to == row.adds_to and r.instance == row.instance)
        )
        self._update_status()
        self.status_label.setText(
            self.tr("Ajouté par erreur ? Entrée sans rien taper retire ce bloc encore vide.")
        )
        return True

    def _is_empty_last_instance(self, row: _Row) -> bool:
        """True on a row of the last instance of a repeat without count, nothing keyed in it."""
        assert self.session is not None
        group = self._block_of(row)
        if group is None or group.repeat_count is not None or row.instance is None:
            return False
        path = instance_path(row.instance)
        last = len(self.session.instances(group.name, instance_of(path[:-1]))) - 1
        return path[-1] == last and not self.session.is_filled(group.name, row.instance)

    def _withdraw_instance(self, row: _Row) -> bool:
        """Enter on a required question of an instance added by mistake, still empty, removes it.

        The cursor goes back to « Ajouter un autre ? ».
        """
        assert (
            self.session is not None
            and row.question.repeat is not None
            and row.instance is not None
        )
        repeat = row.question.repeat
        self.session.remove_instance(repeat, row.instance)
        if self._save_draft is not None:
            self._save_draft(self.submission_uuid, self.session.answers, row.question.name)
        self._lay_out_rows()
        outer = instance_of(instance_path(row.instance)[:-1])
        prompt = next(
            r
            for r in self.rows
            if r.adds_to is not None and r.adds_to.name == repeat and r.instance == outer
        )
        self._focus(prompt)
        self._update_status()
        return True

    def _paper_number_problem(self, number: str) -> str | None:
        """Keying needs the paper form's number, once: it is how a form is found again."""
        if not number:
            return self.tr("Recopiez le numéro inscrit sur le questionnaire papier.")
        owner = self._paper_number_owner(number)
        if not owner:
            return None
        return self.tr("Ce numéro a déjà été saisi : {owner}.").format(owner=owner)

    def _refresh_relevance(self) -> None:
        assert self.session is not None
        for row in self.rows:
            if row.adds_to is not None:
                row.set_visible(self.session.is_relevant(row.adds_to.name, row.instance))
                continue
            relevant = self.session.is_relevant(row.question.name, row.instance)
            row.set_visible(relevant)
            if relevant and self._quotes_answers(row):
                self._fill_label(row)
                self._fill_legend(row)
            elif relevant and row.question.choice_filter is not None:
                self._fill_legend(row)
            if relevant and not row.edit.hasFocus():
                shown = self._displayed(row)
                if row.edit.text() != shown:  # the same text set again repaints the field
                    row.edit.setText(shown)

    def _neighbour(self, row: _Row, step: int) -> _Row | None:
        index = self.rows.index(row) + step
        while 0 <= index < len(self.rows):
            candidate = self.rows[index]
            if candidate.edit.isVisibleTo(self):
                return candidate
            index += step
        return None

    def _focus(self, row: _Row) -> None:
        row.edit.setFocus()
        row.edit.selectAll()
        # The whole row, number and label included, even when an answer has just shown it.
        reveal_soon(self.scroll, [row.label, row.legend, row.error, row.edit], margin=16)

    def _update_status(self) -> None:
        assert self.session is not None
        visible = [row for row in self.rows if row.edit.isVisibleTo(self) and row.adds_to is None]
        answered = sum(1 for row in visible if self.session.value(row.question.name, row.instance))
        self.status_label.setText(
            self.tr("%n réponse(s) saisie(s) sur {total} questions", "", answered).format(
                total=len(visible)
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Enter and Tab confirm the field, Shift+Tab goes back without checking."""
        if event.type() != QEvent.Type.KeyPress or self.session is None:
            return False
        assert isinstance(event, QKeyEvent)
        row = next((r for r in self.rows if r.edit is watched), None)
        if row is None:
            return False
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            previous = self._neighbour(row, -1)
            if previous is not None:
                self._focus(previous)
            return True
        if self._takes_file(row) and modifiers == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_file(row)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_file(row)
                return True
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Tab,
        ):
            self.confirm(row)
            return True
        return False

    # -- attached files -------------------------------------------------------------------------

    def _takes_file(self, row: _Row) -> bool:
        """True for a media question's row when files can be attached here."""
        return row.question.type in MEDIA_TYPES and self._attachments is not None

    def choose_file(self, row: _Row) -> None:
        """Asks for a file, attaches it and moves on; a cancelled dialog just confirms the row."""
        assert self._attachments is not None
        chosen, _selected = QFileDialog.getOpenFileName(
            self, self.tr("Joindre un fichier"), "", attachment_file_filter(row.question.type)
        )
        if chosen:
            try:
                info = self._attachments.attach(row.question.name, Path(chosen))
            except AppError as error:
                QApplication.beep()
                row.error.setText("⚠ " + user_message(error))
                row.error.show()
                self._focus(row)
                return
            row.edit.setText(info.file_name)
        self.confirm(row)

    def remove_file(self, row: _Row) -> None:
        """Empties the answer; the stored file stays in the questionnaire's history."""
        assert self.session is not None
        row.edit.clear()
        row.error.hide()
        self.session.set_answer(row.question.name, "", row.instance)
        if self._save_draft is not None:
            self._save_draft(self.submission_uuid, self.session.answers, row.question.name)
        self._refresh_relevance()
        self._update_status()

    # -- saving ---------------------------------------------------------------------------------

    def save_and_next(self) -> None:
        """Checks every answer, saves the questionnaire and asks for the next one."""
        if self.session is None:
            return
        focused = next((row for row in self.rows if row.edit.hasFocus()), None)
        if (
            focused is not None
            and focused.adds_to is None
            and focused.edit.text()
            and not self.confirm(focused)
        ):
            return
        errors = self.session.errors()
        paper_row = next((r for r in self.rows if r.question.name == PAPER_NUMBER_NAME), None)
        if paper_row is not None and not errors and not self.verification:
            problem = self._paper_number_problem(self.session.value(PAPER_NUMBER_NAME))
            if problem:
                errors = {PAPER_NUMBER_NAME: problem}
        if errors:
            key = next(iter(errors))
            first = key.partition("[")[0]
            row = next(
                (
                    r
                    for r in self.rows
                    if r.question.name == first and first + instance_suffix(r.instance) == key
                ),
                None,
            )
            QApplication.beep()
            if row is not None:
                row.error.setText("⚠ " + errors[key])
                row.error.show()
                self._focus(row)
            else:  # an answer without a row (a repeat count not matched)
                self.status_label.setText("⚠ " + errors[key])
            return
        if self._finalize is not None:
            self._finalize(self.submission_uuid, self.session)
        uuid = self.submission_uuid
        self.session = None
        self.finished.emit(uuid)

    def elapsed_seconds(self) -> int:
        """Seconds since this paper form was opened for keying."""
        return int(time.monotonic() - self._started)

    def close_questionnaire(self) -> None:
        """Leaves keying; answers confirmed so far stay saved as a draft.

        A second keying is abandoned instead, once confirmed when anything was keyed: the first
        keying stays as it is.
        """
        if self.verification and self.session is not None:
            if not self._confirm_abandon():
                return
        elif self.session is not None and self._save_draft is not None:
            self._save_draft(self.submission_uuid, self.session.answers, "")
        self.session = None
        self.closed.emit()

    def _confirm_abandon(self) -> bool:
        """Asks before dropping a second keying with answers (Escape is close at hand)."""
        if not any(row.edit.text().strip() for row in self.rows if not row.edit.isReadOnly()):
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Abandonner la double saisie ?"),
            self.tr(
                "Les réponses de cette deuxième saisie seront effacées ; la première saisie "
                "reste inchangée."
            ),
            parent=self,
        )
        drop = box.addButton(
            self.tr("Abandonner la double saisie"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Continuer la saisie"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is drop


def _inner_repeats(group: Group) -> list[Group]:
    """The repeats directly inside `group`, through its inner groups that are not repeats."""
    found: list[Group] = []
    for child in group.children:
        if isinstance(child, Group):
            found += [child] if child.is_repeat else _inner_repeats(child)
    return found


def _direct_questions(group: Group) -> list[Question]:
    """The questions of a repeat, its inner groups included but not its inner repeats."""
    found: list[Question] = []
    for child in group.children:
        if isinstance(child, Question):
            found.append(child)
        elif not child.is_repeat:
            found += _direct_questions(child)
    return found
