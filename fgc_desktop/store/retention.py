"""Deleting or anonymising closed conferences under the retention rule, in one transaction.

The audit trail and agreed plans are locked by triggers; migration m010 lets them be deleted or
blanked only for the conferences listed in a retention run that is still in progress. A run is
opened, does its work and is marked finished in a single transaction, so outside it the locks
hold exactly as before. The connection has `secure_delete` on, and after the run the write-ahead
log is checkpointed and truncated, so what went is overwritten in the file, not just unlinked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.identity import new_id, utc_now
from fgc_desktop.domain.retention import (
    RetentionAction,
    RetentionCandidate,
    RetentionReport,
    RetentionResult,
    audit_summary,
)
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.wording import Words, listed
from fgc_desktop.store import audit
from fgc_desktop.store.columns import to_date
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.store.ownership import children_first, owned_tables

# What anonymising keeps of each table besides its ids: dates, counts, statuses and outcomes for
# statistics, never a name, a text or a contact. A table missing here keeps only its ids (and the
# test suite asks for it to be listed, so nobody forgets to decide).
ANONYMOUS_STATISTICS: dict[str, frozenset[str]] = {
    "conferences": frozenset(
        {
            "reference",
            "ref_year",
            "ref_number",
            "stage",
            "referral_received_on",
            "bottom_lines_agreed_on",
            "consent_given_on",
            "consent_method",
            "consent_withdrawn_on",
            "held_on",
            "created_at",
            "updated_at",
        }
    ),
    "people": frozenset(
        {
            "position",
            "role",
            "side",
            "participation",
            "attendance",
            "contact_confidential",
            "interpreter_needed",
            "interpreter_booked",
            "parental_responsibility",
        }
    ),
    "bottom_lines": frozenset({"position"}),
    "stage_moves": frozenset({"from_stage", "to_stage", "moved_at"}),
    "plans": frozenset({"version", "status", "review_date", "decision", "agreed_at"}),
    "actions": frozenset({"position", "by_when"}),
    "signatures": frozenset({"method", "signed_at"}),
    "plan_answers": frozenset({"position"}),
    "plan_bottom_line_responses": frozenset(),
    "plan_recipients": frozenset(),
    "plan_copies": frozenset({"given_on", "method", "large_print"}),
    "safety_pairs": frozenset(),
    "visits": frozenset({"visited_on"}),
    "child_voices": frozenset({"method"}),
    "invitations": frozenset({"sent_on", "method"}),
    "child_relationships": frozenset(),
    "professional_information": frozenset(),
    "family_questions": frozenset(),
    "family_time": frozenset({"started_at", "ended_at"}),
    "reviews": frozenset({"scheduled_on", "held_on", "outcome", "closure_reason"}),
    "review_invitees": frozenset(),
    "action_progress": frozenset({"status"}),
}
# Whole copies of the conference as agreed: nothing in them is anonymous, so they go.
REMOVED_WHEN_ANONYMISED = frozenset({"agreed_snapshots", "agreed_pdf_hashes"})
# A NOT NULL column is blanked to its default; these read better than an empty text.
_BLANKED_AS = {("conferences", "family_name"): "Anonymised"}


class RetentionRefusedError(StoreError):
    """A conference asked for is not (or no longer) one the retention rule allows to go."""


_CANDIDATES = """
SELECT id, reference, family_name, closed_at FROM (
    SELECT c.id, c.reference, c.family_name,
           COALESCE((SELECT MAX(m.moved_at) FROM stage_moves AS m
                     WHERE m.conference_id = c.id AND m.to_stage = :closed),
                    c.updated_at) AS closed_at
    FROM conferences AS c
    WHERE c.stage = :closed
      AND c.id NOT IN (SELECT conference_id FROM retention_run_conferences)
      {only}
)
WHERE substr(closed_at, 1, 10) < :cutoff
ORDER BY closed_at, reference
"""


def candidates(
    store: Store, closed_before: date, conference_ids: Sequence[str] | None = None
) -> list[RetentionCandidate]:
    """Closed conferences not yet anonymised that closed before a day, longest closed first.

    Without a recorded move to "closed", the last change stands in for the closing day: it is
    never earlier, so a conference is never offered too soon.
    """
    params: dict[str, Any] = {"closed": Stage.CLOSED.value, "cutoff": closed_before.isoformat()}
    only = ""
    if conference_ids is not None:
        only = "AND c.id IN (SELECT value FROM json_each(:ids))"
        params["ids"] = _json_list(conference_ids)
    rows = store.db.execute(_CANDIDATES.format(only=only), params).fetchall()
    return [
        RetentionCandidate(row[0], row[1], row[2], to_date(row[3][:10]) or closed_before)
        for row in rows
    ]


def apply_retention(
    store: Store,
    action: RetentionAction,
    conference_ids: Sequence[str],
    *,
    years: int,
    closed_before: date,
) -> RetentionReport:
    """Anonymise or delete these conferences in one transaction, then overwrite the freed pages.

    Every conference is checked again inside the transaction: one that is no longer closed, or
    closed too recently, stops the whole run with nothing changed.
    """
    wanted = list(dict.fromkeys(conference_ids))
    if not wanted:
        return RetentionReport(action, (), overwritten_on_disk=True)
    with store.writing() as db:
        allowed = {c.conference_id: c for c in candidates(store, closed_before, wanted)}
        refused = [conference_id for conference_id in wanted if conference_id not in allowed]
        if refused:
            raise RetentionRefusedError(_refusal(db, refused))
        run_id = _open_run(db, action, years)
        for conference_id in wanted:
            candidate = allowed[conference_id]
            db["retention_run_conferences"].insert(
                {
                    "id": new_id(),
                    "run_id": run_id,
                    "conference_id": conference_id,
                    "reference": candidate.reference,
                    "closed_on": candidate.closed_on.isoformat(),
                }
            )
        plan = _Plan.of(db, action)
        results = tuple(
            _retire(db, run_id, plan, allowed[conference_id], years) for conference_id in wanted
        )
        db.execute(
            "UPDATE retention_runs SET finished_at = ?, conferences = ? WHERE id = ?",
            [utc_now(), len(results), run_id],
        )
        # The triggers took the retired texts out of search_text, but the full-text index only
        # marks deleted words until its segments are merged; merging now lets them be overwritten.
        if "search_index" in db.table_names():
            db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    return RetentionReport(action, results, overwritten_on_disk=overwrite_freed_pages(store))


def overwrite_freed_pages(store: Store) -> bool:
    """Copy the zeroed pages into the file and empty the write-ahead log; False if it was busy."""
    busy, *_ = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def _open_run(db: Database, action: RetentionAction, years: int) -> str:
    run_id = new_id()
    db["retention_runs"].insert(
        {
            "id": run_id,
            "started_at": utc_now(),
            "actor": audit.current_actor(),
            "action": action.value,
            "years": years,
        }
    )
    return run_id


@dataclass(frozen=True)
class _Plan:
    """The statements that retire one conference, worked out from the schema once per run."""

    action: RetentionAction
    statements: tuple[str, ...]

    @classmethod
    def of(cls, db: Database, action: RetentionAction) -> _Plan:
        owned = owned_tables(db)
        statements = []
        for table in children_first(db, owned):
            where = owned[table]
            if action is RetentionAction.DELETE or table in REMOVED_WHEN_ANONYMISED:
                statements.append(f'DELETE FROM "{table}" WHERE {where}')
            elif blanks := _blanks(db, table):
                assignments = ", ".join(f'"{column}" = {value}' for column, value in blanks.items())
                statements.append(f'UPDATE "{table}" SET {assignments} WHERE {where}')
        return cls(action, tuple(statements))

    def retire(self, db: Database, conference_id: str) -> int:
        """Delete or blank every row of the conference; how many records that touched."""
        return sum(
            db.execute(statement, {"conference": conference_id}).rowcount
            for statement in self.statements
        )


def _retire(
    db: Database, run_id: str, plan: _Plan, candidate: RetentionCandidate, years: int
) -> RetentionResult:
    conference_id, action = candidate.conference_id, plan.action
    records = plan.retire(db, conference_id)
    removed = db.execute("DELETE FROM audit WHERE conference_id = ?", [conference_id]).rowcount
    audit.record(
        db,
        # A deleted conference's entry belongs to the service; an anonymised one keeps it.
        conference_id=conference_id if action is RetentionAction.ANONYMISE else None,
        entity="conferences",
        entity_id=conference_id,
        change=action.audit_change,
        after={
            "summary": audit_summary(action, candidate.reference, records),
            "reference": candidate.reference,
            "closed_on": candidate.closed_on.isoformat(),
            "records": records,
            "audit_entries_removed": removed,
            "years": years,
            "run": run_id,
        },
    )
    db.execute(
        "UPDATE retention_run_conferences SET records = ?, audit_entries = ? "
        "WHERE run_id = ? AND conference_id = ?",
        [records, removed, run_id, conference_id],
    )
    return RetentionResult(conference_id, candidate.reference, records, removed)


def _blanks(db: Database, table: str) -> dict[str, str]:
    """Each column anonymising clears, with the SQL value it is cleared to."""
    kept = ANONYMOUS_STATISTICS.get(table, frozenset())
    keys = {key.column for key in db[table].foreign_keys}
    blanks = {}
    for column in db[table].columns:
        name = column.name
        if column.is_pk or name in kept or name in keys or name.endswith("_id"):
            continue
        if (table, name) in _BLANKED_AS:
            blanks[name] = _quoted(_BLANKED_AS[table, name])
        elif not column.notnull:
            blanks[name] = "NULL"
        elif column.default_value is not None:
            blanks[name] = str(column.default_value)
        else:
            blanks[name] = _EMPTY_OF_TYPE.get(column.type.upper(), "''")
    return blanks


_EMPTY_OF_TYPE = {"INTEGER": "0", "FLOAT": "0", "REAL": "0", "BLOB": "x''", "TEXT": "''"}


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values))


def _refusal(db: Database, refused: list[str]) -> Words:
    rows = {
        row[0]: (row[1], row[2])
        for row in db.execute(
            "SELECT id, reference, stage FROM conferences WHERE id IN "
            "(SELECT value FROM json_each(?))",
            [_json_list(refused)],
        )
    }
    reasons = []
    for conference_id in refused:
        if conference_id not in rows:
            reasons.append(Words("a conference that is no longer in the caseload"))
        elif rows[conference_id][1] != Stage.CLOSED.value:
            reasons.append(Words("{reference} is open again", reference=rows[conference_id][0]))
        else:
            reasons.append(
                Words(
                    "{reference} closed too recently or was already anonymised",
                    reference=rows[conference_id][0],
                )
            )
    return Words(
        "Nothing was deleted or anonymised: {reasons}. Open the retention review again to see the "
        "list as it is now.",
        reasons=listed(reasons),
    )
