"""The one-page statistics report, read back: one page, its words and numbers, embedded fonts."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from fgc_desktop.documents.statistics_report import NO_NAMES, render_statistics_report
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.statistics import Period, ServiceFigures, with_months
from tests.pdf_reading import page_texts, render_page

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PRINTED = date(2026, 11, 24)
SERVICE = Coordinator(service="Riverside Family Group Conference Service")


def _year() -> ServiceFigures:
    period = Period(date(2025, 4, 1), date(2026, 3, 31))
    referrals = {month: 10 + (3 * index) % 11 for index, month in enumerate(period.months())}
    held = {month: 8 + (5 * index) % 9 for index, month in enumerate(period.months())}
    figures = ServiceFigures(
        period,
        referrals_received=sum(referrals.values()),
        conferences_held=sum(held.values()),
        plans_agreed_on_the_day=sum(held.values()) - 9,
        reviews_held=93,
        reviews_on_time=71,
        actions_reviewed=310,
        actions_completed=244,
        days_to_conference=38 * sum(held.values()) + 17,
        timed_conferences=sum(held.values()),
    )
    return with_months(figures, referrals, held)


def _fonts(pdf: bytes) -> list[DictionaryObject]:
    """Every font the page uses, inside the charts' drawings too."""
    found = []

    def collect(resources) -> None:
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            found.append(font)
            found.extend(d.get_object() for d in font.get("/DescendantFonts", []))
        for ref in resources.get("/XObject", {}).values():
            inner = ref.get_object().get("/Resources")
            if inner is not None:
                collect(inner.get_object())

    for page in PdfReader(io.BytesIO(pdf)).pages:
        collect(page["/Resources"])
    return [font for font in found if "/FontDescriptor" in font]


def test_a_year_is_one_page_with_every_figure_and_both_charts() -> None:
    figures = _year()
    pdf = render_statistics_report(figures, SERVICE, printed_on=PRINTED)
    [text] = page_texts(pdf)
    for words in (
        "Service statistics",
        "Riverside Family Group Conference Service",
        "1 April 2025 to 31 March 2026 (365 days, first and last day included)",
        "Referrals received",
        f"{figures.referrals_received}",
        "of 93 reviews held (76%)",
        "of 310 actions reviewed (79%)",
        f"{figures.average_days_to_conference:.1f}",
        "Referrals received by month",
        "Conferences held by month",
        "Apr",
        "2025",
        "Mar",
        "2026",
        NO_NAMES,
        "Printed on 24 November 2026",
        "Page 1 of 1",
    ):
        assert words in text, words
    # Every bar's value is written, so no one has to judge heights or colours.
    for month in figures.months:
        assert str(month.referrals_received) in text


def test_every_font_is_embedded() -> None:
    fonts = _fonts(render_statistics_report(_year(), SERVICE, printed_on=PRINTED))
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    names = {str(font["/BaseFont"]).split("+")[-1] for font in fonts}
    assert all(name.startswith("NotoSans") for name in names), names  # never Helvetica


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2030, 1, 1), date(2030, 1, 1)),  # one empty day
        (date(2019, 3, 15), date(2026, 11, 24)),  # years of months, shown by year
        (date(1900, 1, 1), date(2100, 12, 31)),  # the longest period dates allow
    ],
)
def test_any_period_stays_on_one_page(start, end) -> None:
    period = Period(start, end)
    counts = {month: 1234 for month in period.months()}
    figures = with_months(
        ServiceFigures(period, referrals_received=1234 * len(counts)), counts, counts
    )
    pdf = render_statistics_report(figures, SERVICE, printed_on=PRINTED)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_an_empty_period_says_so_and_shows_no_average() -> None:
    empty = with_months(ServiceFigures(Period(date(2030, 1, 1), date(2030, 3, 31))), {}, {})
    [text] = page_texts(render_statistics_report(empty, SERVICE, printed_on=PRINTED))
    assert text.count("None in this period") == 2
    assert "none" in text
    assert "of 0 conferences held" in text


def test_a_service_name_in_arabic_prints_in_the_arabic_font(tmp_path) -> None:
    service = Coordinator(service="خدمة المؤتمرات العائلية")
    pdf = render_statistics_report(_year(), service, printed_on=PRINTED)
    names = {str(font["/BaseFont"]).split("+")[-1] for font in _fonts(pdf)}
    assert any(name.startswith("NotoSansArabic") for name in names), names
    render_page(pdf, 0, tmp_path).save(tmp_path / "arabic-service.png")  # looked at


def test_picture_of_the_report(tmp_path) -> None:
    """The report at screen resolution; FGC_SCREENSHOTS=1 keeps it in docs/screenshots."""
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    page = render_page(render_statistics_report(_year(), SERVICE, printed_on=PRINTED), 0, tmp_path)
    page.save(folder / "statistics-report.png")
    assert page.height > page.width  # A4 portrait
