"""Setting up the certificate plans are signed with: make one, or import the organisation's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import coordinator, plan_signing
from fgc_desktop.services.plan_signing import CertificateProblem
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.certificate_passphrase_dialog import ERROR_STYLE, HINT_STYLE

if TYPE_CHECKING:
    from fgc_desktop.documents.signing_certificate import SigningKey

CREATE, IMPORT = 0, 1


class CertificateSetupDialog(QDialog):
    """Two ways to get a signing certificate, each checked before anything is kept."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, signing_now: bool = True
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._signing_now = signing_now
        self.key: SigningKey | None = None
        self.setWindowTitle("Set up plan signing")
        self.setObjectName("certificateSetupDialog")
        intro = QLabel(
            "Agreed plans are signed digitally, so anyone can check later that a copy is "
            "exactly the plan as agreed. Signing needs a certificate, protected by a passphrase "
            "only you know. This is needed once."
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._create_page(), "Create my certificate")
        self.tabs.addTab(self._import_page(), "Use my organisation's certificate")
        self.message = QLabel()
        self.message.setObjectName("certificateMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.set_up)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(self._name_ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._name_ok_button()
        self.resize(580, 380)

    def _create_page(self) -> QWidget:
        details = coordinator.coordinator(self._store)
        page = QWidget()
        explain = QLabel(
            "FGC Desktop makes a certificate in your name, signed by itself. Plans signed with "
            "it are recognised by this caseload; other programs show it as from an unknown "
            "issuer, which is expected."
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        self.name = QLineEdit(details.name)
        self.name.setObjectName("certificateName")
        self.name.setAccessibleName("Your name, as the certificate shows it")
        self.service = QLabel(details.service or "—")
        self.new_passphrase = _password("newPassphrase", "New passphrase")
        self.repeated = _password("repeatedPassphrase", "New passphrase again")
        form = QFormLayout()
        form.addRow("Your &name:", self.name)
        form.addRow("Service:", self.service)
        form.addRow("&Passphrase:", self.new_passphrase)
        form.addRow("&Again:", self.repeated)
        hint = QLabel(
            f"At least {plan_signing.SHORTEST_PASSPHRASE} characters; a few words is easy to "
            "remember and hard to guess. If it is lost, the certificate cannot be used: make a "
            "new one (plans signed before stay checkable)."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _import_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            "If your organisation gave you a certificate file (.p12 or .pfx) and its "
            "passphrase, choose it here. A copy is kept with the caseload."
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        self.chosen_file = QLineEdit()
        self.chosen_file.setObjectName("certificateFile")
        self.chosen_file.setAccessibleName("Certificate file")
        self.chosen_file.setPlaceholderText("No file chosen")
        self.choose_button = QPushButton("Choose…")
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.chosen_file, 1)
        row.addWidget(self.choose_button)
        self.import_passphrase = _password("importPassphrase", "The file's passphrase")
        file_label = QLabel("&File:")
        file_label.setBuddy(self.chosen_file)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow("&Passphrase:", self.import_passphrase)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def choose_file(self) -> None:
        """Pick the organisation's certificate file."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Choose your organisation's certificate",
            str(Path.home()),
            "Certificate files (*.p12 *.pfx);;All files (*)",
        )
        if name:
            self.chosen_file.setText(name)
            self.import_passphrase.setFocus()

    def set_up(self) -> None:
        """Create or import; on any problem say why and keep everything typed."""
        try:
            self.key = self._create() if self.tabs.currentIndex() == CREATE else self._import()
        except (CertificateProblem, ValidationError, StoreError) as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.accept()

    def _create(self) -> SigningKey:
        name = self.name.text()
        if name.strip() != coordinator.coordinator(self._store).name:
            coordinator.edit_coordinator(self._store, "name", name)
        return plan_signing.create_certificate(
            self._store, self.new_passphrase.text(), self.repeated.text()
        )

    def _import(self) -> SigningKey:
        if not self.chosen_file.text().strip():
            raise ValidationError("Certificate file", "choose the file your organisation gave you")
        return plan_signing.import_certificate(
            self._store, Path(self.chosen_file.text().strip()), self.import_passphrase.text()
        )

    def _name_ok_button(self) -> None:
        creating = self.tabs.currentIndex() == CREATE
        verb = "Create" if creating else "Import"
        self.ok_button.setText(f"{verb} and sign" if self._signing_now else verb)
        self.message.hide()


def _password(name: str, accessible: str) -> QLineEdit:
    editor = QLineEdit()
    editor.setObjectName(name)
    editor.setAccessibleName(accessible)
    editor.setEchoMode(QLineEdit.EchoMode.Password)
    return editor
