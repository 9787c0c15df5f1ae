"""The subject access export as a PDF: what is held about one person, section by section."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, SimpleDocTemplate, Spacer

from fgc_desktop.documents.family_plan import long_date
from fgc_desktop.documents.fonts import LATIN
from fgc_desktop.documents.pages import PageFurniture, numbered_canvas
from fgc_desktop.documents.row_keeping_table import RowKeepingTable
from fgc_desktop.documents.styles import (
    CONTENT_WIDTH,
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
from fgc_desktop.domain.subject_access import Item, PersonRecord, Section, SubjectAccessReport

AUTHOR = "FGC Desktop"
_LABEL_WIDTH = 52 * mm
_SHORT = 60


def render_subject_access(report: SubjectAccessReport) -> bytes:
    """The export as PDF bytes, every name in the fonts its script needs."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title="Subject access export",
        author=AUTHOR,
        creator=AUTHOR,
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
    )
    furniture = PageFurniture(
        header_left="Subject access export",
        header_right="Confidential",
        footer_left=f"Made on {long_date(report.made_on)}",
    )
    document.build(_story(report), canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


def _story(report: SubjectAccessReport) -> list[Flowable]:
    story: list[Flowable] = [
        fixed_paragraph("What we hold about", "subtitle"),
        user_paragraph(report.title_name, "title", is_name=True),
        Spacer(1, 4),
        *_introduction(report),
    ]
    for record in report.records:
        story += _record(record)
    return story


def _introduction(report: SubjectAccessReport) -> list[Flowable]:
    count = len(report.records)
    conferences = len({record.reference for record in report.records})
    found = (
        f"{count} record{'s' if count != 1 else ''} in {conferences} "
        f"conference{'s' if conferences != 1 else ''}"
    )
    lines = [
        user_paragraph(
            f"Made on {long_date(report.made_on)} by {report.made_by}. "
            f"Searched for “{report.searched_for}”: {found}.",
            "intro",
        ),
        fixed_paragraph(
            "Each conference lists this person's own details in full, the letters, signatures "
            "and plan actions that name them, notes that mention them and every recorded change "
            "to their records. Other people's details are not included.",
            "intro",
        ),
    ]
    if report.withheld:
        lines.append(
            fixed_paragraph(
                f"Another person's contact details were withheld {report.withheld} "
                f"time{'s' if report.withheld != 1 else ''}, marked [withheld].",
                "intro",
            )
        )
    return lines


def _record(record: PersonRecord) -> list[Flowable]:
    flowables: list[Flowable] = [
        CondPageBreak(60 * mm),
        user_paragraph(
            f"{record.reference} · {record.family_name} — as {record.name} ({record.role})",
            "heading",
            is_name=True,
        ),
    ]
    for section in record.sections:
        flowables += _section(section)
    return flowables


def _section(section: Section) -> list[Flowable]:
    title = fixed_paragraph(section.title, "letter_heading")
    if not section.items:
        return [CondPageBreak(15 * mm), title, fixed_paragraph(section.empty, "note")]
    # The section's title never ends a page on its own: it needs room for a few rows after it.
    flowables: list[Flowable] = [CondPageBreak(30 * mm), title]
    for item in section.items:
        flowables += _item(item)
    return flowables


def _value(text: str) -> Flowable:
    """A value: short ones (names, dates) line up left; right-to-left prose aligns right."""
    short = "\n" not in text and len(text) <= _SHORT
    return user_paragraph(text, "cell", is_name=short)


def _item(item: Item) -> list[Flowable]:
    heading = user_paragraph(item.heading, "cell_head", is_name=True)
    rows: list[list[Flowable]] = [[heading, Spacer(1, 0)]]
    rows += [[user_paragraph(fact.label, "label"), _value(fact.value)] for fact in item.facts]
    table = RowKeepingTable(
        rows, colWidths=[_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH], hAlign="LEFT"
    )
    table.setStyle(
        [
            # Tables name a font for their cells; Helvetica (not embedded) unless told.
            ("FONT", (0, 0), (-1, -1), LATIN),
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (1, 0), HEADER_TINT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, TINT]),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    # Short items stay whole on a page; long ones split between rows.
    return [KeepTogether(table) if len(rows) < 12 else table, Spacer(1, 5)]
