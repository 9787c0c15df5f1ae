"""The signing certificate (made, imported, opened) and checking plans against the caseload."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter

from fgc_desktop.domain.certificate import CertificateKind
from fgc_desktop.domain.plan import Decision, SignatureMethod
from fgc_desktop.domain.plan_verification import SignatureState, Verdict
from fgc_desktop.domain.progress import signatories
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import (
    caseload,
    coordinator,
    demo_caseload,
    plan_agreement,
    plan_signing,
    plan_verification,
)
from fgc_desktop.services.plan_signing import CertificateProblem
from fgc_desktop.store import plans, signing_certificates
from tests.conftest import PASSPHRASE
from tests.documents.test_plan_signing import organisation_pkcs12


def _agree(store, conference_id: str, key) -> bytes:
    """Agree the demo family's draft plan as the plan page does, and give back the kept PDF."""
    conference = caseload.load(store, conference_id)
    for person in signatories(conference):
        plan_agreement.sign(store, conference_id, person.id, SignatureMethod.SIGNED_ON_PAPER)
    plan_agreement.set_decision(store, conference_id, Decision.AGREED)
    agreed = plan_agreement.agree_plan(store, conference_id, key)
    return plans.agreed_record(store, agreed.plan.id)[1]


def _family(store, family: str) -> str:
    return next(
        e.conference_id for e in caseload.list_conferences(store) if e.family_name == family
    )


def test_the_certificate_is_made_beside_the_store_from_the_coordinators_details(store) -> None:
    with pytest.raises(ValidationError, match="add your name first"):
        plan_signing.create_certificate(store, PASSPHRASE, PASSPHRASE)
    coordinator.edit_coordinator(store, "name", "Siân ap Rhys")
    with pytest.raises(ValidationError, match="at least 8 characters"):
        plan_signing.create_certificate(store, "short", "short")
    with pytest.raises(ValidationError, match="the two passphrases differ"):
        plan_signing.create_certificate(store, PASSPHRASE, PASSPHRASE + "!")
    assert not plan_signing.certificate_file(store).exists
    key = plan_signing.create_certificate(store, PASSPHRASE, PASSPHRASE)
    place = plan_signing.certificate_file(store)
    assert place.path == Path(store.path).parent / "signing-certificate.p12"
    assert place.exists and place.subject == "Siân ap Rhys"
    assert place.path.stat().st_mode & 0o077 == 0  # readable by the coordinator only
    assert key.details.subject == "Siân ap Rhys"
    assert key.details.organisation == "Family Group Conference Service"
    assert plan_signing.opened_key(store) is key
    [known] = signing_certificates.known(store)
    assert (known.fingerprint, known.kind) == (key.details.fingerprint, CertificateKind.OWN)
    with pytest.raises(CertificateProblem, match="already a signing certificate"):
        plan_signing.create_certificate(store, PASSPHRASE, PASSPHRASE)


def test_opening_needs_the_right_passphrase(store, signing_key) -> None:
    plan_signing.forget_key(store)
    assert plan_signing.opened_key(store) is None
    with pytest.raises(CertificateProblem, match="passphrase is not right"):
        plan_signing.open_signing_key(store, "not the passphrase")
    assert plan_signing.opened_key(store) is None
    key = plan_signing.open_signing_key(store, PASSPHRASE)
    assert key.details.fingerprint == signing_key.details.fingerprint
    assert plan_signing.opened_key(store) is key


def test_the_certificate_can_be_kept_elsewhere(store, tmp_path) -> None:
    elsewhere = tmp_path / "protected" / "mine.p12"
    plan_signing.use_certificate_file(store, elsewhere)
    coordinator.edit_coordinator(store, "name", "Jo Bennett")
    plan_signing.create_certificate(store, PASSPHRASE, PASSPHRASE)
    assert elsewhere.is_file() and plan_signing.certificate_file(store).path == elsewhere
    plan_signing.forget_key(store)
    elsewhere.unlink()
    with pytest.raises(CertificateProblem, match="There is no signing certificate at"):
        plan_signing.open_signing_key(store, PASSPHRASE)


