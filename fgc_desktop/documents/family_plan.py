"""The family plan as a PDF: the document families, referrers and coordinators sign and keep."""

from __future__ import annotations

import io
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

from fgc_desktop.documents.fonts import LATIN
from fgc_desktop.documents.pages import PageFurniture, numbered_canvas
from fgc_desktop.documents.plan_qr import QR_SIZE, qr_drawing, qr_payload
from fgc_desktop.documents.row_keeping_table import RowKeepingTable
from fgc_desktop.documents.signature_drawing import signature_drawing
from fgc_desktop.documents.styles import (
    CONTENT_WIDTH,
    HEADER_TINT,
    INK,
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
from fgc_desktop.domain.canonical_plan import wording_hash
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance, Person
from fgc_desktop.domain.plan import (
    SIGNATURE_BOX,
    Action,
    Decision,
    Plan,
    Signature,
    SignatureMethod,
)
from fgc_desktop.domain.progress import signatories

AUTHOR = "FGC Desktop"
NO_ACTIONS = "No actions recorded yet."
NOT_RECORDED = "Not recorded yet."

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

EARLIER_WORDING = "Signed an earlier wording — not valid for this version"
NO_SIGNATORIES = "No one has been recorded as taking part yet."

_ACTION_HEADINGS = (
    "",
    "What",
    "Who",
    "By when",
    "Support needed",
    "How we will know it is working",
)
# Shares of the text width: number, what, who, by when, support, how we will know.
_ACTION_SHARES = (8, 44, 27, 23, 33, 35)
_ACTION_WIDTHS = tuple(CONTENT_WIDTH * share / sum(_ACTION_SHARES) for share in _ACTION_SHARES)

_SIGN_LABEL_WIDTH = 24 * mm
_SIGN_MARGIN = 6 * mm
_SIGN_GAP = 6 * mm
_SIGN_BOX_WIDTH = (CONTENT_WIDTH - _SIGN_GAP) / 2
_SIGN_PADDING = 7
# The drawn signature: as high as a signature on paper, as wide as the pad's 3:1 box allows.
_SIGNING_HEIGHT = 20 * mm
_SIGNING_WIDTH = _SIGNING_HEIGHT * SIGNATURE_BOX[0] / SIGNATURE_BOX[1]
# The QR code's column on page 1: wide enough for its caption, with white space round the code
# for scanners.
_QR_COLUMN = QR_SIZE + 14 * mm
# Space for a heading, a table's header row and its first row or two.
_TABLE_START_ROOM = 55 * mm

_GRID_LINES = [
    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
]


def render_family_plan(
    conference: Conference, plan: Plan | None = None, *, printed_on: date | None = None
) -> bytes:
    """The plan (by default the conference's latest) as A4 PDF bytes; drafts say DRAFT."""
    plan = plan or conference.plan or Plan()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Family plan {conference.reference}",
        author=AUTHOR,
        creator=AUTHOR,
        subject=f"Version {plan.version}",
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
        # Same plan, same bytes: agreed versions keep their exact PDF.
        invariant=1,
    )
    document.build(
        _story(conference, plan),
        canvasmaker=numbered_canvas(_furniture(conference, plan, printed_on)),
    )
    return buffer.getvalue()


def _furniture(conference: Conference, plan: Plan, printed_on: date | None) -> PageFurniture:
    return PageFurniture(
        header_left=f"Family plan  ·  {conference.reference}",
        header_right=f"Version {plan.version}",
        footer_left=f"Printed on {long_date(printed_on)}" if printed_on else "",
        draft=not plan.is_agreed,
    )


def _story(conference: Conference, plan: Plan) -> list[Flowable]:
    return [
        *_title(conference, plan),
        *_children(conference, plan),
        *_participants(conference),
        *_bottom_lines(conference),
        *_actions(plan.actions),
        *_after_the_plan(conference, plan),
        *_signatures(conference, plan),
    ]


