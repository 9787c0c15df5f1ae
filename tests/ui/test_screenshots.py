"""Pictures of the window to look at; FGC_SCREENSHOTS=1 also writes them to docs/screenshots."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Participation
from fgc_desktop.domain.preparation import InvitationMethod
from fgc_desktop.services import caseload, demo_caseload, network, preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow

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
        "plan-page.png": ("Al-Rashid family", "Plan"),
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
