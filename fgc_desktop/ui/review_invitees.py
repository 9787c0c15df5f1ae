"""Who is invited to a review, when their letter went, and how they took part on the day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance, Person, Role
from fgc_desktop.domain.review import Review
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import review as reviews
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.network_table import CONFIDENTIAL_MARK
from fgc_desktop.ui.translation import tr

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_HINT_STYLE = "color: #555555;"
_HELPER_STYLE = "color: #0b4f8a; font-weight: bold;"


class ReviewInvitees(QWidget):
    """A row per person in the network: invited or not, their letter, how they took part."""

    saved = Signal(object)
    letters_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._review: Review | None = None
        self._rows_for: list[tuple[str, str, str]] = []
        self._showing = False
        self.read_only = False
        self.boxes: dict[str, QCheckBox] = {}
        self.attendance: dict[str, QComboBox] = {}
        self.letters: dict[str, QLineEdit] = {}
        self._saved_letters: dict[str, str] = {}
        hint = QLabel(
            tr(
                "Tick everyone invited to the review. Record the day each letter went out, and on "
                "the day, how each person took part. A letter never shows anyone else's "
                "confidential contact details."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(_HINT_STYLE)
        self.empty_note = QLabel(tr("Add people on the Network page first."))
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.sent_on = QLineEdit(date.today().isoformat())
        self.sent_on.setObjectName("review_letters_sent_on")
        self.sent_on.setAccessibleName(tr("Letters sent on"))
        self.sent_on.setMaximumWidth(self.sent_on.fontMetrics().horizontalAdvance("M" * 10))
        self.record_button = QPushButton(tr("Record letters as sent"))
        self.record_button.setAccessibleName(
            tr("Record the letters of everyone invited and not yet sent as sent on that day")
        )
        self.record_button.clicked.connect(self.record_all_sent)
        self.print_button = QPushButton(tr("Print the letters…"))
        self.print_button.setAccessibleName(tr("Preview and print the review invitation letters"))
        self.print_button.clicked.connect(self.letters_requested.emit)
        sent_label = QLabel(tr("Sent &on:"))
        sent_label.setBuddy(self.sent_on)
        self.sending = QWidget()
        sending = QHBoxLayout(self.sending)
        sending.setContentsMargins(0, 0, 0, 0)
        for widget in (self.print_button, sent_label, self.sent_on, self.record_button):
            sending.addWidget(widget)
        sending.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("review_invitees_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.rows)
        layout.addWidget(self.sending)
        layout.addWidget(self.message)

    def show_review(self, conference: Conference, review: Review, *, fresh: bool = False) -> None:
        """Show everyone in the network with this review's invitations."""
        if self._review is None or self._review.id != review.id:
            fresh = True
        self._conference, self._review = conference, review
        people = conference.people
        rows_for = [(p.id, p.name, p.role.value) for p in people]
        if rows_for != self._rows_for or fresh:
            self._rebuild(people)
            self._rows_for = rows_for
        self._showing = True
        for person in people:
            invitee = review.invitee(person.id)
            invited = invitee is not None
            self.boxes[person.id].setChecked(invited)
            combo = self.attendance[person.id]
            attendance = invitee.attendance if invitee else Attendance.NOT_RECORDED
            combo.setCurrentIndex(combo.findData(attendance))
            letter = self.letters[person.id]
            sent = format_date(invitee.letter_sent_on) if invitee else ""
            self._saved_letters[person.id] = sent
            if not letter.property("refused") and letter.text() != sent and not letter.hasFocus():
                letter.setText(sent)
        self._showing = False
        self.empty_note.setVisible(not people)
        self.rows.setVisible(bool(people))
        self.sending.setVisible(bool(review.invitees))
        self._lock()
        if fresh:
            self._show_message("")

    def set_read_only(self, read_only: bool) -> None:
        """Lock the list of a review that has ended."""
        self.read_only = read_only
        self._lock()

    def _lock(self) -> None:
        review = self._review
        for person_id, box in self.boxes.items():
            invited = review is not None and review.invitee(person_id) is not None
            box.setEnabled(not self.read_only)
            self.attendance[person_id].setEnabled(invited and not self.read_only)
            self.letters[person_id].setEnabled(invited and not self.read_only)
        self.record_button.setEnabled(not self.read_only)
        self.sent_on.setEnabled(not self.read_only)

    def _rebuild(self, people: list[Person]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # not unparented: a parentless widget would become a window
                widget.deleteLater()
        self.boxes, self.attendance, self.letters = {}, {}, {}
        for column, heading in enumerate(
            (tr("Invited"), tr("Letter sent on"), tr("How they took part"))
        ):
            self.grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        for row, person in enumerate(people, start=1):
            self._add_row(row, person)

    def _add_row(self, row: int, person: Person) -> None:
        box = QCheckBox()
        box.setAccessibleName(tr("Invite {name} to the review").format(name=person.name))
        box.toggled.connect(lambda ticked, pid=person.id: self._invited(pid, ticked))
        who = QLabel(_who(person))
        who.setTextFormat(Qt.TextFormat.RichText)
        who.setWordWrap(True)
        who.setBuddy(box)
        cell = QWidget()
        line = QHBoxLayout(cell)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(who, 1)
        letter = QLineEdit()
        letter.setObjectName(f"review_letter_{person.id}")
        letter.setPlaceholderText(tr("not sent"))
        letter.setAccessibleName(tr("Review letter sent to {name} on").format(name=person.name))
        letter.setMaximumWidth(letter.fontMetrics().horizontalAdvance("M" * 9))
        letter.editingFinished.connect(lambda pid=person.id: self._letter_left(pid))
        combo = QComboBox()
        for attendance in Attendance:
            combo.addItem(tr(attendance.label), attendance)
        combo.setAccessibleName(tr("How {name} took part in the review").format(name=person.name))
        combo.currentIndexChanged.connect(lambda _index, pid=person.id: self._attended(pid))
        self.grid.addWidget(cell, row, 0)
        self.grid.addWidget(letter, row, 1)
        self.grid.addWidget(combo, row, 2)
        self.boxes[person.id], self.letters[person.id] = box, letter
        self.attendance[person.id] = combo

    def record_all_sent(self) -> None:
        """Record the day on every letter of someone invited whose letter is not yet recorded."""
        conference, review = self._conference, self._review
        if conference is None or review is None:
            return
        waiting = [i.person_id for i in review.invitees if i.letter_sent_on is None]
        if not waiting:
            self._show_message(tr("Every invited person's letter is already recorded as sent."))
            return
        day = self.sent_on.text()

        def record() -> Conference:
            result = conference
            for person_id in waiting:
                result = reviews.record_letter_sent(
                    self._store, conference.id, review.id, person_id, day
                )
            return result

        self._call(record)

    def _invited(self, person_id: str, ticked: bool) -> None:
        if self._showing or self._conference is None or self._review is None:
            return
        conference_id, review_id = self._conference.id, self._review.id
        self._call(
            lambda: reviews.set_invited(self._store, conference_id, review_id, person_id, ticked)
        )

    def _attended(self, person_id: str) -> None:
        if self._showing or self._conference is None or self._review is None:
            return
        conference_id, review_id = self._conference.id, self._review.id
        attendance = self.attendance[person_id].currentData()
        self._call(
            lambda: reviews.set_attendance(
                self._store, conference_id, review_id, person_id, attendance
            )
        )

    def _letter_left(self, person_id: str) -> None:
        if self._showing or self._conference is None or self._review is None:
            return
        editor = self.letters[person_id]
        text = editor.text()
        if text == self._saved_letters.get(person_id) and not editor.property("refused"):
            return
        conference_id, review_id = self._conference.id, self._review.id
        # Kept on screen while the store answers; a refused date stays to be put right.
        editor.setProperty("refused", True)
        saved = self._call(
            lambda: reviews.record_letter_sent(
                self._store, conference_id, review_id, person_id, text
            )
        )
        editor.setProperty("refused", not saved)
        editor.setAccessibleDescription("" if saved else self.message.text())
        if saved:
            editor.setText(self._saved_letters.get(person_id, ""))

    def _call(self, call: Callable[[], Conference]) -> bool:
        conference = attempt_edit(self, call, self._show_message)
        if conference is None:
            # What is on screen goes back to what is stored; typed dates stay for another try.
            if self._conference is not None and self._review is not None:
                self.show_review(self._conference, self._review)
            return False
        self.saved.emit(conference)
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


def _who(person: Person) -> str:
    name = escape(person.name, quote=False)
    role = escape(person.relationship or tr(person.role.label), quote=False)
    mark = f" {tr(CONFIDENTIAL_MARK)}" if person.contact_confidential else ""
    if person.role in {Role.INTERPRETER, Role.ADVOCATE}:
        return f"{name}{mark} <span style='{_HELPER_STYLE}'>· {tr(person.role.label)}</span>"
    return f"{name}{mark} <span style='{_HINT_STYLE}'>· {role}</span>"
