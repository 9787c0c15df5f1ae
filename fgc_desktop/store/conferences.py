"""Conferences in the store: the whole record in and out, field edits, references."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.conference import (
    Conference,
    Consent,
    ConsentMethod,
    Meeting,
    Referral,
    StageMove,
)
from fgc_desktop.domain.conference_day import (
    FamilyQuestion,
    FamilyTimeSession,
    ProfessionalInformation,
)
from fgc_desktop.domain.identity import format_reference, parse_reference
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import ChildRelationship, Person
from fgc_desktop.domain.preparation import ChildVoice, Invitation, PreparationVisit
from fgc_desktop.domain.safety import SafetyPair
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store import plans, preparation, records, reviews
from fgc_desktop.store.columns import from_row, to_date, to_row
from fgc_desktop.store.connection import Store


def insert_conference(
    store: Store,
    conference: Conference,
    agreed_records: Mapping[str, tuple[str, bytes]] | None = None,
) -> None:
    """Store a whole conference (network, bottom lines, plans, history) in one transaction.

    agreed_records maps an agreed plan's id to its canonical content and exact PDF bytes.
    """
    kept = agreed_records or {}
    with store.writing() as db:
        records.insert(db, "conferences", _conference_row(conference), conference.id)
        for position, person in enumerate(conference.people):
            records.insert(db, "people", person_row(conference.id, person, position), conference.id)
        for position, line in enumerate(conference.bottom_lines):
            records.insert(
                db, "bottom_lines", bottom_line_row(conference.id, line, position), conference.id
            )
        for move in conference.stage_moves:
            records.insert(db, "stage_moves", _move_row(conference.id, move), conference.id)
        for record in (
            *conference.safety_pairs,
            *conference.visits,
            *conference.child_voices,
            *conference.invitations,
            *conference.child_relationships,
            *conference.professional_information,
            *conference.family_questions,
            *conference.family_time,
        ):
            table = preparation.TABLES[type(record)]
            records.insert(db, table, preparation.row(conference.id, record), conference.id)
        for plan in sorted(conference.plans, key=lambda p: p.version):
            canonical, pdf = kept.get(plan.id, (None, None))
            plans.insert_plan_rows(db, conference.id, plan, canonical_content=canonical, pdf=pdf)
        for review in conference.reviews:
            reviews.insert_review_rows(db, conference.id, review)


def load_conference(store: Store, conference_id: str) -> Conference:
    """The whole conference with that id, or RecordNotFoundError."""
    db = store.db
    row = records.fetch(db, "conferences", conference_id)
    owned = ("conference_id = ?", [conference_id])
    kept = preparation.load(db, conference_id)
    return Conference(
        id=row["id"],
        reference=row["reference"],
        family_name=row["family_name"],
        stage=Stage(row["stage"]),
        referral=Referral(
            referrer_name=row["referrer_name"] or "",
            referrer_role=row["referrer_role"] or "",
            referrer_team=row["referrer_team"] or "",
            referrer_phone=row["referrer_phone"] or "",
            referrer_email=row["referrer_email"] or "",
            received_on=to_date(row["referral_received_on"]),
            reason=row["referral_reason"] or "",
            worries=row["worries"] or "",
            strengths=row["strengths"] or "",
            questions=row["questions"] or "",
            bottom_lines_agreed_on=to_date(row["bottom_lines_agreed_on"]),
        ),
        consent=Consent(
            given_by=row["consent_given_by"] or "",
            given_by_person_id=row["consent_given_by_person_id"],
            given_on=to_date(row["consent_given_on"]),
            method=ConsentMethod(row["consent_method"]),
            withdrawn_on=to_date(row["consent_withdrawn_on"]),
            withdrawal_reason=row["consent_withdrawal_reason"] or "",
        ),
        meeting=Meeting(
            held_on=to_date(row["held_on"]),
            starts_at=row["starts_at"] or "",
            venue=row["venue"] or "",
            venue_accessibility=row["venue_accessibility"] or "",
            food=row["food"] or "",
            childcare=row["childcare"] or "",
        ),
        people=[from_row(Person, r) for r in db["people"].rows_where(*owned, order_by="position")],
        bottom_lines=[
            BottomLine(id=r["id"], text=r["text"], reason=r["reason"] or "")
            for r in db["bottom_lines"].rows_where(*owned, order_by="position")
        ],
        plans=plans.load_plans(db, conference_id),
        stage_moves=[
            StageMove(
                id=r["id"],
                from_stage=Stage(r["from_stage"]),
                to_stage=Stage(r["to_stage"]),
                reason=r["reason"] or "",
                moved_at=r["moved_at"],
            )
            for r in db["stage_moves"].rows_where(*owned, order_by="moved_at, rowid")
        ],
        safety_pairs=kept[SafetyPair],
        visits=kept[PreparationVisit],
        child_voices=kept[ChildVoice],
        invitations=kept[Invitation],
        child_relationships=kept[ChildRelationship],
        professional_information=kept[ProfessionalInformation],
        family_questions=kept[FamilyQuestion],
        family_time=kept[FamilyTimeSession],
        reviews=reviews.load_reviews(db, conference_id),
        document_language=Language(row["document_language"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def conference_id_for(store: Store, reference: str) -> str | None:
    """The id of the conference with that reference, or None."""
    rows = list(
        store.db["conferences"].rows_where(
            "reference = ?", [reference.strip().upper()], select="id"
        )
    )
    return rows[0]["id"] if rows else None


def next_reference(store: Store, year: int) -> str:
    """The next free reference in a year: FGC-2026-0001, FGC-2026-0002, ..."""
    row = store.db.execute(
        "SELECT COALESCE(MAX(ref_number), 0) + 1 FROM conferences WHERE ref_year = ?", [year]
    ).fetchone()
    return format_reference(year, row[0])


def update_conference(store: Store, conference_id: str, changes: dict[str, Any]) -> None:
    """Change conference columns (keys as in domain.fields.CONFERENCE_FIELDS)."""
    with store.writing() as db:
        _touch(db, conference_id, to_row(changes))


def record_stage_move(store: Store, conference_id: str, move: StageMove) -> None:
    """Keep a stage move and set the conference's stage, together."""
    with store.writing() as db:
        records.insert(db, "stage_moves", _move_row(conference_id, move), conference_id)
        _touch(db, conference_id, {"stage": move.to_stage.value})


