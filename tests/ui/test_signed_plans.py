"""Signing at agreement and verifying plans, through the real window and dialogs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.documents.plan_signing import check_signature
from fgc_desktop.domain.plan import Decision, PlanStatus, SignatureMethod
from fgc_desktop.domain.plan_verification import SignatureState
from fgc_desktop.domain.progress import signatories
from fgc_desktop.services import caseload, coordinator, demo_caseload, plan_agreement, plan_signing
from fgc_desktop.services.plan_verification import trust_roots
from fgc_desktop.store import plans
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.certificate_passphrase_dialog import PassphraseDialog
from fgc_desktop.ui.certificate_setup_dialog import IMPORT, CertificateSetupDialog
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.verify_plan_window import VerifyPlanWindow
from tests.documents.test_plan_signing import organisation_pkcs12
from tests.ui.certificate_answers import create_certificate, type_passphrase
from tests.ui.conftest import open_conference, type_text, when_dialog_opens
from tests.ui.test_screenshots import _folder

PASSPHRASE = "blue kettle on the hob"


def _ready_to_agree(window: MainWindow, store: Store) -> str:
    """The demo's Al-Rashid family with everyone signed, open on the Plan page."""
    demo_caseload.write_demo_caseload(store)
    conference_id = next(
        e.conference_id
        for e in caseload.list_conferences(store)
        if e.family_name == "Al-Rashid family"
    )
    for person in signatories(caseload.load(store, conference_id)):
        plan_agreement.sign(store, conference_id, person.id, SignatureMethod.SIGNED_ON_PAPER)
    open_conference(window, store, conference_id, "Plan")
    return conference_id


def _agree(qtbot: QtBot, window: MainWindow) -> None:
    plan = window.conference.plan
    qtbot.waitUntil(lambda: plan.agree_button.isVisible() and plan.agree_button.height() > 0)
    qtbot.mouseClick(plan.agree_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not plan.is_agreeing, timeout=20_000)


def _kept(store: Store, conference_id: str) -> bytes:
    plan = caseload.load(store, conference_id).plan
    assert plan.status is PlanStatus.AGREED
    return plans.agreed_record(store, plan.id)[1]


