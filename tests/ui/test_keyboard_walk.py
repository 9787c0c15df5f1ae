"""Tab alone walks every main screen: each control it reaches has a name, none is left out or
traps the focus, and the order is the one on screen (stage bar, then the page, top to bottom)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store import backup
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.accessible_names import is_keyboard_focusable, spoken_name
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog
from fgc_desktop.ui.reason_dialog import ReasonDialog
from fgc_desktop.ui.restore_dialog import RestoreDialog
from fgc_desktop.ui.retention_window import RetentionWindow
from fgc_desktop.ui.settings_dialog import SettingsDialog
from fgc_desktop.ui.signature_dialog import SignatureDialog
from fgc_desktop.ui.statistics_window import StatisticsWindow
from fgc_desktop.ui.subject_access_window import SubjectAccessWindow
from fgc_desktop.ui.tab_order import layout_order
from fgc_desktop.ui.verify_plan_window import VerifyPlanWindow

# Far more than any screen has; reaching it means Tab never came back: a keyboard trap.
MOST_STEPS = 400


@pytest.fixture
def demo(store: Store, window: MainWindow) -> MainWindow:
    """The window on the demo caseload: a conference at every stage, names in many scripts."""
    demo_caseload.write_demo_caseload(store)
    window.refresh()
    return window


def conference_id(store: Store, family: str) -> str:
    """The demo conference of a family."""
    return next(
        e.conference_id for e in caseload.list_conferences(store) if e.family_name == family
    )


def walk_by_tab(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Press Tab on whatever has the focus until the focus is back at start; every stop."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    reached = [start]
    for _ in range(MOST_STEPS):
        focused = QApplication.focusWidget()
        assert focused is not None, f"the focus was lost after {describe(reached[-1])}"
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return reached
        assert now is not None, f"Tab from {describe(focused)} left nothing focused"
        assert now is not focused, f"Tab does not leave {describe(focused)}"
        reached.append(now)
    pytest.fail(f"Tab never came back to the start; stuck around {describe(reached[-1])}")


def describe(widget: QWidget) -> str:
    """A widget as a failing test names it."""
    return f"{type(widget).__name__} {widget.objectName()!r} {spoken_name(widget)!r}"


def should_be_reached(window: QWidget) -> list[QWidget]:
    """Every control of a window that the keyboard must be able to reach."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and is_keyboard_focusable(widget)
        and widget.focusProxy() is None
    ]


def assert_screen_walks(qtbot: QtBot, window: QWidget, start: QWidget) -> list[QWidget]:
    """Walk a screen by Tab: all reached, all named, nothing left out; the order walked."""
    reached = walk_by_tab(qtbot, start)
    unnamed = [describe(widget) for widget in reached if not spoken_name(widget)]
    assert not unnamed, f"reached by Tab without an accessible name: {unnamed}"
    missed = [describe(w) for w in should_be_reached(window) if w not in reached]
    assert not missed, f"never reached by Tab: {missed}"
    return reached


def assert_focus_is_visible(qtbot: QtBot, reached: list[QWidget]) -> None:
    """Reached by Tab, each widget looks different than without the focus: the focus shows."""
    start = reached[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    unfocused = {id(start): None}
    focused = {}
    for widget in reached[1:]:
        unfocused[id(widget)] = widget.grab().toImage()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
        focused[id(widget)] = widget.grab().toImage()
        if widget is reached[1]:
            unfocused[id(start)] = start.grab().toImage()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is start
    focused[id(start)] = start.grab().toImage()
    unmarked = [describe(w) for w in reached if focused[id(w)] == unfocused[id(w)]]
    assert not unmarked, f"nothing shows when these have the focus: {unmarked}"


def test_home_walks_from_the_caseload_to_what_is_due(qtbot: QtBot, demo: MainWindow):
    reached = assert_screen_walks(qtbot, demo, demo.caseload.filter)
    panel = demo.caseload
    assert reached[:4] == [panel.filter, panel.stage, panel.table, panel.new_button]
    assert demo.dashboard.search in reached
    # Passing through the caseload by Tab opens nothing: Home stays in front.
    assert demo.right.currentWidget() is demo.dashboard
    assert_focus_is_visible(qtbot, reached)


@pytest.mark.parametrize("family", ["Khan family", "Al-Rashid family", "Nowak family"])
def test_every_page_of_a_conference_walks_stage_bar_first_then_down_the_page(
    qtbot: QtBot, store: Store, demo: MainWindow, family: str
):
    demo.open_at(conference_id(store, family), "Referral")
    view = demo.conference
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        page = view.tabs.currentWidget()
        reached = assert_screen_walks(qtbot, demo, demo.caseload.filter)
        bar = [w for w in reached if view.stage_bar.isAncestorOf(w)]
        assert view.stage_bar.go_back_button in bar or not view.stage_bar.go_back_button.isEnabled()
        tab_bar = reached.index(view.tabs.tabBar())
        assert all(reached.index(w) < tab_bar for w in bar), "the stage bar comes before the tabs"
        on_page = [w for w in reached if page.isAncestorOf(w)]
        assert reached[tab_bar + 1 : tab_bar + 1 + len(on_page)] == on_page
        in_layout = [w for w in layout_order(page) if w.isVisible() and w.isEnabled()]
        assert on_page == in_layout, f"{view.tabs.tabText(index)}: Tab goes down the page"
        assert_focus_is_visible(qtbot, reached)


@pytest.fixture
def dialogs(store: Store, demo: MainWindow) -> Iterator[list[QDialog]]:
    """The main dialogs, each built as the menus build them; closed afterwards."""
    backup.back_up(store.path, BackupReason.SCHEDULED)  # so the restore dialog lists one
    nowak = caseload.load(store, conference_id(store, "Nowak family"))
    built: list[QDialog] = [
        SettingsDialog(store, demo),
        NewConferenceDialog(store, demo),
        ReasonDialog("Go back a stage", "Why?", "Go back", demo),
        SignatureDialog(store, nowak, nowak.people[0], demo),
        VerifyPlanWindow(store, demo),
        StatisticsWindow(store, demo),
        RetentionWindow(store, demo),
        SubjectAccessWindow(store, demo),
        RestoreDialog(store.path, store.backups, demo),
    ]
    yield built
    for dialog in built:
        dialog.close()
        dialog.deleteLater()


def test_each_main_dialog_walks_by_tab_with_every_control_named(
    qtbot: QtBot, dialogs: list[QDialog]
):
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        first = dialog.focusWidget() or should_be_reached(dialog)[0]
        assert_focus_is_visible(qtbot, assert_screen_walks(qtbot, dialog, first))
        dialog.hide()


def test_the_lock_screen_walks_by_tab(qtbot: QtBot, demo: MainWindow):
    demo.idle_lock.lock()
    screen = demo.centralWidget()
    button = screen.findChild(QPushButton)
    assert button is not None
    reached = assert_screen_walks(qtbot, demo, button)
    assert all(screen.isAncestorOf(widget) for widget in reached), "only the lock screen"
    assert_focus_is_visible(qtbot, reached)
