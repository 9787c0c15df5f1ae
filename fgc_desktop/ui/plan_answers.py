"""The family's answer to each of the referrer's questions, and how the plan meets each bottom
line: one roomy box each, with the question or bottom line shown above it."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import FieldSpec, Kind
from fgc_desktop.services import plan_agreement
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.field_form import FieldForm, LongTextEdit
from fgc_desktop.ui.readable_colours import muted_text
from fgc_desktop.ui.translation import tr

_HINT_STYLE = "color: #555555;"
_PROMPT_STYLE = "QLabel { margin-top: 6px; }"


class _PromptedBoxes(QWidget):
    """One FieldForm whose labels are prompts (a question, a bottom line) above their boxes.

    Rebuilt only when the prompts change, so refused text stays on screen between saves.
    """

    saved = Signal(object)

    def __init__(self, empty_text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._prompts: tuple[tuple[str, str, str], ...] = ()
        self._save: Callable[[str, str], object] | None = None
        self.form: FieldForm | None = None
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(_HINT_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)

    def show_prompts(
        self,
        prompts: tuple[tuple[str, str, str], ...],
        values: dict[str, str],
        save: Callable[[str, str], object],
        *,
        fresh: bool,
    ) -> None:
        """prompts: (key, heading, detail); values: the stored text by key."""
        self._save = save
        if prompts != self._prompts or self.form is None:
            self._rebuild(prompts)
        elif fresh:
            self.form.reset()
        assert self.form is not None
        self.form.set_values(values)
        self.empty.setVisible(not prompts)

    def _rebuild(self, prompts: tuple[tuple[str, str, str], ...]) -> None:
        if self.form is not None:
            self._layout.removeWidget(self.form)
            self.form.deleteLater()
        self._prompts = prompts
        specs = [FieldSpec(key, heading, Kind.TEXT) for key, heading, _ in prompts]
        form = FieldForm(specs, self._save_field, name_prefix=f"{self._name}: ")
        form.saved.connect(self.saved.emit)
        layout = form.layout()
        assert isinstance(layout, QFormLayout)
        # A question can be a long sentence: it sits above its box, in full, never squeezed.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setVerticalSpacing(4)
        for number, (key, heading, detail) in enumerate(prompts, start=1):
            editor = form.editor(key)
            # The form's own label is squeezed to a narrow column; a full-width one replaces it.
            label = layout.labelForField(editor.parentWidget())
            if label is not None:
                label.hide()
                row, _ = layout.getWidgetPosition(label)
            else:
                row, _ = layout.getWidgetPosition(editor.parentWidget())
            text = f"<b>{number}. {escape(heading)}</b>"
            if detail:
                text += f"<br><span style='color:{muted_text()}'>{escape(detail)}</span>"
            prompt = QLabel(text)
            prompt.setTextFormat(Qt.TextFormat.RichText)
            prompt.setWordWrap(True)
            prompt.setStyleSheet(_PROMPT_STYLE)
            prompt.setBuddy(editor)
            layout.insertRow(row, prompt)
            if isinstance(editor, LongTextEdit):
                editor.setPlaceholderText(tr("In the family's own words"))
        self.form = form
        self._layout.addWidget(form)

    def _save_field(self, key: str, text: str) -> object:
        assert self._save is not None
        return self._save(key, text)

    def editor(self, number: int) -> LongTextEdit:
        """The box for the n-th prompt (from 0)."""
        assert self.form is not None
        editor = self.form.editor(self._prompts[number][0])
        assert isinstance(editor, LongTextEdit)
        return editor

    def editor_for(self, key: str) -> LongTextEdit:
        """The box for a prompt's key."""
        assert self.form is not None
        editor = self.form.editor(key)
        assert isinstance(editor, LongTextEdit)
        return editor

    def error_text(self, number: int) -> str:
        """The message under the n-th box, or empty text."""
        assert self.form is not None
        return self.form.error_text(self._prompts[number][0])

    def set_read_only(self, read_only: bool) -> None:
        if self.form is not None:
            self.form.set_read_only(read_only)

    def commit_pending(self) -> None:
        if self.form is not None:
            self.form.commit_pending()


class AnswersSection(QWidget):
    """The family's answers to the referrer's questions, saved as each box is left."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._questions: list[str] = []
        self.boxes = _PromptedBoxes(
            tr("The referral asks the family no questions. Add them on the Referral page."),
            tr("The family's answer"),
        )
        self.boxes.saved.connect(self.saved.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.boxes)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        self._conference = conference
        self._questions = conference.referral.question_list
        plan = conference.plan
        prompts = tuple((f"q{n}", q, "") for n, q in enumerate(self._questions))
        values = {}
        for key, question, _ in prompts:
            answer = plan.answer_to(question) if plan is not None else None
            values[key] = answer.answer if answer is not None else ""
        self.boxes.show_prompts(prompts, values, self._save, fresh=fresh)
        self.boxes.set_read_only(plan is not None and plan.is_agreed)

    def _save(self, key: str, text: str) -> Conference:
        assert self._conference is not None
        question = self._questions[int(key[1:])]
        return plan_agreement.answer_question(self._store, self._conference.id, question, text)

    def editor(self, number: int) -> LongTextEdit:
        """The answer box of the n-th question (from 0)."""
        return self.boxes.editor(number)

    def error_text(self, number: int) -> str:
        return self.boxes.error_text(number)

    def commit_pending(self) -> None:
        self.boxes.commit_pending()


class BottomLinesMetSection(QWidget):
    """How the plan meets each bottom line, in the family's words."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self.boxes = _PromptedBoxes(
            tr("There are no bottom lines for this plan to meet."),
            tr("How the plan meets the bottom line"),
        )
        self.boxes.saved.connect(self.saved.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.boxes)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        self._conference = conference
        plan = conference.plan
        prompts = tuple((line.id, line.text, _why(line)) for line in conference.bottom_lines)
        values = {}
        for line in conference.bottom_lines:
            response = plan.response_to(line.id) if plan is not None else None
            values[line.id] = response.how_met if response is not None else ""
        self.boxes.show_prompts(prompts, values, self._save, fresh=fresh)
        self.boxes.set_read_only(plan is not None and plan.is_agreed)

    def _save(self, key: str, text: str) -> Conference:
        assert self._conference is not None
        return plan_agreement.meet_bottom_line(self._store, self._conference.id, key, text)

    def editor(self, bottom_line_id: str) -> LongTextEdit:
        """The box saying how the plan meets one bottom line."""
        return self.boxes.editor_for(bottom_line_id)

    def commit_pending(self) -> None:
        self.boxes.commit_pending()


def _why(line: BottomLine) -> str:
    return tr("Why: {reason}").format(reason=line.reason) if line.reason else ""
