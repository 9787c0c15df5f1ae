"""The watch over the open store: the full check after start, damage shown, regular backups."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.services import backups, caseload, demo_caseload
from fgc_desktop.store import backup
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.caseload_session import CaseloadSession
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.restore_dialog import RestoreDialog
from fgc_desktop.ui.store_health import StoreHealth
from tests.damaging import damage_in_the_middle
from tests.ui.conftest import type_into
from tests.ui.test_restore import click, when_shown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def damaged_store(tmp_path: Path) -> Iterator[Store]:
    """A demo caseload with a good backup from yesterday, then damaged where opening cannot see."""
    path = tmp_path / "caseload.sqlite"
    store = caseload.open_caseload(path)
    demo_caseload.write_demo_caseload(store)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    backup.back_up(path, BackupReason.SCHEDULED, now=yesterday)
    store.close()
    damage_in_the_middle(path)
    reopened = caseload.open_caseload(path)  # the quick check at opening passes
    yield reopened
    reopened.close()


def _start(qtbot: QtBot, store: Store, **options: int) -> CaseloadSession:
    session = CaseloadSession(store, **options)
    window = session.start()
    qtbot.waitExposed(window)
    return session


def _settle(qtbot: QtBot, session: CaseloadSession) -> None:
    qtbot.waitUntil(lambda: session.health is None or not session.health.busy, timeout=20_000)


def test_damage_found_after_start_stops_saving_and_offers_the_good_backup(
    qtbot: QtBot, damaged_store: Store, tmp_path: Path
) -> None:
    session = _start(qtbot, damaged_store)
    try:
        window = session.window
        banner = session.banner
        assert window is not None and banner is not None
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=20_000)
        qtbot.waitUntil(lambda: "newest good backup" in banner.backup.text(), timeout=20_000)
        assert banner.details == damaged_store.damage and "is damaged" in banner.toolTip()
        assert damaged_store.damage is not None
        _settle(qtbot, session)
        # No regular backup of a damaged store: it would only copy the damage.
        assert len(backup.list_backups(damaged_store.path)) == 1
        before = damaged_store.path.read_bytes()

        # Every edit is refused with the same message; what was typed stays on screen.
        okafor = next(
            e for e in caseload.list_conferences(damaged_store) if e.family_name == "Okafor family"
        )
        window.caseload.select(okafor.conference_id)
        form = window.conference.referral.details
        type_into(qtbot, form.editor("worries"), "Mum works nights; nobody checks homework")
        box = window.findChild(QMessageBox, "storeProblem")
        assert box is not None and box.isVisible()
        assert box.text() == damaged_store.damage
        assert "restore it from a backup" in box.informativeText()
        assert form.editor("worries").toPlainText() == "Mum works nights; nobody checks homework"
        assert "Not saved" in form.error_text("worries")
        folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        box.accept()
        qtbot.wait(30)
        window.grab().save(str(folder / "damaged-store.png"))
        type_into(qtbot, form.editor("strengths"), "Grandad Emeka visits on Sundays")
        box = window.findChild(QMessageBox, "storeProblem")
        assert box is not None and box.text() == damaged_store.damage
        box.accept()
        assert damaged_store.path.read_bytes() == before  # a damaged store is never written to

        # The banner's button leads to the list with the good backup chosen; restoring it
        # brings the caseload back.
        def choose(dialog: RestoreDialog) -> None:
            qtbot.waitUntil(lambda: "Holds 7 conferences" in dialog.details.text(), timeout=10_000)
            when_shown("confirmRestore", lambda confirm: click(confirm, "Restore"))
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        when_shown("restoreDialog", choose)
        qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
        assert session.store.damage is None
        assert session.banner is not None and not session.banner.isVisible()
        assert backups.check(session.store.path).ok
        assert len(caseload.list_conferences(session.store)) == 7
        _settle(qtbot, session)
    finally:
        session.close()


def test_reading_a_damaged_page_gives_a_plain_message_not_a_traceback(
    qtbot: QtBot, damaged_store: Store
) -> None:
    session = _start(qtbot, damaged_store)
    session.install_error_hook()
    try:
        assert session.window is not None
        nowak = next(
            e for e in caseload.list_conferences(damaged_store) if e.family_name == "Nowak family"
        )
        # As a button would: the read raises inside a slot, which only the hook sees.
        QTimer.singleShot(0, lambda: caseload.load(damaged_store, nowak.conference_id))
        qtbot.waitUntil(
            lambda: session.window.findChild(QMessageBox, "storeReadProblem") is not None
        )
        box = session.window.findChild(QMessageBox, "storeReadProblem")
        assert box.windowTitle() == "The caseload file is damaged"
        assert "part of it cannot be read" in box.text()
        assert "Restore from a backup" in box.informativeText()
        assert damaged_store.damage is not None
        assert session.banner is not None and session.banner.isVisibleTo(session.window)
        box.accept()
        _settle(qtbot, session)
    finally:
        session.uninstall_error_hook()
        session.close()


def test_opening_a_damaged_conference_says_so(qtbot: QtBot, damaged_store: Store) -> None:
    window = MainWindow(damaged_store)
    qtbot.addWidget(window)
    window.show()
    nowak = next(
        e for e in caseload.list_conferences(damaged_store) if e.family_name == "Nowak family"
    )
    for entry in caseload.list_conferences(damaged_store):
        window.open_conference(entry.conference_id)
        if damaged_store.damage is not None:
            break
    box = window.findChild(QMessageBox, "storeProblem")
    assert box is not None and box.windowTitle() == "The caseload file is damaged"
    assert nowak is not None


def test_a_backup_at_start_then_on_the_schedule_with_rotation(qtbot: QtBot, store: Store) -> None:
    caseload.create_conference(store, "Nowak family")
    session = _start(qtbot, store, backup_every_ms=300)
    taken: list[backup.StoredBackup] = []
    assert session.health is not None
    session.health.backup_taken.connect(taken.append)
    try:
        qtbot.waitUntil(lambda: len(taken) >= 3, timeout=20_000)
        session.health.stop()
        _settle(qtbot, session)
        # Several regular backups on one day: the rotation keeps that day's newest.
        (left,) = backup.list_backups(store.path)
        assert left.path == taken[-1].path
        assert all(b.path.name.endswith("-scheduled.sqlite") for b in taken[:1])
        assert "Backed up at" in session.window.statusBar().currentMessage()
    finally:
        session.close()


def test_no_backup_at_start_when_the_last_is_recent(qtbot: QtBot, store: Store) -> None:
    recent = backup.back_up(
        store.path, BackupReason.SCHEDULED, now=datetime.now(UTC) - timedelta(hours=3)
    )
    session = _start(qtbot, store)
    passed: list[bool] = []
    assert session.health is not None
    session.health.check_passed.connect(lambda: passed.append(True))
    try:
        qtbot.waitUntil(lambda: bool(passed), timeout=20_000)
        _settle(qtbot, session)
        assert [b.path for b in backup.list_backups(store.path)] == [recent.path]
        assert not backups.backup_due(store.path, store.backups)
        assert backups.backup_due(
            store.path, store.backups, datetime.now(UTC) + timedelta(hours=22)
        )
    finally:
        session.close()


def test_a_failing_backup_is_reported_in_the_status_bar(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the backups folder should be")
    session = _start(qtbot, store)
    try:
        window = session.window
        qtbot.waitUntil(
            lambda: "cannot be created" in window.statusBar().currentMessage(), timeout=20_000
        )
        _settle(qtbot, session)
        assert store.damage is None  # the follow-up check found the store itself sound
    finally:
        session.close()


def test_a_restore_waits_for_a_backup_being_written(qtbot: QtBot, store: Store) -> None:
    session = _start(qtbot, store)
    try:
        health = session.health
        assert health is not None
        _settle(qtbot, session)
        health.back_up()
        assert health.busy
        health.stop()
        health.wait_until_idle()  # what a restore does before it touches any file
        assert not health.busy
        assert not list(store.backups.glob("*.partial"))
        health.start_schedule()
    finally:
        session.close()


def test_paused_no_backup_starts_and_the_one_due_is_taken_at_resume(
    qtbot: QtBot, store: Store
) -> None:
    caseload.create_conference(store, "Nowak family")
    session = _start(qtbot, store)
    try:
        _settle(qtbot, session)
        health = session.health
        assert health is not None
        before = backup.list_backups(store.path, store.backups)
        assert health.wait_for_idle(0)
        health.pause()
        health.back_up()  # the schedule's tick while a conversion runs
        health.check()
        assert not health.busy and backup.list_backups(store.path, store.backups) == before
        health.resume()
        assert health.busy and not health.wait_for_idle(0)
        qtbot.waitUntil(lambda: not health.busy, timeout=20_000)
        assert health.wait_for_idle(0)
        assert len(backup.list_backups(store.path, store.backups)) == len(before) + 1
    finally:
        _settle(qtbot, session)
        session.close()


def test_damage_found_before_the_checks_began_is_shown_when_they_begin(
    qtbot: QtBot, store: Store
) -> None:
    """A read as the window was built found damage: the checks say so at once, back up nothing."""
    caseload.create_conference(store, "Nowak family")
    store.mark_damaged("The caseload is damaged: part of it cannot be read.")
    health = StoreHealth(store, backup_every_ms=100)
    taken: list[backup.StoredBackup] = []
    health.backup_taken.connect(taken.append)
    with qtbot.waitSignal(health.damage_found, timeout=5_000) as shown:
        health.start()
    assert "cannot be read" in shown.args[0]
    qtbot.waitUntil(lambda: not health.busy, timeout=20_000)
    health.stop()
    assert taken == [] and backup.list_backups(store.path) == []
