"""Gentle underlines under phrases that blame, with a kinder wording on hover and in the menu.

Shame makes families withdraw, so while a coordinator types, phrases such as "refuses to
engage" get a soft amber wavy underline (never red: it is a nudge, not an error). Hovering
shows the suggested rewording; the context menu (right-click or the Menu key) offers it and,
where the suggestion has a quoted rewording, replaces the phrase with it in one undoable edit.

Highlighting runs per paragraph (block) with the domain's cached pattern, so typing is never
held up. The service can change the phrase list in settings; `refresh_all()` then re-reads it
for every text box that has the highlighter.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit, QToolTip

from fgc_desktop.domain.restorative_language import Phrase, PhraseMatch, find_phrases
from fgc_desktop.ui.translation import tr

PhraseSource = Callable[[], Sequence[Phrase]]

UNDERLINE = QColor("#c27700")  # amber: noticeable, but not the red of a mistake
_QUOTED = re.compile(r"“([^”]+)”")
_MENU_PHRASE_CHARS = 64


class RestorativeHighlighter(QSyntaxHighlighter):
    """Underlines blaming phrases in a document with a wavy amber line."""

    def __init__(self, document: QTextDocument, phrases: Sequence[Phrase]) -> None:
        super().__init__(document)
        self._phrases = tuple(phrases)
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(UNDERLINE)

    @property
    def phrases(self) -> tuple[Phrase, ...]:
        """The phrases underlined now."""
        return self._phrases

    def set_phrases(self, phrases: Sequence[Phrase]) -> None:
        """Underline another list of phrases (e.g. after the service edited it)."""
        phrases = tuple(phrases)
        if phrases != self._phrases:
            self._phrases = phrases
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Underline every blaming phrase in one paragraph."""
        for found in find_phrases(text, self._phrases):
            start, end = _qt_index(text, found.start), _qt_index(text, found.end)
            self.setFormat(start, end - start, self.underline)

    def match_at(self, block: QTextBlock, position_in_block: int) -> PhraseMatch | None:
        """The marked phrase at a cursor position in a block (Qt's units), if any.

        The match's start and end are returned in Qt's units too, ready for a QTextCursor.
        """
        text = block.text()
        for found in find_phrases(text, self._phrases):
            start, end = _qt_index(text, found.start), _qt_index(text, found.end)
            if start <= position_in_block <= end:
                return PhraseMatch(start, end, found.phrase)
        return None


def _qt_index(text: str, index: int) -> int:
    """A Python string index as Qt counts it (UTF-16 units: emoji take two)."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text[:index]):
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def rewording(phrase: Phrase) -> str | None:
    """The suggestion's quoted rewording, e.g. “has not yet met with us”, if it has one."""
    quoted = _QUOTED.search(phrase.suggestion)
    return quoted.group(1).strip() if quoted else None


def hint(phrase_text: str, phrase: Phrase) -> str:
    """What the message says about a marked phrase."""
    return tr("“{phrase}” can sound like blame. Kinder words: {suggestion}").format(
        phrase=phrase_text, suggestion=phrase.suggestion
    )


def hint_html(phrase_text: str, phrase: Phrase) -> str:
    """The hover text: the same words as rich text, so a long suggestion wraps."""
    return (
        "<p>"
        + tr("<b>“{phrase}”</b> can sound like blame.").format(phrase=escape(phrase_text))
        + "</p><p>"
        + tr("Kinder words: {suggestion}").format(suggestion=escape(phrase.suggestion))
        + "</p>"
    )


@dataclass
class _Attached:
    highlighter: RestorativeHighlighter
    source: PhraseSource


# Every text box with the highlighter, so a changed phrase list reaches them all at once.
_attached: weakref.WeakValueDictionary[int, _Attached] = weakref.WeakValueDictionary()


def refresh_all() -> None:
    """Re-read the phrase list for every text box with the highlighter (after settings)."""
    for attached in list(_attached.values()):
        try:
            attached.highlighter.set_phrases(attached.source())
        except RuntimeError:
            continue  # its text box has been closed since


