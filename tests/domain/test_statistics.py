"""Service statistics in the domain: periods and presets, figures worked out by hand, chart bars."""

from __future__ import annotations

from datetime import date

import pytest

from fgc_desktop.domain.statistics import (
    Bar,
    Figure,
    Period,
    Preset,
    ServiceFigures,
    axis_labels,
    axis_steps,
    bars,
    charts,
    csv_rows,
    period_from_text,
    with_months,
)
from fgc_desktop.domain.validation import ValidationError


def test_a_period_includes_its_first_and_last_day() -> None:
    april = Period(date(2026, 4, 1), date(2026, 4, 30))
    assert april.contains(date(2026, 4, 1)) and april.contains(date(2026, 4, 30))
    assert not april.contains(date(2026, 3, 31)) and not april.contains(date(2026, 5, 1))
    assert april.days == 30
    assert Period(date(2026, 4, 1), date(2026, 4, 1)).days == 1
    assert april.label == "1 April 2026 to 30 April 2026"


def test_a_period_ending_before_it_starts_is_refused_in_words() -> None:
    with pytest.raises(ValidationError) as refused:
        Period(date(2026, 4, 30), date(2026, 4, 1))
    assert refused.value.field == "To"
    assert str(refused.value) == (
        "To: 1 April 2026 is before the start, 30 April 2026; "
        "the period must end on or after the day it starts"
    )


@pytest.mark.parametrize(
    ("start", "end", "field", "message"),
    [
        ("31/02/2026", "2026-03-31", "From", "“31/02/2026” is not a real date"),
        ("2026-04-01", "2026-13-01", "To", "“2026-13-01” is not a real date"),
        ("next week", "2026-03-31", "From", "“next week” is not a date"),
        ("", "2026-03-31", "From", "cannot be empty"),
        ("2026-04-01", "   ", "To", "cannot be empty"),
        ("1026-04-01", "2026-03-31", "From", "check the year"),
        ("2026-04-02", "01/04/2026", "To", "is before the start"),
    ],
)
def test_typed_dates_that_make_no_period_say_which_date_to_fix(start, end, field, message) -> None:
    with pytest.raises(ValidationError) as refused:
        period_from_text(start, end)
    assert refused.value.field == field
    assert message in refused.value.message


def test_typed_dates_in_either_form_make_the_period() -> None:
    assert period_from_text(" 01/04/2026", "2027-03-31 ") == Period(
        date(2026, 4, 1), date(2027, 3, 31)
    )


@pytest.mark.parametrize(
    ("today", "preset", "start", "end"),
    [
        (date(2026, 11, 24), Preset.THIS_MONTH, date(2026, 11, 1), date(2026, 11, 24)),
        (date(2026, 11, 1), Preset.THIS_MONTH, date(2026, 11, 1), date(2026, 11, 1)),
        (date(2026, 11, 24), Preset.LAST_QUARTER, date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 1, 15), Preset.LAST_QUARTER, date(2025, 10, 1), date(2025, 12, 31)),
        (date(2026, 4, 1), Preset.LAST_QUARTER, date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 11, 24), Preset.LAST_12_MONTHS, date(2025, 11, 1), date(2026, 10, 31)),
        (date(2026, 1, 31), Preset.LAST_12_MONTHS, date(2025, 1, 1), date(2025, 12, 31)),
        (date(2026, 11, 24), Preset.THIS_FINANCIAL_YEAR, date(2026, 4, 1), date(2026, 11, 24)),
        (date(2027, 3, 31), Preset.THIS_FINANCIAL_YEAR, date(2026, 4, 1), date(2027, 3, 31)),
        (date(2027, 4, 1), Preset.THIS_FINANCIAL_YEAR, date(2027, 4, 1), date(2027, 4, 1)),
        (date(2028, 2, 29), Preset.THIS_FINANCIAL_YEAR, date(2027, 4, 1), date(2028, 2, 29)),
    ],
)
def test_presets_as_they_stand_on_a_day(today, preset, start, end) -> None:
    assert preset.period(today) == Period(start, end)


