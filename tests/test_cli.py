"""The `fgc-desktop` command line: every command, its output files and its failures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pypdf import PdfReader

from fgc_desktop.cli import main
from fgc_desktop.services import caseload
from fgc_desktop.store.connection import open_store
from tests.cli_run import run


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert run(capsys, "demo", "--db", str(path), "--conferences", "30")[0] == 0
    return path


def _references(path) -> list[str]:
    store = open_store(path)
    try:
        return [entry.reference for entry in caseload.list_conferences(store)]
    finally:
        store.close()


def test_help_documents_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fgc_desktop", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("demo", "export", "import", "plan", "--demo", "--db"):
        assert command in result.stdout


def test_demo_writes_the_number_of_conferences_asked_for(demo_db) -> None:
    assert len(_references(demo_db)) == 30


def test_plan_writes_a_pdf_and_marks_drafts(demo_db, tmp_path, capsys) -> None:
    store = open_store(demo_db)
    entries = caseload.list_conferences(store)
    store.close()
    draft = next(e for e in entries if e.stage.value == "plan_agreement")
    agreed = next(e for e in entries if e.stage.value == "review")
    for entry, marked in ((draft, True), (agreed, False)):
        out = tmp_path / f"{entry.reference}.pdf"
        status, stdout, _ = run(
            capsys, "plan", "--db", str(demo_db), "--conference", entry.reference, "--out", str(out)
        )
        assert status == 0 and entry.reference in stdout
        pages = PdfReader(out).pages
        assert all(("DRAFT" in page.extract_text()) is marked for page in pages)


def test_export_then_import_into_another_store(demo_db, tmp_path, capsys) -> None:
    reference = _references(demo_db)[0]
    out = tmp_path / "one.json"
    assert (
        run(capsys, "export", "--db", str(demo_db), "--conference", reference, "--out", str(out))[0]
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["conference"]["reference"] == reference
    other = tmp_path / "other.sqlite"
    status, stdout, _ = run(capsys, "import", "--db", str(other), str(out))
    assert status == 0 and reference in stdout
    assert _references(other) == [reference]
    status, _, err = run(capsys, "import", "--db", str(other), str(out))
    assert status == 1
    assert err.count("\n") == 1 and "already in this store" in err


def test_import_of_a_bad_file_names_the_field_and_writes_nothing(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "fgc-desktop/conference", "schema_version": 1}))
    status, _, err = run(capsys, "import", "--db", str(tmp_path / "s.sqlite"), str(bad))
    assert status == 1
    assert err.startswith("fgc-desktop import: conference: must be an object.")
    assert err.count("\n") == 1
    assert _references(tmp_path / "s.sqlite") == []


PLAN = ["plan", "--conference", "FGC-2026-0001"]


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        ([*PLAN, "--db", "{missing}", "--out", "{pdf}"], "there is no store at"),
        (
            ["plan", "--db", "{db}", "--conference", "FGC-2026-9999", "--out", "{pdf}"],
            "no conference",
        ),
        ([*PLAN, "--db", "{db}", "--out", "{tmp}/no/such/dir/p.pdf"], "could not be written"),
        ([*PLAN, "--db", "{notastore}", "--out", "{pdf}"], "is not an FGC Desktop store"),
    ],
)
def test_failures_print_one_line_and_exit_non_zero(demo_db, tmp_path, capsys, argv, reason) -> None:
    notastore = tmp_path / "notes.txt"
    notastore.write_text("shopping list")
    values = {
        "missing": tmp_path / "missing.sqlite",
        "pdf": tmp_path / "p.pdf",
        "db": demo_db,
        "tmp": tmp_path,
        "notastore": notastore,
    }
    status, _, err = run(capsys, *(arg.format(**values) for arg in argv))
    assert status == 1
    assert reason in err and err.count("\n") == 1
    assert notastore.read_text() == "shopping list"


def test_bad_arguments_are_refused_by_the_parser(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--db", "x.sqlite", "--conferences", "lots"])
    assert exit_.value.code == 2
    assert "“lots” is not a whole number" in capsys.readouterr().err


def _reference_at(path, stage: str) -> str:
    store = open_store(path)
    try:
        return next(e.reference for e in caseload.list_conferences(store) if e.stage.value == stage)
    finally:
        store.close()


def test_referral_writes_a_one_page_summary(demo_db, tmp_path, capsys) -> None:
    reference = _reference_at(demo_db, "preparation")
    out = tmp_path / "summary.pdf"
    status, stdout, _ = run(
        capsys, "referral", "--db", str(demo_db), "--conference", reference, "--out", str(out)
    )
    assert status == 0 and reference in stdout
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert reference in reader.pages[0].extract_text()


def test_invitations_writes_a_letter_per_invitee_named_by_person(demo_db, tmp_path, capsys):
    reference = _reference_at(demo_db, "information_sharing")
    store = open_store(demo_db)
    conference = caseload.load(store, caseload.conference_id_for(store, reference))
    store.close()
    out = tmp_path / "letters"
    status, stdout, err = run(
        capsys, "invitations", "--db", str(demo_db), "--conference", reference, "--out", str(out)
    )
    assert status == 0
    assert f"Wrote {len(conference.invitees)} invitation letters" in stdout
    assert "Your name and phone number are not set" in err  # a warning, not a failure
    assert sorted(p.stem for p in out.iterdir()) == sorted(p.id for p in conference.invitees)
    for person in conference.invitees:
        text = PdfReader(out / f"{person.id}.pdf").pages[0].extract_text()
        assert person.name.split()[0] in text or person.name in text


def test_invitations_for_a_conference_with_no_invitees_fails(demo_db, tmp_path, capsys) -> None:
    reference = _reference_at(demo_db, "referral")
    status, _, err = run(
        capsys, "invitations", "--db", str(demo_db), "--conference", reference, "--out",
        str(tmp_path / "letters"),
    )  # fmt: skip
    assert status == 1
    assert err == f"fgc-desktop invitations: no one is invited to {reference} yet\n"


def test_plan_copies_writes_one_copy_per_recipient(tmp_path, capsys) -> None:
    from fgc_desktop.services import demo_caseload

    path = tmp_path / "demo.sqlite"
    store = open_store(path)
    nowak = demo_caseload.write_demo_caseload(store)[0]
    store.close()
    out = tmp_path / "copies"
    status, stdout, _ = run(
        capsys, "plan", "--db", str(path), "--conference", nowak.reference, "--copies", str(out)
    )
    assert status == 0
    recipients = nowak.plan.recipients
    assert f"Wrote {len(recipients)} copies" in stdout
    assert sorted(p.stem for p in out.iterdir()) == sorted(recipients)
    for person_id in recipients:
        name = nowak.person(person_id).name
        first_page = PdfReader(out / f"{person_id}.pdf").pages[0].extract_text()
        assert f"Copy for {name}" in first_page


def test_plan_needs_out_or_copies(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["plan", "--db", "x.sqlite", "--conference", "FGC-2026-0001"])
    assert exit_.value.code == 2
    assert "one of the arguments --out --copies is required" in capsys.readouterr().err


def test_plan_version_writes_the_bytes_kept_at_agreement(tmp_path, capsys) -> None:
    """Version 1 of the demo's Nowak plan, after version 2 changed it, byte for byte."""
    from fgc_desktop.services import demo_caseload, plan_agreement
    from fgc_desktop.store import plans

    path = tmp_path / "demo.sqlite"
    store = caseload.open_caseload(path)
    demo_caseload.write_demo_caseload(store)
    nowak = next(e for e in caseload.list_conferences(store) if e.family_name == "Nowak family")
    first, second = caseload.load(store, nowak.conference_id).plans
    kept = {plan.version: plans.agreed_record(store, plan.id)[1] for plan in (first, second)}
    plan_agreement.start_new_version(store, nowak.conference_id)  # a draft version 3
    store.close()
    command = ["plan", "--db", str(path), "--conference", nowak.reference]
    for version in (1, 2):
        out = tmp_path / f"v{version}.pdf"
        status, stdout, err = run(capsys, *command, "--version", str(version), "--out", str(out))
        assert status == 0 and err == ""
        assert (
            f"Wrote version {version} of the plan of {nowak.reference} (exactly as agreed on"
            in (stdout)
        )
        assert out.read_bytes() == kept[version]
    assert kept[1] != kept[2]
    status, stdout, _ = run(capsys, *command, "--version", "3", "--out", str(tmp_path / "v3.pdf"))
    assert status == 0 and "a draft, marked DRAFT" in stdout
    assert all("DRAFT" in page.extract_text() for page in PdfReader(tmp_path / "v3.pdf").pages)
    status, _, err = run(capsys, *command, "--version", "4", "--out", str(tmp_path / "v4.pdf"))
    assert status == 1 and err.count("\n") == 1
    assert "has no plan version 4; its versions are 1, 2, 3" in err
    assert not (tmp_path / "v4.pdf").exists()
    status, _, err = run(capsys, *command, "--version", "1", "--copies", str(tmp_path / "copies"))
    assert status == 1 and "--version writes one PDF with --out" in err
    with pytest.raises(SystemExit):
        main([*command, "--version", "0", "--out", str(tmp_path / "v0.pdf")])
    assert "must be 1 or more" in capsys.readouterr().err


