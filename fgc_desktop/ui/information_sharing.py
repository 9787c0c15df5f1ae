"""Information sharing: each professional's three columns, and the family's questions answered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.conference_day import FamilyQuestion, ProfessionalInformation
from fgc_desktop.domain.fields import FAMILY_QUESTION_FIELDS, PROFESSIONAL_INFORMATION_FIELDS
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import conference_day
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.field_form import FieldForm, LongTextEdit, current_phrases
from fgc_desktop.ui.presenting_view import PresentingView
from fgc_desktop.ui.restorative_highlighter import attach_restorative_language
from fgc_desktop.ui.section import section
from fgc_desktop.ui.translation import tr, tr_error

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_COLUMN_KEYS = ("worries", "working_well", "needs_to_happen")


def sharing_professionals(conference: Conference) -> list[Person]:
    """The professionals and advocates who share information, in network order."""
    return [p for p in conference.people if p.role in conference_day.SHARING_ROLES]


class ProfessionalColumns(QGroupBox):
    """One professional's worries, what is working well and what needs to happen, side by side."""

    saved = Signal(object)

    def __init__(self, store: Store, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(f"{person.name} · {person.relationship or tr(person.role.label)}", parent)
        self._store = store
        self._person_id = person.id
        self._conference_id = ""
        self._saved: dict[str, str] = dict.fromkeys(_COLUMN_KEYS, "")
        self.editors: dict[str, LongTextEdit] = {}
        self.message = QLabel()
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        columns = QHBoxLayout()
        for key in _COLUMN_KEYS:
            label = tr(PROFESSIONAL_INFORMATION_FIELDS[key].label)
            editor = LongTextEdit(min_lines=8)
            editor.setObjectName(key)
            editor.setAccessibleName(f"{label}: {person.name}")
            attach_restorative_language(editor, current_phrases)
            editor.editing_finished.connect(lambda k=key: self._left(k))
            caption = QLabel(f"<b>{label}</b>")
            caption.setBuddy(editor)
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(editor)
            column.addStretch(1)
            columns.addLayout(column, 1)
            self.editors[key] = editor
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)

    def show_information(self, conference_id: str, info: ProfessionalInformation | None) -> None:
        """Show what is stored for this professional."""
        self._conference_id = conference_id
        for key, editor in self.editors.items():
            value = getattr(info, key) if info is not None else ""
            self._saved[key] = value
            if not editor.hasFocus() and editor.toPlainText() != value:
                editor.setPlainText(value)

    def commit_pending(self) -> None:
        """Keep anything typed and not yet stored."""
        for key in self.editors:
            self._left(key)

    def _left(self, key: str) -> None:
        text = self.editors[key].toPlainText()
        if text == self._saved[key] or not self._conference_id:
            return
        conference_id = self._conference_id
        conference = attempt_edit(
            self,
            lambda: conference_day.share_information(
                self._store, conference_id, self._person_id, key, text
            ),
            self._show_message,
        )
        if conference is not None:
            self._saved[key] = text
            self.saved.emit(conference)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


class QuestionCard(QGroupBox):
    """One question the family asked, who asked, the answer and who gave it."""

    saved = Signal(object)
    removed = Signal(object)

    def __init__(self, store: Store, number: int, question_id: str) -> None:
        super().__init__(tr("Question {number}").format(number=number))
        self._store = store
        self.question_id = question_id
        self._conference_id = ""
        self.form = FieldForm(
            FAMILY_QUESTION_FIELDS.values(),
            self._save,
            name_prefix=tr("Question {number}: ").format(number=number),
        )
        self.form.saved.connect(self.saved.emit)
        self.remove_button = QPushButton(tr("Remove question"))
        self.remove_button.setAccessibleName(tr("Remove question {number}").format(number=number))
        self.remove_button.clicked.connect(self._remove)
        self.message = QLabel()
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)

    def show_question(self, conference_id: str, question: FamilyQuestion) -> None:
        """Show what is stored for the question."""
        self._conference_id = conference_id
        self.form.set_values({key: getattr(question, key) for key in FAMILY_QUESTION_FIELDS})

    def _save(self, key: str, text: str) -> Conference:
        return conference_day.edit_question(
            self._store, self._conference_id, self.question_id, key, text
        )

    def _remove(self) -> None:
        conference_id = self._conference_id
        conference = attempt_edit(
            self,
            lambda: conference_day.remove_question(self._store, conference_id, self.question_id),
            lambda text: (self.message.setText(text), self.message.setVisible(bool(text))),
        )
        if conference is not None:
            self.removed.emit(conference)


