"""Restoring an automatic backup of the database, after a confirmation.

A PostgreSQL store lists its pg_dump files the same way, but is not restored from here: other
coordinators may be working on the server, so the dialog gives the command its administrator
runs instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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

from inclusion_desktop.store.backup import BackupInfo, StoreWithFile, list_backups
from inclusion_desktop.store.server_backup import restore_command

_REASONS = {
    "demarrage": QT_TRANSLATE_NOOP("RestoreDialog", "au démarrage"),
    "avant-migration": QT_TRANSLATE_NOOP("RestoreDialog", "avant une mise à jour de la base"),
    "avant-fusion": QT_TRANSLATE_NOOP("RestoreDialog", "avant une fusion"),
    "avant-purge": QT_TRANSLATE_NOOP("RestoreDialog", "avant une purge"),
    "avant-restauration": QT_TRANSLATE_NOOP("RestoreDialog", "avant une restauration"),
}


class RestoreDialog(QDialog):
    """Lists the backups of a database; the chosen one is what `chosen` holds once accepted."""

    def __init__(self, source: Path | StoreWithFile, parent: QWidget | None = None) -> None:
        """`source` is a database file, or a store on a PostgreSQL server (its dumps)."""
        super().__init__(parent)
        # The server's URL when the backups are dumps of a PostgreSQL store, else None.
        self.server_url = (
            source.url if not isinstance(source, Path) and source.path is None else None
        )
        self.chosen: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        if self.server_url is None:
            text = self.tr(
                "Une copie de la base est faite à chaque démarrage et avant chaque fusion ou mise "
                "à jour (les 10 dernières sont gardées). Restaurer remplace la base par la copie "
                "choisie ; la base actuelle est d'abord elle-même sauvegardée."
            )
        else:
            text = self.tr(
                "La base est sur un serveur PostgreSQL : une sauvegarde (pg_dump) en est faite sur "
                "cet ordinateur avant chaque fusion et chaque purge (les 10 dernières sont "
                "gardées). D'autres coordinateurs peuvent travailler sur ce serveur : une "
                "sauvegarde ne se restaure pas depuis l'application, mais par l'administrateur "
                "du serveur, avec la commande que donne « Comment restaurer… »."
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backups = list(reversed(list_backups(source)))
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
                self._size(backup.size),
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
            self.tr("Restaurer…") if self.server_url is None else self.tr("Comment restaurer…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
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
        if self.server_url is not None:
            self._explain_server_restore(backup, moment)
            return
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

    def _explain_server_restore(self, backup: BackupInfo, moment: str) -> None:
        """Say how the server's administrator puts a dump back; nothing is changed here."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Restaurer une sauvegarde du serveur"),
            self.tr(
                "La sauvegarde du {moment} remplacerait toute la base du serveur, y compris ce "
                "que les autres coordinateurs y ont fusionné depuis. Elle ne se restaure donc pas "
                "depuis l'application : demandez à l'administrateur du serveur de prévenir les "
                "coordinateurs, puis de lancer la commande ci-dessous (le mot de passe de la base "
                "lui est demandé)."
            ).format(moment=moment),
            QMessageBox.StandardButton.Ok,
            self,
        )
        assert self.server_url is not None
        box.setInformativeText(restore_command(self.server_url, backup.path))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _size(self, size: int) -> str:
        """A size in Ko, or in Mo from 10 Mo on (a server's dump is often that big)."""
        if size >= 10 * 1024 * 1024:
            return self.tr("{size} Mo").format(size=f"{size / 1024 / 1024:.0f}")
        return self.tr("{size} Ko").format(size=f"{size / 1024:.0f}")
