"""The service's list of blaming phrases and their restorative rewordings."""

from __future__ import annotations

from collections.abc import Iterable

from fgc_desktop.domain.restorative_language import DEFAULT_PHRASES, Phrase
from fgc_desktop.domain.validation import ValidationError, clean_line, clean_text
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import settings
from fgc_desktop.store.connection import Store

SETTING = "restorative_phrases"


def phrases(store: Store) -> tuple[Phrase, ...]:
    """The phrases to underline: the service's own list, or the defaults."""
    stored = settings.read(store, SETTING)
    if not isinstance(stored, list):
        return DEFAULT_PHRASES
    return tuple(
        Phrase(str(item.get("wording", "")), str(item.get("suggestion", "")))
        for item in stored
        if isinstance(item, dict) and item.get("wording")
    )


def save_phrases(store: Store, edited: Iterable[Phrase]) -> tuple[Phrase, ...]:
    """Keep the service's edited list; every phrase needs its words and a suggestion."""
    cleaned = []
    for number, phrase in enumerate(edited, start=1):
        wording = clean_line(phrase.wording, f"Phrase {number}")
        suggestion = clean_text(phrase.suggestion, f"Suggestion {number}", limit=1000)
        if not wording:
            continue
        if not suggestion:
            raise ValidationError(
                Words("Phrase {number}", number=number),
                Words("give a restorative rewording for “{wording}”", wording=wording),
            )
        cleaned.append(Phrase(wording, suggestion))
    settings.write(
        store, SETTING, [{"wording": p.wording, "suggestion": p.suggestion} for p in cleaned]
    )
    return tuple(cleaned)


def restore_default_phrases(store: Store) -> tuple[Phrase, ...]:
    """Go back to the phrases the app ships with."""
    settings.forget(store, SETTING)
    return DEFAULT_PHRASES
