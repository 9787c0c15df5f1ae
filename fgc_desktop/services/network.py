"""The family network and bottom lines: adding, editing and removing entries."""

from __future__ import annotations

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import BOTTOM_LINE_FIELDS, PERSON_FIELDS, PERSON_FLAGS
from fgc_desktop.domain.network import (
    Attendance,
    ChildRelationship,
    Participation,
    Person,
    Role,
    Side,
)
from fgc_desktop.domain.references import references_to, signed_an_agreed_plan
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import conferences, network, preparation
from fgc_desktop.store.connection import Store


def add_person(
    store: Store,
    conference_id: str,
    name: object,
    role: Role,
    relationship: object = "",
    date_of_birth: object = None,
) -> Conference:
    """Add someone to the network after checking what was typed."""
    person = Person(
        name=str(PERSON_FIELDS["name"].clean(name)),
        role=Role(role),
        relationship=str(PERSON_FIELDS["relationship"].clean(relationship)),
        date_of_birth=PERSON_FIELDS["date_of_birth"].clean(date_of_birth),  # type: ignore[arg-type]
    )
    network.add_person(store, conference_id, person)
    return conferences.load_conference(store, conference_id)


def edit_person(
    store: Store, conference_id: str, person_id: str, key: str, raw: object
) -> Conference:
    """Change one field of a person (name, relationship, date_of_birth)."""
    network.update_person(store, person_id, {key: PERSON_FIELDS[key].clean(raw)})
    return conferences.load_conference(store, conference_id)


def set_role(store: Store, conference_id: str, person_id: str, role: Role) -> Conference:
    """Change the part a person plays."""
    return set_choice(store, conference_id, person_id, Role(role))


def set_attendance(
    store: Store, conference_id: str, person_id: str, attendance: Attendance
) -> Conference:
    """Record how a person took part in the conference."""
    return set_choice(store, conference_id, person_id, Attendance(attendance))


def set_choice(
    store: Store,
    conference_id: str,
    person_id: str,
    choice: Role | Side | Participation | Attendance,
) -> Conference:
    """Set one of a person's choices: role, side of the family, how they take part, attendance."""
    network.update_person(store, person_id, {_CHOICE_KEYS[type(choice)]: choice})
    return conferences.load_conference(store, conference_id)


def set_flag(store: Store, conference_id: str, person_id: str, key: str, value: bool) -> Conference:
    """Tick or untick a yes/no fact about a person (a key of PERSON_FLAGS)."""
    if key not in PERSON_FLAGS:
        raise KeyError(key)
    network.update_person(store, person_id, {key: bool(value)})
    return conferences.load_conference(store, conference_id)


def places_mentioning(store: Store, conference_id: str, person_id: str) -> list[str]:
    """What else names this person, to say before they are removed."""
    return references_to(conferences.load_conference(store, conference_id), person_id)


def remove_person(store: Store, conference_id: str, person_id: str) -> Conference:
    """Take someone out of the network with their preparation records (ask first)."""
    conference = conferences.load_conference(store, conference_id)
    person = conference.person(person_id)
    if person is not None and signed_an_agreed_plan(conference, person_id):
        raise ValidationError(
            "Remove person",
            Words("{name} signed an agreed plan, so they stay on record", name=person.name),
        )
    network.remove_person(store, person_id)
    return conferences.load_conference(store, conference_id)


_CHOICE_KEYS = {
    Role: "role",
    Side: "side",
    Participation: "participation",
    Attendance: "attendance",
}


def add_bottom_line(
    store: Store, conference_id: str, text: object, reason: object = ""
) -> Conference:
    """Add a bottom line with the referrer's reason."""
    line = BottomLine(
        text=str(BOTTOM_LINE_FIELDS["text"].clean(text)),
        reason=str(BOTTOM_LINE_FIELDS["reason"].clean(reason)),
    )
    network.add_bottom_line(store, conference_id, line)
    return conferences.load_conference(store, conference_id)


def edit_bottom_line(
    store: Store, conference_id: str, line_id: str, key: str, raw: object
) -> Conference:
    """Change a bottom line's text or reason."""
    network.update_bottom_line(store, line_id, {key: BOTTOM_LINE_FIELDS[key].clean(raw)})
    return conferences.load_conference(store, conference_id)


def remove_bottom_line(store: Store, conference_id: str, line_id: str) -> Conference:
    """Take a bottom line out."""
    network.remove_bottom_line(store, line_id)
    return conferences.load_conference(store, conference_id)


def set_child_relationship(
    store: Store, conference_id: str, person_id: str, child_id: str, raw: object
) -> Conference:
    """What a person is to one child, e.g. "Father" to one and "Stepfather" to another.

    Empty text goes back to the person's general relationship.
    """
    conference = conferences.load_conference(store, conference_id)
    person, child = conference.person(person_id), conference.person(child_id)
    if person is None or child is None or child.role is not Role.CHILD:
        raise ValidationError(
            "Relationship", Words("choose someone in the network and one of the children")
        )
    text = str(PERSON_FIELDS["relationship"].clean(raw))
    existing = next(
        (
            r
            for r in conference.child_relationships
            if r.person_id == person_id and r.child_id == child_id
        ),
        None,
    )
    if existing is not None and text:
        preparation.update(store, ChildRelationship, existing.id, {"relationship": text})
    elif existing is not None:
        preparation.remove(store, ChildRelationship, existing.id)
    elif text:
        preparation.add(store, conference_id, ChildRelationship(person_id, child_id, text))
    return conferences.load_conference(store, conference_id)
