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
from fgc_desktop.documents.wording import ENGLISH, Wording, marked
from fgc_desktop.domain.conference import Conference, Meeting
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Participation, Person
from fgc_desktop.domain.review import Review
from fgc_desktop.domain.safety import may_see_contact_of

AUTHOR = "FGC Desktop"
NOT_SET_YET = marked("We will let you know the date and place.")

# Wide enough for the longest label, "Gofal plant" (Welsh for childcare), in bold.
_LABEL_WIDTH = 30 * mm

_HOW_TO_TAKE_PART = {
    Participation.IN_PERSON: marked(
        "We would like you to come to the meeting in person. We hope you can be there."
    ),
    Participation.PHONE: marked(
        "You can take part by phone. We will call you at the start of the meeting, so please "
        "keep your phone with you."
    ),
    Participation.VIDEO: marked(
        "You can take part by video call. We will send you a link before the day, and we can "
        "help you try it out first."
    ),
    Participation.VIEWS_IN_WRITING: marked(
        "You can send us your views in writing. Tell us what you think and what you hope for. "
        "We will read it out at the meeting. If you like, I can help you write it down."
    ),
}
_NOT_DECIDED_YET = marked("We will talk with you about the best way for you to take part.")


def weekday_date(day: date) -> str:
    """A date with its weekday, as families read it in English, e.g. Tuesday 8 December 2026."""
    return ENGLISH.weekday_date(day)


def render_invitation(
    conference: Conference,
    invitee: Person,
    coordinator: Coordinator,
    *,
    review: Review | None = None,
    language: Language | None = None,
) -> bytes:
    """One person's invitation letter (to the conference, or to a review of its plan) as PDF."""
    return render_invitations(conference, [invitee], coordinator, review=review, language=language)


def render_invitations(
    conference: Conference,
    invitees: Sequence[Person],
    coordinator: Coordinator,
    *,
    written_on: date | None = None,
    review: Review | None = None,
    language: Language | None = None,
) -> bytes:
    """All the letters in one PDF to print in one go, each starting on a new page.

    Page numbers count within each letter, and each page's header names only its own addressee.
    With a review, the letters invite to that review meeting rather than to the conference.
    The letters are worded in language, by default the conference's document language.
    """
    written_on = written_on or date.today()
    words = Wording(language or conference.document_language)
    title = (
        words.say("Review invitations {reference}", reference=conference.reference)
        if review
        else words.say("Invitations {reference}", reference=conference.reference)
    )
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        # A little less than the plan's, so an ordinary letter stays on one page.
        topMargin=MARGIN_TOP - 4 * mm,
        bottomMargin=MARGIN_BOTTOM - 3 * mm,
        title=title,
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
        story += _letter(index, conference, invitee, coordinator, written_on, review, words)
    if not story:
        story = [fixed_paragraph(words.say("There are no invitations to print."), "note")]
    furniture = PageFurniture(
        header_left="",
        header_right="",
        footer_left=_reference(conference, words),
        language=words.language,
    )
    names = [invitee.name for invitee in invitees]

    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _LetterCanvas(furniture, coordinator.service, names, words, *args, **kwargs)

    document.build(story, canvasmaker=make)
    return buffer.getvalue()


def _reference(conference: Conference, words: Wording) -> str:
    if not conference.reference:
        return ""
    return words.say("Our reference: {reference}", reference=conference.reference)


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
        words: Wording,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._service = service
        self._names = names
        self._words = words
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
            (
                self._words.say("For {name}", name=name) if name else "",
                TEXT_LEFT + half,
                "header_right",
            ),
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
    words: Wording = ENGLISH,
) -> list[Flowable]:
    children = _names_of(conference, words)
    if review is None:
        kind = words.say("Family group conference")
        opening = words.say(
            "You are invited to a family meeting about {children}. It is called a family "
            "group conference. Family and friends come together to make a plan to keep "
            "{children} safe and well looked after.",
            children=children,
        )
        meeting = conference.meeting
        happening = _what_will_happen(len(conference.children), words)
    else:
        kind = words.say("Family group conference · Review meeting")
        opening = words.say(
            "You are invited to a meeting to review the family plan for {children}. At the "
            "family group conference, the family made a plan to keep {children} safe and well "
            "looked after. Now we meet again to see how the plan is going and what needs to "
            "happen next.",
            children=children,
        )
        meeting = Meeting(
            held_on=review.scheduled_on, starts_at=review.starts_at, venue=review.venue
        )
        happening = _what_happens_at_a_review(words)
    return [
        _LetterStart(index),
        user_paragraph(coordinator.service, "letterhead", is_name=True),
        fixed_paragraph(kind, "note"),
        Spacer(1, 5 * mm),
        *_address(invitee),
        Spacer(1, 3 * mm),
        fixed_paragraph(words.date(written_on)),
        Spacer(1, 4 * mm),
        user_paragraph(_greeting(invitee.name, words), "letter", is_name=True),
        user_paragraph(opening, "letter"),
        _when_and_where(meeting, words),
        *_how_to_take_part(invitee, words),
        *happening,
        *_help(invitee, words, for_review=review is not None),
        *_questions(coordinator, words),
        KeepTogether(_signature(coordinator, words)),
    ]


