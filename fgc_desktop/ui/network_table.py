"""The family network: who is around the child, how to reach them and how they will take part."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import PERSON_FIELDS, PERSON_FLAGS
from fgc_desktop.domain.network import Attendance, Participation, Person, Role, Side
from fgc_desktop.domain.safety import attendance_conflicts
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import network
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.child_relationships import ChildRelationships
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.must_not_attend_with import MustNotAttendWith
from fgc_desktop.ui.record_list import RecordListPanel
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_noop

Choice = Role | Side | Participation | Attendance
# A lock and a word, so confidentiality never rests on colour alone.
CONFIDENTIAL_MARK = tr_noop("🔒 Confidential")
_WARNING_STYLE = (
    "color: #7a4a00; background: #fff4d6; border: 1px solid #d9b84a; border-radius: 4px; "
    "padding: 6px;"
)


def choice_combo(choices: type[Enum], parent: QWidget | None = None) -> QComboBox:
    """A combo of every value of an enum with labels (Role, Side, Participation…)."""
    combo = QComboBox(parent)
    for choice in choices:
        combo.addItem(tr(choice.label), choice)  # type: ignore[attr-defined]
    return combo


def role_combo(parent: QWidget | None = None) -> QComboBox:
    """A combo of every role, each item's data the Role itself."""
    return choice_combo(Role, parent)


def _born(person: Person) -> str:
    if person.date_of_birth is None:
        return ""
    return tr("{born} (age {age})").format(
        born=format_date(person.date_of_birth), age=person.age_on(date.today())
    )


def _interpreter(person: Person) -> str:
    if not person.interpreter_needed:
        return person.preferred_language
    language = person.preferred_language or tr("Interpreter")
    wording = tr("{language}: booked ✓") if person.interpreter_booked else tr("{language}: to book")
    return wording.format(language=language)


def _contact(person: Person) -> str:
    if person.contact_confidential:
        return tr(CONFIDENTIAL_MARK)
    return person.phone or person.email


def _taking_part(person: Person) -> str:
    return "" if person.role is Role.CHILD else tr(person.participation.label)


_COLUMNS = (
    (tr_noop("Name"), lambda person: person.name),
    (tr_noop("Role"), lambda person: tr(person.role.label)),
    (tr_noop("Relationship"), lambda person: person.relationship),
    (tr_noop("Takes part"), _taking_part),
    (tr_noop("Language"), _interpreter),
    (tr_noop("Contact"), _contact),
)


def person_values(person: Person) -> dict[str, str]:
    """Every text field of a person as the forms show it."""
    values = {key: getattr(person, key) for key in PERSON_FIELDS}
    values["date_of_birth"] = format_date(person.date_of_birth)
    return values


