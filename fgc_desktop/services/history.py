"""A conference's history from the audit trail: who changed what, when, before and after."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from fgc_desktop.domain.audit_wording import (
    NAMINGS,
    PERSON_COLUMNS,
    HistoryLine,
    change_verb,
    field_changes,
    kind_label,
    labels_matching,
    local_time,
    summary,
    title_of,
)
from fgc_desktop.domain.name_search import fold, search_words
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import history
from fgc_desktop.store.audit import AuditEntry
from fgc_desktop.store.connection import Store
from fgc_desktop.store.history import TrailFilter

PAGE_SIZE = 200


def trail_filter(kinds: Iterable[str] = (), text: str = "") -> TrailFilter:
    """The filter for chosen kinds of record and typed words (matching values and labels)."""
    words = tuple(search_words(text))
    tables, columns = labels_matching(list(words), fold) if words else (set(), set())
    return TrailFilter(frozenset(kinds), words, frozenset(tables), frozenset(columns))


def matching(store: Store, conference_id: str, chosen: TrailFilter) -> list[int]:
    """Which entries of the conference's history the filter shows (their seqs, newest first)."""
    return history.matching_seqs(store.db, conference_id, chosen)


def history_lines(store: Store, seqs: list[int]) -> list[HistoryLine]:
    """Those entries in plain words, newest first (one page at a time: see PAGE_SIZE)."""
    return describe(store, history.entries(store.db, seqs))


def record_kinds(store: Store, conference_id: str) -> list[tuple[str, str]]:
    """The kinds of record in the conference's history: (table, label), by label."""
    return sorted(
        ((table, kind_label(table)) for table in history.kinds(store.db, conference_id)),
        key=lambda pair: pair[1],
    )


def describe(store: Store, entries: list[AuditEntry]) -> list[HistoryLine]:
    """Audit entries as history lines, naming each record and the people in it."""
    naming_values = _naming_values(store, entries)
    person_ids = {
        str(value)
        for entry in entries
        for values in (entry.before or {}, entry.after or {}, naming_values[entry.seq])
        for column, value in values.items()
        if column in PERSON_COLUMNS and value
    }
    people = history.known_values(store.db, "people", person_ids)

    def person_name(person_id: str) -> str:
        name = people.get(person_id, {}).get("name")
        # The app's own wording (a Words), so the History shows it in the reader's language.
        return str(name) if name else Words("someone no longer recorded")

    lines = []
    for entry in entries:
        fields = field_changes(entry.entity, entry.before, entry.after, person_name)
        title = title_of(entry.entity, naming_values[entry.seq], person_name)
        lines.append(
            HistoryLine(
                seq=entry.seq,
                at=entry.at,
                when=local_time(entry.at),
                actor=entry.actor,
                change=change_verb(entry.change),
                kind=kind_label(entry.entity),
                title=title,
                summary=summary(entry.entity, entry.change, title, fields, entry.after),
                fields=fields,
            )
        )
    return lines


def _naming_values(store: Store, entries: list[AuditEntry]) -> dict[int, dict[str, Any]]:
    """For each entry, the values of the columns that name its record (looked up if missing)."""
    values: dict[int, dict[str, Any]] = {}
    missing: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        naming = NAMINGS.get(entry.entity)
        held = {**(entry.before or {}), **(entry.after or {})}
        values[entry.seq] = held
        if naming is not None and any(column not in held for column in naming.columns):
            missing[entry.entity].add(entry.entity_id)
    looked_up = {
        table: history.known_values(store.db, table, ids) for table, ids in missing.items()
    }
    for entry in entries:
        known = looked_up.get(entry.entity, {}).get(entry.entity_id, {})
        values[entry.seq] = {**known, **values[entry.seq]}
    return values
