"""The full check, and a store found damaged while in use: a clear error, and no more writes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, referral
from fgc_desktop.store.connection import Store, open_store
from fgc_desktop.store.errors import CorruptStoreError
from fgc_desktop.store.integrity import check_file
from tests.damaging import damage_in_the_middle, overwrite_page, pages_of


@pytest.fixture
def passphrase() -> None:
    """Plain stores only: these tests read, change and damage the files with the stdlib's sqlite3.

    An encrypted store's backups, checks, restores and damage are tested in
    test_encrypted_store_safety.py.
    """
    return None


def test_a_sound_store_passes_both_checks(store: Store, stored_at) -> None:
    stored_at(Stage.REVIEW)
    report = check_file(store.path)
    assert report.ok and report.problems == ()
    assert "no problems found" in report.summary()


def test_bytes_overwritten_in_the_middle_are_found(store: Store, stored_at) -> None:
    for stage in (Stage.REVIEW, Stage.PLAN_AGREEMENT, Stage.CLOSED):
        stored_at(stage)
    store.close()
    damage_in_the_middle(store.path)
    report = check_file(store.path)
    assert not report.ok
    assert report.summary().startswith(f"{store.path} is damaged: ")


def test_a_record_pointing_at_nothing_is_found(store: Store) -> None:
    conference = caseload.create_conference(store, "Nowak family")
    store.close()
    with closing(sqlite3.connect(store.path)) as conn, conn:
        conn.execute(
            "INSERT INTO bottom_lines (id, conference_id, position, text) "
            "VALUES ('b1', 'no-such-conference', 0, 'No contact with X')"
        )
    report = check_file(store.path)
    assert report.problems == (
        "row 1 of bottom_lines refers to a conferences record that is not there",
    )
    assert conference.id


def test_a_file_that_cannot_be_read_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    report = check_file(path)
    assert not report.ok and "cannot be read" in report.problems[0]


@pytest.fixture
def damaged_plans(store: Store, stored_at) -> tuple[Store, str]:
    """A store whose plan pages (not checked at opening) are damaged, open again."""
    conference = stored_at(Stage.REVIEW)
    for _ in range(3):
        stored_at(Stage.REVIEW)
    store.close()
    damage_in_the_middle(store.path)
    return open_store(store.path), conference.id


def test_reading_a_damaged_page_is_the_stores_own_error(damaged_plans) -> None:
    store, _ = damaged_plans
    with pytest.raises(CorruptStoreError, match="is damaged: part of it cannot be read"):
        for entry in caseload.list_conferences(store):
            caseload.load(store, entry.conference_id)
    assert store.damage is not None and "restore it from a backup" in store.damage
    store.close()


def test_a_damaged_store_is_never_written_to(damaged_plans) -> None:
    store, conference_id = damaged_plans
    store.mark_damaged("The caseload is damaged (found by the check).")
    before = store.path.read_bytes()
    log = Path(f"{store.path}-wal")
    log_size = log.stat().st_size if log.exists() else 0
    for edit in (
        lambda: referral.edit_conference(store, conference_id, "worries", "New worry"),
        lambda: caseload.create_conference(store, "Nowak family"),
    ):
        with pytest.raises(CorruptStoreError, match=r"^The caseload is damaged \(found by"):
            edit()
    # Even SQL that bypassed the store's transactions is refused by SQLite itself.
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM audit")
    assert store.path.read_bytes() == before
    assert (log.stat().st_size if log.exists() else 0) == log_size
    store.close()


def test_a_store_closed_after_a_damaged_read_lets_go_of_its_file(store: Store, stored_at) -> None:
    stored_at(Stage.REVIEW)
    store.close()
    for page in pages_of(store.path, "plans", "leaf"):
        overwrite_page(store.path, page)
    damaged = open_store(store.path)
    # Every plan page is damaged, so the scan fails at its first step, inside execute().
    with pytest.raises(CorruptStoreError) as raised:
        damaged.db.execute("SELECT * FROM plans").fetchall()
    assert raised.value.__traceback__ is not None  # kept, as the app keeps it to explain it
    damaged.close()
    # Another connection takes the file for itself at once (as a restore does): nothing of the
    # store holds it.
    with closing(sqlite3.connect(store.path, timeout=0)) as other:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.rollback()
    assert not [name for name in _open_files() if name.startswith(str(store.path))]


def _open_files() -> list[str]:
    folder = Path("/proc/self/fd")
    if not folder.is_dir():
        pytest.skip("needs /proc to list open files")
    return [str(fd.readlink()) for fd in folder.iterdir() if fd.is_symlink() and fd.exists()]
