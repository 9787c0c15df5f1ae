"""The languages FGC Desktop speaks: its interface and the documents it writes for a family."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A language; the value is the ISO 639-1 code kept in settings, the store and export files."""

    ENGLISH = "en"
    WELSH = "cy"

    @property
    def label(self) -> str:
        """The language's own name for itself, so a speaker can find it whatever is showing."""
        return _OWN_NAMES[self]


_OWN_NAMES = {
    Language.ENGLISH: "English",
    Language.WELSH: "Cymraeg",
}
