"""Protecting a caseload through the app: the passphrase at start, and Settings › Protection."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.services import backups, caseload, protection
from fgc_desktop.store import backup, encryption
from fgc_desktop.store.connection import Store, open_store
from fgc_desktop.ui import app
from fgc_desktop.ui.caseload_session import CaseloadSession
from fgc_desktop.ui.passphrase_dialog import PassphraseDialog
from fgc_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import type_text, when_dialog_opens

PASSPHRASE = "kettle orchard pylon lantern 7"
NEW = "blue heron at dawn, 2027"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _screenshot(widget: QWidget, tmp_path: Path, name: str) -> None:
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(folder / name))


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


@pytest.fixture
def protected_file(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.fgc.sqlite"
    store = open_store(path, PASSPHRASE)
    caseload.create_conference(store, "Nowak family")
    store.close()
    return path


def _when_message_box(answer: Callable[[QMessageBox], None]) -> None:
    """Answer the next message box, once it (not the dialog still open now) is the modal one."""

    def handle() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, handle)
            return
        answer(box)

    QTimer.singleShot(0, handle)


def _try(qtbot: QtBot, dialog: PassphraseDialog, text: str) -> None:
    """Type into the passphrase box (replacing what is there) and press the button."""
    dialog.current.clear()
    dialog.current.setFocus()
    type_text(qtbot, dialog.current, text)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)


def test_a_protected_caseload_asks_for_its_passphrase_at_start(
    qtbot: QtBot, protected_file: Path, tmp_path: Path
) -> None:
    before = _files(protected_file)
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert (
            "caseload in caseload.fgc.sqlite is protected"
            in dialog.findChild(QWidget, "intro").text()
        )
        _try(qtbot, dialog, "kettle orchard")
        qtbot.waitUntil(lambda: "2 tries left" in dialog.message.text())
        # Nothing is written while the passphrase is wrong, not even a WAL.
        assert _files(protected_file) == before
        _screenshot(dialog, tmp_path, "passphrase-prompt.png")
        seen.append(dialog.message.text())
        _try(qtbot, dialog, PASSPHRASE)

    when_dialog_opens(answer)
    store = app.open_store_or_ask(protected_file)
    assert seen == ["⚠ That passphrase is not the right one. 2 tries left."]
    assert store is not None and protection.is_protected(store)
    assert [e.family_name for e in caseload.list_conferences(store)] == ["Nowak family"]
    store.close()


def test_three_wrong_passphrases_at_start_quit_and_write_nothing(
    qtbot: QtBot, protected_file: Path
) -> None:
    before = _files(protected_file)
    explained: list[str] = []

    def acknowledge(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        explained.append(box.text())
        box.accept()

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        for left in ("2 tries left", "1 try left"):
            _try(qtbot, dialog, "not it")
            qtbot.waitUntil(lambda left=left: left in dialog.message.text())
        _when_message_box(acknowledge)
        _try(qtbot, dialog, "still not it")

    when_dialog_opens(answer)
    assert app.open_store_or_ask(protected_file) is None
    assert explained == ["The passphrase was wrong 3 times, so FGC Desktop will close."]
    assert _files(protected_file) == before  # byte for byte, and no new files


def test_quitting_at_the_passphrase_prompt_opens_nothing(
    qtbot: QtBot, protected_file: Path
) -> None:
    before = _files(protected_file)
    when_dialog_opens(lambda dialog: qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton))
    assert app.open_store_or_ask(protected_file) is None
    assert _files(protected_file) == before


@pytest.fixture
def settings(qtbot: QtBot, store: Store) -> Iterator[SettingsDialog]:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.protection)
    yield dialog


def _choose(qtbot: QtBot, dialog: PassphraseDialog, new: str, again: str) -> None:
    for field, text in ((dialog.new, new), (dialog.repeated, again)):
        field.clear()
        field.setFocus()
        type_text(qtbot, field, text)


def test_protecting_the_caseload_from_settings(
    qtbot: QtBot, store: Store, settings: SettingsDialog, tmp_path: Path
) -> None:
    caseload.create_conference(store, "Wiśniewska family")
    page = settings.protection
    assert page.status.text() == "This caseload is not protected."
    assert page.lock_enabled.isEnabled() and page.minutes.value() == 10
    _screenshot(settings, tmp_path, "settings-protection.png")
    hints: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert not dialog.current.isVisible()
        _choose(qtbot, dialog, "tiger lamp", "")
        hints.append(dialog.strength.text())
        _choose(qtbot, dialog, PASSPHRASE, PASSPHRASE[:-1])
        hints.append(dialog.match.text())
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "do not match" in dialog.message.text())
        assert not protection.is_protected(store)
        dialog.repeated.setFocus()
        type_text(qtbot, dialog.repeated, PASSPHRASE[-1])
        hints.append(dialog.match.text())
        hints.append(dialog.strength.text())
        _screenshot(dialog, tmp_path, "protect-dialog.png")
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)

    when_dialog_opens(answer)
    qtbot.mouseClick(page.protect_button, Qt.MouseButton.LeftButton)
    assert hints == [
        "Weak: add more words, or make it longer. Four unrelated words work well.",
        "Keep typing…",
        "✓ The two match.",
        "Strong. Write it down somewhere safe: it cannot be recovered.",
    ]
    assert protection.is_protected(store)
    assert not store.path.read_bytes().startswith(b"SQLite format 3")
    assert page.status.text() == "✓ This caseload is protected with a passphrase."
    assert "now encrypted" in page.outcome.text()
    assert page.lock_enabled.isChecked() and not page.lock_enabled.isEnabled()
    assert page.change_button.isVisible() and not page.protect_button.isVisible()
    caseload.create_conference(store, "Haddad family")  # the open store carries on
    assert len(caseload.list_conferences(store)) == 2
    _screenshot(settings, tmp_path, "settings-protection-protected.png")


def test_changing_and_removing_the_passphrase_need_the_current_one(
    qtbot: QtBot, store: Store, settings: SettingsDialog
) -> None:
    protection.protect(store, PASSPHRASE, PASSPHRASE)
    page = settings.protection
    page.show_state()

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        _choose(qtbot, dialog, NEW, NEW)
        _try(qtbot, dialog, "not the passphrase")
        qtbot.waitUntil(lambda: "not the right one" in dialog.message.text())
        assert dialog.isVisible()
        _try(qtbot, dialog, PASSPHRASE)

    when_dialog_opens(change)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert page.outcome.text() == "✓ The passphrase has been changed."
    assert protection.passphrase_opens(store, NEW)

    def remove(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert not dialog.new.isVisible()
        _try(qtbot, dialog, NEW)

    when_dialog_opens(remove)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert not protection.is_protected(store)
    assert store.path.read_bytes().startswith(b"SQLite format 3")
    assert "no longer encrypted" in page.outcome.text()
    assert page.protect_button.isVisible() and page.lock_enabled.isEnabled()


def test_the_lock_time_is_kept_as_chosen(
    qtbot: QtBot, store: Store, settings: SettingsDialog
) -> None:
    page = settings.protection
    page.minutes.setFocus()
    page.minutes.lineEdit().selectAll()
    type_text(qtbot, page.minutes.lineEdit(), "25")
    assert protection.lock_minutes(store) == 10  # not at every digit
    qtbot.keyClick(page.minutes, Qt.Key.Key_Return)
    assert protection.lock_minutes(store) == 25
    qtbot.keyClick(page.minutes, Qt.Key.Key_Up)
    assert protection.lock_minutes(store) == 26
    qtbot.mouseClick(page.lock_enabled, Qt.MouseButton.LeftButton)
    assert protection.lock_minutes(store) is None
    assert not page.minutes.isEnabled()
    qtbot.mouseClick(page.lock_enabled, Qt.MouseButton.LeftButton)
    assert protection.lock_minutes(store) == 26


@pytest.fixture
def held_backup(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Regular backups that, once started, hold the store open (as the real copy does) until
    the event is set, then back up for real."""
    release = threading.Event()
    started = threading.Event()
    real = backups.back_up_on_schedule

    def held(path: Path, folder: Path, passphrase: str | None = None) -> object:
        with closing(encryption.connect(path, passphrase, read_only=True)) as reading:
            reading.execute("BEGIN")
            reading.execute("SELECT COUNT(*) FROM conferences").fetchone()
            started.set()
            assert release.wait(60), "the test never let the backup go on"
            reading.rollback()
        return real(path, folder, passphrase)

    monkeypatch.setattr(backups, "back_up_on_schedule", held)
    release.started = started  # type: ignore[attr-defined]
    yield release
    release.set()