def _touch(db: Any, conference_id: str, changes: dict[str, Any]) -> None:
    records.update(db, "conferences", conference_id, changes, conference_id)
    records.touch_conference(db, conference_id)


def person_row(conference_id: str, person: Person, position: int) -> dict[str, Any]:
    """A person as a row of the people table."""
    return to_row({"conference_id": conference_id, "position": position, **vars(person)})


def bottom_line_row(conference_id: str, line: BottomLine, position: int) -> dict[str, Any]:
    """A bottom line as a row of the bottom_lines table."""
    return {
        "id": line.id,
        "conference_id": conference_id,
        "position": position,
        "text": line.text,
        "reason": line.reason,
    }


def _conference_row(conference: Conference) -> dict[str, Any]:
    year, number = parse_reference(conference.reference) or (None, None)
    referral, consent, meeting = conference.referral, conference.consent, conference.meeting
    return to_row(
        {
            "id": conference.id,
            "reference": conference.reference,
            "ref_year": year,
            "ref_number": number,
            "family_name": conference.family_name,
            "stage": conference.stage,
            "referrer_name": referral.referrer_name,
            "referrer_role": referral.referrer_role,
            "referrer_team": referral.referrer_team,
            "referrer_phone": referral.referrer_phone,
            "referrer_email": referral.referrer_email,
            "referral_received_on": referral.received_on,
            "referral_reason": referral.reason,
            "worries": referral.worries,
            "strengths": referral.strengths,
            "questions": referral.questions,
            "bottom_lines_agreed_on": referral.bottom_lines_agreed_on,
            "consent_given_by": consent.given_by,
            "consent_given_by_person_id": consent.given_by_person_id,
            "consent_given_on": consent.given_on,
            "consent_method": consent.method,
            "consent_withdrawn_on": consent.withdrawn_on,
            "consent_withdrawal_reason": consent.withdrawal_reason,
            "held_on": meeting.held_on,
            "starts_at": meeting.starts_at,
            "venue": meeting.venue,
            "venue_accessibility": meeting.venue_accessibility,
            "food": meeting.food,
            "childcare": meeting.childcare,
            "document_language": conference.document_language,
            "created_at": conference.created_at,
            "updated_at": conference.updated_at,
        }
    )


def _move_row(conference_id: str, move: StageMove) -> dict[str, Any]:
    return to_row(
        {
            "id": move.id,
            "conference_id": conference_id,
            "from_stage": move.from_stage,
            "to_stage": move.to_stage,
            "reason": move.reason,
            "moved_at": move.moved_at,
        }
    )


def ids_already_stored(store: Store, conference: Conference) -> list[str]:
    """Paths (as in the exchange file) of records whose id another conference already uses."""
    clashes = []
    groups = [
        ("people", "conference.people", [p.id for p in conference.people]),
        ("bottom_lines", "conference.bottom_lines", [b.id for b in conference.bottom_lines]),
        ("plans", "conference.plans", [p.id for p in conference.plans]),
        ("reviews", "conference.reviews", [r.id for r in conference.reviews]),
    ]
    for table, path, ids in groups:
        used = records.ids_in_use(store.db, table, ids)
        clashes += [f"{path}[{i}].id" for i, record_id in enumerate(ids) if record_id in used]
    return clashes
