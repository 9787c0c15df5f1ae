"""Opening store files: new, existing, foreign, damaged, newer, read-only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.services import caseload
from fgc_desktop.store import backup, connection, integrity
from fgc_desktop.store.connection import Store, open_store
from fgc_desktop.store.errors import (
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreUnwritableError,
)
from fgc_desktop.store.migrations import known_migration_names, migrations
from fgc_desktop.store.schema_names import MIGRATION_NAMES
from tests.damaging import overwrite_page, pages_of


def test_a_new_store_is_created_with_wal_foreign_keys_and_every_migration(tmp_path) -> None:
    store = open_store(tmp_path / "new" / "folder" / "caseload.sqlite")
    db = store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    applied = {row["name"] for row in db["_sqlite_migrations"].rows}
    assert applied == known_migration_names()
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(applied)
    assert {
        "conferences",
        "people",
        "bottom_lines",
        "plans",
        "actions",
        "signatures",
        "audit",
    } <= set(db.table_names())
    store.close()


def test_reopening_applies_nothing_twice(tmp_path) -> None:
    open_store(tmp_path / "s.sqlite").close()
    store = open_store(tmp_path / "s.sqlite")
    assert store.db["_sqlite_migrations"].count == len(known_migration_names())
    store.close()


def _unchanged(path: Path, action) -> None:
    before = path.read_bytes()
    action()
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4 not a store")
    with pytest.raises(NotAStoreError, match="is not an FGC Desktop store"):
        _unchanged(path, lambda: open_store(path))
    assert path.read_bytes() == b"%PDF-1.4 not a store"


def test_another_programs_database_is_refused_and_left_alone(tmp_path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    before = path.read_bytes()
    with pytest.raises(NotAStoreError, match="another program"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_damaged_store_is_refused_and_left_alone(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    store = open_store(path)
    store.db.execute("PRAGMA journal_mode = DELETE")
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptStoreError, match="damaged"):
        open_store(path)
    assert path.read_bytes() == bytes(data)


def test_a_truncated_store_is_refused(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    store = open_store(path)
    store.db.execute("PRAGMA journal_mode = DELETE")
    store.close()
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(CorruptStoreError):
        open_store(path)


def test_a_store_from_a_newer_app_is_refused_and_left_alone(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    store = open_store(path)
    store.db["_sqlite_migrations"].insert(
        {"migration_set": "fgc_desktop", "name": "m999_from_the_future", "applied_at": "2030"}
    )
    store.db.execute("PRAGMA journal_mode = DELETE")
    store.close()
    before = path.read_bytes()
    with pytest.raises(NewerStoreError, match="newer version of FGC Desktop"):
        open_store(path)
    assert path.read_bytes() == before


def _as_nobody(work: Callable[[], str]) -> str:
    """Run work in a child process without root's powers; its result (or error) as text.

    Root writes through read-only permissions, so a test run as root forks a child that gives
    up root (uid 65534, `nobody`) before it touches the files.
    """
    if os.geteuid() != 0:
        return work()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(reader)
        try:
            os.setgid(65534)
            os.setuid(65534)
            result = work()
        except BaseException as error:
            result = f"{type(error).__name__}: {error}"
        os.write(writer, result.encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        result = pipe.read().decode()
    os.waitpid(pid, 0)
    return result


def _opening(path: Path) -> Callable[[], str]:
    def work() -> str:
        try:
            open_store(path).close()
        except StoreError as error:
            return f"{type(error).__name__}: {error}"
        return "opened"

    return work


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder anyone may enter (pytest's own temporary folders are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="fgc-read-only-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_folder_gives_a_clear_message(open_folder: Path) -> None:
    folder = open_folder / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    result = _as_nobody(_opening(folder / "s.sqlite"))
    assert result.startswith("StoreUnwritableError") and "read-only" in result, result
    assert not (folder / "s.sqlite").exists()


def test_a_store_in_a_read_only_folder_gives_a_clear_message_and_is_left_alone(
    open_folder: Path,
) -> None:
    folder = open_folder / "locked"
    folder.mkdir()
    open_store(folder / "s.sqlite").close()
    before = (folder / "s.sqlite").read_bytes()
    (folder / "s.sqlite").chmod(0o444)
    folder.chmod(0o555)
    result = _as_nobody(_opening(folder / "s.sqlite"))
    assert result.startswith("StoreUnwritableError") and "read-only" in result, result
    assert (folder / "s.sqlite").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["s.sqlite"]


def test_a_write_the_disk_refuses_gives_a_clear_message_and_changes_nothing(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    open_store(path).close()
    read_only = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    store = Store(read_only, path)
    with pytest.raises(StoreUnwritableError, match="read-only"), store.writing() as db:
        db["conferences"].insert({"id": "x", "reference": "FGC-2026-0001"})
    store.close()
    assert open_store(path).db["conferences"].count == 0


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_stored(tmp_path) -> None:
    store = open_store(tmp_path / "s.sqlite")
    store.db["conferences"].insert(
        {"id": "kept", "reference": "FGC-2026-0001", "ref_year": 2026, "ref_number": 1,
         "family_name": "Nowak family", "stage": "referral", "created_at": "t", "updated_at": "t"}
    )  # fmt: skip
    # SQLite reports a database that cannot grow exactly as it reports a full disk.
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreUnwritableError, match="The disk is full"), store.writing() as db:
        entry = {"at": "t", "actor": "a", "entity": "e", "change": "c", "after": "x" * 2000}
        db["audit"].insert_all({**entry, "entity_id": str(i)} for i in range(200))
    store.close()
    reopened = open_store(tmp_path / "s.sqlite")
    assert [row["id"] for row in reopened.db["conferences"].rows] == ["kept"]
    assert reopened.db["audit"].count == 0
    reopened.close()


def _older_store(path: Path) -> str:
    """A store as the previous version of the app left it: every migration but the last."""
    last = migrations.pending(Database(memory=True))[-1].name
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before=last)
    db["conferences"].insert(
        {"id": "kept", "reference": "FGC-2026-0001", "ref_year": 2026, "ref_number": 1,
         "family_name": "Nowak family", "stage": "referral", "created_at": "t", "updated_at": "t"}
    )  # fmt: skip
    db.close()
    return last


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def test_a_store_is_backed_up_before_it_is_updated(tmp_path) -> None:
    path = tmp_path / "caseload.sqlite"
    last = _older_store(path)
    before = _dump(path)
    store = open_store(path)
    assert {row["name"] for row in store.db["_sqlite_migrations"].rows} == known_migration_names()
    store.close()
    (taken,) = backup.list_backups(path)
    assert taken.stamp.reason is BackupReason.BEFORE_MIGRATION
    assert _dump(taken.path) == before  # exactly the store as it was
    with closing(sqlite3.connect(taken.path)) as conn:
        applied = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    assert last not in applied
    # Opening it again needs no update, so no second backup.
    open_store(path).close()
    assert len(backup.list_backups(path)) == 1


def test_no_update_without_a_backup(tmp_path) -> None:
    path = tmp_path / "caseload.sqlite"
    _older_store(path)
    before = path.read_bytes()
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the backups folder should be")
    with pytest.raises(StoreUnwritableError, match="backed up first and the backup failed"):
        open_store(path)
    assert path.read_bytes() == before
    store = open_store(path, backups=tmp_path / "elsewhere")
    assert caseload.list_conferences(store)[0].family_name == "Nowak family"
    store.close()
    assert len(backup.list_backups(path, tmp_path / "elsewhere")) == 1


def test_a_new_or_current_store_needs_no_backup(tmp_path) -> None:
    open_store(tmp_path / "caseload.sqlite").close()
    open_store(tmp_path / "caseload.sqlite").close()
    assert not (tmp_path / "backups").exists()


def test_opening_a_current_store_writes_nothing(tmp_path) -> None:
    path = tmp_path / "caseload.sqlite"
    open_store(path).close()
    before = path.read_bytes()
    store = open_store(path)
    log = Path(f"{path}-wal")
    assert not log.exists() or log.stat().st_size == 0
    store.close()
    assert path.read_bytes() == before


def test_a_damaged_store_that_needs_updating_is_refused_as_damaged(tmp_path) -> None:
    path = tmp_path / "caseload.sqlite"
    _older_store(path)
    # The audit trail is left to the full check at opening, but the backup's check reads it.
    overwrite_page(path, pages_of(path, "audit")[0])
    before = path.read_bytes()
    with pytest.raises(CorruptStoreError, match="is damaged"):
        open_store(path)
    assert path.read_bytes() == before
    assert backup.list_backups(path) == []


def _damaged_conferences_table(path: Path) -> None:
    store = open_store(path)
    store.db.execute("PRAGMA journal_mode = DELETE")
    store.close()
    overwrite_page(path, pages_of(path, "conferences")[0])


def test_a_big_current_store_leaves_its_tables_to_the_full_check(tmp_path, monkeypatch) -> None:
    """Above the size checked at opening, a current store opens without reading every table."""
    path = tmp_path / "s.sqlite"
    _damaged_conferences_table(path)
    monkeypatch.setattr(connection, "CHECKED_AT_OPENING_UP_TO", 0)
    open_store(path).close()
    assert not integrity.check_file(path).ok  # what the check after the window shows finds


def test_a_small_store_is_checked_through_at_opening(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    _damaged_conferences_table(path)
    assert path.stat().st_size <= connection.CHECKED_AT_OPENING_UP_TO
    with pytest.raises(CorruptStoreError, match="is damaged"):
        open_store(path)


def test_a_big_store_that_needs_updating_is_checked_through(tmp_path, monkeypatch) -> None:
    path = tmp_path / "caseload.sqlite"
    _older_store(path)
    overwrite_page(path, pages_of(path, "conferences")[0])
    monkeypatch.setattr(connection, "CHECKED_AT_OPENING_UP_TO", 0)
    with pytest.raises(CorruptStoreError, match="is damaged"):
        open_store(path)
    assert backup.list_backups(path) == []


def test_the_migration_names_read_at_opening_are_the_migrations_themselves():
    assert list(MIGRATION_NAMES) == [m.name for m in migrations.pending(Database(memory=True))]