def test_plan_is_written_in_the_conference_language_unless_told_otherwise(tmp_path, capsys):
    """The demo's ap Rhys family have their documents in Welsh; --language en overrides."""
    from fgc_desktop.services import demo_caseload

    path = tmp_path / "demo.sqlite"
    store = caseload.open_caseload(path)
    demo_caseload.write_demo_caseload(store)
    entries = caseload.list_conferences(store)
    store.close()
    rhys = next(e for e in entries if e.family_name == "ap Rhys family")
    nowak = next(e for e in entries if e.family_name == "Nowak family")
    command = ["plan", "--db", str(path), "--conference", rhys.reference]

    def plan_text(*extra: str) -> str:
        out = tmp_path / "plan.pdf"
        status, _, err = run(capsys, *command, *extra, "--out", str(out))
        assert status == 0, err
        return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)

    welsh = plan_text()
    assert "Cynllun teulu" in welsh and "Teulu ap Rhys" in welsh and "Family plan" not in welsh
    english = plan_text("--language", "en")
    assert "Family plan" in english and "Cynllun teulu" not in english
    # An English family's agreed plan: the kept bytes in its own language, laid out again in
    # Welsh on request.
    command[4] = nowak.reference
    plan_text()
    kept = (tmp_path / "plan.pdf").read_bytes()
    plan_text("--language", "en")
    assert (tmp_path / "plan.pdf").read_bytes() == kept
    assert "Cynllun teulu" in plan_text("--language", "cy")
    assert (tmp_path / "plan.pdf").read_bytes() != kept
    status, _, err = run(capsys, *command, "--version", "1", "--language", "cy", "--out", "x.pdf")
    assert status == 1 and "exactly as it was agreed, in its language" in err
