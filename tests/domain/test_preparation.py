"""Preparation rules: consent, the readiness checklist, safety pairs and references to a person."""

from __future__ import annotations

from datetime import date

import pytest

from fgc_desktop.domain import progress
from fgc_desktop.domain.network import Participation, Role
from fgc_desktop.domain.preparation import ChildVoice, VoiceMethod
from fgc_desktop.domain.progress import StageBlocked, readiness
from fgc_desktop.domain.references import references_to, signed_an_agreed_plan
from fgc_desktop.domain.safety import SafetyPair, attendance_conflicts, may_see_contact_of
from fgc_desktop.domain.stage import Stage


def _named(conference, name):
    return next(p for p in conference.people if p.name == name)


def test_a_fully_prepared_conference_is_ready(conference_at) -> None:
    assert readiness(conference_at(Stage.INFORMATION_SHARING)).target is Stage.FAMILY_TIME
    prepared = conference_at(Stage.PREPARATION)
    # The builder prepares on the way; at PREPARATION it has not done it yet.
    assert not readiness(prepared).ready


def test_the_checklist_names_each_missing_preparation(conference_at) -> None:
    conference = conference_at(Stage.PREPARATION)
    missing = readiness(conference).missing
    assert "Decide how Agnieszka Nowak will take part" in missing
    assert "Gather Zofia Wójcik's wishes and feelings" in missing
    assert "Record that the referrer agreed the bottom lines" in missing
    mother = _named(conference, "Agnieszka Nowak")
    mother.participation = Participation.IN_PERSON
    mother.interpreter_needed, mother.preferred_language = True, "Polish"
    missing = readiness(conference).missing
    assert "Visit or call Agnieszka Nowak" in missing
    assert "Book an interpreter for Agnieszka Nowak (Polish)" in missing
    assert "Send Agnieszka Nowak their invitation" in missing


def test_a_childs_voice_counts_once_written_and_how_is_known(conference_at) -> None:
    conference = conference_at(Stage.PREPARATION)
    zofia = _named(conference, "Zofia Wójcik")
    conference.child_voices.append(ChildVoice(zofia.id, "I want to stay with Gran"))
    assert "Gather Zofia Wójcik's wishes and feelings" in readiness(conference).missing
    conference.child_voices[0].method = VoiceMethod.DRAWING
    assert "Gather Zofia Wójcik's wishes and feelings" not in readiness(conference).missing


def test_consent_must_come_from_someone_with_parental_responsibility(conference_at) -> None:
    conference = conference_at(Stage.REFERRAL)
    friend = _named(conference, "王小明")
    conference.consent.given_by, conference.consent.given_by_person_id = friend.name, friend.id
    assert readiness(conference).missing == (
        "王小明 does not have parental responsibility; record consent from someone who does",
    )


def test_withdrawn_consent_stops_the_conference_and_says_why(conference_at) -> None:
    conference = conference_at(Stage.INFORMATION_SHARING)
    conference.consent.withdrawn_on = date(2026, 11, 20)
    conference.consent.withdrawal_reason = "Mum wants to try on her own first"
    with pytest.raises(StageBlocked) as blocked:
        progress.move_on(conference)
    assert blocked.value.missing == (
        "The family withdrew their consent on 2026-11-20: Mum wants to try on her own first. "
        "The conference cannot move on unless they consent again.",
    )
    progress.go_back(conference, "Talk again with the family")  # going back is still possible


def test_people_who_must_not_attend_together_are_warned_about(conference_at) -> None:
    conference = conference_at(Stage.INFORMATION_SHARING)
    mother, gran = _named(conference, "Agnieszka Nowak"), _named(conference, "فاطمة الزهراء")
    pairs = [SafetyPair(mother.id, gran.id, "domestic abuse")]
    [warning] = attendance_conflicts(conference.people, pairs)
    assert warning.startswith("Agnieszka Nowak and فاطمة الزهراء must not attend together")
    gran.participation = Participation.VIEWS_IN_WRITING
    assert attendance_conflicts(conference.people, pairs) == []


def test_confidential_contact_details_are_only_for_their_owner(conference_at) -> None:
    conference = conference_at(Stage.PREPARATION)
    mother, gran = _named(conference, "Agnieszka Nowak"), _named(conference, "فاطمة الزهراء")
    mother.contact_confidential = True
    assert may_see_contact_of(mother, mother)
    assert not may_see_contact_of(gran, mother)
    assert not may_see_contact_of(None, mother)
    assert may_see_contact_of(mother, gran)


def test_references_say_where_a_person_is_mentioned(conference_at) -> None:
    conference = conference_at(Stage.INFORMATION_SHARING)
    mother = _named(conference, "Agnieszka Nowak")
    places = references_to(conference, mother.id)
    assert places == [
        "they gave the family's consent",
        "1 preparation visit",
        "their invitation was sent",
    ]
    child = _named(conference, "Jakub Nowak")
    assert references_to(conference, child.id) == ["their wishes and feelings"]
    assert not signed_an_agreed_plan(conference, mother.id)


def test_invitees_are_those_invited_in_any_way(conference_at) -> None:
    conference = conference_at(Stage.INFORMATION_SHARING)
    assert {p.role for p in conference.invitees} <= {Role.PARENT, Role.GRANDPARENT, Role.FRIEND}
    _named(conference, "王小明").participation = Participation.NOT_INVITED
    assert "王小明" not in [p.name for p in conference.invitees]