class InformationSharingPage(QWidget):
    """What the professionals share, in three columns each, and the family's questions."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._professional_ids: list[tuple[str, str]] = []
        self._question_ids: list[str] = []
        self.professionals: dict[str, ProfessionalColumns] = {}
        self.questions: dict[str, QuestionCard] = {}
        self.presenting: PresentingView | None = None

        self.present_button = QPushButton(tr("Present…"))
        self.present_button.setAccessibleName(tr("Present on a big screen"))
        self.present_button.setToolTip(
            tr(
                "Open a large-type view of the bottom lines, what professionals share, the "
                "children's voices and the questions, for a second screen or projector."
            )
        )
        self.present_button.clicked.connect(self.open_presenting_view)
        intro = QLabel(
            tr(
                "Each professional says, in plain words, what worries them, what is working well "
                "and what needs to happen. Everything is kept as you leave each box."
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.present_button)

        self.professional_rows = QWidget()
        self.professional_layout = QVBoxLayout(self.professional_rows)
        self.professional_layout.setContentsMargins(0, 0, 0, 0)
        self.no_professionals = QLabel(
            tr(
                "No professionals or advocates are in the network yet. Add the social worker and "
                "others who will share information on the Network page."
            )
        )
        self.no_professionals.setWordWrap(True)

        self.question_rows = QWidget()
        self.question_layout = QVBoxLayout(self.question_rows)
        self.question_layout.setContentsMargins(0, 0, 0, 0)
        self.new_question = LongTextEdit(min_lines=2)
        self.new_question.setObjectName("new_question")
        self.new_question.setAccessibleName(tr("The family's new question"))
        self.new_question.setPlaceholderText(tr("The question, as the family asked it"))
        self.new_asked_by = QLineEdit()
        self.new_asked_by.setObjectName("new_question_asked_by")
        self.new_asked_by.setAccessibleName(tr("Who asked the new question"))
        self.new_asked_by.setPlaceholderText(tr("Who asked"))
        self.add_question_button = QPushButton(tr("Add question"))
        self.add_question_button.clicked.connect(self._add_question)
        self.new_asked_by.returnPressed.connect(self._add_question)
        self.question_message = QLabel()
        self.question_message.setObjectName("question_message")
        self.question_message.setStyleSheet(_ERROR_STYLE)
        self.question_message.setWordWrap(True)
        self.question_message.hide()
        question_label = QLabel(tr("New question:"))
        question_label.setBuddy(self.new_question)
        asked_label = QLabel(tr("Asked by:"))
        asked_label.setBuddy(self.new_asked_by)
        adding = QHBoxLayout()
        adding.addWidget(question_label)
        adding.addWidget(self.new_question, 3)
        adding.addWidget(asked_label)
        adding.addWidget(self.new_asked_by, 1)
        adding.addWidget(self.add_question_button)
        add_box = QWidget()
        add_column = QVBoxLayout(add_box)
        add_column.setContentsMargins(0, 0, 0, 0)
        add_column.addLayout(adding)
        add_column.addWidget(self.question_message)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            section(
                tr("What the professionals share"), self.no_professionals, self.professional_rows
            )
        )
        layout.addWidget(
            section(tr("The family's questions and answers"), self.question_rows, add_box)
        )
        layout.addStretch(1)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show what has been shared and asked so far."""
        self._conference = conference
        people = sharing_professionals(conference)
        ids = [(p.id, p.name) for p in people]
        if ids != self._professional_ids:
            self._rebuild_professionals(people)
            self._professional_ids = ids
        for person in people:
            info = next(
                (i for i in conference.professional_information if i.person_id == person.id),
                None,
            )
            self.professionals[person.id].show_information(conference.id, info)
        self.no_professionals.setVisible(not people)
        question_ids = [q.id for q in conference.family_questions]
        if question_ids != self._question_ids or fresh:
            self._rebuild_questions(conference.family_questions)
            self._question_ids = question_ids
        for question in conference.family_questions:
            self.questions[question.id].show_question(conference.id, question)
        if self.presenting is not None:
            self.presenting.show_conference(conference)

    def commit_pending(self) -> None:
        """Keep anything typed and not yet stored."""
        for columns in self.professionals.values():
            columns.commit_pending()

    def open_presenting_view(self) -> PresentingView | None:
        """Open (or bring forward) the large-type view for a projector or second screen."""
        if self._conference is None:
            return None
        self.commit_pending()
        if self.presenting is None:
            self.presenting = PresentingView(self)
            self.presenting.destroyed.connect(self._presenting_closed)
        self.presenting.show_conference(self._conference)
        self.presenting.show()
        self.presenting.raise_()
        self.presenting.activateWindow()
        return self.presenting

    def _presenting_closed(self) -> None:
        self.presenting = None

    def _rebuild_professionals(self, people: list[Person]) -> None:
        for columns in self.professionals.values():
            columns.hide()
            columns.deleteLater()
        self.professionals = {}
        for person in people:
            columns = ProfessionalColumns(self._store, person)
            columns.saved.connect(self.saved.emit)
            self.professional_layout.addWidget(columns)
            self.professionals[person.id] = columns

    def _rebuild_questions(self, questions: list[FamilyQuestion]) -> None:
        for card in self.questions.values():
            card.hide()
            card.deleteLater()
        self.questions = {}
        for number, question in enumerate(questions, start=1):
            card = QuestionCard(self._store, number, question.id)
            card.saved.connect(self.saved.emit)
            card.removed.connect(self.saved.emit)
            self.question_layout.addWidget(card)
            self.questions[question.id] = card

    def _add_question(self) -> None:
        if self._conference is None:
            return
        conference_id = self._conference.id
        question = self.new_question.toPlainText()
        asked_by = self.new_asked_by.text()
        conference = self._attempt(
            lambda: conference_day.ask_question(self._store, conference_id, question, asked_by)
        )
        if conference is not None:
            self.new_question.clear()
            self.new_asked_by.clear()
            self.saved.emit(conference)
            self.new_question.setFocus()

    def _attempt(self, call: Callable[[], Conference]) -> Conference | None:
        def show(text: str) -> None:
            self.question_message.setText(f"⚠ {text}" if text else "")
            self.question_message.setVisible(bool(text))

        try:
            return attempt_edit(self, call, show)
        except (ValidationError, StageBlocked) as error:  # pragma: no cover - belt and braces
            show(tr_error(error))
            return None
