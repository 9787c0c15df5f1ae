"""The certificates this caseload has signed plans with: trust roots when a plan is checked."""

from __future__ import annotations

from fgc_desktop.domain.certificate import CertificateDetails, CertificateKind, KnownCertificate
from fgc_desktop.domain.identity import utc_now
from fgc_desktop.store import records
from fgc_desktop.store.connection import Store


def remember(store: Store, details: CertificateDetails, kind: CertificateKind) -> None:
    """Keep a certificate (once) as one this caseload signs with."""
    with store.writing() as db:
        if db["signing_certificates"].count_where("id = ?", [details.fingerprint]):
            return
        row = {
            "id": details.fingerprint,
            "subject": details.subject,
            "issuer": details.issuer,
            "kind": kind.value,
            "der": details.der,
            "added_at": utc_now(),
        }
        records.insert(db, "signing_certificates", row, None)


def known(store: Store) -> list[KnownCertificate]:
    """Every certificate this caseload has signed with, oldest first."""
    return [
        KnownCertificate(
            fingerprint=row["id"],
            subject=row["subject"],
            issuer=row["issuer"] or "",
            kind=CertificateKind(row["kind"]),
            added_at=row["added_at"],
            der=row["der"],
        )
        for row in store.db["signing_certificates"].rows_where(order_by="added_at")
    ]
