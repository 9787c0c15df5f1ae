"""Restoring from a backup in the app: the list, what each backup holds, confirming, reopening."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.services import backups, caseload, demo_caseload, protection
from fgc_desktop.store import backup, connection, encryption
from fgc_desktop.store.backup import StoredBackup
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui import app, caseload_session, restore_dialog
from fgc_desktop.ui.caseload_session import CaseloadSession
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.passphrase_dialog import PassphraseDialog
from fgc_desktop.ui.restore_dialog import BackupListModel, RestoreDialog
from tests.damaging import overwrite_page, pages_of
from tests.ui.conftest import type_text

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def when_shown(name: str, answer: Callable[[QWidget], None]) -> None:
    """Answer the modal window with that object name as soon as it is the active one."""

    def handle() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget.objectName() != name or not widget.isVisible():
            QTimer.singleShot(10, handle)
            return
        answer(widget)

    QTimer.singleShot(0, handle)


def click(box: QWidget, text: str) -> None:
    """Click the button with that text in a dialog or message box."""
    button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)
    button.click()


@pytest.fixture
def session(qtbot: QtBot, store: Store) -> Iterator[CaseloadSession]:
    """The app's session on the store, as `fgc-desktop` starts it, after its first check."""
    opened = CaseloadSession(store)
    window = opened.start()  # the session closes its windows itself
    qtbot.waitExposed(window)
    assert opened.health is not None
    qtbot.waitUntil(lambda: not opened.health.busy, timeout=20_000)
    yield opened
    if opened.window is not None:
        qtbot.waitUntil(lambda: opened.health is None or not opened.health.busy, timeout=20_000)
    opened.close()


def _families(window: MainWindow) -> set[str]:
    model = window.caseload.model
    return {model.index(row, 1).data() for row in range(model.rowCount())}


def test_backup_list_passes_the_model_tester(qtmodeltester: ModelTester, store: Store) -> None:
    demo_caseload.write_demo_caseload(store)
    model = BackupListModel()
    qtmodeltester.check(model)
    taken = [
        backup.back_up(store.path, BackupReason.SCHEDULED, now=datetime(2026, 11, 20, tzinfo=UTC)),
        backup.back_up(store.path, BackupReason.BEFORE_MIGRATION),
    ]
    found = backups.list_backups(store.path, store.backups)
    model.set_backups(found)
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "reading…"
    model.set_listed(backups.describe(found))
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "7" and model.index(1, 1).data() == "Regular backup"
    assert model.row_of(taken[0].path) == 1


