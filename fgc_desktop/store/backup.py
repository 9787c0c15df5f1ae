"""Backups of a store with SQLite's online backup API, each checked after it is written.

Backups live in a `backups` folder beside the store (or a folder the caller names), one file per
backup, named with the store's name, the UTC time and the reason, e.g.
`caseload.fgc-backup-20261124T093000Z-scheduled.sqlite` (see backup_names).
"""

from __future__ import annotations

import glob
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fgc_desktop.domain.backup_rotation import BackupReason, BackupStamp, backups_to_keep
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import encryption
from fgc_desktop.store.backup_names import (
    default_backups_folder,
    free_backup_path,
    parse_backup_name,
)
from fgc_desktop.store.damaged_reads import is_damage
from fgc_desktop.store.errors import (
    BackupError,
    CorruptStoreError,
    EncryptedStoreError,
    NotAStoreError,
)
from fgc_desktop.store.integrity import check_file, open_read_only

# A raw copy of a store also needs the committed changes still in its write-ahead log.
_COMPANIONS = ("-wal", "-shm", "-journal")
_STALE_PARTIAL_SECONDS = 24 * 3600


@dataclass(frozen=True)
class StoredBackup:
    """One backup file: where it is, when and why it was taken, and its size in bytes."""

    path: Path
    stamp: BackupStamp
    size: int


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from the file itself."""

    conferences: int
    newest_change: datetime | None
    recent_families: tuple[str, ...]
    family_count: int


def back_up(
    store_path: Path,
    reason: BackupReason,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    prune: bool = True,
    passphrase: str | None = None,
) -> StoredBackup:
    """Take a checked backup of the store, then delete the backups the rotation rule lets go.

    The one call before every risky step (an update, a restore, encryption) and on the schedule.
    An encrypted store (given its passphrase) is backed up encrypted with the same passphrase.
    """
    folder = Path(folder) if folder is not None else default_backups_folder(store_path)
    if not Path(store_path).exists():
        raise BackupError(
            Words("There is no store at {store_path} to back up.", store_path=store_path)
        )
    _make_folder(folder)
    target = free_backup_path(folder, store_path, now or datetime.now(UTC), reason)
    write_backup(store_path, target, passphrase)
    if prune:
        prune_backups(store_path, folder)
    return _stored(target, store_path)


def write_backup(source: Path, target: Path, passphrase: str | None = None) -> None:
    """Copy a store into target with the online backup API and check the copy, or BackupError.

    The copy is written beside target first and only takes its name once it has passed the
    check, so a failure never leaves a half-written backup behind. The copy of an encrypted
    store is encrypted with the same passphrase; it cannot be read without it.
    """
    write_copy_as(source, passphrase, target, passphrase)


def write_copy_as(
    source: Path, source_passphrase: str | None, target: Path, passphrase: str | None
) -> None:
    """Like write_backup, but the copy is protected by passphrase (None: not encrypted).

    The source is read with source_passphrase (unused for a plain file), so a backup taken
    under an earlier passphrase, or none, becomes a store under the caseload's passphrase now.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        encryption.copy_store_as(Path(source), source_passphrase, partial, passphrase)
        report = check_file(partial, passphrase)
        if not report.ok:
            raise BackupError(
                Words(
                    "The backup of {source} did not pass its check ({problem}), so it was not "
                    "kept. The caseload itself may be damaged: check it.",
                    source=source,
                    problem=report.problems[0],
                )
            )
        partial.replace(target)
    except EncryptedStoreError as error:
        raise BackupError(
            Words("{source} could not be backed up: {error}", source=source, error=error)
        ) from error
    except sqlite3.DatabaseError as error:
        raise _backup_failure(source, target, error) from error
    except OSError as error:
        raise BackupError(
            Words(
                "The backup could not be written to {parent}: {strerror}. The caseload itself is "
                "unchanged.",
                parent=target.parent,
                strerror=error.strerror,
            )
        ) from error
    finally:
        partial.unlink(missing_ok=True)


def keep_raw_copy(
    store_path: Path, reason: BackupReason, folder: Path, *, now: datetime | None = None
) -> StoredBackup:
    """Copy a store's files as they are (for a damaged store the backup API cannot read)."""
    _make_folder(folder)
    target = free_backup_path(folder, store_path, now or datetime.now(UTC), reason)
    try:
        for companion in ("", *_COMPANIONS):
            source = Path(f"{store_path}{companion}")
            if source.exists():
                shutil.copy2(source, Path(f"{target}{companion}"))
    except OSError as error:
        _remove_with_companions(target)
        raise BackupError(
            Words(
                "A copy of {store_path} could not be written to {folder}: {strerror}. The "
                "caseload itself is unchanged.",
                store_path=store_path,
                folder=folder,
                strerror=error.strerror,
            )
        ) from error
    return _stored(target, store_path)


