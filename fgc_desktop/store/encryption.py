"""Encryption at rest with SQLCipher: keyed connections, telling encrypted files apart, converting.

sqlcipher3 raises its own exception classes, not the stdlib's. sqlite-utils catches the stdlib's
(`sqlite3.OperationalError` around savepoints in `query`, added columns in `insert`/`update`,
index names in `create_index`, `drop(ignore=True)`, its feature checks), and so does the store
(`Store.writing`, `open_store`). Every keyed connection is therefore wrapped so that its errors
arrive as the stdlib's classes of the same name, and all of that code works unchanged.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlcipher3 import dbapi2 as cipher

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.domain.passphrase import normalised
from fgc_desktop.domain.wording import Words
from fgc_desktop.store.backup_names import default_backups_folder, free_backup_path
from fgc_desktop.store.damaged_reads import GuardedConnection, damage_message, is_damage
from fgc_desktop.store.errors import (
    CorruptStoreError,
    EncryptedStoreError,
    StoreError,
    StoreUnwritableError,
    WrongPassphraseError,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE = 4096
_BUSY_MS = 2000
# Random-looking bytes: an encrypted page uses nearly all 256 byte values, text and PDFs do not.
_RANDOM_BYTE_VALUES = 240
_SQLITE_CORRUPT = 11
# What a keyed connection may raise: sqlcipher3's errors, and MemoryError for a damaged page.
_CIPHER_ERRORS = (cipher.Error, MemoryError)


@dataclass(frozen=True)
class Conversion:
    """What converting a store to or from encryption did."""

    backup: Path | None  # the copy taken first; None once an unencrypted one was removed
    rows: dict[str, int]  # rows in every table, checked equal before and after
    left_unencrypted: tuple[Path, ...] = ()  # older copies in the backups folder, not encrypted


def _stdlib_error(error: BaseException) -> sqlite3.Error:
    if isinstance(error, MemoryError):
        # SQLCipher reports a page that fails its authentication check (a damaged page) as
        # SQLITE_NOMEM, which sqlcipher3 raises as MemoryError: it is damage, not memory.
        damaged = sqlite3.DatabaseError(
            "database disk image is malformed (a page failed its authentication check)"
        )
        damaged.sqlite_errorcode = _SQLITE_CORRUPT  # type: ignore[attr-defined]
        damaged.sqlite_errorname = "SQLITE_CORRUPT"  # type: ignore[attr-defined]
        return damaged
    kind = getattr(sqlite3, type(error).__name__, sqlite3.DatabaseError)
    translated = kind(*error.args)
    for name in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(error, name):
            setattr(translated, name, getattr(error, name))
    return translated


def _translating(
    call: Callable[..., Any], translate: Callable[[Any], Exception]
) -> Callable[..., Any]:
    def translated(*args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except _CIPHER_ERRORS as error:
            raise translate(error) from error

    return translated


class _Translated:
    """Forwards to a sqlcipher3 object; its errors arrive as the stdlib's sqlite3 classes."""

    def __init__(self, raw: Any, owner: CipherConnection | None = None) -> None:
        object.__setattr__(self, "_raw", raw)
        object.__setattr__(self, "_owner", owner)

    def _translate(self, error: Any) -> Exception:
        owner = self._owner
        return owner.translate(error) if owner is not None else _stdlib_error(error)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._raw, name)
        return _translating(value, self._translate) if callable(value) else value

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._raw, name, value)


class CipherCursor(_Translated):
    """A sqlcipher3 cursor whose statements and fetches raise the stdlib's errors."""

    def execute(self, *args: Any) -> CipherCursor:
        _translating(self._raw.execute, self._translate)(*args)
        return self

    def executemany(self, *args: Any) -> CipherCursor:
        _translating(self._raw.executemany, self._translate)(*args)
        return self

    def executescript(self, *args: Any) -> CipherCursor:
        _translating(self._raw.executescript, self._translate)(*args)
        return self

    def __iter__(self) -> CipherCursor:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._raw)
        except _CIPHER_ERRORS as error:
            raise self._translate(error) from error


