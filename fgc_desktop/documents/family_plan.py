"""The family plan as a PDF: the document families, referrers and coordinators sign and keep."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
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
    LARGE_PRINT_SCALE,
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
from fgc_desktop.documents.wording import ENGLISH, Wording, marked
from fgc_desktop.domain.canonical_plan import plan_language, wording_hash
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Attendance, Person
from fgc_desktop.domain.plan import (
    SIGNATURE_BOX,
    Action,
    Answer,
    BottomLineResponse,
    Decision,
    Plan,
    Signature,
    SignatureMethod,
)
from fgc_desktop.domain.progress import signatories

AUTHOR = "FGC Desktop"
NO_ACTIONS = marked("No actions recorded yet.")
NOT_RECORDED = marked("Not recorded yet.")
NOT_ANSWERED = marked("Not answered yet.")
NO_ANSWER = marked("No answer recorded.")
EARLIER_WORDING = marked("Signed an earlier wording — not valid for this version")
NO_SIGNATORIES = marked("No one has been recorded as taking part yet.")
# Shares of the text width: number, what, who, by when, support, how we will know.
_ACTION_SHARES = (8, 44, 27, 23, 33, 35)
_ACTION_WIDTHS = tuple(CONTENT_WIDTH * share / sum(_ACTION_SHARES) for share in _ACTION_SHARES)
_PEOPLE_WIDTHS = (64 * mm, 60 * mm, CONTENT_WIDTH - 124 * mm)
# Large print: each action a block, its parts labelled in a column this wide.
_ACTION_LABEL_WIDTH = 52 * mm

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
    conference: Conference,
    plan: Plan | None = None,
    *,
    printed_on: date | None = None,
    copy_for: Person | None = None,
    large_print: bool = False,
    language: Language | None = None,
) -> bytes:
    """The plan (by default the conference's latest) as A4 PDF bytes; drafts say DRAFT.

    copy_for makes one person's copy: every page's header says "Copy for <name>", and the copy
    leaves out what that person may not see (see _shown_to). The plan prints no one's contact
    details and has no flagged notes, so today a copy differs from the full plan only by its
    addressee. large_print sets the same content in type half as big again (body text 16 pt),
    with the actions as blocks one under another instead of a table. The plan is worded in
    language, by default the one it was agreed in (a draft: the conference's document
    language); what people typed stays as typed.

    The same plan, reader, size and language always give the same bytes.
    """
    plan = plan or conference.plan or Plan()
    words = Wording(language or plan_language(conference, plan))
    edition = _Edition(reader=copy_for, large_print=large_print, words=words)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=words.say("Family plan {reference}", reference=conference.reference),
        author=AUTHOR,
        creator=AUTHOR,
        subject=words.say("Version {version}", version=plan.version),
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
        # Same plan, same bytes: agreed versions keep their exact PDF.
        invariant=1,
    )
    document.build(
        _story(conference, plan, edition),
        canvasmaker=numbered_canvas(_furniture(conference, plan, printed_on, edition)),
    )
    return buffer.getvalue()


@dataclass(frozen=True)
class _Edition:
    """One printing of the plan: whose copy it is (None for the full plan), type size, language."""

    reader: Person | None = None
    large_print: bool = False
    words: Wording = ENGLISH

    def say(self, text: str, **values: object) -> str:
        """The document's own words in this printing's language."""
        return self.words.say(text, **values)

    def date(self, day: date | None) -> str:
        """A date in this printing's language, e.g. 24 Tachwedd 2026."""
        return self.words.date(day)

    def fixed(self, markup: str, style_name: str = "body") -> Paragraph:
        """A paragraph of the document's own wording, in this printing's type size."""
        return fixed_paragraph(markup, style_name, large_print=self.large_print)

    def user(
        self, text: str, style_name: str = "body", *, placeholder: str = "", is_name: bool = False
    ) -> Paragraph:
        """A paragraph of text a person typed, in this printing's type size."""
        return user_paragraph(
            text,
            style_name,
            placeholder=placeholder,
            is_name=is_name,
            large_print=self.large_print,
        )

    def size(self, length: float) -> float:
        """A length that grows with the type: a column for labels, room for a heading."""
        return length * LARGE_PRINT_SCALE if self.large_print else length

    @property
    def table_start_room(self) -> float:
        """Room for a heading, a table's header row and its first row or two."""
        return self.size(_TABLE_START_ROOM)


@dataclass(frozen=True)
class _Section:
    """Part of the plan, and whether it is only for the full plan (a flagged note, say)."""

    flowables: list[Flowable]
    flagged: bool = False


def _shown_to(reader: Person | None, section: _Section) -> bool:
    """Whether a printing for reader (None: the full plan) carries a section.

    The one place that decides what a person's copy leaves out. Every section today is the
    family's plan itself, which everyone on the distribution list may read, and none prints
    contact details (a section that did would check domain.safety.may_see_contact_of); a
    flagged section is left out of every person's copy.
    """
    return reader is None or not section.flagged


def _furniture(
    conference: Conference, plan: Plan, printed_on: date | None, ed: _Edition
) -> PageFurniture:
    return PageFurniture(
        header_left=ed.say("Family plan  ·  {reference}", reference=conference.reference),
        header_right=ed.say("Version {version}", version=plan.version),
        footer_left=ed.say("Printed on {date}", date=ed.date(printed_on)) if printed_on else "",
        draft=not plan.is_agreed,
        addressee=ed.reader.name.strip() if ed.reader else "",
        large_print=ed.large_print,
        language=ed.words.language,
    )


def _story(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    sections = [
        _Section(_title(conference, plan, ed)),
        _Section(_children(conference, plan, ed)),
        _Section(_participants(conference, ed)),
        _Section(_bottom_lines(conference, ed)),
        _Section(_actions(plan.actions, ed)),
        _Section(_bottom_line_responses(conference, plan, ed)),
        _Section(_answers(conference, plan, ed)),
        _Section(_after_the_plan(conference, plan, ed)),
        _Section(_signatures(conference, plan, ed)),
    ]
    return [
        flowable
        for section in sections
        if _shown_to(ed.reader, section)
        for flowable in section.flowables
    ]


def long_date(day: date | None) -> str:
    """A date as families read it in English, e.g. 4 March 2026, the same on every computer."""
    return ENGLISH.date(day)


def _date_of(timestamp: str | None) -> date | None:
    """The date part of an ISO timestamp, or None when there is none."""
    try:
        return date.fromisoformat((timestamp or "")[:10])
    except ValueError:
        return None


def _title(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    """Title, family, reference, version and status, with the QR code at the top right."""
    agreed_on = _date_of(plan.agreed_at)
    status = (
        ed.fixed(
            ed.say("Agreed on {date}", date=ed.date(agreed_on)) if agreed_on else ed.say("Agreed")
        )
        if plan.is_agreed
        else ed.fixed(ed.say("Draft – not yet agreed"), "draft")
    )
    facts = [
        (ed.say("Reference"), ed.user(conference.reference, is_name=True)),
        (ed.say("Version"), ed.fixed(ed.say("Version {version}", version=plan.version))),
        (ed.say("Status"), status),
    ]
    if conference.meeting.held_on:
        facts.append((ed.say("Conference"), ed.fixed(ed.date(conference.meeting.held_on))))
    if ed.reader is not None:
        facts.append((ed.say("Copy for"), ed.user(ed.reader.name, "strong", is_name=True)))
    rows = [[ed.fixed(label, "label"), value] for label, value in facts]
    text_width = CONTENT_WIDTH - _QR_COLUMN
    label_width = ed.size(30 * mm)
    table = Table(rows, colWidths=[label_width, text_width - label_width], hAlign="LEFT")
    _style(table, [*_padding(1, 4), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    heading = [
        ed.fixed(ed.say("Family plan"), "title"),
        ed.user(ed.words.family(conference.family_name), "subtitle"),
        table,
    ]
    block = Table([[heading, _qr_column(conference, plan, ed)]], colWidths=[text_width, _QR_COLUMN])
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
        ed.fixed(
            ed.say(
                "This is the plan the family made at their family group conference. It says what "
                "will happen, who will do it, by when, and what help they will have. Everyone who "
                "took part gets a copy."
            ),
            "note",
        ),
    ]


def _qr_column(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    """The QR code and, under it, the same text for people to read and compare."""
    payload = qr_payload(conference, plan)
    head, _, tail = payload.rpartition(" ")
    caption = ed.user(f"{head}\n{tail}", "qr_caption", is_name=True)
    return [qr_drawing(payload), Spacer(1, 2.5 * mm), caption]


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


def _heading(ed: _Edition, text: str, intro: str = "", *, room: float = 0) -> list[Flowable]:
    """A section heading and a line saying what the section is, kept together.

    With room, the section starts on a new page unless that much space is left, so a heading
    is never left alone at the foot of a page above a table.
    """
    flowables: list[Flowable] = [CondPageBreak(room)] if room else []
    heading = ed.fixed(text, "heading")
    flowables.append(heading)
    if intro:
        heading.keepWithNext = 1
        flowables.append(ed.fixed(intro, "intro"))
    return flowables


def _children(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    children = conference.children
    heading = ed.say("The child") if len(children) == 1 else ed.say("The children")
    if not children:
        return [*_heading(ed, heading), ed.fixed(ed.say("No children recorded yet."), "note")]
    on_day = _date_of(plan.agreed_at) or conference.meeting.held_on
    rows = [
        [ed.user(child.name, "strong", is_name=True), _born(child, on_day, ed)]
        for child in children
    ]
    table = Table(rows, colWidths=[70 * mm, CONTENT_WIDTH - 70 * mm], hAlign="LEFT")
    _style(table, [*_padding(2, 6), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [KeepTogether([*_heading(ed, heading), table])]


def _born(child: Person, on_day: date | None, ed: _Edition) -> Paragraph:
    if child.date_of_birth is None:
        return ed.fixed(ed.say("Date of birth not recorded"), "note")
    age = child.age_on(on_day) if on_day else None
    born = ed.date(child.date_of_birth)
    if age is not None and age >= 0:
        return ed.fixed(ed.say("Born {date}, age {age}", date=born, age=age))
    return ed.fixed(ed.say("Born {date}", date=born))


def _participants(conference: Conference, ed: _Edition) -> list[Flowable]:
    people = [
        person
        for person in conference.people
        if person.attendance.took_part or person.attendance is Attendance.VIEWS_SENT
    ]
    heading = _heading(ed, ed.say("Who took part"), room=ed.table_start_room)
    if not people:
        return [*heading, ed.fixed(ed.say(NO_SIGNATORIES), "note")]
    header = [
        ed.fixed(ed.say("Name"), "cell_head"),
        ed.fixed(ed.say("Relationship or role"), "cell_head"),
        ed.fixed(ed.say("How they took part"), "cell_head"),
    ]
    rows = [
        [
            ed.user(person.name, "cell", is_name=True),
            ed.user(_relationship(person, ed), "cell", is_name=True),
            ed.fixed(ed.words.choice(person.attendance), "cell"),
        ]
        for person in people
    ]
    widths = [60 * mm, 55 * mm, CONTENT_WIDTH - 115 * mm] if ed.large_print else _PEOPLE_WIDTHS
    return [*heading, _grid([header, *rows], widths)]


def _relationship(person: Person, ed: _Edition) -> str:
    """The relationship as typed, else the person's role in the document's language."""
    return person.relationship.strip() or ed.words.choice(person.role)


def _grid(rows: list[list[Flowable]], widths: Sequence[float]) -> Table:
    """A table with a tinted header row repeated on each page; long rows split across pages."""
    table = RowKeepingTable(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    _style(table, [*_GRID_LINES, ("BACKGROUND", (0, 0), (-1, 0), HEADER_TINT)])
    return table


def _bottom_lines(conference: Conference, ed: _Edition) -> list[Flowable]:
    heading = _heading(
        ed,
        ed.say("Bottom lines"),
        ed.say("What children's services need this plan to make sure of, and why."),
        room=ed.table_start_room,
    )
    if not conference.bottom_lines:
        return [*heading, ed.fixed(ed.say("No bottom lines recorded."), "note")]
    rows = [
        [
            ed.fixed(f"{number}.", "strong"),
            [
                ed.user(line.text, "strong", placeholder=ed.say(NOT_RECORDED)),
                ed.user(line.reason, "note") if line.reason.strip() else Spacer(1, 0),
            ],
        ]
        for number, line in enumerate(conference.bottom_lines, start=1)
    ]
    return [*heading, _numbered(rows, ed)]


def _numbered(rows: list[list[Flowable]], ed: _Edition) -> Table:
    """Numbered items, the number in a narrow column and each item kept on one page."""
    number_width = ed.size(8 * mm)
    table = RowKeepingTable(
        rows, colWidths=[number_width, CONTENT_WIDTH - number_width], hAlign="LEFT"
    )
    _style(table, [*_padding(3, 4), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


def _bottom_line_responses(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    """Each bottom line, and how the plan makes sure of it, in the family's words.

    An agreed plan prints the bottom lines as worded when it was agreed; a draft prints
    today's, with a space for each not yet answered.
    """
    if plan.is_agreed:
        responses = list(plan.bottom_line_responses)
    else:
        responses = [
            plan.response_to(line.id) or BottomLineResponse(line.id, line.text)
            for line in conference.bottom_lines
        ]
        current = {line.id for line in conference.bottom_lines}
        # Kept with the draft (and signed with it) even if the bottom line has since gone.
        responses += [r for r in plan.bottom_line_responses if r.bottom_line_id not in current]
    return _prompts_and_replies(
        ed,
        [(response.bottom_line, response.how_met) for response in responses],
        ed.say("How the plan meets the bottom lines"),
        ed.say("Each bottom line, and how our plan makes sure of it."),
        _no_reply(plan, ed),
    )


def _answers(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    """The questions the family were asked, each as asked, with the family's answer.

    An agreed plan prints the questions and answers it was agreed with; a draft prints the
    referral's questions, with a space for each not yet answered.
    """
    if plan.is_agreed:
        answers = list(plan.answers)
    else:
        asked = conference.referral.question_list
        answers = [plan.answer_to(question) or Answer(question) for question in asked]
        # Kept with the draft (and signed with it) even if the question has since changed.
        answers += [answer for answer in plan.answers if answer.question not in asked]
    return _prompts_and_replies(
        ed,
        [(answer.question, answer.answer) for answer in answers],
        ed.say("Our answers to the questions"),
        ed.say("The questions we were asked, and our answers."),
        _no_reply(plan, ed),
    )


def _no_reply(plan: Plan, ed: _Edition) -> str:
    """What stands where a reply is missing: still to come in a draft, none in an agreed plan."""
    return ed.say(NO_ANSWER) if plan.is_agreed else ed.say(NOT_ANSWERED)


def _prompts_and_replies(
    ed: _Edition, pairs: list[tuple[str, str]], title: str, intro: str, placeholder: str
) -> list[Flowable]:
    """A numbered list of prompts (a question, a bottom line), each with the family's reply."""
    if not pairs:
        return []
    rows = [
        [
            ed.fixed(f"{number}.", "strong"),
            [
                ed.user(prompt, "strong", placeholder=ed.say(NOT_RECORDED)),
                ed.user(reply, "answer", placeholder=placeholder),
            ],
        ]
        for number, (prompt, reply) in enumerate(pairs, start=1)
    ]
    heading = _heading(ed, title, intro, room=ed.table_start_room)
    return [*heading, _numbered(rows, ed)]


def _actions(actions: Sequence[Action], ed: _Edition) -> list[Flowable]:
    heading = _heading(ed, ed.say("Our plan"), room=ed.table_start_room)
    if not actions:
        return [*heading, ed.fixed(ed.say(NO_ACTIONS), "note")]
    if ed.large_print:
        blocks = [_action_block(n, action, ed) for n, action in enumerate(actions, start=1)]
        return [*heading, *blocks]
    header = [
        ed.fixed("", "cell_head"),
        ed.fixed(ed.say("What"), "cell_head"),
        ed.fixed(ed.say("Who"), "cell_head"),
        ed.fixed(ed.say("By when"), "cell_head"),
        ed.fixed(ed.say("Support needed"), "cell_head"),
        ed.fixed(ed.say("How we will know it is working"), "cell_head"),
    ]
    rows = [_action_row(number, action, ed) for number, action in enumerate(actions, start=1)]
    return [*heading, _grid([header, *rows], _ACTION_WIDTHS)]


def _action_block(number: int, action: Action, ed: _Edition) -> Table:
    """One action in large print: what, then each other part under a label beside it.

    Parts left empty are left out; a block longer than a page splits between its parts.
    """
    by_when = ed.date(action.by_when)
    parts = [
        (ed.say("Who"), ed.user(action.who, "cell", is_name=True), action.who),
        (ed.say("By when"), ed.fixed(by_when, "cell"), by_when),
        (ed.say("Support needed"), ed.user(action.support, "cell"), action.support),
        (
            ed.say("How we will know it is working"),
            ed.user(action.how_we_know, "cell"),
            action.how_we_know,
        ),
    ]
    rows = [
        [
            ed.fixed(ed.say("Action {number}", number=number), "cell_head"),
            ed.user(action.what, "strong"),
        ],
        *([ed.fixed(label, "label"), value] for label, value, text in parts if text.strip()),
    ]
    table = RowKeepingTable(
        rows,
        colWidths=[_ACTION_LABEL_WIDTH, CONTENT_WIDTH - _ACTION_LABEL_WIDTH],
        hAlign="LEFT",
    )
    _style(
        table,
        [
            *_padding(3, 6),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_TINT),
            ("LEFTPADDING", (0, 0), (0, -1), 4),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
        ],
    )
    return table


def _action_row(number: int, action: Action, ed: _Edition) -> list[Flowable]:
    return [
        ed.fixed(f"{number}", "cell_head"),
        ed.user(action.what, "cell"),
        ed.user(action.who, "cell", is_name=True),
        ed.fixed(ed.date(action.by_when), "cell"),
        ed.user(action.support, "cell"),
        ed.user(action.how_we_know, "cell"),
    ]


def _after_the_plan(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    not_recorded = ed.say(NOT_RECORDED)
    review = ed.date(plan.review_date) or not_recorded
    return [
        KeepTogether(
            [
                *_heading(
                    ed, ed.say("If the plan is not working"), ed.say("Our contingency plan.")
                ),
                ed.user(plan.contingency, placeholder=not_recorded),
            ]
        ),
        KeepTogether(
            [
                *_heading(
                    ed,
                    ed.say("Plan monitor"),
                    ed.say("The person in the family who checks the plan is working."),
                ),
                ed.user(plan.plan_monitor, placeholder=not_recorded, is_name=True),
            ]
        ),
        KeepTogether(
            [
                *_heading(ed, ed.say("Review")),
                ed.fixed(
                    ed.say("We will meet again to review the plan by <b>{date}</b>.", date=review)
                ),
            ]
        ),
        KeepTogether(_decision(conference, plan, ed)),
    ]


def _decision(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    referrer = conference.referral.referrer_name.strip()
    flowables = [
        *_heading(ed, ed.say("The referrer's decision")),
        ed.fixed(f"<b>{ed.words.choice(plan.decision)}</b>"),
    ]
    if referrer:
        role = conference.referral.referrer_role.strip()
        flowables.append(ed.user(f"{referrer}, {role}" if role else referrer, "note", is_name=True))
    if plan.decision in (Decision.NOT_AGREED, Decision.MORE_FAMILY_TIME):
        flowables += [
            Spacer(1, 2 * mm),
            ed.fixed(ed.say("Reasons"), "label"),
            ed.user(plan.decision_reasons, placeholder=ed.say("No reasons recorded.")),
        ]
    return flowables


def _signatures(conference: Conference, plan: Plan, ed: _Edition) -> list[Flowable]:
    """A box for everyone asked to sign, and for anyone else whose signature is recorded."""
    asked = signatories(conference, plan)
    by_person = {sig.person_id: sig for sig in plan.signatures if sig.person_id}
    # Once agreed, the signatures were checked against this version's wording at agreement; a
    # later correction elsewhere in the conference (a child's name) must not mark them stale.
    current = None if plan.is_agreed else wording_hash(conference, plan)
    boxes = [
        _signature_box(
            person.name, _relationship(person, ed), by_person.get(person.id), current, ed
        )
        for person in asked
    ]
    asked_ids = {person.id for person in asked}
    for signature in plan.signatures:
        if signature.person_id is None or signature.person_id not in asked_ids:
            # Someone who signed though not asked to (a young person, say) still has their box.
            person = conference.person(signature.person_id)
            relationship = _relationship(person, ed) if person else ""
            boxes.append(_signature_box(signature.name, relationship, signature, current, ed))
    heading = _heading(
        ed, ed.say("Signatures"), ed.say("By signing, you show that you agree with this plan.")
    )
    if not boxes:
        return [*heading, ed.fixed(ed.say(NO_SIGNATORIES), "note")]
    # Large print: one box a row, as wide as the page, so names and labels have room.
    per_row = 1 if ed.large_print else 2
    rows = [_signature_row(boxes[i : i + per_row], ed) for i in range(0, len(boxes), per_row)]
    return [KeepTogether([*heading, rows[0]]), *rows[1:]]


def _signature_row(boxes: list[Table], ed: _Edition) -> Table:
    """Two boxes side by side, bordered as cells so both are as tall as the taller one."""
    if ed.large_print:
        row = Table([[boxes[0]]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        _style(row, [*_padding(0, 0), ("BOX", (0, 0), (0, 0), 0.6, RULE)])
        row.spaceAfter = _SIGN_GAP
        return row
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
    name: str,
    relationship: str,
    signature: Signature | None,
    current_wording: str | None,
    ed: _Edition,
) -> Table:
    """One person's box: name, role, and their signature, how they agreed, or lines to sign."""
    box_width = CONTENT_WIDTH if ed.large_print else _SIGN_BOX_WIDTH
    label_width = ed.size(_SIGN_LABEL_WIDTH)
    line_width = box_width - label_width - _SIGN_MARGIN
    rows: list[list[Flowable | str]] = [
        [ed.user(name, "strong", placeholder=ed.say("Name"), is_name=True)]
    ]
    if relationship:
        rows.append([ed.user(relationship, "note", is_name=True)])
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
        rows += [[ed.fixed(ed.say("Signature"), "label")], [ed.fixed(ed.say("Date"), "label")]]
        lined += [first, first + 1]
    elif current_wording is not None and signature.content_hash != current_wording:
        rows += [[flowable] for flowable in _earlier_wording(signature, ed)]
        commands.append(("TOPPADDING", (0, first), (-1, first), 10))
    elif signature.method is SignatureMethod.SIGNED_ON_SCREEN and signature.strokes:
        rows += [
            [signature_drawing(signature.strokes, _SIGNING_WIDTH, _SIGNING_HEIGHT)],
            [ed.fixed(_how_and_when(signature, ed, bold=False), "sign_caption")],
        ]
        commands.append(("TOPPADDING", (0, first), (-1, first), 6))
    elif signature.method is SignatureMethod.SIGNED_ON_PAPER:
        # The line stays empty: the person signs the printed copy by hand.
        rows += [
            [ed.fixed(ed.say("Signature"), "label")],
            [ed.fixed(_how_and_when(signature, ed, bold=False), "sign_caption")],
        ]
        lined.append(first)
        if signature.note.strip():
            rows.append([ed.user(signature.note, "note")])
    else:
        rows += [[ed.fixed(_how_and_when(signature, ed))]]
        if signature.note.strip():
            rows.append([ed.user(signature.note, "note")])
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
        colWidths=[label_width, line_width, _SIGN_MARGIN],
    )
    _style(box, commands)
    return box


def _how_and_when(signature: Signature, ed: _Edition, *, bold: bool = True) -> str:
    """E.g. "Signed on screen, 24 November 2026" (markup of the document's own words)."""
    label = ed.words.choice(signature.method)
    method = f"<b>{label}</b>" if bold else label
    signed_on = _date_of(signature.signed_at)
    if signed_on is None:
        return method
    return f"{method}, {ed.date(signed_on)}"


def _earlier_wording(signature: Signature, ed: _Edition) -> list[Flowable]:
    """A signature for other words than these: a warning, and no drawing that could pass for one."""
    return [
        ed.fixed(ed.say(EARLIER_WORDING), "warning"),
        ed.fixed(_how_and_when(signature, ed, bold=False), "sign_caption"),
    ]