def test_months_of_a_period_cut_at_its_ends() -> None:
    period = Period(date(2025, 12, 15), date(2026, 2, 3))
    assert period.months() == (date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1))
    assert period.part_of(date(2025, 12, 1)) == (date(2025, 12, 15), date(2025, 12, 31))
    assert period.part_of(date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 1, 31))
    assert period.part_of(date(2026, 2, 1)) == (date(2026, 2, 1), date(2026, 2, 3))


def _figures(**counts: int) -> ServiceFigures:
    return ServiceFigures(Period(date(2026, 4, 1), date(2026, 6, 30)), **counts)


def test_headline_figures_worked_out_by_hand() -> None:
    figures = _figures(
        referrals_received=12,
        conferences_held=8,
        plans_agreed_on_the_day=7,
        reviews_held=3,
        reviews_on_time=2,
        actions_reviewed=9,
        actions_completed=6,
        days_to_conference=31 + 40 + 44,
        timed_conferences=3,
    )
    shown = [(f.label, f.shown, f.detail) for f in figures.headline()]
    assert shown == [
        ("Referrals received", "12", ""),
        ("Conferences held", "8", ""),
        ("Plans agreed on the day", "7", "of 8 conferences held (88%)"),  # 87.5 rounds up
        ("Reviews held on time", "2", "of 3 reviews held (67%)"),
        ("Actions completed", "6", "of 9 actions reviewed (67%)"),
        ("Average days from referral to conference", "38.3 days", ""),  # 115 / 3
    ]
    assert "Over 3 conferences held" in figures.headline()[-1].explanation


def test_no_conference_held_means_no_average_shown_as_none() -> None:
    figures = _figures(referrals_received=4)
    average = figures.headline()[-1]
    assert figures.average_days_to_conference is None
    assert (average.value, average.shown, average.share) == (None, "none", "")
    assert average.explanation.startswith("None: no conference held in the period")
    agreed = figures.headline()[2]
    assert (agreed.shown, agreed.detail) == ("0", "of 0 conferences held")


def test_big_numbers_are_grouped_in_thousands() -> None:
    figure = Figure("Referrals received", 12345, "", out_of=20000, out_of_label="referrals")
    assert (figure.shown, figure.detail) == ("12,345", "of 20,000 referrals (62%)")


def test_every_month_of_the_period_is_listed_with_empty_months_as_zero() -> None:
    figures = with_months(
        _figures(), {date(2026, 5, 1): 3}, {date(2026, 5, 1): 2, date(2026, 6, 1): 1}
    )
    assert [(m.month.month, m.referrals_received, m.conferences_held) for m in figures.months] == [
        (4, 0, 0),
        (5, 3, 2),
        (6, 0, 1),
    ]


def _months(start: date, end: date):
    period = Period(start, end)
    counts = {month: month.month for month in period.months()}
    return with_months(ServiceFigures(period), counts, counts).months


