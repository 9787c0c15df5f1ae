"""Signing certificates: who a certificate names, who issued it, and where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

DEMO_SIGNER = "FGC Desktop DEMO — not a real signature"


class CertificateKind(Enum):
    """Where a certificate this caseload signs with came from."""

    OWN = "own"  # created by the app for the coordinator or service (self-signed)
    ORGANISATION = "organisation"  # imported from a PKCS#12 file the organisation issued
    DEMO = "demo"  # made for a demo caseload; its signatures mean nothing


@dataclass(frozen=True)
class CertificateDetails:
    """What a certificate says about itself; fingerprint is the SHA-256 of its DER bytes."""

    fingerprint: str
    subject: str
    organisation: str
    issuer: str
    self_signed: bool
    valid_from: datetime
    valid_until: datetime
    der: bytes

    @property
    def short_fingerprint(self) -> str:
        """The fingerprint in groups of four, short enough to read out on the phone."""
        head = self.fingerprint[:16].upper()
        return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


@dataclass(frozen=True)
class KnownCertificate:
    """A certificate this caseload has signed plans with, and how it got it."""

    fingerprint: str
    subject: str
    issuer: str
    kind: CertificateKind
    added_at: str
    der: bytes