def test_restore_a_chosen_backup_and_the_app_reopens_on_it(
    qtbot: QtBot, store: Store, session: CaseloadSession
) -> None:
    demo_caseload.write_demo_caseload(store)
    monday = backup.back_up(
        store.path, BackupReason.SCHEDULED, now=datetime.now(UTC) - timedelta(days=2)
    )
    caseload.create_conference(store, "Added after Monday family")
    old_window = session.window
    assert old_window is not None
    old_window.refresh()
    assert "Added after Monday family" in _families(old_window)
    seen: dict[str, str] = {}

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["question"], seen["holds"] = box.text(), box.informativeText()
        click(box, "Restore")

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: "Holds" in dialog.details.text(), timeout=10_000)
        row = dialog.model.row_of(monday.path)
        assert row is not None
        index = dialog.model.index(row, 0)
        dialog.table.scrollTo(index)
        qtbot.mouseClick(
            dialog.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.table.visualRect(index).center(),
        )
        seen["details"] = dialog.details.text()
        when_shown("confirmRestore", confirm)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_shown("restoreDialog", choose)
    old_window.restore_action.trigger()

    assert "Holds 7 conferences of 7 families" in seen["details"]
    assert "the caseload as it is now is backed up first" in seen["holds"]
    new_window = session.window
    assert new_window is not None and new_window is not old_window
    assert "Added after Monday family" not in _families(new_window)
    assert len(_families(new_window)) == 7
    assert session.store.path == store.path
    kept = [
        b
        for b in backups.list_backups(store.path, store.backups)
        if b.stamp.reason is BackupReason.BEFORE_RESTORE
    ]
    assert len(kept) == 1
    assert backup.read_contents(kept[0].path).conferences == 8  # nothing was lost
    restored = new_window.findChild(QMessageBox, "restored")
    assert restored is not None and kept[0].path.name in restored.text()
    assert backups.check(store.path).ok
    restored.accept()


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, store: Store, session: CaseloadSession
) -> None:
    demo_caseload.write_demo_caseload(store)
    taken = backup.back_up(store.path, BackupReason.SCHEDULED)
    overwrite_page(taken.path, pages_of(taken.path, "conferences")[0])
    window = session.window
    assert window is not None
    window.refresh()
    messages: list[str] = []

    def refused(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: "cannot be read" in dialog.details.text(), timeout=10_000)
        when_shown("confirmRestore", lambda box: click(box, "Restore"))
        when_shown("notRestored", refused)
        dialog.restore_chosen()

    when_shown("restoreDialog", choose)
    window.restore_action.trigger()
    assert messages and "is damaged" in messages[0]
    assert session.window is window  # still open on the same store
    assert len(_families(window)) == 7
    assert [b.stamp.reason for b in backups.list_backups(store.path, store.backups)] == [
        BackupReason.SCHEDULED
    ]


def test_no_backups_yet_says_so(qtbot: QtBot, store: Store) -> None:
    dialog = RestoreDialog(store.path, store.backups)
    qtbot.addWidget(dialog)
    assert "no backups of this caseload yet" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()


