"""Opening a store file safely: refuse foreign, damaged or newer files without touching them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlite_utils import Database

from fgc_desktop.store import encryption
from fgc_desktop.store.errors import (
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreUnwritableError,
)
from fgc_desktop.store.migrations import MIGRATION_SET, known_migration_names, migrations

_SQLITE_HEADER = b"SQLite format 3\x00"
_CHECKED_LATER = {"plans", "audit"}


class Store:
    """An open FGC store: the sqlite-utils database and the file it lives in."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path

    def close(self) -> None:
        """Close the connection; the WAL is checkpointed into the main file."""
        self.db.close()

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """One transaction: all of it is stored, or none of it, with a plain message on failure."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.IntegrityError as error:
            raise StoreError(f"The change was not saved: {error}") from error
        except sqlite3.OperationalError as error:
            raise _write_failure(self.path, error) from error


def open_store(path: Path, passphrase: str | None = None) -> Store:
    """Open (or create) the store at path, bringing its schema up to date.

    An encrypted store needs its passphrase; a new store given one is created encrypted.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        _check_existing(path, passphrase)
    elif not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreUnwritableError(
                f"The folder {path.parent} cannot be created: {error.strerror}."
            ) from error
    try:
        db = Database(encryption.connect(path, passphrase))
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")
    except sqlite3.OperationalError as error:
        raise _write_failure(path, error) from error
    except sqlite3.DatabaseError as error:
        raise CorruptStoreError(f"{path} could not be opened: {error}.") from error
    return Store(db, path)


def _check_existing(path: Path, passphrase: str | None) -> None:
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise StoreUnwritableError(f"{path} cannot be read: {error.strerror}.") from error
    if header != _SQLITE_HEADER and not encryption.looks_encrypted(path):
        raise NotAStoreError(
            f"{path} is not an FGC Desktop store (it is not a database file). "
            "It has been left as it was."
        )
    try:
        with closing(encryption.connect(path, passphrase, read_only=True)) as conn:
            _check_readable_store(conn, path)
    except sqlite3.DatabaseError as error:
        raise CorruptStoreError(
            f"{path} is damaged and cannot be read ({error}). It has been left as it was; "
            "restore it from a backup."
        ) from error


def _check_readable_store(conn: sqlite3.Connection, path: Path) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    # Every table but the kept plan PDFs and the audit trail, most of a big store's bytes: checking
    # them too would keep a coordinator waiting seconds at every start.
    for table in sorted(tables - _CHECKED_LATER):
        verdict = conn.execute(f'PRAGMA quick_check("{table}")').fetchone()[0]
        if verdict != "ok":
            raise CorruptStoreError(
                f"{path} is damaged ({verdict}). It has been left as it was; "
                "restore it from a backup."
            )
    if not tables:
        return
    if "_sqlite_migrations" not in tables:
        raise NotAStoreError(
            f"{path} is a database of another program, not an FGC Desktop store. "
            "It has been left as it was."
        )
    applied = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    if not applied:
        raise NotAStoreError(
            f"{path} is a database of another program, not an FGC Desktop store. "
            "It has been left as it was."
        )
    if applied - known_migration_names():
        raise NewerStoreError(
            f"{path} was saved by a newer version of FGC Desktop. "
            "Update the app to open it; the file has been left as it was."
        )


def _write_failure(path: Path, error: sqlite3.OperationalError) -> StoreError:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreUnwritableError(
            f"{path} cannot be written (the file or its folder is read-only). "
            "Nothing was changed; what you typed is still on screen."
        )
    if "full" in text:
        return StoreUnwritableError(
            "The disk is full, so the change was not saved. Free some space and try again; "
            "what you typed is still on screen."
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            f"{path} is in use by another program. Close it there and try again; "
            "what you typed is still on screen."
        )
    return StoreError(f"The change was not saved: {error}.")
