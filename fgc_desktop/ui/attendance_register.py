"""The attendance register: who is there today, how, and who came late or left early."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import PERSON_FIELDS
from fgc_desktop.domain.network import Attendance, Person, Role
from fgc_desktop.services import network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.readable_colours import muted_text
from fgc_desktop.ui.translation import tr

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
# Interpreters and advocates are easy to forget in a busy room: their role stands out.
_HELPER_STYLE = "color: #0b4f8a; font-weight: bold;"
_TIME_KEYS = ("arrived_at", "left_at")


def register_order(conference: Conference) -> list[Person]:
    """Everyone invited first (in network order), then the rest of the network."""
    invited = conference.invitees
    return invited + [p for p in conference.people if p not in invited]


class AttendanceRegister(QWidget):
    """A row per person: how they are there today, and the times they arrived late or left."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._rows_for: list[tuple[str, str, str]] = []
        self._showing = False
        self.combos: dict[str, QComboBox] = {}
        self.times: dict[tuple[str, str], QLineEdit] = {}
        self._saved_times: dict[tuple[str, str], str] = {}
        self.message = QLabel()
        self.message.setObjectName("attendance_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.empty_note = QLabel(tr("Add people on the Network page first."))
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.rows)
        layout.addWidget(self.message)

    def show_conference(self, conference: Conference) -> None:
        """Show everyone's attendance and times as stored."""
        self._conference = conference
        people = register_order(conference)
        rows_for = [(p.id, p.name, p.role.value) for p in people]
        if rows_for != self._rows_for:
            self._rebuild(people)
            self._rows_for = rows_for
        self._showing = True
        for person in people:
            combo = self.combos[person.id]
            combo.setCurrentIndex(combo.findData(person.attendance))
            for key in _TIME_KEYS:
                value = getattr(person, key)
                self._saved_times[(person.id, key)] = value
                editor = self.times[(person.id, key)]
                if not editor.property("refused") and editor.text() != value:
                    editor.setText(value)
        self._showing = False
        self.empty_note.setVisible(not people)
        self.rows.setVisible(bool(people))

    def _rebuild(self, people: list[Person]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # not unparented: a parentless widget would become a window
                widget.deleteLater()
        self.combos = {}
        self.times = {}
        for column, heading in enumerate(
            (tr("Who"), tr("How they are here today"), tr("Arrived late at"), tr("Left at"))
        ):
            caption = QLabel(f"<b>{heading}</b>")
            self.grid.addWidget(caption, 0, column)
        for row, person in enumerate(people, start=1):
            label = QLabel(_who(person))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            combo = QComboBox()
            for attendance in Attendance:
                combo.addItem(tr(attendance.label), attendance)
            combo.setAccessibleName(tr("Attendance of {name}").format(name=person.name))
            combo.currentIndexChanged.connect(
                lambda _index, pid=person.id, box=combo: self._attendance_chosen(pid, box)
            )
            label.setBuddy(combo)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.combos[person.id] = combo
            for column, key in enumerate(_TIME_KEYS, start=2):
                editor = QLineEdit()
                editor.setObjectName(f"{key}_{person.id}")
                editor.setPlaceholderText(tr("e.g. 10:45"))
                editor.setAccessibleName(f"{tr(PERSON_FIELDS[key].label)}: {person.name}")
                editor.setMaximumWidth(editor.fontMetrics().horizontalAdvance("M" * 8))
                editor.editingFinished.connect(
                    lambda pid=person.id, k=key, box=editor: self._time_left(pid, k, box)
                )
                self.grid.addWidget(editor, row, column)
                self.times[(person.id, key)] = editor

    def _attendance_chosen(self, person_id: str, combo: QComboBox) -> None:
        if self._showing or self._conference is None:
            return
        conference_id = self._conference.id
        self._save(
            lambda: network.set_attendance(
                self._store, conference_id, person_id, combo.currentData()
            )
        )

    def _time_left(self, person_id: str, key: str, editor: QLineEdit) -> None:
        if self._showing or self._conference is None:
            return
        text = editor.text()
        if text == self._saved_times.get((person_id, key)) and not editor.property("refused"):
            return
        conference_id = self._conference.id
        saved = self._save(
            lambda: network.edit_person(self._store, conference_id, person_id, key, text)
        )
        editor.setProperty("refused", not saved)
        editor.setAccessibleDescription("" if saved else self.message.text())

    def _save(self, call: Callable[[], Conference]) -> bool:
        conference = attempt_edit(self, call, self._show_message)
        if conference is None:
            return False
        self.saved.emit(conference)
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


def _who(person: Person) -> str:
    name = _escape(person.name)
    role = _escape(person.relationship or tr(person.role.label))
    if person.role in {Role.INTERPRETER, Role.ADVOCATE}:
        return f"{name} <span style='{_HELPER_STYLE}'>· {tr(person.role.label)}</span>"
    return f"{name} <span style='color: {muted_text()};'>· {role}</span>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