def _session(qtbot: QtBot, store: Store) -> CaseloadSession:
    session = CaseloadSession(store)
    qtbot.waitExposed(session.start())
    assert session.health is not None
    qtbot.waitUntil(lambda: not session.health.busy, timeout=20_000)
    return session


@pytest.mark.parametrize("change", ["protect", "remove", "change"])
def test_a_conversion_waits_for_a_running_backup_then_goes_ahead(
    qtbot: QtBot, store: Store, held_backup: threading.Event, tmp_path: Path, change: str
) -> None:
    if change != "protect":
        protection.protect(store, PASSPHRASE, PASSPHRASE)
    for family in ("Nowak family", "Haddad family", "Ó Briain family"):
        caseload.create_conference(store, family)
    session = _session(qtbot, store)
    health, window = session.health, session.window
    assert health is not None and window is not None
    health.back_up()
    assert held_backup.started.wait(20)  # type: ignore[attr-defined]
    assert health.busy
    seen: dict[str, object] = {}
    ticks: list[int] = []

    def passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        if change == "protect":
            _choose(qtbot, dialog, PASSPHRASE, PASSPHRASE)
            qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
        elif change == "remove":
            _try(qtbot, dialog, PASSPHRASE)
        else:
            _choose(qtbot, dialog, NEW, NEW)
            _try(qtbot, dialog, PASSPHRASE)
        qtbot.waitUntil(lambda: "waiting for it to finish" in dialog.message.text())
        # The GUI thread goes on meanwhile: timers fire, and nothing is converted yet.
        timer = QTimer(dialog)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)
        qtbot.wait(300)
        assert protection.is_protected(store) == (change != "protect")
        assert dialog.busy and dialog.isVisible()
        seen["waiting"] = dialog.message.text()
        if change == "protect":
            _screenshot(_over(settings_shown["dialog"], dialog), tmp_path, "protect-waiting.png")
        held_backup.set()

    settings_shown: dict[str, QWidget] = {}

    def settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        settings_shown["dialog"] = dialog
        dialog.tabs.setCurrentWidget(dialog.protection)
        page = dialog.protection
        button = {
            "protect": page.protect_button,
            "remove": page.remove_button,
            "change": page.change_button,
        }[change]
        when_dialog_opens(passphrase)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen["outcome"] = page.outcome.text()
        dialog.accept()

    when_dialog_opens(settings)
    window.settings_action.trigger()
    try:
        assert "waiting for it to finish" in str(seen["waiting"])
        expected = {
            "protect": "now encrypted",
            "remove": "no longer encrypted",
            "change": "passphrase has been changed",
        }[change]
        assert expected in str(seen["outcome"])
        assert protection.is_protected(store) == (change != "remove")
        if change == "change":
            assert protection.passphrase_opens(store, NEW)
        # The contents are intact, and the backup that was running was taken.
        assert sorted(e.family_name for e in caseload.list_conferences(store)) == [
            "Haddad family",
            "Nowak family",
            "Ó Briain family",
        ]
        qtbot.waitUntil(lambda: not health.busy, timeout=20_000)
        assert BackupReason.SCHEDULED in {
            b.stamp.reason for b in backup.list_backups(store.path, store.backups)
        }
        assert backups.check(store.path, store.passphrase).ok
    finally:
        held_backup.set()
        qtbot.waitUntil(lambda: not health.busy, timeout=20_000)
        session.close()


def _over(background: QWidget, dialog: QWidget) -> QWidget:
    """A picture of a dialog over the window it belongs to, as the coordinator sees them."""
    picture = background.grab()
    painter = QPainter(picture)
    front = dialog.grab()
    left, top = (picture.width() - front.width()) // 2, (picture.height() - front.height()) // 3
    painter.drawPixmap(left, top, front)
    painter.setPen(QColor("#888888"))
    painter.drawRect(left - 1, top - 1, front.width() + 1, front.height() + 1)
    painter.end()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.size())
    return label
