"""The review record as a PDF: how each agreed action is going, what people think, the outcome.

It is printed in the family plan's fonts, styles and page furniture. It lists every action of the
version that was reviewed (as it was agreed), each with the review's status and note.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fgc_desktop.documents.family_plan import long_date
from fgc_desktop.documents.fonts import LATIN
from fgc_desktop.documents.pages import PageFurniture, numbered_canvas
from fgc_desktop.documents.row_keeping_table import RowKeepingTable
from fgc_desktop.documents.styles import (
    CONTENT_WIDTH,
    DRAFT,
    HEADER_TINT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    RULE,
    TINT,
    fixed_paragraph,
    user_paragraph,
)
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.plan import Action, Plan
from fgc_desktop.domain.review import (
    ActionStatus,
    Review,
    ReviewInvitee,
    ReviewOutcome,
    reviewed_plan,
)

AUTHOR = "FGC Desktop"
NOT_RECORDED = "Not recorded."
NOT_HELD = "Not held yet"

# Shares of the text width: number, the action, its status, the review's note.
_ACTION_SHARES = (7, 70, 27, 66)
_ACTION_WIDTHS = tuple(CONTENT_WIDTH * share / sum(_ACTION_SHARES) for share in _ACTION_SHARES)
_PEOPLE_WIDTHS = (64 * mm, 60 * mm, CONTENT_WIDTH - 124 * mm)
_LABEL_WIDTH = 34 * mm
# Room for a heading, a table's header row and its first row or two.
_TABLE_START_ROOM = 55 * mm

_GRID = [
    ("FONTNAME", (0, 0), (-1, -1), LATIN),
    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_TINT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
]


def render_review_record(
    conference: Conference, review: Review, *, printed_on: date | None = None
) -> bytes:
    """One review's record as A4 PDF bytes; the same review always gives the same bytes."""
    plan = reviewed_plan(conference, review) or Plan(id=review.plan_id)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Review record {conference.reference}",
        author=AUTHOR,
        creator=AUTHOR,
        subject=f"Review of plan version {plan.version}",
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
        invariant=1,
    )
    furniture = PageFurniture(
        header_left=f"Review record  ·  {conference.reference}",
        header_right=f"Plan version {plan.version}",
        footer_left=f"Printed on {long_date(printed_on)}" if printed_on else "",
    )
    story = [
        *_title(conference, review, plan),
        *_people(conference, review),
        *_actions(conference, review, plan),
        *_views(review),
        *_outcome(conference, review, plan),
    ]
    document.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


