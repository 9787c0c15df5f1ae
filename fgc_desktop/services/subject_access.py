"""Subject access: find a person across the caseload and gather everything held about them.

A person can be in several conferences as separate network records; the coordinator chooses
which matches are the same person. Their own records are exported whole. Records about others
appear only where they name the person (plan actions, notes), and other people's contact
details are withheld wherever they turn up in those texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from fgc_desktop.domain.audit_wording import field_label, kind_label, value_text
from fgc_desktop.domain.name_search import mentions
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.subject_access import (
    Fact,
    Item,
    PersonMatch,
    PersonRecord,
    Section,
    SubjectAccessReport,
    Withholder,
    contact_details,
)
from fgc_desktop.services import history
from fgc_desktop.services.coordinator import coordinator
from fgc_desktop.store import audit, records, subject_access
from fgc_desktop.store.connection import Store

Rows = dict[str, list[dict[str, Any]]]
Withhold = Callable[[str], str]

# Rows that are the person's own, by the column that points at them.
_OWN_ROWS = {
    "visits": ("person_id",),
    "invitations": ("person_id",),
    "signatures": ("person_id",),
    "plan_copies": ("person_id",),
    "plan_recipients": ("person_id",),
    "review_invitees": ("person_id",),
    "child_voices": ("child_id",),
    "professional_information": ("person_id",),
    "child_relationships": ("person_id", "child_id"),
}
# Free text anywhere in a conference that may name the person.
_NOTES = {
    "conferences": ("referral_reason", "worries", "strengths", "questions",
                    "consent_withdrawal_reason", "venue_accessibility", "childcare"),
    "bottom_lines": ("text", "reason"),
    "stage_moves": ("reason",),
    "visits": ("place", "notes", "worries", "hopes", "help_needed"),
    "child_voices": ("wishes_and_feelings",),
    "safety_pairs": ("reason",),
    "professional_information": ("worries", "working_well", "needs_to_happen"),
    "family_questions": ("question", "asked_by", "answer", "answered_by"),
    "plans": ("contingency", "plan_monitor", "decision_reasons"),
    "plan_answers": ("question", "answer"),
    "plan_bottom_line_responses": ("bottom_line", "how_met"),
    "reviews": ("family_view", "professionals_view", "closure_note"),
    "action_progress": ("note",),
}  # fmt: skip
_ACTION_TEXT = ("what", "who", "support", "how_we_know")
_NOT_SHOWN = frozenset({"id", "conference_id", "plan_id", "position", "review_id", "action_id"})


def find(store: Store, text: str) -> list[PersonMatch]:
    """Network records across the caseload whose name has every word typed."""
    return subject_access.find_people(store, text)


def build_report(
    store: Store, person_ids: Sequence[str], searched_for: str = "", today: date | None = None
) -> SubjectAccessReport:
    """Everything held about the person whose network records these are."""
    db = store.db
    chosen = [records.fetch(db, "people", person_id) for person_id in dict.fromkeys(person_ids)]
    names = [row["name"] for row in chosen]
    rows_of: dict[str, Rows] = {}
    for row in chosen:
        if row["conference_id"] not in rows_of:
            rows_of[row["conference_id"]] = subject_access.conference_rows(db, row["conference_id"])
    withhold = Withholder(_others_details(rows_of, chosen))
    person_records = tuple(
        _person_record(store, rows_of[row["conference_id"]], row, names, withhold) for row in chosen
    )
    details = coordinator(store)
    return SubjectAccessReport(
        names=tuple(names),
        searched_for=searched_for,
        made_on=today or date.today(),
        made_by=details.name or audit.current_actor(),
        records=person_records,
        withheld=withhold.count,
    )


def report_json(report: SubjectAccessReport) -> str:
    """The export as JSON text: every record, section and fact, and each stored row as is."""
    data = {
        "export": "Subject access export from FGC Desktop",
        "names": list(report.names),
        "searched_for": report.searched_for,
        "made_on": report.made_on.isoformat(),
        "made_by": report.made_by,
        "other_peoples_details_withheld": report.withheld,
        "records": [asdict(record) for record in report.records],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def render_pdf(report: SubjectAccessReport) -> bytes:
    """The export as PDF (reportlab is imported only when first needed)."""
    from fgc_desktop.documents.subject_access import render_subject_access

    return render_subject_access(report)


def note_export(store: Store, report: SubjectAccessReport, made: str) -> None:
    """Record in each conference's history that the person's records were exported."""
    by_person = {
        record.person_id: record.stored_row.get("conference_id", "") for record in report.records
    }
    subject_access.note_export(store, by_person.items(), made)


def _others_details(rows_of: dict[str, Rows], chosen: list[dict[str, Any]]) -> list[str]:
    """Contact details of everyone else in the conferences, except any the person shares."""
    chosen_ids = {row["id"] for row in chosen}
    own = {
        piece
        for row in chosen
        for piece in contact_details(row["address"] or "", row["phone"] or "", row["email"] or "")
    }
    return [
        piece
        for rows in rows_of.values()
        for other in rows.get("people", [])
        if other["id"] not in chosen_ids
        for piece in contact_details(
            other["address"] or "", other["phone"] or "", other["email"] or ""
        )
        if piece not in own
    ]


def _person_record(
    store: Store, rows: Rows, person: dict[str, Any], names: list[str], withhold: Withholder
) -> PersonRecord:
    people = {row["id"]: row for row in rows.get("people", [])}

    def person_name(person_id: str) -> str:
        name = people.get(person_id, {}).get("name")
        return str(name) if name else "someone no longer recorded"

    plans = {row["id"]: row for row in rows.get("plans", [])}

    def plan_name(plan_id: str) -> str:
        plan = plans.get(plan_id)
        return f"Plan version {plan['version']}" if plan else "A plan"

    own = _own_rows(rows, person["id"])
    own_ids = {row["id"] for table_rows in own.values() for row in table_rows} | {person["id"]}
    sections = (
        Section("Their details", (_their_details(person, person_name),)),
        Section("The conference", (_conference_item(rows, person, person_name),)),
        Section(
            "Taking part",
            (
                _attendance_item(rows, person),
                *_reviews_items(rows, own, withhold),
            ),
        ),
        Section(
            "Letters and copies sent to them",
            _letters(own, plan_name),
            "No letters or copies recorded.",
        ),
        Section(
            "Signatures",
            tuple(
                Item(plan_name(row["plan_id"]), _facts("signatures", row, person_name, withhold))
                for row in own.get("signatures", [])
            ),
            "No signatures recorded.",
        ),
        Section(
            "Plan actions naming them",
            _actions(rows, names, plan_name, person_name, withhold),
            "No plan action names them.",
        ),
        Section(
            "Their own records",
            tuple(
                Item(
                    _own_heading(table, row, person_name), _facts(table, row, person_name, withhold)
                )
                for table in (
                    "visits",
                    "child_voices",
                    "professional_information",
                    "child_relationships",
                )
                for row in own.get(table, [])
            ),
            "No visits, voice or other records of their own.",
        ),
        Section(
            "Notes that mention them",
            _notes(rows, names, own_ids, plan_name, withhold),
            "No note mentions them by name.",
        ),
        Section(
            "Changes recorded to their records",
            _changes(store, own_ids, withhold),
            "No changes recorded.",
        ),
    )
    return PersonRecord(
        person_id=person["id"],
        reference=rows["conferences"][0]["reference"],
        family_name=rows["conferences"][0]["family_name"],
        name=person["name"],
        role=value_text("people", "role", person["role"]),
        sections=sections,
        stored_row=dict(person),
    )


def _own_rows(rows: Rows, person_id: str) -> Rows:
    return {
        table: [row for row in rows.get(table, []) if any(row.get(c) == person_id for c in cols)]
        for table, cols in _OWN_ROWS.items()
    }


def _facts(
    table: str, row: dict[str, Any], person_name: Callable[[str], str], withhold: Withhold
) -> tuple[Fact, ...]:
    return tuple(
        Fact(field_label(table, column), withhold(value_text(table, column, value, person_name)))
        for column, value in row.items()
        if column not in _NOT_SHOWN
    )


def _their_details(person: dict[str, Any], person_name: Callable[[str], str]) -> Item:
    facts = tuple(
        Fact(field_label("people", column), value_text("people", column, value, person_name))
        for column, value in person.items()
        if column not in _NOT_SHOWN
    )
    return Item(f"{person['name']} as recorded in the family network", facts)


def _conference_item(rows: Rows, person: dict[str, Any], person_name: Callable[[str], str]) -> Item:
    conference = rows["conferences"][0]
    facts = [
        Fact("Reference", conference["reference"]),
        Fact("Family", conference["family_name"]),
        Fact("Stage", Stage(conference["stage"]).label),
        Fact("Referral received on", conference["referral_received_on"] or "(empty)"),
        Fact("Conference date", conference["held_on"] or "(empty)"),
        Fact("Their role", Role(person["role"]).label),
        Fact("Relationship to the child", person["relationship"] or "(empty)"),
    ]
    if conference.get("consent_given_by_person_id") == person["id"]:
        facts.append(
            Fact("Gave consent on", conference["consent_given_on"] or "(date not recorded)")
        )
    return Item(f"{conference['reference']} · {conference['family_name']}", tuple(facts))


def _attendance_item(rows: Rows, person: dict[str, Any]) -> Item:
    held_on = rows["conferences"][0]["held_on"]
    facts = tuple(
        Fact(field_label("people", column), value_text("people", column, person.get(column)))
        for column in ("participation", "participation_reason", "attendance", "arrived_at",
                       "left_at")
    )  # fmt: skip
    return Item(f"The conference{f' on {held_on}' if held_on else ''}", facts)


def _reviews_items(rows: Rows, own: Rows, withhold: Withhold) -> tuple[Item, ...]:
    reviews = {row["id"]: row for row in rows.get("reviews", [])}
    items = []
    for invited in own.get("review_invitees", []):
        review = reviews.get(invited["review_id"], {})
        facts = tuple(
            Fact(field_label("reviews", c), withhold(value_text("reviews", c, review.get(c))))
            for c in ("scheduled_on", "held_on", "outcome")
        )
        facts += tuple(
            Fact(field_label("review_invitees", c), value_text("review_invitees", c, invited[c]))
            for c in ("attendance", "letter_sent_on")
            if invited.get(c)
        )
        items.append(Item("Invited to a review", facts))
    return tuple(items)


def _letters(own: Rows, plan_name: Callable[[str], str]) -> tuple[Item, ...]:
    items = [
        Item(
            "Invitation to the conference", _plain_facts("invitations", row, ("sent_on", "method"))
        )
        for row in own.get("invitations", [])
    ]
    items += [
        Item(
            f"Copy of {plan_name(row['plan_id']).lower()}",
            _plain_facts("plan_copies", row, ("given_on", "method", "large_print")),
        )
        for row in own.get("plan_copies", [])
    ]
    items += [
        Item(f"On the distribution list of {plan_name(row['plan_id']).lower()}", ())
        for row in own.get("plan_recipients", [])
    ]
    return tuple(items)


def _plain_facts(table: str, row: dict[str, Any], columns: Sequence[str]) -> tuple[Fact, ...]:
    return tuple(Fact(field_label(table, c), value_text(table, c, row.get(c))) for c in columns)


def _actions(
    rows: Rows,
    names: list[str],
    plan_name: Callable[[str], str],
    person_name: Callable[[str], str],
    withhold: Withhold,
) -> tuple[Item, ...]:
    progress = {row["action_id"]: row for row in rows.get("action_progress", [])}
    items = []
    for action in rows.get("actions", []):
        texts = [str(action.get(column) or "") for column in _ACTION_TEXT]
        if not any(mentions(text, name) for text in texts for name in names):
            continue
        facts = list(_facts("actions", action, person_name, withhold))
        if action["id"] in progress:
            facts += _facts("action_progress", progress[action["id"]], person_name, withhold)
        number = (action.get("position") or 0) + 1
        items.append(Item(f"{plan_name(action['plan_id'])}, action {number}", tuple(facts)))
    return tuple(items)


def _own_heading(table: str, row: dict[str, Any], person_name: Callable[[str], str]) -> str:
    if table == "visits":
        day = row.get("visited_on")
        return f"Preparation visit on {day}" if day else "Preparation visit"
    if table == "child_relationships":
        person, child = person_name(row["person_id"]), person_name(row["child_id"])
        return f"{person}: {row['relationship']} to {child}"
    return kind_label(table)


def _notes(
    rows: Rows,
    names: list[str],
    own_ids: set[str],
    plan_name: Callable[[str], str],
    withhold: Withhold,
) -> tuple[Item, ...]:
    items = []
    for table, columns in _NOTES.items():
        for row in rows.get(table, []):
            if row.get("id") in own_ids:
                continue  # already exported whole above
            for column in columns:
                text = str(row.get(column) or "")
                if text and any(mentions(text, name) for name in names):
                    where = f"{kind_label(table)}: {field_label(table, column)}"
                    if "plan_id" in row:
                        where += f" ({plan_name(row['plan_id']).lower()})"
                    items.append(Item(where, (Fact("Text", withhold(text)),)))
    return tuple(items)


def _changes(store: Store, own_ids: set[str], withhold: Withhold) -> tuple[Item, ...]:
    entries = subject_access.audit_about(store.db, own_ids)
    items = []
    for entry, line in zip(entries, history.describe(store, entries), strict=True):
        # Changes to their own network record hold only their own details, past and present.
        keep = (lambda text: text) if entry.entity == "people" else withhold
        facts = []
        for change in line.fields:
            if change.before and change.after:
                facts.append(Fact(f"{change.label} before", keep(change.before)))
                facts.append(Fact(f"{change.label} after", keep(change.after)))
            else:
                facts.append(Fact(change.label, keep(change.after or change.before)))
        heading = f"{line.when} · {line.change}: {line.record} · by {line.actor}"
        items.append(Item(heading, tuple(facts)))
    return tuple(items)
