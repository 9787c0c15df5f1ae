"""The caseload list: filtering, overdue dates in words, selection kept, many conferences."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.caseload import CaseloadEntry
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, demo_caseload, referral
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.caseload_model import PAGE, CaseloadModel
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import choose, type_into, type_text


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
    model.refresh("")
    model.show_stage(Stage.PREPARATION)
    assert model.rowCount() == 1
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
    # The store's queries are measured on a real 20,000 caseload (see the README); here the
    # model and view, which read only the pages they show.
    today = date.today()
    entries = {
        f"id-{n}": CaseloadEntry(
            f"id-{n}",
            f"FGC-2026-{n:05d}",
            f"Family {n}",
            list(Stage)[n % 7],
            today + timedelta(days=n % 90 - 30),
            "Review",
        )
        for n in range(20_000)
    }
    pages_read: list[int] = []

    def read(_store: Store, ids: list[str]) -> list[CaseloadEntry]:
        pages_read.append(len(ids))
        return [entries[i] for i in ids]

    monkeypatch.setattr(caseload, "conference_ids", lambda _s, _t="", _st=None: list(entries))
    monkeypatch.setattr(caseload, "entries", read)
    started = time.perf_counter()
    window.caseload.refresh()
    window.caseload.table.viewport().repaint()
    elapsed = time.perf_counter() - started
    model = window.caseload.model
    assert model.total == 20_000 and model.rowCount() == PAGE
    assert window.caseload.count.text() == "20,000 conferences"
    assert elapsed < 0.2, f"refreshing 20,000 rows took {elapsed:.2f} s"
    assert sum(pages_read) <= PAGE  # only what is on screen was read
    # Scrolling to the end fetches page by page, each quickly.
    table = window.caseload.table
    slowest = 0.0
    while model.canFetchMore():
        started = time.perf_counter()
        table.scrollToBottom()
        qtbot.waitUntil(lambda: True)
        table.viewport().repaint()
        slowest = max(slowest, time.perf_counter() - started)
    assert model.rowCount() == 20_000
    assert slowest < 0.1, f"one scroll step took {slowest * 1000:.0f} ms"
    assert model.index(19_999, 0).data() == "FGC-2026-19999"


def test_choosing_a_stage_lists_only_its_conferences(qtbot: QtBot, demo: Store, window):
    window.refresh()
    choose(window.caseload.stage, Stage.REVIEW.value)
    assert _families(window) == ["Nowak family"]
    assert window.caseload.count.text() == "1 conference"
    # Choosing a conference the stage hides shows every stage again.
    okafor = caseload.conference_id_for(demo, "FGC-2026-0006")
    assert okafor is not None
    window.caseload.select(okafor)
    assert window.caseload.stage.currentData() is None
    assert window.caseload.selected_id() == okafor
    assert len(_families(window)) == 7


def test_a_conference_far_down_a_long_list_can_be_selected(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    ids = [f"id-{n}" for n in range(1000)]
    entry = CaseloadEntry("x", "FGC-2026-0001", "Far family", Stage.REFERRAL, None, "")
    monkeypatch.setattr(caseload, "conference_ids", lambda _s, _t="", _st=None: ids)
    monkeypatch.setattr(
        caseload, "entries", lambda _s, wanted: [replace(entry, conference_id=i) for i in wanted]
    )
    monkeypatch.setattr(window, "open_conference", lambda _id: None)
    window.caseload.refresh()
    window.caseload.select("id-950")
    assert window.caseload.model.rowCount() >= 951
    assert window.caseload.selected_id() == "id-950"
