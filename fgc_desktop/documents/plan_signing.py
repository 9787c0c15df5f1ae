"""Digitally signing an agreed plan's PDF (PAdES baseline B-B) and checking such a signature.

The signature is an incremental update that covers every byte of the plan as laid out, so
anyone can later tell whether a copy is the plan as agreed. Its reason carries the plan's QR
code text, which names the version it signs. pyHanko is imported only here, when needed.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterable
from typing import Any

from fgc_desktop.documents.signing_certificate import SigningKey
from fgc_desktop.domain.plan_verification import SignatureCheck, SignatureState

FIELD_NAME = "FGC plan signature"
REASON_PREFIX = "Agreed family plan "
# A plan is tens of kilobytes; a file this big is not one, and reading it would stall.
LARGEST_PDF = 200 * 1024 * 1024
_UNREADABLE = "It is damaged, cut short, or not a PDF at all."
_REASON = re.compile(re.escape(REASON_PREFIX) + r"(.+)$")


def sign_plan(pdf: bytes, key: SigningKey, fingerprint_text: str) -> bytes:
    """The plan's PDF with an invisible PAdES signature over all of it, by the key's holder."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    key.check_usable()
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=f"{REASON_PREFIX}{fingerprint_text}",
        name=key.details.subject,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    signed = signers.sign_pdf(writer, metadata, key.signer, bytes_reserved=key.reserved_bytes)
    return signed.getvalue()


def check_signature(pdf: bytes, trusted_der: Iterable[bytes] = ()) -> SignatureCheck:
    """Whether the PDF is as signed, who signed it and when; trusted_der are the trust roots.

    Never raises for a bad file: a damaged or foreign file is reported as such.
    """
    _quiet_pyhanko()
    if b"%PDF-" not in pdf[:1024]:  # where readers look for the header
        return SignatureCheck(SignatureState.UNREADABLE, detail=_UNREADABLE)
    if len(pdf) > LARGEST_PDF:
        return SignatureCheck(
            SignatureState.UNREADABLE, detail="It is far too big to be a family plan."
        )
    try:
        signatures = _embedded_signatures(pdf)
    except Exception:  # pyHanko's read errors vary with the damage; all mean the same here
        return SignatureCheck(SignatureState.UNREADABLE, detail=_UNREADABLE)
    if not signatures:
        return SignatureCheck(
            SignatureState.UNSIGNED,
            detail="It carries no digital signature. Only the plan as agreed is signed: a copy "
            "addressed to one person, or large print, is not (check its QR code instead); "
            "nor is a plan agreed before plans were signed.",
        )
    first = signatures[0]  # the plan's own; any later one is a change after signing
    identity: dict[str, Any] = {}
    try:
        # The signature's fields (e.g. its time) are read from the file, so damage shows here too.
        identity = _identity(first)
        status = _validated(first, trusted_der)
        as_written = _signature_bytes_as_written(pdf, first.byte_range)
    except Exception:
        return SignatureCheck(
            SignatureState.ALTERED,
            detail="The signature itself is damaged, so the file was changed after signing.",
            **identity,
        )
    trusted = bool(status.trusted)
    if _state(status) is SignatureState.INTACT and not as_written:
        why = "The signature's own bytes were changed after signing."
        return SignatureCheck(SignatureState.ALTERED, trusted=trusted, detail=why, **identity)
    why = _why(status, len(signatures))
    return SignatureCheck(_state(status), trusted=trusted, detail=why, **identity)


def _signature_bytes_as_written(pdf: bytes, byte_range: list[int]) -> bool:
    """True when the one unsigned gap, the signature's hex, is exactly as a signer writes it.

    The signature cannot cover its own bytes, so changing a hex letter's case or the zero
    padding after it would pass the signature check; the file would still have changed.
    """
    gap = pdf[byte_range[0] + byte_range[1] : byte_range[2]]
    hex_digits = gap[1:-1]
    if gap[:1] != b"<" or gap[-1:] != b">" or len(hex_digits) % 2:
        return False
    if hex_digits not in {hex_digits.lower(), hex_digits.upper()}:
        return False
    try:
        value = bytes.fromhex(hex_digits.decode("ascii"))
    except ValueError:
        return False
    used = _der_length(value)
    return used is not None and not any(value[used:])


def _der_length(value: bytes) -> int | None:
    """The length of the DER object at the start of value, header included."""
    if len(value) < 2:
        return None
    first = value[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(value) < 2 + count:
        return None
    return 2 + count + int.from_bytes(value[2 : 2 + count], "big")


def _embedded_signatures(pdf: bytes) -> list[Any]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return list(PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures)


def _validated(signature: Any, trusted_der: Iterable[bytes]) -> Any:
    from asn1crypto import x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [x509.Certificate.load(der) for der in trusted_der]
    # Only the roots given: never the system's web trust list, and never the network.
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    return validate_pdf_signature(signature, context)


def _identity(signature: Any) -> dict[str, Any]:
    certificate = signature.signer_cert
    subject, issuer = certificate.subject.native, certificate.issuer.native
    reason = _REASON.match(str(signature.sig_object.get("/Reason", "")))
    return {
        "signer": subject.get("common_name") or certificate.subject.human_friendly,
        "issuer": issuer.get("common_name") or certificate.issuer.human_friendly,
        "self_signed": certificate.subject == certificate.issuer,
        "signed_at": signature.self_reported_timestamp,
        "certificate_fingerprint": hashlib.sha256(certificate.dump()).hexdigest(),
        "fingerprint_text": reason.group(1).strip() if reason else "",
    }


def _state(status: Any) -> SignatureState:
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not (status.intact and status.valid):
        return SignatureState.ALTERED
    if status.coverage is SignatureCoverageLevel.ENTIRE_FILE:
        return SignatureState.INTACT
    if status.coverage is SignatureCoverageLevel.ENTIRE_REVISION:
        return SignatureState.CHANGED_AFTER_SIGNING
    return SignatureState.ALTERED


def _why(status: Any, signature_count: int) -> str:
    from pyhanko.sign.diff_analysis import ModificationLevel

    state = _state(status)
    if state is SignatureState.INTACT:
        return ""
    if state is SignatureState.ALTERED and not status.valid:
        return "The signature does not match the certificate's key: it is not genuine."
    if state is SignatureState.ALTERED:
        return (
            "The bytes that were signed have changed: the file was edited, or saved again "
            "by another program."
        )
    if signature_count > 1:
        return "Another signature was added after the plan was signed."
    level = status.modification_level
    if level in {ModificationLevel.FORM_FILLING, ModificationLevel.ANNOTATIONS}:
        return "Comments or form entries were added after the plan was signed."
    if level is ModificationLevel.OTHER:
        return "Content was added after the plan was signed (for example a page)."
    return "Something was added to the end of the file after the plan was signed."


def _quiet_pyhanko() -> None:
    # pyHanko logs a whole traceback for every untrusted certificate; the verdict says it.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False
