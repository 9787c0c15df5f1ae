"""Service statistics: the period counted, the figures for it, and the months they fall in.

A period includes its first and last day. The figures are counts the store makes with SQL;
here they get their meaning: shares, the average wait for a conference, and bars for charts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from fgc_desktop.domain.plan import add_months
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError, parse_date
from fgc_desktop.domain.wording import Words

# A conference counts as held once its day has begun: information sharing or any later stage.
HELD_STAGES = tuple(
    stage for stage in Stage if stage.position >= Stage.INFORMATION_SHARING.position
)
# Charts show at most this many bars; longer periods are shown by quarter, year or more years.
MOST_BARS = 24
NONE = "none"

_MONTH_WORDS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """A date as people read it, e.g. 1 April 2026, the same on every computer."""
    return Words(
        "{day} {month} {year}", day=day.day, month=Words(_MONTH_WORDS[day.month - 1]), year=day.year
    )


def month_name(month: date, *, short: bool = False) -> str:
    """The month of a date, e.g. April 2026 (or Apr 2026)."""
    name = _MONTH_WORDS[month.month - 1]
    return f"{name[:3] if short else name} {month.year}"


def first_of_month(day: date) -> date:
    """The first day of the month a date is in."""
    return day.replace(day=1)


def last_of_month(day: date) -> date:
    """The last day of the month a date is in."""
    return add_months(first_of_month(day), 1) - timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """The days counted, first and last included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "To",
                Words(
                    "{end} is before the start, {start}; "
                    "the period must end on or after the day it starts",
                    end=long_date(self.end),
                    start=long_date(self.start),
                ),
            )

    @property
    def days(self) -> int:
        """How many days the period has, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """The period in words, e.g. 1 April 2026 to 31 March 2027."""
        return Words("{start} to {end}", start=long_date(self.start), end=long_date(self.end))

    def contains(self, day: date) -> bool:
        """True when the day is in the period (its first and last day count)."""
        return self.start <= day <= self.end

    def months(self) -> tuple[date, ...]:
        """The first day of every month the period touches, in order."""
        months, month = [], first_of_month(self.start)
        while month <= self.end:
            months.append(month)
            month = add_months(month, 1)
        return tuple(months)

    def part_of(self, month: date) -> tuple[date, date]:
        """The first and last day of a month that fall inside the period."""
        return max(first_of_month(month), self.start), min(last_of_month(month), self.end)


def period_from_text(start: object, end: object) -> Period:
    """The period between two typed dates, or a ValidationError naming the date to fix."""
    first = parse_date(start, "From")
    last = parse_date(end, "To")
    if first is None:
        raise ValidationError("From", Words("cannot be empty; write a date such as 2026-04-01"))
    if last is None:
        raise ValidationError("To", Words("cannot be empty; write a date such as 2027-03-31"))
    return Period(first, last)


class Preset(StrEnum):
    """Periods a coordinator reports on again and again."""

    THIS_MONTH = "this_month"
    LAST_QUARTER = "last_quarter"
    LAST_12_MONTHS = "last_12_months"
    THIS_FINANCIAL_YEAR = "this_financial_year"

    @property
    def label(self) -> str:
        """The preset as offered in the period chooser."""
        return {
            Preset.THIS_MONTH: "This month so far",
            Preset.LAST_QUARTER: "Last quarter",
            Preset.LAST_12_MONTHS: "Last 12 whole months",
            Preset.THIS_FINANCIAL_YEAR: "This financial year so far (April to March)",
        }[self]

    def period(self, today: date) -> Period:
        """The period as it stands on a day; periods that include today end on it."""
        month = first_of_month(today)
        if self is Preset.THIS_MONTH:
            return Period(month, today)
        if self is Preset.LAST_QUARTER:
            quarter = month.replace(month=3 * ((today.month - 1) // 3) + 1)
            return Period(add_months(quarter, -3), quarter - timedelta(days=1))
        if self is Preset.LAST_12_MONTHS:
            return Period(add_months(month, -12), month - timedelta(days=1))
        year = today.year if today.month >= 4 else today.year - 1
        return Period(date(year, 4, 1), today)


@dataclass(frozen=True)
class MonthFigures:
    """What happened in one month, or the part of it inside the period."""

    month: date
    start: date
    end: date
    referrals_received: int = 0
    conferences_held: int = 0


@dataclass(frozen=True)
class Figure:
    """One headline figure: its value, what it is a share of, and what it means."""

    label: str
    value: int | float | None
    explanation: str
    out_of: int | None = None
    out_of_label: str = ""
    unit: str = ""

    @property
    def number(self) -> str:
        """The value alone: 1,234, 38.5, or none."""
        if self.value is None:
            return NONE
        return f"{self.value:,.1f}" if isinstance(self.value, float) else f"{self.value:,}"

    @property
    def shown(self) -> str:
        """The value as printed, with its unit when there is a value: 12, 38.5 days, or none."""
        if self.value is None or not self.unit:
            return self.number
        return f"{self.number} {self.unit}"

    @property
    def share(self) -> str:
        """The value as a whole percentage of out_of, or empty text when there is none."""
        if self.out_of is None or not self.out_of or self.value is None:
            return ""
        return f"{_rounded(100 * self.value / self.out_of)}%"

    @property
    def detail(self) -> str:
        """What the value is counted out of, e.g. of 40 conferences held (85%)."""
        if self.out_of is None:
            return ""
        share = f" ({self.share})" if self.share else ""
        return Words(
            "of {count:,} {what}{share}",
            count=self.out_of,
            what=Words(self.out_of_label),
            share=share,
        )


@dataclass(frozen=True)
class ServiceFigures:
    """Everything counted for one period: the headline figures and the months."""

    period: Period
    referrals_received: int = 0
    conferences_held: int = 0
    plans_agreed_on_the_day: int = 0
    reviews_held: int = 0
    reviews_on_time: int = 0
    actions_reviewed: int = 0
    actions_completed: int = 0
    # Over conferences held with a referral date on or before the conference date.
    days_to_conference: int = 0
    timed_conferences: int = 0
    months: tuple[MonthFigures, ...] = field(default=())

    @property
    def average_days_to_conference(self) -> float | None:
        """Mean days from referral to conference, or None when no conference can be timed."""
        if not self.timed_conferences:
            return None
        return self.days_to_conference / self.timed_conferences

    def headline(self) -> tuple[Figure, ...]:
        """The figures in the order they are shown, printed and exported."""
        timed = self.timed_conferences
        return (
            Figure(
                "Referrals received",
                self.referrals_received,
                "Referrals with a received date in the period.",
            ),
            Figure(
                "Conferences held",
                self.conferences_held,
                "Conferences whose date is in the period and whose day has begun "
                "(information sharing or a later stage).",
            ),
            Figure(
                "Plans agreed on the day",
                self.plans_agreed_on_the_day,
                "Conferences held whose first plan version was agreed on the conference date.",
                self.conferences_held,
                "conferences held",
            ),
            Figure(
                "Reviews held on time",
                self.reviews_on_time,
                "Reviews held in the period on or before the review date of the plan reviewed.",
                self.reviews_held,
                "reviews held",
            ),
            Figure(
                "Actions completed",
                self.actions_completed,
                "Plan actions marked done at a review held in the period.",
                self.actions_reviewed,
                "actions reviewed",
            ),
            Figure(
                "Average days from referral to conference",
                self.average_days_to_conference,
                (
                    Words(
                        "Over 1 conference held in the period with a referral date on or before "
                        "the conference date."
                    )
                    if timed == 1
                    else Words(
                        "Over {count:,} conferences held in the period with a referral date on or "
                        "before the conference date.",
                        count=timed,
                    )
                )
                if timed
                else Words(
                    "None: no conference held in the period has a referral date "
                    "on or before its conference date."
                ),
                unit="days",
            ),
        )


def with_months(
    figures: ServiceFigures, referrals: Mapping[date, int], conferences: Mapping[date, int]
) -> ServiceFigures:
    """The figures with one entry per month of the period, months with nothing counting 0."""
    period = figures.period
    months = tuple(
        MonthFigures(
            month,
            *period.part_of(month),
            referrals_received=referrals.get(month, 0),
            conferences_held=conferences.get(month, 0),
        )
        for month in period.months()
    )
    return replace(figures, months=months)


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: the months it covers, in words, and the count."""

    label: str
    value: int
    start: date
    end: date

    @property
    def lines(self) -> tuple[str, str]:
        """The label on two lines under the bar, e.g. ("Apr", "2026")."""
        first, _, second = self.label.rpartition(" ")
        return (first, second) if first else (second, "")


