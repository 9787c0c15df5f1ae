"""The documents' own words in the language the family reads them in: English or Welsh.

Every sentence a document prints is written in English inside `words.say("…")` (or `marked("…")`
for tables built before a language is known); that English is the key to the translation in
resources/translations/documents_<code>.json. What people typed is never translated. The
interface has its own catalogue (Qt's); documents cannot use Qt, and a plan must be printable
in Welsh while the interface is in English.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from functools import cache

from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Attendance, Role
from fgc_desktop.domain.plan import Decision, SignatureMethod
from fgc_desktop.resource_files import resources_folder


def marked(text: str) -> str:
    """Mark English document wording kept in a table, so the catalogue check finds it."""
    return text


_MONTHS = (
    marked("January"),
    marked("February"),
    marked("March"),
    marked("April"),
    marked("May"),
    marked("June"),
    marked("July"),
    marked("August"),
    marked("September"),
    marked("October"),
    marked("November"),
    marked("December"),
)
_WEEKDAYS = (
    marked("Monday"),
    marked("Tuesday"),
    marked("Wednesday"),
    marked("Thursday"),
    marked("Friday"),
    marked("Saturday"),
    marked("Sunday"),
)

# Choices the documents print by their domain label; each label is a key of the catalogue.
PRINTED_CHOICES: tuple[type[StrEnum], ...] = (
    Attendance,
    Decision,
    Role,
    SignatureMethod,
)


class Wording:
    """The documents' words in one language; English is the key and its own translation."""

    def __init__(self, language: Language = Language.ENGLISH) -> None:
        self.language = Language(language)
        self._table = translations(self.language)

    def say(self, text: str, **values: object) -> str:
        """The English text in this language, with its {names} filled in from values."""
        template = self._table.get(text, text)
        return template.format(**values) if values else template

    def choice(self, member: StrEnum) -> str:
        """A domain choice (a decision, an attendance) by its label, in this language."""
        label: str = member.label  # type: ignore[attr-defined]
        return self._table.get(label, label)

    def date(self, day: date | None) -> str:
        """A date as families read it, e.g. 4 March 2026 or 4 Mawrth 2026; "" for none."""
        if day is None:
            return ""
        return f"{day.day} {self.say(_MONTHS[day.month - 1])} {day.year}"

    def weekday_date(self, day: date) -> str:
        """A date with its weekday, e.g. Tuesday 8 December 2026 or Dydd Mawrth 8 Rhagfyr 2026."""
        return f"{self.say(_WEEKDAYS[day.weekday()])} {self.date(day)}"

    def listing(self, names: Iterable[str]) -> str:
        """Names joined as people say them: "Zofia, Jakub and Ola" or "Gwen, Dafydd ac Ifan"."""
        items = list(names)
        if len(items) < 2:
            return "".join(items)
        last = items[-1]
        joiner = self.say("and")
        # Welsh "a" becomes "ac" before a vowel.
        if self.language is Language.WELSH and last[:1].lower() in "aeiouwyâêîôûŵŷ":
            joiner = "ac"
        return f"{', '.join(items[:-1])} {joiner} {last}"

    def family(self, family_name: str) -> str:
        """The family as a title: "Nowak family", or in Welsh "Teulu Nowak"."""
        name = family_name.strip()
        if not name:
            return ""
        typed_family = name.lower().endswith("family")
        if typed_family and self.language is Language.ENGLISH:
            return name
        if typed_family:
            # The app's habit of naming "X family" is its own English, not the coordinator's.
            name = name[: -len("family")].strip() or name
        return self.say("{name} family", name=name)


@cache
def translations(language: Language) -> dict[str, str]:
    """The catalogue of one language: English text to its translation (empty for English)."""
    if language is Language.ENGLISH:
        return {}
    path = resources_folder() / "translations" / f"documents_{language.value}.json"
    entries: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return entries


ENGLISH = Wording(Language.ENGLISH)
