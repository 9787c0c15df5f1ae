"""An encrypted store's backups, checks, restores, damage, reader, statistics and retention run.

Everything that opens the file besides the app's own connection opens it keyed with the store's
passphrase, and a protected caseload's backups are encrypted with it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.domain.retention import RetentionAction
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.statistics import Period
from fgc_desktop.services import backups, caseload, dashboard, protection, search
from fgc_desktop.services import retention as retention_service
from fgc_desktop.store import backup, encryption, reader
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import (
    CorruptStoreError,
    EncryptedStoreError,
    WrongPassphraseError,
)
from fgc_desktop.store.integrity import check_file
from fgc_desktop.store.statistics import count_service, count_service_apart
from tests.conftest import TEST_PASSPHRASE
from tests.damaging import PAGE_SIZE, overwrite_page
from tests.retention_cases import ZEBEDEE, store_closed


@pytest.fixture
def passphrase() -> str:
    """Every store here is encrypted."""
    return TEST_PASSPHRASE


def _families(path: Path, passphrase: str) -> list[str]:
    with closing(encryption.connect(path, passphrase, read_only=True)) as conn:
        return [row[0] for row in conn.execute("SELECT family_name FROM conferences ORDER BY 1")]


def test_the_store_carries_its_passphrase_and_connects_keyed(store: Store) -> None:
    assert encryption.is_encrypted(store.db) and store.passphrase == TEST_PASSPHRASE
    caseload.create_conference(store, "Nowak family")
    with closing(store.connect()) as conn:
        assert conn.execute("SELECT COUNT(*) FROM conferences").fetchone()[0] == 1


def test_a_backup_is_encrypted_and_unreadable_without_the_passphrase(store: Store) -> None:
    caseload.create_conference(store, "Nowak family")
    caseload.create_conference(store, "Ó Briain family")  # still in the write-ahead log
    taken = backup.back_up(store.path, BackupReason.SCHEDULED, passphrase=store.passphrase)
    assert encryption.looks_encrypted(taken.path) and not encryption.is_plain(taken.path)
    assert b"Nowak" not in taken.path.read_bytes()
    with closing(sqlite3.connect(taken.path)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT COUNT(*) FROM conferences").fetchone()
    with pytest.raises(EncryptedStoreError):
        backup.read_contents(taken.path)
    with pytest.raises(WrongPassphraseError):
        backup.read_contents(taken.path, "not the passphrase")
    assert not check_file(taken.path).ok
    assert check_file(taken.path, TEST_PASSPHRASE).ok
    contents = backup.read_contents(taken.path, TEST_PASSPHRASE)
    assert contents.conferences == 2
    assert _families(taken.path, TEST_PASSPHRASE) == ["Nowak family", "Ó Briain family"]


def test_the_scheduled_backup_and_the_full_check_go_keyed(store: Store, stored_at) -> None:
    stored_at(Stage.REVIEW)
    assert backups.check(store.path, store.passphrase).ok
    taken = backups.back_up_on_schedule(store.path, store.backups, store.passphrase)
    assert encryption.looks_encrypted(taken.path)
    assert backups.latest_good_backup(store.path, store.backups, store.passphrase) == taken
    assert backups.latest_good_backup(store.path, store.backups) is None  # unreadable unkeyed
    [listed] = backups.describe([taken], store.passphrase)
    assert listed.contents is not None and listed.contents.conferences == 1


def test_an_encrypted_backup_restores_with_its_passphrase(store: Store, tmp_path: Path) -> None:
    caseload.create_conference(store, "Nowak family")
    taken = backup.back_up(store.path, BackupReason.SCHEDULED, passphrase=store.passphrase)
    caseload.create_conference(store, "Kowalski family")
    path, folder = store.path, store.backups
    store.close()
    kept = backups.restore_from(path, taken.path, folder, TEST_PASSPHRASE)
    assert encryption.looks_encrypted(path)
    assert _families(path, TEST_PASSPHRASE) == ["Nowak family"]
    assert kept is not None and encryption.looks_encrypted(kept.path)
    assert _families(kept.path, TEST_PASSPHRASE) == ["Kowalski family", "Nowak family"]
    reopened = caseload.open_caseload(path, TEST_PASSPHRASE)
    try:
        assert encryption.is_encrypted(reopened.db)
        assert [e.family_name for e in caseload.list_conferences(reopened)] == ["Nowak family"]
    finally:
        reopened.close()


def test_an_update_backs_up_an_encrypted_store_encrypted(store: Store, stored_at) -> None:
    stored_at(Stage.REVIEW)
    store.db.executescript(
        """
