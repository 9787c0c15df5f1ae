"""Service statistics as use cases: counting on and off the GUI thread, CSV, the printed table."""

from __future__ import annotations

import csv
import io
import time
from datetime import date

import pytest

from fgc_desktop.domain.statistics import Period, csv_rows
from fgc_desktop.services import statistics
from fgc_desktop.services.statistics import ExportFailed
from fgc_desktop.store.connection import Store
from tests.statistics_caseload import APRIL_2026, build_april_caseload


@pytest.fixture
def april_figures(store: Store):
    build_april_caseload(store)
    return statistics.service_figures(store, Period(*APRIL_2026))


def test_the_job_for_another_thread_counts_the_same_figures(store: Store) -> None:
    build_april_caseload(store)
    period = Period(*APRIL_2026)
    assert statistics.figures_job(store, period)() == statistics.service_figures(store, period)


def test_csv_is_utf8_with_a_byte_order_mark_for_excel_and_reads_back_row_for_row(
    april_figures,
) -> None:
    data = statistics.csv_bytes(april_figures)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == csv_rows(april_figures)
    assert rows[1][:5] == ["Referrals received", "Whole period", "2026-04-01", "2026-04-30", "3"]
    assert rows[6][4:7] == ["29.7", "", ""]
    assert len(rows) == 1 + 6 + 2  # header, six figures, two counts for the one month


def test_writing_csv_replaces_the_file_whole(april_figures, tmp_path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    path = tmp_path / "figures.csv"
    path.write_text("last year's figures", encoding="utf-8")
    statistics.write_csv(april_figures, path)
    assert path.read_bytes() == statistics.csv_bytes(april_figures)
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_a_csv_that_cannot_be_written_says_where_and_leaves_nothing_behind(
    april_figures, tmp_path
) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    folder = tmp_path / "a folder"
    folder.mkdir()
    (folder / "kept.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(ExportFailed, match="a folder could not be written"):
        statistics.write_csv(april_figures, folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder"]
    assert (folder / "kept.txt").read_text(encoding="utf-8") == "kept"
    with pytest.raises(ExportFailed, match="No such file or directory"):
        statistics.write_csv(april_figures, tmp_path / "missing" / "figures.csv")


def test_the_printed_table_lists_every_figure_and_month(april_figures) -> None:
    table = statistics.printed_table(april_figures).splitlines()
    assert table[0] == (
        "Service statistics, 1 April 2026 to 30 April 2026 (30 days, first and last day included)"
    )
    assert " ".join(table[4].split()) == "Plans agreed on the day 2 of 4 conferences held (50%)"
    assert table[7].endswith("29.7 days")
    assert table[-1].split() == ["April", "2026", "3", "4"]


def test_months_cut_by_the_period_say_which_days_count(store: Store) -> None:
    figures = statistics.service_figures(store, Period(date(2026, 3, 15), date(2026, 4, 10)))
    months = statistics.printed_table(figures).splitlines()[-2:]
    assert months[0].startswith("March 2026 (15–31 only)")
    assert months[1].startswith("April 2026 (1–10 only)")


@pytest.mark.slow
def test_twenty_thousand_conferences_are_counted_in_well_under_a_second(store: Store) -> None:
    """Measured at about 0.1 s on a 2-core laptop; a bound far above it still catches a loop."""
    _bulk_caseload(store, 20_000)
    period = Period(date(2020, 1, 1), date(2030, 12, 31))
    started = time.perf_counter()
    figures = statistics.figures_job(store, period)()
    elapsed = time.perf_counter() - started
    assert figures.referrals_received == 20_000
    assert figures.conferences_held == 10_000
    assert figures.plans_agreed_on_the_day == 10_000
    assert (figures.reviews_held, figures.reviews_on_time) == (5_000, 2_500)
    assert (figures.actions_reviewed, figures.actions_completed) == (5_000, 5_000)
    assert figures.average_days_to_conference == pytest.approx(42)
    assert elapsed < 2.0, f"counting took {elapsed:.2f} s"


def _bulk_caseload(store: Store, count: int) -> None:
    """Rows written straight to the tables: fast to make, the same shape the app stores."""
    db = store.db
    conferences, plans, actions, reviews, progress = [], [], [], [], []
    for number in range(count):
        held = date(2021 + number % 5, 1 + number % 12, 1 + number % 28)
        received = date.fromordinal(held.toordinal() - 42)
        stage = "review" if number % 2 else "preparation"
        conferences.append(
            {
                "id": f"c{number}",
                "reference": f"FGC-{held.year}-{number:05d}",
                "ref_year": held.year,
                "ref_number": number,
                "family_name": "Nowak family",
                "stage": stage,
                "referral_received_on": received.isoformat(),
                "held_on": held.isoformat(),
                "worries": "The children are often alone in the evenings. " * 20,
                "created_at": "2026-01-01T00:00:00+00:00",
                "updated_at": "2026-01-01T00:00:00+00:00",
            }
        )
        if stage != "review":
            continue
        review_date = date.fromordinal(held.toordinal() + 180)
        plans.append(
            {
                "id": f"p{number}",
                "conference_id": f"c{number}",
                "version": 1,
                "status": "draft",  # agreed below, once its action is in
                "decision": "agreed",
                "review_date": review_date.isoformat(),
                "agreed_at": f"{held.isoformat()}T12:00:00",
                "pdf": b"%PDF" + bytes(20_000),
            }
        )
        actions.append({"id": f"a{number}", "plan_id": f"p{number}", "what": "School run"})
        if number % 4 == 1:
            late = 30 if number % 8 == 1 else -30
            held_review = date.fromordinal(review_date.toordinal() + late)
            reviews.append(
                {
                    "id": f"r{number}",
                    "conference_id": f"c{number}",
                    "plan_id": f"p{number}",
                    "held_on": held_review.isoformat(),
                    "outcome": "plan_continues",
                }
            )
            progress.append(
                {
                    "id": f"g{number}",
                    "conference_id": f"c{number}",
                    "review_id": f"r{number}",
                    "action_id": f"a{number}",
                    "status": "done",
                }
            )
    with db.atomic():
        for table, rows in (
            ("conferences", conferences),
            ("plans", plans),
            ("actions", actions),
            ("reviews", reviews),
            ("action_progress", progress),
        ):
            db[table].insert_all(rows, batch_size=2_000)
        db.execute("UPDATE plans SET status = 'agreed'")