class CipherConnection(_Translated):
    """A keyed sqlcipher3 connection that sqlite-utils and the store can use like sqlite3's.

    A guarded one (the app's own) reports a damaged page as CorruptStoreError, as
    damaged_reads.GuardedConnection does for a plain store: `path` names the file in messages,
    `on_damage(message)` is told the first time.
    """

    path: Path = Path()
    on_damage: Callable[[str], None] | None = None
    guarded: bool = False

    def __init__(self, raw: Any) -> None:
        super().__init__(raw)
        object.__setattr__(self, "_owner", self)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("path", "on_damage", "guarded"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._raw, name, value)

    def translate(self, error: Any) -> Exception:
        """The stdlib's class for a sqlcipher3 error; CorruptStoreError for damage when guarded."""
        translated = _stdlib_error(error)
        if not self.guarded or not is_damage(translated):
            return translated
        message = damage_message(self.path, translated)
        if self.on_damage is not None:
            self.on_damage(message)
        return CorruptStoreError(message)

    def execute(self, *args: Any) -> CipherCursor:
        return CipherCursor(_translating(self._raw.execute, self.translate)(*args), self)

    def executemany(self, *args: Any) -> CipherCursor:
        return CipherCursor(_translating(self._raw.executemany, self.translate)(*args), self)

    def executescript(self, *args: Any) -> CipherCursor:
        return CipherCursor(_translating(self._raw.executescript, self.translate)(*args), self)

    def cursor(self, *args: Any) -> CipherCursor:
        return CipherCursor(_translating(self._raw.cursor, self.translate)(*args), self)

    def __enter__(self) -> CipherConnection:
        return self

    def __exit__(self, *exc: object) -> Any:
        return _translating(self._raw.__exit__, self.translate)(*exc)


def connect(
    path: Path,
    passphrase: str | None = None,
    *,
    read_only: bool = False,
    guarded: bool = False,
    timeout: float = 5.0,
) -> sqlite3.Connection:
    """A connection to a store file: keyed when it is (or, new, is to be) encrypted.

    Every connection to a store file goes through here, so that an encrypted store is always
    opened keyed and with SQLCipher's own library (a second SQLite library closing the same
    file would drop the locks the first holds on it). A passphrase given for a plain file is not
    used; an encrypted file without one is refused. A guarded connection (the app's own) reports
    a damaged page as CorruptStoreError. Connections may move between threads (a conversion
    opens one off the GUI thread), never shared by two at once.
    """
    path = Path(path)
    passphrase = passphrase or None
    if passphrase is None or is_plain(path):
        if passphrase is None and looks_encrypted(path):
            raise EncryptedStoreError(
                Words(
                    "{path} is protected with a passphrase. Enter it to open the caseload.",
                    path=path,
                )
            )
        target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
        if not guarded:
            return sqlite3.connect(target, uri=read_only, check_same_thread=False, timeout=timeout)
        conn = sqlite3.connect(
            target,
            uri=read_only,
            check_same_thread=False,
            timeout=timeout,
            factory=GuardedConnection,
        )
        conn.path = path
        return conn
    raw = _keyed(path, passphrase, read_only=read_only)
    raw.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    keyed = CipherConnection(raw)
    if guarded:
        keyed.guarded = True
        keyed.path = path
    return cast(sqlite3.Connection, keyed)


def copy_store(source: Path, target: Path, passphrase: str | None = None) -> None:
    """Copy a store file into target with SQLite's online backup API (target must be new).

    The copy of an encrypted store is encrypted with the same passphrase, through SQLCipher's
    own connections; a plain store's copy is plain. Errors arrive as the stdlib's classes.
    """
    source = Path(source)
    if passphrase is None or is_plain(source):
        with (
            closing(connect(source, passphrase, read_only=True)) as reader,
            closing(sqlite3.connect(str(target))) as copy,
        ):
            reader.backup(copy)
            # A single self-contained file: it can be read from a read-only folder or a USB stick.
            copy.execute("PRAGMA journal_mode = DELETE")
        return
    try:
        with (
            closing(_keyed(source, passphrase, read_only=True)) as reader,
            closing(_raw_connect(str(target))) as copy,
        ):
            copy.execute(f"PRAGMA key = {_literal(passphrase)}")
            reader.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
    except _CIPHER_ERRORS as error:
        raise _stdlib_error(error) from error


