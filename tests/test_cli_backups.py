"""`fgc-desktop check`, `backup` and `restore`: for IT staff, one line when something is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from fgc_desktop.cli import main
from fgc_desktop.domain.backup_rotation import BackupReason
from fgc_desktop.services import caseload
from fgc_desktop.store import backup
from fgc_desktop.store.connection import open_store
from tests.cli_run import run
from tests.damaging import damage_in_the_middle


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "caseload.sqlite"
    assert run(capsys, "demo", "--db", str(path), "--conferences", "12")[0] == 0
    return path


def _families(path: Path) -> list[str]:
    store = open_store(path)
    try:
        return sorted(entry.family_name for entry in caseload.list_conferences(store))
    finally:
        store.close()


def test_check_a_sound_store(demo_db: Path, capsys) -> None:
    status, out, err = run(capsys, "check", "--db", str(demo_db))
    assert (status, err) == (0, "")
    assert out == f"{demo_db}: no problems found (integrity check and foreign key check)\n"


def test_check_a_damaged_store_lists_the_problems_and_fails_in_one_line(demo_db, capsys) -> None:
    damage_in_the_middle(demo_db)
    before = demo_db.read_bytes()
    status, out, err = run(capsys, "check", "--db", str(demo_db))
    assert status == 1
    assert err.count("\n") == 1 and err.startswith(f"fgc-desktop check: {demo_db} is damaged: ")
    assert out.strip()  # every problem found, one a line
    assert demo_db.read_bytes() == before


def test_check_what_is_not_a_store(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database")
    status, _, err = run(capsys, "check", "--db", str(notes))
    assert status == 1 and err.count("\n") == 1 and "not an FGC Desktop store" in err
    status, _, err = run(capsys, "check", "--db", str(tmp_path / "missing.sqlite"))
    assert status == 1 and "there is no store at" in err


def test_backup_writes_a_checked_file_and_never_overwrites(demo_db, tmp_path, capsys) -> None:
    out_file = tmp_path / "usb" / "monday.sqlite"
    out_file.parent.mkdir()
    status, out, _ = run(capsys, "backup", "--db", str(demo_db), "--out", str(out_file))
    assert status == 0 and out == f"Backed up {demo_db} to {out_file} (12 conferences; checked)\n"
    assert _families(out_file) == _families(demo_db)
    status, _, err = run(capsys, "backup", "--db", str(demo_db), "--out", str(out_file))
    assert status == 1 and err.count("\n") == 1 and "already exists" in err
    status, _, err = run(capsys, "backup", "--db", str(demo_db), "--out", str(tmp_path / "x/y.sq"))
    assert status == 1 and "does not exist" in err


def test_restore_puts_the_backup_back_and_keeps_the_replaced_store(demo_db, tmp_path, capsys):
    saved = tmp_path / "saved.sqlite"
    assert run(capsys, "backup", "--db", str(demo_db), "--out", str(saved))[0] == 0
    as_backed_up = _families(demo_db)
    store = open_store(demo_db)
    caseload.create_conference(store, "Added after the backup")
    store.close()
    status, out, err = run(capsys, "restore", "--db", str(demo_db), str(saved))
    assert (status, err) == (0, "")
    assert _families(demo_db) == as_backed_up
    (kept,) = backup.list_backups(demo_db)
    assert kept.stamp.reason is BackupReason.BEFORE_RESTORE
    assert "Added after the backup" in _families(kept.path)
    assert out.splitlines() == [
        f"Restored {demo_db} from {saved}",
        f"The store it replaced is kept at {kept.path}",
    ]


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(demo_db, tmp_path, capsys):
    saved = tmp_path / "saved.sqlite"
    assert run(capsys, "backup", "--db", str(demo_db), "--out", str(saved))[0] == 0
    damage_in_the_middle(saved)
    before = demo_db.read_bytes()
    status, _, err = run(capsys, "restore", "--db", str(demo_db), str(saved))
    assert status == 1 and err.count("\n") == 1 and "is damaged" in err
    notes = tmp_path / "notes.txt"
    notes.write_text("minutes of the meeting")
    status, _, err = run(capsys, "restore", "--db", str(demo_db), str(notes))
    assert status == 1 and err.count("\n") == 1 and "not an FGC Desktop store" in err
    assert demo_db.read_bytes() == before
    assert backup.list_backups(demo_db) == []


def test_restore_over_a_damaged_store_keeps_it_as_it_was(demo_db, tmp_path, capsys) -> None:
    saved = tmp_path / "saved.sqlite"
    assert run(capsys, "backup", "--db", str(demo_db), "--out", str(saved))[0] == 0
    damage_in_the_middle(demo_db)
    damaged = demo_db.read_bytes()
    assert run(capsys, "restore", "--db", str(demo_db), str(saved))[0] == 0
    (kept,) = backup.list_backups(demo_db)
    assert kept.path.read_bytes() == damaged  # the raw file, as evidence
    assert run(capsys, "check", "--db", str(demo_db))[0] == 0


def test_restore_refuses_while_the_store_is_open(demo_db, tmp_path, capsys) -> None:
    saved = tmp_path / "saved.sqlite"
    assert run(capsys, "backup", "--db", str(demo_db), "--out", str(saved))[0] == 0
    store = open_store(demo_db)
    try:
        caseload.list_conferences(store)
        status, _, err = run(capsys, "restore", "--db", str(demo_db), str(saved))
    finally:
        store.close()
    assert status == 1 and "is open in FGC Desktop or another program" in err


def test_help_names_the_store_safety_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("check", "backup", "restore"):
        assert f"\n  {command} " in out
