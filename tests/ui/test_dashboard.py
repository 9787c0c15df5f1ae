"""Home: the dashboard's figures as shown, every line opening its place, and the way back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import referral
from fgc_desktop.services.dashboard import dashboard
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.dashboard_lists import LATE, meetings_list, reviews_list, withdrawn_list
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.overdue_actions_model import OverdueActionsModel
from tests.conftest import TODAY
from tests.dashboard_caseload import DashboardCaseload, build


@pytest.fixture
def known(store: Store) -> DashboardCaseload:
    return build(store)


@pytest.fixture
def home(qtbot: QtBot, window: MainWindow, known: DashboardCaseload) -> MainWindow:
    """The window at home, the dashboard read as of TODAY."""
    window.dashboard.today = TODAY
    window.caseload.model.today = TODAY
    window.refresh()
    _loaded(qtbot, window)
    return window


def _loaded(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            not window.dashboard.is_loading
            and window.dashboard.dashboard is not None
            and window.dashboard.dashboard.today == TODAY
        ),
        timeout=10_000,
    )


def _click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _page(window: MainWindow) -> str:
    tabs = window.conference.tabs
    return tabs.tabToolTip(tabs.currentIndex())


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, store: Store, known) -> None:
    board = dashboard(store, TODAY)
    for model, rows in (
        (meetings_list(), board.this_week),
        (reviews_list(), board.reviews_due),
        (withdrawn_list(), board.withdrawn),
    ):
        model.set_rows(rows, TODAY)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
    actions = OverdueActionsModel()
    actions.set_groups(board.overdue_actions, TODAY)
    assert actions.rowCount() == 2
    assert actions.rowCount(actions.index(0, 0)) == 8
    qtmodeltester.check(actions)


def test_long_lists_are_taken_in_a_page_at_a_time(store: Store, known) -> None:
    board = dashboard(store, TODAY)
    model = meetings_list()
    model.set_rows(list(board.this_week) * 150, TODAY)  # 450 lines
    assert model.rowCount() == 100 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450


def test_the_dashboard_shows_what_the_store_holds(home: MainWindow, store: Store) -> None:
    page = home.dashboard
    board = dashboard(store, TODAY)
    assert home.right.currentWidget() is page
    assert page.stage_buttons[Stage.REVIEW].text() == "5\nReview"
    assert page.stage_buttons[None].text() == f"{board.total}\nAll conferences"
    assert page.stage_buttons[Stage.PLAN_AGREEMENT].text() == "0\nPlan agreement"
    assert page.week_box.title() == "This week · 3"
    assert page.reviews_box.title() == "Reviews due and overdue · 3 (2 overdue)"
    assert page.actions_box.title() == "Actions overdue, by person · 8 (2 people)"
    assert page.withdrawn_box.title() == "Consent withdrawn · 1"
    week = [page.week.index(r, 0).data() for r in range(page.week.rowCount())]
    assert week == ["Yesterday 23 Nov, 10:00", "Today 24 Nov, 10:00", "Thursday 26 Nov, 14:00"]
    assert "Tuesday 24 November 2026" in page.heading.text()


def test_late_dates_are_in_words_and_in_red(home: MainWindow) -> None:
    reviews = home.dashboard.reviews
    late = reviews.index(0, 0)
    assert late.data().startswith("⚠ 54 days overdue")
    assert late.data(Qt.ItemDataRole.ForegroundRole) == LATE
    soon = reviews.index(2, 0)
    assert soon.data().startswith("due in 16 days")
    assert soon.data(Qt.ItemDataRole.ForegroundRole) != LATE
    assert reviews.index(2, 2).data() == "Booked for Thu 26 Nov"
    actions = home.dashboard.actions
    first = actions.index(0, 0, actions.index(0, 0))
    assert actions.index(0, 0).data() == "Agnieszka Nowak · 8 overdue"
    assert first.siblingAtColumn(1).data().startswith("⚠ ")
    assert "overdue" in first.siblingAtColumn(1).data()
    assert first.siblingAtColumn(1).data(Qt.ItemDataRole.ForegroundRole) == LATE


def test_each_line_opens_the_place_to_act(
    qtbot: QtBot, home: MainWindow, known: DashboardCaseload
) -> None:
    page = home.dashboard
    # A conference this week opens at its conference day.
    _click(qtbot, page.week_view, page.week.index(1, 2))
    assert home.conference.conference.id == known.today.id
    assert _page(home) == "Conference day"
    assert home.caseload.selected_id() == known.today.id
    # A review opens the review page.
    for view, index, conference in (
        (page.reviews_view, page.reviews.index(0, 1), known.late_review),
        (page.week_view, page.week.index(2, 2), known.due_soon),
    ):
        home.show_home()
        _click(qtbot, view, index)
        assert home.conference.conference.id == conference.id
        assert _page(home) == "Review"
    # An overdue action opens where its progress is recorded.
    home.show_home()
    person = page.actions.index(1, 0)  # Housing team
    action = page.actions.index(0, 0, person)
    _click(qtbot, page.actions_view, action)
    assert home.conference.conference.id == page.actions.action(action).conference.conference_id
    assert _page(home) == "Review"
    # Withdrawn consent opens the referral, where consent is recorded.
    home.show_home()
    _click(qtbot, page.withdrawn_view, page.withdrawn.index(0, 1))
    assert home.conference.conference.id == known.withdrawn.id
    assert _page(home) == "Referral"


def test_keyboard_enter_on_a_line_opens_it(
    qtbot: QtBot, home: MainWindow, known: DashboardCaseload
) -> None:
    view = home.dashboard.withdrawn_view
    view.setFocus()
    view.setCurrentIndex(home.dashboard.withdrawn.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert home.conference.conference.id == known.withdrawn.id


def test_a_stage_count_shows_those_conferences_in_the_caseload(
    qtbot: QtBot, home: MainWindow
) -> None:
    qtbot.mouseClick(home.dashboard.stage_buttons[Stage.REVIEW], Qt.MouseButton.LeftButton)
    model = home.caseload.model
    assert model.total == 5
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"Review"}
    assert home.caseload.count.text() == "5 conferences"
    qtbot.mouseClick(home.dashboard.stage_buttons[None], Qt.MouseButton.LeftButton)
    assert model.total == 11


def test_home_comes_back_and_the_same_conference_opens_again(
    qtbot: QtBot, home: MainWindow, known: DashboardCaseload
) -> None:
    home.caseload.select(known.monday.id)
    assert home.right.currentWidget() is home.conference
    assert home.plan_action.isEnabled()
    qtbot.keyClick(home, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert home.right.currentWidget() is home.dashboard
    assert home.caseload.selected_id() is None
    assert not home.plan_action.isEnabled()
    home.caseload.select(known.monday.id)
    assert home.right.currentWidget() is home.conference


def test_changes_are_on_the_dashboard_when_home_is_shown_again(
    qtbot: QtBot, home: MainWindow, known: DashboardCaseload
) -> None:
    home.caseload.select(known.later.id)
    conference = referral.withdraw_consent(
        home.store, known.later.id, "2026-11-23", "Not now, maybe in spring"
    )
    home.conference.referral.saved.emit(conference)
    home.show_home()
    qtbot.waitUntil(lambda: home.dashboard.withdrawn_box.title() == "Consent withdrawn · 2")
    assert home.dashboard.withdrawn.index(0, 0).data() == "23 Nov 2026"


def test_an_empty_caseload_says_so_in_every_section(qtbot: QtBot, window: MainWindow) -> None:
    window.dashboard.today = date(2026, 11, 24)
    window.dashboard.reload()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None)
    qtbot.waitUntil(lambda: not window.dashboard.is_loading)
    box = window.dashboard.reviews_box
    assert box.title() == "Reviews due and overdue · 0"
    assert box.note.isVisible() and not box.view.isVisible()
