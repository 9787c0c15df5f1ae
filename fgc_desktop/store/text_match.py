"""Matching typed words inside SQL the way the domain folds them (any script, any accents)."""

from __future__ import annotations

from sqlite_utils import Database

from fgc_desktop.domain.name_search import fold

FOLD = "fgc_fold"


def allow_folding(db: Database) -> None:
    """Make fgc_fold(text) available to this connection's SQL (cheap to repeat)."""
    db.conn.create_function(FOLD, 1, _fold_or_empty, deterministic=True)


def _fold_or_empty(text: object) -> str:
    return fold(text) if isinstance(text, str) else ""