def test_an_organisation_certificate_is_imported_when_it_opens(store, tmp_path) -> None:
    issued = tmp_path / "amira.p12"
    issued.write_bytes(organisation_pkcs12("org secret"))
    with pytest.raises(CertificateProblem, match="passphrase is not right"):
        plan_signing.import_certificate(store, issued, "wrong")
    not_a_certificate = tmp_path / "letter.pdf"
    not_a_certificate.write_bytes(b"%PDF-1.7 a letter")
    with pytest.raises(CertificateProblem, match="not a PKCS#12 certificate file"):
        plan_signing.import_certificate(store, not_a_certificate, "org secret")
    with pytest.raises(CertificateProblem, match="could not be read"):
        plan_signing.import_certificate(store, tmp_path / "missing.p12", "org secret")
    assert not plan_signing.certificate_file(store).exists  # nothing kept after a refusal
    key = plan_signing.import_certificate(store, issued, "org secret")
    assert plan_signing.certificate_file(store).path.read_bytes() == issued.read_bytes()
    [known] = signing_certificates.known(store)
    assert known.kind is CertificateKind.ORGANISATION and known.subject == "Amira Haddad"

    demo_caseload.write_demo_caseload(store)
    pdf = _agree(store, _family(store, "Al-Rashid family"), key)
    result = plan_verification.verify_pdf(store, pdf)
    assert result.signature.state is SignatureState.INTACT and not result.signature.trusted
    assert result.verdict is Verdict.GENUINE  # byte for byte the kept PDF
    assert any(
        "imported into this caseload" in line
        and "issued by Riverside Council Issuing CA" in line
        and "cannot check that issuer" in line
        for line in result.details
    )


def test_an_agreed_plan_is_kept_signed_and_recognised(store, signing_key) -> None:
    demo_caseload.write_demo_caseload(store)
    conference_id = _family(store, "Al-Rashid family")
    pdf = _agree(store, conference_id, signing_key)
    agreed = caseload.load(store, conference_id)
    result = plan_verification.verify_pdf(store, pdf)
    assert result.verdict is Verdict.GENUINE
    assert result.headline == "Unmodified since it was signed"
    assert result.signature.signer == "Jo Bennett" and result.signature.trusted
    assert result.exact is not None and result.exact.plan_id == agreed.plan.id
    assert result.exact.reference == agreed.reference
    assert result.exact.family_name == "Al-Rashid family"
    assert result.details[0].startswith("Signed by Jo Bennett on ")
    assert "this caseload's own signing certificate" in result.details[1]
    assert result.details[2] == (
        f"It is version 1 of {agreed.reference} (Al-Rashid family), agreed on "
        f"{agreed.plan.agreed_at[:10]}: byte for byte the PDF kept when it was agreed."
    )

    # The same file changed: the signature names the version, whose kept PDF differs.
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    changed = plan_verification.verify_pdf(store, out.getvalue())
    assert changed.verdict is Verdict.ALTERED and changed.exact is None
    assert changed.claimed is not None and changed.claimed.plan_id == agreed.plan.id
    assert changed.headline == "Changed after it was signed: do not rely on this copy"

    # Without a caseload the file is still checked, and says which version it claims to be.
    alone = plan_verification.verify_pdf(None, pdf)
    assert alone.verdict is Verdict.CAUTION and not alone.signature.trusted
    assert "certificate not from a trusted issuer" in " ".join(alone.details)
    assert f"It says it is {agreed.reference} v1 sha256:" in alone.details[-1]


def test_a_plan_from_another_caseload_is_not_matched(store, tmp_path, signing_key) -> None:
    other = caseload.open_caseload(tmp_path / "other" / "other.sqlite")
    try:
        demo_caseload.write_demo_caseload(other)
        foreign = plans.agreed_record(
            other, caseload.load(other, _family(other, "Nowak family")).plan.id
        )[1]
    finally:
        other.close()
    result = plan_verification.verify_pdf(store, foreign)  # this store is empty
    assert result.exact is None and result.claimed is None and result.certificate is None
    assert result.verdict is Verdict.CAUTION
    assert "certificate this caseload does not know" in result.headline
    assert "which is not in this caseload" in result.details[-1]


def test_the_demo_caseload_is_signed_with_the_labelled_demo_certificate(store) -> None:
    demo_caseload.write_demo_caseload(store)
    [demo] = signing_certificates.known(store)
    assert demo.kind is CertificateKind.DEMO
    assert demo.subject == "FGC Desktop DEMO — not a real signature"
    conferences = [caseload.load(store, e.conference_id) for e in caseload.list_conferences(store)]
    agreed = [c.plan for c in conferences if c.plan and c.plan.is_agreed]
    assert len(agreed) == 2
    for plan in agreed:
        result = plan_verification.verify_pdf(store, plans.agreed_record(store, plan.id)[1])
        assert result.verdict is Verdict.GENUINE and result.exact.plan_id == plan.id
        assert "demo certificate. This is not a real signature." in result.details[1]


