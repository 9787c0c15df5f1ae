"""The conference day: what professionals share, the family's questions, the family-time clock."""

from __future__ import annotations

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.conference_day import (
    FamilyQuestion,
    FamilyTimeSession,
    ProfessionalInformation,
    running_session,
)
from fgc_desktop.domain.fields import FAMILY_QUESTION_FIELDS, PROFESSIONAL_INFORMATION_FIELDS
from fgc_desktop.domain.identity import utc_now
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import conferences, preparation
from fgc_desktop.store.connection import Store

# Who shares information in the three columns: the professionals around the family.
SHARING_ROLES = {Role.PROFESSIONAL, Role.ADVOCATE}


def share_information(
    store: Store, conference_id: str, person_id: str, key: str, raw: object
) -> Conference:
    """Keep one column (worries, working_well, needs_to_happen) of what a professional shares."""
    conference = conferences.load_conference(store, conference_id)
    person = conference.person(person_id)
    if person is None or person.role not in SHARING_ROLES:
        raise ValidationError(
            "Information", Words("choose a professional or advocate in the network")
        )
    value = PROFESSIONAL_INFORMATION_FIELDS[key].clean(raw)
    existing = next(
        (i for i in conference.professional_information if i.person_id == person_id), None
    )
    if existing is None:
        record = ProfessionalInformation(person_id)
        setattr(record, key, value)
        preparation.add(store, conference_id, record)
    else:
        preparation.update(store, ProfessionalInformation, existing.id, {key: value})
    return conferences.load_conference(store, conference_id)


def ask_question(
    store: Store, conference_id: str, question: object, asked_by: object = ""
) -> Conference:
    """Write down a question the family asked."""
    fields = FAMILY_QUESTION_FIELDS
    record = FamilyQuestion(
        question=str(fields["question"].clean(question)),
        asked_by=str(fields["asked_by"].clean(asked_by)),
    )
    preparation.add(store, conference_id, record)
    return conferences.load_conference(store, conference_id)


def edit_question(
    store: Store, conference_id: str, question_id: str, key: str, raw: object
) -> Conference:
    """Change a question, who asked it, its answer or who answered."""
    value = FAMILY_QUESTION_FIELDS[key].clean(raw)
    preparation.update(store, FamilyQuestion, question_id, {key: value})
    return conferences.load_conference(store, conference_id)


def remove_question(store: Store, conference_id: str, question_id: str) -> Conference:
    """Take out a question written down by mistake."""
    preparation.remove(store, FamilyQuestion, question_id)
    return conferences.load_conference(store, conference_id)


def start_family_time(store: Store, conference_id: str) -> Conference:
    """The professionals leave: start (or restart after a break) the family's private time."""
    conference = conferences.load_conference(store, conference_id)
    if running_session(conference.family_time) is not None:
        raise StageBlocked([Words("Family time is already running")])
    preparation.add(store, conference_id, FamilyTimeSession(started_at=utc_now()))
    return conferences.load_conference(store, conference_id)


def end_family_time(store: Store, conference_id: str) -> Conference:
    """The family call the professionals back, or take a break: stop the clock."""
    conference = conferences.load_conference(store, conference_id)
    session = running_session(conference.family_time)
    if session is None:
        raise StageBlocked([Words("Family time is not running")])
    preparation.update(store, FamilyTimeSession, session.id, {"ended_at": utc_now()})
    return conferences.load_conference(store, conference_id)
