"""Plan versions, their actions and signatures; agreed versions are locked with their PDF."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.plan import (
    Action,
    Answer,
    BottomLineResponse,
    CopyGiven,
    Decision,
    Plan,
    PlanStatus,
    Signature,
    SignatureMethod,
    Stroke,
)
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import agreed_versions, records
from fgc_desktop.store.columns import from_row, to_date, to_row
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import LockedPlanError, RecordNotFoundError


def insert_plan_rows(
    db: Database,
    conference_id: str,
    plan: Plan,
    *,
    canonical_content: str | None = None,
    pdf: bytes | None = None,
) -> None:
    """Store a plan version with its actions and signatures, inside the caller's transaction."""
    # The lock trigger refuses actions on an agreed version, so it is agreed last.
    row = _plan_row(conference_id, plan) | {
        "status": PlanStatus.DRAFT.value,
        "canonical_content": canonical_content,
        "pdf": pdf,
    }
    records.insert(db, "plans", row, conference_id)
    for position, action in enumerate(plan.actions):
        records.insert(db, "actions", action_row(plan.id, action, position), conference_id)
    for signature in plan.signatures:
        records.insert(db, "signatures", _signature_row(plan.id, signature), conference_id)
    for position, answer in enumerate(plan.answers):
        records.insert(db, "plan_answers", _answer_row(plan.id, answer, position), conference_id)
    for response in plan.bottom_line_responses:
        row = {"plan_id": plan.id, **vars(response)}
        records.insert(db, "plan_bottom_line_responses", row, conference_id)
    for person_id in plan.recipients:
        row = {"id": new_id(), "plan_id": plan.id, "person_id": person_id}
        records.insert(db, "plan_recipients", row, conference_id)
    for copy in plan.copies:
        records.insert(db, "plan_copies", to_row({"plan_id": plan.id, **vars(copy)}), conference_id)
    if pdf is not None:
        agreed_versions.record_kept_pdf(db, plan.id, conference_id, pdf)
    if plan.is_agreed:
        records.update(db, "plans", plan.id, {"status": plan.status.value}, conference_id)


def add_plan(store: Store, conference_id: str, plan: Plan) -> None:
    """Store a new plan version."""
    with store.writing() as db:
        insert_plan_rows(db, conference_id, plan)
        records.touch_conference(db, conference_id)


def load_plans(db: Database, conference_id: str) -> list[Plan]:
    """Every plan version of a conference, oldest first."""
    return [
        _plan(db, row)
        for row in db["plans"].rows_where("conference_id = ?", [conference_id], order_by="version")
    ]


def update_plan(store: Store, plan_id: str, changes: dict[str, Any]) -> None:
    """Change a draft plan's own fields."""
    with store.writing() as db:
        conference_id = _draft_owner(db, plan_id)
        records.update(db, "plans", plan_id, to_row(changes), conference_id)
        records.touch_conference(db, conference_id)


def add_action(store: Store, plan_id: str, action: Action) -> None:
    """Append an action to a draft plan."""
    with store.writing() as db:
        conference_id = _draft_owner(db, plan_id)
        position = db.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM actions WHERE plan_id = ?", [plan_id]
        ).fetchone()[0]
        records.insert(db, "actions", action_row(plan_id, action, position), conference_id)
        records.touch_conference(db, conference_id)


def update_action(store: Store, action_id: str, changes: dict[str, Any]) -> None:
    """Change an action of a draft plan."""
    with store.writing() as db:
        plan_id = records.fetch(db, "actions", action_id)["plan_id"]
        conference_id = _draft_owner(db, plan_id)
        records.update(db, "actions", action_id, to_row(changes), conference_id)
        records.touch_conference(db, conference_id)


def remove_action(store: Store, action_id: str) -> None:
    """Take an action out of a draft plan."""
    with store.writing() as db:
        plan_id = records.fetch(db, "actions", action_id)["plan_id"]
        conference_id = _draft_owner(db, plan_id)
        records.delete(db, "actions", action_id, conference_id)
        records.touch_conference(db, conference_id)