def copy_store_as(
    source: Path, source_key: str | None, target: Path, target_key: str | None
) -> None:
    """Copy a store into target (which must be new) protected by target_key, or unencrypted.

    What protects the source does not matter: a copy under the same key (or none) is made with
    the online backup API, any other with `sqlcipher_export`, whose copy is then compared with
    the source, table by table, row counts, schema and user version. source_key is not used for a
    plain source. Errors arrive as the stdlib's classes; a copy that does not match is a
    StoreError.
    """
    source = Path(source)
    source_key = None if is_plain(source) else source_key or None
    target_key = target_key or None
    if source_key == target_key:
        copy_store(source, target, source_key)
        return
    try:
        with closing(_source(source, source_key)) as reader:
            expected = _contents(reader)
        with closing(_raw_connect(Path(target).resolve().as_uri(), uri=True)) as copy:
            if target_key is not None:
                copy.execute(f"PRAGMA key = {_literal(target_key)}")
            # Read only: the backup being restored is never written to, even by accident.
            copy.execute(
                f"ATTACH DATABASE {_quoted(source.resolve().as_uri() + '?mode=ro')} AS source "
                f"KEY {_literal(source_key or '')}"
            )
            copy.execute("SELECT sqlcipher_export('main', 'source')")
            copy.execute(f"PRAGMA main.user_version = {int(expected[2])}")
            copy.execute("DETACH DATABASE source")
        # A new connection: the export wrote virtual tables into the schema behind this one's back.
        with closing(_source(Path(target), target_key)) as written:
            found = _contents(written)
    except _CIPHER_ERRORS as error:
        raise _stdlib_error(error) from error
    _compare(found, expected, "copy")


def is_plain(path: Path) -> bool:
    """Whether the file exists and is an unencrypted SQLite database."""
    return _header(path) == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """Whether a file could be an encrypted store: whole pages of random-looking bytes."""
    try:
        size = path.stat().st_size
        if size < _PAGE or size % 512:
            return False
        with path.open("rb") as file:
            first = file.read(_PAGE)
    except OSError:
        return False
    return not first.startswith(SQLITE_HEADER) and len(set(first)) >= _RANDOM_BYTE_VALUES


def is_encrypted(db: Database) -> bool:
    """Whether an open store is an encrypted one."""
    return isinstance(db.conn, CipherConnection)


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """Whether the passphrase opens the encrypted store at path (read only; nothing written)."""
    try:
        with closing(_keyed(path, passphrase, read_only=True)):
            return True
    except WrongPassphraseError:
        return False
    except sqlite3.Error as error:
        raise _conversion_failure(path, error, Words("opened")) from error


def change_passphrase(db: Database, path: Path, passphrase: str) -> None:
    """Re-encrypt an open encrypted store under a new passphrase, in one transaction."""
    if not is_encrypted(db):
        raise StoreError(
            Words("{path} is not protected with a passphrase, so it has none to change.", path=path)
        )
    try:
        db.execute(f"PRAGMA rekey = {_literal(passphrase)}")
    except sqlite3.Error as error:
        raise _conversion_failure(path, error, Words("given its new passphrase")) from error


def encrypt_store(path: Path, passphrase: str, folder: Path | None = None) -> Conversion:
    """Encrypt a plain store in place: backup, export, verify, then swap the files atomically.

    The backup (into folder, by default `backups/` beside the store) is unencrypted, so once the
    encrypted file is in place it is deleted: keeping it would leave the caseload readable beside
    its protected copy. Deleting removes the file, it does not overwrite its bytes. When the
    conversion fails, the backup stays and the store is left as it was.
    """
    if not is_plain(path):
        raise StoreError(Words("{path} is already protected with a passphrase.", path=path))
    conversion = _convert(
        path,
        source_key=None,
        target_key=passphrase,
        reason=BackupReason.BEFORE_ENCRYPTION,
        folder=folder,
    )
    if conversion.backup is not None:
        conversion.backup.unlink(missing_ok=True)
        with suppress(OSError):
            conversion.backup.parent.rmdir()  # only when it is now empty
    return Conversion(None, conversion.rows, unencrypted_copies(path, folder))


def decrypt_store(path: Path, passphrase: str, folder: Path | None = None) -> Conversion:
    """Remove a store's encryption in place; the encrypted backup taken first is kept."""
    if is_plain(path):
        raise StoreError(Words("{path} is not protected with a passphrase.", path=path))
    if not passphrase_opens(path, passphrase):
        raise WrongPassphraseError(_wrong(path))
    return _convert(
        path,
        source_key=passphrase,
        target_key=None,
        reason=BackupReason.BEFORE_DECRYPTION,
        folder=folder,
    )


