"""Settings: the coordinator's own details, and the service's restorative phrase list.

Each of the coordinator's details is kept as the field is left, like every other form. The
phrase table is kept as a whole whenever a cell is finished, a row added or removed, or the
defaults restored; a refused list stays on screen with the reason, so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.restorative_language import Phrase
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import coordinator, restorative_language
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.language_setting import LanguageSetting
from fgc_desktop.ui.protection_settings import ProtectionSettings
from fgc_desktop.ui.restorative_highlighter import refresh_all
from fgc_desktop.ui.retention_setting import RetentionSetting
from fgc_desktop.ui.store_health import StoreHealth
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_error

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_HINT_STYLE = "color: #555555;"
_PHRASE, _SUGGESTION = 0, 1


class PhraseTable(QWidget):
    """The blaming phrases and their kinder wordings, editable in place, kept as edited."""

    saved = Signal(tuple)  # the list as now stored

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._loading = False
        intro = QLabel(
            tr(
                "Text boxes gently underline these phrases as they are typed, and offer the "
                "kinder wording on hover and in the right-click menu. Put a rewording in "
                "“curly quotes” to offer it as a one-click replacement."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(_HINT_STYLE)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("phrases")
        self.table.setAccessibleName(tr("Restorative phrases"))
        self.table.setAccessibleDescription(
            tr("Each row: a phrase that can sound like blame, and a kinder way to say it.")
        )
        self.table.setHorizontalHeaderLabels(
            [tr("Phrase that can sound like blame"), tr("Kinder words")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_PHRASE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_SUGGESTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(_PHRASE, 220)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 5px 6px; }")  # room to read
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table for the buttons; arrow keys move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._cell_changed)
        self.message = QLabel(self)
        self.message.setObjectName("phrases_error")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.add_button = QPushButton(tr("&Add a phrase"))
        self.remove_button = QPushButton(tr("&Remove the phrase"))
        self.restore_button = QPushButton(tr("Restore the &defaults…"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current_row)
        self.restore_button.clicked.connect(self.ask_to_restore_defaults)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_phrases(restorative_language.phrases(store))

    def show_phrases(self, phrases: tuple[Phrase, ...] | list[Phrase]) -> None:
        """Fill the table with a list of phrases."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for phrase in phrases:
                self._append(phrase.wording, phrase.suggestion)
        finally:
            self._loading = False
        self.table.resizeRowsToContents()

    def edited_phrases(self) -> list[Phrase]:
        """The phrases as the table shows them now (blank rows included)."""
        return [
            Phrase(self._cell(row, _PHRASE), self._cell(row, _SUGGESTION))
            for row in range(self.table.rowCount())
        ]

    def add_row(self) -> None:
        """A new empty row, ready to type the phrase into."""
        self._loading = True
        try:
            self._append("", "")
        finally:
            self._loading = False
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, _PHRASE)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, _PHRASE))

    def remove_current_row(self) -> None:
        """Take the selected phrase off the list and keep the list."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), _PHRASE)
        self.save()

    def ask_to_restore_defaults(self) -> None:
        """Go back to the app's own list, after asking (the service's edits are lost)."""
        answer = QMessageBox.question(
            self,
            tr("Restore the default phrases?"),
            tr(
                "Replace your service's phrase list with the one FGC Desktop comes with? "
                "Your own phrases and wordings will be lost."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_defaults()

    def restore_defaults(self) -> None:
        """Go back to the app's own list without asking."""
        try:
            phrases = restorative_language.restore_default_phrases(self._store)
        except StoreError as error:
            show_store_problem(self.window(), error)
            return
        self._show_error("")
        self.show_phrases(phrases)
        self.saved.emit(tuple(phrases))
        refresh_all()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped text needs its rows' heights worked out again at each new width."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def showEvent(self, event: QShowEvent) -> None:
        """A hidden tab's columns have no real width yet: work the heights out once shown."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def waiting(self) -> list[str]:
        """Phrases typed without kinder words yet: not kept until they have some."""
        return [
            p.wording.strip()
            for p in self.edited_phrases()
            if p.wording.strip() and not p.suggestion.strip()
        ]

    def save(self) -> bool:
        """Keep the table as it stands; a refused list keeps its text with the reason shown.

        A row still being filled in (a phrase with no kinder words yet) waits, blank in the
        saved list so the service's row numbers in messages match the table's.
        """
        rows = [
            p if p.suggestion.strip() or not p.wording.strip() else Phrase("", "")
            for p in self.edited_phrases()
        ]
        try:
            stored = restorative_language.save_phrases(self._store, rows)
        except ValidationError as error:
            self._show_error(tr_error(error))
            return False
        except StoreError as error:
            self._show_error(tr("Not saved yet: the store could not be written."))
            show_store_problem(self.window(), error)
            return False
        waiting = self.waiting()
        self._show_error(
            tr("“{value1}” is kept once it has kinder words beside it.").format(value1=waiting[0])
            if waiting
            else "",
            problem=False,
        )
        self.saved.emit(stored)
        refresh_all()
        return True

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self.table.resizeRowToContents(item.row())
        self.save()

    def _append(self, wording: str, suggestion: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((_PHRASE, wording), (_SUGGESTION, suggestion)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(row, column, item)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _show_error(self, message: str, *, problem: bool = True) -> None:
        self.message.setText(f"⚠ {message}" if message and problem else message)
        self.message.setStyleSheet(_ERROR_STYLE if problem else _HINT_STYLE)
        self.message.setVisible(bool(message))
        self.table.setAccessibleDescription(message or "")


class SettingsDialog(QDialog):
    """The coordinator's details (“You”) and the restorative phrase list, kept as edited."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        background: StoreHealth | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self.setMinimumSize(760, 540)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Settings sections"))
        self.tabs.addTab(self._you_page(), tr("&You"))
        self.phrases = PhraseTable(store, self)
        self.tabs.addTab(self.phrases, tr("&Restorative language"))
        # Converting waits for the open caseload's running backup (background).
        self.protection = ProtectionSettings(store, self, background=background)
        self.tabs.addTab(self.protection, tr("&Protection"))
        self.retention = RetentionSetting(store, self)
        self.tabs.addTab(self.retention, tr("Re&tention"))
        self.language = LanguageSetting(self)
        self.tabs.addTab(self.language, tr("&Language"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

    def _you_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            tr(
                "Your details go on every letter and plan, so families know who to call. "
                "Each one is kept as you leave the box."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(_HINT_STYLE)
        self.you = FieldForm(
            coordinator.COORDINATOR_FIELDS.values(),
            lambda key, text: coordinator.edit_coordinator(self._store, key, text),
            page,
        )
        self.you.set_values(asdict(coordinator.coordinator(self._store)))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.you)
        layout.addStretch(1)
        # A phone number or an email does not need the whole width of a wide window.
        self.you.setMaximumWidth(640)
        return page

    def done(self, result: int) -> None:
        """Closing keeps any detail still being typed; a phrase without kinder words asks."""
        self.you.commit_pending()
        waiting = self.phrases.waiting()
        if waiting and not self._close_without(waiting):
            self.tabs.setCurrentWidget(self.phrases)
            return
        super().done(result)

    def _close_without(self, waiting: list[str]) -> bool:
        names = ", ".join(f"“{wording}”" for wording in waiting)
        answer = QMessageBox.question(
            self,
            tr("Close without these phrases?"),
            tr("{names} has no kinder words yet, so it is not kept. Close anyway?").format(
                names=names
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
