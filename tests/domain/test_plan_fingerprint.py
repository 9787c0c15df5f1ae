"""Reading a plan's QR code text back, typed by hand or by a scanner."""

from __future__ import annotations

import pytest

from fgc_desktop.domain.plan_fingerprint import PlanFingerprint, parse_fingerprint
from fgc_desktop.domain.validation import ValidationError


@pytest.mark.parametrize(
    "typed",
    [
        "FGC-2026-0001 v1 sha256:9f2c4e1a0b7d3c55",
        "  fgc-2026-0001   V1   SHA256:9F2C4E1A0B7D3C55\r\n",  # caps lock, a scanner's Enter
        "ＦＧＣ-2026-0001 v1 sha256:9f2c4e1a0b7d3c55",  # full-width letters from an IME
    ],
)
def test_qr_text_is_read_forgivingly(typed: str) -> None:
    assert parse_fingerprint(typed) == PlanFingerprint("FGC-2026-0001", 1, "9f2c4e1a0b7d3c55")


def test_a_draft_and_a_whole_hash() -> None:
    draft = parse_fingerprint("FGC-2026-0001 v3 DRAFT")
    assert draft.is_draft and draft.version == 3 and draft.text == "FGC-2026-0001 v3 DRAFT"
    whole = parse_fingerprint("FGC-2026-0001 v1 sha256:" + "a" * 64)
    assert whole.hash_start == "a" * 64


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "type or scan the text of the QR code"),
        ("FGC-2026-0001", "should have a reference, a version and a hash"),
        ("FGC-2026-0001 version1 sha256:9f2c4e1a", "“version1” is not a plan version"),
        ("FGC-2026-0001 v0 sha256:9f2c4e1a", "“v0” is not a plan version"),
        ("FGC-2026-0001 v1 md5:9f2c4e1a0b7d3c55", "“md5:9f2c4e1a0b7d3c55” is not a plan's hash"),
        ("FGC-2026-0001 v1 sha256:9f2c", "the hash has 4 characters"),
        ("FGC-2026-0001 v1 sha256:xyz", "is not a plan's hash"),
        ("x" * 5000, "5,000 characters long"),
    ],
)
def test_text_that_is_not_a_plan_qr_code_says_why(typed: str, said: str) -> None:
    with pytest.raises(ValidationError, match=said):
        parse_fingerprint(typed)
