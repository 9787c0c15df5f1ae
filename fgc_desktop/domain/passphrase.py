"""What makes a passphrase acceptable for protecting a caseload, and how strong it looks.

There is no way to recover a caseload whose passphrase is forgotten, so the rules favour a few
unrelated words that are easy to remember and hard to guess over short tricky passwords.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words

FIELD = "Passphrase"
MINIMUM_LENGTH = 8
MAXIMUM_LENGTH = 1024

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Passwords people pick first; a passphrase built around one of them is guessed first too.
_COMMON = (
    "password",
    "passw0rd",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "sunshine",
    "princess",
    "admin",
    "abc123",
    "123456",
    "654321",
    "111111",
    "000000",
    "secret",
    "changeme",
    "fgcdesktop",
    "caseload",
)
_TOKENS = re.compile(r"[^\W\d_]+|\d+|\s+|[\W_]+")
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "01234567890")


class Strength(Enum):
    """How hard a passphrase looks to guess, for the hint beside the box."""

    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


@dataclass(frozen=True)
class StrengthHint:
    """A strength and one sentence on how to make it stronger (or why it is fine)."""

    strength: Strength
    advice: str


def normalised(passphrase: str) -> str:
    """The passphrase as it is used for the key: NFC, so every keyboard's 'ł' is the same."""
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str, repeated: str) -> str:
    """The passphrase to protect a caseload with, or a ValidationError saying what to change."""
    text = normalised(passphrase)
    if not text:
        raise ValidationError(FIELD, Words("cannot be empty"))
    if text != normalised(repeated):
        raise ValidationError(FIELD, Words("the two boxes do not match; type it again in both"))
    if _CONTROL.search(text):
        raise ValidationError(
            FIELD, Words("cannot hold tabs, line breaks or other control characters")
        )
    if text != text.strip():
        raise ValidationError(
            FIELD, Words("starts or ends with a space, which is easy to forget; remove it")
        )
    if len(text) < MINIMUM_LENGTH:
        raise ValidationError(
            FIELD,
            Words(
                "needs at least {least} characters; a few unrelated words are easiest to remember",
                least=MINIMUM_LENGTH,
            ),
        )
    if len(text) > MAXIMUM_LENGTH:
        raise ValidationError(
            FIELD,
            Words(
                "is {length:,} characters long; the most it can be is {most:,}",
                length=len(text),
                most=MAXIMUM_LENGTH,
            ),
        )
    return text


def strength_of(passphrase: str) -> StrengthHint:
    """A rough guess at how hard the passphrase is to guess, with advice in plain words."""
    text = normalised(passphrase)
    if len(text) < MINIMUM_LENGTH:
        return StrengthHint(
            Strength.WEAK,
            Words("Too short: use at least {count} characters.", count=MINIMUM_LENGTH),
        )
    if _is_predictable(text):
        return StrengthHint(
            Strength.WEAK,
            Words(
                "Easy to guess: it is built on a common password, a run of keys or one "
                "repeated character."
            ),
        )
    bits = _estimated_bits(text)
    if bits < 40:
        return StrengthHint(
            Strength.WEAK,
            Words("Weak: add more words, or make it longer. Four unrelated words work well."),
        )
    if bits < 60:
        return StrengthHint(
            Strength.FAIR, Words("Fair: one or two more words would make it strong.")
        )
    return StrengthHint(
        Strength.STRONG, Words("Strong. Write it down somewhere safe: it cannot be recovered.")
    )


def _is_predictable(text: str) -> bool:
    folded = text.casefold()
    squashed = re.sub(r"[\s\W_]+", "", folded)
    if len(set(squashed)) <= 2:
        return True
    if any(word in squashed for word in _COMMON) and len(squashed) < 16:
        return True
    return any(squashed in sequence or squashed in sequence[::-1] for sequence in _SEQUENCES)


def _estimated_bits(text: str) -> float:
    """Bits an attacker must guess, token by token: words count as words, not as letters.

    A run of letters is priced like a word from a large vocabulary, since most are; digits and
    symbols at their full worth; a capital inside the text adds a little.
    """
    bits = 0.0
    for token in _TOKENS.findall(text):
        if token[0].isalpha() and _is_wide(token):
            bits += len(token) * 10  # Chinese, Japanese, Korean: a character is nearly a word
        elif token[0].isalpha():
            per_letter = 6.6 if not token.isascii() else 4.7
            bits += min(len(token) * per_letter, 8 + 1.5 * len(token))
            bits += 1 if any(c.isupper() for c in token) else 0
        elif token[0].isdigit():
            bits += len(token) * math.log2(10)
        elif not token.isspace():
            bits += len(token) * 5
    return bits


def _is_wide(token: str) -> bool:
    return all(unicodedata.east_asian_width(c) in ("W", "F") for c in token)
