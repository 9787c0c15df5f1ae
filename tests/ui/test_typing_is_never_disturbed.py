"""Saving while a coordinator or family is still typing never moves their cursor or loses words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from fgc_desktop.services import demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_conference, type_text


def test_a_save_during_a_pause_keeps_the_cursor_where_the_typing_is(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    nowak = demo_caseload.write_demo_caseload(store)[5]
    open_conference(window, store, nowak.id, "Referral")
    reason = window.conference.referral.details.editor("referral_reason")
    reason.setFocus()
    reason.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, reason, " Another sentence. ")
    window.conference.referral.details.commit_pending()  # what the pause in typing does
    qtbot.waitUntil(lambda: "Another sentence." in window.conference.conference.referral.reason)
    type_text(qtbot, reason, "Next")
    assert reason.toPlainText().endswith("Another sentence. Next")


# The offscreen platform cannot raise a full-screen window; that is not the app's warning.
@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_the_family_view_never_shows_another_familys_unsaved_words(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    families = demo_caseload.write_demo_caseload(store)
    rhys, al_rashid = families[2], families[1]
    open_conference(window, store, rhys.id, "Conference day")
    family = window.conference.meeting.open_family_view()
    assert family is not None
    family.new_what.setPlainText("Nain collects Dafydd on Fridays")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert family.ask_to_leave()
    kept = [a.what for a in window.conference.conference.plan.actions]
    assert "Nain collects Dafydd on Fridays" in kept  # written, then kept on leaving
    open_conference(window, store, al_rashid.id, "Conference day")
    assert window.conference.meeting.open_family_view() is family
    assert family.new_what.toPlainText() == ""
    family.close()
