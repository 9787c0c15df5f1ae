"""Pictures of the window to look at; FGC_SCREENSHOTS=1 also writes them to docs/screenshots."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Participation
from fgc_desktop.domain.plan import CopyMethod
from fgc_desktop.domain.preparation import InvitationMethod
from fgc_desktop.services import caseload, demo_caseload, network, plan_copies, preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.signature_dialog import SignatureDialog
from tests.ui.conftest import when_dialog_opens
from tests.ui.test_signatures import draw_signature

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _folder(tmp_path: Path) -> Path:
    if os.environ.get("FGC_SCREENSHOTS"):
        DOCS.mkdir(parents=True, exist_ok=True)
        return DOCS
    return tmp_path


def _open(window: MainWindow, store: Store, family: str) -> None:
    window.caseload.select(_conference_id(store, family))


def _conference_id(store: Store, family: str) -> str:
    return next(
        e for e in caseload.list_conferences(store) if e.family_name == family
    ).conference_id


def _half_prepared_khans(store: Store) -> None:
    """The demo's Khan family part-way through preparation, as a coordinator would see it."""
    khan = _conference_id(store, "Khan family")
    people = {p.name: p for p in caseload.load(store, khan).people}
    nadia, imran, sara = people["Nadia Khan"], people["عمران خان"], people["Sara Khan"]
    for person in (nadia, imran, sara):
        network.set_choice(store, khan, person.id, Participation.IN_PERSON)
    network.edit_person(store, khan, nadia.id, "address", "Flat 3, 9 Hidden Row, Riverside")
    preparation.add_safety_pair(
        store, khan, nadia.id, imran.id, "Nadia left after domestic abuse; her address stays hidden"
    )
    preparation.add_visit(
        store,
        khan,
        nadia.id,
        place="Women's refuge office",
        notes="Explained the conference; she wants Imran to join by phone.",
        worries="Being in the same room as Imran.",
        hopes="Aisha stays with her and keeps seeing her aunt.",
        help_needed="A taxi to the venue",
    )
    preparation.add_visit(
        store, khan, sara.id, place="At home", notes="Happy to help with school runs."
    )
    preparation.record_invitation(store, khan, sara.id, None, InvitationMethod.BY_HAND)


def test_main_window_and_plan_preview_pictures(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path
):
    demo_caseload.write_demo_caseload(store)
    _half_prepared_khans(store)
    window.refresh()
    window.resize(1280, 800)
    folder = _folder(tmp_path)
    shots = {
        "main-window.png": ("Al-Rashid family", "Network"),
        "referral-page.png": ("Okafor family", "Referral"),
        "conference-day-page.png": ("Chen family", "Conference day"),
        "bottom-lines-page.png": ("Khan family", "Bottom lines"),
        "network-page.png": ("Khan family", "Network"),
        "preparation-page.png": ("Khan family", "Preparation"),
        "invitations-page.png": ("Khan family", "Invitations"),
    }
    for name, (family, page) in shots.items():
        _open(window, store, family)
        window.conference.show_page(page)
        qtbot.wait(30)  # let layouts settle (a newly opened conference resizes its checklist)
        window.grab().save(str(folder / name))
    _open(window, store, "Nowak family")
    preview = window.show_plan()
    assert preview is not None
    preview.resize(900, 1000)
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    qtbot.wait(50)
    preview.grab().save(str(folder / "plan-preview.png"))
    picture = QImage(str(folder / "main-window.png"))
    assert (picture.width(), picture.height()) == (1280, 800)


def test_signature_pad_and_plan_page_pictures(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path
):
    """The signing dialog with a signature drawn, then the Plan page's signatures."""
    demo_caseload.write_demo_caseload(store)
    window.refresh()
    window.resize(1280, 800)
    folder = _folder(tmp_path)
    _open(window, store, "Al-Rashid family")
    window.conference.show_page("Plan")
    plan = window.conference.plan
    first = next(iter(plan.signatures.rows.values()))
    qtbot.waitUntil(lambda: first.sign_button.height() > 0)

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignatureDialog)
        qtbot.wait(30)
        dialog.grab().save(str(tmp_path / "empty-pad.png"))  # looked at, not kept
        draw_signature(dialog.pad, seed=1)
        qtbot.wait(30)  # let the dialog repaint before the picture
        dialog.grab().save(str(folder / "signature-pad.png"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(sign)
    qtbot.mouseClick(first.sign_button, Qt.MouseButton.LeftButton)
    window.activateWindow()
    area = window.conference.tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.wait(30)
    # Scrolled down to the Agree button: the decision, the signatures and Agree together.
    _scroll_to(area, plan.agree_box, bottom=True)
    qtbot.wait(30)
    window.grab().save(str(folder / "plan-page.png"))
    assert not first.picture.isHidden()
    picture = QImage(str(folder / "signature-pad.png"))
    assert picture.width() >= 600 and picture.height() >= 300


def _scroll_to(area: QScrollArea, widget: QWidget, *, bottom: bool = False) -> None:
    """Scroll the page so a section starts at the top (or ends at the bottom) of the view."""
    inner = area.widget()
    assert inner is not None
    top = widget.mapTo(inner, QPoint(0, 0)).y()
    if bottom:
        top += widget.height() - area.viewport().height() + 12
    area.verticalScrollBar().setValue(max(top - 8, 0))


def test_plan_answers_and_copies_pictures(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path
):
    """The answers and bottom lines of a draft; the distribution and copies of an agreed plan."""
    demo_caseload.write_demo_caseload(store)
    nowak = _conference_id(store, "Nowak family")
    recipients = caseload.load(store, nowak).plan.recipients
    plan_copies.record_copy_given(store, nowak, recipients[0], date(2026, 4, 10))
    plan_copies.record_copy_given(
        store, nowak, recipients[1], date(2026, 4, 14), CopyMethod.POST, large_print=True
    )
    window.refresh()
    window.resize(1280, 800)
    folder = _folder(tmp_path)
    _open(window, store, "Al-Rashid family")
    window.conference.show_page("Plan")
    plan = window.conference.plan
    area = window.conference.tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: plan.answers_box.height() > 0)
    qtbot.wait(30)
    _scroll_to(area, plan.answers_box)
    qtbot.wait(30)
    window.grab().save(str(folder / "plan-answers.png"))

    _open(window, store, "Nowak family")
    window.conference.show_page("Plan")
    plan.distribution.select_ids(recipients[2:3])
    qtbot.waitUntil(lambda: plan.distribution_box.height() > 0)
    qtbot.wait(30)
    _scroll_to(area, plan.distribution_box, bottom=True)
    qtbot.wait(30)
    window.grab().save(str(folder / "plan-copies.png"))
    assert plan.distribution.model.rowCount() == len(caseload.load(store, nowak).people)
