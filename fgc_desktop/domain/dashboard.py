"""The coordinator's home: what is on this week, what is due or late, and what has stopped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from fgc_desktop.domain.review import ActionStatus
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.wording import Words

# Reviews this close are shown as due, so there is time to book the meeting.
REVIEW_NOTICE_DAYS = 28
NO_ONE_NAMED = "No one named"


class Meeting(StrEnum):
    """What kind of meeting is on a day this week."""

    CONFERENCE = "conference"
    REVIEW = "review"

    @property
    def label(self) -> str:
        """The meeting as listed."""
        return "Conference" if self is Meeting.CONFERENCE else "Review meeting"


@dataclass(frozen=True)
class ConferenceRef:
    """Which conference a dashboard line is about."""

    conference_id: str
    reference: str
    family_name: str
    stage: Stage


@dataclass(frozen=True)
class MeetingThisWeek:
    """A conference day or a review meeting falling in this week."""

    conference: ConferenceRef
    meeting: Meeting
    on: date
    starts_at: str = ""
    venue: str = ""


@dataclass(frozen=True)
class ReviewDue:
    """The latest agreed plan's review, not yet held; `booked_on` when a meeting is set."""

    conference: ConferenceRef
    plan_version: int
    due_on: date
    booked_on: date | None = None


@dataclass(frozen=True)
class OverdueAction:
    """An action of the latest agreed plan past its date and not done."""

    conference: ConferenceRef
    action_id: str
    what: str
    who: str
    by_when: date
    status: ActionStatus = ActionStatus.NOT_REVIEWED

    @property
    def people(self) -> list[str]:
        """Everyone responsible (the plan lists them with commas), or "No one named"."""
        return [name.strip() for name in self.who.split(",") if name.strip()] or [NO_ONE_NAMED]


@dataclass(frozen=True)
class PersonsActions:
    """One person's overdue actions, most overdue first."""

    person: str
    actions: tuple[OverdueAction, ...]


@dataclass(frozen=True)
class WithdrawnConsent:
    """A conference the family has withdrawn their consent to."""

    conference: ConferenceRef
    withdrawn_on: date | None
    reason: str = ""


@dataclass(frozen=True)
class Dashboard:
    """Everything the home page shows, as of one day."""

    today: date
    stage_counts: dict[Stage, int] = field(default_factory=dict)
    this_week: tuple[MeetingThisWeek, ...] = ()
    reviews_due: tuple[ReviewDue, ...] = ()
    overdue_actions: tuple[PersonsActions, ...] = ()
    withdrawn: tuple[WithdrawnConsent, ...] = ()

    @property
    def total(self) -> int:
        """How many conferences there are in all."""
        return sum(self.stage_counts.values())

    @property
    def reviews_overdue(self) -> int:
        """How many of the reviews due are already late."""
        return sum(1 for review in self.reviews_due if review.due_on < self.today)

    @property
    def overdue_action_count(self) -> int:
        """How many actions are overdue (an action for two people counts once)."""
        return len({a.action_id for group in self.overdue_actions for a in group.actions})


def week_of(today: date) -> tuple[date, date]:
    """Monday and Sunday of the week that holds today."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def review_horizon(today: date) -> date:
    """The last day a review can fall on to be listed as due."""
    return today + timedelta(days=REVIEW_NOTICE_DAYS)


def is_late(due: date, today: date) -> bool:
    """True once the day has passed."""
    return due < today


def lateness(due: date, today: date) -> str:
    """How far off a date is, in words: "3 days overdue", "due today", "due in 5 days"."""
    days = (due - today).days
    if days == -1:
        return Words("1 day overdue")
    if days < 0:
        return Words("{count} days overdue", count=-days)
    if days == 0:
        return Words("due today")
    if days == 1:
        return Words("due tomorrow")
    return Words("due in {count} days", count=days)


_NEAR_DAY_WORDS = {0: "Today", 1: "Tomorrow", -1: "Yesterday"}
# English weekday names whatever the system's locale, each a word the interface translates.
_WEEKDAY_WORDS = {
    0: "Monday",
    1: "Tuesday",
    2: "Wednesday",
    3: "Thursday",
    4: "Friday",
    5: "Saturday",
    6: "Sunday",
}


def day_label(day: date, today: date) -> str:
    """A day this week as a coordinator says it: "Today", "Tomorrow", "Yesterday", "Thursday"."""
    days = (day - today).days
    return Words(_NEAR_DAY_WORDS.get(days) or _WEEKDAY_WORDS[day.weekday()])


def by_person(actions: Iterable[OverdueAction]) -> tuple[PersonsActions, ...]:
    """Overdue actions grouped under each person responsible, by name; an action shared by two
    people is under both."""
    groups: dict[str, list[OverdueAction]] = {}
    for action in actions:
        for person in action.people:
            groups.setdefault(person, []).append(action)
    return tuple(
        PersonsActions(person, tuple(sorted(found, key=lambda a: (a.by_when, a.what))))
        for person, found in sorted(
            groups.items(), key=lambda item: (item[0] == NO_ONE_NAMED, item[0].casefold())
        )
    )
