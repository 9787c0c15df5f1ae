"""Conference day: when and where, what the day needs, interpreters, who is there, family time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import network
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui import conference_fields
from fgc_desktop.ui.attendance_register import AttendanceRegister
from fgc_desktop.ui.family_time import FamilyTimeClock
from fgc_desktop.ui.family_view import FamilyView
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.section import section
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_error


class MeetingForm(QWidget):
    """When and where the conference is held, and how each person took part."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
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
            tr(
                "Nobody invited needs an interpreter. Tick “Needs an interpreter” on the Network "
                "page for anyone who does."
            )
        )
        self.no_interpreters.setWordWrap(True)
        self.register = AttendanceRegister(store)
        self.register.saved.connect(self.saved.emit)
        hint = QLabel(
            tr(
                "Record who is there as the conference starts, and anyone who arrives late or "
                "leaves early (times like 10:45). Interpreters and advocates are listed too."
            )
        )
        hint.setWordWrap(True)
        self.family_time = FamilyTimeClock(store)
        self.family_time.saved.connect(self.saved.emit)
        self.family_view: FamilyView | None = None
        self.family_view_button = QPushButton(tr("Family view…"))
        self.family_view_button.setAccessibleName(tr("Open the family view"))
        self.family_view_button.setToolTip(
            tr(
                "A full-screen, large-type page for the family to write their plan, with their "
                "questions and the bottom lines; no professional notes or contact details."
            )
        )
        self.family_view_button.clicked.connect(self.open_family_view)
        family_hint = QLabel(
            tr(
                "The professionals leave and the family talk in private. Pause the clock for "
                "breaks; the total leaves them out."
            )
        )
        family_hint.setWordWrap(True)
        view_row = QHBoxLayout()
        view_row.addWidget(self.family_view_button)
        view_row.addStretch(1)
        view_box = QWidget()
        view_box.setLayout(view_row)
        view_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(section(tr("When and where"), self.form))
        layout.addWidget(section(tr("Food and childcare"), self.needs))
        layout.addWidget(section(tr("Interpreters"), self.no_interpreters, self.interpreter_rows))
        layout.addWidget(section(tr("Who is here today"), hint, self.register))
        layout.addWidget(
            section(tr("Private family time"), family_hint, self.family_time, view_box)
        )
        layout.addStretch(1)

    @property
    def attendance_combos(self) -> dict[str, QComboBox]:
        """Each person's attendance choice, by person id."""
        return self.register.combos

    def open_family_view(self) -> FamilyView | None:
        """Open the family's full-screen page for private family time."""
        if self._conference is None:
            return None
        if self.family_view is None:
            self.family_view = FamilyView(self._store, self)
            self.family_view.saved.connect(self.saved.emit)
        self.family_view.show_conference(self._conference)
        self.family_view.show_full_screen()
        return self.family_view

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the meeting details and everyone's attendance."""
        self._conference = conference
        values = conference_fields.field_values(conference)
        for form in (self.form, self.needs):
            if fresh:
                form.reset()
            form.set_values(values)
        self._show_interpreters(conference)
        self.register.show_conference(conference)
        self.family_time.show_conference(conference)
        if self.family_view is not None:
            self.family_view.show_conference(conference)

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
                language = person.preferred_language or tr("their language")
                box = QCheckBox(
                    tr("Interpreter booked for {name} ({language})").format(
                        name=person.name, language=language
                    )
                )
                box.setAccessibleName(tr("Interpreter booked for {name}").format(name=person.name))
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

    def _save_choice(self, call: Callable[[], Conference], widget: QWidget) -> None:
        try:
            conference = call()
        except (ValidationError, StageBlocked) as error:
            widget.setToolTip(tr_error(error))
        except StoreError as error:
            show_store_problem(self.window(), error)
        else:
            self.saved.emit(conference)

    def _conference_id(self) -> str:
        assert self._conference is not None
        return self._conference.id
