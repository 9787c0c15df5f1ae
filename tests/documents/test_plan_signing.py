"""Signing a plan PDF and checking the signature: intact, and every way a copy can be changed."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pypdf import PdfReader, PdfWriter

from fgc_desktop.documents.family_plan import render_family_plan
from fgc_desktop.documents.plan_signing import check_signature, sign_plan
from fgc_desktop.documents.signing_certificate import (
    CertificateError,
    SigningKey,
    create_certificate,
    create_demo_certificate,
    open_certificate,
)
from fgc_desktop.domain.certificate import DEMO_SIGNER
from fgc_desktop.domain.plan_verification import SignatureState
from fgc_desktop.domain.stage import Stage

PASSPHRASE = "ein langer Spaziergang"
FINGERPRINT = "FGC-2026-0001 v1 sha256:0123456789abcdef"


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    """An agreed plan laid out as at agreement, not yet signed."""
    from fgc_desktop.services.demo_caseload import build_conference
    from tests.conftest import NOWAK, TODAY

    conference, _ = build_conference("FGC-2026-0001", NOWAK, Stage.REVIEW, TODAY, lambda c, p: b"")
    return render_family_plan(conference, conference.plan)


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return open_certificate(
        create_certificate("Jo Bennett", PASSPHRASE, organisation="Riverside FGC"), PASSPHRASE
    )


@pytest.fixture(scope="module")
def signed(plan_pdf: bytes, key: SigningKey) -> bytes:
    return sign_plan(plan_pdf, key, FINGERPRINT)


def test_a_signed_plan_checks_as_intact_by_its_signer(signed, plan_pdf, key) -> None:
    assert signed.startswith(plan_pdf)  # an incremental update: the plan's bytes are untouched
    check = check_signature(signed, [key.details.der])
    assert check.state is SignatureState.INTACT and check.trusted
    assert check.signer == "Jo Bennett" and check.self_signed
    assert check.fingerprint_text == FINGERPRINT
    assert check.certificate_fingerprint == key.details.fingerprint
    assert abs(check.signed_at - datetime.now(UTC)) < timedelta(minutes=5)
    # The QR code text and the plan's printed text stay as they were.
    assert [p.extract_text() for p in PdfReader(io.BytesIO(signed)).pages] == [
        p.extract_text() for p in PdfReader(io.BytesIO(plan_pdf)).pages
    ]


def test_without_the_signer_as_trust_root_it_is_intact_but_not_trusted(signed) -> None:
    check = check_signature(signed, [])
    assert check.state is SignatureState.INTACT and not check.trusted


def test_an_unsigned_plan_and_files_that_are_not_pdfs(plan_pdf) -> None:
    assert check_signature(plan_pdf).state is SignatureState.UNSIGNED
    for junk in (b"", b"hello", b"%PDF-1.7\n" + b"\x00" * 100, plan_pdf[: len(plan_pdf) // 2]):
        assert check_signature(junk).state is SignatureState.UNREADABLE


def _flip_in_content(pdf: bytes) -> bytes:
    start = pdf.index(b"stream", 1000) + 40  # inside a page's content stream
    changed = bytearray(pdf)
    changed[start] ^= 0x01
    return bytes(changed)


def _with_page_added(pdf: bytes, *, incremental: bool) -> bytes:
    writer = (
        PdfWriter(io.BytesIO(pdf), incremental=True)
        if incremental
        else PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    )
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _resaved(pdf: bytes) -> bytes:
    out = io.BytesIO()
    PdfWriter(clone_from=PdfReader(io.BytesIO(pdf))).write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("change", "expected", "said"),
    [
        (_flip_in_content, SignatureState.ALTERED, "The bytes that were signed have changed"),
        (
            lambda pdf: _with_page_added(pdf, incremental=False),
            SignatureState.ALTERED,
            "saved again by another program",
        ),
        (
            lambda pdf: _with_page_added(pdf, incremental=True),
            SignatureState.CHANGED_AFTER_SIGNING,
            "Content was added after the plan was signed",
        ),
        (_resaved, SignatureState.ALTERED, "saved again by another program"),
        (
            lambda pdf: pdf + b"\n% a note\n",
            SignatureState.CHANGED_AFTER_SIGNING,
            "added to the end of the file",
        ),
    ],
    ids=["byte-flipped", "page-added", "page-added-incrementally", "resaved", "bytes-appended"],
)
def test_every_change_after_signing_is_reported(signed, key, change, expected, said) -> None:
    changed = change(signed)
    assert changed != signed
    check = check_signature(changed, [key.details.der])
    assert check.state is expected
    assert said in check.detail


def test_no_single_byte_can_change_unnoticed(signed, key) -> None:
    chance = random.Random(6)
    for position in sorted(chance.sample(range(len(signed)), 150)):
        changed = bytearray(signed)
        changed[position] ^= 0x20
        check = check_signature(bytes(changed), [key.details.der])
        assert check.state is not SignatureState.INTACT, position


def test_the_wrong_passphrase_and_files_that_are_not_certificates(tmp_path) -> None:
    data = create_certificate("Jo Bennett", PASSPHRASE)
    with pytest.raises(CertificateError, match="passphrase is not right"):
        open_certificate(data, "not it")
    with pytest.raises(CertificateError, match="passphrase is not right"):
        open_certificate(data, "")
    for other in (b"", b"%PDF-1.7 not a certificate", b"\x30\x82\x01\x00" + bytes(300)):
        with pytest.raises(CertificateError, match="not a PKCS#12 certificate file"):
            open_certificate(other, PASSPHRASE)


def test_names_in_any_script_and_overlong_names(plan_pdf) -> None:
    for name in ("فاطمة الزهراء", "王小明", "Siân ap Rhys", "Ольга Смирнова"):
        key = open_certificate(create_certificate(name, PASSPHRASE), PASSPHRASE)
        assert key.details.subject == name
        assert check_signature(sign_plan(plan_pdf, key, FINGERPRINT)).signer == name
    long_name = "Bartholomew " * 20
    key = open_certificate(create_certificate(long_name, PASSPHRASE), PASSPHRASE)
    assert len(key.details.subject) == 64 and key.details.subject.startswith("Bartholomew")
    with pytest.raises(CertificateError, match="needs the name"):
        create_certificate("   ", PASSPHRASE)


def test_an_expired_certificate_is_refused_before_signing(plan_pdf) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=365 * 11)
    key = open_certificate(create_certificate("Jo Bennett", PASSPHRASE, now=long_ago), PASSPHRASE)
    with pytest.raises(CertificateError, match="expired on"):
        sign_plan(plan_pdf, key, FINGERPRINT)


def organisation_pkcs12(passphrase: str, *, with_key: bool = True) -> bytes:
    """A certificate as an organisation issues it: a leaf signed by its CA, chain included."""
    now = datetime.now(UTC)
    ca_key = rsa.generate_private_key(65537, 2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Riverside Council Issuing CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Amira Haddad")]))
        .issuer_name(ca_name)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .sign(ca_key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"Amira",
        leaf_key if with_key else None,
        leaf,
        [ca],
        serialization.BestAvailableEncryption(passphrase.encode()),
    )


def test_an_organisation_certificate_signs_and_reports_its_issuer(plan_pdf) -> None:
    key = open_certificate(organisation_pkcs12("org secret"), "org secret")
    assert (key.details.subject, key.details.issuer) == (
        "Amira Haddad",
        "Riverside Council Issuing CA",
    )
    assert not key.details.self_signed
    check = check_signature(sign_plan(plan_pdf, key, FINGERPRINT), [])
    assert check.state is SignatureState.INTACT and not check.trusted
    assert check.issuer == "Riverside Council Issuing CA"
    with pytest.raises(CertificateError, match="holds no private key"):
        open_certificate(organisation_pkcs12("org secret", with_key=False), "org secret")


def test_the_demo_certificate_says_what_it_is(plan_pdf) -> None:
    key = open_certificate(create_demo_certificate(), None)
    check = check_signature(sign_plan(plan_pdf, key, FINGERPRINT), [key.details.der])
    assert check.signer == DEMO_SIGNER == "FGC Desktop DEMO — not a real signature"
    assert check.state is SignatureState.INTACT


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_poppler_finds_the_signature_valid(signed, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in report.stdout, report.stdout + report.stderr
    assert "ETSI.CAdES.detached" in report.stdout  # PAdES, not the older adbe.pkcs7 kind
    assert "Total document signed" in report.stdout
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(_flip_in_content(signed))
    report = subprocess.run(["pdfsig", str(changed)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" not in report.stdout


def test_the_signatures_own_bytes_cannot_change_either(signed, key) -> None:
    """The one gap the signature cannot cover: its hex digits and the zeros padding them."""
    gap_start = signed.rindex(b"/Contents <") + len(b"/Contents <")
    gap_end = signed.index(b">", gap_start)
    hex_digits = signed[gap_start:gap_end]
    letter = gap_start + next(i for i, c in enumerate(hex_digits) if chr(c) in "abcdefABCDEF")
    padding = gap_end - 10  # well inside the zeros after the signature
    assert signed[padding : padding + 1] == b"0"
    for position, new in ((letter, signed[letter] ^ 0x20), (padding, ord("1"))):
        changed = bytearray(signed)
        changed[position] = new
        check = check_signature(bytes(changed), [key.details.der])
        assert check.state is SignatureState.ALTERED, position