def _title(conference: Conference, review: Review, plan: Plan) -> list[Flowable]:
    agreed_on = _date_of(plan.agreed_at)
    version = f"Version {plan.version}" + (
        f", agreed on {long_date(agreed_on)}" if agreed_on else ""
    )
    facts: list[tuple[str, Flowable]] = [
        ("Reference", user_paragraph(conference.reference, is_name=True)),
        ("Plan reviewed", fixed_paragraph(version)),
        ("Held on", _held(review)),
    ]
    if review.scheduled_on and review.scheduled_on != review.held_on:
        facts.append(("Planned for", fixed_paragraph(long_date(review.scheduled_on))))
    if review.venue.strip():
        facts.append(("Venue", user_paragraph(review.venue, is_name=True)))
    facts.append(("Outcome", fixed_paragraph(f"<b>{review.outcome.label}</b>")))
    rows = [[fixed_paragraph(label, "label"), value] for label, value in facts]
    table = Table(rows, colWidths=[_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH], hAlign="LEFT")
    _style(table, [*_padding(1, 4), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [
        fixed_paragraph("Review of the family plan", "title"),
        user_paragraph(_family_line(conference.family_name), "subtitle"),
        table,
        Spacer(1, 4 * mm),
        fixed_paragraph(
            "At a review the family and the professionals meet again to see how the family's "
            "plan is going: what has been done, what got in the way, and what happens next. "
            "This record says what was found and decided.",
            "note",
        ),
    ]


def _held(review: Review) -> Paragraph:
    if review.held_on is None:
        return fixed_paragraph(NOT_HELD, "draft")
    return fixed_paragraph(long_date(review.held_on))


def _family_line(family_name: str) -> str:
    name = family_name.strip()
    if not name or name.lower().endswith("family"):
        return name
    return f"{name} family"


def _heading(text: str, intro: str = "", *, room: float = 0) -> list[Flowable]:
    """A section heading with a line saying what it is, kept with what follows."""
    flowables: list[Flowable] = [CondPageBreak(room)] if room else []
    heading = fixed_paragraph(text, "heading")
    heading.keepWithNext = 1
    flowables.append(heading)
    if intro:
        line = fixed_paragraph(intro, "intro")
        line.keepWithNext = 1
        flowables.append(line)
    return flowables


def _people(conference: Conference, review: Review) -> list[Flowable]:
    heading = _heading(
        "Who was invited and who came",
        "Everyone invited to the review, and how they took part.",
        room=_TABLE_START_ROOM,
    )
    invited = [
        (person, invitee)
        for person in conference.people
        if (invitee := review.invitee(person.id)) is not None
    ]
    if not invited:
        return [*heading, fixed_paragraph("No one has been invited yet.", "note")]
    header = [
        fixed_paragraph(text, "cell_head")
        for text in ("Name", "Relationship or role", "How they took part")
    ]
    rows = [_person_row(person, invitee) for person, invitee in invited]
    return [*heading, _grid([header, *rows], _PEOPLE_WIDTHS)]


def _person_row(person: Person, invitee: ReviewInvitee) -> list[Flowable]:
    relationship = person.relationship.strip() or person.role.label
    came = invitee.attendance.took_part
    return [
        user_paragraph(person.name, "cell", is_name=True),
        user_paragraph(relationship, "cell", is_name=True),
        fixed_paragraph(
            f"<b>{invitee.attendance.label}</b>" if came else invitee.attendance.label, "cell"
        ),
    ]


def _actions(conference: Conference, review: Review, plan: Plan) -> list[Flowable]:
    heading = _heading(
        "How the plan is going",
        f"Each action of version {plan.version} as it was agreed, and how it is going now.",
        room=_TABLE_START_ROOM,
    )
    if not plan.actions:
        return [*heading, fixed_paragraph("The reviewed plan has no actions.", "note")]
    header = [
        fixed_paragraph(text, "cell_head")
        for text in ("", "What was agreed", "How it is going", "Note")
    ]
    rows = [
        _action_row(number, action, review) for number, action in enumerate(plan.actions, start=1)
    ]
    return [
        *heading,
        fixed_paragraph(_tally(review, plan.actions), "body"),
        Spacer(1, 2 * mm),
        _grid([header, *rows], _ACTION_WIDTHS),
    ]


def _tally(review: Review, actions: Sequence[Action]) -> str:
    """E.g. "2 actions: 1 done, 1 in progress." in the order of the statuses."""
    counts = Counter(review.status_of(action.id) for action in actions)
    # Those still to be reviewed come last, after what the review found.
    order = [*list(ActionStatus)[1:], ActionStatus.NOT_REVIEWED]
    parts = [f"{counts[status]} {status.label.lower()}" for status in order if counts[status]]
    noun = "action" if len(actions) == 1 else "actions"
    return f"{len(actions)} {noun}: {', '.join(parts)}."


def _action_row(number: int, action: Action, review: Review) -> list[Flowable | list[Flowable]]:
    progress = review.progress_of(action.id)
    status = progress.status if progress is not None else ActionStatus.NOT_REVIEWED
    details = [
        text
        for text in (
            action.who.strip(),
            f"by {long_date(action.by_when)}" if action.by_when else "",
        )
        if text
    ]
    what: list[Flowable] = [user_paragraph(action.what, "cell")]
    if details:
        what.append(user_paragraph(", ".join(details), "note", is_name=True))
    # Bold at the table's size; an action still to be reviewed stands out in the draft colour.
    label = f"<b>{status.label}</b>"
    if status is ActionStatus.NOT_REVIEWED:
        label = f'<font color="#{DRAFT.hexval()[2:]}">{label}</font>'
    return [
        fixed_paragraph(f"{number}", "cell_head"),
        what,
        fixed_paragraph(label, "cell"),
        user_paragraph(progress.note if progress else "", "cell", placeholder="—"),
    ]


def _views(review: Review) -> list[Flowable]:
    return [
        KeepTogether(
            [
                *_heading("The family's view", "How the family think the plan is going."),
                user_paragraph(review.family_view, placeholder=NOT_RECORDED),
            ]
        ),
        KeepTogether(
            [
                *_heading(
                    "The professionals' view", "How the professionals think the plan is going."
                ),
                user_paragraph(review.professionals_view, placeholder=NOT_RECORDED),
            ]
        ),
    ]


def _outcome(conference: Conference, review: Review, plan: Plan) -> list[Flowable]:
    lines: list[Flowable] = [fixed_paragraph(f"<b>{review.outcome.label}</b>")]
    if review.outcome is ReviewOutcome.PENDING:
        lines = [fixed_paragraph("Not decided yet: the review is still going on.", "draft")]
    elif review.outcome is ReviewOutcome.PLAN_CONTINUES:
        lines.append(fixed_paragraph(f"Version {plan.version} of the plan carries on as agreed."))
    elif review.outcome is ReviewOutcome.NEW_VERSION:
        lines.append(fixed_paragraph(_new_version(conference, review)))
    elif review.outcome is ReviewOutcome.CLOSED:
        reason = review.closure_reason.label if review.closure_reason else "No reason recorded"
        lines += [
            Spacer(1, 2 * mm),
            fixed_paragraph("Why", "label"),
            fixed_paragraph(reason),
        ]
        if review.closure_note.strip():
            lines.append(user_paragraph(review.closure_note))
    following = _next_review(conference, review)
    if following:
        lines += [Spacer(1, 2 * mm), fixed_paragraph(following)]
    box = Table([[lines]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    _style(
        box,
        [
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )
    return [KeepTogether([*_heading("What was decided"), box])]


def _new_version(conference: Conference, review: Review) -> str:
    new = next((p for p in conference.plans if p.id == review.new_plan_id), None)
    if new is None:
        return "A new version of the plan was started."
    agreed_on = _date_of(new.agreed_at)
    if new.is_agreed:
        when = f" on {long_date(agreed_on)}" if agreed_on else ""
        return (
            f"The plan was changed at the review. Version {new.version} was signed again by "
            f"everyone who took part and agreed{when}."
        )
    return (
        f"The plan is being changed. Version {new.version} is a draft: everyone who took part "
        "signs it before it is agreed."
    )


def _next_review(conference: Conference, review: Review) -> str:
    later = conference.reviews[conference.reviews.index(review) + 1 :]
    if not later or later[0].scheduled_on is None:
        return ""
    return f"The next review is planned for {long_date(later[0].scheduled_on)}."


def _grid(rows: list[list], widths: Sequence[float]) -> Table:
    """A table with a tinted header row repeated on each page; long rows split across pages."""
    table = RowKeepingTable(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_GRID))
    return table


def _style(table: Table, commands: list[tuple]) -> None:
    """Style a table; its empty cells use an embedded font, not reportlab's Helvetica."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN), *commands]))


def _padding(vertical: float, horizontal: float) -> list[tuple]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), horizontal),
        ("TOPPADDING", (0, 0), (-1, -1), vertical),
        ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
    ]


def _date_of(timestamp: str | None) -> date | None:
    try:
        return date.fromisoformat((timestamp or "")[:10])
    except ValueError:
        return None
