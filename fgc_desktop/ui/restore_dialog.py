"""Choosing a backup to restore: when each was taken, its size and what it holds, then confirming.

The dialog only chooses; the caseload session closes the store, restores and reopens. A backup
protected by a passphrase other than the caseload's (an earlier one) is opened with that one,
typed here; it is then restored under the caseload's passphrase as it is now.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.services import backups
from fgc_desktop.services.backups import ListedBackup
from fgc_desktop.store.backup import BackupContents, StoredBackup
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.column_titles import column_title
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.passphrase_dialog import TRIES, PassphraseDialog, Wording
from fgc_desktop.ui.translation import tr, tr_date, tr_error, tr_noop, tr_value

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    tr_noop("Taken"),
    tr_noop("Why"),
    tr_noop("Conferences"),
    tr_noop("Newest change"),
    tr_noop("Size"),
)
BackupPathRole = Qt.ItemDataRole.UserRole + 1
_HINT_STYLE = "color: #555555;"
_PROBLEM_STYLE = "color: #a4000f; font-weight: bold;"
_NOTICE_STYLE = "color: #8a5a00;"
_OTHER_PASSPHRASE = tr_noop(
    "Protected by a different passphrase: choose it and type that passphrase to see what it holds"
)


def moment_text(moment: datetime) -> str:
    """A moment in the laptop's own time zone, as a coordinator reads it: Tue 24 Nov 2026, 10:15."""
    return tr_date(moment.astimezone(), "%a %d %b %Y, %H:%M")


def size_text(size: int) -> str:
    """A file size in the unit people use for files."""
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.1f} GB"
    if size >= 10_000_000:
        return f"{size / 1_000_000:.0f} MB"
    return f"{size / 1_000_000:.1f} MB"


def contents_text(contents: BackupContents) -> str:
    """What a backup holds, in one or two sentences."""
    count = contents.conferences
    text = (tr("Holds 1 conference") if count == 1 else tr("Holds {count:,} conferences")).format(
        count=count
    )
    if contents.family_count:
        families = contents.family_count
        text += " " + (tr("of 1 family") if families == 1 else tr("of {count:,} families")).format(
            count=families
        )
    if contents.newest_change is not None:
        text += tr("; the newest change was made on {moment}").format(
            moment=moment_text(contents.newest_change)
        )
    text += "."
    if contents.recent_families:
        text += " " + tr("Most recently changed: {families}.").format(
            families=", ".join(contents.recent_families)
        )
    return text


