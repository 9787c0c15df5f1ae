"""`fgc-desktop review`: the latest review record as a PDF, or one line saying why not."""

from __future__ import annotations

import io

from pypdf import PdfReader

from fgc_desktop.cli import main
from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import open_store


def _demo(tmp_path) -> tuple[str, dict[str, str]]:
    path = tmp_path / "demo.sqlite"
    store = open_store(path)
    try:
        demo_caseload.write_demo_caseload(store)
        families = {e.family_name: e.reference for e in caseload.list_conferences(store)}
    finally:
        store.close()
    return str(path), families


def test_review_writes_the_latest_held_review_record(tmp_path, capsys) -> None:
    db, families = _demo(tmp_path)
    out = tmp_path / "review.pdf"
    status = main(
        ["review", "--db", db, "--conference", families["Nowak family"], "--out", str(out)]
    )
    stdout, stderr = capsys.readouterr()
    assert status == 0, stderr
    assert stdout.startswith("Wrote the review record of 20")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    text = " ".join(text.split())
    assert "Review of the family plan" in text and "Nowak family" in text
    # The Nowak family's review changed the plan: version 2 was signed again.
    assert "A new version of the plan" in text
    assert "Version 2 was signed again by everyone who took part" in text
    assert "Take Zofia and Jakub to school every weekday" in text
    assert "The next review is planned for" in text

    closed = tmp_path / "closed.pdf"
    args = ["review", "--db", db, "--conference", families["Petrov family"], "--out", str(closed)]
    assert main(args) == 0
    capsys.readouterr()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(closed.read_bytes())).pages)
    assert "The plan was achieved" in " ".join(text.split())


def test_review_without_a_review_says_so_in_one_line(tmp_path, capsys) -> None:
    db, families = _demo(tmp_path)
    out = tmp_path / "none.pdf"
    reference = families["Al-Rashid family"]
    status = main(["review", "--db", db, "--conference", reference, "--out", str(out)])
    _, stderr = capsys.readouterr()
    assert status == 1
    assert stderr == f"fgc-desktop review: {reference} has no review yet\n"
    assert not out.exists()
    status = main(["review", "--db", db, "--conference", "FGC-2026-9999", "--out", str(out)])
    assert status == 1 and "no conference FGC-2026-9999" in capsys.readouterr().err
