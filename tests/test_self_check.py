"""`fgc-desktop --self-check`: every step passes on a good install, and a broken one says where."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfWriter

from fgc_desktop import cli, resource_files
from fgc_desktop.services import self_check
from fgc_desktop.services.self_check import StepFailed, Trial, run_self_check
from fgc_desktop.ui.self_check import interface_steps

STEPS = [
    "fonts",
    "store",
    "conference",
    "plan PDF",
    "fonts embedded",
    "signature",
    "agreement",
    "verification",
    "QtPdf",
    "main window",
]


def _self_check(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = cli.main(["--self-check"])
    return status, capsys.readouterr().out.splitlines()


def _removed_folder(lines: list[str]) -> Path:
    found = re.fullmatch(r"(?:ok|FAILED): clean-up: (\S+) (?:not )?removed", lines[-2])
    assert found, lines[-2]
    return Path(found.group(1))


def test_every_step_passes_and_nothing_is_left_behind(qapp, capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    status, lines = _self_check(capsys)
    assert status == 0, "\n".join(lines)
    assert [line.split(": ")[1] for line in lines[:-2]] == STEPS
    assert all(line.startswith("ok: ") for line in lines[:-1]), lines
    assert lines[-1] == "Self-check passed."
    assert "DroidSansFallback" in lines[4] and "NotoSansArabic" in lines[4]
    assert "Unmodified since it was signed; version 1 of FGC-" in lines[7]
    assert re.search(r"QtPdf: page 1 of \d+ rendered .* [1-9]\d* rows inked", lines[8])
    assert not _removed_folder(lines).exists()
    # Nothing is written where it was started from.
    assert list(tmp_path.iterdir()) == []


def test_missing_fonts_fail_the_first_step_with_where_they_were_looked_for(
    qapp, capsys, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(resource_files, "resources_folder", lambda: tmp_path / "nowhere")
    status, lines = _self_check(capsys)
    assert status == 1
    expected = f"FAILED: fonts: NotoSans-Regular.ttf, NotoSans-Bold.ttf, NotoSansArabic-Regular.ttf, NotoSansArabic-Bold.ttf, DroidSansFallbackFull.ttf missing from {tmp_path / 'nowhere' / 'fonts'}"  # noqa: E501
    assert lines[0] == expected
    assert lines[1:-2] == [f"not run: {step}" for step in STEPS[1:]]
    assert lines[-1] == "Self-check FAILED."
    assert not _removed_folder(lines).exists()


def test_a_plan_changed_after_signing_fails_verification(qapp, capsys, monkeypatch) -> None:
    real_sign = self_check.sign_agreed_pdf

    def sign_then_alter(*args):
        signed = real_sign(*args)
        # One letter of the signed bytes (the producer's name) changed, the length kept.
        altered = signed.pdf.replace(b"ReportLab PDF", b"ReportLab PDX", 1)
        assert altered != signed.pdf
        return replace(signed, pdf=altered)

    monkeypatch.setattr(self_check, "sign_agreed_pdf", sign_then_alter)
    status, lines = _self_check(capsys)
    assert status == 1
    assert lines[6].startswith("ok: agreement: version 1 locked")
    assert lines[7].startswith("FAILED: verification: Changed since it was signed"), lines[7]
    assert lines[8:10] == ["not run: QtPdf", "not run: main window"]


def test_an_unexpected_error_is_one_line_naming_it_and_later_steps_do_not_run() -> None:
    def broken(_: Trial) -> str:
        raise RuntimeError("the disk went away")

    lines: list[str] = []
    passed = run_self_check([("broken", broken), ("after", lambda _: "never")], lines.append)
    assert not passed
    assert "FAILED: broken: RuntimeError: the disk went away" in lines
    assert "not run: after" in lines
    assert lines[-1] == "Self-check FAILED."


def test_a_blank_page_fails_the_qtpdf_step(qapp, tmp_path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    blank = tmp_path / "blank.pdf"
    with blank.open("wb") as file:
        writer.write(file)
    render = dict(interface_steps())["QtPdf"]
    with pytest.raises(StepFailed, match="page 1 rendered blank"):
        render(Trial(tmp_path, plan_file=blank))
