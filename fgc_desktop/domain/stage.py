"""The stages a family group conference moves through, in order."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """A conference stage; the value is what the store and export files hold."""

    REFERRAL = "referral"
    PREPARATION = "preparation"
    INFORMATION_SHARING = "information_sharing"
    FAMILY_TIME = "family_time"
    PLAN_AGREEMENT = "plan_agreement"
    REVIEW = "review"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The stage's name as coordinators say it."""
        return _LABELS[self]

    @property
    def position(self) -> int:
        """Zero-based place of the stage in the process."""
        return list(Stage).index(self)

    def next(self) -> Stage | None:
        """The stage after this one, or None when the conference is closed."""
        stages = list(Stage)
        return stages[self.position + 1] if self.position + 1 < len(stages) else None

    def previous(self) -> Stage | None:
        """The stage before this one, or None at referral."""
        return list(Stage)[self.position - 1] if self.position > 0 else None


_LABELS = {
    Stage.REFERRAL: "Referral",
    Stage.PREPARATION: "Preparation",
    Stage.INFORMATION_SHARING: "Information sharing",
    Stage.FAMILY_TIME: "Private family time",
    Stage.PLAN_AGREEMENT: "Plan agreement",
    Stage.REVIEW: "Review",
    Stage.CLOSED: "Closed",
}
