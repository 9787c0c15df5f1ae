"""Encryption at rest: opening encrypted stores, converting in place both ways, the passphrase."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils.db import NotFoundError

from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.services import demo_caseload
from fgc_desktop.store import backup, encryption, records
from fgc_desktop.store.connection import open_store
from fgc_desktop.store.errors import (
    CorruptStoreError,
    EncryptedStoreError,
    NewerStoreError,
    NotAStoreError,
    RecordNotFoundError,
    StoreError,
    StoreUnwritableError,
    WrongPassphraseError,
)
from tests.conftest import TEST_PASSPHRASE

PASSPHRASE = "Zażółć gęślą 'jaźń' – فاطمة 王"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain store holding the demo caseload (every stage, agreed PDFs, settings, audit)."""
    path = tmp_path_factory.mktemp("demo") / "caseload.sqlite"
    store = open_store(path)
    demo_caseload.write_demo_caseload(store)
    store.db["settings"].insert({"key": "coordinator", "value": '{"name": "Siân ap Rhys"}'})
    store.close()
    return path


@pytest.fixture
def plain(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo store to convert."""
    path = tmp_path / "caseload.sqlite"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def encrypted(plain: Path) -> Path:
    """The demo store, encrypted with PASSPHRASE."""
    encryption.encrypt_store(plain, PASSPHRASE)
    return plain


def contents(path: Path, passphrase: str | None = None) -> dict[str, list[tuple]]:
    """Every row of every table, in a fixed order."""
    store = open_store(path, passphrase)
    try:
        return {
            table: sorted(
                store.db.execute(f'SELECT * FROM "{table}"').fetchall(), key=lambda row: repr(row)
            )
            for table in sorted(store.db.table_names())
        }
    finally:
        store.close()


def side_files(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p != path and p.name != "backups")


@pytest.fixture
def unchanged() -> Iterator[Callable[[Path], None]]:
    """Call it with a file: the file must have the same bytes at the end of the test."""
    before: dict[Path, bytes] = {}

    def watch(path: Path) -> None:
        before[path] = path.read_bytes()

    yield watch
    for path, data in before.items():
        assert path.read_bytes() == data, f"{path} was changed"


# Opening


def test_a_new_store_given_a_passphrase_is_created_encrypted(tmp_path) -> None:
    path = tmp_path / "new.sqlite"
    store = open_store(path, PASSPHRASE)
    assert encryption.is_encrypted(store.db)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert b"conferences" not in path.read_bytes()  # the schema is not readable either


def test_an_encrypted_store_without_its_passphrase_asks_for_it_and_is_left_alone(
    encrypted, unchanged
) -> None:
    unchanged(encrypted)
    with pytest.raises(EncryptedStoreError, match="protected with a passphrase") as refused:
        open_store(encrypted)
    assert not isinstance(refused.value, WrongPassphraseError)
    assert not isinstance(refused.value, NotAStoreError)
    assert side_files(encrypted) == []


@pytest.mark.parametrize("wrong", ["wrong passphrase", "zażółć gęślą 'jaźń' – فاطمة 王", "\x00x"])
def test_a_wrong_passphrase_is_refused_and_nothing_is_written(encrypted, unchanged, wrong) -> None:
    unchanged(encrypted)
    with pytest.raises(WrongPassphraseError, match="does not open"):
        open_store(encrypted, wrong)
    assert not encryption.passphrase_opens(encrypted, wrong)
    assert side_files(encrypted) == []


def test_the_passphrase_opens_however_the_keyboard_composed_its_letters(encrypted) -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    open_store(encrypted, decomposed).close()


def test_a_passphrase_for_a_plain_store_is_not_used(plain) -> None:
    store = open_store(plain, "anything at all")
    assert not encryption.is_encrypted(store.db)
    store.close()
    assert plain.read_bytes().startswith(b"SQLite format 3")


def test_other_files_are_still_not_stores(tmp_path) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"stream of text " * 1000)
    with pytest.raises(NotAStoreError):
        open_store(pdf)
    with pytest.raises(NotAStoreError):
        open_store(pdf, PASSPHRASE)


def test_a_damaged_encrypted_store_is_refused_as_damaged(encrypted, unchanged) -> None:
    data = bytearray(encrypted.read_bytes())
    data[3 * 4096 + 100 : 3 * 4096 + 200] = b"\x00" * 100  # wreck the fourth page
    encrypted.write_bytes(bytes(data))
    unchanged(encrypted)
    with pytest.raises(CorruptStoreError, match="damaged"):
        open_store(encrypted, PASSPHRASE)


def test_an_encrypted_store_from_a_newer_app_is_refused(encrypted, unchanged) -> None:
    store = open_store(encrypted, PASSPHRASE)
    store.db["_sqlite_migrations"].insert(
        {"migration_set": "fgc_desktop", "name": "m999_from_the_future", "applied_at": "2030"}
    )
    store.close()
    unchanged(encrypted)
    with pytest.raises(NewerStoreError):
        open_store(encrypted, PASSPHRASE)


# sqlite-utils on a keyed connection: the paths that catch the stdlib's exceptions


@pytest.fixture
def keyed(tmp_path) -> Iterator:
    store = open_store(tmp_path / "keyed.sqlite", TEST_PASSPHRASE)
    yield store
    store.close()


def test_errors_arrive_as_the_stdlibs_classes_with_their_codes(keyed) -> None:
    keyed.db["conferences"].insert(
        {"id": "a", "reference": "FGC-2026-0001", "ref_year": 2026, "ref_number": 1,
         "family_name": "Nowak family", "stage": "referral", "created_at": "t", "updated_at": "t"}
    )  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL") as failed:
        keyed.db.execute("INSERT INTO conferences (id, reference) VALUES ('a', 'x')")
    assert failed.value.sqlite_errorname.startswith("SQLITE_CONSTRAINT")
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        keyed.db.execute("SELECT * FROM nowhere").fetchall()
    with pytest.raises(StoreError, match="not saved"), keyed.writing() as db:
        db["conferences"].insert({"id": "a", "reference": "FGC-2026-0002"})
    assert keyed.db["conferences"].count == 1


def test_sqlite_utils_internals_work_on_an_encrypted_store(keyed) -> None:
    db = keyed.db
    # .get's NotFoundError path, and the store's translation of it
    with pytest.raises(NotFoundError):
        db["conferences"].get("missing")
    with pytest.raises(RecordNotFoundError):
        records.fetch(db, "conferences", "missing")
    # table existence checks
    assert db["conferences"].exists() and not db["nowhere"].exists()
    # insert with alter=True catches OperationalError("no column") and adds the column
    db["scratch"].insert({"id": 1, "a": "x"}, pk="id")
    db["scratch"].insert({"id": 2, "a": "y", "b": "new column"}, alter=True)
    assert db["scratch"].get(2)["b"] == "new column"
    # update with alter=True, the same path
    db["scratch"].update(1, {"c": "another"}, alter=True)
    assert db["scratch"].get(1)["c"] == "another"
    # create_index(find_unique_name=True) catches "index already exists"
    db["scratch"].create_index(["a"], index_name="idx")
    db["scratch"].create_index(["b"], index_name="idx", find_unique_name=True)
    assert len(db["scratch"].indexes) == 2
    # query() releases its savepoint, catching OperationalError for INSERT ... RETURNING
    returned = list(db.query("INSERT INTO scratch (id, a) VALUES (3, 'z') RETURNING id"))
    assert returned == [{"id": 3}]
    # drop(ignore=True) catches OperationalError
    db["nowhere"].drop(ignore=True)
    # nested atomic blocks roll back to their savepoint only
    with db.atomic():
        db["scratch"].insert({"id": 4, "a": "kept"})
        with pytest.raises(sqlite3.IntegrityError), db.atomic():
            db["scratch"].insert({"id": 5, "a": "rolled back"})
            db["scratch"].insert({"id": 5, "a": "clash"})
    assert [row["id"] for row in db["scratch"].rows] == [1, 2, 3, 4]
    # feature checks that catch OperationalError
    assert db.supports_strict
    # migrations: nothing applied twice on reopening
    keyed.close()
    again = open_store(keyed.path, TEST_PASSPHRASE)
    applied = again.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert applied == again.db.execute("PRAGMA user_version").fetchone()[0]
    again.close()


def test_a_full_disk_on_an_encrypted_store_gives_the_plain_message(keyed) -> None:
    pages = keyed.db.execute("PRAGMA page_count").fetchone()[0]
    keyed.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreUnwritableError, match="The disk is full"), keyed.writing() as db:
        entry = {"at": "t", "actor": "a", "entity": "e", "change": "c", "after": "x" * 2000}
        db["audit"].insert_all({**entry, "entity_id": str(i)} for i in range(200))
    assert keyed.db["audit"].count == 0


def test_a_read_only_encrypted_store_gives_the_plain_message(tmp_path) -> None:

    from fgc_desktop.store.connection import Store

    path = tmp_path / "s.sqlite"
    open_store(path, PASSPHRASE).close()
    read_only = encryption.connect(path, PASSPHRASE, read_only=True)
    store = Store(read_only, path)
    with pytest.raises(StoreUnwritableError, match="read-only"), store.writing() as db:
        db["settings"].insert({"key": "x", "value": "1"})
    store.close()


# Converting in place


def test_encrypting_keeps_every_row_of_every_table(plain) -> None:
    before = contents(plain)
    assert before["audit"] and before["plans"] and before["signatures"]
    conversion = encryption.encrypt_store(plain, PASSPHRASE)
    assert not plain.read_bytes().startswith(b"SQLite format 3")
    assert contents(plain, PASSPHRASE) == before
    assert conversion.rows == {table: len(rows) for table, rows in before.items()}
    # The plain copy taken first is gone once the encrypted file is in place.
    assert conversion.backup is None
    assert encryption.unencrypted_copies(plain) == ()
    assert side_files(plain) == []


def test_an_encrypted_store_keeps_its_guards_and_carries_on(encrypted) -> None:
    store = open_store(encrypted, PASSPHRASE)
    with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
        store.db.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.IntegrityError, match="agreed plan version cannot be changed"):
        store.db.execute("UPDATE plans SET contingency = 'x' WHERE status = 'agreed'")
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_decrypting_gives_back_the_same_plain_store_and_keeps_an_encrypted_backup(
    plain,
) -> None:
    before = contents(plain)
    encryption.encrypt_store(plain, PASSPHRASE)
    conversion = encryption.decrypt_store(plain, PASSPHRASE)
    assert plain.read_bytes().startswith(b"SQLite format 3")
    assert contents(plain) == before
    assert conversion.backup is not None and conversion.backup.parent.name == "backups"
    assert encryption.looks_encrypted(conversion.backup)
    assert contents(conversion.backup, PASSPHRASE) == before
    # Kept as an ordinary backup, listed (and rotated) with the others.
    [kept] = backup.list_backups(plain)
    assert kept.path == conversion.backup
    assert kept.stamp.reason is BackupReason.BEFORE_DECRYPTION
    open_store(plain).close()  # no passphrase needed any more


def test_decrypting_with_a_wrong_passphrase_writes_nothing(encrypted, unchanged) -> None:
    unchanged(encrypted)
    with pytest.raises(WrongPassphraseError):
        encryption.decrypt_store(encrypted, "not it")
    assert side_files(encrypted) == []
    assert not (encrypted.parent / "backups").exists()


def test_a_store_open_in_another_program_is_not_converted(plain) -> None:
    before = contents(plain)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(plain)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        with pytest.raises(StoreError, match="open in another program"):
            encryption.encrypt_store(plain, PASSPHRASE)
    finally:
        holder.communicate(b"done\n", timeout=20)
    assert plain.read_bytes().startswith(b"SQLite format 3")
    assert contents(plain) == before
    assert not Path(f"{plain}.converting").exists()
    assert not (plain.parent / "backups").exists()  # refused before anything was written


# Another program reading the store in WAL mode, holding it open until told to stop.
_HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("SELECT count(*) FROM conferences").fetchone()
print("open", flush=True)
sys.stdin.readline()
"""


def test_a_copy_left_by_an_interrupted_conversion_is_replaced(plain) -> None:
    leftover = Path(f"{plain}.converting")
    leftover.write_bytes(b"half a file")
    before = contents(plain)
    encryption.encrypt_store(plain, PASSPHRASE)
    assert not leftover.exists()
    assert contents(plain, PASSPHRASE) == before


def test_converting_twice_the_same_way_is_refused(encrypted, plain) -> None:
    with pytest.raises(StoreError, match="already protected"):
        encryption.encrypt_store(encrypted, PASSPHRASE)
    encryption.decrypt_store(encrypted, PASSPHRASE)
    with pytest.raises(StoreError, match="not protected"):
        encryption.decrypt_store(plain, PASSPHRASE)


def test_the_backup_before_converting_is_a_faithful_copy(plain) -> None:
    before = contents(plain)
    copy = encryption.backup_before_conversion(plain, reason=BackupReason.BEFORE_ENCRYPTION)
    assert copy.parent == plain.parent / "backups"
    assert re.fullmatch(r"caseload-backup-\d{8}T\d{6}Z-before-encryption\.sqlite", copy.name)
    assert contents(copy) == before
    assert encryption.unencrypted_copies(plain) == (copy,)
    second = encryption.backup_before_conversion(plain, reason=BackupReason.BEFORE_ENCRYPTION)
    assert second != copy
    # An ordinary backup: listed with its reason, like every other one.
    listed = [(b.path, b.stamp.reason) for b in backup.list_backups(plain)]
    assert set(listed) == {
        (copy, BackupReason.BEFORE_ENCRYPTION),
        (second, BackupReason.BEFORE_ENCRYPTION),
    }
    assert not list(copy.parent.glob("*.partial"))


def test_changing_the_passphrase_re_encrypts_everything(encrypted) -> None:
    before = contents(encrypted, PASSPHRASE)
    store = open_store(encrypted, PASSPHRASE)
    encryption.change_passphrase(store.db, encrypted, "a new passphrase for 2027")
    store.db["settings"].insert({"key": "after", "value": "1"})  # still usable at once
    store.close()
    assert not encryption.passphrase_opens(encrypted, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        open_store(encrypted, PASSPHRASE)
    after = contents(encrypted, "a new passphrase for 2027")
    after["settings"] = [row for row in after["settings"] if row[0] != "after"]
    assert after == before


def test_a_plain_store_has_no_passphrase_to_change(plain) -> None:
    store = open_store(plain)
    with pytest.raises(StoreError, match="has none to change"):
        encryption.change_passphrase(store.db, plain, "whatever it is")
    store.close()
