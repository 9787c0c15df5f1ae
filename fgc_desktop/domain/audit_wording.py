"""The audit trail in a coordinator's words: kinds of record, field labels, values, summaries."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from fgc_desktop.domain.conference import ConsentMethod
from fgc_desktop.domain.fields import (
    ACTION_FIELDS,
    ANSWER_FIELDS,
    BOTTOM_LINE_FIELDS,
    BOTTOM_LINE_RESPONSE_FIELDS,
    CHILD_VOICE_FIELDS,
    CONFERENCE_FIELDS,
    FAMILY_QUESTION_FIELDS,
    PERSON_FIELDS,
    PERSON_FLAGS,
    PLAN_FIELDS,
    PROFESSIONAL_INFORMATION_FIELDS,
    SAFETY_PAIR_FIELDS,
    VISIT_FIELDS,
    FieldSpec,
)
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Attendance, Participation, Role, Side
from fgc_desktop.domain.plan import CopyMethod, Decision, PlanStatus, SignatureMethod
from fgc_desktop.domain.preparation import InvitationMethod, VoiceMethod
from fgc_desktop.domain.review import ActionStatus, ClosureReason, ReviewOutcome
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.wording import Words, listed

EMPTY = Words("(empty)")
SUBJECT_ACCESS_EXPORT = "subject_access_export"

# Each kind of record as coordinators say it.
RECORD_KINDS = {
    "conferences": "Conference",
    "people": "Network person",
    "bottom_lines": "Bottom line",
    "stage_moves": "Stage move",
    "plans": "Plan",
    "actions": "Plan action",
    "signatures": "Signature",
    "plan_answers": "Family's answer",
    "plan_bottom_line_responses": "How a bottom line is met",
    "plan_recipients": "Plan distribution",
    "plan_copies": "Copy of the plan given",
    "safety_pairs": "Must not attend with",
    "visits": "Preparation visit",
    "child_voices": "Child's voice",
    "invitations": "Invitation",
    "child_relationships": "Relationship to a child",
    "professional_information": "Professional's information",
    "family_questions": "Family's question",
    "family_time": "Family time",
    "agreed_snapshots": "Record of the agreed plan",
    "agreed_pdf_hashes": "Fingerprint of an agreed PDF",
    "reviews": "Review",
    "review_invitees": "Invited to a review",
    "action_progress": "Progress of an action",
    "settings": "Setting",
}


@dataclass(frozen=True)
class Naming:
    """How one record is named in the history: by its own columns, or by the people they hold."""

    columns: tuple[str, ...]
    people: bool = False  # the columns hold person ids, named by the person's name


NAMINGS = {
    "people": Naming(("name",)),
    "bottom_lines": Naming(("text",)),
    "actions": Naming(("what",)),
    "plans": Naming(("version",)),
    "signatures": Naming(("name",)),
    "plan_answers": Naming(("question",)),
    "plan_bottom_line_responses": Naming(("bottom_line",)),
    "family_questions": Naming(("question",)),
    "reviews": Naming(("scheduled_on",)),
    "family_time": Naming(("started_at",)),
    "stage_moves": Naming(("from_stage", "to_stage")),
    "visits": Naming(("person_id",), people=True),
    "child_voices": Naming(("child_id",), people=True),
    "invitations": Naming(("person_id",), people=True),
    "plan_recipients": Naming(("person_id",), people=True),
    "plan_copies": Naming(("person_id",), people=True),
    "safety_pairs": Naming(("person_id", "other_person_id"), people=True),
    "child_relationships": Naming(("person_id", "child_id"), people=True),
    "professional_information": Naming(("person_id",), people=True),
    "review_invitees": Naming(("person_id",), people=True),
}

_FORMS: dict[str, Mapping[str, FieldSpec]] = {
    "conferences": CONFERENCE_FIELDS,
    "people": PERSON_FIELDS,
    "visits": VISIT_FIELDS,
    "child_voices": CHILD_VOICE_FIELDS,
    "safety_pairs": SAFETY_PAIR_FIELDS,
    "bottom_lines": BOTTOM_LINE_FIELDS,
    "actions": ACTION_FIELDS,
    "plans": PLAN_FIELDS,
    "plan_answers": ANSWER_FIELDS,
    "plan_bottom_line_responses": BOTTOM_LINE_RESPONSE_FIELDS,
    "professional_information": PROFESSIONAL_INFORMATION_FIELDS,
    "family_questions": FAMILY_QUESTION_FIELDS,
}

# Columns nobody typed and that say nothing to a reader: keys, ordering, bookkeeping.
_HIDDEN = frozenset(
    {"id", "conference_id", "plan_id", "position", "created_at", "updated_at", "ref_year",
     "ref_number", "run", "summary", "origin_id"}
)  # fmt: skip

_LABELS = {
    "reference": "Reference",
    "stage": "Stage",
    "from_stage": "From",
    "to_stage": "To",
    "moved_at": "Moved at",
    "reason": "Reason",
    "role": "Role",
    "side": "Side of the family",
    "participation": "How they take part",
    "attendance": "Attendance",
    "relationship": "Relationship",
    "consent_method": "How consent was given",
    "document_language": "Language of the family's documents",
    "language": "Agreed in",
    "consent_given_by_person_id": "Consent given by (from the network)",
    "status": "Status",
    "decision": "Referrer's decision",
    "agreed_at": "Agreed at",
    "version": "Version",
    "starts_at": "Start time",
    "sha256": "SHA-256 fingerprint",
    "content_hash": "Fingerprint of the wording",
    "canonical_content": "Agreed wording",
    "pdf": "Agreed PDF",
    "method": "How",
    "signed_at": "Signed at",
    "note": "Note",
    "strokes": "Drawn signature",
    "question": "Question",
    "bottom_line": "Bottom line",
    "bottom_line_id": "Bottom line",
    "person_id": "Person",
    "other_person_id": "Must not attend with",
    "child_id": "Child",
    "advocate_id": "Advocate",
    "sent_on": "Sent on",
    "given_on": "Given on",
    "large_print": "Large print",
    "started_at": "Started at",
    "ended_at": "Ended at",
    "scheduled_on": "Review date",
    "held_on": "Held on",
    "family_view": "The family's view",
    "professionals_view": "The professionals' view",
    "outcome": "Outcome",
    "closure_reason": "Why it was closed",
    "closure_note": "About the closing",
    "new_plan_id": "New plan version",
    "review_id": "Review",
    "action_id": "Action",
    "value": "Value",
    "closed_on": "Closed on",
    "records": "Records",
    "audit_entries_removed": "Earlier history entries removed",
    "years": "Retention period (years)",
    "format": "Exported as",
}

# Columns whose values are choices: shown by their labels.
_CHOICES: dict[str, type[StrEnum]] = {
    "stage": Stage,
    "from_stage": Stage,
    "to_stage": Stage,
    "role": Role,
    "side": Side,
    "participation": Participation,
    "attendance": Attendance,
    "consent_method": ConsentMethod,
    "document_language": Language,
    "language": Language,
    "decision": Decision,
    "outcome": ReviewOutcome,
    "closure_reason": ClosureReason,
}
_METHODS: dict[str, type[StrEnum]] = {
    "signatures": SignatureMethod,
    "invitations": InvitationMethod,
    "plan_copies": CopyMethod,
    "child_voices": VoiceMethod,
}
_FLAGS = frozenset({*PERSON_FLAGS, "large_print"})
PERSON_COLUMNS = frozenset(
    {"person_id", "other_person_id", "child_id", "advocate_id", "consent_given_by_person_id"}
)
_CHANGES = {
    "insert": "Added",
    "update": "Changed",
    "delete": "Removed",
    "retention_delete": "Deleted under the retention rule",
    "retention_anonymise": "Anonymised under the retention rule",
    SUBJECT_ACCESS_EXPORT: "Exported for a subject access request",
}


@dataclass(frozen=True)
class FieldChange:
    """One field of a change: its label and its value before and after, in plain words."""

    label: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryLine:
    """One audit entry as the history view shows it."""

    seq: int
    at: str
    when: str
    actor: str
    change: str
    kind: str
    title: str
    summary: str
    fields: tuple[FieldChange, ...]

    @property
    def record(self) -> str:
        """The kind of record and its name, e.g. "Network person: Agnieszka Nowak"."""
        return f"{self.kind}: {self.title}" if self.title else self.kind


def change_verb(change: str) -> str:
    """What kind of change an entry records, in a word or two ("Added", "Changed")."""
    return _CHANGES.get(change) or change.replace("_", " ").capitalize()


def kind_label(table: str) -> str:
    """A table as coordinators say it ("Network person" for people)."""
    return RECORD_KINDS.get(table) or table.replace("_", " ").capitalize()


def field_label(table: str, column: str) -> str:
    """A column's label: the form's own where there is one, else a plain name."""
    spec = _FORMS.get(table, {}).get(column)
    if spec is not None:
        return spec.label
    if column in PERSON_FLAGS:
        return PERSON_FLAGS[column]
    return _LABELS.get(column) or column.replace("_", " ").capitalize()


def labels_matching(words: list[str], fold: Callable[[str], str]) -> tuple[set[str], set[str]]:
    """Tables and columns whose labels contain every folded word: (tables, columns)."""
    tables = {t for t, label in RECORD_KINDS.items() if all(w in fold(label) for w in words)}
    columns = {
        column
        for form in (*_FORMS.values(), PERSON_FLAGS, _LABELS)
        for column, spec in form.items()
        if all(w in fold(spec.label if isinstance(spec, FieldSpec) else spec) for w in words)
    }
    return tables, columns


def value_text(table: str, column: str, value: Any, person_name: Callable[[str], str] = str) -> str:
    """A stored value as a reader would say it: labels for choices, names for people."""
    if value is None or value == "":
        return EMPTY
    if column in _FLAGS:
        return Words("Yes") if value else Words("No")
    if column in PERSON_COLUMNS:
        return person_name(str(value))
    choices = _METHODS.get(table) if column == "method" else _CHOICES.get(column)
    if column == "status" and table == "action_progress":
        choices = ActionStatus
    elif column == "status" and table == "plans":
        choices = PlanStatus
    if choices is not None:
        return _choice_label(choices, value)
    if column == "strokes":
        return Words("A signature drawn on screen") if value not in ("[]", "()") else EMPTY
    if column in {"at", "moved_at", "signed_at", "agreed_at", "started_at", "ended_at"}:
        return local_time(str(value))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _choice_label(choices: type[StrEnum], value: Any) -> str:
    try:
        choice = choices(value)
    except ValueError:
        return str(value)
    # The choice's label, kept as domain wording so the history shows it in the reader's language.
    return Words(str(getattr(choice, "label", choice.value)))


def local_time(timestamp: str) -> str:
    """A stored UTC timestamp in the laptop's own time, e.g. 2026-11-24 14:03."""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def field_changes(
    table: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    person_name: Callable[[str], str] = str,
) -> tuple[FieldChange, ...]:
    """The fields of an entry, before and after, in the order of the form they are typed in.

    An added or removed record lists only the fields that held something.
    """
    before, after = before or {}, after or {}
    recorded = [c for c in dict.fromkeys([*before, *after]) if c not in _HIDDEN]
    form = list(_FORMS.get(table, {}))
    columns = sorted(recorded, key=lambda c: form.index(c) if c in form else len(form))
    whole = not (before and after)
    return tuple(
        FieldChange(
            field_label(table, column),
            value_text(table, column, before[column], person_name) if column in before else "",
            value_text(table, column, after[column], person_name) if column in after else "",
        )
        for column in columns
        if not (whole and _blank(before.get(column)) and _blank(after.get(column)))
    )


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def summary(
    table: str,
    change: str,
    title: str,
    fields: tuple[FieldChange, ...],
    after: Mapping[str, Any] | None,
) -> str:
    """One line saying what happened, e.g. "Changed Phone: 01632 960123 → 07700 900111"."""
    if change.startswith("retention_") and after and after.get("summary"):
        return str(after["summary"])
    if change == SUBJECT_ACCESS_EXPORT:
        return Words("Included in a subject access export")
    verb = Words(change_verb(change))
    if table == "stage_moves" and change == "insert":
        return Words("Moved {title}", title=title) if title else Words("Moved to another stage")
    if table == "conferences" and change == "insert":
        return Words("Started the conference")
    if change in ("insert", "delete"):
        held = [
            (f.label, _short(f.after if change == "insert" else f.before, 40)) for f in fields[:3]
        ]
        if not held:
            return verb
        return Words("{verb}: {fields}", verb=verb, fields=_labelled(held, " · "))
    if change != "update":
        return Words("{verb} “{title}”", verb=verb, title=_short(title)) if title else verb
    if len(fields) == 1:
        only = fields[0]
        return Words(
            "{verb} {label}: {before} → {after}",
            verb=verb,
            label=Words(only.label),
            before=_short(only.before),
            after=_short(only.after),
        )
    return Words(
        "{verb} {labels}", verb=verb, labels=listed([Words(f.label) for f in fields], ", ")
    )