def test_a_store_too_damaged_to_open_is_restored_at_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "caseload.sqlite"
    store = caseload.open_caseload(path)
    demo_caseload.write_demo_caseload(store)
    taken = backup.back_up(path, BackupReason.SCHEDULED)
    store.close()
    damaged_page = pages_of(path, "people")[0]
    overwrite_page(path, damaged_page)
    damaged = path.read_bytes()
    _restore_when_offered(qtbot, monkeypatch, "damaged", more="Backups of it were found")
    reopened = app.open_store_or_ask(path)
    assert reopened is not None
    assert len(caseload.list_conferences(reopened)) == 7
    reopened.close()
    kept = [b for b in backup.list_backups(path) if b.path != taken.path]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def _restore_when_offered(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, saying: str, *, more: str = ""
) -> None:
    """Answer the next message (saying `saying`, and `more` below it) by restoring the backup it
    offers."""
    monkeypatch.setattr(app, "ask_after_store_error", lambda *_a, **_k: pytest.fail("not asked"))
    # A refused restore would wait on its warning; here it fails the test with the reason instead.
    monkeypatch.setattr(
        caseload_session, "_warn", lambda _p, title, text, _m: pytest.fail(f"{title}: {text}")
    )

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: "Holds" in dialog.details.text(), timeout=10_000)
        when_shown("confirmRestore", lambda box: click(box, "Restore"))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def offered(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and saying in box.text()
        assert more in box.informativeText()
        when_shown("restoreDialog", choose)
        click(box, "Restore from a backup…")

    QTimer.singleShot(0, lambda: _answer_first_message(offered))


def _answer_first_message(answer: Callable[[QWidget], None]) -> None:
    widget = QApplication.activeModalWidget()
    if isinstance(widget, QMessageBox) and widget.isVisible():
        answer(widget)
        return
    QTimer.singleShot(10, lambda: _answer_first_message(answer))


def test_restore_dialog_picture(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    demo_caseload.write_demo_caseload(store)
    now = datetime.now(UTC).replace(hour=16, minute=30, second=0, microsecond=0)
    moments = [now - timedelta(days=days) for days in (9, 3, 2, 1)]
    moments += [now - timedelta(hours=5), now]
    for number, moment in enumerate(moments):
        # A caseload that grows between backups, last changed shortly before each.
        caseload.create_conference(store, f"Family {number + 1}")
        changed = (moment - timedelta(minutes=40)).isoformat()
        store.db.execute("UPDATE conferences SET updated_at = ?", [changed])
        store.db.conn.commit()
        reason = BackupReason.BEFORE_MIGRATION if number == 4 else BackupReason.SCHEDULED
        backup.back_up(store.path, reason, now=moment)
    dialog = RestoreDialog(store.path, store.backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: "Holds" in dialog.details.text(), timeout=10_000)
    qtbot.wait(30)
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(folder / "restore-dialog.png"))
    assert dialog.model.rowCount() == 6


def test_a_store_too_damaged_to_list_is_restored_before_the_window_shows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "caseload.sqlite"
    store = caseload.open_caseload(path)
    demo_caseload.write_demo_caseload(store)
    backup.back_up(path, BackupReason.SCHEDULED)
    store.close()
    # The plans are not checked at opening, but the caseload list reads their latest rows.
    for page in pages_of(path, "plans", "leaf"):
        overwrite_page(path, page)
    damaged = caseload.open_caseload(path)
    _restore_when_offered(qtbot, monkeypatch, "part of it cannot be read")
    session = app.start_session(damaged)
    assert session is not None and session.window is not None
    try:
        assert session.window.caseload.model.rowCount() == 7
        qtbot.waitUntil(lambda: not session.health.busy, timeout=20_000)
        assert session.store.damage is None
    finally:
        session.close()


EARLIER = "kettle orchard pylon lantern 7"
NOW = "blue heron at dawn, 2027"


def _type_passphrase(qtbot: QtBot, dialog: PassphraseDialog, text: str) -> None:
    dialog.current.clear()
    dialog.current.setFocus()
    type_text(qtbot, dialog.current, text)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _protected_session(qtbot: QtBot, store: Store) -> tuple[CaseloadSession, StoredBackup]:
    """A caseload protected with EARLIER, backed up, then given the passphrase NOW; its session."""
    protection.protect(store, EARLIER, EARLIER)
    caseload.create_conference(store, "Nowak family")
    taken = backup.back_up(store.path, BackupReason.SCHEDULED, passphrase=store.passphrase)
    protection.change_passphrase(store, EARLIER, NOW, NOW)
    caseload.create_conference(store, "Kowalski family")
    opened = CaseloadSession(store)
    qtbot.waitExposed(opened.start())
    assert opened.health is not None
    qtbot.waitUntil(lambda: not opened.health.busy, timeout=20_000)
    return opened, taken


def test_a_backup_under_an_earlier_passphrase_asks_for_it_then_restores(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    session, taken = _protected_session(qtbot, store)
    old_window = session.window
    assert old_window is not None
    seen: dict[str, str] = {}

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["holds"] = box.informativeText()
        click(box, "Restore")

    def passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        seen["intro"] = dialog.findChild(QWidget, "intro").text()
        before = _files(tmp_path)
        _type_passphrase(qtbot, dialog, NOW)  # the caseload's own is not the backup's
        qtbot.waitUntil(lambda: "2 tries left" in dialog.message.text(), timeout=10_000)
        assert _files(tmp_path) == before  # nothing written while it is wrong
        _screenshot(dialog, tmp_path, "restore-backup-passphrase.png")
        when_shown("confirmRestore", confirm)
        _type_passphrase(qtbot, dialog, EARLIER)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: "different passphrase" in dialog.details.text(), timeout=10_000)
        row = dialog.model.row_of(taken.path)
        assert row is not None
        assert (dialog.model.index(row, 2).data(), dialog.model.index(row, 3).data()) == (
            "locked",
            "other passphrase",
        )
        seen["details"] = dialog.details.text()
        when_shown("backupPassphrase", passphrase)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_shown("restoreDialog", choose)
    old_window.restore_action.trigger()
    try:
        assert "protected by a different passphrase" in seen["details"]
        assert "keeps its current passphrase" in seen["intro"]
        assert "Holds 1 conference of 1 family" in seen["holds"]
        assert "keeps its current passphrase" in seen["holds"]
        new_window = session.window
        assert new_window is not None and new_window is not old_window
        assert _families(new_window) == {"Nowak family"}
        restored = new_window.findChild(QMessageBox, "restored")
        assert restored is not None and "keeps the caseload's passphrase" in restored.text()
        restored.accept()
        # The restored caseload opens with today's passphrase, and no longer with the old one.
        assert session.store.passphrase == NOW
        assert protection.passphrase_opens_file(store.path, NOW)
        assert not protection.passphrase_opens_file(store.path, EARLIER)
    finally:
        qtbot.waitUntil(lambda: session.health is None or not session.health.busy, timeout=20_000)
        session.close()


def test_three_wrong_passphrases_for_a_backup_open_nothing(qtbot: QtBot, store: Store) -> None:
    session, taken = _protected_session(qtbot, store)
    window = session.window
    assert window is not None
    before = _files(store.path.parent)
    seen: dict[str, str] = {}

    def passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        for left in ("2 tries left", "1 try left"):
            _type_passphrase(qtbot, dialog, "not it")
            qtbot.waitUntil(lambda left=left: left in dialog.message.text(), timeout=10_000)
        _type_passphrase(qtbot, dialog, "still not it")

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: "different passphrase" in dialog.details.text(), timeout=10_000)
        dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(taken.path) or 0, 0))
        when_shown("backupPassphrase", passphrase)
        dialog.restore_chosen()
        seen["details"] = dialog.details.text()
        assert dialog.isVisible() and dialog.chosen is None
        dialog.reject()

    when_shown("restoreDialog", choose)
    window.restore_action.trigger()
    try:
        assert "wrong 3 times" in seen["details"] and "Nothing was changed" in seen["details"]
        assert session.window is window
        assert _files(store.path.parent).keys() == before.keys()
        assert [b.path for b in backup.list_backups(store.path, store.backups)] == [taken.path]
    finally:
        session.close()


