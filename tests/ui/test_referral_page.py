"""The referral page: the referrer's details, the referral itself, consent and its withdrawal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.conference import ConsentMethod
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, network, referral
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.consent_withdrawal_dialog import ConsentWithdrawalDialog
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import choose, open_conference, type_into, type_text, when_dialog_opens


def test_referrer_and_referral_are_kept_as_typed(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Nowak family")
    open_conference(window, store, conference.id, "Referral")
    page = window.conference.referral
    for key, text in (
        ("referrer_name", "Jo Bennett"),
        ("referrer_role", "Social worker"),
        ("referrer_team", "North Team"),
        ("referrer_phone", "01632 960123"),
        ("referrer_email", "jo.bennett@example.org"),
        ("referral_received_on", "02/03/2026"),
    ):
        type_into(qtbot, page.referrer.editor(key), text)
    for key, text in (
        ("referral_reason", "School is worried"),
        ("worries", "Alone in the evenings"),
        ("strengths", "A close grandmother"),
        ("questions", "Who looks after them at night?\nWho can they call?"),
    ):
        type_into(qtbot, page.details.editor(key), text)
    window.conference.show_page("Bottom lines")
    agreed = window.conference.bottom_lines.agreed
    type_into(qtbot, agreed.editor("bottom_lines_agreed_on"), "2026-03-09")

    stored = caseload.load(store, conference.id).referral
    assert (stored.referrer_team, stored.referrer_phone) == ("North Team", "01632 960123")
    assert stored.referrer_email == "jo.bennett@example.org"
    assert stored.received_on == date(2026, 3, 2)
    assert stored.question_list == ["Who looks after them at night?", "Who can they call?"]
    assert stored.bottom_lines_agreed_on == date(2026, 3, 9)
    # A phone number that is not one is refused under the field, and kept on screen.
    type_into(qtbot, page.referrer.editor("referrer_phone"), "ring Jo")
    assert "not a phone number" in page.referrer.error_text("referrer_phone")
    assert caseload.load(store, conference.id).referral.referrer_phone == "01632 960123"


def test_consent_only_from_someone_with_parental_responsibility(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Nowak family")
    for name in ("Piotr Nowak", "Anna Nowak"):
        network.add_person(store, conference.id, name, Role.PARENT)
    network.add_person(store, conference.id, "Ola Nowak", Role.CHILD)
    people = {p.name: p.id for p in caseload.load(store, conference.id).people}
    open_conference(window, store, conference.id, "Network")
    # Anna's parental responsibility is ticked on the Network page.
    panel = window.conference.network
    panel.select_id(people["Anna Nowak"])
    qtbot.mouseClick(panel.flags["parental_responsibility"], Qt.MouseButton.LeftButton)
    assert caseload.load(store, conference.id).people[1].parental_responsibility

    window.conference.show_page("Referral")
    consent = window.conference.referral.consent
    assert consent.given_by.findData(people["Ola Nowak"]) < 0  # children do not consent
    choose(consent.given_by, people["Piotr Nowak"])
    type_into(qtbot, consent.given_on, "2026-03-05")
    qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)
    assert consent.message.isVisible()
    assert "Piotr Nowak does not have parental responsibility" in consent.message.text()
    assert not caseload.load(store, conference.id).consent.is_recorded

    choose(consent.given_by, people["Anna Nowak"])
    choose(consent.method, ConsentMethod.IN_WRITING)
    qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)
    stored = caseload.load(store, conference.id).consent
    assert stored.given_by_person_id == people["Anna Nowak"]
    assert (stored.given_on, stored.method) == (date(2026, 3, 5), ConsentMethod.IN_WRITING)
    assert not consent.message.isVisible()
    assert "Consent given by Anna Nowak on 2026-03-05, in writing" in consent.state.text()
    # Once recorded, how it was given is saved as soon as it is changed.
    choose(consent.method, ConsentMethod.PHONE)
    assert caseload.load(store, conference.id).consent.method is ConsentMethod.PHONE


def test_withdrawn_consent_stops_the_conference_until_renewed(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Evans family")
    network.add_person(store, conference.id, "Rhian Evans", Role.PARENT)
    network.add_person(store, conference.id, "Cerys Evans", Role.CHILD)
    rhian = caseload.load(store, conference.id).people[0]
    network.set_flag(store, conference.id, rhian.id, "parental_responsibility", True)
    referral.edit_conference(store, conference.id, "referrer_name", "Sam Jones")
    referral.edit_conference(store, conference.id, "referral_reason", "Worries at school")
    referral.record_consent(store, conference.id, rhian.id, "2026-03-01")
    open_conference(window, store, conference.id, "Referral")
    view, consent = window.conference, window.conference.referral.consent
    assert not view.withdrawn_banner.isVisible()
    assert "Ready to move on" in view.stage_bar.heading.text()

    def withdraw(dialog: QDialog) -> None:
        assert isinstance(dialog, ConsentWithdrawalDialog)
        assert not dialog.ok_button.isEnabled()  # a reason is needed
        type_text(qtbot, dialog.reason, "Rhian wants to talk to her solicitor first")
        dialog.withdrawn_on.setText("2026-03-12")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(withdraw)
    qtbot.mouseClick(consent.withdraw_button, Qt.MouseButton.LeftButton)
    stored = caseload.load(store, conference.id).consent
    assert stored.withdrawn_on == date(2026, 3, 12)
    assert stored.withdrawal_reason == "Rhian wants to talk to her solicitor first"
    assert view.withdrawn_banner.isVisible()
    assert "withdrew their consent on 2026-03-12" in view.withdrawn_banner.text()
    assert "withdrew their consent" in view.stage_bar.checklist.text()
    assert not consent.withdraw_button.isEnabled()
    qtbot.mouseClick(view.stage_bar.move_on_button, Qt.MouseButton.LeftButton)
    assert caseload.load(store, conference.id).stage is Stage.REFERRAL
    assert "withdrew their consent" in view.stage_bar.blocked.text()

    # The family consent again: the withdrawal is lifted and the conference can move on.
    type_into(qtbot, consent.given_on, "2026-03-20")
    qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)
    assert not caseload.load(store, conference.id).consent.is_withdrawn
    assert not view.withdrawn_banner.isVisible()
    assert "withdrew" not in view.stage_bar.checklist.text()
    qtbot.mouseClick(view.stage_bar.move_on_button, Qt.MouseButton.LeftButton)
    assert caseload.load(store, conference.id).stage is Stage.PREPARATION


def test_withdrawal_dialog_explains_a_bad_date_and_stays_open(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Evans family")
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ConsentWithdrawalDialog)
        dialog.withdrawn_on.setText("31/02/2026")
        type_text(qtbot, dialog.reason, "Changed their mind")
        dialog.accept()
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.reject()

    dialog = ConsentWithdrawalDialog(
        lambda day, why: referral.withdraw_consent(store, conference.id, day, why), window
    )
    when_dialog_opens(answer)
    dialog.exec()
    assert "not a real date" in seen[0]
    assert not caseload.load(store, conference.id).consent.is_withdrawn
