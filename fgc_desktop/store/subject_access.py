"""What the store holds about a person: finding their records, and noting each export."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.audit_wording import SUBJECT_ACCESS_EXPORT
from fgc_desktop.domain.name_search import search_words
from fgc_desktop.domain.subject_access import PersonMatch
from fgc_desktop.store import audit
from fgc_desktop.store.audit import AuditEntry
from fgc_desktop.store.connection import Store
from fgc_desktop.store.history import page_of_entries
from fgc_desktop.store.ownership import owned_tables
from fgc_desktop.store.text_match import FOLD, allow_folding

MOST_MATCHES = 500


def find_people(store: Store, text: str) -> list[PersonMatch]:
    """Network records whose name has every word typed (any script, case or accents)."""
    words = search_words(text)
    if not words:
        return []
    db = store.db
    allow_folding(db)
    conditions = " AND ".join(f"instr({FOLD}(p.name), :w{n}) > 0" for n in range(len(words)))
    rows = db.execute(
        f"""
        SELECT p.id, p.conference_id, c.reference, c.family_name, p.name, p.role,
               COALESCE(p.relationship, ''), COALESCE(p.date_of_birth, '')
        FROM people AS p JOIN conferences AS c ON c.id = p.conference_id
        WHERE {conditions}
        ORDER BY p.name, c.ref_year, c.ref_number, c.reference
        LIMIT {MOST_MATCHES}
        """,
        {f"w{n}": word for n, word in enumerate(words)},
    ).fetchall()
    return [PersonMatch(*row) for row in rows]


def conference_rows(db: Database, conference_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of a conference, by table, in the order they were made."""
    return {
        table: list(db.query(f'SELECT * FROM "{table}" WHERE {where} ORDER BY rowid',
                             {"conference": conference_id}))
        for table, where in owned_tables(db).items()
    }  # fmt: skip


def audit_about(db: Database, entity_ids: Iterable[str]) -> list[AuditEntry]:
    """Every recorded change to these records, oldest first."""
    ids = sorted(set(entity_ids))
    if not ids:
        return []
    rows = db.execute(
        "SELECT seq, at, actor, entity, entity_id, change, before, after FROM audit "
        "WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY seq",
        [json.dumps(ids)],
    ).fetchall()
    return page_of_entries(rows)


def note_export(store: Store, people: Iterable[tuple[str, str]], made: str) -> None:
    """Record in each conference's trail that a person's records were exported (no content)."""
    with store.writing() as db:
        for person_id, conference_id in people:
            audit.record(
                db,
                conference_id=conference_id,
                entity="people",
                entity_id=person_id,
                change=SUBJECT_ACCESS_EXPORT,
                after={"format": made},
            )