def backup_before_conversion(
    path: Path,
    passphrase: str | None = None,
    *,
    reason: BackupReason,
    folder: Path | None = None,
) -> Path:
    """A checked backup of the store, named like every other one; returns its path.

    It goes into folder (by default `backups/` beside the store) as
    `<store>-backup-<UTC time>-<reason>.sqlite`, so it is listed, restored and rotated like the
    others. It is written beside that name and takes it only once its pages, schema and rows
    have been checked against the store. An encrypted store's copy is encrypted with the same
    passphrase.
    """
    folder = Path(folder) if folder is not None else default_backups_folder(path)
    target = free_backup_path(folder, path, datetime.now(UTC), reason)
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # SQLCipher's own library even for a plain store: a second SQLite library closing the file
        # would drop the locks this one holds on it (POSIX locks belong to the process).
        with (
            closing(_source(path, passphrase)) as source,
            closing(_raw_connect(str(partial))) as copy,
        ):
            if passphrase is not None:
                copy.execute(f"PRAGMA key = {_literal(passphrase)}")
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            expected = _contents(source)
        _verify(partial, passphrase, expected, copy=Words("backup"))
        partial.replace(target)
    except OSError as error:
        raise StoreUnwritableError(
            Words(
                "No backup could be made in {folder} ({strerror}), so nothing was changed.",
                folder=folder,
                strerror=error.strerror,
            )
        ) from error
    except (sqlite3.Error, cipher.Error) as error:
        raise _conversion_failure(path, error, Words("backed up")) from error
    finally:
        partial.unlink(missing_ok=True)
    return target


def unencrypted_copies(path: Path, folder: Path | None = None) -> tuple[Path, ...]:
    """Unencrypted copies of the store in its backups folder (made before it was protected)."""
    folder = Path(folder) if folder is not None else default_backups_folder(path)
    if not folder.is_dir():
        return ()
    return tuple(sorted(copy for copy in folder.iterdir() if copy.is_file() and is_plain(copy)))


def _convert(
    path: Path,
    *,
    source_key: str | None,
    target_key: str | None,
    reason: BackupReason,
    folder: Path | None,
) -> Conversion:
    _check_room(path)
    converting = path.with_name(f"{path.name}.converting")
    _remove_with_journal(converting)  # left by an attempt that was cut off
    try:
        with closing(_exclusive(path, source_key)) as source:
            # Others may still read while this connection holds the file, so the backup can.
            backup = backup_before_conversion(path, source_key, reason=reason, folder=folder)
            rows, schema, version = _contents(source)
            source.execute(
                f"ATTACH DATABASE {_quoted(str(converting))} AS converted "
                f"KEY {_literal(target_key or '')}"
            )
            source.execute("SELECT sqlcipher_export('converted')")
            source.execute(f"PRAGMA converted.user_version = {int(version)}")
            source.execute("DETACH DATABASE converted")
            _verify(converting, target_key, (rows, schema, version))
        _flush(converting)
        converting.replace(path)
        _flush_folder(path.parent)
    except cipher.Error as error:
        _remove_with_journal(converting)
        raise _conversion_failure(path, error, Words("converted")) from error
    except BaseException:
        _remove_with_journal(converting)
        raise
    return Conversion(backup, rows)


def _exclusive(path: Path, key: str | None) -> cipher.Connection:
    """The store alone: refused while another program has it open, then held until closed."""
    raw = _raw_connect(str(path))
    try:
        if key is not None:
            raw.execute(f"PRAGMA key = {_literal(key)}")
        raw.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        # Leaving WAL needs every other connection gone, and folds the WAL into the file.
        try:
            mode = raw.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except cipher.OperationalError:
            mode = "wal"
        if mode != "delete":
            raise StoreError(
                Words(
                    "{path} is open in another program or another FGC Desktop window. Close it "
                    "there and try again; nothing was changed.",
                    path=path,
                )
            )
        raw.execute("PRAGMA locking_mode = EXCLUSIVE")
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the lock
    except BaseException:
        raw.close()
        raise
    return raw


def _contents(conn: Any, schema: str = "main") -> tuple[dict[str, int], list[tuple], int]:
    """Rows per table, the schema and the user version: what a faithful copy must match."""
    tables = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    rows = {
        table: conn.execute(f"SELECT count(*) FROM {schema}.{_identifier(table)}").fetchone()[0]
        for table in tables
    }
    definitions = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master ORDER BY type, name"
    ).fetchall()
    version = conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0]
    return rows, [tuple(row) for row in definitions], version


