"""Protecting a caseload: passphrase rules, converting the open store, the idle lock setting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import caseload, protection
from fgc_desktop.store.connection import Store, open_store
from fgc_desktop.store.errors import EncryptedStoreError, StoreError, WrongPassphraseError

GOOD = "kettle orchard pylon 7"
NEW = "blue heron at dawn"


@pytest.fixture
def plain(tmp_path: Path) -> Store:
    """An open plain caseload with one conference."""
    store = caseload.open_caseload(tmp_path / "caseload.sqlite")
    caseload.create_conference(store, "Nowak family")
    yield store
    store.close()


def _files(store: Store) -> dict[str, bytes]:
    """The store's data: the file and its WAL (the -shm is an index readers update)."""
    return {
        path.name: path.read_bytes()
        for path in (store.path, Path(f"{store.path}-wal"))
        if path.exists()
    }


@pytest.mark.parametrize(
    ("passphrase", "repeated", "problem"),
    [
        ("", "", "cannot be empty"),
        (GOOD, GOOD + "x", "do not match"),
        ("short", "short", "at least 8 characters"),
        (" " + GOOD, " " + GOOD, "starts or ends with a space"),
        ("tab\there ok", "tab\there ok", "control characters"),
        ("x" * 1025, "x" * 1025, "the most it can be is 1,024"),
    ],
)
def test_a_passphrase_that_will_not_do_is_explained_and_nothing_changes(
    plain, passphrase, repeated, problem
) -> None:
    before = plain.path.read_bytes()[:100]
    with pytest.raises(ValidationError, match=problem):
        protection.protect(plain, passphrase, repeated)
    assert plain.path.read_bytes()[:100] == before
    assert not protection.is_protected(plain)
    caseload.create_conference(plain, "Still usable family")


def test_protecting_encrypts_the_open_caseload_which_carries_on(plain) -> None:
    conversion = protection.protect(plain, GOOD, GOOD)
    assert protection.is_protected(plain)
    assert conversion.rows["conferences"] == 1
    assert protection.lock_minutes(plain) == protection.DEFAULT_LOCK_MINUTES
    caseload.create_conference(plain, "Haddad family")  # the same store object, now encrypted
    assert protection.passphrase_opens(plain, GOOD)
    assert not protection.passphrase_opens(plain, NEW)
    plain.close()
    with pytest.raises(EncryptedStoreError):
        open_store(plain.path)
    reopened = open_store(plain.path, GOOD)
    assert [e.family_name for e in caseload.list_conferences(reopened)] == [
        "Haddad family",
        "Nowak family",
    ]
    reopened.close()


def test_protecting_keeps_a_chosen_lock_time_and_turns_locking_back_on(plain, tmp_path) -> None:
    protection.set_lock_minutes(plain, 25)
    protection.protect(plain, GOOD, GOOD)
    assert protection.lock_minutes(plain) == 25
    other = caseload.open_caseload(tmp_path / "other.sqlite")
    assert protection.set_lock_minutes(other, None) is None
    assert protection.lock_minutes(other) is None
    protection.protect(other, GOOD, GOOD)
    assert protection.lock_minutes(other) == protection.DEFAULT_LOCK_MINUTES
    other.close()


def test_a_failed_conversion_leaves_the_caseload_open_as_it_was(plain) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(plain.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        with pytest.raises(StoreError, match="open in another program"):
            protection.protect(plain, GOOD, GOOD)
    finally:
        holder.communicate(b"done\n", timeout=20)
    assert not protection.is_protected(plain)
    caseload.create_conference(plain, "Okafor family")
    assert len(caseload.list_conferences(plain)) == 2


_HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM conferences").fetchone()
print("open", flush=True)
sys.stdin.readline()
"""


def test_changing_the_passphrase_needs_the_current_one(plain) -> None:
    protection.protect(plain, GOOD, GOOD)
    before = _files(plain)
    with pytest.raises(WrongPassphraseError, match="not the caseload's current passphrase"):
        protection.change_passphrase(plain, "not the one", NEW, NEW)
    with pytest.raises(ValidationError, match="do not match"):
        protection.change_passphrase(plain, GOOD, NEW, NEW + "!")
    assert _files(plain) == before
    protection.change_passphrase(plain, GOOD, NEW, NEW)
    caseload.create_conference(plain, "Chen family")
    assert protection.passphrase_opens(plain, NEW)
    assert not protection.passphrase_opens(plain, GOOD)
    plain.close()
    reopened = open_store(plain.path, NEW)
    assert len(caseload.list_conferences(reopened)) == 2
    reopened.close()


def test_removing_the_passphrase_needs_it_and_keeps_an_encrypted_backup(plain) -> None:
    protection.protect(plain, GOOD, GOOD)
    before = _files(plain)
    with pytest.raises(WrongPassphraseError):
        protection.unprotect(plain, "not the one")
    assert _files(plain) == before
    conversion = protection.unprotect(plain, GOOD)
    assert not protection.is_protected(plain)
    assert conversion.backup is not None and conversion.backup.exists()
    caseload.create_conference(plain, "Evans family")
    plain.close()
    reopened = open_store(plain.path)
    assert len(caseload.list_conferences(reopened)) == 2
    reopened.close()


def test_a_plain_caseload_has_no_passphrase_to_change_or_remove(plain) -> None:
    with pytest.raises(StoreError, match="not protected"):
        protection.unprotect(plain, GOOD)
    with pytest.raises(StoreError, match="not protected"):
        protection.change_passphrase(plain, GOOD, NEW, NEW)
    assert not protection.passphrase_opens(plain, GOOD)


@pytest.mark.parametrize("minutes", [0, -5, 121, 10_000])
def test_the_lock_time_must_be_between_one_minute_and_two_hours(store, minutes) -> None:
    with pytest.raises(ValidationError, match="between 1 and 120 minutes"):
        protection.set_lock_minutes(store, minutes)
    assert protection.lock_minutes(store) == protection.DEFAULT_LOCK_MINUTES
    assert protection.set_lock_minutes(store, 1) == 1
    assert protection.set_lock_minutes(store, 120) == 120
    assert protection.lock_minutes(store) == 120


def test_locking_can_be_turned_off_only_for_a_plain_caseload(store) -> None:
    if protection.is_protected(store):
        with pytest.raises(ValidationError, match="cannot be turned off"):
            protection.set_lock_minutes(store, None)
        assert protection.lock_minutes(store) == protection.DEFAULT_LOCK_MINUTES
    else:
        protection.set_lock_minutes(store, None)
        assert protection.lock_minutes(store) is None
