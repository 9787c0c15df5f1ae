"""The Plan page's versions: listed, compared side by side, and shown again exactly as agreed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store import plans
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.plan_comparison_view import PlanComparisonView
from fgc_desktop.ui.plan_versions import PlanVersionsSection
from tests.ui.conftest import choose, open_conference, type_into, when_dialog_opens


@pytest.fixture
def nowak(store: Store, window: MainWindow) -> str:
    """The demo's Nowak family, whose plan was changed at its review into version 2."""
    demo_caseload.write_demo_caseload(store)
    conference_id = next(
        e.conference_id for e in caseload.list_conferences(store) if e.family_name == "Nowak family"
    )
    open_conference(window, store, conference_id, "Plan")
    return conference_id


def _section(window: MainWindow) -> PlanVersionsSection:
    return window.conference.plan.versions


def _click_row(qtbot: QtBot, section: PlanVersionsSection, row: int, *, add: bool = False) -> None:
    table = section.table
    table.scrollTo(section.model.index(row, 0))
    centre = table.visualRect(section.model.index(row, 0)).center()
    modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def _cells(section: PlanVersionsSection, row: int) -> list[str]:
    model = section.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_versions_are_listed_newest_first(
    qtmodeltester: ModelTester, store: Store, window: MainWindow, nowak: str
) -> None:
    section = _section(window)
    first, second = caseload.load(store, nowak).plans
    signed = "Agnieszka Nowak, Halina Wójcik, Paweł Nowak, Łucja Zielińska"
    assert _cells(section, 0) == [
        "2",
        "Agreed, locked",
        second.agreed_at[:10],
        second.content_hash[:12],
        signed,
    ]
    assert _cells(section, 1)[:4] == [
        "1",
        "Agreed, locked",
        first.agreed_at[:10],
        first.content_hash[:12],
    ]
    assert section.chosen_versions() == [2]
    assert section.show_button.text() == "Show version 2 as agreed…"
    assert window.conference.plan.compare_button.text() == "Compare with version 1…"
    qtmodeltester.check(section.model)


def test_choosing_two_versions_compares_them_side_by_side(
    qtbot: QtBot, window: MainWindow, nowak: str
) -> None:
    section = _section(window)
    _click_row(qtbot, section, 1)
    _click_row(qtbot, section, 0, add=True)
    assert section.chosen_versions() == [1, 2]
    qtbot.mouseClick(section.compare_button, Qt.MouseButton.LeftButton)
    view = section.comparison
    assert isinstance(view, PlanComparisonView)
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.is_ready)
    assert view.older_choice.currentData() == 1 and view.newer_choice.currentData() == 2
    assert view.summary.text() == "Version 2 against version 1: 1 added, 5 changed, 1 removed."
    shown = view.browser.toPlainText()
    for words in (
        "− Removed",
        "Go to the parenting group on Tuesday evenings",
        "Not in version 2",
        "+ Added",
        "Meet the school's family support worker once a month",
        "Not in version 1",
        "~ Changed",
        "What, By when, Support needed",
        "Take Zofia and Jakub to school every weekday, leaving home by 8.15",
        "Halina Wójcik",  # the new plan monitor
        "= No change",
    ):
        assert words in shown, words
    # Changed words are marked in the text itself, not by colour alone.
    html = view.browser.toHtml()
    assert "line-through" in html and "underline" in html

    qtbot.mouseClick(view.only_changes, Qt.MouseButton.LeftButton)
    assert "= No change" not in view.browser.toPlainText()
    assert "Nothing changed here." in view.browser.toPlainText()  # the bottom lines
    qtbot.mouseClick(view.swap_button, Qt.MouseButton.LeftButton)
    assert view.summary.text() == "Comparing version 2 with version 1…"
    qtbot.waitUntil(lambda: view.is_ready)
    assert (view.older_choice.currentData(), view.newer_choice.currentData()) == (2, 1)
    assert view.summary.text() == "Version 1 against version 2: 1 added, 5 changed, 1 removed."
    choose(view.older_choice, 1)
    qtbot.waitUntil(lambda: view.is_ready)
    assert view.summary.text().startswith("Both sides show version 1")
    view.close()


def test_an_earlier_version_is_shown_exactly_as_it_was_agreed(
    qtbot: QtBot, store: Store, window: MainWindow, nowak: str, tmp_path: Path
) -> None:
    section = _section(window)
    first = caseload.load(store, nowak).plans[0]
    _, kept = plans.agreed_record(store, first.id)
    _click_row(qtbot, section, 1)
    assert section.show_button.text() == "Show version 1 as agreed…"
    qtbot.mouseClick(section.show_button, Qt.MouseButton.LeftButton)
    preview = section.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert preview.pdf == kept
    assert f"exactly as agreed on {first.agreed_at[:10]}" in preview.status.text()
    assert preview.default_file_name().endswith("family plan v1 as agreed.pdf")
    assert preview.print_button.isEnabled()
    target = tmp_path / preview.default_file_name()
    assert preview.save_to(target) and target.read_bytes() == kept
    preview.close()


def test_a_new_draft_is_compared_with_the_version_it_came_from(
    qtbot: QtBot, store: Store, window: MainWindow, nowak: str
) -> None:
    page = window.conference.plan

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(yes)
    qtbot.mouseClick(page.new_version_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(caseload.load(store, nowak).plans) == 3)
    section = _section(window)
    assert _cells(section, 0)[:4] == ["3", "Draft", "—", "—"]
    assert section.show_button.text() == "Show draft version 3…"
    assert page.compare_button.text() == "Compare with version 2…"
    type_into(qtbot, page.plan_form.editor("plan_monitor"), "Paweł Nowak")
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    view = section.comparison
    assert view is not None
    qtbot.waitUntil(lambda: view.is_ready)
    assert (view.older_choice.currentData(), view.newer_choice.currentData()) == (2, 3)
    assert view.newer_choice.currentText() == "Version 3 · draft"
    assert view.summary.text() == "Version 3 against version 2: 2 changed."  # monitor, decision
    assert "Paweł Nowak" in view.browser.toPlainText()
    view.close()


def test_versions_and_comparison_pictures(
    qtbot: QtBot, window: MainWindow, nowak: str, tmp_path: Path
) -> None:
    """The versions list at the foot of the Plan page, and the comparison at 1280x800."""
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.test_screenshots import _folder, _scroll_to

    folder = _folder(tmp_path)
    window.resize(1280, 800)
    page = window.conference.plan
    area = window.conference.tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: page.versions_box.height() > 0)
    qtbot.wait(30)
    _scroll_to(area, page.versions_box, bottom=True)
    qtbot.wait(30)
    window.grab().save(str(folder / "plan-versions.png"))
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    view = _section(window).comparison
    assert view is not None
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.is_ready)
    assert view.width() <= 1280 and view.height() <= 800
    qtbot.wait(30)
    view.grab().save(str(folder / "plan-comparison.png"))
    view.close()