def bars(
    months: Sequence[MonthFigures], count: Callable[[MonthFigures], int], most: int = MOST_BARS
) -> tuple[Bar, ...]:
    """Chart bars: one per month, or per quarter, year or run of years when months are many."""
    size = _months_per_bar(months, most)
    groups: dict[tuple[int, int], list[MonthFigures]] = {}
    for month in months:
        groups.setdefault(_group(month.month, size, months[0].month.year), []).append(month)
    return tuple(
        Bar(_bar_label(group, size), sum(count(m) for m in group), group[0].start, group[-1].end)
        for group in groups.values()
    )


@dataclass(frozen=True)
class Chart:
    """A bar chart of one count over the period, with its title and gridlines."""

    title: str
    bars: tuple[Bar, ...]

    @property
    def steps(self) -> tuple[int, ...]:
        """The values of the gridlines, from 0 to at or above the highest bar."""
        return axis_steps(max((bar.value for bar in self.bars), default=0))

    @property
    def is_empty(self) -> bool:
        """True when every bar is 0."""
        return not any(bar.value for bar in self.bars)

    @property
    def description(self) -> str:
        """Every bar in words, for screen readers and anyone who cannot tell bar heights apart."""
        values = "; ".join(f"{bar.label}: {bar.value:,}" for bar in self.bars)
        return f"{self.title}. {values}." if values else f"{self.title}: nothing to show."


