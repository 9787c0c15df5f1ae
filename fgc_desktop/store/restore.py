"""Putting a backup in place of the store: only a sound FGC store, never losing the one replaced."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import encryption
from fgc_desktop.store.backup import StoredBackup, back_up, keep_raw_copy, write_copy_as
from fgc_desktop.store.connection import check_store_file
from fgc_desktop.store.errors import (
    BackupError,
    CorruptStoreError,
    EncryptedStoreError,
    StoreError,
)
from fgc_desktop.store.integrity import check_file

# The files SQLite keeps beside a store; stale ones must not be read against the restored file.
_COMPANIONS = ("-wal", "-shm", "-journal")


def verify_backup_file(path: Path, passphrase: str | None = None) -> None:
    """Refuse, with a one-line reason, a file that is not a sound FGC store this app can open.

    An encrypted backup needs the passphrase it was taken under.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(Words("There is no backup file at {path}.", path=path))
    check_store_file(path, passphrase)
    report = check_file(path, passphrase)
    if not report.ok:
        raise CorruptStoreError(
            Words(
                "{path} is damaged ({problem}), so it cannot be restored. Choose another backup.",
                path=path,
                problem=report.problems[0],
            )
        )


def keep_current_store(
    store_path: Path, folder: Path, passphrase: str | None = None
) -> StoredBackup | None:
    """A backup of the store about to be replaced; a raw copy when it is too damaged for that.

    Nothing is let go by the rotation here: the backup being restored may be the next to go.
    """
    if not Path(store_path).exists() or Path(store_path).stat().st_size == 0:
        return None
    try:
        return back_up(
            store_path, BackupReason.BEFORE_RESTORE, folder, prune=False, passphrase=passphrase
        )
    except BackupError:
        # Damaged pages fail the backup's own check; keep the file exactly as it is instead.
        return keep_raw_copy(store_path, BackupReason.BEFORE_RESTORE, folder)


def install_backup(
    backup_file: Path,
    store_path: Path,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> None:
    """Replace the store's file with a checked copy of the backup; the store must be closed.

    The restored store is protected as the store is now: with passphrase, or not at all when it
    is None. The backup is read with backup_passphrase (by default the same one): one taken
    under an earlier passphrase, or unencrypted, is converted as it is copied.
    """
    store_path = Path(store_path)
    refuse_if_in_use(store_path, passphrase)
    incoming = store_path.with_name(store_path.name + ".restoring")
    write_copy_as(backup_file, backup_passphrase or passphrase, incoming, passphrase)
    try:
        for companion in _COMPANIONS:
            Path(f"{store_path}{companion}").unlink(missing_ok=True)
        incoming.replace(store_path)
    except OSError as error:
        incoming.unlink(missing_ok=True)
        raise BackupError(
            Words(
                "{store_path} could not be replaced: {strerror}. A backup of it was kept first.",
                store_path=store_path,
                strerror=error.strerror,
            )
        ) from error


IN_USE_GRACE_S = 3.0


def refuse_if_in_use(store_path: Path, passphrase: str | None = None) -> None:
    """Another program (or another FGC Desktop) with the store open would lose its changes."""
    if not store_path.exists():
        return
    try:
        # A few seconds' grace: a connection the app is closing at this moment lets go in time.
        with closing(encryption.connect(store_path, passphrase, timeout=IN_USE_GRACE_S)) as conn:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.rollback()
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise StoreError(
                Words(
                    "{store_path} is open in FGC Desktop or another program. Close it there "
                    "first; nothing was changed.",
                    store_path=store_path,
                )
            ) from error
    except (sqlite3.DatabaseError, EncryptedStoreError):
        # A damaged store cannot be in good use, nor one under a passphrase not known here (it
        # was kept as a raw copy first); it is replaced as planned.
        pass