def _verify(
    converting: Path, key: str | None, expected: tuple, *, copy: str = Words("converted copy")
) -> None:
    """Check a copy's pages and compare its schema and rows with the store's (StoreError)."""
    with closing(_raw_connect(str(converting))) as conn:
        if key is not None:
            conn.execute(f"PRAGMA key = {_literal(key)}")
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            raise StoreError(
                Words(
                    "The {copy} failed its check ({problem}), so it was not used. Nothing was "
                    "changed.",
                    copy=copy,
                    problem=verdict[0],
                )
            )
        if key is not None and conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise StoreError(
                Words(
                    "The {copy} failed its encryption check, so it was not used. Nothing was "
                    "changed.",
                    copy=copy,
                )
            )
        found = _contents(conn)
    _compare(found, expected, copy)


def _compare(found: tuple, expected: tuple, copy: str) -> None:
    """StoreError unless a copy has the store's tables, rows, schema and user version."""
    if found != expected:
        differing = sorted(
            table
            for table in set(found[0]) | set(expected[0])
            if found[0].get(table) != expected[0].get(table)
        )
        if not differing:
            raise StoreError(
                Words(
                    "The {copy} did not match the caseload, so it was not used. "
                    "Nothing was changed.",
                    copy=copy,
                )
            )
        raise StoreError(
            Words(
                "The {copy} did not match the caseload ({tables}), so it was not used. "
                "Nothing was changed.",
                copy=copy,
                tables=", ".join(differing),
            )
        )


def _keyed(path: Path, passphrase: str, *, read_only: bool) -> cipher.Connection:
    if "\x00" in passphrase:
        raise WrongPassphraseError(_wrong(path))
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    raw = _raw_connect(target, uri=read_only)
    try:
        raw.execute(f"PRAGMA key = {_literal(passphrase)}")
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DatabaseError as error:
        raw.close()
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise WrongPassphraseError(_wrong(path)) from None
        raise _stdlib_error(error) from error
    except MemoryError as error:  # a damaged first page
        raw.close()
        raise _stdlib_error(error) from error
    return raw


def _source(path: Path, passphrase: str | None) -> cipher.Connection:
    """A read-only connection to copy from: keyed (and checked) when a passphrase is given."""
    if passphrase is not None:
        return _keyed(path, passphrase, read_only=True)
    return _raw_connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _raw_connect(target: str, *, uri: bool = False) -> cipher.Connection:
    raw = cipher.connect(target, uri=uri, check_same_thread=False)
    # SQLCipher logs every failed key to stderr; the app explains failures itself.
    raw.execute("PRAGMA cipher_log_level = NONE")
    return raw


def _wrong(path: Path) -> Words:
    return Words(
        "That passphrase does not open {path}. The file has been left as it was.", path=path
    )


def _literal(text: str) -> str:
    return "'" + normalised(text).replace("'", "''") + "'"


def _quoted(text: str) -> str:
    """An SQL string literal of text exactly as it is (a file name is not normalised)."""
    return "'" + text.replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def _check_room(path: Path) -> None:
    """A backup and a converted copy each need about the store's size on the same disk."""
    size = path.stat().st_size + _size(Path(f"{path}-wal"))
    free = shutil.disk_usage(path.parent).free
    if free < 2 * size + 10 * _PAGE * 256:
        raise StoreUnwritableError(
            Words(
                "The disk holding {path} has too little free space to convert it safely (it needs "
                "about {megabytes:,.0f} MB). Free some space and try again; nothing was changed.",
                path=path,
                megabytes=2 * size / 1e6,
            )
        )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _remove_with_journal(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


def _flush(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only: Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _conversion_failure(path: Path, error: Exception, what: str) -> StoreError:
    text = str(error).lower()
    if "full" in text:
        return StoreUnwritableError(
            Words(
                "The disk is full, so the caseload was not {what}. Free some space and try again; "
                "nothing was changed.",
                what=what,
            )
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreUnwritableError(
            Words(
                "{parent} cannot be written, so the caseload was not {what}. Nothing was changed.",
                parent=path.parent,
                what=what,
            )
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            Words(
                "{path} is in use by another program, so it was not {what}. Close it there and "
                "try again; nothing was changed.",
                path=path,
                what=what,
            )
        )
    return StoreError(
        Words("The caseload was not {what} ({error}). Nothing was changed.", what=what, error=error)
    )
