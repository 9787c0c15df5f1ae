"""The Statistics window: choosing a period, the figures and charts shown, CSV and PDF report."""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.statistics import Period, Preset
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.statistics_window import CUSTOM, StatisticsWindow
from tests.statistics_caseload import APRIL_2026, build_april_caseload, build_year_of_conferences
from tests.ui.conftest import type_text

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _open(qtbot: QtBot, window: MainWindow) -> StatisticsWindow:
    """Caseload → Service statistics…, as a coordinator opens it, then its first count."""
    caseload_menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "Caseload"
    )
    [action] = [a for a in caseload_menu.actions() if "statistics" in a.text()]
    action.trigger()
    stats = window.statistics_window
    assert stats is not None and stats.isVisible()
    _wait_for_figures(qtbot, stats)
    return stats


def _wait_for_figures(qtbot: QtBot, stats: StatisticsWindow, period: Period | None = None) -> None:
    qtbot.waitUntil(
        lambda: (
            not stats.is_counting
            and stats.figures is not None
            and (period is None or stats.figures.period == period)
        ),
        timeout=10_000,
    )


def _type_dates(qtbot: QtBot, stats: StatisticsWindow, start: str, end: str) -> None:
    for editor, text in ((stats.start, start), (stats.end, end)):
        editor.setFocus()
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        type_text(qtbot, editor, text)
    qtbot.mouseClick(stats.count_button, Qt.MouseButton.LeftButton)


def _shown(stats: StatisticsWindow) -> dict[str, tuple[str, str]]:
    return {card.title.text(): (card.value.text(), card.detail.text()) for card in stats.cards}


def test_custom_dates_show_the_hand_counted_figures_and_save_as_csv(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
):
    build_april_caseload(store)
    stats = _open(qtbot, window)
    assert Preset(stats.preset.currentData()) is Preset.THIS_FINANCIAL_YEAR

    _type_dates(qtbot, stats, "01/04/2026", "2026-04-30")
    _wait_for_figures(qtbot, stats, Period(*APRIL_2026))
    assert stats.preset.currentText() == CUSTOM
    assert stats.period_label.text() == "1 April 2026 to 30 April 2026 (30 days)"
    assert _shown(stats) == {
        "Referrals received": ("3", ""),
        "Conferences held": ("4", ""),
        "Plans agreed on the day": ("2", "of 4 conferences held (50%)"),
        "Reviews held on time": ("2", "of 3 reviews held (67%)"),
        "Actions completed": ("1", "of 2 actions reviewed (50%)"),
        "Average days from referral to conference": ("29.7 days", ""),
    }
    assert stats.chart_titles[0].text() == "Referrals received by month"
    assert stats.referrals_chart.accessibleDescription() == (
        "Referrals received by month. Apr 2026: 3."
    )
    assert stats.conferences_chart.accessibleDescription().endswith("Apr 2026: 4.")
    middle = stats.referrals_chart.width() / 2
    assert stats.referrals_chart.bar_at(middle).value == 3

    path = tmp_path / "april.csv"
    assert stats.save_csv_to(path)
    assert stats.saved.text() == f"Saved to {path}"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0][:5] == ["Figure", "Covers", "From", "To", "Value"]
    assert [row[4] for row in rows[1:7]] == ["3", "4", "2", "2", "1", "29.7"]
    assert rows[7:] == [
        ["Referrals received", "April 2026", "2026-04-01", "2026-04-30", "3", "", "", ""],
        ["Conferences held", "April 2026", "2026-04-01", "2026-04-30", "4", "", "", ""],
    ]
    assert stats.default_file_name(".csv") == "Service statistics 2026-04-01 to 2026-04-30.csv"


def test_a_preset_chosen_from_the_list_fills_the_dates_and_counts(
    qtbot: QtBot, window: MainWindow, store: Store
):
    stats = _open(qtbot, window)
    stats.preset.setFocus()
    # The list runs this month, last quarter, last 12 months, this financial year.
    qtbot.keyClick(stats.preset, Qt.Key.Key_Up)
    expected = Preset.LAST_12_MONTHS.period(date.today())
    _wait_for_figures(qtbot, stats, expected)
    assert Preset(stats.preset.currentData()) is Preset.LAST_12_MONTHS
    assert (stats.start.text(), stats.end.text()) == (
        expected.start.isoformat(),
        expected.end.isoformat(),
    )
    assert len(stats.figures.months) == 12
    # An empty caseload: nothing counted, and no average to show.
    assert _shown(stats)["Average days from referral to conference"] == ("none", "")
    assert _shown(stats)["Referrals received"] == ("0", "")
    assert stats.referrals_chart.chart.is_empty


