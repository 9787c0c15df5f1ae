"""The caseload list: one summary row per conference, fast enough for tens of thousands.

Read through the plain connection: the list is the first thing the window shows, before
sqlite-utils is loaded.
"""

from __future__ import annotations

from fgc_desktop.domain.caseload import CaseloadEntry
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store.columns import to_date
from fgc_desktop.store.connection import Store

# The next date is the conference itself until the plan is agreed, then its review: the review
# meeting booked, or else the review date the plan sets (as the dashboard counts them).
_CASELOAD = """
SELECT c.id, c.reference, c.family_name, c.stage, c.held_on,
       coalesce(
         (SELECT min(r.scheduled_on) FROM reviews r
          WHERE r.conference_id = c.id AND r.held_on IS NULL AND r.scheduled_on IS NOT NULL),
         (SELECT p.review_date FROM plans p WHERE p.conference_id = c.id
          ORDER BY p.version DESC LIMIT 1)) AS review_date
FROM conferences c
{where}
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
    return caseload_entries(store, caseload_ids(store, text))


_ORDER = "ORDER BY c.ref_year DESC, c.ref_number DESC, c.reference DESC"


def caseload_ids(store: Store, text: str = "", stage: Stage | None = None) -> list[str]:
    """The ids of the conferences listed, in list order, optionally filtered by text and stage.

    Only ids, so a caseload of 20,000 is read in a few milliseconds; `caseload_entries` reads
    the rows a list shows.
    """
    conditions, params = [], {}
    if text.strip():
        pattern = (
            "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        # Two plain scans, then the list's order: matching while walking the list's index
        # would look up every conference's row, a quarter slower at 20,000.
        conditions.append(
            "c.id IN (SELECT id FROM conferences WHERE reference LIKE :p ESCAPE '\\' "
            "OR family_name LIKE :p ESCAPE '\\' "
            "UNION ALL SELECT conference_id FROM people WHERE name LIKE :p ESCAPE '\\')"
        )
        params["p"] = pattern
    if stage is not None:
        conditions.append("c.stage = :stage")
        params["stage"] = stage.value
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    # fetchall, not a loop over the cursor: a row at a time goes through the damage guard's
    # Python code, three times slower at 20,000.
    rows = store.conn.execute(f"SELECT c.id FROM conferences c {where} {_ORDER}", params).fetchall()
    return [row[0] for row in rows]


def caseload_entries(store: Store, ids: list[str]) -> list[CaseloadEntry]:
    """The listed rows of some conferences, in the order of ids (ids no longer stored are left
    out)."""
    by_id = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.conn.execute(_CASELOAD.format(where=f"WHERE c.id IN ({marks})"), chunk):
            by_id[row[0]] = _entry(*row)
    return [by_id[conference_id] for conference_id in ids if conference_id in by_id]


def has_conferences(store: Store) -> bool:
    """Whether the store holds any conference (without counting tens of thousands)."""
    return bool(store.conn.execute("SELECT EXISTS (SELECT 1 FROM conferences)").fetchone()[0])


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
