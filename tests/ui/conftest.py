"""Fixtures for driving the real window offscreen: a fresh store, the window, dialog answers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui import field_form
from fgc_desktop.ui.app import load_fonts, use_bundled_font
from fgc_desktop.ui.field_form import LongTextEdit
from fgc_desktop.ui.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns whenever a window's size limits change; that is not ours."""
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(scope="session", autouse=True)
def bundled_fonts(qapp: QApplication) -> None:
    """The app's own fonts, as at start-up, so every script renders in screenshots."""
    load_fonts()
    use_bundled_font(qapp)


@pytest.fixture(autouse=True)
def background_work_ends_with_its_test() -> Iterator[None]:
    """Work a test left on the thread pool would hold store files and delay the next test."""
    yield
    if not QThreadPool.globalInstance().waitForDone(30_000):
        pytest.fail("background work was still running 30 s after the test")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a temporary folder."""
    opened = caseload.open_caseload(tmp_path / "s.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    """The main window on the store, shown and active."""
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.built)  # Home and the pages follow the first drawing
    main.activateWindow()
    yield main
    # Background PDF jobs must finish before the window and store go away.
    QThreadPool.globalInstance().waitForDone(20_000)


def when_dialog_opens(answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog (which blocks in exec()) as soon as it is shown."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, handle)
            return
        answer(dialog)

    QTimer.singleShot(0, handle)


def type_into(qtbot: QtBot, editor: QLineEdit | LongTextEdit, text: str) -> None:
    """Replace an editor's text by typing, then leave the field as a coordinator would."""
    editor.setFocus()
    editor.selectAll()
    type_text(qtbot, editor, text)
    leave(editor)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text: keys for ASCII, an input-method commit for other scripts (as an IME does)."""
    if text.isascii():
        for number, line in enumerate(text.split("\n")):
            if number:
                qtbot.keyClick(widget, Qt.Key.Key_Return)
            qtbot.keyClicks(widget, line)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def leave(editor: QWidget) -> None:
    """Finish editing a field: Return in a one-line field, Tab out of a text box."""
    if isinstance(editor, QLineEdit):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    else:
        QTest.keyClick(editor, Qt.Key.Key_Tab)


def open_conference(window: MainWindow, store: Store, conference_id: str, page: str) -> None:
    """Show a conference (set up through services) in the window, at one of its pages."""
    window.refresh()
    window.caseload.select(conference_id)
    window.conference.show_conference(caseload.load(store, conference_id), fresh=True)
    window.conference.show_page(page)


def choose(combo: QComboBox, data: object) -> None:
    """Pick the combo item carrying that data, as a coordinator picks from the list."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


@pytest.fixture(autouse=True)
def default_phrases() -> Iterator[None]:
    """Each test starts from the app's own phrase list, whatever a window set before."""
    yield
    field_form.set_phrase_source(field_form.default_phrases)
