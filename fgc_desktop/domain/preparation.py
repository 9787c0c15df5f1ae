"""Preparation: visits to the network, the child's voice, and invitations sent."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from fgc_desktop.domain.identity import new_id


@dataclass
class PreparationVisit:
    """A visit or call to one person while preparing the conference."""

    person_id: str
    visited_on: date | None = None
    place: str = ""
    notes: str = ""
    worries: str = ""
    hopes: str = ""
    help_needed: str = ""
    id: str = field(default_factory=new_id)


class VoiceMethod(StrEnum):
    """How a child's wishes and feelings were gathered."""

    NOT_YET = "not_yet"
    ADVOCATE = "advocate"
    CHILD_WROTE = "child_wrote"
    DRAWING = "drawing"
    RECORDING = "recording"
    CONVERSATION = "conversation"

    @property
    def label(self) -> str:
        """The method as written on screen and on paper."""
        return {
            VoiceMethod.NOT_YET: "Not gathered yet",
            VoiceMethod.ADVOCATE: "Through their advocate",
            VoiceMethod.CHILD_WROTE: "The child wrote it",
            VoiceMethod.DRAWING: "A drawing (described)",
            VoiceMethod.RECORDING: "A recording (described)",
            VoiceMethod.CONVERSATION: "Talking with the coordinator",
        }[self]


@dataclass
class ChildVoice:
    """One child's wishes and feelings, how they were gathered and who will read them out."""

    child_id: str
    wishes_and_feelings: str = ""
    method: VoiceMethod = VoiceMethod.NOT_YET
    read_out_by: str = ""
    advocate_id: str | None = None
    id: str = field(default_factory=new_id)

    @property
    def is_gathered(self) -> bool:
        """True once something of the child's voice is written down and how is known."""
        return bool(self.wishes_and_feelings) and self.method is not VoiceMethod.NOT_YET


class InvitationMethod(StrEnum):
    """How an invitation letter reached its person."""

    POST = "post"
    BY_HAND = "by_hand"
    EMAIL = "email"

    @property
    def label(self) -> str:
        """The method as written on screen."""
        return {
            InvitationMethod.POST: "By post",
            InvitationMethod.BY_HAND: "By hand",
            InvitationMethod.EMAIL: "By email",
        }[self]


@dataclass
class Invitation:
    """The record that a person's invitation letter was sent."""

    person_id: str
    sent_on: date
    method: InvitationMethod = InvitationMethod.POST
    id: str = field(default_factory=new_id)