class _Hints(QObject):
    """Shows the suggestion on hover and adds the kinder wording to the context menu."""

    def __init__(self, editor: QPlainTextEdit, attached: _Attached) -> None:
        super().__init__(editor)
        self.editor = editor
        self.attached = attached  # kept alive by the editor through this filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answer tooltips on the text, and context menus from the mouse or the Menu key."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tooltip(event)
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            on_text = watched is self.editor.viewport()
            if event.reason() == QContextMenuEvent.Reason.Mouse and on_text:
                cursor = self.editor.cursorForPosition(event.pos())
            else:
                cursor = self.editor.textCursor()
            menu = context_menu(self.editor, self.attached.highlighter, cursor)
            global_pos = event.globalPos()
            if event.reason() != QContextMenuEvent.Reason.Mouse:
                rect = self.editor.cursorRect(cursor)
                global_pos = self.editor.viewport().mapToGlobal(rect.bottomLeft())
            menu.exec(global_pos)
            menu.deleteLater()
            return True
        return False

    def _tooltip(self, event: QHelpEvent) -> bool:
        text = tooltip_at(self.editor, self.attached.highlighter, event.pos())
        if text:
            QToolTip.showText(event.globalPos(), text, self.editor.viewport())
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def tooltip_at(
    editor: QPlainTextEdit, highlighter: RestorativeHighlighter, viewport_pos: QPoint
) -> str:
    """The hover text for a point on the editor's viewport: a suggestion, or empty text."""
    cursor = editor.cursorForPosition(viewport_pos)
    found = highlighter.match_at(cursor.block(), cursor.positionInBlock())
    if found is None:
        return ""
    # cursorForPosition finds the nearest position even beyond the end of a line: check the
    # pointer really is over the phrase.
    block = cursor.block()
    start, end = _cursor(block, found.start, found.start), _cursor(block, found.end, found.end)
    left, right = editor.cursorRect(start), editor.cursorRect(end)
    if left.top() == right.top() and not left.left() <= viewport_pos.x() <= right.right():
        return ""
    return hint_html(_phrase_text(block, found), found.phrase)


def context_menu(
    editor: QPlainTextEdit, highlighter: RestorativeHighlighter, cursor: QTextCursor
) -> QMenu:
    """The editor's usual menu, with the kinder wording first when the cursor is on a phrase."""
    menu = editor.createStandardContextMenu()
    found = highlighter.match_at(cursor.block(), cursor.positionInBlock())
    if found is None:
        return menu
    block = cursor.block()
    phrase_text = _phrase_text(block, found)
    shown = _shortened(phrase_text)
    first = menu.actions()[0] if menu.actions() else None
    explain = QAction(tr("Kinder words for “{shown}”…").format(shown=shown), menu)
    explain.triggered.connect(lambda: _explain(editor, phrase_text, found.phrase))
    added = [explain]
    better = rewording(found.phrase)
    if better and not editor.isReadOnly():
        replace = QAction(tr("Replace with “{value1}”").format(value1=_shortened(better)), menu)
        replace.triggered.connect(lambda: replace_phrase(editor, block, found, better))
        added.append(replace)
    menu.insertActions(first, added)
    menu.insertSeparator(first)
    return menu


def replace_phrase(
    editor: QPlainTextEdit, block: QTextBlock, found: PhraseMatch, words: str
) -> None:
    """Put the kinder words in place of the phrase, as one step that Undo takes back."""
    cursor = _cursor(block, found.start, found.end)
    cursor.beginEditBlock()
    cursor.insertText(words)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.setFocus(Qt.FocusReason.OtherFocusReason)


def _explain(editor: QPlainTextEdit, phrase_text: str, phrase: Phrase) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, tr("Restorative language"), hint(phrase_text, phrase),
        QMessageBox.StandardButton.Ok, editor.window(),
    )  # fmt: skip
    box.setInformativeText(
        tr("Describing what happened, rather than who someone is, helps families stay in the room.")
    )
    box.exec()


def _cursor(block: QTextBlock, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _phrase_text(block: QTextBlock, found: PhraseMatch) -> str:
    """The phrase as written in the text (its own case and spacing)."""
    return " ".join(_cursor(block, found.start, found.end).selectedText().split())


def _shortened(text: str) -> str:
    if len(text) <= _MENU_PHRASE_CHARS:
        return text
    return text[: _MENU_PHRASE_CHARS - 1].rstrip() + "…"


def attach_restorative_language(
    editor: QPlainTextEdit, phrases: PhraseSource
) -> RestorativeHighlighter:
    """Underline blaming phrases in an editor, with hover hints and kinder words in its menu."""
    highlighter = RestorativeHighlighter(editor.document(), phrases())
    attached = _Attached(highlighter, phrases)
    hints = _Hints(editor, attached)
    editor.viewport().installEventFilter(hints)
    editor.installEventFilter(hints)  # the Menu key sends the context menu to the editor
    _attached[id(attached)] = attached
    return highlighter
