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
from fgc_desktop.ui.translation import tr, tr_error

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
        self.setWindowTitle(tr("Set up plan signing"))
        self.setObjectName("certificateSetupDialog")
        intro = QLabel(
            tr(
                "Agreed plans are signed digitally, so anyone can check later that a copy is "
                "exactly the plan as agreed. Signing needs a certificate, protected by a "
                "passphrase "
                "only you know. This is needed once."
            )
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._create_page(), tr("Create my certificate"))
        self.tabs.addTab(self._import_page(), tr("Use my organisation's certificate"))
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
            tr(
                "FGC Desktop makes a certificate in your name, signed by itself. Plans signed with "
                "it are recognised by this caseload; other programs show it as from an unknown "
                "issuer, which is expected."
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        self.name = QLineEdit(details.name)
        self.name.setObjectName("certificateName")
        self.name.setAccessibleName(tr("Your name, as the certificate shows it"))
        self.service = QLabel(details.service or "—")
        self.new_passphrase = _password("newPassphrase", tr("New passphrase"))
        self.repeated = _password("repeatedPassphrase", tr("New passphrase again"))
        form = QFormLayout()
        form.addRow(tr("Your &name:"), self.name)
        form.addRow(tr("Service:"), self.service)
        form.addRow(tr("&Passphrase:"), self.new_passphrase)
        form.addRow(tr("&Again:"), self.repeated)
        hint = QLabel(
            tr(
                "At least {SHORTEST_PASSPHRASE} characters; a few words is easy to "
                "remember and hard to guess. If it is lost, the certificate cannot be "
                "used: make a new one (plans signed before stay checkable)."
            ).format(SHORTEST_PASSPHRASE=plan_signing.SHORTEST_PASSPHRASE)
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
            tr(
                "If your organisation gave you a certificate file (.p12 or .pfx) and its "
                "passphrase, choose it here. A copy is kept with the caseload."
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        self.chosen_file = QLineEdit()
        self.chosen_file.setObjectName("certificateFile")
        self.chosen_file.setAccessibleName(tr("Certificate file"))
        self.chosen_file.setPlaceholderText(tr("No file chosen"))
        self.choose_button = QPushButton(tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.chosen_file, 1)
        row.addWidget(self.choose_button)
        self.import_passphrase = _password("importPassphrase", tr("The file's passphrase"))
        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.chosen_file)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(tr("&Passphrase:"), self.import_passphrase)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def choose_file(self) -> None:
        """Pick the organisation's certificate file."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose your organisation's certificate"),
            str(Path.home()),
            tr("Certificate files (*.p12 *.pfx);;All files (*)"),
        )
        if name:
            self.chosen_file.setText(name)
            self.import_passphrase.setFocus()

    def set_up(self) -> None:
        """Create or import; on any problem say why and keep everything typed."""
        try:
            self.key = self._create() if self.tabs.currentIndex() == CREATE else self._import()
        except (CertificateProblem, ValidationError, StoreError) as error:
            self.message.setText(tr_error(error))
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
            raise ValidationError(
                tr("Certificate file"), tr("choose the file your organisation gave you")
            )
        return plan_signing.import_certificate(
            self._store, Path(self.chosen_file.text().strip()), self.import_passphrase.text()
        )

    def _name_ok_button(self) -> None:
        creating = self.tabs.currentIndex() == CREATE
        verb = tr("Create") if creating else tr("Import")
        self.ok_button.setText(
            (tr("Create and sign") if creating else tr("Import and sign"))
            if self._signing_now
            else verb
        )
        self.message.hide()


def _password(name: str, accessible: str) -> QLineEdit:
    editor = QLineEdit()
    editor.setObjectName(name)
    editor.setAccessibleName(accessible)
    editor.setEchoMode(QLineEdit.EchoMode.Password)
    return editor
