"""Tools > Signing certificate: which certificate signs plans, and setting one up ahead of time."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from fgc_desktop.services import plan_signing
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.certificate_setup_dialog import CREATE, IMPORT, CertificateSetupDialog
from fgc_desktop.ui.translation import tr


def show_signing_certificate(store: Store, parent: QWidget | None) -> None:
    """Say which certificate signs agreed plans; offer to set one up, or import another."""
    place = plan_signing.certificate_file(store)
    if not place.exists:
        _set_up(store, parent, CREATE)
        return
    whose = (
        tr("the certificate of {name}").format(name=place.subject)
        if place.subject
        else tr("the certificate")
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Signing certificate"),
        tr("Agreed plans are signed with {whose}, kept at:\n{path}").format(
            whose=whose, path=place.path
        ),
        parent=parent,
    )
    box.setObjectName("signingCertificate")
    box.setInformativeText(
        tr(
            "Keep a copy of that file and its passphrase somewhere safe. To sign with a "
            "certificate "
            "your organisation issued instead, import it; plans signed before stay checkable."
        )
    )
    other = box.addButton(tr("Import another…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    if chosen is other:
        _set_up(store, parent, IMPORT)


def _set_up(store: Store, parent: QWidget | None, tab: int) -> None:
    dialog = CertificateSetupDialog(store, parent, signing_now=False)
    dialog.tabs.setCurrentIndex(tab)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
