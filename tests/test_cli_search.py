"""`fgc-desktop search`: references best first, nothing for no match, one line for a problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fgc_desktop.services import caseload, demo_caseload, network, referral
from tests.cli_run import run


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """The demo caseload, plus a name in one conference and the same word in another's note."""
    path = tmp_path / "demo.sqlite"
    store = caseload.open_caseload(path)
    try:
        written = demo_caseload.write_demo_caseload(store)
        okafor = next(c for c in written if c.family_name == "Okafor family")
        chen = next(c for c in written if c.family_name == "Chen family")
        network.add_person(store, okafor.id, "Winifred Ashdown", "friend", "Neighbour")
        referral.edit_conference(
            store, chen.id, "strengths", "A neighbour, Winifred, helps " + "every day " * 30
        )
    finally:
        store.close()
    return path


def test_prints_matching_references_best_first(demo_db: Path, capsys) -> None:
    status, out, err = run(capsys, "search", "--db", str(demo_db), "winifred")
    assert (status, err) == (0, "")
    store = caseload.open_caseload(demo_db)
    try:
        families = {e.reference: e.family_name for e in caseload.list_conferences(store)}
    finally:
        store.close()
    assert [families[r] for r in out.splitlines()] == ["Okafor family", "Chen family"]


def test_any_script_and_every_word(demo_db: Path, capsys) -> None:
    status, out, _ = run(capsys, "search", "--db", str(demo_db), "王秀英")
    assert status == 0 and len(out.splitlines()) == 1
    status, out, _ = run(capsys, "search", "--db", str(demo_db), "winifred ashdown")
    assert status == 0 and len(out.splitlines()) == 1


def test_no_match_prints_nothing_and_succeeds(demo_db: Path, capsys) -> None:
    assert run(capsys, "search", "--db", str(demo_db), "nobody-by-this-name") == (0, "", "")


def test_problems_are_one_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    status, out, err = run(capsys, "search", "--db", str(demo_db), " - ")
    assert status == 1 and out == "" and err.count("\n") == 1 and "at least one word" in err
    status, _, err = run(capsys, "search", "--db", str(tmp_path / "none.sqlite"), "x")
    assert status == 1 and "there is no store" in err


def test_help_says_what_no_match_does() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fgc_desktop", "search", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "exits with status 0" in " ".join(result.stdout.split())
    top = subprocess.run(
        [sys.executable, "-m", "fgc_desktop", "--help"], capture_output=True, text=True, check=True
    )
    assert "search" in top.stdout
