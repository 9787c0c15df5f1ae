"""Finding an agreed plan version from a file (the SHA-256 of its kept PDF) or a QR code."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.plan import PlanStatus
from fgc_desktop.domain.plan_verification import StoredVersion
from fgc_desktop.store import records
from fgc_desktop.store.connection import Store

_SELECT = """
SELECT p.id, p.conference_id, c.reference, c.family_name, p.version, p.status, p.agreed_at,
       p.content_hash,
       (SELECT COALESCE(MAX(version), 0) FROM plans
         WHERE conference_id = p.conference_id AND status = 'agreed') AS latest
FROM plans p JOIN conferences c ON c.id = p.conference_id
"""


def record_kept_pdf(db: Database, plan_id: str, conference_id: str, pdf: bytes) -> None:
    """Keep the SHA-256 of a version's kept PDF, inside the caller's transaction."""
    row = {"id": plan_id, "conference_id": conference_id, "sha256": pdf_hash(pdf)}
    records.insert(db, "agreed_pdf_hashes", row, conference_id)


def pdf_hash(pdf: bytes) -> str:
    """SHA-256 of a file's bytes, as lowercase hex."""
    return hashlib.sha256(pdf).hexdigest()


def by_pdf_hash(store: Store, sha256: str) -> StoredVersion | None:
    """The agreed version whose kept PDF has exactly this hash."""
    rows = store.db.execute(
        _SELECT + "JOIN agreed_pdf_hashes h ON h.id = p.id WHERE h.sha256 = ? LIMIT 1", [sha256]
    ).fetchall()
    return _version(rows[0]) if rows else None


def by_reference(store: Store, reference: str, version: int) -> StoredVersion | None:
    """That version of the conference with that reference, agreed or not."""
    rows = store.db.execute(
        _SELECT + "WHERE c.reference = ? AND p.version = ?", [reference, version]
    ).fetchall()
    return _version(rows[0]) if rows else None


def family_of(store: Store, reference: str) -> str | None:
    """The family name of the conference with that reference, or None."""
    rows = store.db.execute(
        "SELECT family_name FROM conferences WHERE reference = ?", [reference]
    ).fetchall()
    return rows[0][0] if rows else None


def kept_pdf(store: Store, plan_id: str) -> bytes | None:
    """The exact PDF bytes kept when that version was agreed."""
    return records.fetch(store.db, "plans", plan_id).get("pdf")


def _version(row: Any) -> StoredVersion:
    plan_id, conference_id, reference, family, version, status, agreed_at, digest, latest = row
    return StoredVersion(
        plan_id=plan_id,
        conference_id=conference_id,
        reference=reference,
        family_name=family,
        version=version,
        is_agreed=status == PlanStatus.AGREED.value,
        agreed_at=agreed_at,
        content_hash=digest,
        latest_agreed_version=latest,
    )