def lock_plan(
    store: Store, plan: Plan, canonical_content: str, pdf: bytes, snapshot: str | None = None
) -> None:
    """Mark a version agreed and keep its canonical content, hash, exact PDF bytes and the
    conference as it stood (JSON), all in one transaction."""
    with store.writing() as db:
        conference_id = _draft_owner(db, plan.id)
        if snapshot is not None:
            db["agreed_snapshots"].insert({"plan_id": plan.id, "conference": snapshot})
        records.update(
            db,
            "plans",
            plan.id,
            {
                "status": PlanStatus.AGREED.value,
                "agreed_at": plan.agreed_at,
                "content_hash": plan.content_hash,
                "language": plan.language.value,
                "canonical_content": canonical_content,
                "pdf": pdf,
            },
            conference_id,
        )
        agreed_versions.record_kept_pdf(db, plan.id, conference_id, pdf)
        records.touch_conference(db, conference_id)


def agreed_record(store: Store, plan_id: str) -> tuple[str | None, bytes | None]:
    """The canonical content and exact PDF bytes kept at agreement (None for a draft)."""
    row = records.fetch(store.db, "plans", plan_id)
    return row.get("canonical_content"), row.get("pdf")


def action_row(plan_id: str, action: Action, position: int) -> dict[str, Any]:
    """An action as a row of the actions table."""
    return to_row(
        {
            "id": action.id,
            "plan_id": plan_id,
            "position": position,
            "what": action.what,
            "who": action.who,
            "by_when": action.by_when,
            "support": action.support,
            "how_we_know": action.how_we_know,
            "origin_id": action.origin_id,
        }
    )


def _draft_owner(db: Database, plan_id: str) -> str:
    try:
        row = records.fetch(db, "plans", plan_id)
    except RecordNotFoundError:
        raise RecordNotFoundError(Words("That plan is no longer in the store.")) from None
    if row["status"] == PlanStatus.AGREED.value:
        raise LockedPlanError(
            Words(
                "Version {version} of this plan is agreed and cannot change; start a new version "
                "to make changes.",
                version=row["version"],
            )
        )
    return row["conference_id"]


def _plan(db: Database, row: dict[str, Any]) -> Plan:
    return Plan(
        id=row["id"],
        version=row["version"],
        status=PlanStatus(row["status"]),
        contingency=row["contingency"] or "",
        plan_monitor=row["plan_monitor"] or "",
        review_date=to_date(row["review_date"]),
        decision=Decision(row["decision"]),
        decision_reasons=row["decision_reasons"] or "",
        agreed_at=row["agreed_at"],
        content_hash=row["content_hash"],
        language=Language(row["language"]),
        actions=[
            Action(
                id=r["id"],
                what=r["what"],
                who=r["who"] or "",
                by_when=to_date(r["by_when"]),
                support=r["support"] or "",
                how_we_know=r["how_we_know"] or "",
                origin_id=r["origin_id"],
            )
            for r in db["actions"].rows_where("plan_id = ?", [row["id"]], order_by="position")
        ],
        signatures=[
            Signature(
                id=r["id"],
                person_id=r["person_id"],
                name=r["name"],
                method=SignatureMethod(r["method"]),
                note=r["note"] or "",
                signed_at=r["signed_at"] or "",
                strokes=strokes_from_json(r["strokes"]),
                content_hash=r["content_hash"] or "",
            )
            for r in db["signatures"].rows_where("plan_id = ?", [row["id"]], order_by="rowid")
        ],
        answers=[
            from_row(Answer, r)
            for r in db["plan_answers"].rows_where("plan_id = ?", [row["id"]], order_by="position")
        ],
        bottom_line_responses=[
            from_row(BottomLineResponse, r)
            for r in db["plan_bottom_line_responses"].rows_where(
                "plan_id = ?", [row["id"]], order_by="rowid"
            )
        ],
        recipients=[
            r["person_id"]
            for r in db["plan_recipients"].rows_where("plan_id = ?", [row["id"]], order_by="rowid")
        ],
        copies=[
            from_row(CopyGiven, r)
            for r in db["plan_copies"].rows_where("plan_id = ?", [row["id"]], order_by="rowid")
        ],
    )


def _plan_row(conference_id: str, plan: Plan) -> dict[str, Any]:
    return to_row(
        {
            "id": plan.id,
            "conference_id": conference_id,
            "version": plan.version,
            "status": plan.status,
            "contingency": plan.contingency,
            "plan_monitor": plan.plan_monitor,
            "review_date": plan.review_date,
            "decision": plan.decision,
            "decision_reasons": plan.decision_reasons,
            "agreed_at": plan.agreed_at,
            "content_hash": plan.content_hash,
            "language": plan.language,
        }
    )