def test_a_year_of_months_makes_one_bar_a_month() -> None:
    months = _months(date(2025, 4, 1), date(2026, 3, 31))
    made = bars(months, lambda m: m.referrals_received)
    assert [bar.label for bar in made][:2] == ["Apr 2025", "May 2025"]
    assert [bar.value for bar in made] == [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
    assert made[0].lines == ("Apr", "2025")


def test_long_periods_make_quarters_then_years_never_more_than_24_bars() -> None:
    quarters = bars(_months(date(2024, 2, 10), date(2026, 11, 24)), lambda m: m.month.month)
    assert len(quarters) == 12
    assert (quarters[0].label, quarters[0].value, quarters[0].start) == (
        "Jan–Mar 2024",
        2 + 3,  # February (from the 10th) and March
        date(2024, 2, 10),
    )
    assert quarters[-1].label == "Oct–Dec 2026" and quarters[-1].end == date(2026, 11, 24)
    years = bars(_months(date(2019, 3, 15), date(2026, 11, 24)), lambda m: 1)
    assert [bar.label for bar in years] == [str(year) for year in range(2019, 2027)]
    assert years[0].value == 10 and years[1].value == 12
    centuries = bars(_months(date(1900, 1, 1), date(2100, 12, 31)), lambda m: 1)
    assert len(centuries) <= 24
    assert sum(bar.value for bar in centuries) == 201 * 12
    assert (centuries[0].label, centuries[-1].label) == ("1900–1908", "2098–2100")
    century_figures = ServiceFigures(Period(date(1900, 1, 1), date(2100, 12, 31)))
    assert charts(with_months(century_figures, {}, {}))[0].title == (
        "Referrals received in spans of 9 years"
    )


def test_charts_are_named_by_what_one_bar_covers_and_told_in_words() -> None:
    period = Period(date(2026, 4, 1), date(2026, 5, 31))
    figures = with_months(ServiceFigures(period), {date(2026, 4, 1): 1200}, {})
    referrals, conferences = charts(figures)
    assert referrals.title == "Referrals received by month"
    assert referrals.description == "Referrals received by month. Apr 2026: 1,200; May 2026: 0."
    assert conferences.is_empty and not referrals.is_empty
    six_years = with_months(ServiceFigures(Period(date(2021, 1, 1), date(2026, 12, 31))), {}, {})
    assert charts(six_years)[1].title == "Conferences held by quarter"
    seven_years = with_months(ServiceFigures(Period(date(2020, 1, 1), date(2026, 12, 31))), {}, {})
    assert charts(seven_years)[1].title == "Conferences held by year"


@pytest.mark.parametrize(
    ("highest", "steps"),
    [
        (0, (0, 1)),
        (1, (0, 1)),
        (4, (0, 1, 2, 3, 4)),
        (7, (0, 2, 4, 6, 8)),
        (25, (0, 5, 10, 15, 20, 25)),
        (26, (0, 10, 20, 30)),
        (1437, (0, 500, 1000, 1500)),
    ],
)
def test_gridlines_are_round_numbers_reaching_the_highest_bar(highest, steps) -> None:
    assert axis_steps(highest) == steps


def _bar(label: str) -> Bar:
    return Bar(label, 1, date(2026, 1, 1), date(2026, 1, 31))


def test_axis_labels_thin_out_when_crowded_and_years_never_overlap() -> None:
    labels = [_bar(label) for label in ("Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025")]

    def width(text: str) -> float:
        return 6.0 * len(text)  # "Dec": 18, "2024": 24

    roomy = axis_labels(labels, 40, width)
    assert [(label.bar, label.text) for label in roomy if not label.is_year_line] == [
        (0, "Dec"),
        (1, "Jan"),
        (2, "Feb"),
        (3, "Mar"),
    ]
    assert [(label.bar, label.text) for label in roomy if label.is_year_line] == [
        (0, "2024"),
        (1, "2025"),
    ]
    crowded = axis_labels(labels, 20, width)
    assert [label.bar for label in crowded if not label.is_year_line] == [0, 2]
    # December's year would run into January's: the year cut short gives way.
    assert [label.text for label in crowded if label.is_year_line] == ["2025"]


def test_csv_rows_one_per_figure_then_one_per_figure_and_month() -> None:
    period = Period(date(2026, 4, 15), date(2026, 5, 31))
    figures = with_months(
        ServiceFigures(period, referrals_received=5, conferences_held=0),
        {date(2026, 4, 1): 2, date(2026, 5, 1): 3},
        {},
    )
    rows = csv_rows(figures)
    assert rows[0] == [
        "Figure",
        "Covers",
        "From",
        "To",
        "Value",
        "Out of",
        "Share",
        "What it counts",
    ]
    assert rows[1][:7] == [
        "Referrals received",
        "Whole period",
        "2026-04-15",
        "2026-05-31",
        "5",
        "",
        "",
    ]
    assert rows[3][:7] == [
        "Plans agreed on the day",
        "Whole period",
        "2026-04-15",
        "2026-05-31",
        "0",
        "0",
        "",
    ]
    assert rows[6][4] == "none"  # the average, with no conference held
    assert rows[7:] == [
        ["Referrals received", "April 2026", "2026-04-15", "2026-04-30", "2", "", "", ""],
        ["Referrals received", "May 2026", "2026-05-01", "2026-05-31", "3", "", "", ""],
        ["Conferences held", "April 2026", "2026-04-15", "2026-04-30", "0", "", "", ""],
        ["Conferences held", "May 2026", "2026-05-01", "2026-05-31", "0", "", "", ""],
    ]
