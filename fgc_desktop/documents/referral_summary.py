"""The one-page referral summary: the referral, consent, the network map and who is who.

For the coordinator's file and the referrer. It always fits on one A4 page: long texts are cut
short with "…" and a note that they continue in the case record, and the map and the tables get
smaller, step by step, until the page is full but not over. Nobody's contact details are printed
except the referrer's; people whose details are confidential are marked as such.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from fgc_desktop.documents.family_plan import long_date
from fgc_desktop.documents.fonts import LATIN
from fgc_desktop.documents.network_map_drawing import legend_drawing, map_figure
from fgc_desktop.documents.pages import PageFurniture, numbered_canvas
from fgc_desktop.documents.styles import (
    DRAFT,
    HEADER_TINT,
    PAGE_SIZE,
    RULE,
    TEXT_LEFT,
    TEXT_RIGHT,
    fixed_paragraph,
    style,
    user_paragraph,
)
from fgc_desktop.domain.conference import Conference, Consent, Referral
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.network import Person, Role
from fgc_desktop.domain.network_map import NetworkMap, network_map

AUTHOR = "FGC Desktop"
CONTINUED = "(continued in the case record)"
CONFIDENTIAL_CONTACT = "Confidential — held by the coordinator"
NOT_RECORDED = "Not recorded yet."
ELLIPSIS = "…"

# Tighter than the family plan's margins (the header and footer lines still clear the frame):
# the summary is one page, so every millimetre counts.
_MARGIN_TOP = 21 * mm
_MARGIN_BOTTOM = 18.5 * mm
_WIDTH = TEXT_RIGHT - TEXT_LEFT
_HEIGHT = PAGE_SIZE[1] - _MARGIN_TOP - _MARGIN_BOTTOM - 12
_GAP = 5 * mm
_HALF = (_WIDTH - _GAP) / 2

_CHILD_SHARES = (22, 23, 11, 18, 26)
_PEOPLE_SHARES = (23, 17, 12, 14, 18, 16)


@dataclass(frozen=True)
class Budget:
    """How long the texts may run and how low the map may go; tried in turn until one fits."""

    reason_lines: int
    text_lines: int
    cell_chars: int
    least_map: float

    @property
    def bottom_line_lines(self) -> int:
        """Bottom lines get more room than other texts: the plan must meet every one."""
        return self.text_lines + 3


# The map takes the room the texts leave (points). Texts are cut a little before the map goes
# below MAP_GOOD; below MAP_LEAST, boxes of a crowded side would run into each other, so the
# who-is-who table gives up rows instead (everyone stays on the map).
MAP_LEAST, MAP_GOOD, MAP_MOST = 185.0, 210.0, 300.0

BUDGETS = (
    Budget(reason_lines=4, text_lines=9, cell_chars=160, least_map=MAP_GOOD),
    Budget(reason_lines=3, text_lines=7, cell_chars=120, least_map=MAP_GOOD),
    Budget(reason_lines=3, text_lines=7, cell_chars=120, least_map=MAP_LEAST),
    Budget(reason_lines=3, text_lines=5, cell_chars=90, least_map=MAP_LEAST),
    Budget(reason_lines=2, text_lines=4, cell_chars=60, least_map=MAP_LEAST),
)


def render_referral_summary(
    conference: Conference, coordinator: Coordinator, *, printed_on: date | None = None
) -> bytes:
    """The referral summary as one A4 page of PDF bytes."""
    printed_on = printed_on or date.today()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=TEXT_LEFT - 6,
        rightMargin=PAGE_SIZE[0] - TEXT_RIGHT - 6,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        title=f"Referral summary {conference.reference}",
        author=AUTHOR,
        creator=AUTHOR,
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
        invariant=1,
    )
    furniture = PageFurniture(
        header_left=f"Referral summary  ·  {conference.reference}",
        header_right="Confidential",
        footer_left=f"Printed on {long_date(printed_on)}",
    )
    story = fitted_story(conference, coordinator, printed_on)
    document.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


def fitted_story(
    conference: Conference, coordinator: Coordinator, printed_on: date
) -> list[Flowable]:
    """The page's content: the longest texts that leave the map room, the map filling the rest.

    When even the shortest texts leave too little room, the who-is-who table lists as many
    people as fit (everyone stays on the map). KeepInFrame shrinks whatever still does not fit,
    so the summary is never more than one page.
    """
    layout = network_map(conference)
    heading = _map_heading(layout)
    for budget in BUDGETS:
        texts = _texts(conference, coordinator, printed_on, budget)
        people = _who_is_who(conference.people, budget)
        room = _HEIGHT - _height([*texts, heading, *people])
        if room >= budget.least_map:
            break
    if room < MAP_LEAST:
        room = MAP_LEAST
        left = _HEIGHT - _height([*texts, heading]) - MAP_LEAST
        people = _who_is_who(conference.people, budget, cut_to=left)
    # A hair less than the room, since reportlab's frame tests fit with a little tolerance.
    figure = map_figure(layout, _WIDTH, min(room, MAP_MOST) - 1)
    return [KeepInFrame(_WIDTH, _HEIGHT, [*texts, heading, figure, *people], mode="shrink")]


def _texts(
    conference: Conference, coordinator: Coordinator, printed_on: date, budget: Budget
) -> list[Flowable]:
    """Everything above the network map."""
    referral = conference.referral
    return [
        *_title(conference, coordinator),
        _side_by_side(_referrer(referral), _consent(conference.consent)),
        *_children(conference.children, printed_on, budget),
        _heading("Reason for referral"),
        *fitted(referral.reason, "small", _WIDTH, _lines(budget.reason_lines)),
        _side_by_side(
            [
                _heading("Worries"),
                *fitted(referral.worries, "small", _HALF, _lines(budget.text_lines)),
            ],
            [
                _heading("What is working well"),
                *fitted(referral.strengths, "small", _HALF, _lines(budget.text_lines)),
            ],
        ),
        _side_by_side(_questions(referral, budget), _bottom_lines(conference, budget, _HALF)),
    ]


def _map_heading(layout: NetworkMap) -> Table:
    """The map's heading with its key beside it, on one line."""
    legend = legend_drawing(layout)
    widths = [_WIDTH - legend.width, legend.width]
    row = Table([[_heading("Network map"), legend]], colWidths=widths)
    _style(
        row,
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            *_no_padding(),
            ("TOPPADDING", (0, 0), (-1, -1), style("sheet_heading").spaceBefore),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    return row


def _title(conference: Conference, coordinator: Coordinator) -> list[Flowable]:
    received = conference.referral.received_on
    facts = [
        _family_title(conference.family_name),
        conference.reference,
        f"Referral received {long_date(received)}" if received else "Date received not recorded",
    ]
    contact = " · ".join(
        part for part in (coordinator.name, coordinator.phone, coordinator.email) if part
    )
    flowables: list[Flowable] = [
        fixed_paragraph("Referral summary", "sheet_title"),
        user_paragraph("  ·  ".join(facts), "small", is_name=True),
    ]
    if contact:
        flowables.append(user_paragraph(f"Coordinator: {contact}", "small_note", is_name=True))
    return flowables


def _family_title(family_name: str) -> str:
    name = family_name.strip()
    if not name or name.lower().endswith("family"):
        return name or "Family name not recorded"
    return f"{name} family"


def _referrer(referral: Referral) -> list[Flowable]:
    flowables: list[Flowable] = [_heading("Referrer")]
    if not referral.referrer_name.strip():
        return [*flowables, fixed_paragraph(NOT_RECORDED, "small_note")]
    flowables.append(user_paragraph(referral.referrer_name, "small_strong", is_name=True))
    for parts in (
        (referral.referrer_role, referral.referrer_team),
        (referral.referrer_phone, referral.referrer_email),
    ):
        line = " · ".join(part.strip() for part in parts if part.strip())
        if line:
            flowables.append(user_paragraph(line, "small", is_name=True))
    return flowables


def _consent(consent: Consent) -> list[Flowable]:
    flowables: list[Flowable] = [_heading("Consent")]
    if consent.is_withdrawn:
        return [*flowables, _withdrawn(consent)]
    if not consent.is_recorded:
        return [*flowables, fixed_paragraph("Consent is not recorded yet.", "small_note")]
    return [
        *flowables,
        user_paragraph(f"Given by {consent.given_by}", "small", is_name=True),
        fixed_paragraph(f"On {long_date(consent.given_on)}  ·  {consent.method.label}", "small"),
    ]


def _withdrawn(consent: Consent) -> Table:
    """Withdrawn consent in a box, said in words (not only by colour)."""
    cells: list[Flowable] = [
        fixed_paragraph(f"CONSENT WITHDRAWN on {long_date(consent.withdrawn_on)}", "warning"),
        *fitted(
            f"Reason: {consent.withdrawal_reason.strip() or 'not recorded'}",
            "small",
            _HALF - 12,
            _lines(3),
        ),
    ]
    if consent.given_by:
        given = f" on {long_date(consent.given_on)}" if consent.given_on else ""
        cells.append(
            user_paragraph(
                f"Consent was given by {consent.given_by}{given}.", "small_note", is_name=True
            )
        )
    box = Table([[cells]], colWidths=[_HALF], hAlign="LEFT")
    _style(
        box,
        [
            ("BOX", (0, 0), (-1, -1), 1.2, DRAFT),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    return box


def _children(children: list[Person], on_day: date, budget: Budget) -> list[Flowable]:
    heading = _heading("The child" if len(children) == 1 else "The children")
    if not children:
        return [heading, fixed_paragraph("No children recorded yet.", "small_note")]
    header = ("Name", "Born", "Pronouns", "Lives with", "Needs")
    rows = [
        [
            user_paragraph(child.name, "small_strong", is_name=True),
            fixed_paragraph(_born(child, on_day), "small_cell"),
            _cell(child.pronouns, budget),
            _cell(child.lives_with, budget),
            _cell(child.needs, budget),
        ]
        for child in children
    ]
    return [heading, _grid(header, rows, _CHILD_SHARES)]


def _born(child: Person, on_day: date) -> str:
    if child.date_of_birth is None:
        return "Not recorded"
    age = child.age_on(on_day)
    age_text = f" (age {age})" if age is not None and age >= 0 else ""
    return f"{long_date(child.date_of_birth)}{age_text}"


def _questions(referral: Referral, budget: Budget) -> list[Flowable]:
    numbered = "\n".join(
        f"{number}. {question}" for number, question in enumerate(referral.question_list, 1)
    )
    return [
        _heading("Questions for the family"),
        *fitted(numbered, "small", _HALF, _lines(budget.text_lines)),
    ]


def _bottom_lines(conference: Conference, budget: Budget, width: float) -> list[Flowable]:
    agreed_on = conference.referral.bottom_lines_agreed_on
    status = (
        f"Agreed with the referrer on {long_date(agreed_on)}."
        if agreed_on
        else "Not yet agreed with the referrer."
    )
    flowables: list[Flowable] = [_heading("Bottom lines"), fixed_paragraph(status, "small_note")]
    lines = conference.bottom_lines
    if not lines:
        return [*flowables, fixed_paragraph("No bottom lines recorded.", "small_note")]
    # Keep a line's worth back, so there is always room to say what did not fit.
    room = _lines(budget.bottom_line_lines) - style("small_note").leading
    for number, line in enumerate(lines, 1):
        if room < style("small").leading:
            rest = len(lines) - number + 1
            more = f"{rest} more bottom line{'s' if rest > 1 else ''} {CONTINUED}"
            return [*flowables, fixed_paragraph(more, "small_note")]
        parts = [(f"{number}. {line.text}", "small_strong")]
        if line.reason.strip():
            parts.append((f"Why: {line.reason}", "small_note"))
        for text, style_name in parts:
            part, was_cut = _fit(text, style_name, width, room)
            flowables += part
            room -= _height(part, width)
            if was_cut:
                return flowables
    return flowables


def _who_is_who(
    people: list[Person], budget: Budget, *, cut_to: float | None = None
) -> list[Flowable]:
    """The who-is-who table; with cut_to, only as many rows as fit that height, and a note."""
    network = [person for person in people if person.role is not Role.CHILD]
    heading = _heading("Who is who")
    if not network:
        return [heading, fixed_paragraph("No one else is in the network yet.", "small_note")]
    header = ("Name", "Relationship", "Role", "Taking part", "Language", "Access needs")
    rows = [_person_row(person, budget) for person in network]
    table = _grid(header, rows, _PEOPLE_SHARES)
    if cut_to is None or _height([heading, table]) <= cut_to:
        return [heading, table]
    note_height = style("small_note").leading + 2
    for shown in range(len(rows) - 1, 0, -1):
        table = _grid(header, rows[:shown], _PEOPLE_SHARES)
        if _height([heading, table]) + note_height <= cut_to:
            rest = len(rows) - shown
            more = (
                f"{rest} more {'person is' if rest == 1 else 'people are'} on the map {CONTINUED}."
            )
            return [heading, table, fixed_paragraph(more, "small_note")]
    everyone = "Everyone is on the map; the full list is in the case record."
    return [heading, fixed_paragraph(everyone, "small_note")]


def _person_row(person: Person, budget: Budget) -> list[Flowable | list[Flowable]]:
    name: list[Flowable] = [user_paragraph(person.name, "small_cell", is_name=True)]
    if person.contact_confidential:
        name.append(fixed_paragraph(f"Contact: {CONFIDENTIAL_CONTACT}", "small_note"))
    return [
        name,
        _cell(person.relationship, budget),
        fixed_paragraph(person.role.label, "small_cell"),
        fixed_paragraph(person.participation.label, "small_cell"),
        _cell(_language(person), budget),
        _cell(person.accessibility_needs, budget),
    ]


def _language(person: Person) -> str:
    language = person.preferred_language.strip()
    if not person.interpreter_needed:
        return language
    booked = "interpreter booked" if person.interpreter_booked else "interpreter needed"
    return f"{language}, {booked}" if language else booked.capitalize()


def _cell(text: str, budget: Budget) -> Flowable:
    """A table cell of user text, cut short at the budget's length."""
    return user_paragraph(clipped(text, budget.cell_chars), "small_cell")


def clipped(text: str, limit: int) -> str:
    """The text, or its first words up to limit characters ending in an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + ELLIPSIS


def fitted(text: str, style_name: str, width: float, max_height: float) -> list[Flowable]:
    """User text in at most max_height; too long, it is cut with "…" and a continued note."""
    return _fit(text, style_name, width, max_height)[0]


def _fit(
    text: str, style_name: str, width: float, max_height: float
) -> tuple[list[Flowable], bool]:
    """The flowables for fitted(), and whether the text had to be cut."""
    if not text.strip():
        return [fixed_paragraph(NOT_RECORDED, "small_note")], False
    whole = user_paragraph(text, style_name)
    if _height([whole], width) <= max_height:
        return [whole], False
    room = max_height - style("small_note").leading

    def shortened(end: int) -> Flowable:
        return user_paragraph(_cut(text, end), style_name)

    # The longest start of the text that fits, found by halving.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _height([shortened(middle)], width) <= room:
            low = middle
        else:
            high = middle - 1
    note = fixed_paragraph(CONTINUED, "small_note")
    return ([shortened(low), note] if low else [note]), True


def _cut(text: str, end: int) -> str:
    """The text up to end, back to the last space when there is one nearby, then "…"."""
    cut = text[:end]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > end - 25:
        cut = cut[:space]
    return cut.rstrip(" \n,;:.") + ELLIPSIS


def _lines(count: int) -> float:
    """The height of that many lines of small text."""
    return count * style("small").leading + 0.5


def _heading(text: str) -> Flowable:
    heading = fixed_paragraph(text, "sheet_heading")
    heading.keepWithNext = 1
    return heading


def _side_by_side(left: list[Flowable], right: list[Flowable]) -> Table:
    """Two columns of flowables, side by side, each half the width."""
    table = Table([[left, "", right]], colWidths=[_HALF, _GAP, _HALF], hAlign="LEFT")
    _style(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *_no_padding(),
            # In a cell the headings' own space above is lost, so the row gives it.
            ("TOPPADDING", (0, 0), (-1, -1), style("sheet_heading").spaceBefore),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return table


def _no_padding() -> list[tuple]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]


def _grid(header: Sequence[str], rows: list[list], shares: Sequence[int]) -> Table:
    """A compact table with a tinted header row and a rule under each row."""
    widths = [_WIDTH * share / sum(shares) for share in shares]
    head = [fixed_paragraph(text, "small_cell_head") for text in header]
    table = Table([head, *rows], colWidths=widths, hAlign="LEFT")
    _style(
        table,
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_TINT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ],
    )
    return table


def _style(table: Table, commands: list[tuple]) -> None:
    """Style a table; its empty cells use an embedded font, not reportlab's Helvetica."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN), *commands]))


def _height(flowables: Sequence[Flowable], width: float = _WIDTH) -> float:
    """The height the flowables take in a column of that width, spacing included."""
    return sum(
        f.wrap(width, _HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables
    )
