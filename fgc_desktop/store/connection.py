"""Opening a store file safely: refuse foreign, damaged or newer files without touching them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import encryption
from fgc_desktop.store.backup_names import default_backups_folder
from fgc_desktop.store.damaged_reads import GuardedConnection
from fgc_desktop.store.encryption import CipherConnection
from fgc_desktop.store.errors import (
    BackupError,
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreUnwritableError,
)
from fgc_desktop.store.schema_names import MIGRATION_NAMES, MIGRATION_SET

if TYPE_CHECKING:
    from sqlite_utils import Database

_SQLITE_HEADER = b"SQLite format 3\x00"
_CHECKED_LATER = {"plans", "audit"}
# Up to this size a store's tables are checked at every opening, in a few milliseconds.
CHECKED_AT_OPENING_UP_TO = 16 * 1024 * 1024


class Store:
    """An open FGC store: its connection, the file it lives in, where its backups go.

    `db` is the sqlite-utils view of the connection, made when first used: sqlite-utils takes
    longer to import than the rest of the start, and the caseload list reads through `conn`.
    `passphrase` is the one an encrypted store was opened with (None for a plain store): every
    other connection to the file (backups, checks, the reader, statistics) is keyed with it.
    `damage` is None until the store is found damaged; from then on nothing is written to it.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        backups: Path | None = None,
        *,
        passphrase: str | None = None,
    ) -> None:
        self.conn = conn
        self._db: Database | None = None
        self.path = path
        self.backups = backups if backups is not None else default_backups_folder(path)
        self.passphrase = passphrase or None
        self.damage: str | None = None
        self._damage_listeners: list[Callable[[str], None]] = []
        self._watch_damage()

    @property
    def db(self) -> Database:
        """The store as a sqlite-utils database, over the same connection."""
        if self._db is None:
            self._db = sqlite_utils_database(self.conn)
        return self._db

    def _watch_damage(self) -> None:
        conn = self.conn
        if isinstance(conn, (GuardedConnection, CipherConnection)):
            conn.on_damage = self.mark_damaged

    def connect(self, *, read_only: bool = True) -> sqlite3.Connection:
        """Another connection to the same file, keyed like the store's own; the caller closes it."""
        return encryption.connect(self.path, self.passphrase, read_only=read_only)

    def reopen(self, passphrase: str | None) -> None:
        """Carry the same store object on over its file as it now is (e.g. after conversion)."""
        reopened = open_store(self.path, passphrase=passphrase, backups=self.backups)
        self.conn, self._db = reopened.conn, None
        self.passphrase = reopened.passphrase
        self._watch_damage()

    def mark_damaged(self, message: str) -> None:
        """Stop every write from now on: a damaged store is never written to."""
        if self.damage is not None:
            return
        self.damage = message
        # Belt and braces: even a write that bypassed writing() is refused by SQLite. A connection
        # too broken to take the pragma cannot write either.
        with suppress(sqlite3.Error):
            self.conn.execute("PRAGMA query_only = ON")
        for listener in list(self._damage_listeners):
            listener(message)

    def when_damaged(self, listener: Callable[[str], None]) -> None:
        """Call listener(message) once, when damage is found (e.g. to show it on screen).

        Damage already found is not told again: look at `damage` first.
        """
        self._damage_listeners.append(listener)

    def close(self) -> None:
        """Close the connection; the WAL is checkpointed into the main file."""
        self.conn.close()

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """One transaction: all of it is stored, or none of it, with a plain message on failure."""
        if self.damage is not None:
            raise CorruptStoreError(self.damage)
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.IntegrityError as error:
            raise StoreError(Words("The change was not saved: {error}", error=error)) from error
        except sqlite3.OperationalError as error:
            raise _write_failure(self.path, error) from error


