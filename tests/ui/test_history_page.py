"""The History tab: a change typed on a page shows up with who, when, before and after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Role
from fgc_desktop.services import caseload, history, network
from fgc_desktop.store import audit
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.history_page import HistoryPage
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import choose, open_conference, type_into, type_text

LONG_WORRIES = "\n".join(
    f"Line {n}: the school saw the children arrive without breakfast." for n in range(40)
)


def test_a_typed_change_is_in_the_history_with_before_and_after(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Nowak family")
    open_conference(window, store, conference.id, "Referral")
    referral = window.conference.referral
    type_into(qtbot, referral.referrer.editor("referrer_name"), "Jo Bennett")
    type_into(qtbot, referral.referrer.editor("referrer_name"), "Jo Bennett-Łukasik")
    type_into(qtbot, referral.details.editor("worries"), LONG_WORRIES)

    window.conference.show_page("History")
    page = window.conference.history
    qtbot.waitUntil(lambda: page.model.rowCount() >= 4)
    newest = page.model.line(0)
    assert newest.kind == "Conference" and newest.summary.startswith("Changed Worries")
    assert page.current_line() == newest
    detail = page.detail.toPlainText()
    assert "Before" in detail and "After" in detail
    assert LONG_WORRIES.splitlines()[-1] in detail  # long text in full, not cut short
    renamed = page.model.line(1)
    assert renamed.summary == "Changed Referrer: Jo Bennett → Jo Bennett-Łukasik"
    page.table.selectRow(1)
    detail = page.detail.toPlainText()
    assert "Jo Bennett-Łukasik" in detail and "Referrer" in detail
    assert audit.current_actor() in detail
    # Typing a field's label, a name in any case, or choosing a kind filters the list.
    type_text(qtbot, page.find, "łukasik")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count.text() == "1 change found"
    page.find.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 4)
    choose(page.kind, "conferences")
    assert {page.model.line(r).kind for r in range(page.model.rowCount())} == {"Conference"}
    page.find.setText("no such words anywhere")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "No change matches" in page.detail.toPlainText()


def test_a_person_is_named_in_every_change_to_their_record(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Khan family")
    person = network.add_person(store, conference.id, "عمران خان", Role.PARENT).people[-1]
    network.edit_person(store, conference.id, person.id, "phone", "07700 900111")
    network.remove_person(store, conference.id, person.id)
    open_conference(window, store, conference.id, "History")
    page = window.conference.history
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3)
    lines = [page.model.line(r) for r in range(3)]
    assert [line.record for line in lines] == ["Network person: عمران خان"] * 3
    assert lines[0].summary.startswith("Removed: Name: عمران خان · Phone: 07700 900111")
    assert lines[1].summary.startswith("Changed Phone:")
    choose(page.kind, "people")
    page.table.selectRow(0)
    assert "What it held" in page.detail.toPlainText()


def test_a_long_trail_is_read_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester: ModelTester, store: Store
):
    conference = caseload.create_conference(store, "Jones family")
    with store.writing() as db:
        for n in range(3 * history.PAGE_SIZE + 17):
            audit.record(
                db,
                conference_id=conference.id,
                entity="conferences",
                entity_id=conference.id,
                change="update",
                before={"venue": f"Room {n}"},
                after={"venue": f"Room {n + 1}"},
            )
    page = HistoryPage(store)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.show_conference(caseload.load(store, conference.id), fresh=True)
    model = page.model
    assert model.total == 3 * history.PAGE_SIZE + 18
    assert model.rowCount() == history.PAGE_SIZE
    assert model.line(0).summary == f"Changed Venue: Room {3 * history.PAGE_SIZE + 16} → Room " + (
        f"{3 * history.PAGE_SIZE + 17}"
    )
    qtmodeltester.check(model)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > history.PAGE_SIZE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total
    assert model.line(model.rowCount() - 1).summary == "Started the conference"
    seqs = [model.line(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs)
    qtmodeltester.check(model)
    qtbot.keyClick(page.table, Qt.Key.Key_End)
