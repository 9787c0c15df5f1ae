"""Plan versions through the services: lineage kept in the store, compared, reprinted exactly."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from fgc_desktop.domain.plan import Decision, PlanStatus, SignatureMethod
from fgc_desktop.domain.plan_comparison import Change
from fgc_desktop.domain.progress import signatories
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import caseload, exchange, network, plan_agreement, plan_versions
from fgc_desktop.store import plans


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _agree_again(store, cid, key) -> None:
    """Answer, decide and sign the draft, then agree it, as the Plan page does."""
    conference = caseload.load(store, cid)
    for question in conference.referral.question_list:
        plan_agreement.answer_question(store, cid, question, "Gran is at home every evening")
    for line in conference.bottom_lines:
        plan_agreement.meet_bottom_line(store, cid, line.id, "An adult is always there at night")
    plan_agreement.set_decision(store, cid, Decision.AGREED)
    for person in signatories(caseload.load(store, cid)):
        plan_agreement.sign(store, cid, person.id, SignatureMethod.SIGNED_ON_PAPER)
    plan_agreement.agree_plan(store, cid, key)


@pytest.fixture
def two_versions(store, stored_at, signing_key):
    """A conference whose agreed version 1 was changed into an agreed version 2."""
    conference = stored_at(Stage.REVIEW)
    cid = conference.id
    draft = plan_agreement.start_new_version(store, cid).plan
    school = draft.actions[0]
    plan_agreement.edit_action(store, cid, school.id, "what", "Walk the children to school by 8.30")
    plan_agreement.add_action(
        store, cid, "Gran collects Zofia on Wednesdays", who="Agnieszka Nowak", by_when="2027-02-03"
    )
    plan_agreement.edit_plan(store, cid, "contingency", "Gran takes the children that evening")
    _agree_again(store, cid, signing_key)
    return cid


def test_a_copied_action_keeps_its_lineage_in_the_store(store, two_versions) -> None:
    first, second = caseload.load(store, two_versions).plans
    assert second.actions[0].origin_id == first.actions[0].id
    assert second.actions[1].origin_id is None  # written in version 2
    _, comparison = plan_versions.compare_versions(store, two_versions, 1, 2)
    assert [(a.change, a.matched_by_wording) for a in comparison.actions] == [
        (Change.CHANGED, False),
        (Change.ADDED, False),
    ]
    assert comparison.actions[0].changed_fields == ("What",)
    assert comparison.arrangements[0].change is Change.CHANGED
    # Exported and read back, an action keeps its lineage too.
    data = exchange.conference_data(caseload.load(store, two_versions))
    again = exchange.conference_from_data(json.loads(json.dumps(data)))
    assert again.plans[1].actions[0].origin_id == first.actions[0].id


def test_every_agreed_version_reprints_exactly_as_kept(store, stored_at, signing_key) -> None:
    conference = stored_at(Stage.REVIEW)
    cid = conference.id
    _, kept_first = plans.agreed_record(store, conference.plan.id)
    plan_agreement.start_new_version(store, cid)
    draft = plan_versions.version_print(store, cid, 2)
    assert not draft.exact and draft.plan.status is PlanStatus.DRAFT
    assert "DRAFT" in _text(draft.make())
    # Version 2 changes things, and so do later edits to the network and the bottom lines.
    plan_agreement.edit_plan(store, cid, "contingency", "A different contingency")
    _agree_again(store, cid, signing_key)
    zofia = next(p for p in conference.people if p.name == "Zofia Wójcik")
    network.edit_person(store, cid, zofia.id, "name", "Renamed Later")
    network.edit_bottom_line(store, cid, conference.bottom_lines[0].id, "text", "Later wording")
    first = plan_versions.version_print(store, cid, 1)
    assert first.exact and first.make() == kept_first
    second = plan_versions.version_print(store, cid, 2)
    _, kept_second = plans.agreed_record(store, second.plan.id)
    assert second.exact and second.make() == kept_second != kept_first
    assert "A different contingency" in _text(kept_second)
    assert "Zofia Wójcik" in _text(kept_first) and "DRAFT" not in _text(kept_first)


def test_a_version_that_is_not_there_is_named(store, stored_at) -> None:
    cid = stored_at(Stage.REVIEW).id
    with pytest.raises(ValidationError, match="has no plan version 3; its versions are 1"):
        plan_versions.version_print(store, cid, 3)
    early = stored_at(Stage.INFORMATION_SHARING).id
    with pytest.raises(ValidationError, match="it has no plan yet"):
        plan_versions.compare_versions(store, early, 1, 2)


def test_who_signed_names_those_who_declined(store, stored_at) -> None:
    conference = stored_at(Stage.PLAN_AGREEMENT)
    mother = next(p for p in conference.people if p.name == "Agnieszka Nowak")
    plan_agreement.sign(store, conference.id, mother.id, SignatureMethod.DECLINED, note="Not yet")
    plan = caseload.load(store, conference.id).plan
    assert plan_versions.signed_by(plan).endswith("Agnieszka Nowak (declined)")
