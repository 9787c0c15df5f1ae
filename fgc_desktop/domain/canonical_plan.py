"""The canonical content of a plan version: the exact facts that are agreed and signed."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.plan import Plan, PlanStatus
from fgc_desktop.domain.validation import format_date

CANONICAL_FORMAT = 1


def canonical_content(conference: Conference, plan: Plan) -> dict[str, Any]:
    """Plain data holding every fact of the plan version that participants agree to."""
    content = {
        "format": CANONICAL_FORMAT,
        "conference": {"id": conference.id, "reference": conference.reference},
        "plan": {"id": plan.id, "version": plan.version},
        "children": [
            {"name": child.name, "date_of_birth": format_date(child.date_of_birth)}
            for child in conference.children
        ],
        "bottom_lines": [
            {"text": line.text, "reason": line.reason} for line in conference.bottom_lines
        ],
        "actions": [
            {
                "what": action.what,
                "who": action.who,
                "by_when": format_date(action.by_when),
                "support": action.support,
                "how_we_know": action.how_we_know,
            }
            for action in plan.actions
        ],
        "contingency": plan.contingency,
        "plan_monitor": plan.plan_monitor,
        "review_date": format_date(plan.review_date),
        "decision": plan.decision.value,
        "decision_reasons": plan.decision_reasons,
    }
    # Sections added after the first format appear only when used, so a plan agreed without
    # them keeps the hash it was agreed with.
    if plan.answers:
        content["answers"] = [
            {"question": answer.question, "answer": answer.answer} for answer in plan.answers
        ]
    if plan.bottom_line_responses:
        content["bottom_line_responses"] = [
            {"bottom_line": r.bottom_line, "how_met": r.how_met} for r in plan.bottom_line_responses
        ]
    # The family agree to and sign the plan in its words: a Welsh plan's fingerprint covers its
    # language, so changing it asks everyone to sign again. English adds nothing, so every plan
    # agreed before documents had a language keeps its hash.
    language = plan_language(conference, plan)
    if language is not Language.ENGLISH:
        content["language"] = language.value
    return content


def plan_language(conference: Conference, plan: Plan) -> Language:
    """The language a version is printed in: as agreed, or (a draft) the conference's."""
    return plan.language if plan.is_agreed else conference.document_language


def canonical_bytes(content: dict[str, Any]) -> bytes:
    """One byte string per content: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def content_hash(conference: Conference, plan: Plan) -> str:
    """SHA-256 of the plan's canonical content, as lowercase hex."""
    return hashlib.sha256(canonical_bytes(canonical_content(conference, plan))).hexdigest()


def mark_agreed(conference: Conference, plan: Plan, agreed_at: str) -> str:
    """Set a version agreed with its hash; returns the canonical text that is kept with it."""
    plan.language = conference.document_language
    plan.status = PlanStatus.AGREED
    plan.agreed_at = agreed_at
    plan.content_hash = content_hash(conference, plan)
    return canonical_bytes(canonical_content(conference, plan)).decode("utf-8")


def wording_hash(conference: Conference, plan: Plan) -> str:
    """SHA-256 of what participants sign: the content without the referrer's decision.

    A signature keeps this hash, so a change to the plan's wording after someone signed shows,
    while the referrer recording their decision afterwards does not undo anyone's signature.
    """
    content = canonical_content(conference, plan)
    for key in ("decision", "decision_reasons"):
        content.pop(key)
    return hashlib.sha256(canonical_bytes(content)).hexdigest()
