"""Service-wide settings kept in the store, each a JSON value under a key."""

from __future__ import annotations

import json
from typing import Any

from fgc_desktop.store import audit, records
from fgc_desktop.store.connection import Store


def read(store: Store, key: str) -> Any | None:
    """The value stored under key, or None when it was never set."""
    rows = list(store.db["settings"].rows_where("key = ?", [key]))
    return json.loads(rows[0]["value"]) if rows else None


def write(store: Store, key: str, value: Any) -> None:
    """Store a value under key (audited like every change)."""
    text = json.dumps(value, ensure_ascii=False)
    with store.writing() as db:
        if db["settings"].count_where("key = ?", [key]):
            db["settings"].update(key, {"value": text})
            change = "update"
        else:
            db["settings"].insert({"key": key, "value": text})
            change = "insert"
        audit.record(
            db, conference_id=None, entity="settings", entity_id=key, change=change,
            after={"value": value},
        )  # fmt: skip


def forget(store: Store, key: str) -> None:
    """Remove a setting, so the app's default applies again."""
    with store.writing() as db:
        if db["settings"].count_where("key = ?", [key]):
            records.delete(db, "settings", key, None)
