"""The Review page: scheduling a review of the agreed plan, who is invited, how each action is
going, what the family and the professionals think, and how the review ends. Every edit is
stored as it is made; a review that has ended is shown as it was kept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.review import (
    REVIEW_FIELDS,
    Review,
    agreed_plan,
    latest_review,
    missing_for_scheduling,
    review_of,
    reviewed_plan,
)
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import review as reviews
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.action_progress import ActionProgressPanel
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.review_invitees import ReviewInvitees
from fgc_desktop.ui.review_letters_preview import ReviewLettersPreview
from fgc_desktop.ui.review_outcome import ReviewOutcomePanel
from fgc_desktop.ui.review_record_preview import ReviewRecordPreview
from fgc_desktop.ui.section import section
from fgc_desktop.ui.translation import tr, tr_words

_NOTICE_STYLE = "background: #eef3fb; border: 1px solid #8aa4cc; border-radius: 4px; padding: 6px;"
_ENDED_STYLE = "background: #eaf6ea; border: 1px solid #6fa36f; border-radius: 4px; padding: 6px;"
_ERROR_STYLE = "color: #a4000f; font-weight: bold;"
_HINT_STYLE = "color: #555555;"
_SCHEDULE_KEYS = ("scheduled_on", "starts_at", "venue")
_VIEW_KEYS = ("family_view", "professionals_view")


class ReviewPage(QWidget):
    """One review at a time (the latest unless another is chosen), edited as it happens."""

    saved = Signal(object)
    plan_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._review_id: str | None = None
        self._showing = False
        self.preview: ReviewRecordPreview | None = None
        self.letters_preview: ReviewLettersPreview | None = None
        self.status = QLabel()
        self.status.setObjectName("review_status")
        self.status.setWordWrap(True)
        self.chooser = QComboBox()
        self.chooser.setObjectName("review_chooser")
        self.chooser.setAccessibleName(tr("Which review to show"))
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.schedule_button = QPushButton(tr("Schedule the next review"))
        self.schedule_button.setObjectName("schedule_review")
        self.schedule_button.clicked.connect(self.schedule)
        self.record_button = QPushButton(tr("Review record…"))
        self.record_button.setObjectName("review_record")
        self.record_button.setAccessibleName(tr("Preview and print the review record"))
        self.record_button.clicked.connect(self.show_record)
        self.schedule_hint = QLabel()
        self.schedule_hint.setObjectName("schedule_hint")
        self.schedule_hint.setWordWrap(True)
        self.schedule_hint.setStyleSheet(_HINT_STYLE)
        self.message = QLabel()
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        self.when = FieldForm(
            [REVIEW_FIELDS[key] for key in _SCHEDULE_KEYS],
            self._save_field,
            name_prefix=tr("Review: "),
        )
        self.held = FieldForm(
            [REVIEW_FIELDS["held_on"]], self._save_field, name_prefix=tr("Review: ")
        )
        self.views = FieldForm(
            [REVIEW_FIELDS[key] for key in _VIEW_KEYS], self._save_field, name_prefix=tr("Review: ")
        )
        self.invitees = ReviewInvitees(store)
        self.invitees.letters_requested.connect(self.show_letters)
        self.actions = ActionProgressPanel(store)
        self.outcome = ReviewOutcomePanel(store)
        self.outcome.plan_requested.connect(self.plan_requested.emit)
        for part in (self.when, self.held, self.views, self.invitees, self.actions, self.outcome):
            part.saved.connect(self.saved.emit)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.record_button)
        self.chooser_label = QLabel(tr("&Review:"))
        self.chooser_label.setBuddy(self.chooser)
        choosing = QHBoxLayout()
        choosing.addWidget(self.chooser_label)
        choosing.addWidget(self.chooser, 1)
        choosing.addWidget(self.schedule_button)
        # Before the first review the button stands alone at its own width.
        self.no_reviews_space = QWidget()
        choosing.addWidget(self.no_reviews_space, 1)
        held_hint = QLabel(
            tr(
                "On the day: the date it took place, then how each action is going, what people "
                "think, and how the review ends."
            )
        )
        held_hint.setWordWrap(True)
        held_hint.setStyleSheet(_HINT_STYLE)
        views_hint = QLabel(
            tr(
                "In their own words: how the family think the plan is going, and how the "
                "professionals think it is going."
            )
        )
        views_hint.setWordWrap(True)
        views_hint.setStyleSheet(_HINT_STYLE)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(section(tr("When and where"), self.when))
        body.addWidget(section(tr("Who is invited, and who came"), self.invitees))
        body.addWidget(section(tr("At the review"), held_hint, self.held))
        body.addWidget(section(tr("How the plan is going"), self.actions))
        body.addWidget(section(tr("What people think"), views_hint, self.views))
        body.addWidget(section(tr("How the review ends"), self.outcome))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(choosing)
        layout.addWidget(self.schedule_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.body)
        layout.addStretch(1)

    @property
    def review(self) -> Review | None:
        """The review shown."""
        if self._conference is None or self._review_id is None:
            return None
        return review_of(self._conference, self._review_id)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the chosen review of this conference (the latest when it is opened afresh)."""
        opened_anew = self._conference is None or self._conference.id != conference.id
        fresh = fresh or opened_anew
        self._conference = conference
        if fresh or review_of(conference, self._review_id or "") is None:
            latest = latest_review(conference)
            self._review_id = latest.id if latest is not None else None
        self._fill_chooser(conference)
        self._show_scheduling(conference)
        review = self.review
        self.body.setVisible(review is not None)
        self.record_button.setEnabled(review is not None)
        self.chooser.setVisible(bool(conference.reviews))
        self.chooser_label.setVisible(bool(conference.reviews))
        self.no_reviews_space.setVisible(not conference.reviews)
        if review is None:
            self._show_status(conference, None)
            if fresh:
                self._show_message("")
            return
        self._show_review(conference, review, fresh=fresh)
        if fresh:
            self._show_message("")

    def _show_review(self, conference: Conference, review: Review, *, fresh: bool) -> None:
        values = {
            "scheduled_on": format_date(review.scheduled_on),
            "starts_at": review.starts_at,
            "venue": review.venue,
            "held_on": format_date(review.held_on),
            "family_view": review.family_view,
            "professionals_view": review.professionals_view,
        }
        for form in (self.when, self.held, self.views):
            if fresh:
                form.reset()
            form.set_values(values)
            form.set_read_only(review.is_decided)
        self.invitees.show_review(conference, review, fresh=fresh)
        self.invitees.set_read_only(review.is_decided)
        self.actions.show_review(conference, review, fresh=fresh)
        self.actions.set_read_only(review.is_decided)
        self.outcome.show_review(conference, review, fresh=fresh)
        self._show_status(conference, review)

    def commit_pending(self) -> None:
        """Store any text typed but not yet saved."""
        if self.review is None or self.review.is_decided:
            return
        for form in (self.when, self.held, self.views):
            form.commit_pending()
        self.actions.commit_pending()

    def schedule(self) -> None:
        """Schedule the next review, filled in from the plan and the last review, and show it."""
        conference = self._conference
        if conference is None:
            return
        self.commit_pending()
        result = attempt_edit(
            self, lambda: reviews.schedule_review(self._store, conference.id), self._show_message
        )
        if result is not None:
            latest = latest_review(result)
            self._review_id = latest.id if latest is not None else None
            self.saved.emit(result)

    def show_record(self) -> ReviewRecordPreview | None:
        """Open the shown review's record as it will print."""
        conference, review = self._conference, self.review
        if conference is None or review is None:
            return None
        self.commit_pending()
        self.preview = ReviewRecordPreview(self._store, conference.id, review.id, self.window())
        self.preview.open()
        return self.preview

    def show_letters(self) -> ReviewLettersPreview | None:
        """Open the letters inviting everyone to the shown review."""
        conference, review = self._conference, self.review
        if conference is None or review is None:
            return None
        self.commit_pending()
        self.letters_preview = ReviewLettersPreview(
            self._store, conference.id, review.id, self.window()
        )
        self.letters_preview.open()
        return self.letters_preview

    def _fill_chooser(self, conference: Conference) -> None:
        self._showing = True
        self.chooser.clear()
        for number, review in enumerate(conference.reviews, start=1):
            self.chooser.addItem(_review_title(number, review), review.id)
        index = self.chooser.findData(self._review_id)
        self.chooser.setCurrentIndex(index)
        self._showing = False

    def _chosen(self) -> None:
        if self._showing or self._conference is None:
            return
        self.commit_pending()
        self._review_id = self.chooser.currentData()
        self.show_conference(self._conference)
        review = self.review
        if review is not None:
            # Another review: nothing refused or half-typed belongs to it.
            self._show_review(self._conference, review, fresh=True)

    def _show_scheduling(self, conference: Conference) -> None:
        missing = missing_for_scheduling(conference)
        self.schedule_button.setEnabled(not missing)
        self.schedule_button.setText(
            tr("Schedule the next review") if conference.reviews else tr("Schedule the review")
        )
        shown = self.review
        hint = ""
        if missing and (shown is None or shown.is_decided):
            hint = tr_words(missing[0]) + "."
        self.schedule_hint.setText(hint)
        self.schedule_hint.setVisible(bool(hint))

    def _show_status(self, conference: Conference, review: Review | None) -> None:
        if review is None:
            plan = agreed_plan(conference)
            due = format_date(plan.review_date) if plan is not None else ""
            text = tr("No review yet.") + (
                " " + tr("The plan says it will be reviewed by {date}.").format(date=due)
                if due
                else ""
            )
            self.status.setText(text)
            self.status.setStyleSheet(_NOTICE_STYLE)
            return
        plan = reviewed_plan(conference, review)
        version = plan.version if plan is not None else "?"
        if review.is_decided:
            text = tr(
                "Review of version {version} of the plan, held on {date}: {outcome}. "
                "It is kept as it was."
            ).format(
                version=version,
                date=format_date(review.held_on),
                outcome=tr(review.outcome.label).lower(),
            )
        elif review.is_held:
            text = tr(
                "Review of version {version} of the plan, held on {date}. "
                "Record how each action is going, what people think, and how it ends."
            ).format(version=version, date=format_date(review.held_on))
        else:
            when = format_date(review.scheduled_on) or tr("a date still to set")
            text = tr(
                "Review of version {version} of the plan, planned for {date}. Invite people and "
                "send their letters; on the day, record what the review finds."
            ).format(version=version, date=when)
        self.status.setText(text)
        self.status.setStyleSheet(_ENDED_STYLE if review.is_decided else _NOTICE_STYLE)

    def _save_field(self, key: str, text: str) -> Conference:
        conference, review = self._conference, self.review
        assert conference is not None and review is not None
        return reviews.edit_review(self._store, conference.id, review.id, key, text)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))


def _review_title(number: int, review: Review) -> str:
    """How a review is named in the chooser, e.g. "Review 1 · held 2026-11-21 · The plan ..."."""
    if review.held_on is not None:
        when = tr("held {date}").format(date=format_date(review.held_on))
    elif review.scheduled_on is not None:
        when = tr("planned for {date}").format(date=format_date(review.scheduled_on))
    else:
        when = tr("date not set")
    outcome = f" · {tr(review.outcome.label)}" if review.is_decided else ""
    return tr("Review {number}").format(number=number) + f" · {when}{outcome}"
