"""Who one person must not attend the conference with, and why (often domestic abuse)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import SAFETY_PAIR_FIELDS
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.safety import SafetyPair
from fgc_desktop.services import preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.record_table_model import RecordTableModel
from fgc_desktop.ui.translation import tr, tr_noop

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class MustNotAttendWith(QWidget):
    """The selected person's "must not attend with" pairs: a list, its reasons, add and remove."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._person: Person | None = None
        self.model: RecordTableModel[SafetyPair] = RecordTableModel(
            (
                (tr_noop("Must not attend with"), self._other_name),
                (tr_noop("Why"), lambda pair: pair.reason),
            ),
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("People this person must not attend with"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the list
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        line = self.table.fontMetrics().lineSpacing() + 8
        self.table.verticalHeader().setDefaultSectionSize(line)
        self.table.setFixedHeight(line * 4)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_reason())
        self.reason_form = FieldForm(
            SAFETY_PAIR_FIELDS.values(), self._save_reason, name_prefix=tr("Must not attend with: ")
        )
        self.reason_form.saved.connect(self.saved.emit)
        self.remove_button = QPushButton(tr("Remove this pair"))
        self.remove_button.setAccessibleName(tr("Remove the selected must-not-attend-with pair"))
        self.remove_button.clicked.connect(self._remove)
        self.other = QComboBox()
        self.other.setObjectName("must_not_attend_with_other")
        self.other.setAccessibleName(tr("Person they must not attend with"))
        self.new_reason = QLineEdit()
        self.new_reason.setObjectName("must_not_attend_with_reason")
        self.new_reason.setAccessibleName(tr("Why they must not attend together"))
        self.new_reason.setPlaceholderText(tr("Why, e.g. a non-molestation order"))
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleName(tr("Add a must-not-attend-with pair"))
        self.add_button.clicked.connect(self._add)
        self.new_reason.returnPressed.connect(self._add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        other_label = QLabel(tr("&With:"))
        other_label.setBuddy(self.other)
        add_row = QHBoxLayout()
        add_row.addWidget(other_label)
        add_row.addWidget(self.other, 1)
        add_row.addWidget(self.new_reason, 2)
        add_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.reason_form)
        layout.addLayout(remove_row)
        layout.addLayout(add_row)
        layout.addWidget(self.message)

    def show_person(self, conference: Conference, person: Person | None, *, fresh: bool) -> None:
        """Show the pairs that name this person, and who else could be added."""
        kept = None if fresh else self._selected_id()
        self._conference, self._person = conference, person
        pairs = (
            [] if person is None else [p for p in conference.safety_pairs if p.involves(person.id)]
        )
        self.model.set_records(pairs)
        self.table.resizeColumnToContents(0)
        row = self.model.row_of(kept) if kept else None
        if row is None and pairs:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        paired = {p.person_id for p in pairs} | {p.other_person_id for p in pairs}
        self.other.clear()
        for other in conference.people:
            if person is not None and other.id != person.id and other.id not in paired:
                self.other.addItem(f"{other.name} ({tr(other.role.label)})", other.id)
        self.add_button.setEnabled(self.other.count() > 0)
        if fresh:
            self.reason_form.reset()
            self._show_message("")
        self._show_reason()

    def _other_name(self, pair: SafetyPair) -> str:
        if self._conference is None or self._person is None:
            return ""
        other_id = pair.other_person_id if pair.person_id == self._person.id else pair.person_id
        other = self._conference.person(other_id)
        return other.name if other is not None else ""

    def _selected(self) -> SafetyPair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        pair = self._selected()
        return pair.id if pair is not None else None

    def _show_reason(self) -> None:
        pair = self._selected()
        self.reason_form.setVisible(pair is not None)
        self.remove_button.setEnabled(pair is not None)
        self.reason_form.set_values({"reason": pair.reason if pair is not None else ""})

    def _save_reason(self, key: str, text: str) -> Conference:
        pair, conference = self._selected(), self._conference
        assert pair is not None and conference is not None
        return preparation.edit_safety_pair(self._store, conference.id, pair.id, key, text)

    def _add(self) -> None:
        conference, person, other_id = self._conference, self._person, self.other.currentData()
        if conference is None or person is None or other_id is None:
            return
        reason = self.new_reason.text()
        if self._call(
            lambda: preparation.add_safety_pair(
                self._store, conference.id, person.id, other_id, reason
            )
        ):
            self.new_reason.clear()

    def _remove(self) -> None:
        pair, conference = self._selected(), self._conference
        if pair is not None and conference is not None:
            self._call(lambda: preparation.remove_safety_pair(self._store, conference.id, pair.id))

    def _call(self, call: Callable[[], Conference]) -> bool:
        conference = attempt_edit(self, call, self._show_message)
        if conference is None:
            return False
        self.saved.emit(conference)
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))
