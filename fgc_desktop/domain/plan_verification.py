"""Whether a plan PDF or a printed QR code is the plan as agreed, in words a coordinator uses.

The signature check (from the PDF) and the store look-up (which agreed version it is) are made
elsewhere; this module only combines them into a verdict, a headline and the details.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from fgc_desktop.domain.certificate import CertificateKind, KnownCertificate
from fgc_desktop.domain.plan_fingerprint import PlanFingerprint


class SignatureState(Enum):
    """What the PDF's digital signature says about the file."""

    UNREADABLE = "unreadable"  # not a PDF, or too damaged to read
    UNSIGNED = "unsigned"
    INTACT = "intact"  # every byte is as signed
    CHANGED_AFTER_SIGNING = "changed after signing"  # signed part intact, more added later
    ALTERED = "altered"  # the signed bytes were changed


class Verdict(Enum):
    """How far the copy can be relied on, shown as a colour beside the headline."""

    GENUINE = "genuine"
    CAUTION = "caution"
    ALTERED = "altered"


@dataclass(frozen=True)
class SignatureCheck:
    """The digital signature of a PDF as checked against the certificates this caseload knows."""

    state: SignatureState
    signer: str = ""
    issuer: str = ""
    self_signed: bool = False
    trusted: bool = False
    signed_at: datetime | None = None
    certificate_fingerprint: str = ""
    fingerprint_text: str = ""  # the QR code text written into the signature
    detail: str = ""  # why the file is not intact, in plain words


@dataclass(frozen=True)
class StoredVersion:
    """A plan version as the caseload keeps it."""

    plan_id: str
    conference_id: str
    reference: str
    family_name: str
    version: int
    is_agreed: bool
    agreed_at: str | None
    content_hash: str | None
    latest_agreed_version: int

    @property
    def name(self) -> str:
        """E.g. `version 1 of FGC-2026-0001 (Nowak family)`."""
        return f"version {self.version} of {self.reference} ({self.family_name})"

    @property
    def agreed_on(self) -> str:
        """The date it was agreed, as the rest of the app shows dates."""
        return (self.agreed_at or "")[:10]


@dataclass(frozen=True)
class PlanVerification:
    """A PDF checked: its signature, and which kept version it is (if any)."""

    signature: SignatureCheck
    exact: StoredVersion | None = None  # byte for byte the PDF kept at agreement
    claimed: StoredVersion | None = None  # the version its signature names
    certificate: KnownCertificate | None = None  # the signer's, when this caseload knows it
    compared_with_store: bool = True

    @property
    def verdict(self) -> Verdict:
        """Green, amber or red."""
        state = self.signature.state
        if state is SignatureState.UNSIGNED:
            return Verdict.GENUINE if self.exact is not None else Verdict.CAUTION
        if state is not SignatureState.INTACT:
            return Verdict.ALTERED
        if self.claimed is not None and self.exact is None:
            return Verdict.CAUTION  # signed, but not the bytes this caseload kept
        known = self.exact is not None or self.certificate is not None or self.signature.trusted
        return Verdict.GENUINE if known else Verdict.CAUTION

    @property
    def headline(self) -> str:
        """One sentence: can this copy be relied on?"""
        state = self.signature.state
        if state is SignatureState.UNREADABLE:
            return "This file cannot be read as a PDF"
        if state is SignatureState.ALTERED:
            return "Changed since it was signed: do not rely on this copy"
        if state is SignatureState.CHANGED_AFTER_SIGNING:
            return "Changed after it was signed: do not rely on this copy"
        if state is SignatureState.UNSIGNED:
            if self.exact is not None:
                return "Exactly the PDF kept when the plan was agreed (not digitally signed)"
            return "Not digitally signed, so it cannot be checked"
        if self.verdict is Verdict.GENUINE:
            return "Unmodified since it was signed"
        if not self.compared_with_store:
            return "Unmodified since it was signed (not compared with a caseload)"
        if self.claimed is not None:
            return "Unmodified since it was signed, but not the PDF this caseload kept"
        return "Unmodified since it was signed, by a certificate this caseload does not know"

    @property
    def details(self) -> list[str]:
        """The facts behind the headline, one per line."""
        lines = [self.signature.detail] if self.signature.detail else []
        if self.signature.state in {SignatureState.UNREADABLE, SignatureState.UNSIGNED}:
            return lines + self._version_lines()
        return lines + self._signer_lines() + self._version_lines()

    def _signer_lines(self) -> list[str]:
        check = self.signature
        when = f" on {format_moment(check.signed_at)}" if check.signed_at else ""
        lines = [f"Signed by {check.signer or 'an unnamed signer'}{when}."]
        known = self.certificate
        if known is not None and known.kind is CertificateKind.DEMO:
            lines.append(
                "Certificate: FGC Desktop's demo certificate. This is not a real signature."
            )
        elif known is not None and known.kind is CertificateKind.OWN:
            lines.append(
                "Certificate: this caseload's own signing certificate (self-signed), "
                f"created {known.added_at[:10]}."
            )
        elif known is not None:
            trust = "" if check.trusted else " This computer cannot check that issuer."
            lines.append(
                f"Certificate: the organisation's certificate imported into this caseload on "
                f"{known.added_at[:10]}, issued by {check.issuer}.{trust}"
            )
        elif check.trusted:
            lines.append(f"Certificate: issued by {check.issuer}, a trusted issuer.")
        else:
            issuer = "self-signed" if check.self_signed else f"issued by {check.issuer}"
            lines.append(f"Certificate: {issuer}; certificate not from a trusted issuer.")
        return lines

    def _version_lines(self) -> list[str]:
        if not self.compared_with_store:
            claim = self.signature.fingerprint_text
            said = f" It says it is {claim}." if claim else ""
            return [f"Not compared with a caseload.{said}"]
        if self.exact is not None:
            version = self.exact
            lines = [
                f"It is {version.name}, agreed on {version.agreed_on}: byte for byte the PDF "
                "kept when it was agreed."
            ]
        elif self.claimed is not None:
            version = self.claimed
            lines = [
                f"It says it is {version.name}, agreed on {version.agreed_on}, but it is not "
                "byte for byte the PDF kept when that version was agreed. Print a fresh copy "
                "from the caseload."
            ]
        elif self.signature.fingerprint_text:
            claim = self.signature.fingerprint_text
            return [f"It says it is {claim}, which is not in this caseload."]
        else:
            return ["It does not match any agreed plan in this caseload."]
        return lines + _newer_version(version)


