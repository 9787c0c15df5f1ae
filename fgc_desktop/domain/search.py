"""Searching the whole caseload: what was typed, what matched, and where to look for it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from fgc_desktop.domain.stage import Stage

# More words than this are a pasted paragraph, not a search; the rest is left out.
MAX_TERMS = 8
# One "word" longer than this is not a name or a note's word either.
MAX_TERM_LENGTH = 60
SNIPPET_WIDTH = 90

# What each kind of indexed text is called on screen, and the conference page that shows it.
FIELDS: dict[str, tuple[str, str]] = {
    "reference": ("Reference", "Referral"),
    "family_name": ("Family name", "Referral"),
    "referrer": ("Referrer", "Referral"),
    "referral_reason": ("Reason for referral", "Referral"),
    "worries": ("Worries", "Referral"),
    "strengths": ("Strengths", "Referral"),
    "questions": ("Questions for the family", "Referral"),
    "consent_withdrawal": ("Consent withdrawn", "Referral"),
    "child": ("Child", "Network"),
    "person": ("Family network", "Network"),
    "person_needs": ("Needs", "Network"),
    "bottom_line": ("Bottom line", "Bottom lines"),
    "stage_move": ("Reason for a stage move", "Referral"),
    "visit": ("Preparation visit", "Preparation"),
    "child_voice": ("Child's wishes and feelings", "Preparation"),
    "professional_information": ("Information shared", "Information sharing"),
    "family_question": ("Family's question", "Information sharing"),
    "contingency": ("Contingency plan", "Plan"),
    "plan_monitor": ("Plan monitor", "Plan"),
    "decision_reasons": ("Referrer's reasons", "Plan"),
    "action": ("Plan action", "Plan"),
    "action_who": ("Who does an action", "Plan"),
    "plan_answer": ("Family's answer", "Plan"),
    "signature_note": ("Signature note", "Plan"),
    "review": ("Review", "Review"),
    "action_progress": ("Action progress at a review", "Review"),
}


@dataclass(frozen=True)
class SearchHit:
    """A conference that matched, with the text that matched best cut down to a snippet.

    `marks` are (start, end) positions in `snippet` of the words that matched.
    """

    conference_id: str
    reference: str
    family_name: str
    stage: Stage
    kind: str
    snippet: str
    marks: tuple[tuple[int, int], ...] = ()

    @property
    def field_label(self) -> str:
        """Where the match was found, as a coordinator would say it."""
        return FIELDS.get(self.kind, (self.kind.replace("_", " ").capitalize(), ""))[0]

    @property
    def page(self) -> str:
        """The conference page that shows the matched text."""
        return FIELDS.get(self.kind, ("", "Referral"))[1]


def search_terms(text: str) -> list[str]:
    """The words of a search as typed: each must be found, the last may be unfinished.

    Words with no letter or digit in them (a lone dash, quotes) cannot match and are left out.
    """
    words = unicodedata.normalize("NFC", text).split()
    meaningful = [word[:MAX_TERM_LENGTH] for word in words if any(_is_word_char(c) for c in word)]
    return meaningful[:MAX_TERMS]


def worth_searching(terms: list[str]) -> bool:
    """False for a single letter, which would match most of a caseload and tell nothing.

    One Chinese or Japanese character is a whole surname, so it is worth it.
    """
    letters = "".join(terms)
    return len(letters) >= 2 or any(is_han(char) for char in letters)


def is_han(char: str) -> bool:
    """True for a character of a script written without spaces (Chinese, Japanese)."""
    return unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA"))


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"


def cut_snippet(
    text: str, marks: list[tuple[int, int]], width: int = SNIPPET_WIDTH
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A short one-line piece of text around its first mark, with the marks moved to match.

    Line breaks and runs of spaces become single spaces; cut ends are shown with "…".
    """
    flat, where = _one_line(text)
    moved = sorted((where[start], where[max(end - 1, start)] + 1) for start, end in marks)
    first = moved[0][0] if moved else 0
    start = max(0, first - width // 3)
    if start > 0:
        # Start at a word, not half-way through one.
        space = flat.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start + width // 2, end)
        end = space if space != -1 else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    shift = len(lead) - start
    kept = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in moved if s < end and e > start
    )
    return lead + flat[start:end] + tail, kept


def _one_line(text: str) -> tuple[str, list[int]]:
    """Text with whitespace runs as one space, and where each original position went."""
    flat: list[str] = []
    where: list[int] = []
    for char in text:
        if char.isspace():
            if flat and flat[-1] != " ":
                flat.append(" ")
            where.append(max(len(flat) - 1, 0))
        else:
            where.append(len(flat))
            flat.append(char)
    where.append(len(flat))
    line = "".join(flat)
    stripped = line.lstrip()
    offset = len(line) - len(stripped)
    return stripped.rstrip(), [max(w - offset, 0) for w in where]
