"""The dashboard's questions to the store, each one query that stays quick at 20,000 conferences."""

from __future__ import annotations

from datetime import date

from fgc_desktop.domain.dashboard import (
    ConferenceRef,
    Meeting,
    MeetingThisWeek,
    OverdueAction,
    ReviewDue,
    WithdrawnConsent,
)
from fgc_desktop.domain.review import ActionStatus
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store.columns import to_date
from fgc_desktop.store.connection import Store

_CONFERENCE = "c.id, c.reference, c.family_name, c.stage"

# The latest agreed version of each conference's plan: the one being carried out.
_LATEST_AGREED = """
p.status = 'agreed' AND p.version = (
    SELECT max(q.version) FROM plans q WHERE q.conference_id = p.conference_id
    AND q.status = 'agreed')
"""


def stage_counts(store: Store) -> dict[Stage, int]:
    """How many conferences are at each stage (every stage listed, even when none are)."""
    counts = dict.fromkeys(Stage, 0)
    for stage, count in store.db.execute(
        "SELECT stage, count(*) FROM conferences GROUP BY stage"
    ).fetchall():
        counts[Stage(stage)] = count
    return counts


def meetings_between(store: Store, first: date, last: date) -> list[MeetingThisWeek]:
    """Conference days and review meetings from first to last, in date and time order."""
    span = [first.isoformat(), last.isoformat()]
    conferences = store.db.execute(
        f"SELECT {_CONFERENCE}, c.held_on, c.starts_at, c.venue FROM conferences c "
        "WHERE c.held_on BETWEEN ? AND ? AND c.stage <> 'closed'",
        span,
    ).fetchall()
    reviews = store.db.execute(
        f"SELECT {_CONFERENCE}, r.scheduled_on, r.starts_at, r.venue FROM reviews r "
        "JOIN conferences c ON c.id = r.conference_id "
        "WHERE r.scheduled_on BETWEEN ? AND ? AND r.held_on IS NULL AND c.stage <> 'closed'",
        span,
    ).fetchall()
    meetings = [
        MeetingThisWeek(_ref(row), kind, to_date(row[4]), row[5] or "", row[6] or "")  # type: ignore[arg-type]
        for kind, rows in ((Meeting.CONFERENCE, conferences), (Meeting.REVIEW, reviews))
        for row in rows
    ]
    return sorted(meetings, key=lambda m: (m.on, m.starts_at or "99", m.conference.reference))


def reviews_due(store: Store, horizon: date) -> list[ReviewDue]:
    """Reviews of the latest agreed plans falling on or before horizon (late ones included);
    soonest first.

    Until a review is held the plan's review date is the one due; once one is held, the next
    booked review is (none is due until it is booked).
    """
    booked = (
        "(SELECT min(r.scheduled_on) FROM reviews r WHERE r.conference_id = p.conference_id "
        "AND r.plan_id = p.id "
        "AND r.held_on IS NULL AND r.scheduled_on IS NOT NULL)"
    )
    held = (
        "EXISTS (SELECT 1 FROM reviews r WHERE r.conference_id = p.conference_id "
        "AND r.held_on IS NOT NULL AND r.held_on >= substr(coalesce(p.agreed_at, ''), 1, 10))"
    )
    rows = store.db.execute(
        f"""
        SELECT * FROM (
          SELECT {_CONFERENCE}, p.version,
            CASE WHEN {held} THEN {booked} ELSE p.review_date END AS due_on, {booked} AS booked
          FROM plans p JOIN conferences c ON c.id = p.conference_id
          WHERE c.stage <> 'closed' AND {_LATEST_AGREED}
            AND (p.review_date <= :horizon OR EXISTS (
              SELECT 1 FROM reviews r WHERE r.conference_id = p.conference_id AND r.plan_id = p.id
              AND r.held_on IS NULL
              AND r.scheduled_on <= :horizon)))
        WHERE due_on IS NOT NULL AND due_on <= :horizon
        ORDER BY due_on, reference
        """,
        {"horizon": horizon.isoformat()},
    ).fetchall()
    return [ReviewDue(_ref(row), row[4], to_date(row[5]), to_date(row[6])) for row in rows]  # type: ignore[arg-type]


def overdue_actions(store: Store, today: date) -> list[OverdueAction]:
    """Actions of the latest agreed plans whose date has passed and whose latest progress at a
    review is not done or no longer needed; most overdue first."""
    rows = store.db.execute(
        f"""
        SELECT * FROM (
          SELECT {_CONFERENCE}, a.id, a.what, a.who, a.by_when,
            coalesce((SELECT ap.status FROM action_progress ap JOIN reviews r ON r.id = ap.review_id
              WHERE ap.action_id = a.id
              ORDER BY coalesce(r.held_on, r.scheduled_on, '') DESC, ap.rowid DESC LIMIT 1),
              'not_reviewed') AS status
          FROM actions a JOIN plans p ON p.id = a.plan_id
          JOIN conferences c ON c.id = p.conference_id
          WHERE a.by_when IS NOT NULL AND a.by_when < ? AND c.stage <> 'closed'
            AND {_LATEST_AGREED})
        WHERE status NOT IN ('done', 'no_longer_needed')
        ORDER BY by_when, reference
        """,
        [today.isoformat()],
    ).fetchall()
    return [
        OverdueAction(
            _ref(row), row[4], row[5], row[6] or "", to_date(row[7]), ActionStatus(row[8])
        )  # type: ignore[arg-type]
        for row in rows
    ]


def withdrawn_consents(store: Store) -> list[WithdrawnConsent]:
    """Open conferences whose family has withdrawn consent, most recent first."""
    rows = store.db.execute(
        f"SELECT {_CONFERENCE}, c.consent_withdrawn_on, c.consent_withdrawal_reason "
        "FROM conferences c WHERE c.consent_withdrawn_on IS NOT NULL AND c.stage <> 'closed' "
        "ORDER BY c.consent_withdrawn_on DESC, c.reference"
    ).fetchall()
    return [WithdrawnConsent(_ref(row), to_date(row[4]), row[5] or "") for row in rows]


def _ref(row: tuple[object, ...]) -> ConferenceRef:
    return ConferenceRef(str(row[0]), str(row[1]), str(row[2]), Stage(row[3]))
