"""Reading a conference's audit trail a page at a time, newest first, filtered."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from fgc_desktop.store.audit import AuditEntry
from fgc_desktop.store.text_match import FOLD, allow_folding


@dataclass(frozen=True)
class TrailFilter:
    """Which entries to show: kinds of record, and words that must all appear.

    Words also match the labels of kinds and fields: entries of a kind (`tables`) or changing a
    field (`columns`) whose label has every word are shown too.
    """

    kinds: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()
    tables: frozenset[str] = frozenset()
    columns: frozenset[str] = field(default_factory=frozenset)


def matching_seqs(db: Database, conference_id: str, trail_filter: TrailFilter) -> list[int]:
    """The sequence numbers of every entry the filter lets through, newest first.

    One pass over the conference's trail; the entries themselves are read a page at a time.
    """
    where, params = _where(db, conference_id, trail_filter)
    rows = db.execute(f"SELECT seq FROM audit WHERE {where} ORDER BY seq DESC", params)
    return [row[0] for row in rows]


def entries(db: Database, seqs: list[int]) -> list[AuditEntry]:
    """The entries with these sequence numbers, newest first."""
    rows = db.execute(
        "SELECT seq, at, actor, entity, entity_id, change, before, after FROM audit "
        "WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq DESC",
        [json.dumps(seqs)],
    ).fetchall()
    return page_of_entries(rows)


def page_of_entries(rows: Iterable[tuple[Any, ...]]) -> list[AuditEntry]:
    """Audit rows (seq, at, actor, entity, entity_id, change, before, after) as entries."""
    return [_entry(*row) for row in rows]


def kinds(db: Database, conference_id: str) -> list[str]:
    """The kinds of record (tables) the conference's trail mentions."""
    rows = db.execute(
        "SELECT DISTINCT entity FROM audit WHERE conference_id = ?", [conference_id]
    ).fetchall()
    return sorted(row[0] for row in rows)


def known_values(db: Database, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each record's values as stored now, or as the trail last knew them once it is gone."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    found: dict[str, dict[str, Any]] = {}
    if table in db.table_names() and "id" in db[table].columns_dict:
        for row in db.query(
            f'SELECT * FROM "{table}" WHERE id IN (SELECT value FROM json_each(?))',
            [json.dumps(wanted)],
        ):
            found[row["id"]] = row
    missing = [record_id for record_id in wanted if record_id not in found]
    if missing:
        found.update(_last_known(db, table, missing))
    return found


def _last_known(db: Database, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    known: dict[str, dict[str, Any]] = {}
    rows = db.execute(
        "SELECT entity_id, change, before, after FROM audit WHERE entity = ? "
        "AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY seq",
        [table, json.dumps(ids)],
    )
    for entity_id, change, before, after in rows:
        values = known.setdefault(entity_id, {})
        if change == "delete" and before:
            values.update(json.loads(before))
        elif after:
            values.update(json.loads(after))
    return known


def _where(
    db: Database, conference_id: str, trail_filter: TrailFilter
) -> tuple[str, dict[str, Any]]:
    clauses = ["conference_id = :conference"]
    params: dict[str, Any] = {"conference": conference_id}
    if trail_filter.kinds:
        clauses.append("entity IN (SELECT value FROM json_each(:kinds))")
        params["kinds"] = json.dumps(sorted(trail_filter.kinds))
    if trail_filter.words:
        allow_folding(db)
        content = f"{FOLD}(COALESCE(before, '') || ' ' || COALESCE(after, '') || ' ' || actor)"
        every_word = " AND ".join(
            f"instr({content}, :word{n}) > 0" for n in range(len(trail_filter.words))
        )
        params |= {f"word{n}": word for n, word in enumerate(trail_filter.words)}
        alternatives = [f"({every_word})"]
        if trail_filter.tables:
            alternatives.append("entity IN (SELECT value FROM json_each(:tables))")
            params["tables"] = json.dumps(sorted(trail_filter.tables))
        for n, column in enumerate(sorted(trail_filter.columns)):
            alternatives.append(
                f"instr(COALESCE(before, '') || COALESCE(after, ''), :column{n}) > 0"
            )
            params[f"column{n}"] = json.dumps(column) + ":"
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(clauses), params


def _entry(
    seq: int,
    at: str,
    actor: str,
    entity: str,
    entity_id: str,
    change: str,
    before: str | None,
    after: str | None,
) -> AuditEntry:
    return AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        change=change,
        before=json.loads(before) if before else None,
        after=json.loads(after) if after else None,
    )
