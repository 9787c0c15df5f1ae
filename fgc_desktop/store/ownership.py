"""Which rows belong to a conference, found from the schema itself."""

from __future__ import annotations

from collections.abc import Iterable
from graphlib import TopologicalSorter

from sqlite_utils import Database

# Tables that are about the service, not about one conference (even where they name one).
SERVICE_TABLES = frozenset({"audit", "retention_runs", "retention_run_conferences", "settings"})
# Copies kept current by triggers on the tables they copy from, so they follow those tables.
DERIVED_TABLES = frozenset({"search_text"})


def owned_tables(db: Database) -> dict[str, str]:
    """Every table holding a conference's rows, with the SQL condition choosing them.

    Found from the schema (a conference_id column, or a foreign key to a table already found),
    so tables added by later migrations are covered without being named here.
    """
    owned = {"conferences": "id = :conference"}
    tables = [
        t
        for t in db.table_names()
        if t not in SERVICE_TABLES | DERIVED_TABLES and not t.startswith("_")
    ]
    for table in tables:
        if table != "conferences" and "conference_id" in db[table].columns_dict:
            owned[table] = "conference_id = :conference"
    changed = True
    while changed:
        changed = False
        for table in tables:
            if table in owned:
                continue
            for key in db[table].foreign_keys:
                if key.other_table in owned and key.other_table != table:
                    owned[table] = (
                        f'"{key.column}" IN (SELECT "{key.other_column}" FROM '
                        f'"{key.other_table}" WHERE {owned[key.other_table]})'
                    )
                    changed = True
                    break
    return owned


def children_first(db: Database, tables: Iterable[str]) -> list[str]:
    """Tables ordered so that rows pointing at another table's rows go before them."""
    chosen = set(tables)
    graph = {
        table: {
            key.other_table
            for key in db[table].foreign_keys
            if key.other_table in chosen and key.other_table != table
        }
        for table in chosen
    }
    # static_order puts a table after the tables it points at; deleting needs the reverse.
    return list(reversed(list(TopologicalSorter(graph).static_order())))
