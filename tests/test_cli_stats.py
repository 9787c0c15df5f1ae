"""`fgc-desktop stats`: the figures for a period as a table, as CSV, and one line when it cannot."""

from __future__ import annotations

import csv
import io

import pytest

from fgc_desktop.cli import main
from fgc_desktop.services import caseload
from tests.cli_run import run
from tests.statistics_caseload import build_april_caseload


@pytest.fixture
def april_db(tmp_path):
    path = tmp_path / "april.sqlite"
    store = caseload.open_caseload(path)
    try:
        build_april_caseload(store)
    finally:
        store.close()
    return path


def test_stats_prints_the_figures_as_a_table(april_db, capsys) -> None:
    status, out, err = run(
        capsys, "stats", "--db", str(april_db), "--from", "2026-04-01", "--to", "30/04/2026"
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Service statistics, 1 April 2026 to 30 April 2026 (30 days")
    assert [" ".join(line.split()) for line in lines[2:8]] == [
        "Referrals received 3",
        "Conferences held 4",
        "Plans agreed on the day 2 of 4 conferences held (50%)",
        "Reviews held on time 2 of 3 reviews held (67%)",
        "Actions completed 1 of 2 actions reviewed (50%)",
        "Average days from referral to conference 29.7 days",
    ]
    assert " ".join(lines[-1].split()) == "April 2026 3 4"


def test_stats_writes_csv_for_excel(april_db, tmp_path, capsys) -> None:
    out_file = tmp_path / "april.csv"
    status, out, _ = run(
        capsys,
        "stats",
        "--db",
        str(april_db),
        "--from",
        "2026-03-15",
        "--to",
        "2026-04-30",
        "--csv",
        str(out_file),
    )
    assert status == 0
    assert out.splitlines()[-1] == f"Wrote the figures to {out_file}"
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[1][:5] == ["Referrals received", "Whole period", "2026-03-15", "2026-04-30", "5"]
    assert (
        rows[-1] == ["Conferences held", "April 2026", "2026-04-01", "2026-04-30", "4"] + [""] * 3
    )


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-02-30", "2026-04-30", "From: “2026-02-30” is not a real date"),
        ("2026-04-01", "soon", "To: “soon” is not a date; write it as 2026-03-31"),
        (
            "2026-04-30",
            "2026-04-01",
            "To: 1 April 2026 is before the start, 30 April 2026; "
            "the period must end on or after the day it starts",
        ),
    ],
)
def test_bad_dates_give_one_line_and_status_1(april_db, capsys, start, end, message) -> None:
    status, out, err = run(capsys, "stats", "--db", str(april_db), "--from", start, "--to", end)
    assert (status, out) == (1, "")
    assert err == f"fgc-desktop stats: {message}\n"


def test_a_missing_store_or_unwritable_csv_gives_one_line(april_db, tmp_path, capsys) -> None:
    missing = tmp_path / "nowhere.sqlite"
    status, _, err = run(
        capsys, "stats", "--db", str(missing), "--from", "2026-04-01", "--to", "2026-04-30"
    )
    assert (status, err) == (1, f"fgc-desktop stats: there is no store at {missing}\n")
    assert not missing.exists()
    target = tmp_path / "no folder" / "april.csv"
    status, _, err = run(
        capsys,
        "stats",
        "--db",
        str(april_db),
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "--csv",
        str(target),
    )
    assert status == 1
    assert err == f"fgc-desktop stats: {target} could not be written: No such file or directory\n"


def test_help_names_the_stats_command(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "stats        print the service's figures for a period" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["stats", "--help"])
    usage = capsys.readouterr().out
    assert "--from DATE" in usage and "--to DATE" in usage and "--csv FILE" in usage
