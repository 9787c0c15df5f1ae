"""Pictures of the window to look at; FGC_SCREENSHOTS=1 also writes them to docs/screenshots."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _folder(tmp_path: Path) -> Path:
    if os.environ.get("FGC_SCREENSHOTS"):
        DOCS.mkdir(parents=True, exist_ok=True)
        return DOCS
    return tmp_path


def _open(window: MainWindow, store: Store, family: str) -> None:
    entry = next(e for e in caseload.list_conferences(store) if e.family_name == family)
    window.caseload.select(entry.conference_id)


def test_main_window_and_plan_preview_pictures(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path
):
    demo_caseload.write_demo_caseload(store)
    window.refresh()
    window.resize(1280, 800)
    folder = _folder(tmp_path)
    shots = {
        "main-window.png": ("Al-Rashid family", "Network"),
        "referral-page.png": ("Okafor family", "Referral"),
        "conference-day-page.png": ("Chen family", "Conference day"),
        "plan-page.png": ("Al-Rashid family", "Plan"),
        "bottom-lines-page.png": ("Khan family", "Bottom lines"),
    }
    for name, (family, page) in shots.items():
        _open(window, store, family)
        window.conference.show_page(page)
        qtbot.wait(1)  # let layouts settle before grabbing
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
