"""One conference with everything in it, to and from JSON (format in docs/conference-json.md)."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.canonical_plan import canonical_bytes, canonical_content, content_hash
from fgc_desktop.domain.conference import Conference, Consent, Meeting, Referral, StageMove
from fgc_desktop.domain.fields import (
    ACTION_FIELDS,
    BOTTOM_LINE_FIELDS,
    CONFERENCE_FIELDS,
    PERSON_FIELDS,
    PLAN_FIELDS,
    FieldSpec,
)
from fgc_desktop.domain.identity import parse_reference
from fgc_desktop.domain.network import Attendance, Person, Role
from fgc_desktop.domain.plan import Action, Decision, Plan, PlanStatus, Signature, SignatureMethod
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError, clean_line, format_date
from fgc_desktop.store import conferences, plans
from fgc_desktop.store.connection import Store

FORMAT = "fgc-desktop/conference"
SCHEMA_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024

E = TypeVar("E", bound=Enum)


class ExchangeError(Exception):
    """A file that cannot be imported or exported; `problems` names each field and why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# ---------------------------------------------------------------- export


def export_conference(store: Store, reference: str) -> dict[str, Any]:
    """Everything held about one conference, as JSON-ready data."""
    conference_id = conferences.conference_id_for(store, reference)
    if conference_id is None:
        raise ExchangeError([f"No conference with reference {reference} in this store."])
    conference = conferences.load_conference(store, conference_id)
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "conference": _conference_data(store, conference),
    }


def write_export(store: Store, reference: str, path: Path) -> None:
    """Write one conference to a JSON file (UTF-8, readable by people too)."""
    text = json.dumps(export_conference(store, reference), ensure_ascii=False, indent=2)
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise ExchangeError([f"{path} could not be written: {error.strerror}."]) from error


def _conference_data(store: Store, conference: Conference) -> dict[str, Any]:
    referral, consent, meeting = conference.referral, conference.consent, conference.meeting
    return {
        "id": conference.id,
        "reference": conference.reference,
        "family_name": conference.family_name,
        "stage": conference.stage.value,
        "created_at": conference.created_at,
        "updated_at": conference.updated_at,
        "referral": {
            "referrer_name": referral.referrer_name,
            "referrer_role": referral.referrer_role,
            "received_on": format_date(referral.received_on),
            "reason": referral.reason,
            "worries": referral.worries,
            "strengths": referral.strengths,
            "questions": referral.questions,
        },
        "consent": {"given_by": consent.given_by, "given_on": format_date(consent.given_on)},
        "meeting": {
            "held_on": format_date(meeting.held_on),
            "starts_at": meeting.starts_at,
            "venue": meeting.venue,
        },
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role.value,
                "relationship": p.relationship,
                "date_of_birth": format_date(p.date_of_birth),
                "attendance": p.attendance.value,
            }
            for p in conference.people
        ],
        "bottom_lines": [
            {"id": b.id, "text": b.text, "reason": b.reason} for b in conference.bottom_lines
        ],
        "stage_moves": [
            {
                "id": m.id,
                "from_stage": m.from_stage.value,
                "to_stage": m.to_stage.value,
                "reason": m.reason,
                "moved_at": m.moved_at,
            }
            for m in conference.stage_moves
        ],
        "plans": [_plan_data(store, plan) for plan in conference.plans],
    }


def _plan_data(store: Store, plan: Plan) -> dict[str, Any]:
    _, pdf = plans.agreed_record(store, plan.id)
    return {
        "id": plan.id,
        "version": plan.version,
        "status": plan.status.value,
        "contingency": plan.contingency,
        "plan_monitor": plan.plan_monitor,
        "review_date": format_date(plan.review_date),
        "decision": plan.decision.value,
        "decision_reasons": plan.decision_reasons,
        "agreed_at": plan.agreed_at,
        "content_hash": plan.content_hash,
        "agreed_pdf_base64": base64.b64encode(pdf).decode("ascii") if pdf else None,
        "actions": [
            {
                "id": a.id,
                "what": a.what,
                "who": a.who,
                "by_when": format_date(a.by_when),
                "support": a.support,
                "how_we_know": a.how_we_know,
            }
            for a in plan.actions
        ],
        "signatures": [
            {
                "id": s.id,
                "person_id": s.person_id,
                "name": s.name,
                "method": s.method.value,
                "note": s.note,
                "signed_at": s.signed_at,
            }
            for s in plan.signatures
        ],
    }


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportResult:
    """What an import stored."""

    conference_id: str
    reference: str
    family_name: str


