"""Backups: checked copies made with the online backup API, named, listed, rotated, restored."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload
from fgc_desktop.store import backup, backup_names, restore
from fgc_desktop.store.connection import Store, open_store
from fgc_desktop.store.errors import (
    BackupError,
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
)
from fgc_desktop.store.integrity import check_file
from tests.damaging import damage_in_the_middle

MONDAY = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def passphrase() -> None:
    """Plain stores only: these tests read, change and damage the files with the stdlib's sqlite3.

    An encrypted store's backups, checks, restores and damage are tested in
    test_encrypted_store_safety.py.
    """
    return None


def _families(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT family_name FROM conferences ORDER BY 1")]


def test_a_backup_of_a_store_in_use_holds_every_committed_change(store: Store, stored_at) -> None:
    stored_at(Stage.REVIEW)
    caseload.create_conference(store, "Ó Briain family")  # still in the write-ahead log
    taken = backup.back_up(store.path, BackupReason.SCHEDULED, now=MONDAY)
    assert taken.path.parent == store.path.parent / "backups"
    assert taken.path.name == "caseload-backup-20261123T093000Z-scheduled.sqlite"
    assert taken.stamp.taken_at == MONDAY and taken.stamp.reason is BackupReason.SCHEDULED
    assert taken.size == taken.path.stat().st_size > 0
    assert _families(taken.path) == ["Nowak family", "Ó Briain family"]
    # One self-contained file: no write-ahead log needed to read it.
    with closing(sqlite3.connect(taken.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert check_file(taken.path).ok
    assert not list(taken.path.parent.glob("*.partial"))


def test_two_backups_in_the_same_second_both_stay(store: Store) -> None:
    first = backup.back_up(store.path, BackupReason.BEFORE_MIGRATION, now=MONDAY)
    second = backup.back_up(store.path, BackupReason.BEFORE_MIGRATION, now=MONDAY)
    assert first.path != second.path and second.path.name.endswith("-before-update-2.sqlite")
    assert [b.path for b in backup.list_backups(store.path)] == [second.path, first.path]


def test_names_are_read_back_only_for_this_store(tmp_path: Path) -> None:
    store_path = tmp_path / "caseload.fgc.sqlite"
    name = backup_names.backup_name(store_path, MONDAY, BackupReason.BEFORE_ENCRYPTION)
    assert name == "caseload.fgc-backup-20261123T093000Z-before-encryption.sqlite"
    stamp = backup_names.parse_backup_name(name, store_path)
    assert stamp is not None and stamp.reason is BackupReason.BEFORE_ENCRYPTION
    removed = backup_names.backup_name(store_path, MONDAY, BackupReason.BEFORE_DECRYPTION, 2)
    assert removed == "caseload.fgc-backup-20261123T093000Z-before-decryption-2.sqlite"
    assert backup_names.parse_backup_name(name, tmp_path / "other.sqlite") is None
    assert (
        backup_names.parse_backup_name("caseload.fgc-backup-2026-scheduled.sqlite", store_path)
        is None
    )
    assert backup_names.parse_backup_name(name.replace("encryption", "lunch"), store_path) is None


def test_names_earlier_versions_gave_conversion_backups_are_read_too(tmp_path: Path) -> None:
    store_path = tmp_path / "caseload.fgc.sqlite"
    read = backup_names.parse_backup_name
    stamp = read("caseload.fgc-before-decryption-20261123T093000Z-2.sqlite", store_path)
    assert stamp is not None
    assert (stamp.reason, stamp.taken_at, stamp.sequence) == (
        BackupReason.BEFORE_DECRYPTION,
        MONDAY,
        2,
    )
    stamp = read("caseload.fgc-before-encryption-20261123T093000Z.sqlite", store_path)
    assert stamp is not None and stamp.reason is BackupReason.BEFORE_ENCRYPTION
    # They kept the store's own suffix, and named only these two conversions.
    assert read("caseload-before-encryption-20261123T093000Z.db", tmp_path / "caseload.db")
    assert read("caseload.fgc-before-encryption-20261123T093000Z.db", store_path) is None
    assert read("caseload.fgc-before-update-20261123T093000Z.sqlite", store_path) is None
    assert read("other-before-encryption-20261123T093000Z.sqlite", store_path) is None


def test_backups_named_by_earlier_versions_are_listed_and_rotated(store: Store) -> None:
    """Copies taken before a conversion by an earlier version: none is lost by the new names."""
    taken = backup.back_up(store.path, BackupReason.SCHEDULED, now=MONDAY)
    earlier = [
        f"caseload-before-decryption-2026110{day}T093000Z.sqlite" for day in (1, 2, 3, 4)
    ] + ["caseload-before-encryption-20261105T093000Z.sqlite"]
    for name in earlier:
        (store.backups / name).write_bytes(taken.path.read_bytes())
    another = store.backups / "other-before-decryption-20261101T093000Z.sqlite"
    another.write_bytes(b"another store's copy")
    listed = {b.path.name: b for b in backup.list_backups(store.path, store.backups)}
    assert set(listed) == {taken.path.name, *earlier}
    first = listed["caseload-before-decryption-20261101T093000Z.sqlite"]
    assert first.stamp.reason is BackupReason.BEFORE_DECRYPTION
    assert first.stamp.taken_at == datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
    assert backup.read_contents(first.path).conferences == 0
    # The rotation keeps the newest 3 of each reason, whatever their names.
    removed = backup.prune_backups(store.path, store.backups)
    assert removed == [first.path]
    assert {b.path.name for b in backup.list_backups(store.path, store.backups)} == {
        taken.path.name,
        *earlier[1:],
    }
    assert another.exists()


def test_rotation_deletes_only_what_the_rule_lets_go(store: Store) -> None:
    folder = store.backups
    taken = [
        backup.back_up(store.path, BackupReason.SCHEDULED, now=MONDAY + timedelta(hours=6 * n))
        for n in range(4 * 14)  # every 6 hours for 14 days, up to a Monday
    ]
    notes = folder / "read me.txt"
    notes.write_text("the IT team's notes")
    other_store = folder / "other-backup-20261123T093000Z-scheduled.sqlite"
    other_store.write_bytes(b"another store's backup")
    left = backup.list_backups(store.path, folder)
    kept_days = {b.stamp.taken_at.date() for b in left}
    assert len(kept_days) == 7 + 1  # the last 7 days, and the Sunday of the week before
    assert left[0].path == taken[-1].path
    assert notes.exists() and other_store.exists()
    assert len(list(folder.glob("caseload-backup-*"))) == len(left)


def test_contents_are_read_from_the_backup_itself(store: Store, stored_at) -> None:
    stored_at(Stage.REVIEW)
    stored_at(Stage.REFERRAL)
    caseload.create_conference(store, "王 family")
    taken = backup.back_up(store.path, BackupReason.SCHEDULED)
    contents = backup.read_contents(taken.path)
    assert contents.conferences == 3
    assert contents.family_count == 2
    assert set(contents.recent_families) == {"王 family", "Nowak family"}
    assert contents.newest_change is not None
    assert datetime.now(UTC) - contents.newest_change < timedelta(minutes=5)


def test_a_damaged_store_gives_no_backup_and_leaves_nothing_behind(tmp_path, stored_at, store):
    stored_at(Stage.REVIEW)
    store.close()
    damage_in_the_middle(store.path)
    with pytest.raises(BackupError, match="did not pass its check"):
        backup.back_up(store.path, BackupReason.SCHEDULED)
    assert list(store.backups.iterdir()) == []


def test_a_backups_folder_that_cannot_be_made_says_so(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the backups folder should be")
    with pytest.raises(BackupError, match=r"cannot be created.*unchanged"):
        backup.back_up(store.path, BackupReason.SCHEDULED, blocker / "backups")


def test_a_full_disk_gives_a_clear_message(store: Store, tmp_path: Path, monkeypatch) -> None:
    connect = sqlite3.connect

    def small_disk(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(path, *args, **kwargs)
        if str(path).endswith(".partial"):
            # SQLite reports a database that cannot grow exactly as it reports a full disk.
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    with pytest.raises(BackupError, match="is full, so no backup was made"):
        backup.back_up(store.path, BackupReason.SCHEDULED)
    assert list(store.backups.iterdir()) == []


def test_a_raw_copy_keeps_the_write_ahead_log(store: Store) -> None:
    caseload.create_conference(store, "Kowalski family")
    assert Path(f"{store.path}-wal").stat().st_size > 0
    copy = backup.keep_raw_copy(store.path, BackupReason.BEFORE_RESTORE, store.backups)
    assert Path(f"{copy.path}-wal").exists()
    assert backup.read_contents(copy.path).conferences == 1


def test_restore_refuses_what_is_not_a_sound_fgc_store(tmp_path: Path, store: Store) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list")
    with pytest.raises(NotAStoreError):
        restore.verify_backup_file(notes)
    with pytest.raises(BackupError, match="no backup file"):
        restore.verify_backup_file(tmp_path / "missing.sqlite")
    other = tmp_path / "songs.sqlite"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(NotAStoreError, match="another program"):
        restore.verify_backup_file(other)
    newer = backup.back_up(store.path, BackupReason.SCHEDULED).path
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('fgc_desktop', 'm999_future', 'x')"
        )
    with pytest.raises(NewerStoreError):
        restore.verify_backup_file(newer)


def test_a_damaged_backup_cannot_be_restored(tmp_path: Path, stored_at, store: Store) -> None:
    stored_at(Stage.REVIEW)
    taken = backup.back_up(store.path, BackupReason.SCHEDULED).path
    damage_in_the_middle(taken)
    with pytest.raises(CorruptStoreError, match=r"damaged .* cannot be restored"):
        restore.verify_backup_file(taken)


def test_install_replaces_the_closed_store_and_its_stale_log(tmp_path: Path, stored_at, store):
    stored_at(Stage.REVIEW)
    taken = backup.back_up(store.path, BackupReason.SCHEDULED).path
    caseload.create_conference(store, "Later family")
    with pytest.raises(StoreError, match="is open in FGC Desktop"):
        restore.install_backup(taken, store.path)
    store.close()
    Path(f"{store.path}-wal").write_bytes(b"a log left by a crash")
    restore.install_backup(taken, store.path)
    assert not Path(f"{store.path}-wal").exists()
    assert _families(store.path) == ["Nowak family"]
    assert check_file(store.path).ok
    reopened = open_store(store.path)
    assert [e.family_name for e in caseload.list_conferences(reopened)] == ["Nowak family"]
    reopened.close()
