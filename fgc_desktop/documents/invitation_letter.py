"""Invitation letters: one per person, in plain and warm words, carrying only their own details.

A letter names the children and the family, the date, time and place, how the person is asked to
take part, what will happen and who to call. The only address on it is the addressee's own (a
confidential address may be printed on its owner's letter, never on anyone else's), and the only
phone number and email are the coordinator's. Letters are not drafts: no DRAFT mark.

The same letter invites people to a review of the family plan: it then gives the review's date,
time and place and says what happens at a review instead of at the first conference.
"""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.tables import TableStyle

from fgc_desktop.documents.family_plan import long_date
from fgc_desktop.documents.fonts import LATIN
from fgc_desktop.documents.pages import PageFurniture, draw_furniture
from fgc_desktop.documents.referral_summary import clipped
from fgc_desktop.documents.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    TEXT_LEFT,
    TEXT_RIGHT,
    TINT,
    fixed_paragraph,
    user_paragraph,
)
from fgc_desktop.domain.conference import Conference, Meeting
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.network import Participation, Person
from fgc_desktop.domain.review import Review
from fgc_desktop.domain.safety import may_see_contact_of

AUTHOR = "FGC Desktop"
NOT_SET_YET = "We will let you know the date and place."

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LABEL_WIDTH = 30 * mm

_HOW_TO_TAKE_PART = {
    Participation.IN_PERSON: (
        "We would like you to come to the meeting in person. We hope you can be there."
    ),
    Participation.PHONE: (
        "You can take part by phone. We will call you at the start of the meeting, so please "
        "keep your phone with you."
    ),
    Participation.VIDEO: (
        "You can take part by video call. We will send you a link before the day, and we can "
        "help you try it out first."
    ),
    Participation.VIEWS_IN_WRITING: (
        "You can send us your views in writing. Tell us what you think and what you hope for. "
        "We will read it out at the meeting. If you like, I can help you write it down."
    ),
}
_NOT_DECIDED_YET = "We will talk with you about the best way for you to take part."


def weekday_date(day: date) -> str:
    """A date with its weekday, as families read it, e.g. Tuesday 8 December 2026."""
    return f"{_WEEKDAYS[day.weekday()]} {long_date(day)}"


def render_invitation(
    conference: Conference,
    invitee: Person,
    coordinator: Coordinator,
    *,
    review: Review | None = None,
) -> bytes:
    """One person's invitation letter (to the conference, or to a review of its plan) as PDF."""
    return render_invitations(conference, [invitee], coordinator, review=review)


def render_invitations(
    conference: Conference,
    invitees: Sequence[Person],
    coordinator: Coordinator,
    *,
    written_on: date | None = None,
    review: Review | None = None,
) -> bytes:
    """All the letters in one PDF to print in one go, each starting on a new page.

    Page numbers count within each letter, and each page's header names only its own addressee.
    With a review, the letters invite to that review meeting rather than to the conference.
    """
    written_on = written_on or date.today()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        # A little less than the plan's, so an ordinary letter stays on one page.
        topMargin=MARGIN_TOP - 4 * mm,
        bottomMargin=MARGIN_BOTTOM - 3 * mm,
        title=f"{'Review invitations' if review else 'Invitations'} {conference.reference}",
        author=AUTHOR,
        creator=AUTHOR,
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
        invariant=1,
    )
    story: list[Flowable] = []
    for index, invitee in enumerate(invitees):
        if index:
            story.append(PageBreak())
        story += _letter(index, conference, invitee, coordinator, written_on, review)
    if not story:
        story = [fixed_paragraph("There are no invitations to print.", "note")]
    furniture = PageFurniture(header_left="", header_right="", footer_left=_reference(conference))
    names = [invitee.name for invitee in invitees]

    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _LetterCanvas(furniture, coordinator.service, names, *args, **kwargs)

    document.build(story, canvasmaker=make)
    return buffer.getvalue()


def _reference(conference: Conference) -> str:
    return f"Our reference: {conference.reference}" if conference.reference else ""


