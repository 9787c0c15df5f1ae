"""Turning stored column values into domain values and back (dates as ISO text, enums as text)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, Field, fields
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_type_hints

T = TypeVar("T")


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


def from_row(kind: type[T], row: Mapping[str, Any], **extra: Any) -> T:
    """A domain dataclass from a row, each column turned back into its field's type."""
    hints = _hints(kind)
    values = {}
    for item in fields(kind):  # type: ignore[arg-type]
        if item.name in extra:
            values[item.name] = extra[item.name]
        elif item.name in row:
            values[item.name] = _to_value(hints[item.name], row[item.name], item)
    return kind(**values)


@cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


def _to_value(hint: Any, stored: Any, item: Field) -> Any:
    choices = [arg for arg in get_args(hint) if arg is not type(None)] or [hint]
    target = choices[0]
    if stored is None:
        if type(None) in get_args(hint):
            return None
        return _default(item)
    if target is bool:
        return bool(stored)
    if target is date:
        return to_date(stored)
    if isinstance(target, type) and issubclass(target, Enum):
        return target(stored)
    return stored


def _default(item: Field) -> Any:
    if item.default is not MISSING:
        return item.default
    if item.default_factory is not MISSING:
        return item.default_factory()
    return None