@dataclass(frozen=True)
class FingerprintMatch:
    """A QR code's text looked up in the caseload."""

    fingerprint: PlanFingerprint
    version: StoredVersion | None = None
    family_name: str = ""  # when the conference is found but not the version

    @property
    def verdict(self) -> Verdict:
        """Green when the printed hash is that of the agreed version, red when it differs."""
        version = self.version
        if version is None or self.fingerprint.is_draft:
            return Verdict.CAUTION
        if version.is_agreed and self._hash_matches:
            return Verdict.GENUINE
        return Verdict.ALTERED

    @property
    def _hash_matches(self) -> bool:
        start = self.fingerprint.hash_start or ""
        return bool(self.version and (self.version.content_hash or "").startswith(start))

    @property
    def headline(self) -> str:
        """One sentence: is the paper with this code the agreed plan?"""
        fingerprint, version = self.fingerprint, self.version
        if version is None and not self.family_name:
            return f"No conference {fingerprint.reference} in this caseload"
        if version is None:
            reference = f"{fingerprint.reference} ({self.family_name})"
            return f"{reference} has no version {fingerprint.version}"
        if fingerprint.is_draft:
            return f"A draft of {version.name}, printed before it was agreed"
        if not version.is_agreed:
            return f"Does not match: {version.name} has not been agreed"
        if self._hash_matches:
            return f"Matches {version.name}, agreed on {version.agreed_on}"
        return f"Does not match {version.name} as agreed: this paper is not the agreed plan"

    @property
    def details(self) -> list[str]:
        """What to do next, and whether a newer version exists."""
        version = self.version
        lines: list[str] = []
        if version is None:
            return ["Check the reference on the paper; it may come from another caseload."]
        if self.fingerprint.is_draft and version.is_agreed:
            lines.append(
                f"That version was agreed on {version.agreed_on}; give out the agreed copy."
            )
        elif self.fingerprint.is_draft:
            lines.append("That version is still a draft.")
        elif version.is_agreed and not self._hash_matches:
            printed = self.fingerprint.hash_start or ""
            agreed = (version.content_hash or "")[: len(printed)]
            lines.append(
                f"The code says sha256:{printed}; the agreed version's hash starts {agreed}."
            )
        return lines + _newer_version(version)


def _newer_version(version: StoredVersion) -> list[str]:
    if version.latest_agreed_version > version.version:
        return [f"A newer version (v{version.latest_agreed_version}) has been agreed since."]
    return []


def format_moment(moment: datetime) -> str:
    """A signing time as e.g. `2026-11-24 17:33 UTC`."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
