"""Restoring an automatic backup of the database, after a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.store.backup import BackupInfo, list_backups

_REASONS = {
    "demarrage": QT_TRANSLATE_NOOP("RestoreDialog", "au démarrage"),
    "avant-migration": QT_TRANSLATE_NOOP("RestoreDialog", "avant une mise à jour de la base"),
    "avant-fusion": QT_TRANSLATE_NOOP("RestoreDialog", "avant une fusion"),
    "avant-purge": QT_TRANSLATE_NOOP("RestoreDialog", "avant une purge"),
    "avant-restauration": QT_TRANSLATE_NOOP("RestoreDialog", "avant une restauration"),
}


class RestoreDialog(QDialog):
    """Lists the backups of a database; the chosen one is what `chosen` holds once accepted."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.chosen: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Une copie de la base est faite à chaque démarrage et avant chaque fusion ou mise "
                "à jour (les 10 dernières sont gardées). Restaurer remplace la base par la copie "
                "choisie ; la base actuelle est d'abord elle-même sauvegardée."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backups = list(reversed(list_backups(database)))
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Moment"), self.tr("Taille")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            values = (
                backup.created_at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
                self.tr(_REASONS[backup.reason]) if backup.reason in _REASONS else backup.reason,
                self.tr("{size} Ko").format(size=f"{backup.size / 1024:.0f}"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        layout.addWidget(self.table, 1)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("Aucune sauvegarde pour cette base."), self))
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restaurer…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_button.clicked.connect(self._on_restore)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.backups:
            self.table.selectRow(0)

    def _on_restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        backup = self.backups[rows[0].row()]
        moment = self.table.item(rows[0].row(), 0).text()
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remplacer la base par la sauvegarde du {moment} ? Ce qui a été saisi depuis ne "
                "sera plus visible (la base actuelle est gardée en sauvegarde)."
            ).format(moment=moment),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()
