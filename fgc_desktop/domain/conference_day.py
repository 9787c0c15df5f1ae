"""The conference day: what professionals share, the family's questions, and family time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from fgc_desktop.domain.identity import new_id


@dataclass
class ProfessionalInformation:
    """What one professional shares in information sharing, in three plain columns."""

    person_id: str
    worries: str = ""
    working_well: str = ""
    needs_to_happen: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class FamilyQuestion:
    """A question the family asked in information sharing, and the answer they were given."""

    question: str
    asked_by: str = ""
    answer: str = ""
    answered_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class FamilyTimeSession:
    """One stretch of private family time; breaks make several that add up."""

    started_at: str
    ended_at: str | None = None
    id: str = field(default_factory=new_id)

    @property
    def is_running(self) -> bool:
        """True while the family are still talking in this session."""
        return self.ended_at is None

    def seconds(self, now: datetime) -> int:
        """How long the session has lasted, up to now while it is running."""
        start = datetime.fromisoformat(self.started_at)
        end = datetime.fromisoformat(self.ended_at) if self.ended_at else now
        return max(0, int((end - start).total_seconds()))


def family_time_seconds(sessions: list[FamilyTimeSession], now: datetime) -> int:
    """All the family's private time so far, breaks left out."""
    return sum(session.seconds(now) for session in sessions)


def running_session(sessions: list[FamilyTimeSession]) -> FamilyTimeSession | None:
    """The session in progress, if the family are talking now."""
    return next((session for session in sessions if session.is_running), None)


def clock(seconds: int) -> str:
    """A duration as the timer shows it: 1:05:09, or 12:30 under an hour."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
