"""Backups as coordinators and IT staff meet them: on a schedule, checked, listed and restored.

Every function here takes file paths rather than an open store, so it can run off the GUI thread
(SQLite connections stay on the thread that opened them). An encrypted store's functions take its
passphrase: its backups are encrypted with it, and its checks and restores read keyed.

A restored store is protected as the store is now: with its current passphrase, or with none.
A backup taken under an earlier passphrase (before it was changed, or before it was removed) is
read with that one, `backup_passphrase`, and converted as it is restored; an unencrypted one
restored into a protected caseload is encrypted. The old passphrase is not needed again.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import backup, backup_names, restore
from fgc_desktop.store.backup import BackupContents, StoredBackup
from fgc_desktop.store.connection import check_store_file
from fgc_desktop.store.errors import BackupError, CorruptStoreError, EncryptedStoreError
from fgc_desktop.store.integrity import IntegrityReport, check_file

# At start a backup is taken when the last regular one is older than this...
BACKUP_AT_START_AFTER = timedelta(days=1)
# ...and another one this often while the app stays open.
BACKUP_EVERY = timedelta(hours=4)


@dataclass(frozen=True)
class ListedBackup:
    """A backup as the restore list shows it; `contents` is None when it could not be read.

    `other_passphrase` is True for a backup protected by a passphrase other than the caseload's
    (an earlier one): it is read once that passphrase is typed (`read_protected`).
    """

    backup: StoredBackup
    contents: BackupContents | None
    problem: str = ""
    other_passphrase: bool = False


def default_folder(store_path: Path) -> Path:
    """The `backups` folder beside the store."""
    return backup_names.default_backups_folder(store_path)


def check(store_path: Path, passphrase: str | None = None) -> IntegrityReport:
    """The full check of a store file (every page, every reference), without changing it."""
    # The full check below names every problem, not just the first damaged table.
    with suppress(CorruptStoreError):
        check_store_file(store_path, passphrase)
    return check_file(store_path, passphrase)


def damage_message(report: IntegrityReport) -> Words:
    """The plain sentence for a store the full check found damaged."""
    return Words(
        "{path} is damaged ({problem}). Nothing more will be saved to it; "
        "restore it from a backup.",
        path=report.path,
        problem=report.problems[0],
    )


def backup_due(store_path: Path, folder: Path, now: datetime | None = None) -> bool:
    """True when no regular backup of the store was taken within the last day."""
    now = now or datetime.now(UTC)
    scheduled = [
        b
        for b in backup.list_backups(store_path, folder)
        if b.stamp.reason is BackupReason.SCHEDULED
    ]
    return not scheduled or now - scheduled[0].stamp.taken_at >= BACKUP_AT_START_AFTER


def back_up_on_schedule(
    store_path: Path, folder: Path, passphrase: str | None = None
) -> StoredBackup:
    """A regular checked backup; older ones are let go by the rotation rule."""
    return backup.back_up(store_path, BackupReason.SCHEDULED, folder, passphrase=passphrase)


def back_up_before(
    store_path: Path,
    reason: BackupReason,
    folder: Path | None = None,
    passphrase: str | None = None,
) -> StoredBackup:
    """The checked backup taken before a risky step: an update, a restore or encryption."""
    return backup.back_up(store_path, reason, folder, passphrase=passphrase)


def back_up_to(store_path: Path, out: Path, passphrase: str | None = None) -> BackupContents:
    """A checked backup written to a file of the caller's choosing (never over another file)."""
    if not Path(store_path).is_file():
        raise BackupError(Words("There is no store at {store_path}.", store_path=store_path))
    check_store_file(store_path, passphrase)
    if Path(out).exists():
        raise BackupError(Words("{out} already exists; choose a new file name.", out=out))
    if not Path(out).parent.is_dir():
        raise BackupError(Words("The folder {parent} does not exist.", parent=Path(out).parent))
    backup.write_backup(store_path, out, passphrase)
    return backup.read_contents(out, passphrase)


def list_backups(store_path: Path, folder: Path) -> list[StoredBackup]:
    """The store's backups in the folder, newest first."""
    return backup.list_backups(store_path, folder)


def describe(backups: list[StoredBackup], passphrase: str | None = None) -> list[ListedBackup]:
    """What each backup holds, read from the files read-only (slow for many big files)."""
    return [ListedBackup(stored, *contents_of(stored.path, passphrase)) for stored in backups]


def contents_of(
    path: Path, passphrase: str | None = None
) -> tuple[BackupContents | None, str, bool]:
    """What a backup file holds, or None and the reason it cannot be read.

    The last value is True when the file is protected by a passphrase other than the one given.
    """
    try:
        return backup.read_contents(path, passphrase), "", False
    except EncryptedStoreError:  # WrongPassphraseError too
        return None, Words("It is protected by a different passphrase."), True
    except Exception as error:  # any unreadable file is shown with its reason, not hidden
        # The store's own Words, not str(error), so the interface can show it in its language.
        reason = error.args[0] if len(error.args) == 1 else None
        return None, reason if isinstance(reason, Words) else str(error), False


def read_protected(path: Path, passphrase: str) -> BackupContents:
    """What a backup under another passphrase holds, read with the one typed for it (read only).

    WrongPassphraseError when it is not the one: nothing is written, not even beside the file.
    """
    return backup.read_contents(path, passphrase)


def latest_good_backup(
    store_path: Path, folder: Path, passphrase: str | None = None
) -> StoredBackup | None:
    """The newest backup that passes the full check, or None."""
    for stored in backup.list_backups(store_path, folder):
        try:
            restore.verify_backup_file(stored.path, passphrase)
        except Exception:  # a damaged or foreign file is simply not a candidate
            continue
        return stored
    return None


def prepare_restore(
    store_path: Path,
    backup_file: Path,
    folder: Path,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> StoredBackup | None:
    """Check the chosen backup, then keep a backup of the store it will replace (if any)."""
    restore.verify_backup_file(backup_file, backup_passphrase or passphrase)
    return restore.keep_current_store(store_path, folder, passphrase)


def install_backup(
    backup_file: Path,
    store_path: Path,
    folder: Path,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> IntegrityReport:
    """Put the backup in place of the (closed) store, check the restored file, then rotate.

    The restored file is protected by passphrase (the store's now), whatever protected the backup.
    """
    restore.install_backup(backup_file, store_path, passphrase, backup_passphrase)
    report = check_file(store_path, passphrase)
    if not report.ok:
        raise CorruptStoreError(
            Words("The restored store did not pass its check: {summary}.", summary=report.summary())
        )
    backup.prune_backups(store_path, folder)
    return report


def restore_from(
    store_path: Path,
    backup_file: Path,
    folder: Path,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> StoredBackup | None:
    """The whole restore of a closed store; returns the backup kept of the store replaced.

    The restored store is protected by passphrase (the store's now; None: not protected). An
    encrypted backup is read with backup_passphrase, by default the same one.
    """
    restore.refuse_if_in_use(Path(store_path), passphrase)
    kept = prepare_restore(store_path, backup_file, folder, passphrase, backup_passphrase)
    install_backup(backup_file, store_path, folder, passphrase, backup_passphrase)
    return kept
