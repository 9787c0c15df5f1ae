"""The caseload list: filtering, overdue dates in words, selection kept, many conferences."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.caseload import CaseloadEntry
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, demo_caseload, referral
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.caseload_model import CaseloadModel
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_into, type_text


@pytest.fixture
def demo(store: Store) -> Store:
    """The store holding the demo caseload."""
    demo_caseload.write_demo_caseload(store)
    return store


def _families(window: MainWindow) -> list[str]:
    model = window.caseload.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, demo: Store):
    model = CaseloadModel(demo)
    model.refresh()
    assert model.rowCount() == 7
    qtmodeltester.check(model)
    model.refresh("nowak")
    qtmodeltester.check(model)


def test_filter_as_you_type(qtbot: QtBot, demo: Store, window: MainWindow):
    window.refresh()
    assert len(_families(window)) == 7
    qtbot.keyClicks(window.caseload.filter, "Chen")
    qtbot.waitUntil(lambda: _families(window) == ["Chen family"])
    assert window.caseload.count.text() == "1 conference"
    window.caseload.filter.clear()
    type_text(qtbot, window.caseload.filter, "Wójcik")  # a person's name, not the family's
    qtbot.waitUntil(lambda: _families(window) == ["Nowak family"])
    window.caseload.filter.clear()
    qtbot.waitUntil(lambda: len(_families(window)) == 7)
    assert window.caseload.filter.accessibleName() == "Filter the caseload"


def test_banner_offers_the_demo_on_an_empty_store(qtbot: QtBot, window: MainWindow):
    assert window.banner.isVisible()
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert "Nowak family" in _families(window)


def test_overdue_dates_are_marked_in_words(store: Store):
    conference = caseload.create_conference(store, "Late family")
    referral.edit_conference(store, conference.id, "held_on", "2020-01-10")
    model = CaseloadModel(store)
    model.refresh()
    text = model.index(0, 3).data()
    assert text.startswith("⚠ overdue")
    assert "2020-01-10" in text and "Conference" in text
    assert "overdue" in model.index(0, 3).data(3)  # tooltip


def test_edit_refreshes_the_list_and_keeps_the_selection(
    qtbot: QtBot, demo: Store, window: MainWindow
):
    window.refresh()
    entries = caseload.list_conferences(demo)
    okafor = next(e for e in entries if e.family_name == "Okafor family")
    window.caseload.select(okafor.conference_id)
    assert window.conference.conference.id == okafor.conference_id
    form = window.conference.referral.family
    type_into(qtbot, form.editor("family_name"), "Okafor-Mensah family")
    assert "Okafor-Mensah family" in _families(window)
    assert window.caseload.selected_id() == okafor.conference_id
    assert window.conference.title.text().count("Okafor-Mensah family") == 1


def test_twenty_thousand_conferences_stay_quick(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    # The store's query is measured by the store's own tests; here, the model and view.
    today = date.today()
    entries = [
        CaseloadEntry(
            f"id-{n}",
            f"FGC-2026-{n:05d}",
            f"Family {n}",
            list(Stage)[n % 7],
            today + timedelta(days=n % 90 - 30),
            "Review",
        )
        for n in range(20_000)
    ]
    monkeypatch.setattr(caseload, "list_conferences", lambda _store, _text="": entries)
    started = time.perf_counter()
    window.caseload.refresh()
    window.caseload.table.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert window.caseload.model.rowCount() == 20_000
    assert elapsed < 1.0, f"refreshing 20,000 rows took {elapsed:.2f} s"