def test_the_first_agreement_makes_a_certificate_and_signs_the_kept_pdf(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
):
    conference_id = _ready_to_agree(window, store)
    seen: list[str] = []

    def first_try_differs(dialog: QWidget) -> None:
        assert isinstance(dialog, CertificateSetupDialog)
        assert dialog.name.text() == ""  # settings have no name yet: the dialog asks for it
        type_text(qtbot, dialog.name, "Jo Bennett")
        type_text(qtbot, dialog.new_passphrase, PASSPHRASE)
        type_text(qtbot, dialog.repeated, PASSPHRASE + "x")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # nothing made; the reason is shown and the typing kept
        seen.append(dialog.message.text())
        dialog.grab().save(str(_folder(tmp_path) / "signing-certificate-create.png"))
        dialog.repeated.clear()
        type_text(qtbot, dialog.repeated, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(first_try_differs)
    _agree(qtbot, window)
    assert seen == ["Passphrase: the two passphrases differ; type it again"]
    assert "locked" in window.conference.plan.status.text()
    assert coordinator.coordinator(store).name == "Jo Bennett"
    assert (Path(store.path).parent / "signing-certificate.p12").is_file()
    check = check_signature(_kept(store, conference_id), trust_roots(store))
    assert check.state is SignatureState.INTACT and check.trusted
    assert check.signer == "Jo Bennett"


def test_the_passphrase_is_asked_once_a_session_and_a_wrong_one_is_refused(
    qtbot: QtBot, window: MainWindow, store: Store, signing_key, tmp_path: Path
):
    plan_signing.forget_key(store)  # as after the app was restarted
    conference_id = _ready_to_agree(window, store)
    said: list[str] = []

    def wrong_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert "certificate of Jo Bennett" in dialog.findChildren(type(dialog.message))[0].text()
        type_text(qtbot, dialog.passphrase, "not my passphrase")
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and not dialog.message.isHidden()
        said.append(dialog.message.text())
        dialog.grab().save(str(_folder(tmp_path) / "signing-passphrase.png"))
        dialog.passphrase.clear()
        type_passphrase(qtbot, "correct horse battery staple")(dialog)

    when_dialog_opens(wrong_then_right)
    _agree(qtbot, window)
    assert said == ["The passphrase is not right for this certificate. Try again."]
    kept = _kept(store, conference_id)
    check = check_signature(kept, trust_roots(store))
    assert check.state is SignatureState.INTACT
    assert check.certificate_fingerprint == signing_key.details.fingerprint

    # A new version agreed later in the same session is signed without asking again.
    plan_agreement.start_new_version(store, conference_id)
    plan_agreement.set_decision(store, conference_id, Decision.AGREED)
    for person in signatories(caseload.load(store, conference_id)):
        plan_agreement.sign(store, conference_id, person.id, SignatureMethod.SIGNED_ON_PAPER)
    window.conference.show_conference(caseload.load(store, conference_id), fresh=True)
    _agree(qtbot, window)
    assert QApplication.activeModalWidget() is None, window.conference.plan.agree_message.text()
    second = _kept(store, conference_id)
    assert caseload.load(store, conference_id).plan.version == 2
    assert check_signature(second, trust_roots(store)).state is SignatureState.INTACT


def test_cancelling_the_passphrase_leaves_the_plan_a_draft(
    qtbot: QtBot, window: MainWindow, store: Store, signing_key
):
    plan_signing.forget_key(store)
    conference_id = _ready_to_agree(window, store)
    when_dialog_opens(lambda dialog: dialog.reject())
    _agree(qtbot, window)
    assert caseload.load(store, conference_id).plan.status is PlanStatus.DRAFT
    assert "none was opened" in window.conference.plan.agree_message.text()


def test_an_organisation_certificate_is_imported_at_agreement(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch
):
    issued = tmp_path / "from-it.p12"
    issued.write_bytes(organisation_pkcs12("org secret"))
    letter = tmp_path / "letter.txt"
    letter.write_text("not a certificate")
    chosen = [str(letter)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    conference_id = _ready_to_agree(window, store)
    said: list[str] = []

    def import_it(dialog: QWidget) -> None:
        assert isinstance(dialog, CertificateSetupDialog)
        dialog.tabs.setCurrentIndex(IMPORT)
        assert dialog.ok_button.text() == "Import and sign"
        dialog.grab().save(str(_folder(tmp_path) / "signing-certificate-setup.png"))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.import_passphrase, "org secret")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        said.append(dialog.message.text())
        chosen[0] = str(issued)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        dialog.import_passphrase.clear()
        type_text(qtbot, dialog.import_passphrase, "wrong")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        said.append(dialog.message.text())
        dialog.import_passphrase.clear()
        type_text(qtbot, dialog.import_passphrase, "org secret")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(import_it)
    _agree(qtbot, window)
    assert said[0].startswith("This file is not a PKCS#12 certificate file")
    assert said[1] == "The passphrase is not right for this certificate. Try again."
    check = check_signature(_kept(store, conference_id), trust_roots(store))
    assert check.state is SignatureState.INTACT and check.signer == "Amira Haddad"
    assert check.issuer == "Riverside Council Issuing CA" and not check.trusted


@pytest.fixture
def verify_window(qtbot: QtBot, window: MainWindow) -> VerifyPlanWindow:
    window.verify_action.trigger()
    found = window.findChildren(VerifyPlanWindow)
    assert len(found) == 1 and found[0].isVisible()
    qtbot.waitExposed(found[0])
    return found[0]


def test_the_verify_window_checks_a_chosen_pdf(
    qtbot: QtBot, window: MainWindow, store: Store, verify_window, tmp_path: Path, monkeypatch
):
    demo_caseload.write_demo_caseload(store)
    nowak = caseload.load(
        store,
        next(
            e.conference_id
            for e in caseload.list_conferences(store)
            if e.family_name == "Nowak family"
        ),
    )
    kept = plans.agreed_record(store, nowak.plans[0].id)[1]
    genuine = tmp_path / "Nowak plan.pdf"
    genuine.write_bytes(kept)
    altered = tmp_path / "Nowak plan (edited).pdf"
    writer = PdfWriter(io.BytesIO(kept), incremental=True)
    writer.add_blank_page(595, 842)
    with altered.open("wb") as file:
        writer.write(file)
    folder = _folder(tmp_path)

    for path, headline, picture in (
        (genuine, "✓ Unmodified since it was signed", "verify-plan-valid.png"),
        (
            altered,
            "✗ Changed after it was signed: do not rely on this copy",
            "verify-plan-altered.png",
        ),
    ):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        qtbot.mouseClick(verify_window.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not verify_window.is_checking, timeout=20_000)
        assert verify_window.headline.text() == headline
        verify_window.grab().save(str(folder / picture))
    details = verify_window.details.text()
    assert "Content was added after the plan was signed (for example a page)." in details
    assert f"It says it is version 1 of {nowak.reference} (Nowak family)" in details

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(genuine), ""))
    qtbot.mouseClick(verify_window.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not verify_window.is_checking, timeout=20_000)
    details = verify_window.details.text()
    assert "Signed by FGC Desktop DEMO — not a real signature on " in details
    assert f"It is version 1 of {nowak.reference} (Nowak family), agreed on" in details

    missing = tmp_path / "gone.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(missing), ""))
    qtbot.mouseClick(verify_window.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not verify_window.is_checking, timeout=20_000)
    assert verify_window.headline.text() == "✗ This file cannot be read as a PDF"
    assert "gone.pdf could not be read" in verify_window.details.text()