class NetworkPanel(RecordListPanel):
    """The people in the conference: children, family, friends and professionals."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store, _COLUMNS, noun=tr("person"), title=tr("Family network"), parent=parent
        )
        self._showing = False
        self._form_of: dict[str, FieldForm] = {}
        self.conflicts = QLabel()
        self.conflicts.setObjectName("attendance_conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet(_WARNING_STYLE)
        self.conflicts.hide()
        self.layout().insertWidget(0, self.conflicts)
        self._build_details()
        self._build_add_row()

    # The details box, in blocks a coordinator fills at different times.
    def _build_details(self) -> None:
        self.form = self._person_form(("name", "relationship", "date_of_birth"))
        self.role = self._choice_row(self.form, tr("Role"), Role)
        self.side = self._choice_row(self.form, tr("Side of the family"), Side)
        self.flags: dict[str, QCheckBox] = {}
        self._flag_row(self.form, tr("Parental responsibility"), "parental_responsibility")
        self.child_form = self._person_form(("pronouns", "lives_with", "needs"))
        self.contact_form = self._person_form(("phone", "email", "address"))
        self._flag_row(
            self.contact_form,
            tr("Confidential"),
            "contact_confidential",
            tr("Keep their phone, email and address off everyone else's letters and copies"),
        )
        self.language_form = self._person_form(("preferred_language", "accessibility_needs"))
        interpreter = QWidget()
        row = QHBoxLayout(interpreter)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._flag("interpreter_needed"))
        row.addWidget(self._flag("interpreter_booked"))
        row.addStretch(1)
        interpreter.setAccessibleName(tr("Interpreter"))
        self.language_form.add_row(tr("Interpreter"), interpreter)
        self.participation = choice_combo(Participation)
        self.participation.setAccessibleName(tr("How they will take part"))
        self.participation.currentIndexChanged.connect(
            lambda: self._choice_chosen(self.participation, Participation)
        )
        taking_part_row = QFormLayout()
        caption = QLabel(tr("How they will take part:"))
        caption.setBuddy(self.participation)
        taking_part_row.addRow(caption, self.participation)
        self.reason_form = self._person_form(("participation_reason",))
        self.safety = MustNotAttendWith(self.store)
        self.safety.saved.connect(self.saved.emit)
        self.to_each_child = ChildRelationships(self.store)
        self.to_each_child.saved.connect(self.saved.emit)
        self.child_box = _box(tr("About the child"), self.child_form)
        taking_part = _box(tr("Taking part"), self.reason_form)
        taking_part.layout().insertLayout(0, taking_part_row)
        who = _box(tr("Who they are"), self.form)
        who.layout().addWidget(self.to_each_child)
        self.details_layout.addWidget(who)
        self.details_layout.addWidget(self.child_box)
        self.details_layout.addWidget(_box(tr("Contact details"), self.contact_form))
        self.details_layout.addWidget(_box(tr("Language and access"), self.language_form))
        self.details_layout.addWidget(taking_part)
        self.details_layout.addWidget(_box(tr("Must not attend with"), self.safety))
        self.finish_details()

    def _person_form(self, keys: tuple[str, ...]) -> FieldForm:
        form = FieldForm(
            [PERSON_FIELDS[k] for k in keys], self._save_field, name_prefix=tr("Person's ")
        )
        form.saved.connect(self.saved.emit)
        self._form_of.update(dict.fromkeys(keys, form))
        return form

    def _choice_row(self, form: FieldForm, label: str, choices: type[Choice]) -> QComboBox:
        combo = choice_combo(choices)
        combo.setAccessibleName(tr("Person's {value1}").format(value1=label.lower()))
        form.add_row(label, combo)
        combo.currentIndexChanged.connect(lambda: self._choice_chosen(combo, choices))
        return combo

    def _flag(self, key: str, text: str | None = None) -> QCheckBox:
        box = QCheckBox(text or tr(PERSON_FLAGS[key]))
        box.setObjectName(key)
        box.setAccessibleName(tr(PERSON_FLAGS[key]))
        # As wide as its words, so a click beside the text does not look like it should tick it.
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        box.toggled.connect(lambda ticked: self._flag_ticked(key, ticked))
        self.flags[key] = box
        return box

    def _flag_row(self, form: FieldForm, label: str, key: str, text: str | None = None) -> None:
        form.add_row(label, self._flag(key, text or tr(PERSON_FLAGS[key])))

    def _build_add_row(self) -> None:
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_person_name")
        self.new_name.setAccessibleName(tr("Name of the person to add"))
        self.new_name.setPlaceholderText(tr("Full name, in their own spelling"))
        self.new_role = role_combo()
        self.new_role.setAccessibleName(tr("Role of the person to add"))
        name_label, role_label = QLabel(tr("Name:")), QLabel(tr("Role:"))
        name_label.setBuddy(self.new_name)
        role_label.setBuddy(self.new_role)
        self.add_button = QPushButton(tr("Add to the network"))
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        for widget in (name_label, self.new_name, role_label, self.new_role, self.add_button):
            self.add_layout.addWidget(widget, 1 if widget is self.new_name else 0)

    def forms(self) -> tuple[FieldForm, ...]:
        """Every field form of the selected person."""
        return (self.form, self.child_form, self.contact_form, self.language_form, self.reason_form)

    def editor(self, key: str) -> QWidget:
        """The input of one of the person's fields (a key of PERSON_FIELDS)."""
        return self._form_of[key].editor(key)

    def records_of(self, conference: Conference) -> Sequence[Person]:
        """Everyone in the network, in the order they were added."""
        return conference.people

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the network and warn about anyone invited to sit with someone they must not."""
        super().show_conference(conference, fresh=fresh)
        warnings = attendance_conflicts(conference.people, conference.safety_pairs)
        self.conflicts.setText("\n".join(f"⚠ {warning}" for warning in warnings))
        self.conflicts.setVisible(bool(warnings))

    def show_details(self, record: Person | None, *, fresh: bool) -> None:
        """Show the selected person's details."""
        if fresh:
            for form in self.forms():
                form.reset()
        values = person_values(record) if record else dict.fromkeys(PERSON_FIELDS, "")
        for form in self.forms():
            form.set_values(values)
        self.details_box.setTitle(record.name if record else tr("Selected person"))
        self._showing = True
        if record is not None:
            for combo, value in (
                (self.role, record.role),
                (self.side, record.side),
                (self.participation, record.participation),
            ):
                combo.setCurrentIndex(combo.findData(value))
            for key, box in self.flags.items():
                box.setChecked(bool(getattr(record, key)))
        self._showing = False
        self.child_box.setVisible(record is not None and record.role is Role.CHILD)
        if self.conference is not None:
            self.safety.show_person(self.conference, record, fresh=fresh)
            self.to_each_child.show_person(self.conference, record)

    def confirm_removal(self, record: Person) -> bool:
        """Ask before removing someone, saying which other records go with them."""
        assert self.conference is not None
        try:
            places = network.places_mentioning(self.store, self.conference.id, record.id)
        except StoreError as error:
            show_store_problem(self.window(), error)
            return False
        text = tr("Remove {name} from the network?").format(name=record.name)
        if places:
            detail = tr(
                "{name} is mentioned in: {places}. These records will be removed too."
            ).format(name=record.name, places="; ".join(places))
        else:
            detail = tr("Nothing else in this conference mentions them.")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Remove from the network"),
            text,
            QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setObjectName("removePersonQuestion")
        box.setInformativeText(detail)
        remove = box.addButton(
            tr("Remove {name}").format(name=record.name), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        try:
            box.exec()
            return box.clickedButton() is remove
        finally:
            box.deleteLater()

    def remove_record(self, record: Person) -> Conference:
        """Take the person out of the network."""
        assert self.conference is not None
        return network.remove_person(self.store, self.conference.id, record.id)

    def _save_field(self, key: str, text: str) -> Conference:
        person_id, conference = self.selected_id(), self.conference
        assert person_id is not None and conference is not None
        return network.edit_person(self.store, conference.id, person_id, key, text)

    def _choice_chosen(self, combo: QComboBox, choices: type[Choice]) -> None:
        person, conference = self.selected(), self.conference
        if self._showing or person is None or conference is None:
            return
        # Qt hands item data back as plain text; the service tells choices apart by their type.
        choice = choices(combo.currentData())
        self.call_service(lambda: network.set_choice(self.store, conference.id, person.id, choice))

    def _flag_ticked(self, key: str, ticked: bool) -> None:
        person, conference = self.selected(), self.conference
        if self._showing or person is None or conference is None:
            return
        if bool(getattr(person, key)) != ticked:
            self.call_service(
                lambda: network.set_flag(self.store, conference.id, person.id, key, ticked)
            )

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


def _box(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(content)
    return box