DROP TRIGGER agreed_pdf_hashes_update; DROP TRIGGER agreed_pdf_hashes_delete;
DROP TABLE agreed_pdf_hashes; DROP TABLE signing_certificates;
DELETE FROM _sqlite_migrations WHERE name = 'm013_signed_plans';
"""
    )
    path, folder = store.path, store.backups
    store.close()
    with pytest.raises(EncryptedStoreError):
        caseload.open_caseload(path)
    reopened = caseload.open_caseload(path, TEST_PASSPHRASE)
    reopened.close()
    [taken] = backup.list_backups(path, folder)
    assert taken.stamp.reason is BackupReason.BEFORE_MIGRATION
    assert encryption.looks_encrypted(taken.path)
    assert backup.read_contents(taken.path, TEST_PASSPHRASE).conferences == 1


def _damaged_encrypted_store(store: Store, stored_at) -> Path:
    """A closed encrypted store, mostly kept plan PDFs, with one of its last pages overwritten."""
    for stage in (Stage.REVIEW, Stage.PLAN_AGREEMENT, Stage.CLOSED, Stage.REVIEW):
        stored_at(stage)
    path = store.path
    store.close()
    overwrite_page(path, path.stat().st_size // PAGE_SIZE - 1)
    return path


def test_a_damaged_encrypted_store_fails_its_check_and_gives_no_backup(store, stored_at) -> None:
    path = _damaged_encrypted_store(store, stored_at)
    report = backups.check(path, TEST_PASSPHRASE)
    assert not report.ok
    with pytest.raises(backups.BackupError):
        backup.back_up(path, BackupReason.SCHEDULED, passphrase=TEST_PASSPHRASE)


def test_a_damaged_page_of_an_encrypted_store_is_the_stores_own_error(store, stored_at) -> None:
    path = _damaged_encrypted_store(store, stored_at)
    # The page is among the last written, the kept plan PDFs: the quick check at opening
    # leaves those to the full check, so the store opens and the damage is met while reading.
    reopened = caseload.open_caseload(path, TEST_PASSPHRASE)
    found: list[str] = []
    reopened.when_damaged(found.append)
    try:
        with pytest.raises(CorruptStoreError, match="is damaged"):
            list(reopened.db.execute("SELECT * FROM plans"))
        assert reopened.damage is not None and found == [reopened.damage]
        with pytest.raises(CorruptStoreError):
            caseload.create_conference(reopened, "Kowalski family")
    finally:
        reopened.close()


def test_the_dashboard_and_search_reader_is_keyed(store: Store, stored_at) -> None:
    stored_at(Stage.REVIEW)
    apart = search.open_reader(store)
    try:
        assert encryption.is_encrypted(apart.db)
        assert apart.passphrase == TEST_PASSPHRASE
        found = search.rank(apart, "Nowak")
        assert len(found.ranked) == 1
        assert dashboard.dashboard(apart).__class__.__name__ == "Dashboard"
        with pytest.raises(sqlite3.OperationalError):
            apart.db.execute("DELETE FROM conferences")  # it only reads
        reader.interrupt(apart)  # nothing running: harmless
    finally:
        apart.close()
    assert dashboard.open_reader(store).passphrase == TEST_PASSPHRASE


def test_statistics_apart_read_an_encrypted_store(store: Store, stored_at) -> None:
    stored_at(Stage.CLOSED)
    period = Period(date(2000, 1, 1), date(2100, 12, 31))
    assert count_service_apart(store.path, period, store.passphrase) == count_service(store, period)
    with pytest.raises(EncryptedStoreError):
        count_service_apart(store.path, period)


def test_a_retention_run_opens_the_encrypted_store_keyed(store: Store) -> None:
    closed = store_closed(store, ZEBEDEE, "2021-06-30T10:00:00+00:00")
    path = store.path
    store.close()
    report = retention_service.apply_retention(
        path,
        RetentionAction.DELETE,
        [closed.id],
        years=3,
        today=date(2026, 11, 24),
        passphrase=TEST_PASSPHRASE,
    )
    assert [r.conference_id for r in report.results] == [closed.id]
    assert encryption.looks_encrypted(path)


EARLIER = "an earlier passphrase, 2025"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_backup_under_an_earlier_passphrase_is_restored_under_the_current_one(
    store: Store,
) -> None:
    caseload.create_conference(store, "Nowak family")
    taken = backup.back_up(store.path, BackupReason.SCHEDULED, passphrase=store.passphrase)
    protection.change_passphrase(store, TEST_PASSPHRASE, EARLIER, EARLIER)
    caseload.create_conference(store, "Kowalski family")
    path, folder = store.path, store.backups
    store.close()
    [listed] = backups.describe([taken], EARLIER)
    assert listed.other_passphrase and listed.contents is None
    assert "different passphrase" in listed.problem
    before = _files(folder)
    with pytest.raises(WrongPassphraseError):
        backups.read_protected(taken.path, "not it either")
    assert _files(folder) == before  # nothing written, not even beside the backup
    assert backups.read_protected(taken.path, TEST_PASSPHRASE).conferences == 1
    kept = backups.restore_from(
        path, taken.path, folder, EARLIER, backup_passphrase=TEST_PASSPHRASE
    )
    # The restored caseload holds the backup's conferences, under the caseload's passphrase.
    assert _families(path, EARLIER) == ["Nowak family"]
    assert not encryption.passphrase_opens(path, TEST_PASSPHRASE)
    assert backups.check(path, EARLIER).ok
    assert kept is not None and _families(kept.path, EARLIER) == ["Kowalski family", "Nowak family"]
    assert encryption.passphrase_opens(taken.path, TEST_PASSPHRASE)  # the backup is as it was
    caseload.open_caseload(path, EARLIER).close()


def test_a_wrong_backup_passphrase_restores_nothing(store: Store) -> None:
    caseload.create_conference(store, "Nowak family")
    taken = backup.back_up(store.path, BackupReason.SCHEDULED, passphrase=store.passphrase)
    protection.change_passphrase(store, TEST_PASSPHRASE, EARLIER, EARLIER)
    path, folder = store.path, store.backups
    store.close()
    before = path.read_bytes()
    for given in (None, "not it"):
        with pytest.raises(EncryptedStoreError):
            backups.restore_from(path, taken.path, folder, EARLIER, backup_passphrase=given)
    assert path.read_bytes() == before
    assert [b.path for b in backup.list_backups(path, folder)] == [taken.path]


def test_an_unencrypted_backup_restored_into_a_protected_caseload_is_encrypted(
    tmp_path: Path,
) -> None:
    plain = caseload.open_caseload(tmp_path / "caseload.sqlite")
    caseload.create_conference(plain, "Nowak family")
    taken = backup.back_up(plain.path, BackupReason.SCHEDULED)
    protection.protect(plain, TEST_PASSPHRASE, TEST_PASSPHRASE)
    path, folder = plain.path, plain.backups
    plain.close()
    backups.restore_from(path, taken.path, folder, TEST_PASSPHRASE)
    assert encryption.looks_encrypted(path) and b"Nowak" not in path.read_bytes()
    assert _families(path, TEST_PASSPHRASE) == ["Nowak family"]


def test_a_protected_backup_restored_into_a_caseload_without_a_passphrase_is_plain(
    store: Store,
) -> None:
    caseload.create_conference(store, "Nowak family")
    protection.unprotect(store, TEST_PASSPHRASE)
    [before_removal] = backup.list_backups(store.path, store.backups)
    assert before_removal.stamp.reason is BackupReason.BEFORE_DECRYPTION
    caseload.create_conference(store, "Kowalski family")
    path, folder = store.path, store.backups
    store.close()
    [listed] = backups.describe([before_removal])
    assert listed.other_passphrase
    backups.restore_from(path, before_removal.path, folder, None, TEST_PASSPHRASE)
    assert encryption.is_plain(path)
    assert _families(path, TEST_PASSPHRASE) == ["Nowak family"]  # plain: the key is not used
