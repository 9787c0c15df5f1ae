"""Damaging store files on purpose, as a failing disk would, to test checks and restores."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

PAGE_SIZE = 4096


def pages_of(path: Path, table: str, kind: str | None = None) -> list[int]:
    """The page numbers (from 1) holding a table, read with SQLite's dbstat table.

    kind picks one sort of page: "leaf" (rows), "internal" or "overflow" (long values).
    """
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT pageno, pagetype FROM dbstat WHERE name = ? ORDER BY pageno", [table]
        )
        return [number for number, pagetype in rows if kind is None or pagetype == kind]


def overwrite_page(path: Path, page: int, filler: bytes = b"\x5a") -> None:
    """Write nonsense over one whole page of a closed store file."""
    with path.open("r+b") as file:
        file.seek((page - 1) * PAGE_SIZE)
        file.write(filler * PAGE_SIZE)


def damage_in_the_middle(path: Path, table: str = "plans") -> int:
    """Overwrite the page of `table` nearest the middle of the file; returns its number.

    The plans and the audit trail are most of a big store and are left to the full check at
    start, so damage there is what the quick check at opening cannot see.
    """
    pages = pages_of(path, table)
    assert pages, f"{table} holds no pages"
    middle = path.stat().st_size // PAGE_SIZE // 2
    page = min(pages, key=lambda number: abs(number - middle))
    overwrite_page(path, page)
    return page
