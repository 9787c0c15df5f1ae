"""Reads that hit a damaged page become the store's own CorruptStoreError, never a raw traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from fgc_desktop.domain.wording import Words
from fgc_desktop.store.errors import CorruptStoreError

# SQLite's result codes for a file whose pages do not make sense (SQLITE_CORRUPT, SQLITE_NOTADB).
_DAMAGE_CODES = {11, 26}


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is damaged, not that a statement was wrong."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def damage_message(path: Path, error: sqlite3.Error) -> Words:
    """The plain sentence for a store found damaged while in use."""
    return Words(
        "{path} is damaged: part of it cannot be read ({error}). Nothing more will be saved "
        "to it; restore it from a backup.",
        path=path,
        error=error,
    )


class GuardedConnection(sqlite3.Connection):
    """A connection whose statements report a damaged file as CorruptStoreError.

    `path` names the file in messages; `on_damage(message)` is told the first time it happens.
    """

    path: Path = Path()
    on_damage: Callable[[str], None] | None = None

    def cursor(self, factory: type[sqlite3.Cursor] | None = None) -> sqlite3.Cursor:  # type: ignore[override]
        """Cursors that translate damage too."""
        return super().cursor(factory or GuardedCursor)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        """Run one statement."""
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:  # type: ignore[override]
        """Run one statement for each set of parameters."""
        return self.cursor().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:  # type: ignore[override]
        """Run several statements."""
        return self.cursor().executescript(script)

    def commit(self) -> None:
        """Commit, translating damage found while writing."""
        try:
            super().commit()
        except sqlite3.DatabaseError as error:
            raise self.damaged(error) from error

    def damaged(self, error: sqlite3.DatabaseError) -> Exception:
        """The exception to raise for error: CorruptStoreError for damage, else error itself."""
        if not is_damage(error):
            return error
        message = damage_message(self.path, error)
        if self.on_damage is not None:
            self.on_damage(message)
        return CorruptStoreError(message)


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose statements and fetches report damage through its connection.

    A cursor whose statement fails is closed at once. Python 3.11 keeps a statement that failed
    in `execute` for as long as its cursor lives, and the cursor lives as long as the traceback
    of the error (the frames here hold it). A connection closed meanwhile only closes once that
    statement is finalized: until then SQLite keeps the file open, and in WAL mode keeps its
    shared lock, so a restore would find the store "in use" while the error is being shown.
    """

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:  # type: ignore[override]
        """Run one statement."""
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> GuardedCursor:  # type: ignore[override]
        """Run one statement for each set of parameters."""
        try:
            return super().executemany(sql, parameters)
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def executescript(self, script: str, /) -> GuardedCursor:  # type: ignore[override]
        """Run several statements."""
        try:
            return super().executescript(script)
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def __next__(self) -> Any:
        """The next row; damaged pages are often met only while stepping through the rows."""
        try:
            return super().__next__()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def fetchone(self) -> Any:
        """The next row, or None."""
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        """Up to size more rows."""
        try:
            return super().fetchmany(size) if size is not None else super().fetchmany()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def fetchall(self) -> list[Any]:
        """Every remaining row."""
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from error

    def _damaged(self, error: sqlite3.DatabaseError) -> Exception:
        with suppress(sqlite3.Error):
            self.close()  # let go of the failed statement (see the class's note)
        connection = self.connection
        if isinstance(connection, GuardedConnection):
            return connection.damaged(error)
        return error
