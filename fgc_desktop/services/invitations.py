"""Invitation letters: one per invitee, each carrying only that person's own details."""

from __future__ import annotations

from dataclasses import dataclass

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.review import Review, review_of
from fgc_desktop.domain.safety import attendance_conflicts
from fgc_desktop.domain.wording import Words
from fgc_desktop.services.coordinator import coordinator
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import RecordNotFoundError


@dataclass(frozen=True)
class InvitationRun:
    """What is needed to print a conference's letters, and what to warn about first."""

    conference: Conference
    coordinator: Coordinator
    invitees: tuple[Person, ...]
    warnings: tuple[str, ...]
    # Set when the letters invite to a review of the plan rather than to the conference.
    review: Review | None = None

    def letters(self) -> dict[str, bytes]:
        """One PDF per invitee, by person id; slow, so the UI runs it off the GUI thread."""
        from fgc_desktop.documents.invitation_letter import render_invitation

        return {
            person.id: render_invitation(
                self.conference, person, self.coordinator, review=self.review
            )
            for person in self.invitees
        }

    def batch(self) -> bytes:
        """Every letter in one PDF, each starting on a new page, to print in one go."""
        from fgc_desktop.documents.invitation_letter import render_invitations

        return render_invitations(
            self.conference, self.invitees, self.coordinator, review=self.review
        )


def invitation_run(store: Store, conference_id: str) -> InvitationRun:
    """Gather the invitees and the safety and contact warnings to show before printing."""
    conference = conferences.load_conference(store, conference_id)
    details = coordinator(store)
    warnings = list(attendance_conflicts(conference.people, conference.safety_pairs))
    if not details.is_complete:
        warnings.append(
            "Your name and phone number are not set, so the letters cannot say who to call. "
            "Add them in Settings."
        )
    if conference.meeting.held_on is None or not conference.meeting.venue:
        warnings.append("The conference date or venue is not set yet, so the letters leave it out.")
    return InvitationRun(conference, details, tuple(conference.invitees), tuple(warnings))


def review_invitation_run(store: Store, conference_id: str, review_id: str) -> InvitationRun:
    """The letters inviting people to a review meeting, and what to warn about first.

    Same rules as the conference's letters: each carries only its own addressee's details.
    """
    conference = conferences.load_conference(store, conference_id)
    review = review_of(conference, review_id)
    if review is None:
        raise RecordNotFoundError(Words("That review is no longer in the store."))
    invitees = tuple(person for person in conference.people if review.invitee(person.id))
    details = coordinator(store)
    warnings = list(attendance_conflicts(invitees, conference.safety_pairs))
    if not details.is_complete:
        warnings.append(
            "Your name and phone number are not set, so the letters cannot say who to call. "
            "Add them in Settings."
        )
    if review.scheduled_on is None or not review.venue:
        warnings.append("The review date or venue is not set yet, so the letters leave it out.")
    return InvitationRun(conference, details, invitees, tuple(warnings), review)
