"""Starting the interface: fonts for every script, opening the store safely, the main window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from fgc_desktop.resource_files import fonts_folder
from fgc_desktop.services import caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import (
    CorruptStoreError,
    EncryptedStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreUnwritableError,
)
from fgc_desktop.ui.caseload_session import CaseloadSession, restore_before_opening
from fgc_desktop.ui.interface_language import chosen_language
from fgc_desktop.ui.translation import install_translator, tr, tr_error, tr_noop

APP_NAME = "FGC Desktop"
ORGANISATION = "FGC Desktop"
# Noto Sans first; Arabic and CJK names fall back to the bundled fonts that have them.
FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Droid Sans Fallback"]

_TITLES = {
    NotAStoreError: tr_noop("Not an FGC Desktop caseload"),
    CorruptStoreError: tr_noop("The caseload file is damaged"),
    NewerStoreError: tr_noop("Made by a newer FGC Desktop"),
    StoreUnwritableError: tr_noop("The caseload cannot be written"),
}


def load_fonts() -> list[str]:
    """Load every bundled font into Qt; returns the families now available."""
    families: list[str] = []
    for path in sorted(fonts_folder().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def use_bundled_font(app: QApplication) -> None:
    """Make Noto Sans the interface font, keeping the system's point size."""
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    app.setFont(font)


def ask_after_store_error(error: StoreError, parent: QWidget | None = None) -> Path | None:
    """Explain why the store cannot be used; the file chosen instead, or None to quit."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    title = next(
        (t for kind, t in _TITLES.items() if isinstance(error, kind)), tr_noop("Cannot open")
    )
    box = QMessageBox(QMessageBox.Icon.Critical, tr(title), tr_error(error), parent=parent)
    box.setInformativeText(tr("Choose another caseload file, or quit. Nothing has been changed."))
    choose = box.addButton(tr("Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Choose a caseload file (an existing one, or a new name)"),
        str(caseload.default_store_path().parent),
        tr("FGC Desktop caseloads (*.sqlite);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(path) if path else None


def open_store_or_ask(path: Path | None) -> Store | None:
    """Open the store; on a bad file ask for another until one opens or the user quits.

    A damaged store with backups beside it is offered a restore first.
    """
    while True:
        typed: list[str] = []
        try:
            return open_asking_passphrase(path, typed)
        except StoreError as error:
            if isinstance(error, CorruptStoreError) and restore_before_opening(
                error, path or caseload.default_store_path(), typed[0] if typed else None
            ):
                continue
            chosen = ask_after_store_error(error)
            if chosen is None:
                return None
            path = chosen


def open_asking_passphrase(path: Path | None, typed: list[str] | None = None) -> Store | None:
    """Open the store, asking for its passphrase when it is protected; None to quit.

    The store is opened for writing only once a passphrase has been checked, read only. The
    passphrase is added to typed, for a restore when the store then proves damaged.
    """
    try:
        return caseload.open_caseload(path)
    except EncryptedStoreError:
        target = path or caseload.default_store_path()
    # Only a protected caseload needs these, so they are not loaded for the others.
    from fgc_desktop.services import protection
    from fgc_desktop.ui.passphrase_dialog import ask_passphrase

    passphrase = ask_passphrase(
        lambda text: protection.require_passphrase(target, text),
        intro=(
            tr(
                "The caseload in {name} is protected with a passphrase. Type the "
                "passphrase to open it."
            ).format(name=target.name)
        ),
    )
    if passphrase is None:
        return None
    if typed is not None:
        typed.append(passphrase)
    return caseload.open_caseload(target, passphrase)


def demo_store() -> Store:
    """A new temporary store filled with the demo caseload."""
    from fgc_desktop.services import demo_caseload

    folder = Path(tempfile.mkdtemp(prefix="fgc-demo-"))
    store = caseload.open_caseload(folder / "demo.fgc.sqlite")
    demo_caseload.write_demo_caseload(store)
    return store


def run(store_path: Path | None, *, demo: bool = False, argv: list[str] | None = None) -> int:
    """Start the app on a store (or a fresh demo one) and return the exit status."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    load_fonts()
    use_bundled_font(app)
    # Before the store: its passphrase prompt and error messages are the first words shown.
    install_translator(chosen_language())
    store = demo_store() if demo else open_store_or_ask(store_path)
    if store is None:
        return 1
    session = start_session(store)
    if session is None:
        return 1
    session.install_error_hook()
    try:
        return app.exec()
    finally:
        session.close()


def start_session(store: Store) -> CaseloadSession | None:
    """Show the window on the store; one too damaged to list is offered a restore, or another."""
    session = CaseloadSession(store, reopen_after_failure=_after_failed_start)
    return session if session.open() else None


def _after_failed_start(error: StoreError, path: Path, passphrase: str | None) -> Store | None:
    if isinstance(error, CorruptStoreError) and restore_before_opening(error, path, passphrase):
        return open_store_or_ask(path)
    chosen = ask_after_store_error(error)
    return open_store_or_ask(chosen) if chosen is not None else None
