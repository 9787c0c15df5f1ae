"""Who has agreed the plan's wording and how: signed on screen, by phone, on paper, or declined."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.canonical_plan import wording_hash
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.plan import Signature, SignatureMethod
from fgc_desktop.domain.progress import signatories
from fgc_desktop.services import plan_agreement
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.reason_dialog import ask_reason
from fgc_desktop.ui.signature_dialog import SignatureDialog
from fgc_desktop.ui.signature_pad import signature_picture
from fgc_desktop.ui.translation import tr

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_ROW_STYLE = (
    "QFrame#signatureRow { border: 1px solid #d5dbe5; border-radius: 4px; background: #fbfcfe; }"
)
# Colour only repeats what the symbol and the words already say.
_STATUS_STYLES = {
    "missing": "color: #555555;",
    "done": "color: #2d5d2d; font-weight: bold;",
    "declined": "color: #5a4a00; font-weight: bold;",
    "stale": "color: #a4000f; font-weight: bold;",
}
THUMBNAIL_WIDTH = 150


def signed_time(signed_at: str, today: date | None = None) -> str:
    """When a signature was given, in local time: the time alone on the day, else date and time."""
    if not signed_at:
        return ""
    try:
        moment = datetime.fromisoformat(signed_at).astimezone()
    except ValueError:
        return ""
    if moment.date() == (today or date.today()):
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def signature_status(signature: Signature | None, current_wording: str | None) -> tuple[str, str]:
    """What a row says about one person's agreement, and its kind (for the style).

    `current_wording` is the draft's wording hash; None for an agreed version, whose signatures
    are those it was agreed with even if, say, a child's name is corrected later.
    """
    if signature is None:
        return tr("○ Not yet"), "missing"
    if current_wording is not None and signature.content_hash != current_wording:
        if signature.method is SignatureMethod.DECLINED:
            return tr("⚠ Declined an earlier wording — ask them again"), "stale"
        return tr("⚠ Signed an earlier wording — ask them to sign again"), "stale"
    if signature.method is SignatureMethod.DECLINED:
        return tr("✗ Declined: {note}").format(note=signature.note), "declined"
    if signature.method is SignatureMethod.SIGNED_ON_SCREEN:
        when = signed_time(signature.signed_at)
        return f"✓ {tr(signature.method.label)} {when}".rstrip(), "done"
    return f"✓ {tr(signature.method.label)}", "done"


@dataclass(frozen=True)
class _Entry:
    """One row: a person asked to sign and what they gave, if anything."""

    key: str
    name: str
    person: Person | None
    signature: Signature | None
    asked: bool


class SignatureRow(QFrame):
    """One person: their name, how they agreed (with their signature), and the ways to record it."""

    def __init__(self, section: SignaturesSection) -> None:
        super().__init__(section)
        self.setObjectName("signatureRow")
        self.setStyleSheet(_ROW_STYLE)
        self.entry: _Entry | None = None
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold;")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        # Names in any script line up on the left, as the column of names reads down the page.
        self.name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.status = QLabel()
        self.status.setObjectName("signature_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.picture = QLabel()
        self.picture.setObjectName("signature_picture")
        self.picture.setStyleSheet("border: 1px solid #c3cad6; background: white;")
        self.picture.hide()
        self.sign_button = QPushButton(tr("Sign on screen…"))
        self.phone_button = QPushButton(tr("By phone"))
        self.paper_button = QPushButton(tr("On paper"))
        self.declined_button = QPushButton(tr("Declined…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.sign_button.clicked.connect(lambda: section.sign_on_screen(self._person()))
        self.phone_button.clicked.connect(
            lambda: section.record(self._person(), SignatureMethod.AGREED_BY_PHONE)
        )
        self.paper_button.clicked.connect(
            lambda: section.record(self._person(), SignatureMethod.SIGNED_ON_PAPER)
        )
        self.declined_button.clicked.connect(lambda: section.declined(self._person()))
        self.remove_button.clicked.connect(lambda: section.remove(self._signature()))
        self.buttons = QWidget()
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in self.record_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(self.picture, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.buttons, 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("M" * 11))

    @property
    def record_buttons(self) -> tuple[QPushButton, ...]:
        """The four ways to record agreement, in the order they are offered."""
        return (self.sign_button, self.phone_button, self.paper_button, self.declined_button)

    def show_entry(self, entry: _Entry, current_wording: str | None, read_only: bool) -> None:
        """Fill the row for one person; buttons only while the plan is a draft."""
        self.entry = entry
        self.name.setText(entry.name)
        text, kind = signature_status(entry.signature, current_wording)
        if not entry.asked:
            text += " " + tr("(no longer listed as taking part)")
        self.status.setText(text)
        self.status.setStyleSheet(_STATUS_STYLES[kind])
        strokes = entry.signature.strokes if entry.signature is not None else ()
        if strokes:
            self.picture.setPixmap(signature_picture(strokes, THUMBNAIL_WIDTH))
            self.picture.setAccessibleName(tr("Signature of {name}").format(name=entry.name))
        self.picture.setVisible(bool(strokes))
        self.setAccessibleName(f"{entry.name}: {text}")
        self.buttons.setVisible(not read_only)
        can_record = entry.person is not None and entry.asked
        for button in self.record_buttons:
            button.setEnabled(can_record)
        self.remove_button.setEnabled(entry.signature is not None)
        for button, what in (
            (self.sign_button, tr("Sign on screen")),
            (self.phone_button, tr("Agreed by phone")),
            (self.paper_button, tr("Signed on paper")),
            (self.declined_button, tr("Declined to sign")),
            (self.remove_button, tr("Remove the signature of")),
        ):
            button.setAccessibleName(f"{what}: {entry.name}")

    def _person(self) -> Person | None:
        return self.entry.person if self.entry is not None else None

    def _signature(self) -> Signature | None:
        return self.entry.signature if self.entry is not None else None


class SignaturesSection(QWidget):
    """Every participant's agreement with the draft's wording; read-only once agreed."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.conference: Conference | None = None
        self.read_only = False
        self.rows: dict[str, SignatureRow] = {}
        self.summary = QLabel()
        self.summary.setObjectName("signatures_summary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("signatures_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(self._rows_layout)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show one row per person asked to sign; rows are updated in place to keep focus."""
        self.conference = conference
        plan = conference.plan
        self.read_only = plan is None or plan.is_agreed
        entries = _entries(conference)
        drafting = plan is not None and not plan.is_agreed
        current = wording_hash(conference, plan) if drafting and plan is not None else None
        if [entry.key for entry in entries] != list(self.rows):
            self._rebuild([entry.key for entry in entries])
        for entry in entries:
            self.rows[entry.key].show_entry(entry, current, self.read_only)
        self.summary.setText(_summary(conference, entries, current))
        if fresh:
            self.show_message("")

    def row(self, person_id: str) -> SignatureRow:
        """The row of one person (by their id)."""
        return self.rows[person_id]

    # What the row buttons do.
    def sign_on_screen(self, person: Person | None) -> None:
        """Open the signing dialog for one person; store what they sign."""
        conference = self.conference
        if conference is None or person is None or self.read_only:
            return
        dialog = SignatureDialog(self._store, conference, person, self.window())
        try:
            if dialog.exec() == SignatureDialog.DialogCode.Accepted and dialog.result_conference:
                self.show_message("")
                self.saved.emit(dialog.result_conference)
        finally:
            dialog.deleteLater()

    def record(self, person: Person | None, method: SignatureMethod, note: str = "") -> None:
        """Record agreement given another way (by phone, on paper, or a decline with a note)."""
        conference = self.conference
        if conference is None or person is None or self.read_only:
            return
        self._call(
            lambda: plan_agreement.sign(self._store, conference.id, person.id, method, note=note)
        )

    def declined(self, person: Person | None) -> None:
        """Ask why the person declines (required), then record it."""
        if person is None or self.read_only:
            return
        note = ask_reason(
            self.window(),
            tr("{name} declined to sign").format(name=person.name),
            tr(
                "Why does {name} decline to sign the plan? Write it in their words; it is "
                "kept with the plan."
            ).format(name=person.name),
            tr("Record that they declined"),
        )
        if note is not None:
            self.record(person, SignatureMethod.DECLINED, note)

    def remove(self, signature: Signature | None) -> None:
        """Take back a signature after the coordinator confirms."""
        conference = self.conference
        if conference is None or signature is None or self.read_only:
            return
        answer = QMessageBox.question(
            self.window(),
            tr("Remove signature"),
            tr(
                "Remove how {name} agreed ({value3})? They will need to sign or be recorded again."
            ).format(name=signature.name, value3=tr(signature.method.label).lower()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._call(
                lambda: plan_agreement.remove_signature(self._store, conference.id, signature.id)
            )

    def show_message(self, text: str) -> None:
        """A refusal from the last action, above the rows."""
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def _call(self, call: Callable[[], Conference]) -> None:
        conference = attempt_edit(self, call, self.show_message)
        if conference is not None:
            self.saved.emit(conference)

    def _rebuild(self, keys: list[str]) -> None:
        kept = {key: self.rows.pop(key) for key in keys if key in self.rows}
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows = {key: kept.get(key) or SignatureRow(self) for key in keys}
        for row in self.rows.values():
            self._rows_layout.addWidget(row)  # re-adding moves a kept row into its new place


def _entries(conference: Conference) -> list[_Entry]:
    plan = conference.plan
    signatures = list(plan.signatures) if plan is not None else []
    by_person = {s.person_id: s for s in signatures if s.person_id}
    asked = signatories(conference)
    entries = [
        _Entry(person.id, person.name, person, by_person.get(person.id), asked=True)
        for person in asked
    ]
    # Someone who signed and is no longer listed (attendance corrected) still shows, so the
    # coordinator can see and remove it; an agreed plan shows everyone who signed it.
    asked_ids = {person.id for person in asked}
    entries += [
        _Entry(
            s.person_id or s.id,
            s.name,
            conference.person(s.person_id),
            s,
            asked=False,
        )
        for s in signatures
        if s.person_id not in asked_ids
    ]
    return entries


def _summary(conference: Conference, entries: list[_Entry], current: str | None) -> str:
    plan = conference.plan
    if plan is None:
        return tr("Signatures are recorded once the family's plan is written.")
    if not entries:
        return tr(
            "No one is recorded as taking part yet. Record who was there on the Conference day "
            "page; everyone who took part, except children and interpreters, is asked to sign."
        )
    asked = [entry for entry in entries if entry.asked]
    done = sum(1 for e in asked if e.signature is not None and e.signature.content_hash == current)
    if plan.is_agreed:
        agreed_on = (plan.agreed_at or "")[:10]
        return tr("Version {version} was agreed on {date} with these signatures.").format(
            version=plan.version, date=agreed_on
        )
    return tr(
        "Everyone who took part, except children and interpreters, agrees this wording of the "
        "plan: {done} of {asked} recorded. Changing the plan's wording afterwards means "
        "they sign again."
    ).format(done=done, asked=len(asked))
