"""Opening store files: new, existing, foreign, damaged, newer, read-only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from fgc_desktop.store.connection import Store, open_store
from fgc_desktop.store.errors import (
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreUnwritableError,
)
from fgc_desktop.store.migrations import known_migration_names


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


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_folder_gives_a_clear_message(tmp_path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreUnwritableError, match="read-only"):
            open_store(folder / "s.sqlite")
    finally:
        folder.chmod(0o700)


def test_a_write_the_disk_refuses_gives_a_clear_message_and_changes_nothing(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    open_store(path).close()
    read_only = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    store = Store(Database(read_only), path)
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
