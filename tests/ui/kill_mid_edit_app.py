"""Run by test_kill_mid_edit in a child process: the real window, typed into with QTest.

Not a test and not part of the app: it opens the store given on the command line, shows the
real MainWindow on the conference, types into referral fields as a coordinator would, leaves
each one, and prints `left KEY` once it has left it. Then it types into one more text box, waits
for the pause save, and keeps typing (printing `typed N`) until the test kills it.
"""

from __future__ import annotations

import sys
import time
from itertools import count
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from fgc_desktop.services import caseload
from fgc_desktop.ui import field_form
from fgc_desktop.ui.app import load_fonts, use_bundled_font
from fgc_desktop.ui.main_window import MainWindow

# (form, field, text): one-line fields left with Return, text boxes with Tab.
LEFT_FIELDS = (
    ("referrer", "referrer_name", "Jo Bennett"),
    ("referrer", "referrer_role", "Social worker"),
    ("referrer", "referrer_phone", "01632 960123"),
    ("details", "referral_reason", "Children often alone in the evenings.\nSchool is worried."),
    ("details", "worries", "Dziadek Józef nie może już pomagać; دعم الجدة مهم"),
)
KILLED_FIELD = ("details", "strengths")
SAVED_BY_PAUSE = "Grandmother lives next door"


def type_text(widget: QWidget, text: str) -> None:
    """Keys for ASCII, an input-method commit for other scripts (as an IME does)."""
    if not text.isascii():
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)
        return
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        QTest.keyClicks(widget, line)


def leave(editor: QWidget) -> None:
    """Finish the field as a coordinator does: Return in a line, Tab out of a text box."""
    QTest.keyClick(editor, Qt.Key.Key_Return if isinstance(editor, QLineEdit) else Qt.Key.Key_Tab)


def wait_for(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QApplication.processEvents()
        time.sleep(0.01)


def main(store_path: Path, conference_id: str) -> None:
    app = QApplication([sys.argv[0]])
    load_fonts()
    use_bundled_font(app)
    store = caseload.open_caseload(store_path)
    window = MainWindow(store)
    window.show()
    window.activateWindow()
    wait_for(window.isActiveWindow, 10)
    window.caseload.select(conference_id)
    wait_for(lambda: window.conference.conference is not None, 10)
    referral = window.conference.referral
    for form_name, key, text in LEFT_FIELDS:
        editor = getattr(referral, form_name).editor(key)
        editor.setFocus()
        wait_for(editor.hasFocus, 5)
        type_text(editor, text)
        leave(editor)
        QApplication.processEvents()
        print(f"left {key}", flush=True)
    form_name, key = KILLED_FIELD
    editor = getattr(referral, form_name).editor(key)
    editor.setFocus()
    wait_for(editor.hasFocus, 5)
    print(f"typing {key}", flush=True)
    type_text(editor, SAVED_BY_PAUSE)
    seconds = field_form.TEXT_PAUSE_MS / 1000 + 5
    wait_for(lambda: caseload.load(store, conference_id).referral.strengths, seconds)
    print("saved after the pause", flush=True)
    for typed in count(1):
        QTest.keyClick(editor, "x")
        QApplication.processEvents()
        if typed % 25 == 0:
            print(f"typed {typed}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
