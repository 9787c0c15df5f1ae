"""Counting the service's work for a period: one SQL pass per figure, no conference loaded."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from fgc_desktop.domain.review import ActionStatus
from fgc_desktop.domain.statistics import HELD_STAGES, Period, ServiceFigures, with_months
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import encryption
from fgc_desktop.store.connection import Store, sqlite_utils_database
from fgc_desktop.store.errors import StoreError

_REFERRALS = """
SELECT substr(referral_received_on, 1, 7) AS month, COUNT(*)
FROM conferences
WHERE referral_received_on BETWEEN :start AND :end
GROUP BY month
"""

# The first version is the plan made at the conference. Its agreed_at is a UTC moment, and the
# conference date a local date, so the moment is turned into the computer's local date first.
# A referral date after the conference date is a typing slip: such conferences are not timed.
_CONFERENCES = """
SELECT substr(c.held_on, 1, 7) AS month,
       COUNT(*),
       SUM(p.status = 'agreed' AND date(p.agreed_at, 'localtime') = c.held_on),
       SUM(CASE WHEN julianday(c.referral_received_on) <= julianday(c.held_on)
                THEN julianday(c.held_on) - julianday(c.referral_received_on) END),
       COUNT(CASE WHEN julianday(c.referral_received_on) <= julianday(c.held_on) THEN 1 END)
FROM conferences c
LEFT JOIN plans p ON p.conference_id = c.id AND p.version = 1
WHERE c.held_on BETWEEN :start AND :end AND c.stage IN ({stages})
GROUP BY month
"""

# On time as domain.review.Review.was_on_time: on or before the reviewed version's review date.
_REVIEWS = """
SELECT COUNT(*), SUM(p.review_date IS NULL OR r.held_on <= p.review_date)
FROM reviews r
JOIN plans p ON p.id = r.plan_id
WHERE r.held_on BETWEEN :start AND :end
"""

# An action reviewed at two meetings in the period counts once.
_ACTIONS = """
SELECT COUNT(DISTINCT CASE WHEN a.status != :not_reviewed THEN a.action_id END),
       COUNT(DISTINCT CASE WHEN a.status = :done THEN a.action_id END)
FROM action_progress a
JOIN reviews r ON r.id = a.review_id
WHERE r.held_on BETWEEN :start AND :end
"""


def count_service(store: Store, period: Period) -> ServiceFigures:
    """The figures for a period, counted on the store's own connection."""
    return count_in(store.db, period)


def count_service_apart(
    path: Path, period: Period, passphrase: str | None = None
) -> ServiceFigures:
    """The figures counted on a read-only connection of their own, safe on another thread.

    An encrypted store's connection is keyed with its passphrase.
    """
    try:
        connection = encryption.connect(Path(path), passphrase, read_only=True)
    except sqlite3.Error as error:
        raise StoreError(
            Words("{path} could not be read: {error}.", path=path, error=error)
        ) from error
    with closing(connection):
        try:
            return count_in(sqlite_utils_database(connection), period)
        except sqlite3.Error as error:
            raise StoreError(
                Words("The figures could not be counted: {error}.", error=error)
            ) from error


def count_in(db: Database, period: Period) -> ServiceFigures:
    """The figures for a period, counted with one aggregate query per kind of record."""
    bounds = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    referrals = {_month(m): n for m, n in db.execute(_REFERRALS, bounds)}
    conferences: dict[date, int] = {}
    agreed = days = timed = 0
    stages = ", ".join(f"'{stage.value}'" for stage in HELD_STAGES)
    for month, held, on_the_day, waited, counted in db.execute(
        _CONFERENCES.format(stages=stages), bounds
    ):
        conferences[_month(month)] = held
        agreed += on_the_day or 0
        days += round(waited or 0)
        timed += counted
    reviews, on_time = db.execute(_REVIEWS, bounds).fetchone()
    reviewed, done = db.execute(
        _ACTIONS,
        {
            **bounds,
            "not_reviewed": ActionStatus.NOT_REVIEWED.value,
            "done": ActionStatus.DONE.value,
        },
    ).fetchone()
    figures = ServiceFigures(
        period,
        referrals_received=sum(referrals.values()),
        conferences_held=sum(conferences.values()),
        plans_agreed_on_the_day=agreed,
        reviews_held=reviews,
        reviews_on_time=on_time or 0,
        actions_reviewed=reviewed,
        actions_completed=done,
        days_to_conference=days,
        timed_conferences=timed,
    )
    return with_months(figures, referrals, conferences)


def _month(text: str) -> date:
    return date.fromisoformat(f"{text}-01")
