"""People in a conference's family network, and its bottom lines, edited one at a time."""

from __future__ import annotations

from typing import Any

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.network import Person
from fgc_desktop.store import records
from fgc_desktop.store.conferences import bottom_line_row, person_row
from fgc_desktop.store.connection import Store


def add_person(store: Store, conference_id: str, person: Person) -> None:
    """Add someone to the network, after everyone already there."""
    records.add_owned(store, "people", person_row(conference_id, person, 0), ordered=True)


def update_person(store: Store, person_id: str, changes: dict[str, Any]) -> None:
    """Change what is recorded about a person."""
    records.edit_owned(store, "people", person_id, changes)


def remove_person(store: Store, person_id: str) -> None:
    """Take a person out of the network, with every preparation record that is about them.

    The caller has asked the coordinator first (see domain.references.references_to).
    """
    with store.writing() as db:
        conference_id = records.fetch(db, "people", person_id)["conference_id"]
        for table, column in _DEPENDENT_ROWS:
            for row in db[table].rows_where(f"{column} = ?", [person_id], select="id"):
                records.delete(db, table, row["id"], conference_id)
        # Signatures on agreed versions are refused before this point (the service asks first).
        for signature in db.query(
            "SELECT s.id FROM signatures s JOIN plans p ON p.id = s.plan_id "
            "WHERE s.person_id = ? AND p.status = 'draft'",
            [person_id],
        ):
            records.delete(db, "signatures", signature["id"], conference_id)
        for voice in db["child_voices"].rows_where("advocate_id = ?", [person_id], select="id"):
            records.update(db, "child_voices", voice["id"], {"advocate_id": None}, conference_id)
        giver = records.fetch(db, "conferences", conference_id)["consent_given_by_person_id"]
        if giver == person_id:
            # The consent itself stays on record under the name it was given in.
            records.update(
                db, "conferences", conference_id, {"consent_given_by_person_id": None},
                conference_id,
            )  # fmt: skip
        records.delete(db, "people", person_id, conference_id)
        records.touch_conference(db, conference_id)


_DEPENDENT_ROWS = (
    ("visits", "person_id"),
    ("invitations", "person_id"),
    ("safety_pairs", "person_id"),
    ("safety_pairs", "other_person_id"),
    ("child_voices", "child_id"),
    ("plan_recipients", "person_id"),
    ("child_relationships", "person_id"),
    ("child_relationships", "child_id"),
    ("professional_information", "person_id"),
    ("review_invitees", "person_id"),
)


def add_bottom_line(store: Store, conference_id: str, line: BottomLine) -> None:
    """Add a bottom line after the others."""
    records.add_owned(store, "bottom_lines", bottom_line_row(conference_id, line, 0), ordered=True)


def update_bottom_line(store: Store, line_id: str, changes: dict[str, Any]) -> None:
    """Change a bottom line's wording or reason."""
    records.edit_owned(store, "bottom_lines", line_id, changes)


def remove_bottom_line(store: Store, line_id: str) -> None:
    """Take a bottom line out."""
    records.remove_owned(store, "bottom_lines", line_id)
