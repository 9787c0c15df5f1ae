"""Asking for the signing certificate's passphrase when a plan is agreed (once a session)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.services import plan_signing
from fgc_desktop.services.plan_signing import CertificateProblem
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.translation import tr, tr_error

if TYPE_CHECKING:
    from fgc_desktop.documents.signing_certificate import SigningKey

ERROR_STYLE = "color: #a4000f; font-weight: bold;"
HINT_STYLE = "color: #555555;"


class PassphraseDialog(QDialog):
    """The passphrase, checked on the spot; a wrong one says so and the dialog stays open."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.key: SigningKey | None = None
        self.setWindowTitle(tr("Sign the agreed plan"))
        self.setObjectName("passphraseDialog")
        place = plan_signing.certificate_file(store)
        whose = " " + tr("of {name}").format(name=place.subject) if place.subject else ""
        intro = QLabel(
            tr(
                "The agreed plan is signed digitally with the certificate{whose}, so "
                "anyone can check later that a copy is exactly the plan as agreed.\n\nType "
                "the certificate's passphrase. It is asked once while the app is open and "
                "is never saved."
            ).format(whose=whose)
        )
        intro.setWordWrap(True)
        label = QLabel(tr("&Passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Certificate passphrase"))
        label.setBuddy(self.passphrase)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        where = QLabel(tr("Certificate file: {path}").format(path=place.path))
        where.setWordWrap(True)
        where.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(tr("Sign and agree"))
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(where)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(480, 260)

    def try_passphrase(self) -> None:
        """Open the certificate; keep the dialog open with the reason when it does not open."""
        try:
            self.key = plan_signing.open_signing_key(self._store, self.passphrase.text())
        except CertificateProblem as error:
            self.message.setText(tr_error(error))
            self.message.show()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()
