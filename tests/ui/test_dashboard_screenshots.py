"""Pictures of Home (the dashboard) and of a search; FGC_SCREENSHOTS=1 writes them to docs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Role
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import demo_caseload, referral
from fgc_desktop.services.demo_caseload import Family, build_conference
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.dashboard_caseload import review
from tests.ui.conftest import type_text
from tests.ui.test_screenshots import _folder

KOWALCZYK = Family(
    "Kowalczyk family",
    (("Maja Kowalczyk", date(2020, 8, 3)),),
    (
        ("Ewa Kowalczyk", Role.PARENT, "Mother"),
        ("Bożena Kowalczyk", Role.GRANDPARENT, "Maternal grandmother"),
    ),
    "Riverside Family Centre, Room 1",
    (
        ("Take Maja to nursery every morning", "Bożena Kowalczyk", "", "Maja is at nursery"),
        ("Book the health visitor", "Ewa Kowalczyk, Health visitor", "", "A visit is booked"),
    ),
)


def _busy_caseload(store: Store) -> None:
    """The demo caseload as of TODAY, with a late review, a booked one and withdrawn consent."""
    written = demo_caseload.write_demo_caseload(store, today=TODAY)
    late, kept = build_conference(
        conferences.next_reference(store, 2026),
        KOWALCZYK,
        Stage.REVIEW,
        date(2026, 5, 4),
        render_plan,
    )
    conferences.insert_conference(store, late, kept)
    nowak = next(c for c in written if c.family_name == "Nowak family")
    review(store, nowak, scheduled_on=date(2026, 11, 26), starts_at="14:00")
    okafor = next(c for c in written if c.family_name == "Okafor family")
    referral.withdraw_consent(
        store, okafor.id, "2026-11-20", "Grace wants to try on her own first; she may come back"
    )


def test_home_and_search_pictures(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path
) -> None:
    _busy_caseload(store)
    window.dashboard.today = TODAY
    window.caseload.model.today = TODAY
    window.refresh()
    window.resize(1280, 800)
    qtbot.waitUntil(
        lambda: window.dashboard.dashboard is not None and not window.dashboard.is_loading
    )
    qtbot.wait(30)
    folder = _folder(tmp_path)
    window.grab().save(str(folder / "home.png"))
    assert window.dashboard.reviews_box.title() == "Reviews due and overdue · 2 (1 overdue)"

    field = window.dashboard.search
    field.setFocus()
    type_text(qtbot, field, "school")
    qtbot.waitUntil(lambda: window.dashboard.results.model.result.text == "school")
    qtbot.waitUntil(lambda: not window.dashboard.is_loading)
    qtbot.wait(30)
    window.grab().save(str(folder / "search.png"))
    assert window.dashboard.results.model.rowCount() >= 3
    picture = QImage(str(folder / "home.png"))
    assert (picture.width(), picture.height()) == (1280, 800)