def _labelled(pairs: list[tuple[str, str]], separator: str) -> Words:
    """Pairs of "label: value" joined; labels (and values that are wording) are translatable."""
    template = separator.join(f"{{label{i}}}: {{value{i}}}" for i in range(len(pairs)))
    values: dict[str, object] = {}
    for i, (label, value) in enumerate(pairs):
        values[f"label{i}"], values[f"value{i}"] = Words(label), value
    # A built template has no catalogue entry, so it reads the same in any language; only its
    # pieces (the labels, and values that are the app's wording) are translated.
    return Words(template, **values)


def title_of(table: str, values: Mapping[str, Any], person_name: Callable[[str], str]) -> str:
    """The record's name from its naming columns (values found for them), or empty text."""
    naming = NAMINGS.get(table)
    if naming is None:
        return ""
    parts = []
    for column in naming.columns:
        value = values.get(column)
        if value in (None, ""):
            continue
        if naming.people:
            parts.append(person_name(str(value)))
        elif table == "plans":
            parts.append(Words("version {version}", version=value))
        else:
            parts.append(value_text(table, column, value, person_name))
    if len(parts) < 2:
        return parts[0] if parts else ""
    if table == "stage_moves":
        return Words("{first} → {second}", first=parts[0], second=parts[1])
    return Words("{first} and {second}", first=parts[0], second=parts[1])


def _short(text: str, limit: int = 60) -> str:
    if isinstance(text, Words) and len(text) <= limit:
        return text  # the app's own wording, kept translatable
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
