"""Turning stored column values into domain values and back (dates as ISO text, enums as text)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any


def to_column(value: Any) -> Any:
    """A domain value as it is stored."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_row(values: dict[str, Any]) -> dict[str, Any]:
    """Every value of a dict as it is stored."""
    return {key: to_column(value) for key, value in values.items()}


def to_date(text: str | None) -> date | None:
    """A stored ISO date, or None."""
    return date.fromisoformat(text) if text else None
