"""Export and import from the File menu: a conference moves between caseloads, bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow


def _answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    chosen = (str(path), "Conference files (*.json)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: chosen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: chosen)


def _problem_box(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_a_conference_exported_from_one_caseload_opens_in_another(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    nowak = demo_caseload.write_demo_caseload(store)[0]
    window.refresh()
    window.caseload.select(nowak.id)
    window.open_conference(nowak.id)
    path = tmp_path / "nowak.json"
    _answer_file_dialogs(monkeypatch, path)
    window.export_action.trigger()
    assert (
        json.loads(path.read_text(encoding="utf-8"))["conference"]["reference"] == nowak.reference
    )

    other = caseload.open_caseload(tmp_path / "laptop-2.sqlite")
    second = MainWindow(other)
    qtbot.addWidget(second)
    second.import_action.trigger()
    assert [e.reference for e in caseload.list_conferences(other)] == [nowak.reference]
    assert second.conference.conference.id == nowak.id  # opened, ready to work on
    assert not second.banner.isVisible()
    other.close()


def test_importing_a_conference_already_here_is_refused(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    nowak = demo_caseload.write_demo_caseload(store)[0]
    window.open_conference(nowak.id)
    path = tmp_path / "nowak.json"
    _answer_file_dialogs(monkeypatch, path)
    window.export_action.trigger()
    before = store.db["audit"].count
    window.import_action.trigger()
    box = _problem_box(qtbot)
    assert "already in this store" in box.text()
    assert "Nothing was added" in box.informativeText()
    box.close()
    assert store.db["audit"].count == before


def test_a_broken_file_lists_every_problem_and_adds_nothing(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "broken.json"
    child = {"id": "p1", "name": "Zofia", "role": "wizard", "date_of_birth": "2019-02-31"}
    conference = {"id": "c1", "reference": "FGC-2026-0001", "family_name": "", "people": [child]}
    data = {"format": "fgc-desktop/conference", "schema_version": 1, "conference": conference}
    path.write_text(json.dumps(data))
    _answer_file_dialogs(monkeypatch, path)
    window.import_action.trigger()
    box = _problem_box(qtbot)
    assert (
        box.text()
        == "The file has 3 problems; the first is: conference.family_name: cannot be empty."
    )
    assert box.detailedText().splitlines() == [
        "conference.family_name: cannot be empty.",
        "conference.people[0].role: “wizard” is not one of: child, parent, carer, grandparent, "
        "aunt_uncle, sibling, friend, community, professional, advocate, interpreter.",
        "conference.people[0].date_of_birth: “2019-02-31” is not a real date.",
    ]
    box.close()
    assert caseload.is_empty(store)
