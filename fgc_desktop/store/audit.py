"""The append-only audit trail: when, who, what, before and after, for every change."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.identity import utc_now


@dataclass(frozen=True)
class AuditEntry:
    """One recorded change."""

    seq: int
    at: str
    actor: str
    entity: str
    entity_id: str
    change: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def current_actor() -> str:
    """The signed-in account, which on a coordinator's laptop is the coordinator."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    db: Database,
    *,
    conference_id: str | None,
    entity: str,
    entity_id: str,
    change: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one change to the trail, inside the caller's transaction."""
    db["audit"].insert(
        {
            "at": utc_now(),
            "actor": current_actor(),
            "conference_id": conference_id,
            "entity": entity,
            "entity_id": entity_id,
            "change": change,
            "before": _as_json(before),
            "after": _as_json(after),
        }
    )


def history(db: Database, conference_id: str) -> list[AuditEntry]:
    """Every recorded change to one conference, oldest first."""
    return [
        AuditEntry(
            seq=row["seq"],
            at=row["at"],
            actor=row["actor"],
            entity=row["entity"],
            entity_id=row["entity_id"],
            change=row["change"],
            before=json.loads(row["before"]) if row["before"] else None,
            after=json.loads(row["after"]) if row["after"] else None,
        )
        for row in db["audit"].rows_where("conference_id = ?", [conference_id], order_by="seq")
    ]


def _as_json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    # PDF bytes are kept in the plan itself; the trail only notes their size.
    printable = {
        key: (f"<{len(value)} bytes>" if isinstance(value, bytes) else value)
        for key, value in values.items()
    }
    return json.dumps(printable, ensure_ascii=False, sort_keys=True)
