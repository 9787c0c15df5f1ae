"""Checking what a person or a file gives us, with messages a coordinator can act on."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from fgc_desktop.domain.wording import Words

SHORT_TEXT_LIMIT = 200
# Birth dates of grandparents to review dates of plans: anything else is a typing slip.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
LONG_TEXT_LIMIT = 20_000

# Control characters break PDFs and exports; tabs and new lines are kept in long text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


class ValidationError(ValueError):
    """Input that cannot be accepted; the message names the field and what to do."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def clean_text(value: object, field: str, *, limit: int = LONG_TEXT_LIMIT) -> str:
    """Text normalised to NFC without control characters, or a ValidationError."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, Words("must be text"))
    text = unicodedata.normalize("NFC", _CONTROL.sub("", value)).strip()
    if len(text) > limit:
        raise ValidationError(
            field,
            Words(
                "is {length:,} characters long; the most it can hold is {limit:,}",
                length=len(text),
                limit=limit,
            ),
        )
    return text


def clean_line(value: object, field: str) -> str:
    """A one-line value such as a name: text without line breaks."""
    text = clean_text(value, field, limit=SHORT_TEXT_LIMIT)
    return " ".join(text.split())


def require(text: str, field: str) -> str:
    """The text itself, or a ValidationError saying the field cannot be empty."""
    if not text:
        raise ValidationError(field, Words("cannot be empty"))
    return text


def parse_date(value: object, field: str) -> date | None:
    """A date from ISO (2026-03-31) or day-first (31/03/2026) text; empty gives None."""
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationError(field, Words("must be a date such as 2026-03-31"))
    text = value.strip()
    if not text:
        return None
    if match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _UK_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise ValidationError(
            field, Words("“{text}” is not a date; write it as 2026-03-31", text=text)
        )
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise ValidationError(field, Words("“{text}” is not a real date", text=text)) from None
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise ValidationError(
            field,
            Words(
                "“{text}” is outside {year}–{year2}; check the year",
                text=text,
                year=EARLIEST_DATE.year,
                year2=LATEST_DATE.year,
            ),
        )
    return parsed


def format_date(value: date | None) -> str:
    """A date as ISO text, or empty text for no date."""
    return value.isoformat() if value else ""
