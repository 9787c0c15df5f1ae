"""A form of checked fields that save themselves as the coordinator leaves each one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.fields import FieldSpec, Kind
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.restorative_language import DEFAULT_PHRASES, Phrase
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.restorative_highlighter import attach_restorative_language, refresh_all
from fgc_desktop.ui.store_problem import show_store_problem
from fgc_desktop.ui.translation import tr, tr_error, tr_noop, tr_steps

Save = Callable[[str, str], object]

_PLACEHOLDERS = {
    Kind.DATE: tr_noop("e.g. 2026-03-31 or 31/03/2026"),
    Kind.TIME: tr_noop("e.g. 10:30"),
}
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
# Long text is also saved after a pause in typing, so a crash mid-paragraph loses little.
TEXT_PAUSE_MS = 2000

PhraseSource = Callable[[], Sequence[Phrase]]


def default_phrases() -> Sequence[Phrase]:
    return DEFAULT_PHRASES


_phrase_source: PhraseSource = default_phrases  # the app points this at the service's list


def set_phrase_source(source: PhraseSource) -> None:
    """Where long text boxes get the blaming phrases to underline (the service's list).

    The app sets this once from its store; every text box, open or still to come, follows it.
    """
    global _phrase_source
    _phrase_source = source
    refresh_all()


def current_phrases() -> Sequence[Phrase]:
    """The phrases long text boxes underline now."""
    return _phrase_source()


class LongTextEdit(QPlainTextEdit):
    """Roomy plain text that grows with what is written and reports when it is left."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 4) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        # Tab moves on to the next field, so the form works from the keyboard alone.
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        """A bigger font (large type, the system's text size) needs the box to grow with it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrower boxes wrap onto more lines, so the height follows the width."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the box counts as finishing the edit."""
        super().focusOutEvent(event)
        self.editing_finished.emit()

    def _fit_height(self) -> None:
        lines = max(self._min_lines, min(int(self.document().size().height()) + 1, 18))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        padding = 2 * int(self.document().documentMargin())
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame + padding)


@dataclass
class _Field:
    spec: FieldSpec
    editor: QLineEdit | LongTextEdit
    error: QLabel
    saved_text: str = ""
    attempted_text: str | None = None
    # Long text's save-after-a-pause; any save supersedes it, so it never fires after closing.
    pause: QTimer | None = None

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(text)
            self.editor.setCursorPosition(0)
        else:
            self.editor.setPlainText(text)

    @property
    def has_error(self) -> bool:
        return bool(self.error.text())


class FieldForm(QWidget):
    """Labelled editors for some fields; each edit goes through `save(key, text)` when left.

    A refused value keeps its text on screen with the reason under it; `saved` carries what
    the save call returned (the updated conference).
    """

    saved = Signal(object)

    def __init__(
        self,
        specs: Iterable[FieldSpec],
        save: Save,
        parent: QWidget | None = None,
        *,
        name_prefix: str = "",
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._fields: dict[str, _Field] = {}
        self._layout = layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs:
            field = self._build_field(spec, name_prefix)
            self._fields[spec.key] = field
            label = QLabel(tr(spec.label) + ":")
            label.setBuddy(field.editor)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field.editor)
            column.addWidget(field.error)
            layout.addRow(label, box)

    def _build_field(self, spec: FieldSpec, name_prefix: str) -> _Field:
        editor: QLineEdit | LongTextEdit
        if spec.kind is Kind.TEXT:
            editor = LongTextEdit(self)
            # Free text is where blaming words creep in: underline them gently as they are typed.
            attach_restorative_language(editor, current_phrases)
        else:
            editor = QLineEdit(self)
            editor.setPlaceholderText(tr(_PLACEHOLDERS.get(spec.kind, "")))
            if spec.kind in _PLACEHOLDERS:
                editor.setMaximumWidth(editor.fontMetrics().horizontalAdvance("M" * 18))
        editor.setObjectName(spec.key)
        editor.setAccessibleName(f"{name_prefix}{tr(spec.label)}")
        error = QLabel(self)
        error.setObjectName(f"{spec.key}_error")
        error.setWordWrap(True)
        error.setStyleSheet(_ERROR_STYLE)
        error.hide()
        field = _Field(spec, editor, error)
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda: self._commit(field))
        else:
            editor.editing_finished.connect(lambda: self._commit(field))
            field.pause = pause = QTimer(editor)
            pause.setSingleShot(True)
            pause.setInterval(TEXT_PAUSE_MS)
            pause.timeout.connect(lambda: self._commit(field))
            editor.textChanged.connect(lambda: pause.start() if editor.hasFocus() else None)
        return field

    def add_row(self, label: str, widget: QWidget) -> None:
        """Another labelled input (e.g. a combo) aligned with the fields."""
        caption = QLabel(tr(label) + ":")
        caption.setBuddy(widget)
        widget.setAccessibleName(widget.accessibleName() or tr(label))
        self._layout.addRow(caption, widget)

    def editor(self, key: str) -> QLineEdit | LongTextEdit:
        """The input widget of a field, e.g. to move focus to it."""
        return self._fields[key].editor

    def error_text(self, key: str) -> str:
        """The message shown under a field, or empty text when it is fine."""
        return self._fields[key].error.text()

    def set_values(self, values: Mapping[str, str]) -> None:
        """Show stored values; a field with a refused edit keeps the coordinator's text."""
        for key, value in values.items():
            field = self._fields.get(key)
            if field is None:
                continue
            field.saved_text = value
            # The box being typed in keeps its text and cursor: a save while typing stores the
            # text trimmed, and putting that back would move the cursor to the start.
            if field.editor.hasFocus():
                continue
            if not field.has_error and field.text() != value:
                field.set_text(value)

    def reset(self) -> None:
        """Forget refused edits, e.g. when another conference or record is opened."""
        for field in self._fields.values():
            field.attempted_text = None
            self._show_error(field, "")

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field (an agreed plan cannot change)."""
        for field in self._fields.values():
            field.editor.setReadOnly(read_only)

    def commit_pending(self) -> None:
        """Save any field whose text differs from what is stored (before closing)."""
        for field in self._fields.values():
            if not field.editor.isReadOnly():
                self._commit(field)

    def _commit(self, field: _Field) -> None:
        if field.pause is not None:
            field.pause.stop()
        text = field.text()
        if text == field.saved_text:
            field.attempted_text = None
            self._show_error(field, "")
            return
        if text == field.attempted_text:
            return  # already refused; the reason is on screen
        field.attempted_text = text
        try:
            result = self._save(field.spec.key, text)
        except ValidationError as error:
            self._show_error(field, tr_error(error))
        except StageBlocked as error:
            self._show_error(field, tr_steps(error.missing))
        except StoreError as error:
            # Unlike refused input, a store problem may pass: leaving the field again retries.
            field.attempted_text = None
            self._show_error(field, tr("Not saved yet: the store could not be written."))
            show_store_problem(self.window(), error)
        else:
            field.attempted_text = None
            field.saved_text = text
            self._show_error(field, "")
            self.saved.emit(result)

    @staticmethod
    def _show_error(field: _Field, message: str) -> None:
        field.error.setText(f"⚠ {message}" if message else "")
        field.error.setVisible(bool(message))
        field.editor.setAccessibleDescription(message)
