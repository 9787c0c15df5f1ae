"""Checking a plan: is a PDF the signed plan as agreed, and which version does a QR code name?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fgc_desktop.domain.certificate import CertificateKind
from fgc_desktop.domain.plan_fingerprint import PlanFingerprint, parse_fingerprint
from fgc_desktop.domain.plan_verification import (
    FingerprintMatch,
    PlanVerification,
    SignatureCheck,
    SignatureState,
    StoredVersion,
)
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import agreed_versions, signing_certificates
from fgc_desktop.store.connection import Store

# The app's own certificates are self-signed, so each is its own trust root; an organisation's
# certificate must chain to an issuer, which this computer cannot vouch for.
_TRUST_ROOT_KINDS = {CertificateKind.OWN, CertificateKind.DEMO}


@dataclass(frozen=True)
class FileCheck:
    """A PDF's hash and signature, checked without the store (so off the GUI thread)."""

    sha256: str
    signature: SignatureCheck


def trust_roots(store: Store | None) -> list[bytes]:
    """The certificates a signature may chain to: this caseload's own self-signed ones."""
    if store is None:
        return []
    return [c.der for c in signing_certificates.known(store) if c.kind in _TRUST_ROOT_KINDS]


def check_file(path: Path, roots: list[bytes]) -> FileCheck:
    """Read and check a PDF (slow); a file that cannot be read is reported, never raised."""
    from fgc_desktop.documents.plan_signing import LARGEST_PDF, check_signature

    try:
        if Path(path).stat().st_size > LARGEST_PDF:
            too_big = "It is far too big to be a family plan."
            return FileCheck("", SignatureCheck(SignatureState.UNREADABLE, detail=too_big))
        data = Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        problem = SignatureCheck(
            SignatureState.UNREADABLE, detail=f"{Path(path).name} could not be read: {reason}."
        )
        return FileCheck("", problem)
    return FileCheck(agreed_versions.pdf_hash(data), check_signature(data, roots))


def compare_with_store(store: Store | None, checked: FileCheck) -> PlanVerification:
    """Which agreed version the checked file is, exactly or by the version its signature names."""
    check = checked.signature
    if store is None:
        return PlanVerification(check, compared_with_store=False)
    exact = agreed_versions.by_pdf_hash(store, checked.sha256) if checked.sha256 else None
    claimed = _claimed(store, check.fingerprint_text)
    known = signing_certificates.known(store)
    certificate = next((c for c in known if c.fingerprint == check.certificate_fingerprint), None)
    return PlanVerification(check, exact=exact, claimed=claimed, certificate=certificate)


def verify_file(store: Store | None, path: Path) -> PlanVerification:
    """Check a PDF file and find its agreed version, in one call (for the command line)."""
    return compare_with_store(store, check_file(path, trust_roots(store)))


def verify_pdf(store: Store | None, pdf: bytes) -> PlanVerification:
    """Check PDF bytes and find their agreed version, in one call."""
    from fgc_desktop.documents.plan_signing import check_signature

    checked = FileCheck(agreed_versions.pdf_hash(pdf), check_signature(pdf, trust_roots(store)))
    return compare_with_store(store, checked)


def find_fingerprint(store: Store, text: str) -> FingerprintMatch:
    """Look up QR code text (typed, or typed by a scanner); ValidationError if it is not one."""
    fingerprint = parse_fingerprint(text)
    version = agreed_versions.by_reference(store, fingerprint.reference, fingerprint.version)
    family = agreed_versions.family_of(store, fingerprint.reference) if version is None else ""
    return FingerprintMatch(fingerprint, version, family or "")


def _claimed(store: Store, text: str) -> StoredVersion | None:
    """The agreed version a signature names, when its hash is that version's."""
    if not text:
        return None
    try:
        fingerprint: PlanFingerprint = parse_fingerprint(text)
    except ValidationError:
        return None
    version = agreed_versions.by_reference(store, fingerprint.reference, fingerprint.version)
    if version is None or not version.is_agreed:
        return None
    if not (version.content_hash or "").startswith(fingerprint.hash_start or "-"):
        return None
    return version


def agreed_pdf(store: Store, reference: str, version: int) -> bytes:
    """The exact (signed) bytes kept when that version was agreed; ValidationError if none."""
    found = agreed_versions.by_reference(store, reference, version)
    if found is None:
        raise ValidationError(
            "Version",
            Words("{reference} has no version {version}", reference=reference, version=version),
        )
    kept = agreed_versions.kept_pdf(store, found.plan_id) if found.is_agreed else None
    if kept is None:
        raise ValidationError(
            "Version",
            Words(
                "version {version} of {reference} is not agreed",
                version=version,
                reference=reference,
            ),
        )
    return kept
