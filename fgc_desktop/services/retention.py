"""Retention: the service's period, the closed conferences past it, and a reviewed run."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from fgc_desktop.domain.retention import (
    DEFAULT_YEARS,
    RetentionAction,
    RetentionCandidate,
    RetentionReport,
    check_years,
    closed_before,
)
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.store import retention, settings
from fgc_desktop.store.connection import Store, open_store

SETTING = "retention_years"


def retention_years(store: Store) -> int:
    """How many years closed conferences are kept (the service's setting, else 3)."""
    stored = settings.read(store, SETTING)
    try:
        return check_years(stored) if stored is not None else DEFAULT_YEARS
    except ValidationError:
        return DEFAULT_YEARS  # a value from an older or damaged file: the safe default applies


def set_retention_years(store: Store, raw: object) -> int:
    """Check and keep the service's retention period in years."""
    years = check_years(raw)
    settings.write(store, SETTING, years)
    return years


def due_for_retention(store: Store, today: date | None = None) -> list[RetentionCandidate]:
    """Closed conferences past the retention period that still hold personal details."""
    cutoff = closed_before(today or date.today(), retention_years(store))
    return retention.candidates(store, cutoff)


def apply_retention(
    path: Path,
    action: RetentionAction,
    conference_ids: Sequence[str],
    *,
    years: int,
    today: date | None = None,
    passphrase: str | None = None,
) -> RetentionReport:
    """Anonymise or delete the reviewed conferences on a connection of its own.

    Safe to run off the GUI thread: SQLite connections stay on the thread that opened them. An
    encrypted store's connection is keyed with its passphrase.
    """
    store = open_store(path, passphrase)
    try:
        return retention.apply_retention(
            store,
            action,
            conference_ids,
            years=years,
            closed_before=closed_before(today or date.today(), years),
        )
    finally:
        store.close()
