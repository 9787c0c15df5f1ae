"""Invitations: who is invited, whether their letter went out, and printing every letter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.preparation import Invitation, InvitationMethod
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import invitations, preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.invitation_letters_preview import LettersPreview
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.network_table import CONFIDENTIAL_MARK
from fgc_desktop.ui.record_table_model import RecordTableModel
from fgc_desktop.ui.section import section
from fgc_desktop.ui.translation import tr, tr_noop, tr_words

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_WARNING_STYLE = (
    "color: #7a4a00; background: #fff4d6; border: 1px solid #d9b84a; border-radius: 4px; "
    "padding: 6px;"
)


@dataclass(frozen=True)
class Invitee:
    """One row of the list: a person invited and their latest letter sent, if any."""

    id: str
    name: str
    taking_part: str
    confidential: bool
    sent: Invitation | None

    @property
    def sent_text(self) -> str:
        """When and how the letter went, or that it has not."""
        if self.sent is None:
            return tr("Not sent yet")
        return f"✓ {format_date(self.sent.sent_on)}, {tr(self.sent.method.label).lower()}"


def invitees_of(conference: Conference) -> list[Invitee]:
    """Everyone invited, in network order, with their latest invitation sent."""
    rows = []
    for person in conference.invitees:
        sent = [i for i in conference.invitations if i.person_id == person.id]
        latest = max(sent, key=lambda i: i.sent_on, default=None)
        rows.append(
            Invitee(
                person.id,
                person.name,
                tr(person.participation.label),
                person.contact_confidential,
                latest,
            )
        )
    return rows


_COLUMNS = (
    (tr_noop("Name"), lambda row: row.name),
    (tr_noop("Takes part"), lambda row: row.taking_part),
    (tr_noop("Letter"), lambda row: row.sent_text),
    (tr_noop("Contact"), lambda row: tr(CONFIDENTIAL_MARK) if row.confidential else ""),
)


class InvitationsPage(QWidget):
    """Warnings first, then the invitees; record letters as sent or print them all."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self.preview: LettersPreview | None = None
        intro = QLabel(
            tr(
                "Everyone who will take part gets a letter of their own: the date, time and "
                "venue, what will happen, and who to call. A letter never shows anyone else's "
                "confidential "
                "contact details."
            )
        )
        intro.setWordWrap(True)
        self.print_button = QPushButton(tr("Print all letters…"))
        self.print_button.setAccessibleName(tr("Preview and print every invitation letter"))
        self.print_button.clicked.connect(self.show_letters)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.print_button)
        self.warnings = QLabel()
        self.warnings.setObjectName("invitation_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        self.warnings.hide()
        self.empty_note = QLabel(
            tr("Nobody is invited yet. Choose how each person will take part on the Network page.")
        )
        self.empty_note.setWordWrap(True)
        self.model: RecordTableModel[Invitee] = RecordTableModel(_COLUMNS, self)
        self.table = self._build_table()
        self._build_sending_row()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        self.select_hint = QLabel(
            tr(
                "Select whose letters went out (Ctrl+click or Shift+click for several), then "
                "record them as sent."
            )
        )
        self.select_hint.setWordWrap(True)
        layout.addWidget(
            section(
                tr("Invited"),
                self.empty_note,
                self.select_hint,
                self.table,
                self.sending,
                self.message,
            )
        )
        layout.addStretch(1)

    def _build_table(self) -> QTableView:
        # Letters usually go out together, so several can be recorded as sent at once.
        table = list_table(self.model, tr("People invited"), several=True, rows_shown=10)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return table

    def _build_sending_row(self) -> None:
        self.sent_on = QLineEdit(date.today().isoformat())
        self.sent_on.setObjectName("invitation_sent_on")
        self.sent_on.setAccessibleName(tr("Letter sent on"))
        self.sent_on.setPlaceholderText(tr("today, or 2026-03-31"))
        self.sent_on.setFixedWidth(
            self.sent_on.fontMetrics().horizontalAdvance(tr("today, or 2026-03-31")) + 24
        )
        self.method = QComboBox()
        self.method.setObjectName("invitation_method")
        self.method.setAccessibleName(tr("How the letter was sent"))
        for method in InvitationMethod:
            self.method.addItem(tr(method.label), method)
        self.record_button = QPushButton(tr("Record as sent"))
        self.record_button.setAccessibleName(tr("Record the selected people's letters as sent"))
        self.record_button.clicked.connect(self.record_sent)
        self.take_back_button = QPushButton(tr("Not sent after all"))
        self.take_back_button.setAccessibleName(tr("Take back the record of the selected letters"))
        self.take_back_button.clicked.connect(self.take_back)
        when, how = QLabel(tr("Sent &on:")), QLabel(tr("&How:"))
        when.setBuddy(self.sent_on)
        how.setBuddy(self.method)
        self.sending = QWidget()
        row = QHBoxLayout(self.sending)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (when, self.sent_on, how, self.method, self.record_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.take_back_button)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the invitees, what has been sent and what to watch out for."""
        kept = set() if fresh else {row.id for row in self.selected()}
        self._conference = conference
        rows = invitees_of(conference)
        self.model.set_records(rows)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        for number, row in enumerate(rows):
            if row.id in kept:
                self.table.selectionModel().select(
                    self.model.index(number, 0),
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )
        self.empty_note.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.select_hint.setVisible(bool(rows))
        self.sending.setVisible(bool(rows))
        self.print_button.setEnabled(bool(rows))
        self._show_warnings(conference)
        self._update_buttons()
        if fresh:
            self._show_message("")

    def _show_warnings(self, conference: Conference) -> None:
        try:
            warnings = invitations.invitation_run(self._store, conference.id).warnings
        except StoreError:
            warnings = ()  # the page still shows; printing will report the store problem
        self.warnings.setText("\n".join(f"⚠ {tr_words(warning)}" for warning in warnings))
        self.warnings.setVisible(bool(warnings))

    def selected(self) -> list[Invitee]:
        """The invitees selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return [self.model.record(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    def select_person(self, person_id: str) -> None:
        """Select one invitee's row alone."""
        row = self.model.row_of(person_id)
        if row is not None:
            self.table.selectRow(row)

    def record_sent(self) -> None:
        """Record the selected people's letters as sent on the date and in the way chosen."""
        conference, chosen = self._conference, self.selected()
        if conference is None:
            return
        if not chosen:
            self._show_message(tr("Select whose letters were sent in the list first."))
            return
        day, method = self.sent_on.text(), self.method.currentData()

        def record() -> Conference:
            result = conference
            for row in chosen:
                result = preparation.record_invitation(
                    self._store, conference.id, row.id, day, method
                )
            return result

        self._call(record)

    def take_back(self) -> None:
        """Remove the latest record of a letter sent for each selected person."""
        conference, chosen = self._conference, [r for r in self.selected() if r.sent]
        if conference is None or not chosen:
            return

        def take_back() -> Conference:
            result = conference
            for row in chosen:
                assert row.sent is not None
                result = preparation.remove_invitation(self._store, conference.id, row.sent.id)
            return result

        self._call(take_back)

    def show_letters(self) -> LettersPreview | None:
        """Open every invitee's letter in one PDF, to read, print or save."""
        if self._conference is None:
            return None
        self.preview = LettersPreview(self._store, self._conference.id, self.window())
        self.preview.open()
        return self.preview

    def _call(self, call: Callable[[], Conference]) -> None:
        conference = attempt_edit(self, call, self._show_message)
        if conference is not None:
            self.saved.emit(conference)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.record_button.setEnabled(bool(chosen))
        self.take_back_button.setEnabled(any(row.sent for row in chosen))

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))
