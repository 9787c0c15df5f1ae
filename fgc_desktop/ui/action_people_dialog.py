"""Choosing who does an action: one or more people from the network, or a service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.network import Person
from fgc_desktop.ui.translation import tr

SEPARATOR = ", "


class ActionPeopleDialog(QDialog):
    """Tick the people who will do it; anything else typed (a service) is kept beside them."""

    def __init__(self, people: Sequence[Person], who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Who will do this?"))
        self.setObjectName("actionPeopleDialog")
        named = [part.strip() for part in who.split(",") if part.strip()]
        self.boxes: list[tuple[Person, QCheckBox]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Tick everyone from the network who will do it:")))
        for person in people:
            box = QCheckBox(f"{person.name} ({person.relationship or tr(person.role.label)})")
            box.setChecked(person.name in named)
            box.setAccessibleName(person.name)
            layout.addWidget(box)
            self.boxes.append((person, box))
        names = {person.name for person in people}
        self.service = QLineEdit(SEPARATOR.join(p for p in named if p not in names))
        self.service.setAccessibleName(tr("A service or someone outside the network"))
        self.service.setPlaceholderText(tr("e.g. the school nurse, the housing team"))
        service_label = QLabel(tr("And/or a service:"))
        service_label.setBuddy(self.service)
        layout.addWidget(service_label)
        layout.addWidget(self.service)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def who(self) -> str:
        """The names ticked, then the service, as the action's "who"."""
        chosen = [person.name for person, box in self.boxes if box.isChecked()]
        service = self.service.text().strip()
        return SEPARATOR.join([*chosen, service] if service else chosen)
