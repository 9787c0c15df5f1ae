"""A subject access export: all that is held about one person, others' details withheld."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

WITHHELD = "[withheld: another person's contact details]"
_DIGIT = re.compile(r"\d")
_PHONE = re.compile(r"[+\d\s().\-]+")


@dataclass(frozen=True)
class PersonMatch:
    """One network record whose name matches a search; a person may have several."""

    person_id: str
    conference_id: str
    reference: str
    family_name: str
    name: str
    role: str
    relationship: str
    date_of_birth: str


@dataclass(frozen=True)
class Fact:
    """One labelled value, as it prints and exports."""

    label: str
    value: str


@dataclass(frozen=True)
class Item:
    """One thing held (a visit, a letter, a change), with its facts."""

    heading: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Section:
    """A group of items under a heading, e.g. "Letters and copies sent to them"."""

    title: str
    items: tuple[Item, ...]
    empty: str = "Nothing recorded."


@dataclass(frozen=True)
class PersonRecord:
    """Everything held about the person in one conference."""

    person_id: str
    reference: str
    family_name: str
    name: str
    role: str
    sections: tuple[Section, ...]
    # Their own row as stored, column by column, for the machine-readable export.
    stored_row: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SubjectAccessReport:
    """The export for one person across the caseload."""

    names: tuple[str, ...]
    searched_for: str
    made_on: date
    made_by: str
    records: tuple[PersonRecord, ...]
    withheld: int

    @property
    def title_name(self) -> str:
        """The person's name (or names, when spelt differently in different conferences)."""
        return " / ".join(dict.fromkeys(self.names))


def contact_details(address: str, phone: str, email: str) -> list[str]:
    """The pieces of someone's contact details that must not leak into another's export.

    The whole address and each of its lines, and each comma-separated part with a number in it
    (house and street, postcode), so a note quoting only part of it is still covered.
    """
    pieces = [address.strip(), phone.strip(), email.strip()]
    for line in address.splitlines():
        pieces.append(line.strip())
        pieces += [part.strip() for part in line.split(",") if _DIGIT.search(part)]
    return sorted({piece for piece in pieces if len(piece) >= 4}, key=len, reverse=True)


class Withholder:
    """Replaces other people's contact details in any text, counting how often it did."""

    def __init__(self, details: Iterable[str]) -> None:
        self._patterns = [_detail_pattern(detail) for detail in dict.fromkeys(details) if detail]
        self.count = 0

    def __call__(self, text: str) -> str:
        """The text with every detail replaced by WITHHELD."""
        for pattern in self._patterns:
            text, replaced = pattern.subn(WITHHELD, text)
            self.count += replaced
        return text


def _detail_pattern(detail: str) -> re.Pattern[str]:
    """A detail matched ignoring case and spacing; a phone number by its digits in any layout."""
    digits = re.sub(r"\D", "", detail)
    if len(digits) >= 6 and _PHONE.fullmatch(detail):
        return re.compile(r"[\s\-.()]*".join(re.escape(d) for d in digits))
    words = [re.escape(word) for word in detail.split()]
    return re.compile(r"\s+".join(words), re.IGNORECASE)