def open_store(path: Path, passphrase: str | None = None, *, backups: Path | None = None) -> Store:
    """Open (or create) the store at path, bringing its schema up to date.

    An encrypted store needs its passphrase; a new store given one is created encrypted. An
    existing store that needs updating is backed up first (into backups, by default the
    `backups` folder beside it); an encrypted store's backup is encrypted too.
    """
    path = Path(path)
    passphrase = passphrase or None
    if path.exists() and path.stat().st_size > 0:
        if check_store_file(path, passphrase, opening=True):
            _back_up_before_update(path, backups, passphrase)
    else:
        _make_folder(path.parent)
    try:
        conn = _connect(path, passphrase)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Deleted records are overwritten with zeros, not just unlinked (retention, removals).
        conn.execute("PRAGMA secure_delete = ON")
        # As sqlite-utils sets it: a row replaced by an upsert fires its delete triggers (search).
        conn.execute("PRAGMA recursive_triggers = ON")
        if _applied(conn) != set(MIGRATION_NAMES):
            _migrate(conn)
        _note_version(conn)
    except sqlite3.OperationalError as error:
        raise _write_failure(path, error) from error
    except sqlite3.DatabaseError as error:
        raise CorruptStoreError(
            Words("{path} could not be opened: {error}.", path=path, error=error)
        ) from error
    # A plain file stays plain whatever passphrase was given: only a keyed one keeps it.
    kept = passphrase if isinstance(conn, CipherConnection) else None
    return Store(conn, path, backups, passphrase=kept)


def sqlite_utils_database(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils database over an open connection, with no plugins looked for."""
    from sqlite_utils import Database
    from sqlite_utils import plugins as sqlite_utils_plugins

    # The app uses no sqlite-utils plugins. Looking for them reads every installed package's
    # entry points (tens of milliseconds), and one found would run inside the app that holds
    # case data: say they are loaded, so none is looked for.
    sqlite_utils_plugins._plugins_loaded = True
    return Database(conn)


def _applied(conn: sqlite3.Connection) -> set[str]:
    """The migrations this store has applied (none for a new one)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if has_table is None:
        return set()
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    )
    return {row[0] for row in rows}


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring a new or older store's schema up to date (only then are the migrations loaded)."""
    from fgc_desktop.store.migrations import migrations

    migrations.apply(sqlite_utils_database(conn))


def _note_version(conn: sqlite3.Connection) -> None:
    """Keep user_version at the number of migrations; only when it changed, as it is a write."""
    version = len(_applied(conn))
    if conn.execute("PRAGMA user_version").fetchone()[0] != version:
        conn.execute(f"PRAGMA user_version = {version}")


def _connect(path: Path, passphrase: str | None) -> sqlite3.Connection:
    """The connection the app works through; a damaged page it meets becomes CorruptStoreError."""
    return encryption.connect(path, passphrase, guarded=True)


def _make_folder(folder: Path) -> None:
    if folder.exists():
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnwritableError(
            Words(
                "The folder {folder} cannot be created: {strerror}.",
                folder=folder,
                strerror=error.strerror,
            )
        ) from error


def _back_up_before_update(path: Path, backups: Path | None, passphrase: str | None) -> None:
    """No update without a backup: the file is left as it was when none can be made."""
    # Only a store being updated is backed up here: not loaded at an ordinary start.
    from fgc_desktop.store.backup import back_up
    from fgc_desktop.store.integrity import check_file

    try:
        back_up(path, BackupReason.BEFORE_MIGRATION, backups, passphrase=passphrase)
    except BackupError as error:
        report = check_file(path, passphrase)
        if not report.ok:
            raise CorruptStoreError(
                Words(
                    "{path} is damaged ({problem}). It has been left as it was; restore it from a "
                    "backup.",
                    path=path,
                    problem=report.problems[0],
                )
            ) from error
        raise StoreUnwritableError(
            Words(
                "{path} needs updating for this version of FGC Desktop, but it is backed up first "
                "and the backup failed: {error} The file has been left as it was.",
                path=path,
                error=error,
            )
        ) from error


