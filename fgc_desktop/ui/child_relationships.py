"""What a person is to each child, where that differs ("Father" to one, "Stepfather" to another)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person, Role
from fgc_desktop.services import network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.translation import tr


class ChildRelationships(QWidget):
    """One line per child; empty means the person's general relationship applies."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._person: Person | None = None
        self.editors: dict[str, QLineEdit] = {}
        self.rows = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.message.hide()
        note = QLabel(tr("Only where it differs between the children; leave empty otherwise."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(self.rows)
        layout.addWidget(self.message)

    def show_person(self, conference: Conference, person: Person | None) -> None:
        """Show what the person is to each of the conference's children."""
        children = conference.children if person and person.role is not Role.CHILD else []
        same_people = (
            self._person is not None and person is not None and self._person.id == person.id
        )
        self._conference, self._person = conference, person
        if not same_people or set(self.editors) != {child.id for child in children}:
            self._rebuild(children)
        for child in children:
            assert person is not None  # children are only listed for a chosen person
            editor = self.editors[child.id]
            if not editor.hasFocus():
                specific = conference.relationship_to(person, child)
                editor.setText("" if specific == person.relationship else specific)
            editor.setPlaceholderText(person.relationship or tr("Relationship"))
        self.setVisible(len(children) > 1)

    def _rebuild(self, children: list[Person]) -> None:
        while self.rows.rowCount():
            self.rows.removeRow(0)
        self.editors = {}
        for child in children:
            editor = QLineEdit()
            editor.setAccessibleName(tr("Relationship to {name}").format(name=child.name))
            editor.editingFinished.connect(lambda child_id=child.id: self._save(child_id))
            caption = QLabel(tr("To {name}:").format(name=child.name))
            caption.setBuddy(editor)
            self.rows.addRow(caption, editor)
            self.editors[child.id] = editor

    def _save(self, child_id: str) -> None:
        if self._conference is None or self._person is None:
            return
        conference_id, person_id = self._conference.id, self._person.id
        text = self.editors[child_id].text()
        conference = attempt_edit(
            self,
            lambda: network.set_child_relationship(
                self._store, conference_id, person_id, child_id, text
            ),
            self._show_message,
        )
        if conference is not None:
            self.saved.emit(conference)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))
