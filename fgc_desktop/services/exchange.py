"""One conference with everything in it, to and from JSON (format in docs/conference-json.md).

The file mirrors the domain's own records field for field, so a field added to the domain travels
without new code here; what a person could have typed is checked with the same field rules as
the app's forms.
"""

from __future__ import annotations

import base64
import binascii
import json
import types
from dataclasses import MISSING, dataclass, fields, is_dataclass
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.canonical_plan import canonical_bytes, canonical_content, content_hash
from fgc_desktop.domain.conference import Conference, Consent, Meeting, Referral
from fgc_desktop.domain.conference_day import FamilyQuestion, ProfessionalInformation
from fgc_desktop.domain.fields import (
    ACTION_FIELDS,
    ANSWER_FIELDS,
    BOTTOM_LINE_FIELDS,
    BOTTOM_LINE_RESPONSE_FIELDS,
    CHILD_VOICE_FIELDS,
    CONFERENCE_FIELDS,
    FAMILY_QUESTION_FIELDS,
    PERSON_FIELDS,
    PLAN_FIELDS,
    PROFESSIONAL_INFORMATION_FIELDS,
    SAFETY_PAIR_FIELDS,
    VISIT_FIELDS,
    FieldSpec,
)
from fgc_desktop.domain.identity import parse_reference
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.plan import Action, Answer, BottomLineResponse, Plan
from fgc_desktop.domain.preparation import ChildVoice, PreparationVisit
from fgc_desktop.domain.review import (
    ACTION_PROGRESS_FIELDS,
    INVITEE_FIELDS,
    REVIEW_FIELDS,
    ActionProgress,
    Review,
    ReviewInvitee,
)
from fgc_desktop.domain.safety import SafetyPair
from fgc_desktop.domain.validation import (
    LONG_TEXT_LIMIT,
    ValidationError,
    clean_text,
    format_date,
    parse_date,
)
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import conferences, plans
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import RecordNotFoundError

FORMAT = "fgc-desktop/conference"
SCHEMA_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024
PDF_KEY = "agreed_pdf_base64"

# What a person types into each record is checked by the field rules of the forms.
_SPECS: dict[type, dict[str, FieldSpec]] = {
    Conference: {"family_name": CONFERENCE_FIELDS["family_name"]},
    Referral: {
        "referrer_name": CONFERENCE_FIELDS["referrer_name"],
        "referrer_role": CONFERENCE_FIELDS["referrer_role"],
        "referrer_team": CONFERENCE_FIELDS["referrer_team"],
        "referrer_phone": CONFERENCE_FIELDS["referrer_phone"],
        "referrer_email": CONFERENCE_FIELDS["referrer_email"],
        "received_on": CONFERENCE_FIELDS["referral_received_on"],
        "reason": CONFERENCE_FIELDS["referral_reason"],
        "worries": CONFERENCE_FIELDS["worries"],
        "strengths": CONFERENCE_FIELDS["strengths"],
        "questions": CONFERENCE_FIELDS["questions"],
        "bottom_lines_agreed_on": CONFERENCE_FIELDS["bottom_lines_agreed_on"],
    },
    Consent: {
        "given_by": CONFERENCE_FIELDS["consent_given_by"],
        "given_on": CONFERENCE_FIELDS["consent_given_on"],
        "withdrawn_on": CONFERENCE_FIELDS["consent_withdrawn_on"],
        "withdrawal_reason": CONFERENCE_FIELDS["consent_withdrawal_reason"],
    },
    Meeting: {
        key: CONFERENCE_FIELDS[key]
        for key in ("held_on", "starts_at", "venue", "venue_accessibility", "food", "childcare")
    },
    Person: PERSON_FIELDS,
    BottomLine: BOTTOM_LINE_FIELDS,
    Plan: PLAN_FIELDS,
    Answer: ANSWER_FIELDS,
    BottomLineResponse: BOTTOM_LINE_RESPONSE_FIELDS,
    Action: ACTION_FIELDS,
    PreparationVisit: VISIT_FIELDS,
    ChildVoice: CHILD_VOICE_FIELDS,
    SafetyPair: SAFETY_PAIR_FIELDS,
    ProfessionalInformation: PROFESSIONAL_INFORMATION_FIELDS,
    FamilyQuestion: FAMILY_QUESTION_FIELDS,
    Review: REVIEW_FIELDS,
    ReviewInvitee: INVITEE_FIELDS,
    ActionProgress: ACTION_PROGRESS_FIELDS,
}


