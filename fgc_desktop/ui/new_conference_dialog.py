"""Starting a conference: the family's name is all that is needed to begin the referral."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.translation import tr, tr_error


class NewConferenceDialog(QDialog):
    """Asks for the family name and creates the conference; refusals stay in the dialog."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New conference"))
        self.setObjectName("newConferenceDialog")
        self._store = store
        self.conference: Conference | None = None
        self.family_name = QLineEdit()
        self.family_name.setObjectName("family_name")
        self.family_name.setAccessibleName(tr("Family name"))
        self.family_name.setPlaceholderText(tr("e.g. Nowak family"))
        self.error = QLabel()
        self.error.setObjectName("family_name_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.error.hide()
        form = QFormLayout()
        label = QLabel(tr("&Family name:"))
        label.setBuddy(self.family_name)
        form.addRow(label, self.family_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start the referral"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, 140)

    def accept(self) -> None:
        """Create the conference, or say why not and keep the dialog open."""
        try:
            self.conference = caseload.create_conference(self._store, self.family_name.text())
        except (ValidationError, StoreError) as error:
            self.error.setText(f"⚠ {tr_error(error)}")
            self.error.show()
            return
        super().accept()