def read_import(path: Path) -> dict[str, Any]:
    """The JSON data of a file, or ExchangeError saying why it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExchangeError([f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB."])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExchangeError([f"{path} does not exist."]) from None
    except UnicodeDecodeError:
        raise ExchangeError([f"{path} is not a UTF-8 text file."]) from None
    except OSError as error:
        raise ExchangeError([f"{path} cannot be read: {error.strerror}."]) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ExchangeError(
            [f"{path} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."]
        ) from None


def import_conference(store: Store, data: Any) -> ImportResult:
    """Check the whole file, then store the conference; nothing is written on any problem."""
    reader = _Reader()
    conference, kept = reader.conference_file(data)
    if reader.problems:
        raise ExchangeError(reader.problems)
    existing = conferences.conference_id_for(store, conference.reference)
    if existing == conference.id or _exists(store, conference.id):
        raise ExchangeError(
            [
                f"Conference {conference.reference} is already in this store; "
                "nothing was imported, so nothing there was overwritten."
            ]
        )
    if existing is not None:
        raise ExchangeError(
            [
                f"conference.reference: {conference.reference} is already used by another "
                "conference in this store; nothing was imported."
            ]
        )
    conferences.insert_conference(store, conference, kept)
    return ImportResult(conference.id, conference.reference, conference.family_name)


def _exists(store: Store, conference_id: str) -> bool:
    try:
        conferences.load_conference(store, conference_id)
    except Exception:
        return False
    return True


class _Reader:
    """Walks the file, turning it into domain objects and collecting every problem on the way."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def conference_file(self, data: Any) -> tuple[Conference, dict[str, tuple[str, bytes]]]:
        c = self._header(data)
        if self.problems:
            # Not a file of ours: listing every missing field would only bury the reason.
            raise ExchangeError(self.problems)
        conference = self._conference(c)
        kept: dict[str, tuple[str, bytes]] = {}
        for index, raw in enumerate(self.array(c, "plans", "conference.plans")):
            path = f"conference.plans[{index}]"
            plan = self._plan(raw, path)
            conference.plans.append(plan)
            if plan.is_agreed:
                pdf = self._pdf(raw, path)
                if pdf is not None:
                    text = canonical_bytes(canonical_content(conference, plan)).decode("utf-8")
                    kept[plan.id] = (text, pdf)
        self._check_agreed_hashes(conference)
        self._check_unique_ids(conference)
        return conference, kept

    def _header(self, data: Any) -> dict[str, Any]:
        """The conference object, once the file is known to be a conference file we can read."""
        if not isinstance(data, dict):
            self.problems.append("The file must hold a JSON object; this is not a conference file.")
            return {}
        if data.get("format") != FORMAT:
            self.problems.append(f"format: must be “{FORMAT}”; this is not a conference file.")
            return {}
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            hint = " (written by a newer version of FGC Desktop)" if _newer(version) else ""
            self.problems.append(
                f"schema_version: must be {SCHEMA_VERSION}, not {version!r}{hint}."
            )
            return {}
        return self.object(data, "conference", "conference")

    def _conference(self, c: dict[str, Any]) -> Conference:
        referral = self.object(c, "referral", "conference.referral")
        consent = self.object(c, "consent", "conference.consent")
        meeting = self.object(c, "meeting", "conference.meeting")
        field = CONFERENCE_FIELDS
        reference = self.text(c, "conference", "reference", required=True)
        if reference and parse_reference(reference) is None:
            self.problems.append(
                f"conference.reference: “{reference}” is not a reference like FGC-2026-0042."
            )
        return Conference(
            id=self.identifier(c, "conference"),
            reference=reference.upper(),
            family_name=self.value(c, "conference", "family_name", field["family_name"]),
            stage=self.choice(c, "conference", "stage", Stage),
            created_at=self.text(c, "conference", "created_at", required=True),
            updated_at=self.text(c, "conference", "updated_at", required=True),
            referral=Referral(
                referrer_name=self.value(
                    referral, "conference.referral", "referrer_name", field["referrer_name"]
                ),
                referrer_role=self.value(
                    referral, "conference.referral", "referrer_role", field["referrer_role"]
                ),
                received_on=self.value(
                    referral, "conference.referral", "received_on", field["referral_received_on"]
                ),
                reason=self.value(
                    referral, "conference.referral", "reason", field["referral_reason"]
                ),
                worries=self.value(referral, "conference.referral", "worries", field["worries"]),
                strengths=self.value(
                    referral, "conference.referral", "strengths", field["strengths"]
                ),
                questions=self.value(
                    referral, "conference.referral", "questions", field["questions"]
                ),
            ),
            consent=Consent(
                given_by=self.value(
                    consent, "conference.consent", "given_by", field["consent_given_by"]
                ),
                given_on=self.value(
                    consent, "conference.consent", "given_on", field["consent_given_on"]
                ),
            ),
            meeting=Meeting(
                held_on=self.value(meeting, "conference.meeting", "held_on", field["held_on"]),
                starts_at=self.value(
                    meeting, "conference.meeting", "starts_at", field["starts_at"]
                ),
                venue=self.value(meeting, "conference.meeting", "venue", field["venue"]),
            ),
            people=[
                self._person(raw, f"conference.people[{i}]")
                for i, raw in enumerate(self.array(c, "people", "conference.people"))
            ],
            bottom_lines=[
                self._bottom_line(raw, f"conference.bottom_lines[{i}]")
                for i, raw in enumerate(self.array(c, "bottom_lines", "conference.bottom_lines"))
            ],
            stage_moves=[
                self._stage_move(raw, f"conference.stage_moves[{i}]")
                for i, raw in enumerate(self.array(c, "stage_moves", "conference.stage_moves"))
            ],
        )

    def _person(self, raw: Any, path: str) -> Person:
        p = self.as_object(raw, path)
        return Person(
            id=self.identifier(p, path),
            name=self.value(p, path, "name", PERSON_FIELDS["name"]),
            role=self.choice(p, path, "role", Role),
            relationship=self.value(p, path, "relationship", PERSON_FIELDS["relationship"]),
            date_of_birth=self.value(p, path, "date_of_birth", PERSON_FIELDS["date_of_birth"]),
            attendance=self.choice(p, path, "attendance", Attendance),
        )

    def _bottom_line(self, raw: Any, path: str) -> BottomLine:
        b = self.as_object(raw, path)
        return BottomLine(
            id=self.identifier(b, path),
            text=self.value(b, path, "text", BOTTOM_LINE_FIELDS["text"]),
            reason=self.value(b, path, "reason", BOTTOM_LINE_FIELDS["reason"]),
        )

    def _stage_move(self, raw: Any, path: str) -> StageMove:
        m = self.as_object(raw, path)
        return StageMove(
            id=self.identifier(m, path),
            from_stage=self.choice(m, path, "from_stage", Stage),
            to_stage=self.choice(m, path, "to_stage", Stage),
            reason=self.text(m, path, "reason"),
            moved_at=self.text(m, path, "moved_at", required=True),
        )

    def _plan(self, raw: Any, path: str) -> Plan:
        p = self.as_object(raw, path)
        version = p.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.problems.append(f"{path}.version: must be a whole number from 1 up.")
            version = 1
        return Plan(
            id=self.identifier(p, path),
            version=version,
            status=self.choice(p, path, "status", PlanStatus),
            contingency=self.value(p, path, "contingency", PLAN_FIELDS["contingency"]),
            plan_monitor=self.value(p, path, "plan_monitor", PLAN_FIELDS["plan_monitor"]),
            review_date=self.value(p, path, "review_date", PLAN_FIELDS["review_date"]),
            decision=self.choice(p, path, "decision", Decision),
            decision_reasons=self.value(
                p, path, "decision_reasons", PLAN_FIELDS["decision_reasons"]
            ),
            agreed_at=self.text(p, path, "agreed_at") or None,
            content_hash=self.text(p, path, "content_hash") or None,
            actions=[
                self._action(a, f"{path}.actions[{i}]")
                for i, a in enumerate(self.array(p, "actions", f"{path}.actions"))
            ],
            signatures=[
                self._signature(s, f"{path}.signatures[{i}]")
                for i, s in enumerate(self.array(p, "signatures", f"{path}.signatures"))
            ],
        )

    def _action(self, raw: Any, path: str) -> Action:
        a = self.as_object(raw, path)
        f = ACTION_FIELDS
        return Action(
            id=self.identifier(a, path),
            what=self.value(a, path, "what", f["what"]),
            who=self.value(a, path, "who", f["who"]),
            by_when=self.value(a, path, "by_when", f["by_when"]),
            support=self.value(a, path, "support", f["support"]),
            how_we_know=self.value(a, path, "how_we_know", f["how_we_know"]),
        )

    def _signature(self, raw: Any, path: str) -> Signature:
        s = self.as_object(raw, path)
        return Signature(
            id=self.identifier(s, path),
            person_id=self.text(s, path, "person_id") or None,
            name=self.text(s, path, "name", required=True),
            method=self.choice(s, path, "method", SignatureMethod),
            note=self.text(s, path, "note"),
            signed_at=self.text(s, path, "signed_at"),
        )

    def _pdf(self, raw: dict[str, Any], path: str) -> bytes | None:
        encoded = raw.get("agreed_pdf_base64")
        try:
            pdf = base64.b64decode(encoded or "", validate=True)
        except (binascii.Error, TypeError, ValueError):
            pdf = b""
        if not pdf.startswith(b"%PDF"):
            self.problems.append(
                f"{path}.agreed_pdf_base64: an agreed plan must carry its PDF, base64-encoded."
            )
            return None
        return pdf

    def _check_agreed_hashes(self, conference: Conference) -> None:
        for index, plan in enumerate(conference.plans):
            if plan.is_agreed and plan.content_hash != content_hash(conference, plan):
                self.problems.append(
                    f"conference.plans[{index}].content_hash: does not match the plan's content; "
                    "the agreed plan was changed after it was agreed."
                )

    def _check_unique_ids(self, conference: Conference) -> None:
        ids = [
            conference.id,
            *(p.id for p in conference.people),
            *(b.id for b in conference.bottom_lines),
        ]
        for plan in conference.plans:
            ids += [plan.id, *(a.id for a in plan.actions), *(s.id for s in plan.signatures)]
        if len(ids) != len(set(ids)):
            self.problems.append("conference: the same id is used for two records.")
        versions = [plan.version for plan in conference.plans]
        if len(versions) != len(set(versions)):
            self.problems.append("conference.plans: two plans have the same version number.")

    # -- primitive readers: each records a problem and returns a harmless value

    def object(self, parent: dict[str, Any], key: str, path: str) -> dict[str, Any]:
        return self.as_object(parent.get(key), path)

    def as_object(self, raw: Any, path: str) -> dict[str, Any]:
        if isinstance(raw, dict):
            return raw
        self.problems.append(f"{path}: must be an object.")
        return {}

    def array(self, parent: dict[str, Any], key: str, path: str) -> list[Any]:
        raw = parent.get(key, [])
        if isinstance(raw, list):
            return raw
        self.problems.append(f"{path}: must be a list.")
        return []

    def text(self, parent: dict[str, Any], within: str, key: str, *, required: bool = False) -> str:
        path, raw = f"{within}.{key}", parent.get(key)
        if raw is None:
            raw = ""
        try:
            value = clean_line(raw, path)
        except ValidationError as error:
            self.problems.append(f"{path}: {error.message}.")
            return ""
        if required and not value:
            self.problems.append(f"{path}: is missing.")
        return value

    def identifier(self, parent: dict[str, Any], within: str) -> str:
        return self.text(parent, within, "id", required=True)

    def value(self, parent: dict[str, Any], within: str, key: str, spec: FieldSpec) -> Any:
        path = f"{within}.{key}"
        try:
            return spec.clean(parent.get(key))
        except ValidationError as error:
            self.problems.append(f"{path}: {error.message}.")
            return None if spec.kind.value == "date" else ""

    def choice(self, parent: dict[str, Any], within: str, key: str, kind: type[E]) -> E:
        path, raw = f"{within}.{key}", parent.get(key)
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            self.problems.append(f"{path}: “{raw}” is not one of: {allowed}.")
            return next(iter(kind))


def _newer(version: object) -> bool:
    return isinstance(version, int) and version > SCHEMA_VERSION
