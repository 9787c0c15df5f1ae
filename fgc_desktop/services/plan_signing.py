"""Signing agreed plans: the coordinator's certificate (made or imported), opened once a session.

The certificate is a PKCS#12 file beside the store unless settings name another place. Its
passphrase is never kept: the opened key stays in memory until the app closes.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from fgc_desktop.domain.certificate import (
    DEMO_SIGNER,
    CertificateDetails,
    CertificateKind,
)
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.services import coordinator
from fgc_desktop.store import settings, signing_certificates
from fgc_desktop.store.connection import Store

if TYPE_CHECKING:
    from fgc_desktop.documents.signing_certificate import SigningKey
    from fgc_desktop.domain.conference import Conference
    from fgc_desktop.domain.plan import Plan

SETTING = "signing_certificate"
CERTIFICATE_FILE_NAME = "signing-certificate.p12"
SHORTEST_PASSPHRASE = 8
LONGEST_PASSPHRASE = 1024
# A certificate file is a few kilobytes; anything far bigger is some other file.
_LARGEST_CERTIFICATE = 1024 * 1024

_OPENED: WeakKeyDictionary[Store, SigningKey] = WeakKeyDictionary()


class CertificateProblem(Exception):
    """A certificate that cannot be made, imported or opened; str() is a sentence to show."""


@dataclass(frozen=True)
class CertificateFile:
    """Where the signing certificate is kept, and whose it is (when the caseload knows)."""

    path: Path
    subject: str = ""

    @property
    def exists(self) -> bool:
        """True when a certificate file is there."""
        return self.path.is_file()


@dataclass(frozen=True)
class SignedPlanPdf:
    """An agreed plan's PDF as signed, and the certificate that signed it."""

    pdf: bytes
    certificate: CertificateDetails


def certificate_file(store: Store) -> CertificateFile:
    """The certificate's place: as set in settings, or beside the store."""
    stored = settings.read(store, SETTING)
    stored = stored if isinstance(stored, dict) else {}
    path = Path(stored["file"]) if stored.get("file") else default_certificate_path(store)
    return CertificateFile(path, str(stored.get("subject", "")))


def default_certificate_path(store: Store) -> Path:
    """Beside the store, in the app's data folder for the usual caseload."""
    return Path(store.path).parent / CERTIFICATE_FILE_NAME


def use_certificate_file(store: Store, path: Path) -> None:
    """Keep the signing certificate at another place from now on (e.g. a protected folder)."""
    _remember_file(store, Path(path), "")
    _OPENED.pop(store, None)


def opened_key(store: Store) -> SigningKey | None:
    """The key opened earlier this session, if any."""
    return _OPENED.get(store)


def check_new_passphrase(passphrase: str, repeated: str) -> str:
    """A passphrase for a new certificate, checked; a ValidationError says what to change."""
    if len(passphrase) < SHORTEST_PASSPHRASE:
        raise ValidationError(
            "Passphrase",
            Words(
                "use at least {least} characters (a few words is best)",
                least=SHORTEST_PASSPHRASE,
            ),
        )
    if len(passphrase) > LONGEST_PASSPHRASE:
        raise ValidationError(
            "Passphrase",
            Words("use at most {most} characters", most=LONGEST_PASSPHRASE),
        )
    if passphrase != repeated:
        raise ValidationError("Passphrase", Words("the two passphrases differ; type it again"))
    return passphrase


def create_certificate(store: Store, passphrase: str, repeated: str) -> SigningKey:
    """Make the coordinator's self-signed certificate from their details, keep it, open it."""
    from fgc_desktop.documents.signing_certificate import create_certificate as make

    check_new_passphrase(passphrase, repeated)
    details = coordinator.coordinator(store)
    if not details.name.strip():
        raise ValidationError("Your name", Words("add your name first; the certificate carries it"))
    place = certificate_file(store)
    if place.exists:
        raise CertificateProblem(
            Words(
                "There is already a signing certificate at {path}. Open it with its passphrase, "
                "or move it away first.",
                path=place.path,
            )
        )
    data = make(details.name, passphrase, organisation=details.service, email=details.email)
    return _keep(store, place.path, data, passphrase, CertificateKind.OWN)


