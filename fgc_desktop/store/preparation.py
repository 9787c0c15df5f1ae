"""A conference's own records beside the network: preparation and the conference day."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.conference_day import (
    FamilyQuestion,
    FamilyTimeSession,
    ProfessionalInformation,
)
from fgc_desktop.domain.network import ChildRelationship
from fgc_desktop.domain.preparation import ChildVoice, Invitation, PreparationVisit
from fgc_desktop.domain.safety import SafetyPair
from fgc_desktop.store import records
from fgc_desktop.store.columns import from_row, to_row
from fgc_desktop.store.connection import Store

TABLES = {
    PreparationVisit: "visits",
    ChildVoice: "child_voices",
    SafetyPair: "safety_pairs",
    Invitation: "invitations",
    ChildRelationship: "child_relationships",
    ProfessionalInformation: "professional_information",
    FamilyQuestion: "family_questions",
    FamilyTimeSession: "family_time",
}

Record = (
    PreparationVisit
    | ChildVoice
    | SafetyPair
    | Invitation
    | ChildRelationship
    | ProfessionalInformation
    | FamilyQuestion
    | FamilyTimeSession
)


def add(store: Store, conference_id: str, record: Record) -> None:
    """Store a new preparation record of any kind."""
    records.add_owned(store, TABLES[type(record)], row(conference_id, record))


def update(store: Store, kind: type[Record], record_id: str, changes: dict[str, Any]) -> None:
    """Change some fields of a preparation record."""
    records.edit_owned(store, TABLES[kind], record_id, changes)


def remove(store: Store, kind: type[Record], record_id: str) -> None:
    """Remove a preparation record."""
    records.remove_owned(store, TABLES[kind], record_id)


def row(conference_id: str, record: Record) -> dict[str, Any]:
    """A preparation record as a row of its table."""
    return to_row({"conference_id": conference_id, **vars(record)})


def load(db: Database, conference_id: str) -> dict[type[Record], list[Any]]:
    """Every preparation record of a conference, by kind, in the order they were made."""
    return {
        kind: [
            from_row(kind, r)
            for r in db[table].rows_where("conference_id = ?", [conference_id], order_by="rowid")
        ]
        for kind, table in TABLES.items()
    }
