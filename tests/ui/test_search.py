"""Searching the whole caseload from Home: results as you type, and opening what was found."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload, preparation, search
from fgc_desktop.store import search as search_index
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.search_results import SearchResultsModel, SnippetHtmlRole
from tests.ui.conftest import type_text


@pytest.fixture
def demo(store: Store) -> Store:
    """The demo caseload, with a preparation visit noting something only it mentions."""
    demo_caseload.write_demo_caseload(store)
    khan = caseload.conference_id_for(store, "FGC-2026-0005")
    assert khan is not None
    sara = next(p for p in caseload.load(store, khan).people if p.name == "Sara Khan")
    preparation.add_visit(store, khan, sara.id, place="At home", notes="Offers a spare bedroom")
    return store


def _results(window: MainWindow) -> list[tuple[str, str]]:
    model = window.dashboard.results.model
    return [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = window.dashboard.search
    field.setFocus()
    field.clear()
    type_text(qtbot, field, text)
    qtbot.waitUntil(lambda: window.dashboard.results.model.result.text == text, timeout=10_000)
    qtbot.waitUntil(lambda: not window.dashboard.is_loading, timeout=10_000)


def test_results_appear_as_you_type(qtbot: QtBot, demo: Store, window: MainWindow) -> None:
    window.refresh()
    _type_search(qtbot, window, "spare bed")
    panel = window.dashboard.results
    assert window.dashboard.pages.currentWidget() is panel
    assert _results(window) == [("Khan family", "Preparation visit")]
    assert panel.status.text().startswith("1 conference found")
    snippet = panel.model.index(0, 3)
    assert snippet.data() == "Offers a spare bedroom"
    # Words found by their start are marked whole.
    assert snippet.data(SnippetHtmlRole) == "Offers a <b>spare</b> <b>bedroom</b>"


def test_names_in_other_scripts_typed_as_an_input_method_would(
    qtbot: QtBot, demo: Store, window: MainWindow
) -> None:
    _type_search(qtbot, window, "王秀英")
    assert _results(window) == [("Chen family", "Family network")]
    _type_search(qtbot, window, "الرشيد")
    assert [family for family, _ in _results(window)] == ["Al-Rashid family"]
    _type_search(qtbot, window, "wojcik")  # typed without the accent
    assert [family for family, _ in _results(window)] == ["Nowak family"]


def test_choosing_a_result_opens_the_conference_where_it_was_found(
    qtbot: QtBot, demo: Store, window: MainWindow
) -> None:
    _type_search(qtbot, window, "spare bedroom")
    table = window.dashboard.results.table
    rect = table.visualRect(window.dashboard.results.model.index(0, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.right.currentWidget() is window.conference
    assert window.conference.conference.family_name == "Khan family"
    tabs = window.conference.tabs
    assert tabs.tabToolTip(tabs.currentIndex()) == "Preparation"
    assert window.caseload.selected_id() == window.conference.conference.id


def test_keyboard_enter_opens_the_best_and_escape_clears(
    qtbot: QtBot, demo: Store, window: MainWindow
) -> None:
    _type_search(qtbot, window, "okafor")
    field = window.dashboard.search
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.conference.conference.family_name == "Okafor family"
    window.search_action.trigger()  # Ctrl+F: home, the cursor in the search field
    assert window.right.currentWidget() is window.dashboard
    assert field.hasFocus() and field.selectedText() == "okafor"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert window.dashboard.results.table.hasFocus()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert window.dashboard.pages.currentWidget() is window.dashboard.home


def test_nothing_found_and_one_letter_say_what_to_do(
    qtbot: QtBot, demo: Store, window: MainWindow
) -> None:
    _type_search(qtbot, window, "zebra crossing")
    status = window.dashboard.results.status.text()
    assert status.startswith("Nothing found for “zebra crossing”")
    assert _results(window) == []
    field = window.dashboard.search
    field.clear()
    type_text(qtbot, field, "n")
    qtbot.waitUntil(lambda: "Keep typing" in window.dashboard.results.status.text())
    assert _results(window) == []


def test_only_the_last_text_typed_is_shown(qtbot: QtBot, demo: Store, window: MainWindow) -> None:
    panel = window.dashboard.results
    for text in ("no", "now", "nowa", "nowak", "chen"):
        panel.search_for(text)  # each one supersedes the one before, as fast typing does
    qtbot.waitUntil(lambda: not panel.is_searching, timeout=10_000)
    assert panel.model.result.text == "chen"
    assert [family for family, _ in _results(window)] == ["Chen family"]


def test_results_model_passes_the_model_tester(qtmodeltester: ModelTester, demo: Store) -> None:
    model = SearchResultsModel(demo)
    reader = search.open_reader(demo)
    try:
        model.show(search.rank(reader, "family"))
    finally:
        reader.close()
    assert model.rowCount() == 7
    qtmodeltester.check(model)


def test_long_results_are_read_a_page_at_a_time(store: Store) -> None:
    for number in range(120):
        caseload.create_conference(store, f"Pagewright family {number}")
    model = SearchResultsModel(store)
    model.show(search.rank(store, "pagewright"))
    assert len(model.result) == 120
    assert model.rowCount() == 50 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 120
    assert len({model.index(row, 0).data() for row in range(120)}) == 120


def test_a_common_word_says_more_were_found_than_listed(
    qtbot: QtBot, demo: Store, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word in more texts than are ranked lists the newest matches and says there are more."""
    monkeypatch.setattr(search_index, "RANKED_TEXTS", 3)
    _type_search(qtbot, window, "family")
    panel = window.dashboard.results
    found = panel.model.result
    assert not found.complete and 0 < len(found) <= 3
    assert panel.status.text().startswith(f"More than {len(found)} conferences found")
    assert panel.model.rowCount() == len(found)
