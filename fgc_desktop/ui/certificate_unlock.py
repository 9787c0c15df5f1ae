"""The signing key for an agreement: opened earlier this session, or asked for now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from fgc_desktop.services import plan_signing
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.certificate_passphrase_dialog import PassphraseDialog
from fgc_desktop.ui.certificate_setup_dialog import CertificateSetupDialog

if TYPE_CHECKING:
    from fgc_desktop.documents.signing_certificate import SigningKey


def unlock_signing_key(store: Store, parent: QWidget | None) -> SigningKey | None:
    """The key to sign with, asking for the passphrase or a certificate; None if cancelled."""
    key = plan_signing.opened_key(store)
    if key is not None:
        return key
    exists = plan_signing.certificate_file(store).exists
    dialog = PassphraseDialog(store, parent) if exists else CertificateSetupDialog(store, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.key
    finally:
        dialog.deleteLater()
