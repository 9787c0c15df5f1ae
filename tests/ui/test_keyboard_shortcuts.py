"""The keys for the stage moves, the conference's pages and the main commands, from any field."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.field_form import LongTextEdit
from fgc_desktop.ui.keyboard_shortcuts import PAGE_KEYS
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog
from fgc_desktop.ui.reason_dialog import ReasonDialog
from tests.ui.conftest import type_text, when_dialog_opens


def _demo(store: Store, window: MainWindow, family: str, page: str) -> str:
    demo_caseload.write_demo_caseload(store)
    window.refresh()
    conference_id = next(
        e.conference_id for e in caseload.list_conferences(store) if e.family_name == family
    )
    window.open_at(conference_id, page)
    return conference_id


def press(qtbot: QtBot, sequence: str) -> None:
    """Press a key sequence such as "Ctrl+Shift+Return" on whatever has the focus."""
    combination = QKeySequence(sequence)[0]
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, combination.key(), combination.keyboardModifiers())


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_ctrl_enter_in_a_field_moves_the_conference_on(
    qtbot: QtBot, store: Store, window: MainWindow
):
    okafor = _demo(store, window, "Okafor family", "Referral")
    _focus(qtbot, window.conference.referral.referrer.editor("referrer_name"))
    press(qtbot, "Ctrl+Return")
    qtbot.waitUntil(lambda: caseload.load(store, okafor).stage is Stage.PREPARATION)
    assert window.conference.stage_bar.stage_labels[Stage.PREPARATION].text().startswith("▶")


def test_ctrl_shift_enter_in_a_text_box_goes_back_after_asking_why(
    qtbot: QtBot, store: Store, window: MainWindow
):
    khan = _demo(store, window, "Khan family", "Referral")
    box = window.conference.referral.findChild(LongTextEdit, "worries")
    _focus(qtbot, box)
    before = box.toPlainText()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        type_text(qtbot, dialog.text, "The referrer sent new worries to look at first")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(give_reason)
    press(qtbot, "Ctrl+Shift+Return")
    qtbot.waitUntil(lambda: caseload.load(store, khan).stage is Stage.REFERRAL)
    assert box.toPlainText() == before, "the key is not typed into the text box"


def test_each_page_has_a_key_that_shows_it_with_the_focus_on_it(
    qtbot: QtBot, store: Store, window: MainWindow
):
    _demo(store, window, "Nowak family", "History")
    view = window.conference
    tab_names = [view.tabs.tabToolTip(index) for index in range(view.tabs.count())]
    assert [name for name, _key in PAGE_KEYS] == tab_names, "every page, in tab order"
    _focus(qtbot, window.caseload.filter)
    for name, key in PAGE_KEYS:
        press(qtbot, key)
        page = view.page(name)
        assert view.tabs.currentIndex() == tab_names.index(name)
        qtbot.waitUntil(lambda page=page: page.isAncestorOf(QApplication.focusWidget()))


def test_page_keys_wait_for_a_conference(qtbot: QtBot, store: Store, window: MainWindow):
    _focus(qtbot, window.caseload.filter)
    press(qtbot, "Ctrl+9")
    assert window.right.currentWidget() is window.dashboard
    assert QApplication.focusWidget() is window.caseload.filter


def test_ctrl_f_goes_to_search_everything_and_ctrl_n_starts_a_conference(
    qtbot: QtBot, store: Store, window: MainWindow
):
    _demo(store, window, "Khan family", "Network")
    press(qtbot, "Ctrl+F")
    assert window.right.currentWidget() is window.dashboard
    assert QApplication.focusWidget() is window.dashboard.search
    asked: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        asked.append(dialog)
        dialog.reject()

    when_dialog_opens(cancel)
    press(qtbot, "Ctrl+N")
    assert len(asked) == 1 and isinstance(asked[0], NewConferenceDialog)


def test_the_caseload_filter_has_its_own_mnemonic(qtbot: QtBot, store: Store, window: MainWindow):
    _demo(store, window, "Khan family", "Plan")
    _focus(qtbot, window.conference.plan.plan_form.editor("contingency"))
    press(qtbot, "Alt+N")
    assert QApplication.focusWidget() is window.caseload.filter


def shown_keys(window: MainWindow) -> Counter[str]:
    """Every key that does something on the screen as it is: actions, menus, mnemonics."""
    keys: Counter[str] = Counter()
    for action in window.findChildren(type(window.home_action)):
        if action.isEnabled() and not action.menu():
            for sequence in set(action.shortcuts()):
                keys[sequence.toString()] += 1
    for menu in window.menuBar().actions():
        keys[QKeySequence.mnemonic(menu.text()).toString()] += 1
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        labels_a_field = isinstance(widget, QLabel) and widget.buddy() is not None
        if labels_a_field or isinstance(widget, QAbstractButton):
            keys[QKeySequence.mnemonic(widget.text()).toString()] += 1
    del keys[""]
    return keys


def test_no_two_things_on_a_screen_share_a_key(qtbot: QtBot, store: Store, window: MainWindow):
    _demo(store, window, "Nowak family", "Referral")
    view = window.conference
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        keys = shown_keys(window)
        assert "Ctrl+Return" in keys and "Ctrl+Shift+Return" in keys and "Ctrl+9" in keys
        clashes = {key: count for key, count in keys.items() if count > 1}
        assert not clashes, f"{view.tabs.tabText(index)}: {clashes}"
    window.show_home()
    clashes = {key: count for key, count in shown_keys(window).items() if count > 1}
    assert not clashes, f"Home: {clashes}"
