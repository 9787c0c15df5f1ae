"""Starting the app: bundled fonts, bad store files refused untouched, the demo caseload."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from fgc_desktop.store.errors import NotAStoreError, StoreError
from fgc_desktop.ui import app
from fgc_desktop.ui.main_window import MainWindow


def test_bundled_fonts_cover_every_script(qapp: QApplication):
    families = set(QFontDatabase.families())
    assert {"Noto Sans", "Noto Sans Arabic", "Droid Sans Fallback"} <= families
    assert qapp.font().families()[0] == "Noto Sans"


def test_bad_file_is_refused_untouched_and_another_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"these are someone's notes, not a database")
    seen: list[StoreError] = []

    def choose_another(error: StoreError, parent: object = None) -> Path:
        seen.append(error)
        return tmp_path / "new.sqlite"

    monkeypatch.setattr(app, "ask_after_store_error", choose_another)
    store = app.open_store_or_ask(bad)
    assert store is not None
    store.close()
    assert isinstance(seen[0], NotAStoreError)
    assert bad.read_bytes() == b"these are someone's notes, not a database"


def test_quitting_after_a_bad_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"not a database")
    monkeypatch.setattr(app, "ask_after_store_error", lambda error, parent=None: None)
    assert app.open_store_or_ask(bad) is None
    assert app.run(bad) == 1


def _close_when_shown(seen: list[MainWindow]) -> None:
    def close() -> None:
        # Visible ones only: the window of an earlier run is closed, perhaps not yet deleted.
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(10, close)
            return
        seen.extend(windows)
        QApplication.quit()

    QTimer.singleShot(0, close)


def test_run_on_a_store_and_on_the_demo(tmp_path: Path, qapp: QApplication):
    # Closing the last window would post a quit that ends the next test's dialogs early.
    qapp.setQuitOnLastWindowClosed(False)
    seen: list[MainWindow] = []
    _close_when_shown(seen)
    assert app.run(tmp_path / "caseload.sqlite") == 0
    assert seen[0].windowTitle().endswith("caseload.sqlite")
    assert seen[0].banner.isVisibleTo(seen[0])
    seen.clear()
    _close_when_shown(seen)
    assert app.run(None, demo=True) == 0
    assert seen[0].caseload.model.rowCount() >= 5
    for window in seen:
        window.close()
        window.deleteLater()
    qapp.setQuitOnLastWindowClosed(True)