class BackupListModel(QAbstractTableModel):
    """The backups of one store, newest first; what each holds arrives once it has been read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ListedBackup] = []
        self._read = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of backups."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Taken, why, conferences, newest change, size."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text; numbers line up on the right."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        listed = self._rows[index.row()]
        locked = listed.other_passphrase and listed.contents is None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and (
            locked and index.column() in (2, 3)
        ):
            return tr(_OTHER_PASSPHRASE)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(listed, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BackupPathRole:
            return str(listed.backup.path)
        return None

    def _text(self, listed: ListedBackup, column: int) -> str:
        stored = listed.backup
        if column == 0:
            return moment_text(stored.stamp.taken_at)
        if column == 1:
            return tr(stored.stamp.reason.label)
        if column == 4:
            return size_text(stored.size)
        if listed.contents is None:
            if not self._read:
                return tr("reading…")
            if listed.other_passphrase:
                return tr("locked") if column == 2 else tr("other passphrase")
            return tr("cannot be read") if column == 2 else ""
        if column == 2:
            return f"{listed.contents.conferences:,}"
        newest = listed.contents.newest_change
        return moment_text(newest) if newest is not None else "–"

    def set_backups(self, stored: list[StoredBackup]) -> None:
        """Show the backups found, before their contents are read."""
        self.beginResetModel()
        self._rows = [ListedBackup(backup, None) for backup in stored]
        self._read = False
        self.endResetModel()

    def set_listed(self, listed: list[ListedBackup]) -> None:
        """Add what each backup holds, read off the GUI thread."""
        if [row.backup for row in listed] != [row.backup for row in self._rows]:
            return  # the list was reloaded meanwhile
        # A backup opened with its own passphrase meanwhile keeps what was read from it.
        self._rows = [
            now if now.contents is not None else read
            for now, read in zip(self._rows, listed, strict=True)
        ]
        self._read = True
        if self._rows:
            last = self.index(len(self._rows) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def listed(self, row: int) -> ListedBackup:
        """The backup shown in a row."""
        return self._rows[row]

    def set_contents(self, row: int, contents: BackupContents) -> None:
        """What a backup under another passphrase holds, once that passphrase was typed."""
        self._rows[row] = replace(self._rows[row], contents=contents, problem="")
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def row_of(self, path: Path) -> int | None:
        """The row of a backup file, or None."""
        for row, listed in enumerate(self._rows):
            if listed.backup.path == path:
                return row
        return None


class RestoreDialog(QDialog):
    """Lists the store's backups; `chosen` is the file to restore once the dialog is accepted.

    `chosen_passphrase` is the passphrase typed for it when it is protected by another one than
    the caseload's (None otherwise).
    """

    def __init__(
        self,
        store_path: Path,
        folder: Path,
        parent: QWidget | None = None,
        *,
        preselect: Path | None = None,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from a backup"))
        self.setObjectName("restoreDialog")
        self.chosen: Path | None = None
        self.chosen_passphrase: str | None = None
        self._typed: dict[Path, str] = {}  # passphrases typed for backups under another one
        self._store_path = Path(store_path)
        self._folder = Path(folder)
        self._passphrase = passphrase  # a protected caseload's backups are read with it
        self._preselect = preselect
        intro = QLabel(
            tr(
                "Backups of <b>{value1}</b>, kept in {value3}. Choose one to put in place "
                "of the caseload. The caseload as it is now is backed up first, so a "
                "restore can be undone."
            ).format(value1=_escaped(self._store_path.name), value3=_escaped(str(self._folder)))
        )
        intro.setWordWrap(True)
        self.model = BackupListModel(self)
        self.table = list_table(self.model, tr("Backups"), rows_shown=10, parent=self)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        # Widths from the font and the longest text each column can hold; "Why" takes the rest.
        samples = {0: "Wed 30 Sep 2026, 10:15", 2: "Conferences", 3: "Wed 30 Sep 2026, 10:15"}
        samples[4] = "999.9 MB"
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.table.doubleClicked.connect(lambda *_: self.restore_chosen())
        self.details = QLabel()
        self.details.setObjectName("backupDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(metrics.lineSpacing() * 3)
        self.restore_button = QPushButton(tr("&Restore this backup…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.other_button = QPushButton(tr("Restore &another file…"))
        self.other_button.setToolTip(tr("A backup kept elsewhere, e.g. on a USB stick"))
        self.other_button.clicked.connect(self.restore_other_file)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.resize(860, 480)
        self._load()

    def _load(self) -> None:
        found = backups.list_backups(self._store_path, self._folder)
        self.model.set_backups(found)
        if not found:
            self.details.setText(
                tr(
                    "There are no backups of this caseload yet. FGC Desktop makes one every day it "
                    "is used; a backup kept elsewhere can be restored with “Restore another file…”."
                )
            )
            self.details.setStyleSheet(_HINT_STYLE)
            return
        row = self.model.row_of(self._preselect) if self._preselect is not None else None
        self.table.selectRow(row if row is not None else 0)
        passphrase = self._passphrase
        run_in_background(
            lambda: backups.describe(found, passphrase), self._contents_read, self._contents_failed
        )

    def _contents_read(self, listed: list[ListedBackup]) -> None:
        self.model.set_listed(listed)
        self._show_details()

    def _contents_failed(self, error: Exception) -> None:
        self.details.setText(
            tr("What the backups hold could not be read: {error}").format(error=tr_error(error))
        )
        self.details.setStyleSheet(_PROBLEM_STYLE)

    def selected(self) -> ListedBackup | None:
        """The backup chosen in the list, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.listed(rows[0].row()) if rows else None

    def _show_details(self) -> None:
        listed = self.selected()
        self.restore_button.setEnabled(listed is not None)
        if listed is None:
            return
        stored = listed.backup
        text = tr("Taken on {moment} ({reason}), {size}. ").format(
            moment=moment_text(stored.stamp.taken_at),
            reason=tr(stored.stamp.reason.label).lower(),
            size=size_text(stored.size),
        )
        style = _HINT_STYLE
        if listed.contents is not None:
            text += contents_text(listed.contents)
            if listed.other_passphrase:
                text += tr(" Opened with the passphrase you typed for it.")
        elif listed.other_passphrase:
            text += tr(
                "It is protected by a different passphrase from the caseload's: the one the "
                "caseload had when it was taken. Choose “Restore this backup…” and type that "
                "passphrase to see what it holds."
            )
            style = _NOTICE_STYLE
        elif listed.problem:
            text += tr("It cannot be read: {problem}").format(problem=tr_value(listed.problem))
            style = _PROBLEM_STYLE
        else:
            text += tr("Reading what it holds…")
        self.details.setText(text)
        self.details.setStyleSheet(style)

    def restore_chosen(self) -> None:
        """Ask for confirmation (and a backup's own passphrase first), then close with it."""
        listed = self.selected()
        if listed is None:
            return
        path = listed.backup.path
        when = moment_text(listed.backup.stamp.taken_at)
        if listed.other_passphrase and path not in self._typed:
            contents = self._open_protected(
                path, tr("The backup taken on {moment}").format(moment=when)
            )
            if contents is None:
                return
            row = self.model.row_of(path)
            if row is not None:
                self.model.set_contents(row, contents)
            self._show_details()
            listed = replace(listed, contents=contents, problem="")
        question = tr("Put the backup taken on {moment} in place of the caseload?").format(
            moment=when
        )
        if self._confirm(question, listed.contents, listed.problem, listed.other_passphrase):
            self._choose(path)

    def restore_other_file(self) -> None:
        """Choose a backup file from anywhere (a USB stick, a network folder), then confirm."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a backup to restore"),
            str(self._folder if self._folder.is_dir() else self._store_path.parent),
            tr("FGC Desktop caseloads (*.sqlite);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        contents, problem, other_passphrase = backups.contents_of(path, self._passphrase)
        if other_passphrase:
            contents = self._open_protected(path, tr("The file {name}").format(name=path.name))
            if contents is None:
                return
            problem = ""
        question = tr("Put {name} in place of the caseload?").format(name=path.name)
        if self._confirm(question, contents, problem, other_passphrase):
            self._choose(path)

    def _choose(self, path: Path) -> None:
        self.chosen = path
        self.chosen_passphrase = self._typed.get(path)
        self.accept()

    def _open_protected(self, path: Path, what: str) -> BackupContents | None:
        """Ask for the passphrase of a backup under another one; what it holds, or None."""
        dialog = PassphraseDialog(
            Wording(
                title=tr("A backup with another passphrase"),
                intro=tr(
                    "{what} is protected by a different passphrase from the caseload's: the "
                    "one the caseload had when it was taken. Type that passphrase to see what "
                    "it holds. Nothing is changed until you confirm the restore. "
                ).format(what=what)
                + self._protection_after(),
                action=tr("&Open the backup"),
                busy=tr("Checking the passphrase…"),
                current_label=tr("Its &passphrase:"),
            ),
            lambda current, _new, _again: backups.read_protected(path, current),
            ask_current=True,
            choose_new=False,
            tries=TRIES,
            parent=self,
        )
        dialog.setObjectName("backupPassphrase")
        try:
            opened = dialog.exec() == QDialog.DialogCode.Accepted
            if dialog.gave_up:
                self.details.setText(
                    tr(
                        "⚠ The passphrase was wrong {tries} times, so the backup was not "
                        "opened. Nothing was changed; choose it again to try once more."
                    ).format(tries=TRIES)
                )
                self.details.setStyleSheet(_PROBLEM_STYLE)
            if not opened or not isinstance(dialog.result_value, BackupContents):
                return None
            self._typed[path] = dialog.passphrase
            return dialog.result_value
        finally:
            dialog.deleteLater()

    def _protection_after(self) -> str:
        """What protects the caseload once a backup under another passphrase is restored."""
        if self._passphrase is not None:
            return tr(
                "Once restored, the caseload keeps its current passphrase: the backup's is not "
                "needed again."
            )
        return tr(
            "Once restored, the caseload is not protected with a passphrase, as it is now: "
            "protect it again in Settings › Protection if it should be."
        )

    def _confirm(
        self,
        question: str,
        contents: BackupContents | None,
        problem: str,
        other_passphrase: bool = False,
    ) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Restore this backup?"), question, parent=self
        )
        box.setObjectName("confirmRestore")
        if contents is not None:
            holds = contents_text(contents) + "\n\n"
        elif problem:
            holds = (
                tr("It may not be usable: {problem} It is checked before anything changes.").format(
                    problem=tr_value(problem)
                )
                + "\n\n"
            )
        else:
            holds = ""
        if other_passphrase:
            holds += self._protection_after() + "\n\n"
        box.setInformativeText(
            tr(
                "{holds}Anything changed after that backup will not be in the restored "
                "caseload, but the caseload as it is now is backed up first, so nothing is "
                "lost.\n\nFGC Desktop then reopens on the restored caseload."
            ).format(holds=holds)
        )
        restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