class ExchangeError(Exception):
    """A file that cannot be imported or exported; `problems` names each field and why.

    Each problem is a `Words`: English as it reads (the CLI), translatable by the interface.
    """

    def __init__(self, problems: list[Words]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    """What an import stored."""

    conference_id: str
    reference: str
    family_name: str


# ---------------------------------------------------------------- export


def export_conference(store: Store, reference: str) -> dict[str, Any]:
    """Everything held about one conference, as JSON-ready data."""
    conference_id = conferences.conference_id_for(store, reference)
    if conference_id is None:
        raise ExchangeError(
            [Words("No conference with reference {reference} in this store.", reference=reference)]
        )
    conference = conferences.load_conference(store, conference_id)
    data = _plain(conference)
    for plan, plan_data in zip(conference.plans, data["plans"], strict=True):
        _, pdf = plans.agreed_record(store, plan.id)
        plan_data[PDF_KEY] = base64.b64encode(pdf).decode("ascii") if pdf else None
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "conference": data}


def write_export(store: Store, reference: str, path: Path) -> None:
    """Write one conference to a JSON file (UTF-8, readable by people too)."""
    text = json.dumps(export_conference(store, reference), ensure_ascii=False, indent=2)
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise ExchangeError(
            [Words("{path} could not be written: {strerror}.", path=path, strerror=error.strerror)]
        ) from error


def conference_data(conference: Conference) -> dict[str, Any]:
    """A conference as plain JSON-ready data, field for field."""
    return _plain(conference)


