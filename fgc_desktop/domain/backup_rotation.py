"""Which backups of a store to keep: the newest of recent days and weeks, and of each risky step.

The rule counts backups rather than measuring their age, so a laptop left in a drawer for a month
still has its last backups when it is switched on again:

- scheduled backups: the newest of each of the last 7 days that have one, and the newest of each
  of the last 4 weeks (ISO weeks, Monday to Sunday) that have one; days and weeks are in UTC;
- backups made before an update, a restore, protecting the caseload with a passphrase or removing
  its passphrase: the newest 3 of each kind;
- the newest backup of all is always kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

DAYS_KEPT = 7
WEEKS_KEPT = 4
SAFETY_BACKUPS_KEPT = 3


class BackupReason(Enum):
    """Why a backup was made; part of its file name."""

    SCHEDULED = "scheduled"
    BEFORE_MIGRATION = "before-update"
    BEFORE_RESTORE = "before-restore"
    BEFORE_ENCRYPTION = "before-encryption"
    BEFORE_DECRYPTION = "before-decryption"

    @property
    def label(self) -> str:
        """How the backup list describes it."""
        return _LABELS[self]


_LABELS = {
    BackupReason.SCHEDULED: "Regular backup",
    BackupReason.BEFORE_MIGRATION: "Before an app update changed the file",
    BackupReason.BEFORE_RESTORE: "The caseload as it was before a restore",
    BackupReason.BEFORE_ENCRYPTION: "Before the caseload was protected with a passphrase",
    BackupReason.BEFORE_DECRYPTION: "Before the caseload's passphrase was removed",
}


@dataclass(frozen=True)
class BackupStamp:
    """What a backup's name says: when it was taken (UTC) and why; `name` identifies it.

    `sequence` tells apart backups taken within the same second (1, 2, ...).
    """

    name: str
    taken_at: datetime
    reason: BackupReason
    sequence: int = 1

    @property
    def order(self) -> tuple[datetime, int]:
        """Sorts backups oldest first."""
        return (self.taken_at, self.sequence)


def backups_to_keep(backups: Iterable[BackupStamp]) -> set[str]:
    """The names of the backups the rotation rule keeps; the rest may be deleted."""
    newest_first = sorted(backups, key=lambda b: b.order, reverse=True)
    if not newest_first:
        return set()
    kept = {newest_first[0].name}
    scheduled = [b for b in newest_first if b.reason is BackupReason.SCHEDULED]
    kept |= _newest_of_each(scheduled, lambda b: b.taken_at.date(), DAYS_KEPT)
    kept |= _newest_of_each(scheduled, lambda b: b.taken_at.isocalendar()[:2], WEEKS_KEPT)
    for reason in BackupReason:
        if reason is not BackupReason.SCHEDULED:
            same = [b for b in newest_first if b.reason is reason]
            kept |= {b.name for b in same[:SAFETY_BACKUPS_KEPT]}
    return kept


def _newest_of_each(
    newest_first: list[BackupStamp], period: Callable[[BackupStamp], Hashable], count: int
) -> set[str]:
    """The newest backup of each of the `count` most recent periods that have one."""
    chosen: dict[Hashable, str] = {}
    for backup in newest_first:
        key = period(backup)
        if key not in chosen:
            if len(chosen) == count:
                break
            chosen[key] = backup.name
    return set(chosen.values())
