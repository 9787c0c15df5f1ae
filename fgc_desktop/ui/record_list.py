"""A list of a conference's records with the selected one's details and add/remove."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.record_table_model import RecordTableModel
from fgc_desktop.ui.translation import tr

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class RecordListPanel(QWidget):
    """Table of records, a details box for the selected one, and an 'add' row.

    Subclasses say which records to list, fill the details box and the add row, and call
    services through `call_service`, which shows refusals in plain words.
    """

    saved = Signal(object)

    def __init__(
        self,
        store: Store,
        columns: Sequence[tuple[str, Callable[[Any], str]]],
        *,
        noun: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.conference: Conference | None = None
        self.read_only = False
        self._shown_id: str | None = None
        self._noun = noun
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.table = self._build_table(title)
        self.details_box = QGroupBox(tr("Selected {noun}").format(noun=noun))
        self.details_layout = QVBoxLayout(self.details_box)
        self.remove_button = QPushButton(tr("Remove this {noun}").format(noun=noun))
        self.remove_button.setAccessibleName(tr("Remove the selected {noun}").format(noun=noun))
        self.remove_button.clicked.connect(self._remove_selected)
        self.add_box = QGroupBox(
            (tr("Add an {noun}") if noun[0] in "aeiou" else tr("Add a {noun}")).format(noun=noun)
        )
        self.add_layout = QHBoxLayout(self.add_box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_box)
        layout.addWidget(self.message)
        layout.addWidget(self.details_box)

    def _build_table(self, title: str) -> QTableView:
        table = list_table(self.model, title, rows_shown=8, parent=self)
        # Selection, not the current row: Qt moves the current row before the selection, so
        # details shown on currentRowChanged would be those of the row being left.
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    # What subclasses provide.
    def records_of(self, conference: Conference) -> Sequence[Any]:
        """The records of the conference this panel lists."""
        raise NotImplementedError

    def show_details(self, record: Any | None, *, fresh: bool) -> None:
        """Fill the details box for a record (None: nothing selected)."""
        raise NotImplementedError

    def remove_record(self, record: Any) -> Conference:
        """Call the service that removes a record."""
        raise NotImplementedError

    def confirm_removal(self, record: Any) -> bool:
        """Whether to go ahead with removing a record; panels whose records are named
        elsewhere ask the coordinator first."""
        return True

    # Shared behaviour.
    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the conference's records, keeping the selected one when it is still there."""
        kept = None if fresh else self.selected_id()
        self.conference = conference
        self.model.set_records(self.records_of(conference))
        self._fit_columns()
        row = self.model.row_of(kept) if kept else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_details(fresh=fresh or self.selected_id() != kept)
        if fresh:
            self.show_message("")

    def set_read_only(self, read_only: bool) -> None:
        """Lock the list (an agreed plan cannot change)."""
        self.read_only = read_only
        self.add_box.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and self.selected() is not None)

    def selected(self) -> Any | None:
        """The selected record, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        """The id of the selected record, or None."""
        record = self.selected()
        return record.id if record is not None else None

    def select_id(self, record_id: str) -> None:
        """Select the record with that id."""
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)

    def call_service(self, call: Callable[[], Conference]) -> Conference | None:
        """Run a service call; show a refusal in plain words and return None on failure."""
        conference = attempt_edit(self, call, self.show_message)
        if conference is not None:
            self.saved.emit(conference)
        return conference

    def show_message(self, text: str) -> None:
        """A problem with adding or removing, under the add row."""
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def details_form(self, form: FieldForm) -> FieldForm:
        """Put a field form in the details box and pass its saves on."""
        form.saved.connect(self.saved.emit)
        self.details_layout.addWidget(form)
        return form

    def finish_details(self) -> None:
        """Put the remove button last in the details box, at the right."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        self.details_layout.addLayout(row)

    def _fit_columns(self) -> None:
        # Few rows, so measuring them is cheap; cap widths so long text cannot push columns off.
        limit = self.table.fontMetrics().horizontalAdvance("M" * 16)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))

    def _selection_changed(self) -> None:
        if self.selected_id() != self._shown_id:
            self._update_details(fresh=True)

    def _update_details(self, *, fresh: bool) -> None:
        record = self.selected()
        self._shown_id = record.id if record is not None else None
        self.details_box.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None and not self.read_only)
        self.show_details(record, fresh=fresh)

    def _remove_selected(self) -> None:
        record = self.selected()
        if record is not None and self.confirm_removal(record):
            self.call_service(lambda: self.remove_record(record))
