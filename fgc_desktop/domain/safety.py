"""Keeping people safe: who must not attend with whom, and whose contact details stay hidden."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.network import Participation, Person
from fgc_desktop.domain.wording import Words


@dataclass
class SafetyPair:
    """Two people who must not be at the conference together, and why."""

    person_id: str
    other_person_id: str
    reason: str = ""
    id: str = field(default_factory=new_id)

    def involves(self, person_id: str) -> bool:
        """True when the pair names this person."""
        return person_id in (self.person_id, self.other_person_id)


def attendance_conflicts(people: Iterable[Person], pairs: Iterable[SafetyPair]) -> list[str]:
    """Warnings for pairs who are both invited to be in the room at the same session."""
    by_id = {person.id: person for person in people}
    warnings = []
    for pair in pairs:
        first, second = by_id.get(pair.person_id), by_id.get(pair.other_person_id)
        if first is None or second is None:
            continue
        if _in_the_room(first) and _in_the_room(second):
            warnings.append(
                Words(
                    "{first} and {second} must not attend together, but both are invited "
                    "in person. Invite one by phone, video or views in writing, or hold separate "
                    "sessions.",
                    first=first.name,
                    second=second.name,
                )
            )
    return warnings


def may_see_contact_of(reader: Person | None, person: Person) -> bool:
    """Whether a document addressed to reader may show person's contact details."""
    if not person.contact_confidential:
        return True
    return reader is not None and reader.id == person.id


def _in_the_room(person: Person) -> bool:
    return person.participation in {Participation.IN_PERSON, Participation.VIDEO}