def import_certificate(store: Store, source: Path, passphrase: str) -> SigningKey:
    """Check an organisation's PKCS#12 file opens with the passphrase, then keep a copy."""
    try:
        size = Path(source).stat().st_size
        if size > _LARGEST_CERTIFICATE:
            raise CertificateProblem(
                Words("{name} is too big to be a certificate file.", name=Path(source).name)
            )
        data = Path(source).read_bytes()
    except OSError as error:
        raise CertificateProblem(
            Words("{source} could not be read: {strerror}.", source=source, strerror=error.strerror)
        ) from error
    place = certificate_file(store)
    return _keep(store, place.path, data, passphrase, CertificateKind.ORGANISATION)


def open_signing_key(store: Store, passphrase: str) -> SigningKey:
    """Open the kept certificate with its passphrase and hold the key for this session."""
    place = certificate_file(store)
    try:
        data = place.path.read_bytes()
    except FileNotFoundError:
        raise CertificateProblem(
            Words(
                "There is no signing certificate at {path}. Create or import one.", path=place.path
            )
        ) from None
    except OSError as error:
        raise CertificateProblem(
            Words("{path} could not be read: {strerror}.", path=place.path, strerror=error.strerror)
        ) from error
    key = _opened(data, passphrase)
    _OPENED[store] = key
    if not place.subject:
        _remember_file(store, place.path, key.details.subject)
    return key


def forget_key(store: Store) -> None:
    """Lock the certificate again: the next agreement asks for the passphrase."""
    _OPENED.pop(store, None)


def sign_agreed_pdf(
    conference: Conference, plan: Plan, pdf: bytes, key: SigningKey
) -> SignedPlanPdf:
    """Sign an agreed version's PDF, naming the version in the signature as its QR code does."""
    from fgc_desktop.documents.plan_qr import qr_payload
    from fgc_desktop.documents.plan_signing import sign_plan
    from fgc_desktop.documents.signing_certificate import CertificateError

    try:
        signed = sign_plan(pdf, key, qr_payload(conference, plan))
    except CertificateError as error:
        raise CertificateProblem(str(error)) from error
    return SignedPlanPdf(signed, key.details)


def remember_signer(store: Store, details: CertificateDetails) -> None:
    """Note the certificate as one this caseload signs with (its trust root when checking)."""
    signing_certificates.remember(store, details, kind_of(details))


def kind_of(details: CertificateDetails) -> CertificateKind:
    """Demo, the app's own self-signed kind, or an organisation's."""
    if details.subject == DEMO_SIGNER:
        return CertificateKind.DEMO
    return CertificateKind.OWN if details.self_signed else CertificateKind.ORGANISATION


def demo_key() -> SigningKey:
    """A fresh demo certificate's key, made once per demo caseload written."""
    from fgc_desktop.documents.signing_certificate import create_demo_certificate

    return _opened(create_demo_certificate(), None)


def _opened(data: bytes, passphrase: str | None) -> SigningKey:
    from fgc_desktop.documents.signing_certificate import CertificateError, open_certificate

    try:
        key = open_certificate(data, passphrase)
        key.check_usable()
    except CertificateError as error:
        raise CertificateProblem(str(error)) from error
    return key


def _keep(
    store: Store, path: Path, data: bytes, passphrase: str, kind: CertificateKind
) -> SigningKey:
    key = _opened(data, passphrase)
    _write_atomically(path, data)
    signing_certificates.remember(store, key.details, kind)
    _remember_file(store, path, key.details.subject)
    _OPENED[store] = key
    return key


def _remember_file(store: Store, path: Path, subject: str) -> None:
    stored = settings.read(store, SETTING)
    value = stored if isinstance(stored, dict) else {}
    settings.write(store, SETTING, value | {"file": str(path), "subject": subject})


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing, readable by this user only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".certificate-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            Path(temporary).chmod(0o600)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise CertificateProblem(
            Words("{path} could not be written: {strerror}.", path=path, strerror=error.strerror)
        ) from error
