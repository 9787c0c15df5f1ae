"""The command line on protected stores: FGC_PASSPHRASE, the prompt, encrypt and decrypt."""

from __future__ import annotations

import getpass as getpass_module
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fgc_desktop.cli import main
from fgc_desktop.services import caseload
from fgc_desktop.store.connection import open_store
from tests.cli_run import run

PASSPHRASE = "kettle orchard pylon lantern 7"


@pytest.fixture
def db(tmp_path, capsys, monkeypatch) -> Path:
    """A plain store with five demo conferences; no passphrase in the environment."""
    monkeypatch.delenv("FGC_PASSPHRASE", raising=False)
    path = tmp_path / "caseload.sqlite"
    assert run(capsys, "demo", "--db", str(path), "--conferences", "5")[0] == 0
    return path


@pytest.fixture
def typed(monkeypatch) -> Iterator[list[str]]:
    """Answers to the passphrase prompt, as if typed at a terminal."""
    answers: list[str] = []
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass_module, "getpass", getpass)
    yield answers
    assert not answers, "every answer was asked for"


def _references(path: Path, passphrase: str | None = None) -> list[str]:
    store = open_store(path, passphrase)
    try:
        return [entry.reference for entry in caseload.list_conferences(store)]
    finally:
        store.close()


def test_encrypt_with_fgc_passphrase_then_every_command_uses_it(
    db, tmp_path, capsys, monkeypatch
) -> None:
    references = _references(db)
    monkeypatch.setenv("FGC_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, "encrypt", "--db", str(db))
    assert status == 0, err
    assert f"Encrypted {db} (5 conferences)" in out
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert _references(db, PASSPHRASE) == references
    out_file = tmp_path / "one.json"
    status, out, err = run(
        capsys, "export", "--db", str(db), "--conference", references[0], "--out", str(out_file)
    )
    assert status == 0, err
    assert references[0] in out_file.read_text(encoding="utf-8")


def test_a_wrong_fgc_passphrase_is_one_line_and_changes_nothing(
    db, tmp_path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("FGC_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    before = db.read_bytes()
    monkeypatch.setenv("FGC_PASSPHRASE", "not the passphrase")
    status, _, err = run(
        capsys, "export", "--db", str(db), "--conference", "FGC-1", "--out", str(tmp_path / "x")
    )
    assert status == 1
    assert "FGC_PASSPHRASE does not open" in err and err.count("\n") == 1
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caseload.sqlite"]


def test_without_fgc_passphrase_or_a_terminal_the_command_says_what_to_do(
    db, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("FGC_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    monkeypatch.delenv("FGC_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    status, _, err = run(
        capsys, "export", "--db", str(db), "--conference", "FGC-1", "--out", "x.json"
    )
    assert status == 1
    assert "is protected with a passphrase: set FGC_PASSPHRASE" in err


def test_the_passphrase_can_be_typed_with_three_tries(db, tmp_path, capsys, typed) -> None:
    typed.extend([PASSPHRASE, PASSPHRASE])
    status, _, err = run(capsys, "encrypt", "--db", str(db))
    assert status == 0, err
    reference = _references(db, PASSPHRASE)[0]
    typed.extend(["wrong", PASSPHRASE])
    out_file = tmp_path / "one.json"
    status, _, err = run(
        capsys, "export", "--db", str(db), "--conference", reference, "--out", str(out_file)
    )
    assert status == 0
    assert "That passphrase does not open it." in err
    typed.extend(["wrong", "", "still wrong"])
    status, _, err = run(
        capsys, "export", "--db", str(db), "--conference", reference, "--out", str(out_file)
    )
    assert status == 1
    assert err.splitlines()[-1].endswith(
        f"the passphrase was wrong 3 times; {db} was left as it was"
    )


def test_encrypt_refuses_a_weak_or_mistyped_passphrase(db, capsys, typed) -> None:
    before = db.read_bytes()
    typed.extend([PASSPHRASE, PASSPHRASE + "x"])
    status, _, err = run(capsys, "encrypt", "--db", str(db))
    assert status == 1 and "do not match" in err and err.count("\n") == 1
    typed.extend(["short", "short"])
    status, _, err = run(capsys, "encrypt", "--db", str(db))
    assert status == 1 and "at least 8 characters" in err
    assert db.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
    assert len(_references(db)) == 5


def test_decrypt_gives_back_a_plain_store_and_keeps_an_encrypted_copy(
    db, capsys, monkeypatch
) -> None:
    references = _references(db)
    monkeypatch.setenv("FGC_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    status, _, err = run(capsys, "encrypt", "--db", str(db))
    assert status == 1 and "already protected" in err
    status, out, err = run(capsys, "decrypt", "--db", str(db))
    assert status == 0, err
    assert db.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.delenv("FGC_PASSPHRASE")
    assert _references(db) == references
    backup = Path(out.rsplit(" kept at ", 1)[1].strip())
    assert backup.parent == db.parent / "backups" and backup.exists()
    assert _references(backup, PASSPHRASE) == references
    status, _, err = run(capsys, "decrypt", "--db", str(db))
    assert status == 1 and "is not protected" in err


def test_help_lists_encrypt_and_decrypt(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "encrypt" in out and "decrypt" in out and "FGC_PASSPHRASE" in out


def test_check_backup_and_restore_of_a_protected_store_use_its_passphrase(
    db, capsys, monkeypatch, tmp_path
) -> None:
    from fgc_desktop.store import encryption

    monkeypatch.setenv("FGC_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    status, out, _ = run(capsys, "check", "--db", str(db))
    assert status == 0 and "no problems found" in out
    copy = tmp_path / "monday.sqlite"
    status, out, _ = run(capsys, "backup", "--db", str(db), "--out", str(copy))
    assert status == 0 and "5 conferences; checked" in out
    assert encryption.looks_encrypted(copy)
    before = _references(db, PASSPHRASE)
    status, out, _ = run(capsys, "restore", "--db", str(db), str(copy))
    assert status == 0 and f"Restored {db}" in out
    assert encryption.looks_encrypted(db)
    assert _references(db, PASSPHRASE) == before
    monkeypatch.delenv("FGC_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    status, _, err = run(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "b.sqlite"))
    assert status != 0 and "passphrase" in err and not (tmp_path / "b.sqlite").exists()


EARLIER = "an earlier passphrase, 2025"


@pytest.fixture
def backup_under_earlier(db, capsys, monkeypatch, tmp_path) -> Path:
    """A backup of db taken under EARLIER; db itself is then protected with PASSPHRASE."""
    from fgc_desktop.services import protection

    monkeypatch.setenv("FGC_PASSPHRASE", EARLIER)
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    copy = tmp_path / "last-year.sqlite"
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy))[0] == 0
    store = open_store(db, EARLIER)
    protection.change_passphrase(store, EARLIER, PASSPHRASE, PASSPHRASE)
    store.close()
    monkeypatch.delenv("FGC_PASSPHRASE")
    return copy


def test_restore_asks_for_the_passphrase_of_a_backup_under_an_earlier_one(
    db, backup_under_earlier, capsys, typed
) -> None:
    from fgc_desktop.services import protection

    before = _references(db, PASSPHRASE)
    # The store's own passphrase, then two wrong ones and the backup's own.
    typed.extend([PASSPHRASE, "not it", PASSPHRASE, EARLIER])
    status, out, err = run(capsys, "restore", "--db", str(db), str(backup_under_earlier))
    assert status == 0, err
    assert err.count("That passphrase does not open it.") == 2
    assert f"{db} keeps its own passphrase, not the backup's" in out
    assert protection.passphrase_opens_file(db, PASSPHRASE)
    assert not protection.passphrase_opens_file(db, EARLIER)
    assert _references(db, PASSPHRASE) == before


def test_restore_of_a_backup_under_another_passphrase_needs_it(
    db, backup_under_earlier, capsys, monkeypatch
) -> None:
    before = db.read_bytes()
    monkeypatch.setenv("FGC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    status, _, err = run(capsys, "restore", "--db", str(db), str(backup_under_earlier))
    assert status == 1 and err.count("\n") == 1
    assert "protected by a different passphrase" in err and "FGC_BACKUP_PASSPHRASE" in err
    monkeypatch.setenv("FGC_BACKUP_PASSPHRASE", "not it")
    status, _, err = run(capsys, "restore", "--db", str(db), str(backup_under_earlier))
    assert status == 1 and "FGC_BACKUP_PASSPHRASE does not open" in err
    assert db.read_bytes() == before
    monkeypatch.setenv("FGC_BACKUP_PASSPHRASE", EARLIER)
    status, out, err = run(capsys, "restore", "--db", str(db), str(backup_under_earlier))
    assert status == 0, err
    assert "keeps its own passphrase" in out
    assert len(_references(db, PASSPHRASE)) == 5


def test_restore_into_a_store_not_there_yet_keeps_the_backups_passphrase(
    db, capsys, monkeypatch, tmp_path
) -> None:
    from fgc_desktop.store import encryption

    monkeypatch.setenv("FGC_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    copy = tmp_path / "monday.sqlite"
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy))[0] == 0
    new = tmp_path / "elsewhere" / "caseload.sqlite"
    new.parent.mkdir()
    status, out, err = run(capsys, "restore", "--db", str(new), str(copy))
    assert status == 0, err
    assert "passphrase" not in out  # nothing changed about it
    assert encryption.looks_encrypted(new)
    assert len(_references(new, PASSPHRASE)) == 5
