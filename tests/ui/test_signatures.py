"""Signing the plan through the real widgets: the pad, the signing dialog, the signatures section,
the referrer's reasons, and a new version after agreement."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.canonical_plan import wording_hash
from fgc_desktop.domain.plan import SIGNATURE_BOX, Decision, PlanStatus, SignatureMethod
from fgc_desktop.domain.progress import signatories
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, demo_caseload, plan_agreement
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreUnwritableError
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.plan_editor import PlanEditor
from fgc_desktop.ui.reason_dialog import ReasonDialog
from fgc_desktop.ui.signature_dialog import SignatureDialog
from fgc_desktop.ui.signature_pad import SignaturePad, signature_picture
from fgc_desktop.ui.signatures_section import signature_status
from tests.ui.conftest import choose, open_conference, type_into, when_dialog_opens


def draw_stroke(pad: SignaturePad, points: Sequence[tuple[float, float]]) -> None:
    """One pen-down movement with real mouse events; points are fractions of the signing area.

    QTest remembers the pressed button, so each move arrives with the left button held, as when
    a coordinator drags the mouse.
    """
    area = pad.signing_area()

    def at(point: tuple[float, float]) -> QPoint:
        x, y = point
        return QPointF(area.x() + x * area.width(), area.y() + y * area.height()).toPoint()

    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[0]))
    for point in points[1:]:
        QTest.mouseMove(pad, at(point))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[-1])
    )


def draw_signature(pad: SignaturePad, seed: int = 0) -> None:
    """A handwriting-like signature: a looping line (a prolate cycloid) and an underline."""
    loops = 5 + seed % 3
    line = []
    for step in range(80):
        t = step / 79 * loops * 2 * math.pi
        x = 0.08 + (0.55 * t / (loops * 2 * math.pi)) + 0.025 * math.sin(t) * -1
        y = 0.5 - 0.18 * math.cos(t) * (1 - step / 160) - 0.05 * math.sin(step / 12)
        line.append((x, y))
    draw_stroke(pad, line)
    draw_stroke(pad, [(0.12 + 0.7 * k / 20, 0.78 - 0.04 * math.sin(k / 3)) for k in range(21)])


def _al_rashid(qtbot: QtBot, window: MainWindow, store: Store) -> tuple[str, PlanEditor]:
    """The demo family at plan agreement, unsigned, open on the Plan page."""
    demo_caseload.write_demo_caseload(store)
    conference_id = _family(store, "Al-Rashid family")
    open_conference(window, store, conference_id, "Plan")
    return conference_id, window.conference.plan


def _family(store: Store, family: str) -> str:
    return next(
        e.conference_id for e in caseload.list_conferences(store) if e.family_name == family
    )


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _answer_yes(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


def test_the_pad_draws_undoes_redoes_and_clears_with_the_mouse(qtbot: QtBot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and not pad.can_undo()

    with qtbot.waitSignal(pad.empty_changed, check_params_cb=lambda empty: not empty):
        draw_stroke(pad, [(0.1, 0.5), (0.2, 0.3), (0.3, 0.6), (0.4, 0.4), (0.5, 0.5)])
    draw_stroke(pad, [(0.1, 0.8), (0.5, 0.8), (0.9, 0.75)])
    first, second = pad.strokes()
    assert len(first) == 5 and len(second) == 3
    width, height = SIGNATURE_BOX
    assert all(0 <= x <= width and 0 <= y <= height for s in pad.strokes() for x, y in s)
    # Points are in the 3x1 box, y down: the first point is a tenth across and half way down.
    assert abs(first[0][0] - 0.3) < 0.02 and abs(first[0][1] - 0.5) < 0.02

    # A click without moving is an accidental dot, not part of the signature.
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    assert len(pad.strokes()) == 2

    pad.undo()
    assert pad.strokes() == (first,)
    pad.redo()
    assert pad.strokes() == (first, second)
    pad.clear()
    assert pad.is_empty()
    pad.undo()  # Clear can be taken back too: nothing signed is lost by a slip
    assert pad.strokes() == (first, second)

    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.strokes() == (first,)
    QTest.keyClick(
        pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert pad.strokes() == (first, second)

    # A new stroke after Undo drops what Redo could have put back.
    pad.undo()
    draw_stroke(pad, [(0.6, 0.2), (0.7, 0.3)])
    assert not pad.can_redo() and len(pad.strokes()) == 2

    copy = SignaturePad()
    qtbot.addWidget(copy)
    copy.set_strokes(pad.strokes())
    assert copy.strokes() == pad.strokes() and not copy.can_undo()
    assert "phone" in pad.accessibleDescription() and pad.accessibleName() == "Signature pad"
    assert not signature_picture(pad.strokes(), 150).isNull()


def test_the_pad_draws_with_a_finger(qtbot: QtBot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    touchscreen = QTest.createTouchDevice()
    QTest.touchEvent(pad, touchscreen).press(0, QPoint(100, 100)).commit()
    for x in range(130, 400, 30):
        QTest.touchEvent(pad, touchscreen).move(0, QPoint(x, 80 + x % 50)).commit()
    QTest.touchEvent(pad, touchscreen).release(0, QPoint(420, 100)).commit()
    [stroke] = pad.strokes()
    assert len(stroke) == 11  # press, nine moves, release; no mouse events made up from them


def test_an_empty_pad_cannot_be_saved_and_a_drawn_one_is_stored(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference_id, plan = _al_rashid(qtbot, window, store)
    first = signatories(caseload.load(store, conference_id))[0]
    row = plan.signatures.row(first.id)
    assert row.status.text() == "○ Not yet"
    seen: dict[str, object] = {}

    def look_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SignatureDialog)
        seen["title"] = dialog.windowTitle()
        seen["save_enabled_when_empty"] = dialog.save_button.isEnabled()
        draw_signature(dialog.pad)
        seen["save_enabled_when_drawn"] = dialog.save_button.isEnabled()
        _click(qtbot, dialog.clear_button)
        seen["save_enabled_when_cleared"] = dialog.save_button.isEnabled()
        dialog.save()  # even forced, an empty pad is refused in words, not stored
        seen["message"] = dialog.message.text()
        dialog.reject()

    when_dialog_opens(look_then_cancel)
    _click(qtbot, row.sign_button)
    assert seen == {
        "title": f"Sign the plan: {first.name}",
        "save_enabled_when_empty": False,
        "save_enabled_when_drawn": True,
        "save_enabled_when_cleared": False,
        "message": "⚠ Nothing is signed yet: sign in the box, then save.",
    }
    assert caseload.load(store, conference_id).plan.signatures == []

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignatureDialog)
        draw_signature(dialog.pad)
        _click(qtbot, dialog.undo_button)
        _click(qtbot, dialog.redo_button)
        _click(qtbot, dialog.save_button)

    when_dialog_opens(sign)
    _click(qtbot, row.sign_button)
    [signature] = caseload.load(store, conference_id).plan.signatures
    assert signature.method is SignatureMethod.SIGNED_ON_SCREEN
    assert len(signature.strokes) == 2 and len(signature.strokes[0]) > 40
    assert row.status.text().startswith("✓ Signed on screen ")
    assert not row.picture.isHidden()
    assert row.remove_button.isEnabled()

    # Removing asks first, then the person is back to "Not yet".
    when_dialog_opens(_answer_yes)
    _click(qtbot, row.remove_button)
    assert caseload.load(store, conference_id).plan.signatures == []
    assert row.status.text() == "○ Not yet" and row.picture.isHidden()


def test_a_signature_that_cannot_be_stored_stays_on_the_pad(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
):
    conference_id, plan = _al_rashid(qtbot, window, store)
    person = signatories(caseload.load(store, conference_id))[0]
    real_sign = plan_agreement.sign

    def full_disk(*args: object, **kwargs: object) -> None:
        raise StoreUnwritableError("The disk is full.")

    seen: dict[str, object] = {}

    def sign_twice(dialog: QWidget) -> None:
        assert isinstance(dialog, SignatureDialog)
        draw_signature(dialog.pad)
        drawn = dialog.pad.strokes()
        monkeypatch.setattr(plan_agreement, "sign", full_disk)
        _click(qtbot, dialog.save_button)
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.pad.strokes() == drawn
        seen["message"] = dialog.message.text()
        problem = dialog.findChild(QMessageBox, "storeProblem")
        seen["told"] = problem is not None and "disk is full" in problem.text()
        problem.close()
        monkeypatch.setattr(plan_agreement, "sign", real_sign)
        _click(qtbot, dialog.save_button)

    when_dialog_opens(sign_twice)
    _click(qtbot, plan.signatures.row(person.id).sign_button)
    assert seen == {
        "open": True,
        "kept": True,
        "message": "⚠ Not saved: the store could not be written. Try again.",
        "told": True,
    }
    [signature] = caseload.load(store, conference_id).plan.signatures
    assert signature.method is SignatureMethod.SIGNED_ON_SCREEN and signature.strokes


def test_declining_needs_a_note_in_their_words(qtbot: QtBot, window: MainWindow, store: Store):
    conference_id, plan = _al_rashid(qtbot, window, store)
    person = signatories(caseload.load(store, conference_id))[1]
    row = plan.signatures.row(person.id)
    states: list[bool] = []

    def decline(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        states.append(ok.isEnabled())
        qtbot.keyClicks(dialog.text, "Wants to talk to his son first")
        states.append(ok.isEnabled())
        _click(qtbot, ok)

    when_dialog_opens(decline)
    _click(qtbot, row.declined_button)
    assert states == [False, True]
    [signature] = caseload.load(store, conference_id).plan.signatures
    assert (signature.method, signature.note) == (
        SignatureMethod.DECLINED,
        "Wants to talk to his son first",
    )
    assert row.status.text() == "✗ Declined: Wants to talk to his son first"

    # Cancelling the note records nothing.
    when_dialog_opens(_answer_yes)
    _click(qtbot, row.remove_button)
    when_dialog_opens(lambda dialog: dialog.reject())
    _click(qtbot, row.declined_button)
    assert caseload.load(store, conference_id).plan.signatures == []


def test_a_change_of_wording_after_signing_asks_to_sign_again_and_blocks_agreement(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference_id, plan = _al_rashid(qtbot, window, store)
    first, second = signatories(caseload.load(store, conference_id))
    _click(qtbot, plan.signatures.row(first.id).phone_button)
    _click(qtbot, plan.signatures.row(second.id).paper_button)
    assert plan.signatures.row(first.id).status.text() == "✓ Agreed by phone"
    assert plan.signatures.row(second.id).status.text() == "✓ Signed on paper"
    assert "2 of 2 recorded" in plan.signatures.summary.text()

    type_into(qtbot, plan.plan_form.editor("contingency"), "Grandfather calls the coordinator")
    for person in (first, second):
        assert plan.signatures.row(person.id).status.text() == (
            "⚠ Signed an earlier wording — ask them to sign again"
        )
    assert "0 of 2 recorded" in plan.signatures.summary.text()

    _click(qtbot, plan.agree_button)
    message = plan.agree_message.text()
    assert f"{first.name} signed an earlier wording of the plan: sign again" in message
    assert caseload.load(store, conference_id).plan.status is PlanStatus.DRAFT

    # Signing again clears it; the referrer's decision afterwards does not undo a signature.
    _click(qtbot, plan.signatures.row(first.id).paper_button)
    _click(qtbot, plan.signatures.row(second.id).paper_button)
    choose(plan.decision, Decision.MORE_FAMILY_TIME)
    choose(plan.decision, Decision.AGREED)
    stored = caseload.load(store, conference_id)
    current = wording_hash(stored, stored.plan)
    assert all(s.content_hash == current for s in stored.plan.signatures)
    assert "2 of 2 recorded" in plan.signatures.summary.text()


def test_not_agreed_needs_the_referrers_reasons(qtbot: QtBot, window: MainWindow, store: Store):
    conference_id, plan = _al_rashid(qtbot, window, store)
    plan_agreement.edit_plan(store, conference_id, "decision_reasons", "")
    open_conference(window, store, conference_id, "Plan")
    assert plan.reasons_required.isHidden()
    choose(plan.decision, Decision.NOT_AGREED)
    assert not plan.reasons_required.isHidden()
    assert "Required" in plan.reasons_required.text()
    _click(qtbot, plan.agree_button)
    assert "Write the referrer's reasons for not agreeing the plan" in plan.agree_message.text()
    assert "Record how" in plan.agree_message.text()  # and the missing signatures
    type_into(qtbot, plan.reasons_form.editor("decision_reasons"), "No one is there at night")
    assert plan.reasons_required.isHidden()
    assert caseload.load(store, conference_id).plan.decision_reasons == "No one is there at night"


def test_an_agreed_plan_shows_signatures_read_only_and_starts_a_new_version(
    qtbot: QtBot, window: MainWindow, store: Store
):
    demo_caseload.write_demo_caseload(store)
    conference_id = _family(store, "Nowak family")
    open_conference(window, store, conference_id, "Plan")
    plan = window.conference.plan
    agreed = caseload.load(store, conference_id).plan
    assert agreed is not None and agreed.is_agreed
    v = agreed.version  # the demo's Nowak plan was changed at its review

    section = plan.signatures
    assert section.read_only
    assert len(section.rows) == len(agreed.signatures) == 4
    for signature in agreed.signatures:
        row = section.row(signature.person_id)
        assert row.buttons.isHidden()
        assert row.status.text().startswith(f"✓ {signature.method.label}")
    assert any(not row.picture.isHidden() for row in section.rows.values())
    assert not plan.new_version_button.isHidden() and plan.agree_button.isHidden()

    # Saying no to the question changes nothing.
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.No).click())
    _click(qtbot, plan.new_version_button)
    assert len(caseload.load(store, conference_id).plans) == v

    asked: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        _answer_yes(box)

    when_dialog_opens(confirm)
    _click(qtbot, plan.new_version_button)
    assert f"Version {v} stays exactly as agreed" in asked[0]
    assert f"version {v + 1} starts as a copy for changes" in asked[0]
    stored = caseload.load(store, conference_id)
    *_, first, second = stored.plans
    assert first == agreed  # the agreed version is untouched: status, hash, signatures
    assert (second.version, second.status, second.signatures) == (v + 1, PlanStatus.DRAFT, [])
    assert stored.stage is Stage.REVIEW

    assert f"Draft plan, version {v + 1}" in plan.status.text()
    assert plan.new_version_button.isHidden() and not plan.agree_button.isHidden()
    assert not plan.plan_form.editor("contingency").isReadOnly()
    assert not section.read_only
    for row in section.rows.values():
        assert not row.buttons.isHidden() and row.status.text() == "○ Not yet"
    type_into(qtbot, plan.plan_form.editor("contingency"), "Meet every month")
    assert caseload.load(store, conference_id).plans[v - 1] == agreed


def test_status_words_do_not_rely_on_colour():
    from fgc_desktop.domain.plan import Signature

    on_paper = Signature("Ana", SignatureMethod.SIGNED_ON_PAPER, content_hash="h")
    assert signature_status(None, "h") == ("○ Not yet", "missing")
    assert signature_status(on_paper, "h")[0] == "✓ Signed on paper"
    assert signature_status(on_paper, "other")[0].startswith("⚠ Signed an earlier wording")
    # An agreed version's signatures are what it was agreed with, whatever changed since.
    assert signature_status(on_paper, None)[0] == "✓ Signed on paper"
