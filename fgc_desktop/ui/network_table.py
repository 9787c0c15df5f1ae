"""The family network: who is around the child, with their role and relationship."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import PERSON_FIELDS
from fgc_desktop.domain.network import Person, Role
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.record_list import RecordListPanel


def role_combo(parent: QWidget | None = None) -> QComboBox:
    """A combo of every role, each item's data the Role itself."""
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(role.label, role)
    return combo


def _born(person: Person) -> str:
    if person.date_of_birth is None:
        return ""
    age = person.age_on(date.today())
    return f"{format_date(person.date_of_birth)} (age {age})"


_COLUMNS = (
    ("Name", lambda person: person.name),
    ("Role", lambda person: person.role.label),
    ("Relationship", lambda person: person.relationship),
    ("Date of birth", _born),
    ("Attendance", lambda person: person.attendance.label),
)


class NetworkPanel(RecordListPanel):
    """The people in the conference: children, family, friends and professionals."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, _COLUMNS, noun="person", title="Family network", parent=parent)
        self.form = self.details_form(
            FieldForm(PERSON_FIELDS.values(), self._save_field, name_prefix="Person's ")
        )
        self.role = role_combo()
        self.role.setAccessibleName("Person's role")
        self.form.add_row("Role", self.role)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.finish_details()
        self._showing = False
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_person_name")
        self.new_name.setAccessibleName("Name of the person to add")
        self.new_name.setPlaceholderText("Full name, in their own spelling")
        self.new_role = role_combo()
        self.new_role.setAccessibleName("Role of the person to add")
        name_label, role_label = QLabel("Name:"), QLabel("Role:")
        name_label.setBuddy(self.new_name)
        role_label.setBuddy(self.new_role)
        self.add_button = QPushButton("Add to the network")
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        for widget in (name_label, self.new_name, role_label, self.new_role, self.add_button):
            self.add_layout.addWidget(widget, 1 if widget is self.new_name else 0)

    def records_of(self, conference: Conference) -> Sequence[Person]:
        """Everyone in the network, in the order they were added."""
        return conference.people

    def show_details(self, record: Person | None, *, fresh: bool) -> None:
        """Show the selected person's details."""
        if fresh:
            self.form.reset()
        if record is None:
            self.form.set_values(dict.fromkeys(PERSON_FIELDS, ""))
            return
        self.form.set_values(
            {
                "name": record.name,
                "relationship": record.relationship,
                "date_of_birth": format_date(record.date_of_birth),
            }
        )
        self._showing = True
        self.role.setCurrentIndex(self.role.findData(record.role))
        self._showing = False

    def remove_record(self, record: Person) -> Conference:
        """Take the person out of the network."""
        assert self.conference is not None
        return network.remove_person(self.store, self.conference.id, record.id)

    def _save_field(self, key: str, text: str) -> Conference:
        person_id, conference = self.selected_id(), self.conference
        assert person_id is not None and conference is not None
        return network.edit_person(self.store, conference.id, person_id, key, text)

    def _role_chosen(self) -> None:
        person, conference = self.selected(), self.conference
        if self._showing or person is None or conference is None:
            return
        role = self.role.currentData()
        if role != person.role:
            self.call_service(lambda: network.set_role(self.store, conference.id, person.id, role))

    def _add(self) -> None:
        conference = self.conference
        if conference is None:
            return
        before = {person.id for person in conference.people}
        role = self.new_role.currentData()
        result = self.call_service(
            lambda: network.add_person(self.store, conference.id, self.new_name.text(), role)
        )
        if result is not None:
            self.new_name.clear()
            added = [person.id for person in result.people if person.id not in before]
            if added:
                self.select_id(added[0])
                self.form.editor("relationship").setFocus()