def test_restore_dialog_picture_with_passphrase_backups(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """Backups taken before protecting and before removing a passphrase, and one under another."""
    demo_caseload.write_demo_caseload(store)
    now = datetime.now(UTC).replace(hour=16, minute=30, second=0, microsecond=0)
    backup.back_up(store.path, BackupReason.SCHEDULED, now=now - timedelta(days=3))
    # What a protection cut short (the disk filled up) leaves: the caseload, unencrypted.
    encryption.backup_before_conversion(store.path, reason=BackupReason.BEFORE_ENCRYPTION)
    protection.protect(store, EARLIER, EARLIER)
    protection.unprotect(store, EARLIER)  # keeps a backup under EARLIER
    protection.protect(store, NOW, NOW)
    backup.back_up(store.path, BackupReason.SCHEDULED, passphrase=NOW)
    dialog = RestoreDialog(store.path, store.backups, passphrase=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.index(0, 2).data() != "reading…", timeout=10_000)
    reasons = [dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())]
    assert reasons == [
        "Regular backup",
        "Before the caseload's passphrase was removed",
        "Before the caseload was protected with a passphrase",
        "Regular backup",
    ]
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    assert "different passphrase" in dialog.details.text()
    qtbot.wait(30)
    _screenshot(dialog, tmp_path, "restore-dialog-passphrases.png")


def _screenshot(widget: QWidget, tmp_path: Path, name: str) -> None:
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(folder / name))


