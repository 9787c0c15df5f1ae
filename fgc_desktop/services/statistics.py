"""Service statistics for a period: counting them, and saving them as CSV or a one-page PDF."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from functools import partial
from pathlib import Path

from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.statistics import (
    MonthFigures,
    Period,
    ServiceFigures,
    csv_rows,
    last_of_month,
    month_name,
)
from fgc_desktop.services.coordinator import coordinator
from fgc_desktop.store import statistics
from fgc_desktop.store.connection import Store


class ExportFailed(Exception):
    """A file of figures that could not be written; the message says where and why."""


def service_figures(store: Store, period: Period) -> ServiceFigures:
    """The figures for a period, counted now on the store's connection."""
    return statistics.count_service(store, period)


def figures_job(store: Store, period: Period) -> Callable[[], ServiceFigures]:
    """A function counting the figures on its own connection, safe off the GUI thread."""
    return partial(statistics.count_service_apart, store.path, period, store.passphrase)


def csv_bytes(figures: ServiceFigures) -> bytes:
    """The figures as CSV: UTF-8 with a byte order mark, so Excel reads every character."""
    text = io.StringIO()
    csv.writer(text).writerows(csv_rows(figures))
    return text.getvalue().encode("utf-8-sig")


def write_csv(figures: ServiceFigures, path: Path) -> None:
    """Write the CSV file whole, or leave whatever was at path as it was (ExportFailed)."""
    write_file(path, csv_bytes(figures))


def write_file(path: Path, data: bytes) -> None:
    """Write a file in full through a temporary one beside it, so no half file is left."""
    path = Path(path)
    partial_file = path.with_name(f".{path.name}.partial")
    try:
        partial_file.write_bytes(data)
        partial_file.replace(path)
    except OSError as error:
        with suppress(OSError):
            partial_file.unlink(missing_ok=True)
        raise ExportFailed(f"{path} could not be written: {error.strerror or error}.") from error


def render_report(
    figures: ServiceFigures, details: Coordinator, printed_on: date | None = None
) -> bytes:
    """Lay out the one-page report (reportlab is imported only when first needed)."""
    from fgc_desktop.documents.statistics_report import render_statistics_report

    return render_statistics_report(figures, details, printed_on=printed_on)


def report_job(store: Store, figures: ServiceFigures) -> Callable[[], bytes]:
    """A function making the report's PDF, safe to run off the GUI thread."""
    return partial(render_report, figures, coordinator(store))


def printed_table(figures: ServiceFigures) -> str:
    """The figures as a plain-text table for a terminal: headline figures, then the months."""
    period = figures.period
    days = f"{period.days:,} day{'s' if period.days != 1 else ''}"
    headline = [(f.label, f.shown, f.detail) for f in figures.headline()]
    width = max(len(label) for label, _, _ in headline)
    values = max(len(shown) for _, shown, _ in headline)
    lines = [
        f"Service statistics, {period.label} ({days}, first and last day included)",
        "",
        *(
            f"{label:<{width}}  {shown:>{values}}  {detail}".rstrip()
            for label, shown, detail in headline
        ),
        "",
        f"{'Month':<{width}}  {'Referrals received':>18}  {'Conferences held':>16}",
        *(
            f"{month_name(m.month) + _part(m):<{width}}  "
            f"{m.referrals_received:>18,}  {m.conferences_held:>16,}"
            for m in figures.months
        ),
    ]
    return "\n".join(lines) + "\n"


def _part(month: MonthFigures) -> str:
    """The days counted of a month cut by the period's start or end, e.g. (1–24 only)."""
    whole = (month.start, month.end) == (month.month, last_of_month(month.month))
    return "" if whole else f" ({month.start.day}–{month.end.day} only)"
