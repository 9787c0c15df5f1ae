"""The rotation rule: 7 daily and 4 weekly regular backups, 3 of each risky step, the newest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fgc_desktop.domain.backup_rotation import (
    DAYS_KEPT,
    WEEKS_KEPT,
    BackupReason,
    BackupStamp,
    backups_to_keep,
)

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday


def _stamp(at: datetime, reason: BackupReason = BackupReason.SCHEDULED) -> BackupStamp:
    return BackupStamp(f"{reason.value}-{at:%Y%m%dT%H%M}", at, reason)


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([]) == set()


def test_every_four_hours_for_60_days_keeps_the_newest_of_7_days_and_4_weeks() -> None:
    backups = [_stamp(START + timedelta(hours=4 * n)) for n in range(6 * 60)]
    kept = backups_to_keep(backups)
    newest = backups[-1]
    kept_times = sorted(b.taken_at for b in backups if b.name in kept)
    days = sorted({b.taken_at.date() for b in backups})[-DAYS_KEPT:]
    # The newest of each of the last 7 days...
    for day in days:
        assert max(b.taken_at for b in backups if b.taken_at.date() == day) in kept_times
    # ...and of each of the last 4 weeks; nothing else.
    weeks = sorted({b.taken_at.isocalendar()[:2] for b in backups})[-WEEKS_KEPT:]
    for week in weeks:
        newest_of_week = max(b.taken_at for b in backups if b.taken_at.isocalendar()[:2] == week)
        assert newest_of_week in kept_times
    assert newest.name in kept
    assert len(kept) <= DAYS_KEPT + WEEKS_KEPT
    assert min(kept_times) > backups[-1].taken_at - timedelta(weeks=WEEKS_KEPT)
    # The last backup is a Thursday's: this week's and last week's newest are also the newest
    # of their days, so they are counted once.
    assert len(kept) == DAYS_KEPT + WEEKS_KEPT - 2


def test_a_month_in_a_drawer_deletes_nothing_by_age_alone() -> None:
    backups = [_stamp(START + timedelta(days=n)) for n in range(3)]
    assert backups_to_keep(backups) == {b.name for b in backups}


def test_safety_backups_keep_the_newest_three_of_each_kind() -> None:
    updates = [_stamp(START + timedelta(days=n), BackupReason.BEFORE_MIGRATION) for n in range(5)]
    restores = [_stamp(START + timedelta(days=n), BackupReason.BEFORE_RESTORE) for n in range(2)]
    regular = _stamp(START + timedelta(days=10))
    kept = backups_to_keep([*updates, *restores, regular])
    assert kept == {regular.name, *(b.name for b in updates[-3:]), *(b.name for b in restores)}


def test_safety_backups_do_not_push_regular_ones_out() -> None:
    regular = [_stamp(START + timedelta(days=n)) for n in range(DAYS_KEPT)]
    restores = [
        _stamp(START + timedelta(days=DAYS_KEPT, minutes=n), BackupReason.BEFORE_RESTORE)
        for n in range(10)
    ]
    kept = backups_to_keep([*regular, *restores])
    assert {b.name for b in regular} <= kept
    assert len(kept & {b.name for b in restores}) == 3


def test_the_newest_backup_is_always_kept_whatever_its_kind() -> None:
    restores = [_stamp(START + timedelta(hours=n), BackupReason.BEFORE_RESTORE) for n in range(5)]
    assert restores[-1].name in backups_to_keep(restores)
    assert all(reason.label for reason in BackupReason)
