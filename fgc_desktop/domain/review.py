"""Review meetings: how each agreed action is going, what people think, and what happens next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from fgc_desktop.domain.identity import new_id


class ActionStatus(StrEnum):
    """Where an agreed action stands when the plan is reviewed."""

    NOT_REVIEWED = "not_reviewed"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"
    NO_LONGER_NEEDED = "no_longer_needed"
    CHANGED = "changed"

    @property
    def label(self) -> str:
        """The status as written on screen and on paper."""
        return {
            ActionStatus.NOT_REVIEWED: "Not reviewed yet",
            ActionStatus.DONE: "Done",
            ActionStatus.IN_PROGRESS: "In progress",
            ActionStatus.NOT_DONE: "Not done",
            ActionStatus.NO_LONGER_NEEDED: "No longer needed",
            ActionStatus.CHANGED: "Changed",
        }[self]

    @property
    def is_settled(self) -> bool:
        """True when nobody still has to do the action (it cannot be overdue)."""
        return self in (ActionStatus.DONE, ActionStatus.NO_LONGER_NEEDED)


class ReviewOutcome(StrEnum):
    """How a review meeting ends."""

    PENDING = "pending"
    PLAN_CONTINUES = "plan_continues"
    NEW_VERSION = "new_version"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The outcome as written on screen and on paper."""
        return {
            ReviewOutcome.PENDING: "Not decided yet",
            ReviewOutcome.PLAN_CONTINUES: "The plan continues unchanged",
            ReviewOutcome.NEW_VERSION: "A new version of the plan",
            ReviewOutcome.CLOSED: "The conference is closed",
        }[self]


class ClosureReason(StrEnum):
    """Why a conference is closed at a review."""

    PLAN_ACHIEVED = "plan_achieved"
    CHILD_SAFE = "child_safe"
    CASE_MOVED = "case_moved"
    FAMILY_WITHDREW = "family_withdrew"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The reason as written on screen and on paper."""
        return {
            ClosureReason.PLAN_ACHIEVED: "The plan was achieved",
            ClosureReason.CHILD_SAFE: "The children are safe; no further plan is needed",
            ClosureReason.CASE_MOVED: "The case moved to another service or area",
            ClosureReason.FAMILY_WITHDREW: "The family withdrew",
            ClosureReason.OTHER: "Another reason (see the note)",
        }[self]


@dataclass
class ActionProgress:
    """How one action of the reviewed plan version is going, in the review's words."""

    action_id: str
    status: ActionStatus = ActionStatus.NOT_REVIEWED
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Review:
    """One review meeting of a conference's agreed plan, from scheduling to its outcome."""

    plan_id: str
    scheduled_on: date | None = None
    starts_at: str = ""
    venue: str = ""
    invited: list[str] = field(default_factory=list)
    held_on: date | None = None
    progress: list[ActionProgress] = field(default_factory=list)
    family_view: str = ""
    professionals_view: str = ""
    outcome: ReviewOutcome = ReviewOutcome.PENDING
    closure_reason: ClosureReason | None = None
    closure_note: str = ""
    # The draft or agreed version the review led to, when its outcome is a new version.
    new_plan_id: str | None = None
    id: str = field(default_factory=new_id)

    def progress_of(self, action_id: str) -> ActionProgress | None:
        """How one action is going, or None before the review speaks of it."""
        return next((p for p in self.progress if p.action_id == action_id), None)

    @property
    def is_held(self) -> bool:
        """True once the meeting has a date it took place."""
        return self.held_on is not None

    def was_on_time(self, due: date | None) -> bool:
        """True when the review was held on or before the date the plan set for it."""
        return self.held_on is not None and (due is None or self.held_on <= due)
