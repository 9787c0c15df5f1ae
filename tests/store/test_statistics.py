"""Counting service statistics in the store, against a caseload with answers worked out by hand."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from fgc_desktop.domain.statistics import Period
from fgc_desktop.store.errors import StoreError
from fgc_desktop.store.statistics import count_service, count_service_apart
from tests.statistics_caseload import APRIL_2026, Expected, build_april_caseload


@pytest.fixture
def april(store):
    build_april_caseload(store)
    return store


def _totals(figures) -> dict[str, int]:
    return {key: getattr(figures, key) for key in asdict(Expected())}


def test_april_figures_match_the_hand_count(april) -> None:
    figures = count_service(april, Period(*APRIL_2026))
    assert _totals(figures) == asdict(Expected())
    assert figures.average_days_to_conference == pytest.approx(89 / 3)
    [month] = figures.months
    assert (month.month, month.referrals_received, month.conferences_held) == (
        date(2026, 4, 1),
        3,
        4,
    )


def test_months_of_a_longer_period_count_each_month_and_fill_empty_ones(april) -> None:
    figures = count_service(april, Period(date(2026, 2, 1), date(2026, 6, 30)))
    assert [(m.month.month, m.referrals_received, m.conferences_held) for m in figures.months] == [
        (2, 1, 0),  # A's referral
        (3, 2, 0),  # B and E
        (4, 3, 4),
        (5, 0, 1),  # E held on 1 May; D is still being prepared
        (6, 0, 0),
    ]
    assert figures.referrals_received == 6
    assert figures.conferences_held == 5
    # R3 (1 May) now counts too: H's action is done there.
    assert (figures.reviews_held, figures.reviews_on_time) == (4, 2)
    assert (figures.actions_reviewed, figures.actions_completed) == (2, 2)


def test_a_one_day_period_counts_that_day_and_no_other(april) -> None:
    first = count_service(april, Period(date(2026, 4, 1), date(2026, 4, 1)))
    assert (first.referrals_received, first.conferences_held) == (1, 1)  # C's referral, A held
    assert first.plans_agreed_on_the_day == 1
    last = count_service(april, Period(date(2026, 4, 30), date(2026, 4, 30)))
    assert (last.referrals_received, last.conferences_held) == (1, 1)  # D's referral, B held
    before = count_service(april, Period(date(2026, 3, 31), date(2026, 3, 31)))
    assert (before.referrals_received, before.conferences_held) == (1, 0)  # E's referral only


def test_an_empty_period_counts_nothing_and_has_no_average(april) -> None:
    figures = count_service(april, Period(date(2030, 1, 1), date(2030, 3, 31)))
    assert all(value == 0 for value in _totals(figures).values())
    assert figures.average_days_to_conference is None
    assert len(figures.months) == 3


def test_counting_apart_reads_the_same_figures_without_the_stores_connection(april) -> None:
    period = Period(*APRIL_2026)
    assert count_service_apart(april.path, period, april.passphrase) == count_service(april, period)


def test_counting_apart_from_a_missing_file_is_a_store_problem(tmp_path) -> None:
    with pytest.raises(StoreError, match="could not be read"):
        count_service_apart(tmp_path / "gone.sqlite", Period(*APRIL_2026))
