"""Bad input and failing writes: a clear message, and what was typed stays on screen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, network, referral
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreUnwritableError
from fgc_desktop.ui import field_form
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_into, when_dialog_opens


@pytest.fixture
def opened(window: MainWindow, store: Store) -> Conference:
    """A new conference, open in the window."""
    conference = caseload.create_conference(store, "Nowak family")
    window.refresh()
    window.caseload.select(conference.id)
    return conference


def test_impossible_date_is_explained_and_kept(
    qtbot: QtBot, window: MainWindow, store: Store, opened: Conference
):
    form = window.conference.referral.referrer
    type_into(qtbot, form.editor("referral_received_on"), "31/02/2026")
    assert "31/02/2026" in form.error_text("referral_received_on")
    assert "not a real date" in form.error_text("referral_received_on")
    assert form.editor("referral_received_on").text() == "31/02/2026"
    assert caseload.load(store, opened.id).referral.received_on == opened.referral.received_on
    # Saving another field refreshes the page; the refused text must survive that.
    type_into(qtbot, form.editor("referrer_name"), "Jo Bennett")
    assert form.editor("referral_received_on").text() == "31/02/2026"
    type_into(qtbot, form.editor("referral_received_on"), "28/02/2026")
    assert form.error_text("referral_received_on") == ""
    stored = caseload.load(store, opened.id).referral.received_on
    assert stored is not None and stored.isoformat() == "2026-02-28"


def test_bad_time_and_empty_family_name(qtbot: QtBot, window: MainWindow, opened: Conference):
    meeting = window.conference.meeting.form
    window.conference.show_page("Conference day")
    type_into(qtbot, meeting.editor("starts_at"), "half ten")
    assert "write it as 10:30" in meeting.error_text("starts_at")
    family = window.conference.referral.family
    window.conference.show_page("Referral")
    family.editor("family_name").setFocus()
    family.editor("family_name").selectAll()
    qtbot.keyClick(family.editor("family_name"), Qt.Key.Key_Delete)
    qtbot.keyClick(family.editor("family_name"), Qt.Key.Key_Return)
    assert "cannot be empty" in family.error_text("family_name")


def test_blocked_move_lists_what_is_missing(qtbot: QtBot, window: MainWindow, opened: Conference):
    bar = window.conference.stage_bar
    assert "Name the referrer" in bar.checklist.text()
    qtbot.mouseClick(bar.move_on_button, Qt.MouseButton.LeftButton)
    assert bar.blocked.isVisible()
    text = bar.blocked.text()
    assert "Cannot move on to Preparation yet" in text
    for step in ("Name the referrer", "Write the reason for referral", "consent"):
        assert step in text
    assert window.conference.conference.stage is Stage.REFERRAL


def test_new_conference_needs_a_family_name(qtbot: QtBot, window: MainWindow, store: Store):
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        dialog.accept()  # with the name still empty
        error = dialog.findChild(QLineEdit, "family_name")
        seen.append(dialog.error.text())  # type: ignore[attr-defined]
        qtbot.keyClicks(error, "Jones family")
        dialog.accept()

    when_dialog_opens(answer)
    window.new_action.trigger()
    assert "cannot be empty" in seen[0]
    assert [e.family_name for e in caseload.list_conferences(store)] == ["Jones family"]


def test_store_error_on_write_shows_message_and_keeps_text(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, opened: Conference
):
    def unwritable(*_args: object) -> None:
        raise StoreUnwritableError("The caseload cannot be written (the disk is full).")

    monkeypatch.setattr(referral, "edit_conference", unwritable)
    form = window.conference.referral.details
    type_into(qtbot, form.editor("worries"), "Nobody collects them after school")
    box = window.findChild(QMessageBox, "storeProblem")
    assert box is not None and box.isVisible()
    assert "disk is full" in box.text()
    assert form.editor("worries").toPlainText() == "Nobody collects them after school"
    assert "Not saved" in form.error_text("worries")
    box.accept()
    # Once the store can be written again, leaving the field saves the kept text.
    monkeypatch.undo()
    form.editor("worries").setFocus()
    qtbot.keyClicks(form.editor("worries"), ".")
    qtbot.keyClick(form.editor("worries"), Qt.Key.Key_Tab)
    assert form.error_text("worries") == ""


def test_store_error_when_adding_a_person(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, opened: Conference
):
    def unwritable(*_args: object) -> None:
        raise StoreUnwritableError("The caseload is read-only.")

    monkeypatch.setattr(network, "add_person", unwritable)
    panel = window.conference.network
    qtbot.keyClicks(panel.new_name, "Piotr Nowak")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.new_name.text() == "Piotr Nowak"
    assert window.findChild(QMessageBox, "storeProblem") is not None


def test_long_text_is_saved_after_a_pause(
    qtbot: QtBot, window: MainWindow, store: Store, opened: Conference
):
    assert field_form.TEXT_PAUSE_MS <= 2000
    editor = window.conference.referral.details.editor("strengths")
    editor.setFocus()
    qtbot.keyClicks(editor, "Grandmother lives next door")
    qtbot.waitUntil(
        lambda: caseload.load(store, opened.id).referral.strengths == "Grandmother lives next door",
        timeout=5000,
    )
    assert editor.hasFocus()


def test_leaving_long_text_cancels_its_pending_pause_save(
    qtbot: QtBot, window: MainWindow, store: Store, opened: Conference
):
    # A pause-save left waiting would fire after the window and store have gone.
    editor = window.conference.referral.details.editor("strengths")
    editor.setFocus()
    qtbot.keyClicks(editor, "Aunt drives them")
    assert any(timer.isActive() for timer in editor.findChildren(QTimer))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert caseload.load(store, opened.id).referral.strengths == "Aunt drives them"
    assert not any(timer.isActive() for timer in editor.findChildren(QTimer))


def test_removing_people_and_roles(qtbot: QtBot, window: MainWindow, store: Store, opened):
    network.add_person(store, opened.id, "Anna Nowak", Role.PARENT)
    network.add_person(store, opened.id, "Ola Nowak", Role.CHILD)
    window.open_conference(opened.id)
    window.conference.show_conference(caseload.load(store, opened.id), fresh=True)
    panel = window.conference.network
    panel.table.selectRow(1)
    panel.role.setCurrentIndex(panel.role.findData(Role.SIBLING))
    assert caseload.load(store, opened.id).people[1].role is Role.SIBLING
    panel.table.selectRow(0)

    def remove(box: QMessageBox) -> None:
        assert "Nothing else in this conference mentions them" in box.informativeText()
        next(b for b in box.buttons() if b.text() == "Remove Anna Nowak").click()

    when_dialog_opens(remove)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in caseload.load(store, opened.id).people] == ["Ola Nowak"]
    assert panel.model.rowCount() == 1


def test_a_really_full_store_keeps_the_text_on_screen_until_it_can_be_saved(
    qtbot: QtBot, window: MainWindow, store: Store, opened: Conference
):
    # SQLite reports a store that cannot grow exactly as it reports a full disk.
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    form = window.conference.referral.details
    # Welsh, so it arrives as an input method commits it: one event, not 6,000 key presses.
    worries = "Does neb yn casglu’r plant ar ôl ysgol. " * 150
    type_into(qtbot, form.editor("worries"), worries)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storeProblem") is not None)
    box = window.findChild(QMessageBox, "storeProblem")
    assert "The disk is full" in box.text()
    assert form.editor("worries").toPlainText() == worries
    assert caseload.load(store, opened.id).referral.worries == ""
    box.accept()
    store.db.execute("PRAGMA max_page_count = 1073741823")
    type_into(qtbot, form.editor("worries"), worries)
    assert caseload.load(store, opened.id).referral.worries == worries.strip()


def test_a_read_only_store_keeps_the_text_on_screen(qtbot: QtBot, tmp_path: Path):
    path = tmp_path / "caseload.sqlite"
    writable = caseload.open_caseload(path)
    conference = caseload.create_conference(writable, "Nowak family")
    writable.close()
    # As SQLite sees a file in a read-only folder (tested for real, without root's powers, in
    # tests/store/test_connection.py): every write is refused.
    read_only = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    store = Store(read_only, path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.refresh()
    window.caseload.select(conference.id)
    form = window.conference.referral.details
    type_into(qtbot, form.editor("worries"), "Nobody collects them after school")
    box = window.findChild(QMessageBox, "storeProblem")
    assert box is not None and box.isVisible()
    assert "cannot be written (the file or its folder is read-only)" in box.text()
    assert form.editor("worries").toPlainText() == "Nobody collects them after school"
    assert "Not saved" in form.error_text("worries")
    box.accept()
    window.close()
    store.close()
    reopened = caseload.open_caseload(path)
    assert caseload.load(reopened, conference.id).referral.worries == ""
    reopened.close()
