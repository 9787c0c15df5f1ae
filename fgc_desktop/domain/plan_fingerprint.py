"""The text in a printed plan's QR code, read back: which conference, version and hash start.

A plan's QR code holds e.g. `FGC-2026-0001 v1 sha256:9f2c4e1a0b7d3c55` (a draft ends in DRAFT).
A hand scanner types it into whatever has the focus, so the text is read forgivingly: any case,
extra spaces, a trailing new line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words

FIELD = "QR code text"
EXAMPLE = "FGC-2026-0001 v1 sha256:9f2c4e1a0b7d3c55"
# The QR code prints 16 characters; fewer than 8 could match several versions by chance.
SHORTEST_HASH = 8
_LONGEST_TEXT = 300
_VERSION = re.compile(r"^v(\d{1,6})$", re.IGNORECASE)
_HASH = re.compile(r"^sha256:([0-9a-f]+)$", re.IGNORECASE)


@dataclass(frozen=True)
class PlanFingerprint:
    """Reference, version and (for an agreed plan) the start of its content hash."""

    reference: str
    version: int
    hash_start: str | None  # None for a draft

    @property
    def is_draft(self) -> bool:
        """True when the code was printed on a draft, which has no hash."""
        return self.hash_start is None

    @property
    def text(self) -> str:
        """The fingerprint as the QR code prints it."""
        tail = "DRAFT" if self.hash_start is None else f"sha256:{self.hash_start}"
        return f"{self.reference} v{self.version} {tail}"


def parse_fingerprint(raw: str) -> PlanFingerprint:
    """Read QR code text typed or scanned in; a ValidationError says what is wrong with it."""
    text = unicodedata.normalize("NFKC", raw or "").strip()
    if not text:
        raise ValidationError(
            FIELD, Words("type or scan the text of the QR code, e.g. {example}", example=EXAMPLE)
        )
    if len(text) > _LONGEST_TEXT:
        raise ValidationError(
            FIELD,
            Words(
                "is {length:,} characters long; a plan's QR code holds about 40", length=len(text)
            ),
        )
    words = text.split()
    if len(words) < 3:
        raise ValidationError(
            FIELD,
            Words("should have a reference, a version and a hash: {example}", example=EXAMPLE),
        )
    *reference_words, version_word, tail = words
    version = _VERSION.match(version_word)
    if version is None or int(version.group(1)) < 1:
        raise ValidationError(
            FIELD,
            Words(
                "“{version_word}” is not a plan version; it should look like v1 ({example})",
                version_word=version_word,
                example=EXAMPLE,
            ),
        )
    reference = " ".join(reference_words).upper()
    if tail.upper() == "DRAFT":
        return PlanFingerprint(reference, int(version.group(1)), None)
    digest = _HASH.match(tail)
    if digest is None:
        raise ValidationError(
            FIELD,
            Words(
                "“{tail}” is not a plan's hash; it should look like sha256:9f2c4e1a0b7d3c55",
                tail=tail,
            ),
        )
    hex_digits = digest.group(1).lower()
    if not SHORTEST_HASH <= len(hex_digits) <= 64:
        raise ValidationError(
            FIELD,
            Words(
                "the hash has {length} characters; "
                "a plan's QR code prints 16 (at least {least} are needed)",
                length=len(hex_digits),
                least=SHORTEST_HASH,
            ),
        )
    return PlanFingerprint(reference, int(version.group(1)), hex_digits)
