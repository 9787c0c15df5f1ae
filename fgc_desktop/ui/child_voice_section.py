"""The child's voice: each child's wishes and feelings, how gathered, who reads them, advocate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import CHILD_VOICE_FIELDS
from fgc_desktop.domain.network import Person, Role
from fgc_desktop.domain.preparation import VoiceMethod
from fgc_desktop.services import preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.translation import tr

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class ChildVoiceBox(QGroupBox):
    """One child's wishes and feelings, saved as the coordinator writes."""

    saved = Signal(object)

    def __init__(self, store: Store, child: Person, parent: QWidget | None = None) -> None:
        super().__init__(tr("{name}: wishes and feelings").format(name=child.name), parent)
        self._store = store
        self.child_id = child.id
        self._conference: Conference | None = None
        self._advocates: list[tuple[str, str]] = []
        self._showing = False
        self.form = FieldForm(
            CHILD_VOICE_FIELDS.values(), self._save_field, name_prefix=f"{child.name}: "
        )
        self.form.saved.connect(self.saved.emit)
        self.method = QComboBox()
        self.method.setAccessibleName(
            tr("{name}: how their voice was gathered").format(name=child.name)
        )
        for method in VoiceMethod:
            self.method.addItem(tr(method.label), method)
        self.method.currentIndexChanged.connect(self._method_chosen)
        self.form.add_row(tr("How gathered"), self.method)
        self.advocate = QComboBox()
        self.advocate.setAccessibleName(tr("{name}: advocate").format(name=child.name))
        self.advocate.currentIndexChanged.connect(self._advocate_chosen)
        self.form.add_row(tr("Advocate"), self.advocate)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)

    def show_conference(self, conference: Conference, *, fresh: bool) -> None:
        """Show what has been gathered of this child's voice."""
        self._conference = conference
        voice = conference.child_voice(self.child_id)
        if fresh:
            self.form.reset()
        self.form.set_values(
            {
                "wishes_and_feelings": voice.wishes_and_feelings if voice else "",
                "read_out_by": voice.read_out_by if voice else "",
            }
        )
        self._showing = True
        self.method.setCurrentIndex(self.method.findData(voice.method if voice else None))
        if self.method.currentIndex() < 0:
            self.method.setCurrentIndex(0)
        advocates = _advocate_choices(conference)
        if advocates != self._advocates:
            self._advocates = advocates
            self.advocate.clear()
            self.advocate.addItem(tr("Nobody yet"), None)
            for person_id, text in advocates:
                self.advocate.addItem(text, person_id)
        index = self.advocate.findData(voice.advocate_id if voice else None)
        self.advocate.setCurrentIndex(max(index, 0))
        self._showing = False

    def _save_field(self, key: str, text: str) -> Conference:
        assert self._conference is not None
        return preparation.edit_child_voice(
            self._store, self._conference.id, self.child_id, key, text
        )

    def _method_chosen(self) -> None:
        method = self.method.currentData()
        self._call(
            lambda conference_id: preparation.set_voice_method(
                self._store, conference_id, self.child_id, method
            )
        )

    def _advocate_chosen(self) -> None:
        advocate_id = self.advocate.currentData()
        self._call(
            lambda conference_id: preparation.set_advocate(
                self._store, conference_id, self.child_id, advocate_id
            )
        )

    def _call(self, call: Callable[[str], Conference]) -> None:
        if self._showing or self._conference is None:
            return
        conference_id = self._conference.id
        conference = attempt_edit(self, lambda: call(conference_id), self._show_message)
        if conference is not None:
            self.saved.emit(conference)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


def _advocate_choices(conference: Conference) -> list[tuple[str, str]]:
    # Advocates first, as they usually are the one; anyone else in the network may be chosen.
    people = [p for p in conference.people if p.role is not Role.CHILD]
    people.sort(key=lambda p: p.role is not Role.ADVOCATE)
    return [(p.id, f"{p.name} ({tr(p.role.label)})") for p in people]


class ChildVoices(QWidget):
    """A box per child; rebuilt only when the children themselves change."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._children: list[tuple[str, str]] = []
        self.boxes: dict[str, ChildVoiceBox] = {}
        self.empty_note = QLabel(tr("Add the child or children on the Network page first."))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty_note)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show every child's voice."""
        children = [(child.id, child.name) for child in conference.children]
        if children != self._children:
            self._rebuild(conference.children)
            self._children = children
            fresh = True
        for box in self.boxes.values():
            box.show_conference(conference, fresh=fresh)
        self.empty_note.setVisible(not children)

    def _rebuild(self, children: list[Person]) -> None:
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.boxes = {}
        for child in children:
            box = ChildVoiceBox(self._store, child)
            box.saved.connect(self.saved.emit)
            self._layout.addWidget(box)
            self.boxes[child.id] = box
