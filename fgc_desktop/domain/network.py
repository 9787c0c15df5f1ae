"""The family network: the child(ren) and the people around them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from fgc_desktop.domain.identity import new_id


class Role(StrEnum):
    """The part a person plays in the child's life or in the conference."""

    CHILD = "child"
    PARENT = "parent"
    CARER = "carer"
    GRANDPARENT = "grandparent"
    AUNT_UNCLE = "aunt_uncle"
    SIBLING = "sibling"
    FRIEND = "friend"
    COMMUNITY = "community"
    PROFESSIONAL = "professional"
    ADVOCATE = "advocate"
    INTERPRETER = "interpreter"

    @property
    def label(self) -> str:
        """The role as written on screen and on paper."""
        return self.value.replace("_", "/").capitalize()

    @property
    def is_family(self) -> bool:
        """True for the family network who write the plan in family time."""
        return self not in {
            Role.CHILD,
            Role.PROFESSIONAL,
            Role.ADVOCATE,
            Role.INTERPRETER,
        }


class Attendance(StrEnum):
    """How a person took part in the conference itself."""

    NOT_RECORDED = "not_recorded"
    PRESENT = "present"
    PHONE_OR_VIDEO = "phone_or_video"
    VIEWS_SENT = "views_sent"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        """The attendance as written on screen and on paper."""
        return {
            Attendance.NOT_RECORDED: "Not recorded",
            Attendance.PRESENT: "Present",
            Attendance.PHONE_OR_VIDEO: "By phone or video",
            Attendance.VIEWS_SENT: "Sent their views",
            Attendance.ABSENT: "Absent",
        }[self]

    @property
    def took_part(self) -> bool:
        """True when the person was in the room or joined remotely."""
        return self in {Attendance.PRESENT, Attendance.PHONE_OR_VIDEO}


class Side(StrEnum):
    """Which side of the child's family a person belongs to, for the network map."""

    MOTHERS = "mothers"
    FATHERS = "fathers"
    BOTH = "both"
    OUTSIDE = "outside"

    @property
    def label(self) -> str:
        """The side as written on screen and on paper."""
        return {
            Side.MOTHERS: "Mother's side",
            Side.FATHERS: "Father's side",
            Side.BOTH: "Both sides",
            Side.OUTSIDE: "Friends, community and services",
        }[self]


class Participation(StrEnum):
    """How a person is invited to take part in the conference."""

    NOT_DECIDED = "not_decided"
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    VIEWS_IN_WRITING = "views_in_writing"
    NOT_INVITED = "not_invited"

    @property
    def label(self) -> str:
        """The way of taking part as written on screen and in letters."""
        return {
            Participation.NOT_DECIDED: "Not decided yet",
            Participation.IN_PERSON: "In person",
            Participation.PHONE: "By phone",
            Participation.VIDEO: "By video",
            Participation.VIEWS_IN_WRITING: "Views in writing",
            Participation.NOT_INVITED: "Not invited",
        }[self]

    @property
    def is_invited(self) -> bool:
        """True when the person gets an invitation letter."""
        return self not in {Participation.NOT_DECIDED, Participation.NOT_INVITED}


@dataclass
class Person:
    """Someone in the family network, a child, or a professional taking part."""

    name: str
    role: Role
    relationship: str = ""
    date_of_birth: date | None = None
    attendance: Attendance = Attendance.NOT_RECORDED
    side: Side = Side.OUTSIDE
    phone: str = ""
    email: str = ""
    address: str = ""
    contact_confidential: bool = False
    preferred_language: str = ""
    interpreter_needed: bool = False
    interpreter_booked: bool = False
    accessibility_needs: str = ""
    participation: Participation = Participation.NOT_DECIDED
    participation_reason: str = ""
    parental_responsibility: bool = False
    pronouns: str = ""
    lives_with: str = ""
    needs: str = ""
    arrived_at: str = ""
    left_at: str = ""
    id: str = field(default_factory=new_id)

    def age_on(self, day: date) -> int | None:
        """Age in whole years on a day, or None without a date of birth."""
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass
class ChildRelationship:
    """What a person is to one particular child, where it differs between the children."""

    person_id: str
    child_id: str
    relationship: str
    id: str = field(default_factory=new_id)
