"""Conference day: date, time and venue, what the day needs, interpreters, and who took part."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance, Person
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import network
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui import conference_fields
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.section import section
from fgc_desktop.ui.store_problem import show_store_problem


class MeetingForm(QWidget):
    """When and where the conference is held, and how each person took part."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._people: list[tuple[str, str, str]] = []
        self._showing = False
        save = conference_fields.saver(store, self._conference_id)
        self.form = FieldForm(conference_fields.specs(conference_fields.MEETING_KEYS), save)
        self.form.saved.connect(self.saved.emit)
        self.needs = FieldForm(conference_fields.specs(conference_fields.DAY_NEEDS_KEYS), save)
        self.needs.saved.connect(self.saved.emit)
        self._interpreted: list[tuple[str, str, str]] = []
        self.interpreter_rows = QWidget()
        self.interpreter_layout = QVBoxLayout(self.interpreter_rows)
        self.interpreter_layout.setContentsMargins(0, 0, 0, 0)
        self.interpreter_boxes: dict[str, QCheckBox] = {}
        self.no_interpreters = QLabel(
            "Nobody invited needs an interpreter. Tick “Needs an interpreter” on the Network "
            "page for anyone who does."
        )
        self.no_interpreters.setWordWrap(True)
        self.attendance_rows = QWidget()
        self.attendance_layout = QFormLayout(self.attendance_rows)
        self.attendance_combos: dict[str, QComboBox] = {}
        self.empty_note = QLabel("Add people on the Network page first.")
        hint = QLabel("Record who is there as the conference starts (information sharing).")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(section("When and where", self.form))
        layout.addWidget(section("Food and childcare", self.needs))
        layout.addWidget(section("Interpreters", self.no_interpreters, self.interpreter_rows))
        layout.addWidget(section("Who took part", hint, self.empty_note, self.attendance_rows))
        layout.addStretch(1)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the meeting details and everyone's attendance."""
        self._conference = conference
        values = conference_fields.field_values(conference)
        for form in (self.form, self.needs):
            if fresh:
                form.reset()
            form.set_values(values)
        self._show_interpreters(conference)
        people = [(p.id, p.name, p.role.label) for p in conference.people]
        if people != self._people:
            self._rebuild_attendance(conference.people)
            self._people = people
        self._showing = True
        for person in conference.people:
            combo = self.attendance_combos[person.id]
            combo.setCurrentIndex(combo.findData(person.attendance))
        self._showing = False
        self.empty_note.setVisible(not conference.people)

    def _show_interpreters(self, conference: Conference) -> None:
        needing = [p for p in conference.invitees if p.interpreter_needed]
        interpreted = [(p.id, p.name, p.preferred_language) for p in needing]
        if interpreted != self._interpreted:
            self._interpreted = interpreted
            for box in self.interpreter_boxes.values():
                box.setParent(None)
                box.deleteLater()
            self.interpreter_boxes = {}
            for person in needing:
                language = person.preferred_language or "their language"
                box = QCheckBox(f"Interpreter booked for {person.name} ({language})")
                box.setAccessibleName(f"Interpreter booked for {person.name}")
                box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
                box.toggled.connect(
                    lambda ticked, pid=person.id: self._interpreter_ticked(pid, ticked)
                )
                self.interpreter_layout.addWidget(box)
                self.interpreter_boxes[person.id] = box
        self._showing = True
        for person in needing:
            self.interpreter_boxes[person.id].setChecked(person.interpreter_booked)
        self._showing = False
        self.no_interpreters.setVisible(not needing)

    def _interpreter_ticked(self, person_id: str, ticked: bool) -> None:
        if self._showing or self._conference is None:
            return
        conference_id = self._conference.id
        self._save_choice(
            lambda: network.set_flag(
                self._store, conference_id, person_id, "interpreter_booked", ticked
            ),
            self.interpreter_boxes[person_id],
        )

    def _rebuild_attendance(self, people: list[Person]) -> None:
        while self.attendance_layout.rowCount():
            self.attendance_layout.removeRow(0)
        self.attendance_combos = {}
        for person in people:
            combo = QComboBox()
            for attendance in Attendance:
                combo.addItem(attendance.label, attendance)
            combo.setAccessibleName(f"Attendance of {person.name}")
            combo.currentIndexChanged.connect(
                lambda _index, pid=person.id, box=combo: self._attendance_chosen(pid, box)
            )
            label = QLabel(f"{person.name} ({person.role.label}):")
            label.setBuddy(combo)
            self.attendance_layout.addRow(label, combo)
            self.attendance_combos[person.id] = combo

    def _attendance_chosen(self, person_id: str, combo: QComboBox) -> None:
        if self._showing or self._conference is None:
            return
        conference_id = self._conference.id
        self._save_choice(
            lambda: network.set_attendance(
                self._store, conference_id, person_id, combo.currentData()
            ),
            combo,
        )

    def _save_choice(self, call: Callable[[], Conference], widget: QWidget) -> None:
        try:
            conference = call()
        except (ValidationError, StageBlocked) as error:
            widget.setToolTip(str(error))
        except StoreError as error:
            show_store_problem(self.window(), error)
        else:
            self.saved.emit(conference)

    def _conference_id(self) -> str:
        assert self._conference is not None
        return self._conference.id
