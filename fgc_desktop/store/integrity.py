"""Checking a store file through and through: every page, and every reference between records."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from fgc_desktop.store import encryption
from fgc_desktop.store.errors import EncryptedStoreError

# A badly damaged file can yield thousands of lines; the first ones say enough.
MAX_PROBLEMS = 100


@dataclass(frozen=True)
class IntegrityReport:
    """What SQLite's integrity and foreign key checks found in one file; no problems is ok."""

    path: Path
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when both checks found nothing wrong."""
        return not self.problems

    def summary(self) -> str:
        """One line: the verdict and the first problem."""
        if self.ok:
            return f"{self.path}: no problems found (integrity check and foreign key check)"
        more = len(self.problems) - 1
        extra = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        return f"{self.path} is damaged: {self.problems[0]}{extra}"


def open_read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A connection that cannot change the file (a store in use by the app can still be read).

    An encrypted store is opened keyed with its passphrase (EncryptedStoreError without one).
    """
    return encryption.connect(Path(path), passphrase, read_only=True)


def check_file(path: Path, passphrase: str | None = None) -> IntegrityReport:
    """Read every page (PRAGMA integrity_check) and every reference (PRAGMA foreign_key_check).

    An encrypted store needs its passphrase; a wrong one is reported as a problem.
    """
    try:
        with closing(open_read_only(path, passphrase)) as conn:
            problems = _page_problems(conn) + _reference_problems(conn)
    except EncryptedStoreError as error:
        problems = [f"it cannot be read ({error})"]
    except sqlite3.DatabaseError as error:
        problems = [f"it cannot be read ({error})"]
    return IntegrityReport(Path(path), tuple(problems[:MAX_PROBLEMS]))


def _page_problems(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
    # SQLite may put several problems in one row, under a "*** in database main ***" heading.
    lines = (line.strip() for row in rows for line in str(row[0]).splitlines())
    return [line for line in lines if line and line != "ok" and not line.startswith("***")]


def _reference_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS):
        problems.append(f"row {rowid} of {table} refers to a {parent} record that is not there")
    return problems
