"""The command line for signed plans: `plan` writes the signed bytes, `verify` checks a file."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from fgc_desktop.services import caseload
from fgc_desktop.store import plans
from fgc_desktop.store.connection import open_store
from tests.cli_run import run


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert run(capsys, "demo", "--db", str(path), "--conferences", "12")[0] == 0
    return path


def _agreed(path) -> tuple[str, bytes]:
    """The reference and kept PDF of a conference whose only plan, version 1, is agreed."""
    store = open_store(path)
    try:
        for entry in caseload.list_conferences(store):
            plan = caseload.load(store, entry.conference_id).plan
            if plan is not None and plan.is_agreed and plan.version == 1:
                return entry.reference, plans.agreed_record(store, plan.id)[1]
    finally:
        store.close()
    raise AssertionError("the demo caseload has no agreed plan")


def test_plan_writes_the_exact_signed_bytes_which_verify_accepts(demo_db, tmp_path, capsys):
    reference, kept = _agreed(demo_db)
    out = tmp_path / "plan.pdf"
    status, said, _ = run(
        capsys, "plan", "--db", str(demo_db), "--conference", reference, "--out", str(out)
    )
    assert status == 0 and out.read_bytes() == kept
    earlier = tmp_path / "v1.pdf"
    status, said, _ = run(
        capsys, "plan", "--db", str(demo_db), "--conference", reference, "--version", "1",
        "--out", str(earlier),
    )  # fmt: skip
    assert status == 0 and earlier.read_bytes() == kept
    assert said.startswith(f"Wrote version 1 of the plan of {reference} (exactly as agreed on ")

    status, said, err = run(capsys, "verify", str(out), "--db", str(demo_db))
    assert status == 0 and err == ""
    lines = said.splitlines()
    assert lines[0] == f"{out}: Unmodified since it was signed"
    assert lines[1].startswith("  Signed by FGC Desktop DEMO — not a real signature on ")
    assert "demo certificate" in lines[2]
    assert lines[3].startswith(f"  It is version 1 of {reference} (")


def test_verify_reports_a_changed_plan_and_exits_2(demo_db, tmp_path, capsys):
    _, kept = _agreed(demo_db)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(kept)))
    changed = tmp_path / "changed.pdf"
    with changed.open("wb") as file:
        writer.write(file)
    status, said, _ = run(capsys, "verify", str(changed), "--db", str(demo_db))
    assert status == 2
    assert (
        said.splitlines()[0] == f"{changed}: Changed since it was signed: do not rely on this copy"
    )


def test_verify_an_unsigned_file_exits_3_and_a_missing_one_fails(demo_db, tmp_path, capsys):
    letter = tmp_path / "letter.pdf"
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    with letter.open("wb") as file:
        writer.write(file)
    status, said, _ = run(capsys, "verify", str(letter), "--db", str(demo_db))
    assert status == 3 and "Not digitally signed" in said
    status, _, err = run(capsys, "verify", str(tmp_path / "nothing.pdf"), "--db", str(demo_db))
    assert (
        status == 1 and err == f"fgc-desktop verify: there is no file {tmp_path / 'nothing.pdf'}\n"
    )
    status, _, err = run(capsys, "verify", str(letter), "--db", str(tmp_path / "none.sqlite"))
    assert status == 1 and "there is no store at" in err


def test_plan_version_that_was_never_agreed_fails_in_one_line(demo_db, tmp_path, capsys):
    reference, _ = _agreed(demo_db)
    status, _, err = run(
        capsys, "plan", "--db", str(demo_db), "--conference", reference, "--version", "9",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert status == 1 and err.count("\n") == 1
    assert err.startswith(f"fgc-desktop plan: Version: {reference} has no plan version 9")
    assert not (tmp_path / "x.pdf").exists()


def test_pyhanko_is_not_loaded_when_the_app_starts() -> None:
    """Signing is loaded when a plan is signed or checked, never at start-up."""
    probe = (
        "import sys; import fgc_desktop.cli, fgc_desktop.commands, fgc_desktop.ui.main_window, "
        "fgc_desktop.services.plan_agreement, fgc_desktop.services.plan_verification; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'pyhanko', 'pyhanko_certvalidator', 'cryptography', 'asn1crypto'}))"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root
    )
    assert result.stdout.strip() == "[]"
