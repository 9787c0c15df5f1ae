"""One measurement in a fresh process, so imports and start-up are timed as a coordinator sees them.

Run by `benchmarks/run.py`; prints one JSON line on stdout when the window is usable, then
another with the times of the first things a coordinator does.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from fgc_desktop.ui.main_window import MainWindow

# Modules the app must not load before they are first needed (issue: start-up budget).
HEAVY_MODULES = ("reportlab", "pyhanko", "cryptography", "pypdf")


def peak_memory_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_window() -> None:
    """The baseline: the smallest PySide6 window, shown and drawn once."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = _reporting_when_drawn(QMainWindow)()
    window.resize(1280, 800)
    window.show()
    app.exec()


def _reporting_when_drawn(window_class: type[QMainWindow]) -> type[QMainWindow]:
    """The window class, reporting and quitting just after its first drawing (as the app's)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    class Drawn(window_class):  # type: ignore[misc, valid-type]
        reported = False

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
            super().paintEvent(event)
            if not Drawn.reported:
                Drawn.reported = True
                app = QApplication.instance()
                QTimer.singleShot(0, lambda: (_report({}), _ready(app, {})))

    return Drawn


def minimal_window(store_path: Path) -> None:
    """A reference, not the app: the least a window listing a caseload does, with no app code.

    Python, PySide6, Qt's namespace of enums (a table model needs its roles), one SQL read and a
    window with a filter box, a menu and a table of the rows. What the app adds to a bare window
    is only worth working on beyond what this adds.
    """
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication([sys.argv[0]])
    with sqlite3.connect(f"{store_path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT reference, family_name, stage FROM conferences ORDER BY reference DESC LIMIT 50"
        ).fetchall()

    class Rows(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 3

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            return (
                rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
            )

    window = _reporting_when_drawn(QMainWindow)()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit())
    table = QTableView()
    table.setModel(Rows())
    layout.addWidget(table)
    window.setCentralWidget(central)
    menu = window.menuBar().addMenu("&File")
    for number in range(10):
        menu.addAction(f"Item {number}")
    window.resize(1280, 800)
    window.show()
    app.exec()


def app_window(store_path: Path) -> None:
    """The real app started as `fgc-desktop --db store`, ready once the caseload shows its rows."""
    # First the command line, as the `fgc-desktop` command imports it, and Qt after it.
    from fgc_desktop import cli

    start = cli.main
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication([sys.argv[0]])

    def when_window_made() -> None:
        from fgc_desktop.ui.main_window import MainWindow  # loaded by the app by now

        windows = [w for w in qt_app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(1, when_window_made)
            return
        window = windows[0]
        if window.drawn:
            usable(window)
        else:
            window.first_drawn.connect(lambda: usable(window))

    def usable(window: MainWindow) -> None:
        # The start is timed to this line, just after the caseload was first drawn; what a
        # coordinator does next is timed after it.
        assert _caseload_shown(window)  # an EXISTS query: a few microseconds
        _report({"rows": window.caseload.model.rowCount()})
        usable_at = time.perf_counter()
        QTimer.singleShot(0, lambda: _when_home_shown(window, usable_at))

    def _when_home_shown(window: MainWindow, usable_at: float) -> None:
        # Home follows the caseload one turn later (built without being asked for here).
        if not window.built:
            QTimer.singleShot(1, lambda: _when_home_shown(window, usable_at))
            return
        home_after = time.perf_counter() - usable_at
        QTimer.singleShot(0, lambda: _when_pages_built(window, home_after))

    def _when_pages_built(window: MainWindow, home_after: float) -> None:
        # The conference pages are built in idle turns after Home; a coordinator's first click
        # comes later than that (see README, Performance).
        if not window.conference.pages_ready:
            QTimer.singleShot(1, lambda: _when_pages_built(window, home_after))
            return
        _ready(qt_app, {**_interactions(window), "home_after_usable_seconds": home_after})

    QTimer.singleShot(0, when_window_made)
    start(["--db", str(store_path)])


def _caseload_shown(window: MainWindow) -> bool:
    from fgc_desktop.services import caseload

    expected = not caseload.is_empty(window.store)
    return window.caseload.model.rowCount() > 0 or not expected


def _interactions(window: MainWindow) -> dict[str, float]:
    """GUI-thread times of the things a coordinator does first: filter, open a conference."""
    model = window.caseload.model
    started = time.perf_counter()
    model.refresh("nowak")
    filtered = time.perf_counter() - started
    model.refresh("")
    opened = 0.0
    if model.rowCount():
        started = time.perf_counter()
        window.open_conference(model.conference_id(0))
        opened = time.perf_counter() - started
    return {"filter_seconds": filtered, "open_conference_seconds": opened}


def _report(extra: dict) -> None:
    """One JSON line: peak memory and the heavy modules loaded so far, with extra."""
    loaded = sorted(name for name in HEAVY_MODULES if name in sys.modules)
    report = {"peak_memory_mb": peak_memory_mb(), "heavy_modules_loaded": loaded, **extra}
    print(json.dumps(report), flush=True)


def _ready(app: QApplication, extra: dict) -> None:
    _report(extra)
    app.quit()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare_window()
    elif sys.argv[1] == "minimal":
        minimal_window(Path(sys.argv[2]))
    else:
        app_window(Path(sys.argv[2]))