def _signature_row(plan_id: str, signature: Signature) -> dict[str, Any]:
    return to_row(
        {
            "id": signature.id,
            "plan_id": plan_id,
            "person_id": signature.person_id,
            "name": signature.name,
            "method": signature.method,
            "note": signature.note,
            "signed_at": signature.signed_at,
            "strokes": json.dumps(signature.strokes) if signature.strokes else None,
            "content_hash": signature.content_hash,
        }
    )


def strokes_from_json(text: str | None) -> tuple[Stroke, ...]:
    """Stored strokes back as tuples of (x, y) points."""
    if not text:
        return ()
    return tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in json.loads(text))


def add_signature(store: Store, plan_id: str, signature: Signature) -> None:
    """Keep a participant's signature on a draft plan, replacing one they gave before."""
    with store.writing() as db:
        conference_id = _draft_owner(db, plan_id)
        if signature.person_id is not None:
            for old in db["signatures"].rows_where(
                "plan_id = ? AND person_id = ?", [plan_id, signature.person_id], select="id"
            ):
                records.delete(db, "signatures", old["id"], conference_id)
        records.insert(db, "signatures", _signature_row(plan_id, signature), conference_id)
        records.touch_conference(db, conference_id)


def remove_signature(store: Store, signature_id: str) -> None:
    """Take a signature off a draft plan."""
    with store.writing() as db:
        plan_id = records.fetch(db, "signatures", signature_id)["plan_id"]
        conference_id = _draft_owner(db, plan_id)
        records.delete(db, "signatures", signature_id, conference_id)
        records.touch_conference(db, conference_id)


def set_answer(store: Store, plan_id: str, question: str, answer: str) -> None:
    """Keep the family's answer to one question on a draft plan."""
    with store.writing() as db:
        conference_id = _draft_owner(db, plan_id)
        existing = list(
            db["plan_answers"].rows_where("plan_id = ? AND question = ?", [plan_id, question])
        )
        if existing:
            records.update(db, "plan_answers", existing[0]["id"], {"answer": answer}, conference_id)
        else:
            position = db["plan_answers"].count_where("plan_id = ?", [plan_id])
            row = _answer_row(plan_id, Answer(question, answer), position)
            records.insert(db, "plan_answers", row, conference_id)
        records.touch_conference(db, conference_id)


def set_bottom_line_response(
    store: Store, plan_id: str, bottom_line_id: str, bottom_line: str, how_met: str
) -> None:
    """Keep how a draft plan meets one bottom line."""
    with store.writing() as db:
        conference_id = _draft_owner(db, plan_id)
        table = "plan_bottom_line_responses"
        existing = list(
            db[table].rows_where("plan_id = ? AND bottom_line_id = ?", [plan_id, bottom_line_id])
        )
        changes = {"how_met": how_met, "bottom_line": bottom_line}
        if existing:
            records.update(db, table, existing[0]["id"], changes, conference_id)
        else:
            response = BottomLineResponse(bottom_line_id, bottom_line, how_met)
            records.insert(db, table, {"plan_id": plan_id, **vars(response)}, conference_id)
        records.touch_conference(db, conference_id)


def set_recipients(store: Store, plan_id: str, person_ids: list[str]) -> None:
    """Replace the plan's distribution list (allowed after agreement too)."""
    with store.writing() as db:
        conference_id = records.fetch(db, "plans", plan_id)["conference_id"]
        for old in db["plan_recipients"].rows_where("plan_id = ?", [plan_id], select="id"):
            records.delete(db, "plan_recipients", old["id"], conference_id)
        for person_id in dict.fromkeys(person_ids):
            row = {"id": new_id(), "plan_id": plan_id, "person_id": person_id}
            records.insert(db, "plan_recipients", row, conference_id)
        records.touch_conference(db, conference_id)


def record_copy(store: Store, plan_id: str, copy: CopyGiven) -> None:
    """Keep the record that a person got their copy of a plan version."""
    with store.writing() as db:
        conference_id = records.fetch(db, "plans", plan_id)["conference_id"]
        records.insert(db, "plan_copies", to_row({"plan_id": plan_id, **vars(copy)}), conference_id)
        records.touch_conference(db, conference_id)


def _answer_row(plan_id: str, answer: Answer, position: int) -> dict[str, Any]:
    return {"plan_id": plan_id, "position": position, **vars(answer)}


def agreed_snapshot(store: Store, plan_id: str) -> str | None:
    """The conference as it stood when this version was agreed (JSON), if it was kept."""
    rows = list(store.db["agreed_snapshots"].rows_where("plan_id = ?", [plan_id]))
    return rows[0]["conference"] if rows else None
