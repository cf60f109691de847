"""Double entry: which paper forms to key again, the discrepancy review, the keying report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.i18n import current_language
from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.keying import (
    KEYED_FORM_ID,
    KeyingFigures,
    answer_at,
    discrepancy_label,
    question_at,
)
from inclusion_desktop.permissions import Action
from inclusion_desktop.questionnaire.model import Form, QuestionType
from inclusion_desktop.services.access import CoordinatorRequired, Grant, require
from inclusion_desktop.services.collect import PAPER_NUMBER_QUESTION, Collector
from inclusion_desktop.services.settings import set_verification_share
from inclusion_desktop.store import StoreError, VerificationInfo

_SHARES = (
    (QT_TRANSLATE_NOOP("DoubleEntryDialog", "Tous les questionnaires"), 1),
    (QT_TRANSLATE_NOOP("DoubleEntryDialog", "1 sur 2"), 2),
    (QT_TRANSLATE_NOOP("DoubleEntryDialog", "1 sur 5"), 5),
    (QT_TRANSLATE_NOOP("DoubleEntryDialog", "1 sur 10"), 10),
    (QT_TRANSLATE_NOOP("DoubleEntryDialog", "Aucun (pas de double saisie)"), 0),
)


def _shown(form: Form, key: str, value: str) -> str:
    """An answer as the paper form shows it: choice labels, not internal names."""
    question = question_at(form, key)
    if not value or question is None or question.choices is None:
        return value or QCoreApplication.translate("DiscrepancyDialog", "(vide)")
    names = value.split() if question.type is QuestionType.SELECT_MULTIPLE else [value]
    return " ; ".join(question.choices.label_of(n, form.default_language, None) for n in names)


class DiscrepancyDialog(QDialog):
    """Every question keyed differently; the reviewer reads the paper and picks the right value."""

    def __init__(
        self,
        collector: Collector,
        verification: VerificationInfo,
        operator_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.collector = collector
        self.verification = verification
        self.operator_id = operator_id
        store = collector.store
        submission = store.get_submission(verification.submission_uuid)
        self.form = collector.form(submission.form_version_id)
        first = store.head_answers(verification.submission_uuid)
        self.setWindowTitle(
            self.tr("Double saisie — questionnaire papier n° {number}").format(
                number=verification.paper_number
            )
        )
        self.resize(1100, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%n réponse(s) saisie(s) différemment. Reprenez le questionnaire papier et "
                "choisissez, pour chacune, la valeur qui y est écrite.",
                "",
                len(verification.discrepancies),
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(verification.discrepancies), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("1ʳᵉ saisie"),
                self.tr("2ᵉ saisie"),
                self.tr("Valeur du papier"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.choices: dict[str, QComboBox] = {}
        for row, name in enumerate(verification.discrepancies):
            # A question, a question of a repeat instance, or a repeat's number of instances.
            label = discrepancy_label(self.form, name, QCoreApplication.translate)
            one = answer_at(self.form, first, name)
            two = answer_at(self.form, verification.answers, name)
            for column, text in enumerate(
                (label, _shown(self.form, name, one), _shown(self.form, name, two))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setBackground(QColor("#fff3bf"))
                self.table.setItem(row, column, item)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— à choisir —"), None)
            combo.addItem(self.tr("1ʳᵉ : {value}").format(value=_shown(self.form, name, one)), one)
            combo.addItem(self.tr("2ᵉ : {value}").format(value=_shown(self.form, name, two)), two)
            combo.currentIndexChanged.connect(self._update_ok)
            self.table.setCellWidget(row, 3, combo)
            self.choices[name] = combo
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Valider la version vérifiée"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        later = self.buttons.addButton(self.tr("Plus tard"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.validate)
        later.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(all(c.currentData() is not None for c in self.choices.values()))

    def validate(self) -> None:
        """Saves the verified version (a new revision) and closes the review."""
        picks = {name: str(combo.currentData()) for name, combo in self.choices.items()}
        try:
            self.collector.resolve_verification(self.verification, picks, self.operator_id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Vérification non enregistrée"), user_message(error))
            return
        self.accept()


class DoubleEntryDialog(QDialog):
    """The verification share, the forms to key again, the reviews waiting, the keying report.

    Keying paper forms again is open to everyone; the share (a campaign setting) and the report
    are coordinators' (services.access): `grant_for` asks the password when needed (the main
    window's gate); without it, only what the current operator may do unasked is allowed.
    """

    def __init__(
        self,
        collector: Collector,
        operator_id: int,
        start_second_keying: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        grant_for: Callable[[Action], Grant | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.collector = collector
        self.operator_id = operator_id
        self.start_second_keying = start_second_keying
        self.grant_for = grant_for or self._grant_unasked
        # Shown at once when nobody needs to be asked (roles not set, or a coordinator here).
        self.report_grant = self._grant_unasked(Action.KEYING_REPORT)
        self.setWindowTitle(self.tr("Double saisie des questionnaires papier"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.share_combo = QComboBox(self)
        for label, share in _SHARES:
            self.share_combo.addItem(self.tr(str(label)), share)
        current = collector.verification_share()
        self.share_combo.setCurrentIndex(max(self.share_combo.findData(current), 0))
        self.share_combo.currentIndexChanged.connect(self._on_share)
        form.addRow(self.tr("Questionnaires à saisir deux fois :"), self.share_combo)
        layout.addLayout(form)
        tabs = QTabWidget(self)
        layout.addWidget(tabs, 1)

        todo = QWidget()
        todo_layout = QVBoxLayout(todo)
        todo_layout.addWidget(
            QLabel(
                self.tr(
                    "Tirés au sort pour une deuxième saisie, à l'aveugle, de préférence par une "
                    "autre personne :"
                ),
                todo,
            )
        )
        self.todo_list = QListWidget(todo)
        todo_layout.addWidget(self.todo_list, 1)
        rekey = QPushButton(self.tr("Ressaisir le questionnaire choisi"), todo)
        rekey.setObjectName("primaryButton")
        rekey.clicked.connect(self._on_rekey)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(rekey)
        todo_layout.addLayout(row)
        tabs.addTab(todo, self.tr("À ressaisir"))

        review = QWidget()
        review_layout = QVBoxLayout(review)
        self.review_list = QListWidget(review)
        review_layout.addWidget(self.review_list, 1)
        check = QPushButton(self.tr("Vérifier les écarts…"), review)
        check.clicked.connect(self._on_review)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(check)
        review_layout.addLayout(row)
        tabs.addTab(review, self.tr("Écarts à vérifier"))

        report = QWidget()
        report_layout = QVBoxLayout(report)
        self.report_locked = QLabel(
            self.tr(
                "Réservé à la coordination : le rapport s'affiche une fois le mot de passe d'un "
                "coordinateur ou d'une coordinatrice donné."
            ),
            report,
        )
        self.report_locked.setWordWrap(True)
        self.report_locked.setVisible(self.report_grant is None)
        report_layout.addWidget(self.report_locked)
        # Per operator a rate per questionnaire (it may exceed one), per question a percentage.
        self.operator_table = self._figures_table(
            report, self.tr("Enquêteur·rice"), self.tr("Écarts par questionnaire")
        )
        self.question_table = self._figures_table(
            report, self.tr("Question"), self.tr("Taux d'écart")
        )
        report_layout.addWidget(QLabel(self.tr("Par personne :"), report))
        report_layout.addWidget(self.operator_table, 1)
        report_layout.addWidget(QLabel(self.tr("Par question :"), report))
        report_layout.addWidget(self.question_table, 2)
        self.report_tab = tabs.addTab(report, self.tr("Rapport"))
        self.tabs = tabs
        tabs.currentChanged.connect(self._on_tab)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    @staticmethod
    def _figures_table(parent: QWidget, first: str, rate: str) -> QTableWidget:
        table = QTableWidget(0, 5, parent)
        headers = [
            QCoreApplication.translate("DoubleEntryDialog", "Saisis"),
            QCoreApplication.translate("DoubleEntryDialog", "Vérifiés"),
            QCoreApplication.translate("DoubleEntryDialog", "Écarts"),
            rate,
        ]
        table.setHorizontalHeaderLabels([first, *headers])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def reload(self) -> None:
        """Fills the three tabs from the store."""
        report = self.collector.keying_report()
        self.todo_list.clear()
        under_way = self.collector.store.second_keying()
        started = str(under_way.answers.get(PAPER_NUMBER_QUESTION, "")) if under_way else ""
        for number in report.awaiting_second_keying:
            text = self.tr("Questionnaire papier n° {number}").format(number=number)
            if number == started:
                text += self.tr(" — commencée, à reprendre")
            self.todo_list.addItem(QListWidgetItem(text))
            self.todo_list.item(self.todo_list.count() - 1).setData(
                Qt.ItemDataRole.UserRole, number
            )
        if not report.awaiting_second_keying:
            self.todo_list.addItem(self.tr("Aucun questionnaire à ressaisir pour l'instant."))
        self.pending = self.collector.store.verifications(pending=True)
        self.review_list.clear()
        for verification in self.pending:
            self.review_list.addItem(
                self.tr(
                    "n° {number} — %n écart(s), ressaisi par {name}",
                    "",
                    len(verification.discrepancies),
                ).format(number=verification.paper_number, name=verification.operator_name or "—")
            )
        if self.report_grant is None:
            return
        self._fill(self.operator_table, report.by_operator, as_percent=False)
        version = self.collector.store.latest_form_version(KEYED_FORM_ID)
        form = self.collector.form(version.id) if version is not None else None
        self._fill(self.question_table, report.by_question, form=form)

    @staticmethod
    def _fill(
        table: QTableWidget,
        rows: list[KeyingFigures],
        *,
        form: Form | None = None,
        as_percent: bool = True,
    ) -> None:
        table.setRowCount(len(rows))
        for index, figures in enumerate(rows):
            name = figures.key
            if form is not None:
                name = discrepancy_label(form, name, QCoreApplication.translate)
            rate = (
                f"{figures.discrepancy_rate * 100:.1f} %"
                if as_percent
                else f"{figures.discrepancy_rate:.2f}"
            )
            if current_language() == "fr":
                rate = rate.replace(".", ",")
            for column, value in enumerate(
                (name, figures.keyed, figures.verified, figures.discrepancies, rate)
            ):
                table.setItem(index, column, QTableWidgetItem(str(value)))

    def _grant_unasked(self, action: Action) -> Grant | None:
        """The grant the current operator has without typing anything, or None."""
        store = self.collector.store
        try:
            return require(store, action, store.get_operator(self.operator_id))
        except StoreError:  # CoordinatorRequired, or an operator removed meanwhile
            return None

    def _on_tab(self, index: int) -> None:
        """The report tab asks for a coordinator first; refused, the first tab comes back."""
        if index != self.report_tab or self.report_grant is not None:
            return
        self.report_grant = self.grant_for(Action.KEYING_REPORT)
        if self.report_grant is None:
            self.tabs.setCurrentIndex(0)
            return
        self.report_locked.hide()
        self.reload()

    def _on_share(self) -> None:
        """The share is a campaign setting: a coordinator's, recorded in their name."""
        share = int(self.share_combo.currentData())
        grant = self.grant_for(Action.SETTINGS)
        try:
            if grant is None:
                raise CoordinatorRequired(Action.SETTINGS)
            set_verification_share(self.collector.store, grant, share)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Double saisie"), str(error))
            self.share_combo.blockSignals(True)
            current = self.collector.verification_share()
            self.share_combo.setCurrentIndex(max(self.share_combo.findData(current), 0))
            self.share_combo.blockSignals(False)
            return
        self.reload()

    def _on_rekey(self) -> None:
        item = self.todo_list.currentItem() or self.todo_list.item(0)
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if number:
            self.accept()
            self.start_second_keying(str(number))

    def _on_review(self) -> None:
        index = self.review_list.currentRow()
        if not 0 <= index < len(self.pending):
            index = 0
        if not self.pending:
            return
        DiscrepancyDialog(self.collector, self.pending[index], self.operator_id, self).exec()
        self.reload()
