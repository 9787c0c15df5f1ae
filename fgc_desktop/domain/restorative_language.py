"""Restorative language: phrases that blame or shame, and gentler words that describe instead."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Phrase:
    """A blaming phrase (matched whole-word, any case) and a restorative rewording."""

    wording: str
    suggestion: str


@dataclass(frozen=True)
class PhraseMatch:
    """Where a blaming phrase stands in a text."""

    start: int
    end: int
    phrase: Phrase


DEFAULT_PHRASES: tuple[Phrase, ...] = (
    Phrase("failed to protect", "describe what happened and what the child needed, e.g. "
           "“the children were alone at home when …”"),
    Phrase("non-compliant", "say what was agreed and what happened, e.g. "
           "“the visits agreed for May did not take place”"),
    Phrase("non compliant", "say what was agreed and what happened"),
    Phrase("refuses to engage", "“has not yet met with us; we would like to understand what "
           "gets in the way”"),
    Phrase("refused to engage", "“did not meet with us; we would like to understand why”"),
    Phrase("unwilling to engage", "“has not yet felt able to meet with us”"),
    Phrase("hard to reach", "“we have not yet found a way to reach them that works for them”"),
    Phrase("you must comply", "“what we need to see is …; how can we help you do that?”"),
    Phrase("must comply", "say what needs to happen and the help on offer"),
    Phrase("chaotic family", "describe what happens, e.g. “meals and bedtimes are at different "
           "times every day”"),
    Phrase("chaotic lifestyle", "describe what happens day to day and how it affects the child"),
    Phrase("dysfunctional family", "describe the worry and the strengths in the family"),
    Phrase("toxic", "describe the behaviour and its effect on the child"),
    Phrase("manipulative", "describe what was said or done, and its effect"),
    Phrase("in denial", "“sees things differently from us”"),
    Phrase("lacks insight", "“we see this differently; we would like to hear their view”"),
    Phrase("bad mother", "describe what the child experienced, not the person"),
    Phrase("bad father", "describe what the child experienced, not the person"),
    Phrase("bad parent", "describe what the child experienced, not the person"),
    Phrase("neglectful parent", "describe which needs of the child were not met"),
    Phrase("uncooperative", "“we have not yet agreed on …”"),
    Phrase("difficult family", "describe what has been hard in working together"),
    Phrase("troubled family", "describe what the family is facing"),
)  # fmt: skip


def find_phrases(text: str, phrases: Iterable[Phrase] = DEFAULT_PHRASES) -> list[PhraseMatch]:
    """Every blaming phrase in text, in order.

    Where phrases overlap, the one starting first wins, and of those starting at the same
    place the longest ("you must comply" rather than "must comply").
    """
    phrases = tuple(phrases)
    if not text or not any(phrase.wording.strip() for phrase in phrases):
        return []  # an empty pattern would match the empty string everywhere
    found = []
    for match in _pattern(phrases).finditer(text):
        phrase = _by_wording(phrases)[_fold(match.group(0))]
        found.append(PhraseMatch(match.start(), match.end(), phrase))
    return found


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=8)
def _by_wording(phrases: tuple[Phrase, ...]) -> dict[str, Phrase]:
    return {_fold(phrase.wording): phrase for phrase in phrases}


@lru_cache(maxsize=8)
def _pattern(phrases: tuple[Phrase, ...]) -> re.Pattern[str]:
    # Longest first, so "refuses to engage" wins over a shorter phrase inside it.
    wordings = sorted(
        {_fold(p.wording) for p in phrases if p.wording.strip()}, key=len, reverse=True
    )
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in wordings)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