def _greeting(name: str, words: Wording) -> str:
    """ "Dear <name>," with the comma kept after a right-to-left name, not inside it.

    Glued to the last word of an Arabic name, the comma would be laid out with that word, right
    to left, and land between "Dear" and the name; a narrow no-break space keeps it apart.
    """
    name = name.strip()
    ends_right_to_left = bool(name) and unicodedata.bidirectional(name[-1]) in {"R", "AL"}
    # The comma is the only text after the name, in English and in Welsh.
    greeting = words.say("Dear {name}", name=name)
    return f"{greeting}\u202f," if ends_right_to_left else f"{greeting},"


def _names_of(conference: Conference, words: Wording) -> str:
    """The children's names joined as people say them, e.g. "Zofia, Jakub and Ola"."""
    names = [child.name.strip() for child in conference.children if child.name.strip()]
    if not names:
        family = conference.family_name.strip()
        if family.lower().endswith("family"):
            family = family[: -len("family")].strip() or family
        if not family:
            return words.say("the children")
        return words.say("the children in the {family} family", family=family)
    return words.listing(names)


def _address(invitee: Person) -> list[Flowable]:
    """The addressee's name and (their own, so even a confidential one) address."""
    lines = [invitee.name]
    if may_see_contact_of(invitee, invitee):
        lines += [line.strip() for line in invitee.address.splitlines() if line.strip()]
    return [user_paragraph(line, is_name=True) for line in lines]


# A letter stays one friendly page: longer notes are cut, and the coordinator has the rest.
_NOTE_LIMIT = 600


def _brief(text: str, words: Wording) -> str:
    if len(" ".join(text.split())) <= _NOTE_LIMIT:
        return text
    return clipped(text, _NOTE_LIMIT) + " " + words.say("(please ask me for the rest)")


def _when_and_where(meeting: Meeting, words: Wording) -> Flowable:
    """A tinted box with the date, time and place, or a promise to tell them when it is set."""
    rows: list[tuple[str, str]] = []
    if meeting.held_on is None and not meeting.venue.strip():
        rows.append((words.say("When and where"), words.say(NOT_SET_YET)))
    else:
        held_on = meeting.held_on
        rows += [
            (
                words.say("Date"),
                words.weekday_date(held_on)
                if held_on
                else words.say("We will let you know the date."),
            ),
            (
                words.say("Time"),
                words.say("Starts at {time}", time=meeting.starts_at)
                if meeting.starts_at
                else words.say("We will let you know the time."),
            ),
            (
                words.say("Place"),
                meeting.venue.strip() or words.say("We will let you know the place."),
            ),
        ]
        if meeting.venue_accessibility.strip():
            rows.append((words.say("Getting in"), _brief(meeting.venue_accessibility, words)))
    if meeting.food.strip():
        rows.append((words.say("Food"), _brief(meeting.food, words)))
    if meeting.childcare.strip():
        rows.append((words.say("Childcare"), _brief(meeting.childcare, words)))
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


def _how_to_take_part(invitee: Person, words: Wording) -> list[Flowable]:
    text = _HOW_TO_TAKE_PART.get(invitee.participation, _NOT_DECIDED_YET)
    return [
        _heading(words.say("How you can take part")),
        fixed_paragraph(words.say(text), "letter"),
    ]


