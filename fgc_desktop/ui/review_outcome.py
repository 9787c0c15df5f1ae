"""How a review ends: the plan continues, a new version is written and signed, or the conference
closes with a reason. Once ended, the outcome is shown, with a way back while one is allowed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.review import (
    ClosureReason,
    Review,
    ReviewOutcome,
    missing_for_outcome,
    missing_for_reopening,
    reviewed_plan,
)
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import review as reviews
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.closing_dialog import ClosingDialog
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.translation import tr, tr_words

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_HINT_STYLE = "color: #555555;"
_ENDED_STYLE = "background: #eaf6ea; border: 1px solid #6fa36f; border-radius: 4px; padding: 6px;"


class ReviewOutcomePanel(QWidget):
    """The three ways a review ends, what each still needs, and the outcome once chosen."""

    saved = Signal(object)
    plan_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._review: Review | None = None
        # What was last tried when closing, offered again if the store could not keep it.
        self._closing: tuple[ClosureReason | None, str] = (None, "")
        self.checklist = QLabel()
        self.checklist.setObjectName("review_checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("review_outcome_state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setStyleSheet(_ENDED_STYLE)
        self.continue_button = QPushButton(tr("The plan continues unchanged"))
        self.continue_button.setObjectName("plan_continues")
        self.continue_button.clicked.connect(self.continue_plan)
        self.new_version_button = QPushButton(tr("A new version of the plan…"))
        self.new_version_button.setObjectName("new_plan_version")
        self.new_version_button.setToolTip(
            tr(
                "Start a copy of the agreed plan to change on the Plan page; everyone who came to "
                "the review signs it again"
            )
        )
        self.new_version_button.clicked.connect(self.start_new_version)
        self.close_button = QPushButton(tr("Close the conference…"))
        self.close_button.setObjectName("close_at_review")
        self.close_button.clicked.connect(self.close_conference)
        self.reopen_button = QPushButton(tr("Reopen this review…"))
        self.reopen_button.setObjectName("reopen_review")
        self.reopen_button.clicked.connect(self.reopen)
        self.plan_button = QPushButton(tr("Open the plan"))
        self.plan_button.setObjectName("open_new_version")
        self.plan_button.setAccessibleName(tr("Open the new version on the Plan page"))
        self.plan_button.clicked.connect(self.plan_requested.emit)
        self.message = QLabel()
        self.message.setObjectName("review_outcome_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.choices = QWidget()
        choices = QHBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
        for button in (self.continue_button, self.new_version_button, self.close_button):
            choices.addWidget(button)
        choices.addStretch(1)
        self.after = QWidget()
        after = QHBoxLayout(self.after)
        after.setContentsMargins(0, 0, 0, 0)
        after.addWidget(self.plan_button)
        after.addWidget(self.reopen_button)
        after.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.checklist)
        layout.addWidget(self.choices)
        layout.addWidget(self.after)
        layout.addWidget(self.message)

    def show_review(self, conference: Conference, review: Review, *, fresh: bool = False) -> None:
        """Show what the review still needs, or how it ended."""
        if self._review is None or self._review.id != review.id:
            fresh = True
        self._conference, self._review = conference, review
        decided = review.is_decided
        self.choices.setVisible(not decided)
        self.after.setVisible(decided)
        self.state.setVisible(decided)
        self.checklist.setVisible(not decided)
        if decided:
            self.state.setText(_ended(conference, review))
            self.plan_button.setVisible(review.outcome is ReviewOutcome.NEW_VERSION)
            self.reopen_button.setVisible(not missing_for_reopening(conference, review))
        else:
            self._show_checklist(conference, review)
        if fresh:
            self._show_message("")

    def _show_checklist(self, conference: Conference, review: Review) -> None:
        # The needs shared by every ending; "changed" actions only matter to one of them.
        missing = missing_for_outcome(conference, review, ReviewOutcome.NEW_VERSION, date.today())
        if missing:
            steps = "".join(
                f"<br>\u200e☐ {escape(tr_words(step), quote=False)}" for step in missing
            )
            self.checklist.setText(
                tr("<b>Still to record before the review ends:</b>{steps}").format(steps=steps)
            )
        else:
            self.checklist.setText(tr("<b>✓ Everything is recorded. How does the review end?</b>"))

    def continue_plan(self) -> None:
        """End the review with the plan carrying on as agreed."""
        conference, review = self._conference, self._review
        if conference is None or review is None:
            return
        self._call(lambda: reviews.continue_plan(self._store, conference.id, review.id))

    def start_new_version(self) -> None:
        """After confirmation, end the review with a new draft version, then open the plan."""
        conference, review = self._conference, self._review
        if conference is None or review is None:
            return
        plan = reviewed_plan(conference, review)
        version = plan.version if plan is not None else 1
        answer = QMessageBox.question(
            self.window(),
            tr("A new version of the plan"),
            tr(
                "Version {version} stays exactly as agreed. Version {value3} starts as a "
                "copy for the changes agreed at the review. Everyone who came to the "
                "review signs the new version before it is agreed.\n\nStart version "
                "{value3}?"
            ).format(version=version, value3=version + 1),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._call(lambda: reviews.start_new_version(self._store, conference.id, review.id)):
            self.plan_requested.emit()

    def close_conference(self) -> None:
        """Ask why, then end the review by closing the conference."""
        conference, review = self._conference, self._review
        if conference is None or review is None:
            return
        dialog = ClosingDialog(*self._closing, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason, note = dialog.chosen()
        finally:
            dialog.deleteLater()
        self._closing = (reason, note)
        if self._call(
            lambda: reviews.close_conference(self._store, conference.id, review.id, reason, note)
        ):
            self._closing = (None, "")

    def reopen(self) -> None:
        """After confirmation, open the ended review again for changes."""
        conference, review = self._conference, self._review
        if conference is None or review is None:
            return
        answer = QMessageBox.question(
            self.window(),
            tr("Reopen the review"),
            tr(
                "The review's outcome is taken back so its record can be changed; choose how it "
                "ends again afterwards.\n\nReopen the review?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._call(lambda: reviews.reopen_review(self._store, conference.id, review.id))

    def _call(self, call: Callable[[], Conference]) -> bool:
        conference = attempt_edit(self, call, self._show_message)
        if conference is None:
            return False
        self.saved.emit(conference)
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


def _ended(conference: Conference, review: Review) -> str:
    """How the review ended, in a sentence or two (rich text)."""
    held = format_date(review.held_on)
    ended = (
        tr("This review ended on {date}: {outcome}.")
        if held
        else tr("This review ended: {outcome}.")
    ).format(date=held, outcome=tr(review.outcome.label))
    text = f"✓ <b>{ended}</b>"
    if review.outcome is ReviewOutcome.NEW_VERSION:
        new = next((p for p in conference.plans if p.id == review.new_plan_id), None)
        if new is not None and new.is_agreed:
            text += "<br>" + tr("Version {version} was signed again and agreed.").format(
                version=new.version
            )
        elif new is not None:
            text += "<br>" + tr(
                "Version {version} is a draft. Change it on the Plan page; everyone "
                "who came to the review signs it, and the referrer agrees it there."
            ).format(version=new.version)
    elif review.outcome is ReviewOutcome.CLOSED and review.closure_reason is not None:
        text += "<br>" + tr("Why: {reason}.").format(
            reason=escape(tr(review.closure_reason.label), quote=False)
        )
        if review.closure_note.strip():
            text += f" {escape(review.closure_note, quote=False)}"
    return text
