"""The log of preparation visits and calls: who, when, where, and what they said."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import VISIT_FIELDS
from fgc_desktop.domain.network import Person, Role
from fgc_desktop.domain.preparation import PreparationVisit
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.record_list import RecordListPanel
from fgc_desktop.ui.translation import tr, tr_noop


class VisitsPanel(RecordListPanel):
    """Every visit or call while preparing, newest last, each written up in full below."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store,
            (
                (tr_noop("Date"), lambda visit: format_date(visit.visited_on)),
                (tr_noop("Who"), self._person_name),
                (tr_noop("Where"), lambda visit: visit.place),
                (tr_noop("Notes"), lambda visit: visit.notes),
            ),
            noun=tr("visit"),
            title=tr("Preparation visits and calls"),
            parent=parent,
        )
        self.visited = QLabel()
        self.visited.setObjectName("visit_person")
        self.details_layout.addWidget(self.visited)
        self.form = self.details_form(
            FieldForm(VISIT_FIELDS.values(), self._save_field, name_prefix=tr("Visit: "))
        )
        self.finish_details()
        self._people: list[tuple[str, str]] = []
        self.new_person = QComboBox()
        self.new_person.setObjectName("new_visit_person")
        self.new_person.setAccessibleName(tr("Who was visited or called"))
        self.new_date = QLineEdit()
        self.new_date.setObjectName("new_visit_date")
        self.new_date.setAccessibleName(tr("Date of the visit"))
        self.new_date.setPlaceholderText(tr("today, or 2026-03-31"))
        self.new_date.setFixedWidth(
            self.new_date.fontMetrics().horizontalAdvance(tr("today, or 2026-03-31")) + 24
        )
        who, when = QLabel(tr("Who:")), QLabel(tr("Date:"))
        who.setBuddy(self.new_person)
        when.setBuddy(self.new_date)
        self.add_button = QPushButton(tr("Log the visit"))
        self.add_button.clicked.connect(self._add)
        self.new_date.returnPressed.connect(self._add)
        for widget in (who, self.new_person, when, self.new_date, self.add_button):
            self.add_layout.addWidget(widget, 1 if widget is self.new_person else 0)

    def records_of(self, conference: Conference) -> Sequence[PreparationVisit]:
        """The visits, oldest first, as a log reads."""
        return sorted(conference.visits, key=lambda v: (v.visited_on is None, v.visited_on))

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the log and offer everyone but the children to visit next."""
        self.conference = conference  # the table's "Who" column reads names from it
        people = [(p.id, f"{p.name} ({tr(p.role.label)})") for p in _visitable(conference)]
        if people != self._people:
            chosen = self.new_person.currentData()
            self._people = people
            self.new_person.clear()
            for person_id, text in people:
                self.new_person.addItem(text, person_id)
            self.new_person.setCurrentIndex(max(self.new_person.findData(chosen), 0))
        self.add_button.setEnabled(bool(people))
        super().show_conference(conference, fresh=fresh)

    def show_details(self, record: PreparationVisit | None, *, fresh: bool) -> None:
        """Show the selected visit in full."""
        if fresh:
            self.form.reset()
        if record is None:
            self.visited.setText("")
            self.form.set_values(dict.fromkeys(VISIT_FIELDS, ""))
            return
        self.visited.setText(
            tr("<b>Visit to {value1}</b>").format(value1=_escape(self._person_name(record)))
        )
        values = {key: getattr(record, key) for key in VISIT_FIELDS}
        values["visited_on"] = format_date(record.visited_on)
        self.form.set_values(values)

    def remove_record(self, record: PreparationVisit) -> Conference:
        """Take the visit out of the log."""
        assert self.conference is not None
        return preparation.remove_visit(self.store, self.conference.id, record.id)

    def _person_name(self, visit: PreparationVisit) -> str:
        person = self.conference.person(visit.person_id) if self.conference else None
        return person.name if person is not None else tr("Someone no longer in the network")

    def _save_field(self, key: str, text: str) -> Conference:
        visit_id, conference = self.selected_id(), self.conference
        assert visit_id is not None and conference is not None
        return preparation.edit_visit(self.store, conference.id, visit_id, key, text)

    def _add(self) -> None:
        conference, person_id = self.conference, self.new_person.currentData()
        if conference is None or person_id is None:
            return
        before = {visit.id for visit in conference.visits}
        day = self.new_date.text().strip() or None
        typed = {"visited_on": day} if day else {}
        result = self.call_service(
            lambda: preparation.add_visit(self.store, conference.id, person_id, **typed)
        )
        if result is not None:
            self.new_date.clear()
            added = [visit.id for visit in result.visits if visit.id not in before]
            if added:
                self.select_id(added[0])
                self.form.editor("place").setFocus()


def _visitable(conference: Conference) -> list[Person]:
    # Family first: they are who the checklist asks to visit; professionals after them.
    others = [p for p in conference.people if p.role is not Role.CHILD]
    return sorted(others, key=lambda p: not p.role.is_family)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