class _LetterStart(Flowable):
    """Takes no room; tells the canvas that the pages from here on belong to the next letter."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """No size: the marker is invisible."""
        return 0, 0

    def draw(self) -> None:
        """Record the letter on the canvas."""
        self.canv.letter_index = self.index


class _LetterCanvas(Canvas):
    """Holds pages until save(); then numbers them within each letter and draws the furniture."""

    def __init__(
        self,
        furniture: PageFurniture,
        service: str,
        names: list[str],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._service = service
        self._names = names
        self._pages: list[dict[str, Any]] = []
        self.letter_index = 0

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["letter_index"] for page in self._pages)
        numbers: Counter[int] = Counter()
        for page in self._pages:
            self.__dict__.update(page)
            letter = page["letter_index"]
            numbers[letter] += 1
            draw_furniture(self, self._furniture, numbers[letter], totals[letter])
            self._draw_header(self._names[letter] if letter < len(self._names) else "")
            super().showPage()
        super().save()

    def _draw_header(self, name: str) -> None:
        """The service on the left and the addressee on the right, in the fonts they need."""
        bottom = PAGE_SIZE[1] - 14 * mm - 2.5
        half = (TEXT_RIGHT - TEXT_LEFT) / 2
        for text, x, style_name in (
            (self._service, TEXT_LEFT, "header_left"),
            (f"For {name}" if name else "", TEXT_LEFT + half, "header_right"),
        ):
            if text:
                paragraph = user_paragraph(text, style_name, is_name=True)
                paragraph.wrap(half, 20)
                paragraph.drawOn(self, x, bottom)


def _letter(
    index: int,
    conference: Conference,
    invitee: Person,
    coordinator: Coordinator,
    written_on: date,
    review: Review | None = None,
) -> list[Flowable]:
    children = _names_of(conference)
    if review is None:
        kind = "Family group conference"
        opening = (
            f"You are invited to a family meeting about {children}. It is called a family "
            f"group conference. Family and friends come together to make a plan to keep "
            f"{children} safe and well looked after."
        )
        meeting, happening = conference.meeting, _what_will_happen(len(conference.children))
    else:
        kind = "Family group conference · Review meeting"
        opening = (
            f"You are invited to a meeting to review the family plan for {children}. At the "
            f"family group conference, the family made a plan to keep {children} safe and well "
            "looked after. Now we meet again to see how the plan is going and what needs to "
            "happen next."
        )
        meeting = Meeting(
            held_on=review.scheduled_on, starts_at=review.starts_at, venue=review.venue
        )
        happening = _what_happens_at_a_review()
    return [
        _LetterStart(index),
        user_paragraph(coordinator.service, "letterhead", is_name=True),
        fixed_paragraph(kind, "note"),
        Spacer(1, 5 * mm),
        *_address(invitee),
        Spacer(1, 3 * mm),
        fixed_paragraph(long_date(written_on)),
        Spacer(1, 4 * mm),
        user_paragraph(_greeting(invitee.name), "letter", is_name=True),
        user_paragraph(opening, "letter"),
        _when_and_where(meeting),
        *_how_to_take_part(invitee),
        *happening,
        *_help(invitee, for_review=review is not None),
        *_questions(coordinator),
        KeepTogether(_signature(coordinator)),
    ]


def _greeting(name: str) -> str:
    """ "Dear <name>," with the comma kept after a right-to-left name, not inside it.

    Glued to the last word of an Arabic name, the comma would be laid out with that word, right
    to left, and land between "Dear" and the name; a narrow no-break space keeps it apart.
    """
    name = name.strip()
    ends_right_to_left = bool(name) and unicodedata.bidirectional(name[-1]) in {"R", "AL"}
    return f"Dear {name}\u202f," if ends_right_to_left else f"Dear {name},"


def _names_of(conference: Conference) -> str:
    """The children's names joined as people say them, e.g. "Zofia, Jakub and Ola"."""
    names = [child.name.strip() for child in conference.children if child.name.strip()]
    if not names:
        family = conference.family_name.strip()
        return f"the children in the {family} family" if family else "the children"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _address(invitee: Person) -> list[Flowable]:
    """The addressee's name and (their own, so even a confidential one) address."""
    lines = [invitee.name]
    if may_see_contact_of(invitee, invitee):
        lines += [line.strip() for line in invitee.address.splitlines() if line.strip()]
    return [user_paragraph(line, is_name=True) for line in lines]


# A letter stays one friendly page: longer notes are cut, and the coordinator has the rest.
_NOTE_LIMIT = 600


def _brief(text: str) -> str:
    if len(" ".join(text.split())) <= _NOTE_LIMIT:
        return text
    return clipped(text, _NOTE_LIMIT) + " (please ask me for the rest)"


def _when_and_where(meeting: Meeting) -> Flowable:
    """A tinted box with the date, time and place, or a promise to tell them when it is set."""
    rows: list[tuple[str, str]] = []
    if meeting.held_on is None and not meeting.venue.strip():
        rows.append(("When and where", NOT_SET_YET))
    else:
        later = "We will let you know the {}."
        held_on = meeting.held_on
        rows += [
            ("Date", weekday_date(held_on) if held_on else later.format("date")),
            (
                "Time",
                f"Starts at {meeting.starts_at}" if meeting.starts_at else later.format("time"),
            ),
            ("Place", meeting.venue.strip() or later.format("place")),
        ]
        if meeting.venue_accessibility.strip():
            rows.append(("Getting in", _brief(meeting.venue_accessibility)))
    if meeting.food.strip():
        rows.append(("Food", _brief(meeting.food)))
    if meeting.childcare.strip():
        rows.append(("Childcare", _brief(meeting.childcare)))
    table = Table(
        [
            [fixed_paragraph(label, "strong"), user_paragraph(text, "letter")]
            for label, text in rows
        ],
        colWidths=[_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH],
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=4,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ]
        )
    )
    return table