def _what_will_happen(child_count: int, words: Wording) -> list[Flowable]:
    sharing = (
        words.say(
            "We all hear what is going well and what people are worried about. We also hear "
            "what the child thinks and feels."
        )
        if child_count == 1
        else words.say(
            "We all hear what is going well and what people are worried about. We also hear "
            "what the children think and feel."
        )
    )
    return _steps(
        words,
        words.say("The meeting has three parts. It can take a few hours, with breaks."),
        (
            (words.say("Sharing information."), sharing),
            (
                words.say("Family time."),
                words.say(
                    "The family talk on their own, with no workers in the room. Together you "
                    "make a plan."
                ),
            ),
            (
                words.say("Agreeing the plan."),
                words.say(
                    "You tell us your plan. We talk about it and agree it together. Everyone "
                    "gets a copy."
                ),
            ),
        ),
    )


def _what_happens_at_a_review(words: Wording) -> list[Flowable]:
    return _steps(
        words,
        words.say("The meeting has three parts. It is usually shorter than the conference."),
        (
            (
                words.say("How the plan is going."),
                words.say("We look at each part of the plan together and hear what has been done."),
            ),
            (
                words.say("What people think."),
                words.say(
                    "The family, and then the workers, say how they think the plan is working."
                ),
            ),
            (
                words.say("What happens next."),
                words.say(
                    "Together we agree if the plan carries on as it is, changes, or is "
                    "finished. If it changes, everyone signs the new plan and gets a copy."
                ),
            ),
        ),
    )


def _steps(words: Wording, intro: str, steps: tuple[tuple[str, str], ...]) -> list[Flowable]:
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
        _heading(words.say("What will happen")),
        fixed_paragraph(intro, "letter"),
        table,
    ]


def _help(invitee: Person, words: Wording, *, for_review: bool = False) -> list[Flowable]:
    sentences = []
    if invitee.participation is Participation.VIEWS_IN_WRITING:
        sentences.append(words.say("If you would like help to write your views, please tell me."))
    else:
        sentences.append(
            words.say(
                "You can bring someone to support you, like a friend. Please tell me who first."
            )
        )
    if invitee.interpreter_needed:
        sentences.append(_interpreter(invitee, words, for_review=for_review))
    sentences.append(words.say("Let me know if you need anything else so that you can take part."))
    return [_heading(words.say("Help for you")), user_paragraph(" ".join(sentences), "letter")]


def _interpreter(invitee: Person, words: Wording, *, for_review: bool) -> str:
    """The interpreter sentence; the language is as the coordinator typed it."""
    language = invitee.preferred_language.strip()
    if for_review:
        # The booking on record is the conference's; the review needs one of its own.
        if language:
            return words.say(
                "We will book an interpreter who speaks {language} for you.", language=language
            )
        return words.say("We will book an interpreter for you.")
    if invitee.interpreter_booked:
        if language:
            return words.say(
                "We have booked an interpreter who speaks {language} for you.", language=language
            )
        return words.say("We have booked an interpreter for you.")
    if language:
        return words.say(
            "We are booking an interpreter who speaks {language} for you.", language=language
        )
    return words.say("We are booking an interpreter for you.")


def _questions(coordinator: Coordinator, words: Wording) -> list[Flowable]:
    ways = []
    if coordinator.phone.strip():
        ways.append(words.say("call me on {phone}", phone=coordinator.phone.strip()))
    if coordinator.email.strip():
        ways.append(words.say("email me at {email}", email=coordinator.email.strip()))
    reach = (
        words.say(" or ").join(ways)
        if ways
        else words.say("contact the {service}", service=coordinator.service)
    )
    return [
        _heading(words.say("Any questions?")),
        user_paragraph(
            words.say(
                "If you have any questions, or if you cannot take part, please {reach}.",
                reach=reach,
            ),
            "letter",
        ),
    ]


def _signature(coordinator: Coordinator, words: Wording) -> list[Flowable]:
    lines: list[Flowable] = [
        Spacer(1, 2 * mm),
        fixed_paragraph(words.say("Best wishes,"), "letter"),
        Spacer(1, 4 * mm),
    ]
    if coordinator.name.strip():
        lines.append(user_paragraph(coordinator.name, "strong", is_name=True))
    lines.append(fixed_paragraph(words.say("Family group conference coordinator")))
    lines.append(user_paragraph(coordinator.service, is_name=True))
    return lines


def _heading(text: str) -> Flowable:
    heading = fixed_paragraph(text, "letter_heading")
    heading.keepWithNext = 1
    return heading
