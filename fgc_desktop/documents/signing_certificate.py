"""The certificate agreed plans are signed with: made for the coordinator, or the organisation's.

A certificate lives in a PKCS#12 file protected by a passphrase. The app can make a self-signed
one from the coordinator's details, or open one the organisation issued. cryptography is
imported only when a certificate is made or opened, pyHanko only when it signs.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from fgc_desktop.domain.certificate import DEMO_SIGNER, CertificateDetails

if TYPE_CHECKING:
    from cryptography import x509

# RFC 5280 upper bounds; a longer name would make a certificate other programs refuse.
_NAME_LIMIT = 64
_VALID_YEARS = 10
_FRIENDLY_NAME = b"FGC Desktop plan signing"
DEMO_ORGANISATION = "FGC Desktop demo caseload"


class CertificateError(Exception):
    """A certificate that cannot be made, opened or used; str() is a sentence for the user."""


class SigningKey:
    """An opened certificate with its private key, held in memory only, ready to sign."""

    def __init__(
        self,
        pkcs12_bytes: bytes,
        secret: bytes | None,
        details: CertificateDetails,
        other_der: list[bytes],
    ) -> None:
        self._pkcs12 = pkcs12_bytes
        self._secret = secret
        self._signer: Any = None
        self.details = details
        # Room for the signature in the PDF: the certificates it carries plus the signature
        # itself; fixing it saves pyHanko signing everything twice to measure it.
        needed = 6144 + len(details.der) + sum(len(der) for der in other_der)
        self.reserved_bytes = needed + needed % 2  # pyHanko writes it as hex: an even count

    @property
    def signer(self) -> Any:
        """pyHanko's signer, made on first use: importing pyHanko takes a moment, so it happens
        in the background job that signs, not when the passphrase is typed."""
        if self._signer is None:
            from pyhanko.sign.signers import SimpleSigner

            self._signer = SimpleSigner.load_pkcs12_data(self._pkcs12, [], passphrase=self._secret)
        return self._signer

    def check_usable(self, now: datetime | None = None) -> None:
        """Refuse a certificate that is not valid today: its signatures would not check."""
        moment = now or datetime.now(UTC)
        if moment > self.details.valid_until:
            raise CertificateError(
                f"The certificate of {self.details.subject} expired on "
                f"{self.details.valid_until:%Y-%m-%d}. Create or import a current one."
            )
        if moment < self.details.valid_from:
            raise CertificateError(
                f"The certificate of {self.details.subject} is only valid from "
                f"{self.details.valid_from:%Y-%m-%d}; check the computer's date."
            )


def create_certificate(
    name: str,
    passphrase: str | None,
    *,
    organisation: str = "",
    email: str = "",
    now: datetime | None = None,
) -> bytes:
    """A new self-signed certificate and key as PKCS#12 bytes, locked with the passphrase.

    Names in any script are kept (as UTF-8); over-long names are cut to the 64 characters
    certificates allow. No passphrase (None) is for the throw-away demo certificate only.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    common_name = _fit(name)
    if not common_name:
        raise CertificateError("A certificate needs the name of the person or service signing.")
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if _fit(organisation):
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(organisation)))
    if email.strip().isascii() and "@" in email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()[:128]))
    subject = x509.Name(attributes)
    # P-256 keys are made in a millisecond and sign fast; PAdES and PDF readers accept them.
    key = ec.generate_private_key(ec.SECP256R1())
    moment = now or datetime.now(UTC)
    usage = dict.fromkeys(
        (
            "key_encipherment", "data_encipherment", "key_agreement", "key_cert_sign",
            "crl_sign", "encipher_only", "decipher_only",
        ),
        False,
    )  # fmt: skip
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(moment - timedelta(hours=1))  # a laptop clock a little behind
        .not_valid_after(moment + timedelta(days=365 * _VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=True, **usage),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(_FRIENDLY_NAME, key, certificate, None, encryption)


def create_demo_certificate(now: datetime | None = None) -> bytes:
    """The clearly labelled demo certificate, without a passphrase (it protects nothing)."""
    return create_certificate(DEMO_SIGNER, None, organisation=DEMO_ORGANISATION, now=now)


def open_certificate(pkcs12_bytes: bytes, passphrase: str | None) -> SigningKey:
    """Open a PKCS#12 file's certificate and key; CertificateError says why it cannot be."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    if not _looks_like_pkcs12(pkcs12_bytes):
        raise CertificateError(
            "This file is not a PKCS#12 certificate file (.p12 or .pfx). Ask whoever issued "
            "your certificate for it in that form."
        )
    loaded, secret = None, None
    for secret in _passphrase_forms(passphrase):
        try:
            loaded = pkcs12.load_key_and_certificates(pkcs12_bytes, secret)
        except ValueError:
            continue
        except Exception as error:  # an unsupported cipher or a damaged inner part
            raise CertificateError(f"The certificate file cannot be opened: {error}") from error
        break
    if loaded is None:
        raise CertificateError("The passphrase is not right for this certificate. Try again.")
    key, certificate, others = loaded
    if key is None or certificate is None:
        raise CertificateError(
            "This certificate file holds no private key, so it cannot sign. Ask for the file "
            "that includes the key."
        )
    return _signing_key(pkcs12_bytes, secret, certificate, others)


def certificate_details(der: bytes) -> CertificateDetails:
    """What a DER-encoded certificate says about itself."""
    from cryptography import x509

    return _details(x509.load_der_x509_certificate(der))


def _signing_key(
    pkcs12_bytes: bytes, secret: bytes | None, certificate: x509.Certificate, others: list[Any]
) -> SigningKey:
    from cryptography.hazmat.primitives import serialization

    other_der = [c.public_bytes(serialization.Encoding.DER) for c in others]
    return SigningKey(pkcs12_bytes, secret, _details(certificate), other_der)


def _details(certificate: x509.Certificate) -> CertificateDetails:
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    der = certificate.public_bytes(serialization.Encoding.DER)
    subject, issuer = certificate.subject, certificate.issuer
    return CertificateDetails(
        fingerprint=hashlib.sha256(der).hexdigest(),
        subject=_name(subject, NameOID.COMMON_NAME) or subject.rfc4514_string(),
        organisation=_name(subject, NameOID.ORGANIZATION_NAME),
        issuer=_name(issuer, NameOID.COMMON_NAME) or issuer.rfc4514_string(),
        self_signed=certificate.issuer == certificate.subject,
        valid_from=certificate.not_valid_before_utc,
        valid_until=certificate.not_valid_after_utc,
        der=der,
    )


def _name(name: x509.Name, oid: Any) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _fit(text: str) -> str:
    return " ".join(text.split())[:_NAME_LIMIT].strip()


def _passphrase_forms(passphrase: str | None) -> list[bytes | None]:
    # Files exported without a passphrase are read with none, or with an empty one.
    if not passphrase:
        return [None, b""]
    return [passphrase.encode("utf-8")]


def _looks_like_pkcs12(data: bytes) -> bool:
    """True when the bytes are a PKCS#12 structure, whatever the passphrase."""
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in {
            "data",
            "signed_data",
        }
    except Exception:  # any parse failure means it is something else
        return False
