"""The coordinator's home page: the whole caseload at a glance, as of one day."""

from __future__ import annotations

from datetime import date

from fgc_desktop.domain.dashboard import Dashboard, by_person, review_horizon, week_of
from fgc_desktop.store import dashboard as questions
from fgc_desktop.store import reader
from fgc_desktop.store.connection import Store


def dashboard(store: Store, today: date | None = None) -> Dashboard:
    """Stages, this week's meetings, reviews due, overdue actions by person, withdrawn consent.

    Reads a few hundred milliseconds' worth at 20,000 conferences: run it off the GUI thread
    on a reader (`open_reader`).
    """
    today = today or date.today()
    monday, sunday = week_of(today)
    return Dashboard(
        today=today,
        stage_counts=questions.stage_counts(store),
        this_week=tuple(questions.meetings_between(store, monday, sunday)),
        reviews_due=tuple(questions.reviews_due(store, review_horizon(today))),
        overdue_actions=by_person(questions.overdue_actions(store, today)),
        withdrawn=tuple(questions.withdrawn_consents(store)),
    )


def open_reader(store: Store) -> Store:
    """A connection of its own for loading the dashboard off the GUI thread."""
    return reader.open_reader(store)


def interrupt(source: Store) -> None:
    """Stop the reading running on a reader (from any thread)."""
    reader.interrupt(source)


def was_interrupted(error: BaseException) -> bool:
    """True when a reading stopped because a newer one replaced it."""
    return reader.is_interrupted(error)
