"""The invitations page: warnings first, letters recorded as sent, and printing every letter."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Participation, Role
from fgc_desktop.domain.preparation import InvitationMethod
from fgc_desktop.services import caseload, invitations, network, preparation, referral
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import choose, open_conference, type_into


def _invited_family(store: Store) -> tuple[str, dict[str, str]]:
    conference = caseload.create_conference(store, "Nowak family")
    for name, role in (
        ("Zofia Nowak", Role.CHILD),
        ("Agnieszka Nowak", Role.PARENT),
        ("Marek Nowak", Role.PARENT),
        ("Halina Wójcik", Role.GRANDPARENT),
    ):
        network.add_person(store, conference.id, name, role)
    people = {p.name: p.id for p in caseload.load(store, conference.id).people}
    for name in ("Agnieszka Nowak", "Marek Nowak", "Halina Wójcik"):
        network.set_choice(store, conference.id, people[name], Participation.IN_PERSON)
    return conference.id, people


def test_letters_are_recorded_as_sent_and_taken_back(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference_id, people = _invited_family(store)
    open_conference(window, store, conference_id, "Invitations")
    page = window.conference.invitations
    assert [page.model.record(r).name for r in range(page.model.rowCount())] == [
        "Agnieszka Nowak",
        "Marek Nowak",
        "Halina Wójcik",
    ]
    assert page.model.index(0, 2).data() == "Not sent yet"
    assert not page.record_button.isEnabled()
    page.select_person(people["Halina Wójcik"])
    type_into(qtbot, page.sent_on, "2026-03-20")
    choose(page.method, InvitationMethod.BY_HAND)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    sent = caseload.load(store, conference_id).invitations
    assert [(i.person_id, i.sent_on, i.method) for i in sent] == [
        (people["Halina Wójcik"], date(2026, 3, 20), InvitationMethod.BY_HAND)
    ]
    assert page.model.index(2, 2).data() == "✓ 2026-03-20, by hand"
    # Several at once: the letters usually go out together.
    page.table.selectAll()
    choose(page.method, InvitationMethod.POST)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert len(caseload.load(store, conference_id).invitations) == 4
    page.select_person(people["Marek Nowak"])
    qtbot.mouseClick(page.take_back_button, Qt.MouseButton.LeftButton)
    kept = caseload.load(store, conference_id).invitations
    assert people["Marek Nowak"] not in {i.person_id for i in kept}
    assert page.model.index(1, 2).data() == "Not sent yet"


def test_warnings_are_shown_above_the_list(qtbot: QtBot, window: MainWindow, store: Store):
    conference_id, people = _invited_family(store)
    preparation.add_safety_pair(
        store, conference_id, people["Agnieszka Nowak"], people["Marek Nowak"], "Court order"
    )
    open_conference(window, store, conference_id, "Invitations")
    page = window.conference.invitations
    assert page.warnings.isVisible()
    text = page.warnings.text()
    assert "Agnieszka Nowak and Marek Nowak must not attend together" in text
    assert "date or venue is not set" in text
    type_into(qtbot, page.sent_on, "someday")
    page.select_person(people["Agnieszka Nowak"])
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert "not a date" in page.message.text()
    assert caseload.load(store, conference_id).invitations == []


def test_nobody_invited_yet(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Evans family")
    open_conference(window, store, conference.id, "Invitations")
    page = window.conference.invitations
    assert page.empty_note.isVisible()
    assert not page.print_button.isEnabled()


def test_referral_summary_opens_in_the_preview(qtbot: QtBot, window: MainWindow, store: Store):
    conference_id, _people = _invited_family(store)
    referral.edit_conference(store, conference_id, "referral_reason", "Alone in the evenings")
    open_conference(window, store, conference_id, "Referral")
    qtbot.mouseClick(window.conference.referral.summary_button, Qt.MouseButton.LeftButton)
    preview = window.conference.referral.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready or preview.has_failed, timeout=20_000)
    assert preview.is_ready, preview.status.text()
    assert preview.pdf is not None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Alone in the evenings" in text
    assert preview.default_file_name().endswith("referral summary.pdf")
    preview.accept()
    assert window.summary_action.isEnabled()


def _letters_ready() -> bool:
    try:
        import fgc_desktop.documents.invitation_letter  # noqa: F401
    except ImportError:
        return False
    return True


needs_letters = pytest.mark.skipif(
    not _letters_ready(), reason="the invitation letter document is still being written"
)


def _letters_of(batch: bytes, page_counts: list[int]) -> list[str]:
    """The batch's text cut into letters, given how many pages each letter has."""
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(batch)).pages]
    assert len(pages) == sum(page_counts)
    letters, start = [], 0
    for count in page_counts:
        letters.append("\n".join(pages[start : start + count]))
        start += count
    return letters


@needs_letters
def test_print_all_letters_one_per_invitee_and_a_confidential_address_stays_hidden(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference_id, people = _invited_family(store)
    referral.edit_conference(store, conference_id, "held_on", "2026-04-10")
    referral.edit_conference(store, conference_id, "starts_at", "10:30")
    referral.edit_conference(store, conference_id, "venue", "Riverside Family Centre")
    network.edit_person(store, conference_id, people["Marek Nowak"], "address", "1 Open Road")
    # Agnieszka's new address, typed and marked confidential on the Network page.
    open_conference(window, store, conference_id, "Network")
    panel = window.conference.network
    panel.select_id(people["Agnieszka Nowak"])
    type_into(qtbot, panel.editor("address"), "4 Quiet Close, Riverside RV3 9ZZ")
    qtbot.mouseClick(panel.flags["contact_confidential"], Qt.MouseButton.LeftButton)
    assert caseload.load(store, conference_id).people[1].contact_confidential

    window.conference.show_page("Invitations")
    page = window.conference.invitations
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    preview = page.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready or preview.has_failed, timeout=20_000)
    assert preview.is_ready, preview.status.text()
    assert preview.status.text().startswith("3 letters on ")
    assert preview.pdf is not None

    run = invitations.invitation_run(store, conference_id)
    counts = [len(PdfReader(io.BytesIO(pdf)).pages) for pdf in run.letters().values()]
    letters = _letters_of(preview.pdf, counts)
    invitees = [p.name for p in run.invitees]
    assert invitees == ["Agnieszka Nowak", "Marek Nowak", "Halina Wójcik"]
    for name, letter in zip(invitees, letters, strict=True):
        assert name in letter  # each letter is addressed to its own person
    assert "Quiet Close" in letters[0]  # her own letter may carry it
    assert "Quiet Close" not in letters[1]  # never Marek's
    assert "Quiet Close" not in letters[2]
    preview.accept()