def check_store_file(
    path: Path, passphrase: str | None = None, *, opening: bool = False
) -> set[str]:
    """Refuse a file that is not an FGC store, is damaged or is newer; the updates it needs.

    Reads the file without changing it; the full page check is left to `integrity`. An
    encrypted file needs its passphrase (EncryptedStoreError, WrongPassphraseError). When
    `opening` a current store bigger than CHECKED_AT_OPENING_UP_TO, its tables are not read.
    """
    path = Path(path)
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise StoreUnwritableError(
            Words("{path} cannot be read: {strerror}.", path=path, strerror=error.strerror)
        ) from error
    if header != _SQLITE_HEADER and not encryption.looks_encrypted(path):
        raise NotAStoreError(
            Words(
                "{path} is not an FGC Desktop store (it is not a database file). It has been left "
                "as it was.",
                path=path,
            )
        )
    try:
        with closing(encryption.connect(path, passphrase, read_only=True)) as conn:
            return _check_readable_store(conn, path, opening=opening)
    except sqlite3.DatabaseError as error:
        raise _read_failure(path, error) from error


def _read_failure(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    text = str(error).lower()
    if isinstance(error, sqlite3.OperationalError) and (
        "unable to open" in text or "readonly" in text
    ):
        # A store last used in WAL mode needs its -shm file, which a read-only folder forbids.
        return StoreUnwritableError(
            Words(
                "{path} cannot be opened: the file or its folder is read-only. It has been left "
                "as it was.",
                path=path,
            )
        )
    if isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return StoreError(
            Words("{path} is in use by another program. Close it there and try again.", path=path)
        )
    return CorruptStoreError(
        Words(
            "{path} is damaged and cannot be read ({error}). It has been left as it was; restore "
            "it from a backup.",
            path=path,
            error=error,
        )
    )


def _check_readable_store(conn: sqlite3.Connection, path: Path, *, opening: bool) -> set[str]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    pending = _pending_updates(conn, path, tables)
    # A big store in daily use is checked through by the full check that starts once the window
    # shows (ui/store_health), and a damaged page read meanwhile stops every write: checking it
    # here too would keep a coordinator waiting a second or more at every start. A store about
    # to be updated, and any other file checked (a backup, a restore), is checked here.
    if pending or not opening or path.stat().st_size <= CHECKED_AT_OPENING_UP_TO:
        _check_tables(conn, path, tables)
    return pending


def _check_tables(conn: sqlite3.Connection, path: Path, tables: set[str]) -> None:
    # Every table but the kept plan PDFs and the audit trail, most of a big store's bytes: checking
    # them too would keep a coordinator waiting seconds at every start.
    for table in sorted(tables - _CHECKED_LATER):
        verdict = conn.execute(f'PRAGMA quick_check("{table}")').fetchone()[0]
        if verdict != "ok":
            raise CorruptStoreError(
                Words(
                    "{path} is damaged ({verdict}). It has been left as it was; restore it from a "
                    "backup.",
                    path=path,
                    verdict=verdict,
                )
            )


def _pending_updates(conn: sqlite3.Connection, path: Path, tables: set[str]) -> set[str]:
    """The migrations this store still needs; a foreign or newer file is refused."""
    if not tables:
        return set()
    if "_sqlite_migrations" not in tables:
        raise NotAStoreError(
            Words(
                "{path} is a database of another program, not an FGC Desktop store. It has been "
                "left as it was.",
                path=path,
            )
        )
    applied = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    if not applied:
        raise NotAStoreError(
            Words(
                "{path} is a database of another program, not an FGC Desktop store. It has been "
                "left as it was.",
                path=path,
            )
        )
    known = set(MIGRATION_NAMES)
    if applied - known:
        raise NewerStoreError(
            Words(
                "{path} was saved by a newer version of FGC Desktop. Update the app to open it; "
                "the file has been left as it was.",
                path=path,
            )
        )
    return known - applied


def _write_failure(path: Path, error: sqlite3.OperationalError) -> StoreError:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreUnwritableError(
            Words(
                "{path} cannot be written (the file or its folder is read-only). Nothing was "
                "changed; what you typed is still on screen.",
                path=path,
            )
        )
    if "full" in text:
        return StoreUnwritableError(
            Words(
                "The disk is full, so the change was not saved. Free some space and try again; "
                "what you typed is still on screen."
            )
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            Words(
                "{path} is in use by another program. Close it there and try again; what you "
                "typed is still on screen.",
                path=path,
            )
        )
    return StoreError(Words("The change was not saved: {error}.", error=error))
