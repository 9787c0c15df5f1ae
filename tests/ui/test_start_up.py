"""Start-up stays quick: the main window shows before any conference page is imported or built."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.conference_view import _PAGE_CLASSES
from fgc_desktop.ui.main_window import MainWindow

# What the main window must not load before it is needed: the pages, the windows behind a menu,
# and the PDF and signing libraries.
_LATER = sorted(
    {module for module, _ in _PAGE_CLASSES.values()}
    | {
        "fgc_desktop.ui.plan_preview",
        "fgc_desktop.ui.statistics_window",
        "fgc_desktop.ui.settings_dialog",
        "fgc_desktop.ui.subject_access_window",
        "fgc_desktop.ui.retention_window",
        "fgc_desktop.ui.verify_plan_window",
        "fgc_desktop.services.plan_agreement",
        "fgc_desktop.services.plan_signing",
        "reportlab",
        "pyhanko",
        "cryptography",
        "pypdf",
    }
)

_START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from fgc_desktop.ui import app
qt = QApplication([])
store = app.open_store_or_ask(Path(sys.argv[1]))
session = app.start_session(store)
qt.processEvents()
assert session.window.isVisible()
later = sys.argv[2:]
print(" ".join(sorted(m for m in later if m in sys.modules)))
session.close()
"""


def test_the_window_shows_without_the_pages_or_the_pdf_libraries(tmp_path: Path) -> None:
    """In a fresh process, as a coordinator starts the app on their caseload."""
    path, _listed = _demo_caseload(tmp_path)
    assert _run_fresh(_START, path, _LATER) == ""


# What the first drawing of the window must not wait for: Home, the conference view, the idle
# lock, the checks and backups, restoring, sqlite-utils and the app-wide watches (the first Python
# event filter makes PySide6 prepare every Qt class's enums).
_AFTER_FIRST_DRAWING = [
    "fgc_desktop.ui.dashboard",
    "fgc_desktop.ui.conference_view",
    "fgc_desktop.ui.idle_lock",
    "fgc_desktop.ui.store_health",
    "fgc_desktop.ui.restore_dialog",
    "fgc_desktop.ui.accessible_names",
    "fgc_desktop.services.backups",
    "fgc_desktop.commands",
    "sqlite_utils",
]

_FIRST_DRAWING = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from fgc_desktop import cli
qt = QApplication([])
seen = {}

def at_first_turn():
    from fgc_desktop.ui.main_window import MainWindow
    window = next(w for w in qt.topLevelWidgets() if isinstance(w, MainWindow))
    window.first_drawn.connect(lambda: drawn(window))

def drawn(window):
    seen["drawn"] = window.drawn
    seen["built"] = window.built
    seen["rows"] = window.caseload.model.rowCount()
    seen["loaded"] = sorted(m for m in sys.argv[2:] if m in sys.modules)
    QTimer.singleShot(0, lambda: after(window))

def after(window):
    if not window.built:
        QTimer.singleShot(1, lambda: after(window))
        return
    seen["home"] = window.right.currentWidget() is window.dashboard
    seen["checks"] = window.store_health is not None
    print(seen)
    window.close()

QTimer.singleShot(0, at_first_turn)
cli.main(["--db", sys.argv[1]])
"""


def test_the_caseload_is_drawn_before_home_and_the_checks_are_built(tmp_path: Path) -> None:
    """Started as `fgc-desktop --db`: the caseload is drawn first, the rest a turn after it."""
    path, listed = _demo_caseload(tmp_path)
    seen = ast.literal_eval(_run_fresh(_FIRST_DRAWING, path, _AFTER_FIRST_DRAWING).splitlines()[-1])
    assert seen["drawn"] and not seen["built"] and seen["rows"] == listed
    assert seen["loaded"] == []
    assert seen["home"] and seen["checks"]  # then Home is in front and the checks run


_LATE_WATCH = """
from PySide6.QtWidgets import QApplication, QLineEdit
from fgc_desktop.ui import accessible_names
qt = QApplication([])
field = QLineEdit()
field.setPlaceholderText("Family name")
field.show()
qt.processEvents()
before = field.accessibleName()
accessible_names.install()
print(repr((before, field.accessibleName())))
"""


def test_names_are_given_to_what_was_shown_before_the_watch_began(tmp_path: Path) -> None:
    """The watch begins after the first drawing; a control already on screen is named then."""
    before, after = ast.literal_eval(_run_fresh(_LATE_WATCH, tmp_path, []).splitlines()[-1])
    assert (before, after) == ("", "Family name")


def _demo_caseload(folder: Path) -> tuple[Path, int]:
    """A store file holding the demo caseload, and how many conferences it lists."""
    path = folder / "caseload.sqlite"
    store = caseload.open_caseload(path)
    listed = len(demo_caseload.write_demo_caseload(store))
    store.close()
    return path, listed


def _run_fresh(code: str, path: Path, modules: list[str]) -> str:
    """What code printed, run in a new Python process on the store with the module names."""
    result = subprocess.run(
        [sys.executable, "-c", code, str(path), *modules],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", **_environment()},
        cwd=Path(__file__).resolve().parents[2],
    )
    return result.stdout.strip()


def _environment() -> dict[str, str]:
    import os

    return dict(os.environ)


def _demo(store: Store) -> dict[str, str]:
    """The demo caseload; its conference ids by reference."""
    written = demo_caseload.write_demo_caseload(store)
    return {conference.reference: conference.id for conference in written}


def test_opening_a_conference_builds_only_the_page_in_front(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    ids = _demo(store)
    window.refresh()
    view = window.conference
    assert view.built_pages() == []
    window.open_conference(ids["FGC-2026-0006"])  # at referral
    assert view.built_pages() == ["Referral"]
    assert view.referral.isVisible()
    view.tabs.setCurrentIndex(list(_PAGE_CLASSES).index("History"))
    assert view.built_pages() == ["Referral", "History"]
    assert view.history.isVisible()


def test_a_page_not_in_front_shows_the_conference_opened_since(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    ids = _demo(store)
    window.refresh()
    view = window.conference
    window.open_conference(ids["FGC-2026-0006"])
    assert "Okafor" in view.referral.family.editor("family_name").text()
    window.open_conference(ids["FGC-2026-0001"])  # at review: the Review page is in front
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Review"
    view.show_page("Referral")
    assert "Nowak" in view.referral.family.editor("family_name").text()


def test_search_opens_a_page_not_built_yet(qtbot: QtBot, store: Store, window: MainWindow) -> None:
    ids = _demo(store)
    window.refresh()
    window.open_at(ids["FGC-2026-0005"], "Bottom lines")
    view = window.conference
    assert view.tabs.tabToolTip(view.tabs.currentIndex()) == "Bottom lines"
    assert "Bottom lines" in view.built_pages()
    assert view.bottom_lines.isVisible()


def test_the_pages_are_built_when_the_app_is_idle(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    window.conference.build_pages_when_idle(delay_ms=0)
    assert window.conference.built_pages() == []
    qtbot.waitUntil(lambda: window.conference.pages_ready, timeout=20_000)
    assert window.conference.built_pages() == list(_PAGE_CLASSES)


def test_a_window_shown_builds_home_on_the_next_turn(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert not window.built  # the caseload is drawn first
    qtbot.waitUntil(lambda: window.built)
    assert window.right.currentWidget() is window.dashboard
    assert window.right.count() == 2  # Home and the conference view; the stand-in is gone