def conference_from_data(data: Any) -> Conference:
    """A conference back from conference_data's output; ExchangeError if it does not read."""
    reader = _Reader()
    conference = reader.record(Conference, data, "conference")
    if reader.problems:
        raise ExchangeError(reader.problems)
    return conference


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _plain(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return format_date(value)
    return value


# ---------------------------------------------------------------- import


def read_import(path: Path) -> dict[str, Any]:
    """The JSON data of a file, or ExchangeError saying why it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExchangeError(
                [Words("{path} is larger than {mb} MB.", path=path, mb=MAX_FILE_BYTES // 2**20)]
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExchangeError([Words("{path} does not exist.", path=path)]) from None
    except UnicodeDecodeError:
        raise ExchangeError([Words("{path} is not a UTF-8 text file.", path=path)]) from None
    except OSError as error:
        raise ExchangeError(
            [Words("{path} cannot be read: {strerror}.", path=path, strerror=error.strerror)]
        ) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        # Python's own reason (e.g. "Expecting value") stays as it is: it names the JSON fault.
        raise ExchangeError(
            [
                Words(
                    "{path} is not valid JSON (line {line}, column {column}: {reason}).",
                    path=path,
                    line=error.lineno,
                    column=error.colno,
                    reason=error.msg,
                )
            ]
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
                Words(
                    "Conference {reference} is already in this store; nothing was imported, so "
                    "nothing there was overwritten.",
                    reference=conference.reference,
                )
            ]
        )
    if existing is not None:
        raise ExchangeError(
            [
                Words(
                    "conference.reference: {reference} is already used by another conference in "
                    "this store; nothing was imported.",
                    reference=conference.reference,
                )
            ]
        )
    clashes = conferences.ids_already_stored(store, conference)
    if clashes:
        raise ExchangeError(
            [
                Words(
                    "{where}: this id is already used in this store; nothing was imported.",
                    where=path,
                )
                for path in clashes
            ]
        )
    conferences.insert_conference(store, conference, kept)
    return ImportResult(conference.id, conference.reference, conference.family_name)


def _exists(store: Store, conference_id: str) -> bool:
    try:
        conferences.load_conference(store, conference_id)
    except RecordNotFoundError:
        return False
    return True


class _Reader:
    """Walks the file into domain records, collecting every problem on the way."""

    def __init__(self) -> None:
        self.problems: list[Words] = []

    def conference_file(self, data: Any) -> tuple[Conference, dict[str, tuple[str, bytes]]]:
        raw = self._header(data)
        if self.problems:
            # Not a file of ours: listing every missing field would only bury the reason.
            raise ExchangeError(self.problems)
        conference = self.record(Conference, raw, "conference")
        if conference.reference and parse_reference(conference.reference) is None:
            self.problems.append(
                Words(
                    "conference.reference: “{reference}” is not a reference like FGC-2026-0042.",
                    reference=conference.reference,
                )
            )
        conference.reference = conference.reference.upper()
        kept = self._agreed_records(conference, raw.get("plans"))
        self._check_links(conference)
        return conference, kept

    def _header(self, data: Any) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.problems.append(
                Words("The file must hold a JSON object; this is not a conference file.")
            )
            return {}
        if data.get("format") != FORMAT:
            self.problems.append(
                Words("format: must be “{format}”; this is not a conference file.", format=FORMAT)
            )
            return {}
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            newer = isinstance(version, int) and version > SCHEMA_VERSION
            self.problems.append(
                Words(
                    "schema_version: must be {expected}, not {version!r} (written by a newer "
                    "version of FGC Desktop).",
                    expected=SCHEMA_VERSION,
                    version=version,
                )
                if newer
                else Words(
                    "schema_version: must be {expected}, not {version!r}.",
                    expected=SCHEMA_VERSION,
                    version=version,
                )
            )
            return {}
        conference = data.get("conference")
        if not isinstance(conference, dict):
            self.problems.append(Words("{where}: must be an object.", where="conference"))
            return {}
        return conference

    def record(self, kind: type, raw: Any, path: str) -> Any:
        """One domain record of a kind, every field read by its type or its field rule."""
        if not isinstance(raw, dict):
            self.problems.append(Words("{where}: must be an object.", where=path))
            raw = {}
        values = {}
        for item in fields(kind):
            where = f"{path}.{item.name}"
            hint = _hints(kind)[item.name]
            required = item.name == "id" or (
                item.default is MISSING and item.default_factory is MISSING
            )
            if item.name not in raw:
                if required:
                    self.problems.append(Words("{where}: is missing.", where=where))
                continue
            spec = _SPECS.get(kind, {}).get(item.name)
            values[item.name] = self.value(hint, raw[item.name], where, spec)
        try:
            return kind(**values)
        except TypeError:
            # A required field was missing (already reported): any stand-in will do.
            return kind(**{**_stand_ins(kind), **values})

    def value(self, hint: Any, raw: Any, where: str, spec: FieldSpec | None) -> Any:
        """One field's value, checked; problems are recorded and a harmless value returned."""
        target, optional = _unwrap(hint)
        if raw is None and optional:
            return None
        if spec is not None:
            try:
                return spec.clean(raw)
            except ValidationError as error:
                self.problems.append(_refused(where, error))
                return None if optional else ""
        if get_origin(target) is list:
            return self._list(get_args(target)[0], raw, where)
        if get_origin(target) is tuple:
            return self._tuple(get_args(target), raw, where)
        if target is float:
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                return float(raw)
            self.problems.append(Words("{where}: must be a number.", where=where))
            return 0.0
        if is_dataclass(target):
            return self.record(target, raw, where)
        if isinstance(target, type) and issubclass(target, Enum):
            return self._choice(target, raw, where)
        if target is bool:
            if isinstance(raw, bool):
                return raw
            self.problems.append(Words("{where}: must be true or false.", where=where))
            return False
        if target is int:
            if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 1:
                return raw
            self.problems.append(Words("{where}: must be a whole number from 1 up.", where=where))
            return 1
        if target is date:
            try:
                return parse_date(raw, where)
            except ValidationError as error:
                self.problems.append(_refused(where, error))
                return None
        return self._text(raw, where, optional)

    def _list(self, kind: type, raw: Any, where: str) -> list[Any]:
        if not isinstance(raw, list):
            self.problems.append(Words("{where}: must be a list.", where=where))
            return []
        if is_dataclass(kind):
            return [self.record(kind, item, f"{where}[{i}]") for i, item in enumerate(raw)]
        return [self.value(kind, item, f"{where}[{i}]", None) for i, item in enumerate(raw)]

    def _tuple(self, kinds: tuple[Any, ...], raw: Any, where: str) -> tuple[Any, ...]:
        # tuple[X, ...] is a list of X; tuple[X, Y] a fixed pair (e.g. a point of a stroke).
        if not isinstance(raw, list):
            self.problems.append(Words("{where}: must be a list.", where=where))
            return ()
        if len(kinds) == 2 and kinds[1] is Ellipsis:
            return tuple(
                self.value(kinds[0], item, f"{where}[{i}]", None) for i, item in enumerate(raw)
            )
        if len(raw) != len(kinds):
            self.problems.append(
                Words("{where}: must hold {count} values.", where=where, count=len(kinds))
            )
            return tuple(0.0 for _ in kinds)
        return tuple(
            self.value(kind, item, f"{where}[{i}]", None)
            for i, (kind, item) in enumerate(zip(kinds, raw, strict=True))
        )

    def _choice(self, kind: type[Enum], raw: Any, where: str) -> Enum:
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            self.problems.append(
                Words(
                    "{where}: “{value}” is not one of: {allowed}.",
                    where=where,
                    value=raw,
                    allowed=allowed,
                )
            )
            return next(iter(kind))

    def _text(self, raw: Any, where: str, optional: bool) -> str | None:
        try:
            text = clean_text(raw, where, limit=LONG_TEXT_LIMIT)
        except ValidationError as error:
            self.problems.append(_refused(where, error))
            return ""
        if where.endswith(".id") and not text:
            self.problems.append(Words("{where}: cannot be empty.", where=where))
        return text or (None if optional else "")

    def _agreed_records(
        self, conference: Conference, raw_plans: Any
    ) -> dict[str, tuple[str, bytes]]:
        kept = {}
        raw_plans = raw_plans if isinstance(raw_plans, list) else []
        for index, (plan, raw) in enumerate(zip(conference.plans, raw_plans, strict=False)):
            if not plan.is_agreed:
                continue
            path = f"conference.plans[{index}]"
            if plan.content_hash != content_hash(conference, plan):
                self.problems.append(
                    Words(
                        "{where}.content_hash: does not match the plan's content; the agreed plan "
                        "was changed after it was agreed.",
                        where=path,
                    )
                )
            pdf = _decode_pdf(raw.get(PDF_KEY) if isinstance(raw, dict) else None)
            if pdf is None:
                self.problems.append(
                    Words(
                        "{where}.{key}: an agreed plan must carry its PDF, base64-encoded.",
                        where=path,
                        key=PDF_KEY,
                    )
                )
                continue
            kept[plan.id] = (canonical_bytes(canonical_content(conference, plan)).decode(), pdf)
        return kept

    def _check_links(self, conference: Conference) -> None:
        ids = [conference.id, *(p.id for p in conference.people)]
        ids += [b.id for b in conference.bottom_lines]
        for plan in conference.plans:
            ids += [plan.id, *(a.id for a in plan.actions), *(s.id for s in plan.signatures)]
        for records in (conference.safety_pairs, conference.visits, conference.invitations):
            ids += [record.id for record in records]
        ids += [voice.id for voice in conference.child_voices]
        ids += [r.id for r in conference.child_relationships]
        for more in (
            conference.professional_information,
            conference.family_questions,
            conference.family_time,
        ):
            ids += [record.id for record in more]
        for review in conference.reviews:
            ids += [review.id, *(i.id for i in review.invitees), *(p.id for p in review.progress)]
        if len(ids) != len(set(ids)):
            self.problems.append(Words("conference: the same id is used for two records."))
        versions = [plan.version for plan in conference.plans]
        if len(versions) != len(set(versions)):
            self.problems.append(Words("conference.plans: two plans have the same version number."))
        people = {person.id for person in conference.people}
        for path, person_id in _person_links(conference):
            if person_id is not None and person_id not in people:
                self.problems.append(
                    Words(
                        "{where}: no one in conference.people has the id {id}.",
                        where=path,
                        id=person_id,
                    )
                )
        self.problems += _review_link_problems(conference)


def _person_links(conference: Conference) -> list[tuple[str, str | None]]:
    links: list[tuple[str, str | None]] = [
        ("conference.consent.given_by_person_id", conference.consent.given_by_person_id)
    ]
    for i, pair in enumerate(conference.safety_pairs):
        links += [
            (f"conference.safety_pairs[{i}].person_id", pair.person_id),
            (f"conference.safety_pairs[{i}].other_person_id", pair.other_person_id),
        ]
    links += [
        (f"conference.visits[{i}].person_id", v.person_id) for i, v in enumerate(conference.visits)
    ]
    links += [
        (f"conference.invitations[{i}].person_id", v.person_id)
        for i, v in enumerate(conference.invitations)
    ]
    links += [
        (f"conference.professional_information[{i}].person_id", info.person_id)
        for i, info in enumerate(conference.professional_information)
    ]
    for i, r in enumerate(conference.child_relationships):
        links += [
            (f"conference.child_relationships[{i}].person_id", r.person_id),
            (f"conference.child_relationships[{i}].child_id", r.child_id),
        ]
    for i, voice in enumerate(conference.child_voices):
        links += [
            (f"conference.child_voices[{i}].child_id", voice.child_id),
            (f"conference.child_voices[{i}].advocate_id", voice.advocate_id),
        ]
    for r, review in enumerate(conference.reviews):
        links += [
            (f"conference.reviews[{r}].invitees[{i}].person_id", invitee.person_id)
            for i, invitee in enumerate(review.invitees)
        ]
    for p, plan in enumerate(conference.plans):
        links += [
            (f"conference.plans[{p}].signatures[{i}].person_id", s.person_id)
            for i, s in enumerate(plan.signatures)
        ]
        links += [
            (f"conference.plans[{p}].recipients[{i}]", person_id)
            for i, person_id in enumerate(plan.recipients)
        ]
    return links


def _review_link_problems(conference: Conference) -> list[Words]:
    """Each review must look at one of the conference's plans and speak of that plan's actions."""
    problems = []
    plans_by_id = {plan.id: plan for plan in conference.plans}
    for r, review in enumerate(conference.reviews):
        path = f"conference.reviews[{r}]"
        plan = plans_by_id.get(review.plan_id)
        if plan is None:
            problems.append(
                Words("{where}.plan_id: no plan has the id {id}.", where=path, id=review.plan_id)
            )
        elif not plan.is_agreed:
            problems.append(
                Words("{where}.plan_id: a review looks at an agreed plan version.", where=path)
            )
        if review.new_plan_id is not None and review.new_plan_id not in plans_by_id:
            problems.append(
                Words(
                    "{where}.new_plan_id: no plan in conference.plans has the id {id}.",
                    where=path,
                    id=review.new_plan_id,
                )
            )
        actions = {action.id for action in plan.actions} if plan is not None else set()
        problems += [
            Words(
                "{where}.progress[{index}].action_id: the reviewed plan has no action {id}.",
                where=path,
                index=i,
                id=p.action_id,
            )
            for i, p in enumerate(review.progress)
            if plan is not None and p.action_id not in actions
        ]
        invited = [invitee.person_id for invitee in review.invitees]
        if len(invited) != len(set(invited)):
            problems.append(
                Words("{where}.invitees: the same person is invited twice.", where=path)
            )
    return problems


def _refused(where: str, error: ValidationError) -> Words:
    """A value refused by its field rule, named by its place in the file rather than its label."""
    return Words("{where}: {problem}.", where=where, problem=error.message)


def _decode_pdf(encoded: Any) -> bytes | None:
    try:
        pdf = base64.b64decode(encoded or "", validate=True)
    except (binascii.Error, TypeError, ValueError):
        return None
    return pdf if pdf.startswith(b"%PDF") else None


@cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """The type inside an optional hint, and whether None is allowed."""
    if get_origin(hint) in (Union, types.UnionType):
        args = [arg for arg in get_args(hint) if arg is not type(None)]
        return args[0], len(args) < len(get_args(hint))
    return hint, False


def _stand_ins(kind: type) -> dict[str, Any]:
    hints = _hints(kind)
    stand_ins: dict[str, Any] = {}
    for item in fields(kind):
        if item.default is MISSING and item.default_factory is MISSING:
            target, _ = _unwrap(hints[item.name])
            stand_ins[item.name] = (
                next(iter(target))
                if isinstance(target, type) and issubclass(target, Enum)
                else (date.min if target is date else "")
            )
    return stand_ins