@dataclass(frozen=True)
class AxisLabel:
    """Text under a bar: its month (centred under it) or the year (from the bar's left edge)."""

    bar: int
    text: str
    is_year_line: bool


def axis_labels(
    chart_bars: Sequence[Bar], slot: float, width_of: Callable[[str], float], gap: float = 4
) -> tuple[AxisLabel, ...]:
    """The labels that fit under bars slot wide, measured with width_of, none overlapping.

    Every bar is labelled when the labels fit side by side, else every second, third...;
    a year is written where it starts; a year whose label would run into the next one's
    (a period starting in December, say) is left out.
    """
    if not chart_bars or slot <= 0:
        return ()
    widest = max(width_of(bar.lines[0]) for bar in chart_bars)
    every = max(1, math.ceil((widest + gap) / slot))
    labels = [
        AxisLabel(index, bar.lines[0], False)
        for index, bar in enumerate(chart_bars)
        if index % every == 0
    ]
    years: list[AxisLabel] = []
    previous = None
    for index, bar in enumerate(chart_bars):
        year = bar.lines[1]
        if year and year != previous:
            # A year cut short at the start of the period gives way to the next one.
            while years and years[-1].bar * slot + width_of(years[-1].text) + gap > index * slot:
                years.pop()
            years.append(AxisLabel(index, year, True))
        previous = year
    return (*labels, *years)


def charts(figures: ServiceFigures, most: int = MOST_BARS) -> tuple[Chart, Chart]:
    """The two charts of a period: referrals received and conferences held."""
    unit = _unit(_months_per_bar(figures.months, most))
    return (
        Chart(
            Words("Referrals received {unit}", unit=unit),
            bars(figures.months, lambda m: m.referrals_received, most),
        ),
        Chart(
            Words("Conferences held {unit}", unit=unit),
            bars(figures.months, lambda m: m.conferences_held, most),
        ),
    )


def _months_per_bar(months: Sequence[MonthFigures], most: int) -> int:
    size = 1
    while months and len({_group(m.month, size, months[0].month.year) for m in months}) > most:
        size = {1: 3, 3: 12}.get(size, size + 12)
    return size


def _unit(size: int) -> str:
    named = _UNIT_WORDS.get(size)
    return Words(named) if named else Words("in spans of {count} years", count=size // 12)


_UNIT_WORDS = {1: "by month", 3: "by quarter", 12: "by year"}


def _group(month: date, size: int, first_year: int) -> tuple[int, int]:
    """Which bar a month goes in: its month, calendar quarter, year, or run of years."""
    if size == 1:
        return month.year, month.month
    if size == 3:
        return month.year, (month.month - 1) // 3
    # Runs of years start with the period's first year.
    return (month.year - first_year) // (size // 12), 0


def _bar_label(group: Sequence[MonthFigures], size: int) -> str:
    first, last = group[0].month, group[-1].month
    if size == 1:
        return month_name(first, short=True)
    if size == 3:
        start = first.replace(month=3 * ((first.month - 1) // 3) + 1)
        return (
            f"{_MONTH_WORDS[start.month - 1][:3]}–{_MONTH_WORDS[start.month + 1][:3]} {first.year}"
        )
    return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"


def axis_steps(highest: int, most_steps: int = 5) -> tuple[int, ...]:
    """Round values for a chart's gridlines, from 0 to at or above the highest bar."""
    if highest <= 0:
        return (0, 1)
    step = 1
    for size in _round_sizes():
        step = size
        if math.ceil(highest / size) <= most_steps:
            break
    return tuple(range(0, step * math.ceil(highest / step) + 1, step))


def _round_sizes() -> Iterator[int]:
    """1, 2, 5, 10, 20, 50, 100, ... (steps that people read at a glance)."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            yield factor * power
        power *= 10


def csv_rows(figures: ServiceFigures) -> list[list[str]]:
    """The figures as spreadsheet rows: a header, one row per figure, one per figure and month."""
    period = figures.period
    rows = [["Figure", "Covers", "From", "To", "Value", "Out of", "Share", "What it counts"]]
    for figure in figures.headline():
        rows.append(
            [
                figure.label,
                "Whole period",
                period.start.isoformat(),
                period.end.isoformat(),
                _plain_value(figure),
                "" if figure.out_of is None else str(figure.out_of),
                figure.share,
                figure.explanation,
            ]
        )
    for label, count in (
        ("Referrals received", lambda m: m.referrals_received),
        ("Conferences held", lambda m: m.conferences_held),
    ):
        for month in figures.months:
            rows.append(
                [
                    label,
                    month_name(month.month),
                    month.start.isoformat(),
                    month.end.isoformat(),
                    str(count(month)),
                    "",
                    "",
                    "",
                ]
            )
    return rows


def _plain_value(figure: Figure) -> str:
    """A value a spreadsheet reads as a number: no thousands separators, no unit."""
    if figure.value is None:
        return NONE
    if isinstance(figure.value, float):
        return f"{figure.value:.1f}"
    return str(figure.value)


def _rounded(number: float) -> int:
    """Halves round up, as people round (Python's round() would round 82.5 to 82)."""
    return math.floor(number + 0.5)
