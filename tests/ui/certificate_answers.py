"""Answering the signing dialogs as a coordinator does: typing, choosing, clicking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.ui.certificate_passphrase_dialog import PassphraseDialog
from fgc_desktop.ui.certificate_setup_dialog import CREATE, CertificateSetupDialog
from tests.ui.conftest import type_text


def create_certificate(qtbot: QtBot, name: str, passphrase: str):
    """A handler for when_dialog_opens: make a certificate in the setup dialog."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, CertificateSetupDialog), type(dialog)
        dialog.tabs.setCurrentIndex(CREATE)
        if not dialog.name.text():
            type_text(qtbot, dialog.name, name)
        for editor in (dialog.new_passphrase, dialog.repeated):
            editor.setFocus()
            type_text(qtbot, editor, passphrase)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return answer


def type_passphrase(qtbot: QtBot, passphrase: str):
    """A handler for when_dialog_opens: type the passphrase and sign."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog), type(dialog)
        dialog.passphrase.setFocus()
        type_text(qtbot, dialog.passphrase, passphrase)
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    return answer