def long_date(day: date | None) -> str:
    """A date as families read it, e.g. 4 March 2026, the same on every computer."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else ""


def _date_of(timestamp: str | None) -> date | None:
    """The date part of an ISO timestamp, or None when there is none."""
    try:
        return date.fromisoformat((timestamp or "")[:10])
    except ValueError:
        return None


def _title(conference: Conference, plan: Plan) -> list[Flowable]:
    """Title, family, reference, version and status, with the QR code at the top right."""
    agreed_on = _date_of(plan.agreed_at)
    status = (
        fixed_paragraph(f"Agreed on {long_date(agreed_on)}" if agreed_on else "Agreed")
        if plan.is_agreed
        else fixed_paragraph("Draft – not yet agreed", "draft")
    )
    facts = [
        ("Reference", user_paragraph(conference.reference, is_name=True)),
        ("Version", fixed_paragraph(f"Version {plan.version}")),
        ("Status", status),
    ]
    if conference.meeting.held_on:
        facts.append(("Conference", fixed_paragraph(long_date(conference.meeting.held_on))))
    rows = [[fixed_paragraph(label, "label"), value] for label, value in facts]
    text_width = CONTENT_WIDTH - _QR_COLUMN
    table = Table(rows, colWidths=[30 * mm, text_width - 30 * mm], hAlign="LEFT")
    _style(table, [*_padding(1, 4), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    heading = [
        fixed_paragraph("Family plan", "title"),
        user_paragraph(_family_line(conference.family_name), "subtitle"),
        table,
    ]
    block = Table([[heading, _qr_column(conference, plan)]], colWidths=[text_width, _QR_COLUMN])
    _style(
        block,
        [
            *_padding(0, 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # The code's dark modules line up with the right edge of the text below.
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            # Clear of the title's first line, whose leading starts above its letters.
            ("TOPPADDING", (1, 0), (1, 0), 4),
        ],
    )
    return [
        block,
        Spacer(1, 4 * mm),
        fixed_paragraph(
            "This is the plan the family made at their family group conference. It says what will "
            "happen, who will do it, by when, and what help they will have. Everyone who took part "
            "gets a copy.",
            "note",
        ),
    ]


def _qr_column(conference: Conference, plan: Plan) -> list[Flowable]:
    """The QR code and, under it, the same text for people to read and compare."""
    payload = qr_payload(conference, plan)
    head, _, tail = payload.rpartition(" ")
    caption = user_paragraph(f"{head}\n{tail}", "qr_caption", is_name=True)
    return [qr_drawing(payload), Spacer(1, 2.5 * mm), caption]


def _family_line(family_name: str) -> str:
    name = family_name.strip()
    if not name or name.lower().endswith("family"):
        return name
    return f"{name} family"


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


def _heading(text: str, intro: str = "", *, room: float = 0) -> list[Flowable]:
    """A section heading and a line saying what the section is, kept together.

    With room, the section starts on a new page unless that much space is left, so a heading
    is never left alone at the foot of a page above a table.
    """
    flowables: list[Flowable] = [CondPageBreak(room)] if room else []
    heading = fixed_paragraph(text, "heading")
    flowables.append(heading)
    if intro:
        heading.keepWithNext = 1
        flowables.append(fixed_paragraph(intro, "intro"))
    return flowables


def _children(conference: Conference, plan: Plan) -> list[Flowable]:
    children = conference.children
    heading = "The child" if len(children) == 1 else "The children"
    if not children:
        return [*_heading(heading), fixed_paragraph("No children recorded yet.", "note")]
    on_day = _date_of(plan.agreed_at) or conference.meeting.held_on
    rows = [
        [user_paragraph(child.name, "strong", is_name=True), _born(child, on_day)]
        for child in children
    ]
    table = Table(rows, colWidths=[70 * mm, CONTENT_WIDTH - 70 * mm], hAlign="LEFT")
    _style(table, _padding(2, 6))
    return [KeepTogether([*_heading(heading), table])]


def _born(child: Person, on_day: date | None) -> Paragraph:
    if child.date_of_birth is None:
        return fixed_paragraph("Date of birth not recorded", "note")
    age = child.age_on(on_day) if on_day else None
    age_text = f", age {age}" if age is not None and age >= 0 else ""
    return fixed_paragraph(f"Born {long_date(child.date_of_birth)}{age_text}")


def _participants(conference: Conference) -> list[Flowable]:
    people = [
        person
        for person in conference.people
        if person.attendance.took_part or person.attendance is Attendance.VIEWS_SENT
    ]
    heading = _heading("Who took part", room=_TABLE_START_ROOM)
    if not people:
        return [*heading, fixed_paragraph("No one has been recorded as taking part yet.", "note")]
    header = [
        fixed_paragraph(h, "cell_head")
        for h in ("Name", "Relationship or role", "How they took part")
    ]
    rows = [
        [
            user_paragraph(person.name, "cell", is_name=True),
            user_paragraph(_relationship(person), "cell", is_name=True),
            fixed_paragraph(person.attendance.label, "cell"),
        ]
        for person in people
    ]
    widths = [64 * mm, 60 * mm, CONTENT_WIDTH - 124 * mm]
    return [*heading, _grid([header, *rows], widths)]


def _relationship(person: Person) -> str:
    return person.relationship.strip() or person.role.label


def _grid(rows: list[list[Flowable]], widths: Sequence[float]) -> Table:
    """A table with a tinted header row repeated on each page; long rows split across pages."""
    table = RowKeepingTable(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    _style(table, [*_GRID_LINES, ("BACKGROUND", (0, 0), (-1, 0), HEADER_TINT)])
    return table


def _bottom_lines(conference: Conference) -> list[Flowable]:
    heading = _heading(
        "Bottom lines",
        "What children's services need this plan to make sure of, and why.",
        room=_TABLE_START_ROOM,
    )
    if not conference.bottom_lines:
        return [*heading, fixed_paragraph("No bottom lines recorded.", "note")]
    rows = [
        [
            fixed_paragraph(f"{number}.", "strong"),
            [
                user_paragraph(line.text, "strong", placeholder=NOT_RECORDED),
                user_paragraph(line.reason, "note") if line.reason.strip() else Spacer(1, 0),
            ],
        ]
        for number, line in enumerate(conference.bottom_lines, start=1)
    ]
    table = RowKeepingTable(rows, colWidths=[8 * mm, CONTENT_WIDTH - 8 * mm], hAlign="LEFT")
    _style(table, [*_padding(3, 4), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [*heading, table]


def _actions(actions: Sequence[Action]) -> list[Flowable]:
    heading = _heading("Our plan", room=_TABLE_START_ROOM)
    if not actions:
        return [*heading, fixed_paragraph(NO_ACTIONS, "note")]
    header = [fixed_paragraph(text, "cell_head") for text in _ACTION_HEADINGS]
    rows = [_action_row(number, action) for number, action in enumerate(actions, start=1)]
    return [*heading, _grid([header, *rows], _ACTION_WIDTHS)]


def _action_row(number: int, action: Action) -> list[Flowable]:
    return [
        fixed_paragraph(f"{number}", "cell_head"),
        user_paragraph(action.what, "cell"),
        user_paragraph(action.who, "cell", is_name=True),
        fixed_paragraph(long_date(action.by_when), "cell"),
        user_paragraph(action.support, "cell"),
        user_paragraph(action.how_we_know, "cell"),
    ]


def _after_the_plan(conference: Conference, plan: Plan) -> list[Flowable]:
    review = long_date(plan.review_date) or NOT_RECORDED
    return [
        KeepTogether(
            [
                *_heading("If the plan is not working", "Our contingency plan."),
                user_paragraph(plan.contingency, placeholder=NOT_RECORDED),
            ]
        ),
        KeepTogether(
            [
                *_heading(
                    "Plan monitor", "The person in the family who checks the plan is working."
                ),
                user_paragraph(plan.plan_monitor, placeholder=NOT_RECORDED, is_name=True),
            ]
        ),
        KeepTogether(
            [
                *_heading("Review"),
                fixed_paragraph(f"We will meet again to review the plan by <b>{review}</b>."),
            ]
        ),
        KeepTogether(_decision(conference, plan)),
    ]


def _decision(conference: Conference, plan: Plan) -> list[Flowable]:
    referrer = conference.referral.referrer_name.strip()
    flowables = [
        *_heading("The referrer's decision"),
        fixed_paragraph(f"<b>{plan.decision.label}</b>"),
    ]
    if referrer:
        role = conference.referral.referrer_role.strip()
        flowables.append(
            user_paragraph(f"{referrer}, {role}" if role else referrer, "note", is_name=True)
        )
    if plan.decision in (Decision.NOT_AGREED, Decision.MORE_FAMILY_TIME):
        flowables += [
            Spacer(1, 2 * mm),
            fixed_paragraph("Reasons", "label"),
            user_paragraph(plan.decision_reasons, placeholder="No reasons recorded."),
        ]
    return flowables


def _signatures(conference: Conference, plan: Plan) -> list[Flowable]:
    """A box for everyone asked to sign, and for anyone else whose signature is recorded."""
    asked = signatories(conference)
    by_person = {sig.person_id: sig for sig in plan.signatures if sig.person_id}
    # Once agreed, the signatures were checked against this version's wording at agreement; a
    # later correction elsewhere in the conference (a child's name) must not mark them stale.
    current = None if plan.is_agreed else wording_hash(conference, plan)
    boxes = [
        _signature_box(person.name, _relationship(person), by_person.get(person.id), current)
        for person in asked
    ]
    asked_ids = {person.id for person in asked}
    for signature in plan.signatures:
        if signature.person_id is None or signature.person_id not in asked_ids:
            # Someone who signed though not asked to (a young person, say) still has their box.
            person = conference.person(signature.person_id)
            relationship = _relationship(person) if person else ""
            boxes.append(_signature_box(signature.name, relationship, signature, current))
    heading = _heading("Signatures", "By signing, you show that you agree with this plan.")
    if not boxes:
        return [*heading, fixed_paragraph(NO_SIGNATORIES, "note")]
    rows = [_signature_row(boxes[i : i + 2]) for i in range(0, len(boxes), 2)]
    return [KeepTogether([*heading, rows[0]]), *rows[1:]]


def _signature_row(boxes: list[Table]) -> Table:
    """Two boxes side by side, bordered as cells so both are as tall as the taller one."""
    cells: list[Table | str] = [boxes[0], "", boxes[1] if len(boxes) > 1 else ""]
    row = Table([cells], colWidths=[_SIGN_BOX_WIDTH, _SIGN_GAP, _SIGN_BOX_WIDTH], hAlign="LEFT")
    commands: list[tuple] = [
        *_padding(0, 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (0, 0), 0.6, RULE),
    ]
    if len(boxes) > 1:
        commands.append(("BOX", (2, 0), (2, 0), 0.6, RULE))
    _style(row, commands)
    # The space between rows sits outside the borders.
    row.spaceAfter = _SIGN_GAP
    return row


def _signature_box(
    name: str, relationship: str, signature: Signature | None, current_wording: str | None
) -> Table:
    """One person's box: name, role, and their signature, how they agreed, or lines to sign."""
    line_width = _SIGN_BOX_WIDTH - _SIGN_LABEL_WIDTH - _SIGN_MARGIN
    rows: list[list[Flowable | str]] = [
        [user_paragraph(name, "strong", placeholder="Name", is_name=True)]
    ]
    if relationship:
        rows.append([user_paragraph(relationship, "note", is_name=True)])
    first = len(rows)
    # Rows with a label and a line to write on; every other row spans the whole box.
    lined: list[int] = []
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), _SIGN_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _SIGN_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if signature is None:
        rows += [[fixed_paragraph("Signature", "label")], [fixed_paragraph("Date", "label")]]
        lined += [first, first + 1]
    elif current_wording is not None and signature.content_hash != current_wording:
        rows += [[flowable] for flowable in _earlier_wording(signature)]
        commands.append(("TOPPADDING", (0, first), (-1, first), 10))
    elif signature.method is SignatureMethod.SIGNED_ON_SCREEN and signature.strokes:
        rows += [
            [signature_drawing(signature.strokes, _SIGNING_WIDTH, _SIGNING_HEIGHT)],
            [fixed_paragraph(_how_and_when(signature, bold=False), "sign_caption")],
        ]
        commands.append(("TOPPADDING", (0, first), (-1, first), 6))
    elif signature.method is SignatureMethod.SIGNED_ON_PAPER:
        # The line stays empty: the person signs the printed copy by hand.
        rows += [
            [fixed_paragraph("Signature", "label")],
            [fixed_paragraph(_how_and_when(signature, bold=False), "sign_caption")],
        ]
        lined.append(first)
        if signature.note.strip():
            rows.append([user_paragraph(signature.note, "note")])
    else:
        rows += [[fixed_paragraph(_how_and_when(signature))]]
        if signature.note.strip():
            rows.append([user_paragraph(signature.note, "note")])
        commands.append(("TOPPADDING", (0, first), (-1, first), 10))
    commands += [("SPAN", (0, row), (-1, row)) for row in range(len(rows)) if row not in lined]
    # Tall rows to write in, with a line under the writing space only.
    for row in lined:
        commands += [
            ("TOPPADDING", (0, row), (-1, row), 18),
            ("LINEBELOW", (1, row), (1, row), 0.6, INK),
        ]
    commands.append(("BOTTOMPADDING", (0, -1), (-1, -1), 8))
    box = Table(
        [[*row, "", ""] for row in rows],
        colWidths=[_SIGN_LABEL_WIDTH, line_width, _SIGN_MARGIN],
    )
    _style(box, commands)
    return box


def _how_and_when(signature: Signature, *, bold: bool = True) -> str:
    """E.g. "Signed on screen, 24 November 2026" (markup of the document's own words)."""
    method = f"<b>{signature.method.label}</b>" if bold else signature.method.label
    signed_on = _date_of(signature.signed_at)
    return f"{method}, {long_date(signed_on)}" if signed_on else method


def _earlier_wording(signature: Signature) -> list[Flowable]:
    """A signature for other words than these: a warning, and no drawing that could pass for one."""
    return [
        fixed_paragraph(EARLIER_WORDING, "warning"),
        fixed_paragraph(_how_and_when(signature, bold=False), "sign_caption"),
    ]