def test_impossible_or_reversed_dates_are_explained_and_the_figures_stay(
    qtbot: QtBot, window: MainWindow, store: Store
):
    stats = _open(qtbot, window)
    shown = stats.figures
    _type_dates(qtbot, stats, "31/02/2026", "2026-04-30")
    assert stats.message.isVisible()
    assert stats.message.text() == "From: “31/02/2026” is not a real date"
    assert stats.start.hasFocus()
    _type_dates(qtbot, stats, "2026-04-30", "2026-04-01")
    assert stats.message.text() == (
        "To: 1 April 2026 is before the start, 30 April 2026; "
        "the period must end on or after the day it starts"
    )
    assert stats.end.hasFocus()
    _type_dates(qtbot, stats, "2026-04-01", "")
    assert stats.message.text() == "To: cannot be empty; write a date such as 2027-03-31"
    # Return in a date box counts (and so explains), never saving or printing by surprise.
    stats.start.setFocus()
    type_text(qtbot, stats.start, "x")
    qtbot.keyClick(stats.start, Qt.Key.Key_Return)
    assert stats.message.text() == "From: “2026-04-01x” is not a date; write it as 2026-03-31"
    assert QApplication.activeModalWidget() is None
    assert stats.figures is shown and not stats.is_counting
    # Dates put in the boxes in any way are the period counted, and the chooser says Custom.
    stats.preset.setCurrentIndex(stats.preset.findData(Preset.THIS_MONTH))
    stats.start.setText("2026-04-01")
    stats.end.setText("2026-04-01")
    qtbot.keyClick(stats.end, Qt.Key.Key_Return)
    _wait_for_figures(qtbot, stats, Period(date(2026, 4, 1), date(2026, 4, 1)))
    assert stats.preset.currentText() == CUSTOM
    assert not stats.message.isVisible()
    assert stats.period_label.text() == "1 April 2026 to 1 April 2026 (1 day)"


def test_only_the_last_period_asked_for_is_shown(qtbot: QtBot, window: MainWindow, store: Store):
    build_april_caseload(store)
    stats = _open(qtbot, window)
    _type_dates(qtbot, stats, "2026-01-01", "2026-12-31")
    _type_dates(qtbot, stats, "2026-04-01", "2026-04-30")
    _wait_for_figures(qtbot, stats, Period(*APRIL_2026))
    # Both counts have ended and reported; the year's, whenever it came, is not what is shown.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(50)
    assert stats.figures is not None and stats.figures.period == Period(*APRIL_2026)
    assert _shown(stats)["Referrals received"] == ("3", "")


def test_a_csv_that_cannot_be_saved_is_explained(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
):
    stats = _open(qtbot, window)
    assert not stats.save_csv_to(tmp_path / "missing" / "figures.csv")
    box = stats.findChild(QMessageBox, "saveProblem")
    assert box is not None and box.isVisible()
    assert "could not be written: No such file or directory" in box.text()
    box.accept()


def test_the_pdf_report_is_one_page_of_the_figures_shown(
    qtbot: QtBot, window: MainWindow, store: Store
):
    build_april_caseload(store)
    stats = _open(qtbot, window)
    _type_dates(qtbot, stats, "2026-04-01", "2026-04-30")
    _wait_for_figures(qtbot, stats, Period(*APRIL_2026))
    qtbot.mouseClick(stats.report_button, Qt.MouseButton.LeftButton)
    report = stats.report
    assert report is not None
    qtbot.waitUntil(lambda: report.is_ready, timeout=20_000)
    assert report.document.pageCount() == 1
    assert report.default_file_name() == "Service statistics 2026-04-01 to 2026-04-30.pdf"
    [page] = PdfReader(io.BytesIO(report.pdf)).pages
    text = page.extract_text()
    assert "1 April 2026 to 30 April 2026" in text
    assert "of 4 conferences held (50%)" in text
    assert "29.7" in text
    report.accept()


def test_reopening_counts_again_with_what_was_added_since(
    qtbot: QtBot, window: MainWindow, store: Store
):
    stats = _open(qtbot, window)
    _type_dates(qtbot, stats, "2026-04-01", "2026-04-30")
    _wait_for_figures(qtbot, stats, Period(*APRIL_2026))
    assert _shown(stats)["Conferences held"] == ("0", "")
    stats.close()
    build_april_caseload(store)
    window.show_statistics()
    assert stats.is_counting
    _wait_for_figures(qtbot, stats, Period(*APRIL_2026))
    assert window.statistics_window is stats
    assert _shown(stats)["Conferences held"] == ("4", "")


def test_picture_of_the_statistics_window(qtbot: QtBot, store: Store, tmp_path: Path):
    """A year of a service's work; FGC_SCREENSHOTS=1 keeps the picture in docs/screenshots."""
    build_year_of_conferences(store, date(2026, 11, 24))
    stats = StatisticsWindow(store, today=date(2026, 11, 24))
    qtbot.addWidget(stats)
    stats.resize(1120, 800)
    stats.show()
    qtbot.waitExposed(stats)
    _wait_for_figures(qtbot, stats)
    stats.choose_preset(Preset.LAST_12_MONTHS)
    _wait_for_figures(qtbot, stats, Preset.LAST_12_MONTHS.period(date(2026, 11, 24)))
    qtbot.wait(30)
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    picture = stats.grab()
    picture.save(str(folder / "statistics-window.png"))
    assert (picture.width(), picture.height()) == (1120, 800)
    assert QApplication.activeModalWidget() is None
