"""The caseload list: one summary row per conference, fast enough for tens of thousands."""

from __future__ import annotations

from fgc_desktop.domain.caseload import CaseloadEntry
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store.columns import to_date
from fgc_desktop.store.connection import Store

# The next date is the conference itself until the plan is agreed, then the plan's review.
_CASELOAD = """
SELECT c.id, c.reference, c.family_name, c.stage, c.held_on,
       (SELECT p.review_date FROM plans p WHERE p.conference_id = c.id
        ORDER BY p.version DESC LIMIT 1) AS review_date
FROM conferences c
{where}
ORDER BY c.ref_year DESC, c.ref_number DESC, c.reference DESC
"""

_BEFORE_CONFERENCE = {
    Stage.REFERRAL,
    Stage.PREPARATION,
    Stage.INFORMATION_SHARING,
    Stage.FAMILY_TIME,
    Stage.PLAN_AGREEMENT,
}


def list_caseload(store: Store, text: str = "") -> list[CaseloadEntry]:
    """Every conference, newest reference first, optionally only those matching text."""
    where, params = "", []
    if text.strip():
        pattern = (
            "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        where = (
            "WHERE c.reference LIKE :p ESCAPE '\\' OR c.family_name LIKE :p ESCAPE '\\' "
            "OR c.id IN (SELECT conference_id FROM people WHERE name LIKE :p ESCAPE '\\')"
        )
        params = {"p": pattern}
    rows = store.db.execute(_CASELOAD.format(where=where), params or []).fetchall()
    return [_entry(*row) for row in rows]


def count_conferences(store: Store) -> int:
    """How many conferences the store holds."""
    return store.db["conferences"].count


def _entry(
    conference_id: str,
    reference: str,
    family_name: str,
    stage: str,
    held_on: str | None,
    review_date: str | None,
) -> CaseloadEntry:
    stage_value = Stage(stage)
    if stage_value in _BEFORE_CONFERENCE:
        next_date, event = to_date(held_on), "Conference"
    elif stage_value is Stage.CLOSED:
        next_date, event = None, ""
    else:
        next_date, event = to_date(review_date), "Review"
    return CaseloadEntry(conference_id, reference, family_name, stage_value, next_date, event)
