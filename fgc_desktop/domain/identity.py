"""Identifiers: UUID keys that merge across laptops, and the human conference reference."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

_REFERENCE = re.compile(r"^FGC-(\d{4})-(\d{4,})$")


def new_id() -> str:
    """A new random UUID as text, the primary key of every record."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current moment as ISO-8601 UTC text, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def format_reference(year: int, number: int) -> str:
    """The reference coordinators quote on the phone, e.g. FGC-2026-0042."""
    return f"FGC-{year:04d}-{number:04d}"


def parse_reference(reference: str) -> tuple[int, int] | None:
    """Year and serial number of a reference, or None when it is not one."""
    match = _REFERENCE.match(reference.strip().upper())
    return (int(match.group(1)), int(match.group(2))) if match else None