def test_the_verify_window_finds_a_typed_or_scanned_qr_code(
    qtbot: QtBot, window: MainWindow, store: Store, verify_window, tmp_path: Path
):
    demo_caseload.write_demo_caseload(store)
    nowak = caseload.load(
        store,
        next(
            e.conference_id
            for e in caseload.list_conferences(store)
            if e.family_name == "Nowak family"
        ),
    )
    code = f"{nowak.reference} v1 sha256:{nowak.plans[0].content_hash[:16]}"
    # A scanner types the text and presses Enter.
    verify_window.qr_text.setFocus()
    qtbot.keyClicks(verify_window.qr_text, code)
    qtbot.keyClick(verify_window.qr_text, Qt.Key.Key_Return)
    agreed_on = nowak.plans[0].agreed_at[:10]
    assert verify_window.headline.text() == (
        f"✓ Matches version 1 of {nowak.reference} (Nowak family), agreed on {agreed_on}"
    )
    verify_window.grab().save(str(_folder(tmp_path) / "verify-plan-qr.png"))
    # The next scan replaces the selected text.
    qtbot.keyClicks(verify_window.qr_text, f"{nowak.reference} v1 sha256:{'0' * 16}")
    qtbot.keyClick(verify_window.qr_text, Qt.Key.Key_Return)
    assert verify_window.headline.text().startswith(
        f"✗ Does not match version 1 of {nowak.reference}"
    )
    verify_window.qr_text.selectAll()
    qtbot.keyClicks(verify_window.qr_text, "hello")
    qtbot.mouseClick(verify_window.find_button, Qt.MouseButton.LeftButton)
    assert verify_window.headline.text() == "⚠ That is not a plan's QR code"
    assert "should have a reference, a version and a hash" in verify_window.details.text()


def test_the_certificate_can_be_set_up_ahead_from_the_tools_menu(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
):
    coordinator.edit_coordinator(store, "name", "Siân ap Rhys")
    asked: list[str] = []

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, CertificateSetupDialog)
        asked.append(dialog.ok_button.text())
        assert dialog.name.text() == "Siân ap Rhys"  # from Settings
        create_certificate(qtbot, "", PASSPHRASE)(dialog)

    when_dialog_opens(create)
    window.certificate_action.trigger()
    assert asked == ["Create"]
    assert plan_signing.certificate_file(store).subject == "Siân ap Rhys"

    def look_then_import(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        when_dialog_opens(
            lambda dialog: asked.append(dialog.tabs.currentIndex()) or dialog.reject()
        )
        next(b for b in box.buttons() if b.text() == "Import another…").click()

    when_dialog_opens(look_then_import)
    window.certificate_action.trigger()
    assert asked[1] == (
        "Agreed plans are signed with the certificate of Siân ap Rhys, kept at:\n"
        f"{Path(store.path).parent / 'signing-certificate.p12'}"
    )
    assert asked[2] == IMPORT
