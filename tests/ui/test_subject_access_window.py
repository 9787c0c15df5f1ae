"""Subject access from the File menu: find, tick the same person's records, save JSON and PDF."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Role
from fgc_desktop.services import caseload, demo_caseload, network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.subject_access_window import SubjectAccessWindow
from tests.pdf_reading import page_texts
from tests.ui.conftest import type_text

HIDDEN_ADDRESS = "Flat 3, 9 Hidden Row, Riverside"


def _tick(window: SubjectAccessWindow, row: int) -> None:
    window.model.setData(
        window.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )


def test_the_same_person_in_two_conferences_is_exported_as_json_and_pdf(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
):
    demo_caseload.write_demo_caseload(store)
    khan = next(e for e in caseload.list_conferences(store) if e.family_name == "Khan family")
    nadia = next(
        p for p in caseload.load(store, khan.conference_id).people if p.name == "Nadia Khan"
    )
    network.edit_person(store, khan.conference_id, nadia.id, "address", HIDDEN_ADDRESS)
    other = caseload.create_conference(store, "Bibi family", received_on=date(2026, 9, 1))
    network.add_person(store, other.id, "Sára Khan", Role.FRIEND, "Neighbour")

    assert window.subject_access_action.text() == "Subject &access request…"
    window.subject_access_action.trigger()
    access = window.findChild(SubjectAccessWindow)
    assert access is not None and access.isVisible()
    assert not access.json_button.isEnabled() and not access.pdf_button.isEnabled()
    type_text(qtbot, access.name, "sara KHAN")
    qtbot.waitUntil(lambda: access.model.rowCount() == 2)
    qtmodeltester.check(access.model)
    assert access.found.text() == "2 found"
    assert {access.model.index(r, 1).data() for r in range(2)} == {
        "FGC-2026-0005 · Khan family", "FGC-2026-0008 · Bibi family",
    }  # fmt: skip
    _tick(access, 0)
    _tick(access, 1)
    assert "2 records ticked, in 2 conferences" in access.status.text()

    target = tmp_path / "sara.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON"))
    qtbot.mouseClick(access.json_button, Qt.MouseButton.LeftButton)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [r["name"] for r in data["records"]] == ["Sara Khan", "Sára Khan"]
    assert HIDDEN_ADDRESS not in target.read_text(encoding="utf-8")
    assert access.status.text() == f"Saved to {target}"

    preview = access.show_pdf()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert preview.pdf is not None and preview.document.pageCount() >= 2
    text = "\n".join(page_texts(preview.pdf))
    assert "Sara Khan" in text and "FGC-2026-0008" in text and "Hidden Row" not in text
    assert preview.default_file_name().startswith("Subject access Sara Khan")
    preview.accept()


def test_nobody_found_and_an_unwritable_file_are_explained(
    qtbot: QtBot, store: Store, tmp_path: Path
):
    demo_caseload.write_demo_caseload(store)
    access = SubjectAccessWindow(store)
    qtbot.addWidget(access)
    access.show()
    type_text(qtbot, access.name, "Zzyzx")
    qtbot.keyClick(access.name, Qt.Key.Key_Return)
    assert access.model.rowCount() == 0 and access.found.text() == "Nobody by that name"
    access.name.clear()
    type_text(qtbot, access.name, "王")
    qtbot.keyClick(access.name, Qt.Key.Key_Return)
    assert access.model.index(0, 0).data() == "王秀英"
    _tick(access, 0)
    assert not access.save_json(tmp_path / "no such folder" / "x.json")
    qtbot.waitUntil(lambda: access.findChild(object, "saveProblem") is not None)