def _how_to_take_part(invitee: Person) -> list[Flowable]:
    text = _HOW_TO_TAKE_PART.get(invitee.participation, _NOT_DECIDED_YET)
    return [_heading("How you can take part"), fixed_paragraph(text, "letter")]


def _what_will_happen(child_count: int) -> list[Flowable]:
    child_voice = (
        "what the child thinks and feels"
        if child_count == 1
        else "what the children think and feel"
    )
    return _steps(
        "The meeting has three parts. It can take a few hours, with breaks.",
        (
            (
                "Sharing information.",
                "We all hear what is going well and what people are worried about. We also hear "
                f"{child_voice}.",
            ),
            (
                "Family time.",
                "The family talk on their own, with no workers in the room. Together you make a "
                "plan.",
            ),
            (
                "Agreeing the plan.",
                "You tell us your plan. We talk about it and agree it together. Everyone gets a "
                "copy.",
            ),
        ),
    )


def _what_happens_at_a_review() -> list[Flowable]:
    return _steps(
        "The meeting has three parts. It is usually shorter than the conference.",
        (
            (
                "How the plan is going.",
                "We look at each part of the plan together and hear what has been done.",
            ),
            (
                "What people think.",
                "The family, and then the workers, say how they think the plan is working.",
            ),
            (
                "What happens next.",
                "Together we agree if the plan carries on as it is, changes, or is finished. "
                "If it changes, everyone signs the new plan and gets a copy.",
            ),
        ),
    )


def _steps(intro: str, steps: tuple[tuple[str, str], ...]) -> list[Flowable]:
    """The parts of the meeting, numbered, each with a bold title."""
    rows = [
        [
            fixed_paragraph(f"{number}.", "letter"),
            fixed_paragraph(f"<b>{title}</b> {text}", "letter"),
        ]
        for number, (title, text) in enumerate(steps, 1)
    ]
    table = Table(rows, colWidths=[7 * mm, CONTENT_WIDTH - 7 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        _heading("What will happen"),
        fixed_paragraph(intro, "letter"),
        table,
    ]


def _help(invitee: Person, *, for_review: bool = False) -> list[Flowable]:
    sentences = []
    if invitee.participation is Participation.VIEWS_IN_WRITING:
        sentences.append("If you would like help to write your views, please tell me.")
    else:
        sentences.append(
            "You can bring someone to support you, like a friend. Please tell me who first."
        )
    if invitee.interpreter_needed:
        language = invitee.preferred_language.strip()
        who = f"an interpreter who speaks {language}" if language else "an interpreter"
        if for_review:
            # The booking on record is the conference's; the review needs one of its own.
            sentences.append(f"We will book {who} for you.")
        else:
            sentences.append(
                f"We have booked {who} for you."
                if invitee.interpreter_booked
                else f"We are booking {who} for you."
            )
    sentences.append("Let me know if you need anything else so that you can take part.")
    return [_heading("Help for you"), user_paragraph(" ".join(sentences), "letter")]


def _questions(coordinator: Coordinator) -> list[Flowable]:
    ways = []
    if coordinator.phone.strip():
        ways.append(f"call me on {coordinator.phone.strip()}")
    if coordinator.email.strip():
        ways.append(f"email me at {coordinator.email.strip()}")
    reach = " or ".join(ways) if ways else f"contact the {coordinator.service}"
    return [
        _heading("Any questions?"),
        user_paragraph(
            f"If you have any questions, or if you cannot take part, please {reach}.", "letter"
        ),
    ]


def _signature(coordinator: Coordinator) -> list[Flowable]:
    lines: list[Flowable] = [
        Spacer(1, 2 * mm),
        fixed_paragraph("Best wishes,", "letter"),
        Spacer(1, 4 * mm),
    ]
    if coordinator.name.strip():
        lines.append(user_paragraph(coordinator.name, "strong", is_name=True))
    lines.append(fixed_paragraph("Family group conference coordinator"))
    lines.append(user_paragraph(coordinator.service, is_name=True))
    return lines


def _heading(text: str) -> Flowable:
    heading = fixed_paragraph(text, "letter_heading")
    heading.keepWithNext = 1
    return heading
