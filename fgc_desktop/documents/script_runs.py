"""Splitting user text into runs by the font that has its script, as Paragraph markup.

Noto Sans prints Latin, Cyrillic and Greek; Arabic and Urdu fall back to Noto Sans Arabic and
Chinese, Japanese and Korean to Droid Sans Fallback. Arabic runs are shaped (joined) by reportlab
through harfbuzz, which lays out each word right to left; the order of the words in a right-to-left
run is reversed here, a small stand-in for the Unicode bidirectional algorithm.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from fgc_desktop.documents.fonts import (
    BOLD_CHAIN,
    REGULAR_CHAIN,
    SHAPED_FONTS,
    covered_characters,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WHITESPACE = re.compile(r"(\s+)")
_RTL_CLASSES = frozenset({"R", "AL"})


@dataclass(frozen=True)
class Run:
    """A stretch of text printed in one font."""

    font: str
    text: str


@dataclass(frozen=True)
class Markup:
    """Paragraph markup for some user text, and how the paragraph must be set."""

    text: str
    shaped: bool
    right_to_left: bool


def paragraph_markup(text: str, *, bold: bool = False) -> Markup:
    """Escaped Paragraph markup for user text, with a font tag for each script run."""
    chain = BOLD_CHAIN if bold else REGULAR_CHAIN
    lines = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    line_runs = [font_runs(line.replace("\t", " "), chain) for line in lines]
    shaped = any(run.font in SHAPED_FONTS for runs in line_runs for run in runs)
    if shaped:
        line_runs = [_spaced_at_font_changes(runs) for runs in line_runs]
    body = "<br/>".join(_runs_markup(runs, chain[0]) for runs in line_runs)
    return Markup(body, shaped=shaped, right_to_left=_first_strong_is_rtl(text))


def font_runs(line: str, chain: Sequence[str]) -> list[Run]:
    """One line of text as runs in visual order, each in the first font of the chain with it."""
    tokens = _visual_order([token for token in _WHITESPACE.split(line) if token])
    runs: list[Run] = []
    for token in tokens:
        if token.isspace():
            runs.append(Run(runs[-1].font if runs else chain[0], token))
        else:
            runs.extend(_word_runs(token, chain))
    return _merged(runs)


def _word_runs(word: str, chain: Sequence[str]) -> list[Run]:
    """A word in one font when one font has all of it, else piece by piece."""
    for font in chain:
        if _covers(font, word):
            return [Run(font, word)]
    return _merged([Run(_font_for(char, chain), char) for char in word])


def _spaced_at_font_changes(runs: list[Run]) -> list[Run]:
    """Runs with a space wherever the font changes inside a word.

    reportlab shapes each word with the font of its first letter, so a word such as "(فاطمة)"
    (brackets from Noto Sans, letters from Noto Sans Arabic) must become separate words.
    """
    spaced = [
        Run(run.font, run.text + " ")
        if not run.text[-1].isspace() and not following.text[0].isspace()
        else run
        for run, following in itertools.pairwise(runs)
    ]
    return [*spaced, *runs[-1:]]


def _font_for(char: str, chain: Sequence[str]) -> str:
    """The first font with the character; the main font (which prints a box) if none has it."""
    return next((font for font in chain if ord(char) in covered_characters(font)), chain[0])


def _covers(font: str, word: str) -> bool:
    covered = covered_characters(font)
    return all(ord(char) in covered for char in word)


def _merged(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].font == run.font:
            merged[-1] = Run(run.font, merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


def _direction(word: str) -> str:
    """'R' for a word with right-to-left letters, 'L' for left-to-right letters, else 'N'."""
    classes = {unicodedata.bidirectional(char) for char in word}
    if classes & _RTL_CLASSES:
        return "R"
    return "L" if "L" in classes else "N"


def _visual_order(tokens: list[str]) -> list[str]:
    """Tokens with each right-to-left stretch of words (and numbers inside it) reversed."""
    directions = ["S" if token.isspace() else _direction(token) for token in tokens]
    ordered: list[str] = []
    start = 0
    while start < len(tokens):
        if directions[start] != "R":
            ordered.append(tokens[start])
            start += 1
            continue
        end = _rtl_stretch_end(directions, start)
        ordered.extend(reversed(tokens[start : end + 1]))
        start = end + 1
    return ordered


def _rtl_stretch_end(directions: list[str], start: int) -> int:
    """Index of the last right-to-left word reached from start without crossing a LTR word."""
    end = start
    for index in range(start + 1, len(directions)):
        if directions[index] == "L":
            break
        if directions[index] == "R":
            end = index
    return end


def _first_strong_is_rtl(text: str) -> bool:
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in _RTL_CLASSES:
            return True
        if direction == "L":
            return False
    return False


def _runs_markup(runs: list[Run], main_font: str) -> str:
    return "".join(
        escape(run.text)
        if run.font == main_font
        else f'<font name="{run.font}">{escape(run.text)}</font>'
        for run in runs
    )
