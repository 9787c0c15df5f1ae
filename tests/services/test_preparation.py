"""Preparation through the services: consent, visits, voices, safety pairs, invitations, removal."""

from __future__ import annotations

import pytest

from fgc_desktop.domain.canonical_plan import mark_agreed
from fgc_desktop.domain.conference import ConsentMethod
from fgc_desktop.domain.network import Participation, Side
from fgc_desktop.domain.plan import Signature, SignatureMethod
from fgc_desktop.domain.preparation import InvitationMethod, VoiceMethod
from fgc_desktop.domain.progress import readiness
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import caseload, network, preparation, referral, stages
from fgc_desktop.store import audit, conferences


def _named(conference, name):
    return next(p for p in conference.people if p.name == name)


def test_preparing_through_the_services_makes_the_conference_ready(store, stored_at) -> None:
    conference = stored_at(Stage.PREPARATION)
    cid = conference.id
    for person in conference.people:
        if person.role.is_family:
            network.set_choice(store, cid, person.id, Participation.IN_PERSON)
            preparation.add_visit(store, cid, person.id, place="At home", hopes="Stay together")
            preparation.record_invitation(
                store, cid, person.id, "2026-11-20", InvitationMethod.POST
            )
    for child in conference.children:
        preparation.edit_child_voice(store, cid, child.id, "wishes_and_feelings", "I like Gran")
        preparation.set_voice_method(store, cid, child.id, VoiceMethod.DRAWING)
    referral.edit_conference(store, cid, "bottom_lines_agreed_on", "20/11/2026")
    assert readiness(caseload.load(store, cid)).ready
    assert stages.move_on(store, cid).stage is Stage.INFORMATION_SHARING


def test_consent_is_recorded_from_the_network_and_can_be_withdrawn(store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    mother, friend = _named(conference, "Agnieszka Nowak"), _named(conference, "王小明")
    with pytest.raises(ValidationError, match="王小明 does not have parental responsibility"):
        referral.record_consent(store, conference.id, friend.id, "2026-11-01")
    withdrawn = referral.withdraw_consent(store, conference.id, "2026-11-10", "Not now")
    assert withdrawn.consent.is_withdrawn
    assert readiness(withdrawn).missing[0].startswith("The family withdrew their consent")
    with pytest.raises(ValidationError, match="say why"):
        referral.withdraw_consent(store, conference.id, "2026-11-10", "  ")
    again = referral.record_consent(
        store, conference.id, mother.id, "12/11/2026", ConsentMethod.IN_WRITING
    )
    assert not again.consent.is_withdrawn
    assert (again.consent.given_by, again.consent.method) == (mother.name, ConsentMethod.IN_WRITING)


def test_choices_and_flags_are_kept_and_audited(store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    gran = _named(conference, "فاطمة الزهراء")
    network.set_choice(store, conference.id, gran.id, Side.MOTHERS)
    changed = network.set_flag(store, conference.id, gran.id, "contact_confidential", True)
    assert _named(changed, gran.name).side is Side.MOTHERS
    assert _named(changed, gran.name).contact_confidential
    entry = audit.history(store.db, conference.id)[-1]
    assert entry.after == {"contact_confidential": 1} and entry.before == {
        "contact_confidential": 0
    }
    with pytest.raises(ValidationError, match="not a phone number"):
        network.edit_person(store, conference.id, gran.id, "phone", "ring her")


def test_a_safety_pair_needs_two_different_people_once(store, stored_at) -> None:
    conference = stored_at(Stage.PREPARATION)
    mother, gran = _named(conference, "Agnieszka Nowak"), _named(conference, "فاطمة الزهراء")
    with pytest.raises(ValidationError, match="two different people"):
        preparation.add_safety_pair(store, conference.id, mother.id, mother.id)
    preparation.add_safety_pair(store, conference.id, mother.id, gran.id, "Domestic abuse")
    with pytest.raises(ValidationError, match="already recorded"):
        preparation.add_safety_pair(store, conference.id, gran.id, mother.id)


def test_removing_a_person_removes_what_is_about_them_after_saying_where(store, stored_at) -> None:
    conference = stored_at(Stage.INFORMATION_SHARING)
    mother = _named(conference, "Agnieszka Nowak")
    gran = _named(conference, "فاطمة الزهراء")
    preparation.add_safety_pair(store, conference.id, mother.id, gran.id, "Domestic abuse")
    places = network.places_mentioning(store, conference.id, gran.id)
    assert places == [
        "1 preparation visit",
        "must not attend with Agnieszka Nowak",
        "their invitation was sent",
    ]
    after = network.remove_person(store, conference.id, gran.id)
    assert after.person(gran.id) is None
    assert [v for v in after.visits if v.person_id == gran.id] == []
    assert after.safety_pairs == [] and len(after.invitations) == 2
    removed_mother = network.remove_person(store, conference.id, mother.id)
    assert removed_mother.consent.given_by == mother.name  # the consent stays on record
    assert removed_mother.consent.given_by_person_id is None


def test_people_who_signed_an_agreed_plan_stay(store, conference_at) -> None:
    conference = conference_at(Stage.PLAN_AGREEMENT)
    mother = _named(conference, "Agnieszka Nowak")
    plan = conference.plan
    plan.signatures.append(Signature(mother.name, SignatureMethod.SIGNED_ON_PAPER, mother.id))
    mark_agreed(conference, plan, "2026-11-24T15:00:00+00:00")
    conferences.insert_conference(store, conference)
    with pytest.raises(ValidationError, match="signed an agreed plan, so they stay on record"):
        network.remove_person(store, conference.id, mother.id)
    assert caseload.load(store, conference.id).person(mother.id) is not None


def test_a_person_can_be_something_different_to_each_child(store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    uncle = _named(conference, "王小明")
    zofia, jakub = _named(conference, "Zofia Wójcik"), _named(conference, "Jakub Nowak")
    changed = network.set_child_relationship(store, conference.id, uncle.id, jakub.id, "Godfather")
    assert changed.relationship_to(_named(changed, "王小明"), jakub) == "Godfather"
    assert changed.relationship_to(_named(changed, "王小明"), zofia) == "Family friend"
    back = network.set_child_relationship(store, conference.id, uncle.id, jakub.id, "  ")
    assert back.child_relationships == []
    with pytest.raises(ValidationError, match="one of the children"):
        network.set_child_relationship(store, conference.id, zofia.id, uncle.id, "Sister")
    network.set_child_relationship(store, conference.id, uncle.id, jakub.id, "Godfather")
    removed = network.remove_person(store, conference.id, jakub.id)
    assert removed.child_relationships == []


def test_removing_someone_who_signed_a_draft_removes_their_signature(store, stored_at) -> None:
    conference = stored_at(Stage.PLAN_AGREEMENT)
    gran = _named(conference, "فاطمة الزهراء")
    from fgc_desktop.services import plan_agreement

    plan_agreement.sign(store, conference.id, gran.id, SignatureMethod.SIGNED_ON_PAPER)
    assert "they signed plan version 1" in network.places_mentioning(store, conference.id, gran.id)
    after = network.remove_person(store, conference.id, gran.id)
    assert after.plan.signatures == []
