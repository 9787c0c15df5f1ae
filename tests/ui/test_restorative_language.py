"""Blaming phrases are underlined as they are typed, with kinder words on hover and in the menu."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QPainter,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.fields import FieldSpec, Kind
from fgc_desktop.domain.restorative_language import DEFAULT_PHRASES, Phrase
from fgc_desktop.ui import field_form
from fgc_desktop.ui.field_form import FieldForm, LongTextEdit
from fgc_desktop.ui.restorative_highlighter import (
    UNDERLINE,
    RestorativeHighlighter,
    context_menu,
    refresh_all,
    tooltip_at,
)
from tests.ui.conftest import type_into, type_text, when_dialog_opens

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SPECS = [
    FieldSpec("worries", "What are the worries", Kind.TEXT),
    FieldSpec("venue", "Venue", Kind.LINE),
]


@pytest.fixture(autouse=True)
def default_phrases() -> Iterator[None]:
    """Each test starts and ends with the app's own phrase list."""
    field_form.set_phrase_source(lambda: DEFAULT_PHRASES)
    yield
    field_form.set_phrase_source(lambda: DEFAULT_PHRASES)


@pytest.fixture
def form(qtbot: QtBot) -> tuple[FieldForm, dict[str, str]]:
    """A shown form whose saves land in a dict."""
    saved: dict[str, str] = {}
    widget = FieldForm(SPECS, lambda key, text: saved.__setitem__(key, text))
    qtbot.addWidget(widget)
    widget.resize(620, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, saved


def _editor(form: FieldForm) -> LongTextEdit:
    editor = form.editor("worries")
    assert isinstance(editor, LongTextEdit)
    return editor


def _highlighter(editor: LongTextEdit) -> RestorativeHighlighter:
    found = editor.document().findChildren(RestorativeHighlighter)
    assert len(found) == 1
    return found[0]


def _underlined(editor: LongTextEdit, block_number: int = 0) -> list[str]:
    """The stretches of a paragraph carrying the wavy underline."""
    block = editor.document().findBlockByNumber(block_number)
    units = block.text().encode("utf-16-le")  # Qt counts in UTF-16 units: an emoji is two
    return [
        units[2 * f.start : 2 * (f.start + f.length)].decode("utf-16-le")
        for f in block.layout().formats()
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def _point_in(editor: LongTextEdit, text: str) -> QPoint:
    """A point on the viewport over the middle of some text in the editor."""
    start = editor.toPlainText().index(text)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start + len(text) // 2)
    return editor.cursorRect(cursor).center()


def test_a_blaming_phrase_is_underlined_as_it_is_typed(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    widget, saved = form
    editor = _editor(widget)
    type_into(qtbot, editor, "Mum refuses to engage\nand the home is chaotic family life")
    assert _underlined(editor, 0) == ["refuses to engage"]
    assert _underlined(editor, 1) == ["chaotic family"]
    block = editor.document().findBlock(4)
    underline = next(f for f in block.layout().formats() if f.start == 4)
    assert underline.length == len("refuses to engage")
    assert underline.format.underlineColor() == UNDERLINE
    # The text is kept exactly as typed; underlining is only how it looks.
    assert saved["worries"] == "Mum refuses to engage\nand the home is chaotic family life"


def test_ordinary_words_and_one_line_fields_are_not_underlined(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    widget, _ = form
    editor = _editor(widget)
    type_into(qtbot, editor, "The toxicity of the paint was checked. ")
    assert _underlined(editor) == []
    type_text(qtbot, editor, "Not toxic")
    assert _underlined(editor) == ["toxic"]
    venue = widget.editor("venue")
    assert not venue.findChildren(RestorativeHighlighter)


def test_names_in_other_scripts_keep_the_underline_in_the_right_place(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    editor = _editor(form[0])
    editor.setPlainText("عائشہ 🙂 said Dad is in denial")
    assert _underlined(editor) == ["in denial"]


# Showing a tooltip raises its window, which the offscreen platform cannot do (this marker
# replaces the conftest's, so it names that warning again).
@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_hovering_a_phrase_shows_the_kinder_words(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    editor = _editor(form[0])
    type_into(qtbot, editor, "Mum refuses to engage with the school.")
    highlighter = _highlighter(editor)
    hint = tooltip_at(editor, highlighter, _point_in(editor, "refuses to engage"))
    assert hint.startswith("<p><b>“refuses to engage”</b> can sound like blame.</p>")
    assert "we would like to understand what gets in the way" in hint
    assert tooltip_at(editor, highlighter, _point_in(editor, "school")) == ""
    # A real tooltip event on the text shows it.
    point = _point_in(editor, "to engage")
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "has not yet met with us" in QToolTip.text()
    QToolTip.hideText()


def test_the_menu_replaces_the_phrase_in_one_undoable_step(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    widget, saved = form
    editor = _editor(widget)
    type_into(qtbot, editor, "Mum refuses to engage.")
    cursor = editor.cursorForPosition(_point_in(editor, "refuses"))
    menu = context_menu(editor, _highlighter(editor), cursor)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "Kinder words for “refuses to engage”…"
    assert texts[1].startswith("Replace with “has not yet met with us;")
    assert texts[2] == ""  # a separator before the usual Undo, Cut, Copy, Paste…
    menu.actions()[1].trigger()
    changed = "Mum has not yet met with us; we would like to understand what gets in the way."
    assert editor.toPlainText() == changed
    assert _underlined(editor) == []
    editor.undo()
    assert editor.toPlainText() == "Mum refuses to engage."
    editor.redo()
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert saved["worries"] == changed


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_right_click_and_the_menu_key_open_the_menu_with_kinder_words(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    editor = _editor(form[0])
    type_into(qtbot, editor, "Dad lacks insight")
    seen: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_and_close)
            return
        seen.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(0, read_and_close)
    # A right-click, as the window system reports it (QTest's clicks make no menu event).
    point = _point_in(editor, "lacks insight")
    global_point = editor.viewport().mapToGlobal(point)
    right_click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_point)
    QApplication.sendEvent(editor.viewport(), right_click)
    qtbot.waitUntil(lambda: len(seen) == 1)
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(len("Dad lac"))
    editor.setTextCursor(cursor)
    QTimer.singleShot(0, read_and_close)
    # The Menu key (or Shift+F10): the window system sends the focused editor a keyboard
    # context menu event; the menu is for the text cursor, wherever the mouse is.
    corner = editor.cursorRect().center()
    menu_key = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, corner, editor.viewport().mapToGlobal(corner)
    )
    QApplication.sendEvent(editor, menu_key)
    qtbot.waitUntil(lambda: len(seen) == 2)
    for texts in seen:
        assert texts[0] == "Kinder words for “lacks insight”…"
        assert (
            texts[1] == "Replace with “we see this differently; we would like to hear their view”"
        )


def test_kinder_words_are_explained_in_a_message(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    editor = _editor(form[0])
    editor.setPlainText("a Bad Mother")
    menu = context_menu(
        editor, _highlighter(editor), editor.cursorForPosition(_point_in(editor, "Bad"))
    )
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Kinder words for “Bad Mother”…"
    # No quoted rewording, so nothing to replace it with: only the explanation.
    assert not any(t.startswith("Replace with") for t in texts)
    shown: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    when_dialog_opens(read)
    menu.actions()[0].trigger()
    assert shown == [
        "“Bad Mother” can sound like blame. Kinder words: describe what the child "
        "experienced, not the person"
    ]


def test_a_read_only_box_offers_no_replacement(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    widget, _ = form
    editor = _editor(widget)
    editor.setPlainText("uncooperative")
    widget.set_read_only(True)
    cursor = editor.cursorForPosition(_point_in(editor, "uncoop"))
    texts = [a.text() for a in context_menu(editor, _highlighter(editor), cursor).actions()]
    assert texts[0].startswith("Kinder words")
    assert not any(t.startswith("Replace with") for t in texts)


def test_a_changed_phrase_list_reaches_open_text_boxes(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    editor = _editor(form[0])
    editor.setPlainText("He was lazy and toxic")
    assert _underlined(editor) == ["toxic"]
    own = [Phrase("lazy", "“has not yet managed to”")]
    field_form.set_phrase_source(lambda: own)
    assert _underlined(editor) == ["lazy"]
    own.append(Phrase("toxic", "describe it"))
    refresh_all()
    assert _underlined(editor) == ["lazy", "toxic"]
    # A form opened later follows the same list.
    later = FieldForm(SPECS, lambda key, text: None)
    qtbot.addWidget(later)
    later_editor = _editor(later)
    later_editor.setPlainText("lazy")
    assert _underlined(later_editor) == ["lazy"]


def test_a_long_text_is_underlined_without_holding_up_typing(
    qtbot: QtBot, form: tuple[FieldForm, dict[str, str]]
) -> None:
    editor = _editor(form[0])
    paragraph = "The children walked to school with their aunt and had breakfast first. "
    text = "\n".join(paragraph * 4 for _ in range(75))
    assert len(text) > 20_000
    started = time.perf_counter()
    editor.setPlainText(text + "\nShe refuses to engage.")
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    assert _underlined(editor, 75) == ["refuses to engage"]
    assert elapsed < 0.5, f"{elapsed:.2f} s"
    # Typing at the end re-highlights only that paragraph.
    editor.moveCursor(QTextCursor.MoveOperation.End)
    started = time.perf_counter()
    qtbot.keyClicks(editor, " Toxic words hurt.")
    per_key = (time.perf_counter() - started) / len(" Toxic words hurt.")
    assert per_key < 0.02, f"{per_key * 1000:.1f} ms a key"


def test_picture_of_marked_phrases_with_hover_and_menu(qtbot: QtBot, tmp_path: Path) -> None:
    """FGC_SCREENSHOTS=1 keeps the picture in docs/screenshots, to look at.

    Popups are separate windows that a widget's grab leaves out, so the hover text and the
    menu are grabbed on their own and drawn where they would open.
    """
    form = FieldForm(
        [
            FieldSpec("reason", "Reason for referral", Kind.TEXT),
            FieldSpec("worries", "What are the worries", Kind.TEXT),
        ],
        lambda key, text: None,
    )
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    column.setContentsMargins(16, 16, 16, 16)
    column.addWidget(form)
    column.addStretch(1)
    page.resize(1000, 440)
    page.show()
    qtbot.waitExposed(page)
    reason = form.editor("reason")
    assert isinstance(reason, LongTextEdit)
    reason.setPlainText("Neighbours say the family is hard to reach in the evenings.")
    editor = _editor(form)
    editor.setPlainText(
        "The health visitor says Mum refuses to engage, and weekends are a chaotic family "
        "time.\nDad is in denial about the shouting the neighbours heard."
    )
    picture = QPixmap(page.size())
    picture.fill(page.palette().window().color())
    painter = QPainter(picture)
    painter.drawPixmap(0, 0, page.grab())
    hover = _point_in(reason, "hard to reach")
    tip = QLabel(tooltip_at(reason, _highlighter(reason), hover))
    tip.setWordWrap(True)
    tip.setFixedWidth(520)
    tip.setStyleSheet(
        "QLabel { background: #ffffe1; color: #262626; border: 1px solid #8a8a8a; padding: 4px; }"
    )
    tip.adjustSize()
    painter.drawPixmap(reason.viewport().mapTo(page, hover) + QPoint(10, 14), tip.grab())
    at = _point_in(editor, "refuses")
    menu = context_menu(editor, _highlighter(editor), editor.cursorForPosition(at))
    menu.adjustSize()
    painter.drawPixmap(editor.viewport().mapTo(page, at) + QPoint(2, 12), menu.grab())
    painter.end()
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert picture.save(str(folder / "restorative-language.png"))
