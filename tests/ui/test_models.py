"""Every Qt item model the interface uses passes pytest-qt's model tester."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload, preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.bottom_lines_panel import BottomLinesPanel
from fgc_desktop.ui.invitations_page import InvitationsPage
from fgc_desktop.ui.must_not_attend_with import MustNotAttendWith
from fgc_desktop.ui.network_table import NetworkPanel
from fgc_desktop.ui.plan_actions import ActionsPanel
from fgc_desktop.ui.preparation_visits import VisitsPanel
from fgc_desktop.ui.record_table_model import RecordTableModel


def test_record_tables_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, store: Store
):
    demo_caseload.write_demo_caseload(store)
    nowak = next(e for e in caseload.list_conferences(store) if e.family_name == "Nowak family")
    conference = caseload.load(store, nowak.conference_id)
    for panel_type in (NetworkPanel, BottomLinesPanel, ActionsPanel, VisitsPanel):
        panel = panel_type(store)
        qtbot.addWidget(panel)
        panel.show_conference(conference, fresh=True)
        assert panel.model.rowCount() > 0, panel_type.__name__
        qtmodeltester.check(panel.model)


def test_empty_record_table_passes_the_model_tester(qtmodeltester: ModelTester):
    model: RecordTableModel[object] = RecordTableModel([("Name", str)])
    qtmodeltester.check(model)
    model.set_records(["a", "b"])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "b"


def test_preparation_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, store: Store
):
    demo_caseload.write_demo_caseload(store)
    nowak = next(e for e in caseload.list_conferences(store) if e.family_name == "Nowak family")
    first, second = caseload.load(store, nowak.conference_id).people[2:4]
    preparation.add_safety_pair(store, nowak.conference_id, first.id, second.id, "Court order")
    conference = caseload.load(store, nowak.conference_id)
    page = InvitationsPage(store)
    qtbot.addWidget(page)
    page.show_conference(conference, fresh=True)
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    pairs = MustNotAttendWith(store)
    qtbot.addWidget(pairs)
    pairs.show_person(conference, first, fresh=True)
    assert pairs.model.rowCount() == 1
    qtmodeltester.check(pairs.model)
