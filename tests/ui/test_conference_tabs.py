"""The conference's pages: every tab in view beside the caseload in the usual window size."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from fgc_desktop.ui.main_window import MainWindow


def test_every_page_tab_is_in_view_at_1280_by_800(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.right.setCurrentWidget(window.conference)
    tabs = window.conference.tabs
    bar = tabs.tabBar()
    qtbot.waitUntil(lambda: tabs.width() > 700)
    assert bar.count() == 11
    assert bar.sizeHint().width() <= tabs.width(), "a tab would hide behind the scroll arrows"
    assert [bar.tabText(i) for i in range(bar.count())][-2:] == ["Review", "History"]