def test_the_qr_code_text_finds_its_version(store, signing_key) -> None:
    demo_caseload.write_demo_caseload(store)
    conference = caseload.load(store, _family(store, "Nowak family"))  # v1 and v2 agreed
    plan = conference.plans[0]
    reference = conference.reference
    code = f"{reference} v1 sha256:{plan.content_hash[:16]}"
    match = plan_verification.find_fingerprint(store, code + "\n")
    assert match.verdict is Verdict.GENUINE  # version 1, though the review agreed version 2
    assert match.headline == (
        f"Matches version 1 of {reference} (Nowak family), agreed on {plan.agreed_at[:10]}"
    )
    wrong = plan_verification.find_fingerprint(store, f"{reference} v1 sha256:{'0' * 16}")
    assert (
        wrong.verdict is Verdict.ALTERED and "this paper is not the agreed plan" in wrong.headline
    )
    start = plan.content_hash[:16]
    assert wrong.details == [
        f"The code says sha256:{'0' * 16}; the agreed version's hash starts {start}.",
        "A newer version (v2) has been agreed since.",
    ]
    assert "A newer version (v2) has been agreed since." in match.details
    draft = plan_verification.find_fingerprint(store, f"{reference} v1 DRAFT")
    assert draft.verdict is Verdict.CAUTION and "printed before it was agreed" in draft.headline
    assert "give out the agreed copy" in draft.details[0]
    missing = plan_verification.find_fingerprint(store, f"{reference} v7 sha256:{'0' * 16}")
    assert missing.headline == f"{reference} (Nowak family) has no version 7"
    unknown = plan_verification.find_fingerprint(store, "FGC-1999-0042 v1 DRAFT")
    assert unknown.headline == "No conference FGC-1999-0042 in this caseload"

    # Version 3 agreed later: the paper with version 1 is told of the newest.
    plan_agreement.start_new_version(store, conference.id)
    _agree(store, conference.id, signing_key)
    again = plan_verification.find_fingerprint(store, code)
    assert again.verdict is Verdict.GENUINE
    assert again.details == ["A newer version (v3) has been agreed since."]
    with pytest.raises(ValidationError, match="not a plan version"):
        plan_verification.find_fingerprint(store, f"{reference} one sha256:{'0' * 16}")


def test_an_agreed_version_is_given_back_exactly_as_signed(store) -> None:
    demo_caseload.write_demo_caseload(store)
    conference = caseload.load(store, _family(store, "Nowak family"))
    for plan in conference.plans:  # versions 1 and 2, both agreed
        kept = plans.agreed_record(store, plan.id)[1]
        assert plan_verification.agreed_pdf(store, conference.reference, plan.version) == kept
    with pytest.raises(ValidationError, match="has no version 3"):
        plan_verification.agreed_pdf(store, conference.reference, 3)
    draft = caseload.load(store, _family(store, "Al-Rashid family"))
    with pytest.raises(ValidationError, match="is not agreed"):
        plan_verification.agreed_pdf(store, draft.reference, 1)


def test_plans_stored_before_signing_are_recognised_by_their_bytes(store, stored_at) -> None:
    """The fixture's plans are laid out but not signed, as plans agreed before this feature."""
    conference = stored_at(Stage.REVIEW)
    kept = plans.agreed_record(store, conference.plan.id)[1]
    result = plan_verification.verify_pdf(store, kept)
    assert result.signature.state is SignatureState.UNSIGNED
    assert result.verdict is Verdict.GENUINE and result.exact is not None
    assert result.headline.startswith("Exactly the PDF kept when the plan was agreed")


def test_files_that_cannot_be_plans_are_reported_not_raised(store, tmp_path, monkeypatch) -> None:
    from fgc_desktop.documents import plan_signing as signing

    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    result = plan_verification.verify_file(store, folder)
    assert result.signature.state is SignatureState.UNREADABLE
    assert "a folder.pdf could not be read" in result.details[0]
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * 2000)
    monkeypatch.setattr(signing, "LARGEST_PDF", 1000)
    result = plan_verification.verify_file(store, big)
    assert result.details == [
        "It is far too big to be a family plan.",
        "It does not match any agreed plan in this caseload.",
    ]
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = plan_verification.verify_file(store, empty)
    assert result.headline == "This file cannot be read as a PDF"