def test_another_file_under_an_earlier_passphrase_asks_for_it(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    protection.protect(store, EARLIER, EARLIER)
    caseload.create_conference(store, "Nowak family")
    stick = tmp_path / "usb stick"
    stick.mkdir()
    copy = stick / "caseload-monday.sqlite"
    backups.back_up_to(store.path, copy, store.passphrase)
    protection.change_passphrase(store, EARLIER, NOW, NOW)
    monkeypatch.setattr(
        restore_dialog.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(copy), "")
    )
    dialog = RestoreDialog(store.path, store.backups, passphrase=NOW)
    qtbot.addWidget(dialog)
    seen: dict[str, str] = {}

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["holds"] = box.informativeText()
        click(box, "Restore")

    def passphrase(asked: QWidget) -> None:
        assert isinstance(asked, PassphraseDialog)
        seen["intro"] = asked.findChild(QWidget, "intro").text()
        when_shown("confirmRestore", confirm)
        _type_passphrase(qtbot, asked, EARLIER)

    when_shown("backupPassphrase", passphrase)
    dialog.restore_other_file()
    assert seen["intro"].startswith("The file caseload-monday.sqlite is protected by a different")
    assert "Holds 1 conference" in seen["holds"]
    assert (dialog.chosen, dialog.chosen_passphrase) == (copy, EARLIER)


def test_a_store_found_damaged_as_home_is_built_is_offered_a_restore(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home and the idle lock read the store after the caseload is drawn; damage met there is
    handled as at opening: the window goes, a restore is offered, the restored caseload opens."""
    # The settings (read for Home's phrase list and the idle lock), table and key index.
    path = _damaged_copy(tmp_path, "settings", "sqlite_autoindex_settings_1")
    # As for a store over 16 MB: its tables are not read through at opening.
    monkeypatch.setattr(connection, "CHECKED_AT_OPENING_UP_TO", 0)
    damaged = caseload.open_caseload(path)
    _restore_when_offered(qtbot, monkeypatch, "cannot be read")
    session = app.start_session(damaged)
    assert session is not None and session.window is not None
    first = session.window
    assert not first.built  # Home is read only once the caseload has been drawn
    try:
        qtbot.waitUntil(
            lambda: session.window not in (None, first) and session.window.built, timeout=30_000
        )
        assert session.store.damage is None
        assert session.window.caseload.model.rowCount() == 7
        assert session.health is not None
        qtbot.waitUntil(lambda: not session.health.busy, timeout=20_000)
    finally:
        session.close()


def _damaged_copy(folder: Path, *tables: str) -> Path:
    """A demo caseload in folder, backed up, then with these tables' pages overwritten."""
    path = folder / "caseload.sqlite"
    store = caseload.open_caseload(path)
    demo_caseload.write_demo_caseload(store)
    backup.back_up(path, BackupReason.SCHEDULED)
    store.close()
    for table in tables:
        for page in pages_of(path, table):
            overwrite_page(path, page)
    return path


def test_a_caseload_chosen_instead_that_cannot_be_listed_is_explained_in_turn(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home fails on a damaged store; the file chosen instead cannot even be listed: the
    coordinator is asked again, not left with a message about a window that is gone."""
    monkeypatch.setattr(connection, "CHECKED_AT_OPENING_UP_TO", 0)
    first = _damaged_copy(tmp_path / "first", "settings", "sqlite_autoindex_settings_1")
    second = _damaged_copy(tmp_path / "second", "plans")
    asked: list[str] = []

    def reopen(error: StoreError, path: Path, _passphrase: str | None) -> Store | None:
        asked.append(path.parent.name)
        return caseload.open_caseload(second) if len(asked) == 1 else None

    # Quitting the app here would end every later test's event loops at once: note it instead.
    monkeypatch.setattr(caseload_session, "QApplication", _NotQuitting)
    _NotQuitting.codes = []
    session = CaseloadSession(caseload.open_caseload(first), reopen_after_failure=reopen)
    session.start()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    assert asked == ["first", "second"]
    assert session.window is None and _NotQuitting.codes == [1]
    session.close()


class _NotQuitting(QApplication):
    """The application class as the caseload session sees it, noting the status it exits with."""

    codes: ClassVar[list[int]] = []

    @staticmethod
    def exit(code: int = 0) -> None:
        _NotQuitting.codes.append(code)