def list_backups(store_path: Path, folder: Path | None = None) -> list[StoredBackup]:
    """The backups of that store in the folder, newest first."""
    folder = Path(folder) if folder is not None else default_backups_folder(store_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        stamp = parse_backup_name(path.name, store_path)
        if stamp is not None and path.is_file():
            found.append(StoredBackup(path, stamp, _size(path)))
    return sorted(found, key=lambda b: b.stamp.order, reverse=True)


def prune_backups(store_path: Path, folder: Path) -> list[Path]:
    """Delete the backups the rotation rule does not keep; returns the files deleted."""
    backups = list_backups(store_path, folder)
    kept = backups_to_keep(b.stamp for b in backups)
    removed = [b.path for b in backups if b.stamp.name not in kept]
    for path in removed:
        _remove_with_companions(path)
    _remove_stale_partials(store_path, folder)
    return removed


def read_contents(path: Path, passphrase: str | None = None) -> BackupContents:
    """How many conferences a backup holds, its newest change and its families, read-only.

    An encrypted backup needs its passphrase (EncryptedStoreError, WrongPassphraseError).
    """
    try:
        with closing(open_read_only(path, passphrase)) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "conferences" not in tables:
                raise NotAStoreError(Words("{name} is not an FGC Desktop store.", name=path.name))
            count, newest = conn.execute(
                "SELECT COUNT(*), MAX(updated_at) FROM conferences"
            ).fetchone()
            families = conn.execute(
                "SELECT family_name FROM conferences GROUP BY family_name "
                "ORDER BY MAX(updated_at) DESC, family_name LIMIT 3"
            ).fetchall()
            family_count = conn.execute(
                "SELECT COUNT(DISTINCT family_name) FROM conferences"
            ).fetchone()[0]
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise CorruptStoreError(
                Words("{name} is damaged ({error}).", name=path.name, error=error)
            ) from error
        raise NotAStoreError(
            Words("{name} cannot be read as a store ({error}).", name=path.name, error=error)
        ) from error
    return BackupContents(count, _moment(newest), tuple(r[0] for r in families), family_count)


def _stored(path: Path, store_path: Path) -> StoredBackup:
    stamp = parse_backup_name(path.name, store_path)
    assert stamp is not None, path  # every name written here parses
    return StoredBackup(path, stamp, _size(path))


def _size(path: Path) -> int:
    return sum(
        Path(f"{path}{c}").stat().st_size for c in ("", "-wal") if Path(f"{path}{c}").exists()
    )


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            Words(
                "The backups folder {folder} cannot be created: {strerror}. The caseload itself "
                "is unchanged.",
                folder=folder,
                strerror=error.strerror,
            )
        ) from error


def _remove_with_companions(path: Path) -> None:
    for companion in ("", *_COMPANIONS):
        Path(f"{path}{companion}").unlink(missing_ok=True)


def _remove_stale_partials(store_path: Path, folder: Path) -> None:
    """Half-written backups left by a crash; a running backup's partial file is never this old."""
    cutoff = time.time() - _STALE_PARTIAL_SECONDS
    for path in folder.glob(f"{glob.escape(Path(store_path).stem)}-backup-*.partial"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _backup_failure(source: Path, target: Path, error: sqlite3.DatabaseError) -> BackupError:
    text = str(error).lower()
    if is_damage(error):
        return BackupError(
            Words(
                "{source} could not be backed up: it is damaged ({error}). Restore it from an "
                "earlier backup.",
                source=source,
                error=error,
            )
        )
    if "full" in text:
        return BackupError(
            Words(
                "The disk holding {parent} is full, so no backup was made. Free some space; the "
                "caseload itself is unchanged.",
                parent=target.parent,
            )
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return BackupError(
            Words(
                "No backup could be made: {parent} cannot be written, or {source} cannot be read. "
                "The caseload itself is unchanged.",
                parent=target.parent,
                source=source,
            )
        )
    return BackupError(
        Words("No backup could be made of {source}: {error}.", source=source, error=error)
    )
