"""How backups are named: the store's name, the UTC time and the reason, in a `backups` folder.

`caseload.fgc-backup-20261124T093000Z-scheduled.sqlite` is a regular backup of
`caseload.fgc.sqlite`; a second one in the same second ends `-scheduled-2.sqlite`. Every backup
is named so, whatever took it (the schedule, an update, a restore, protecting the caseload or
removing its passphrase), so all are listed, restored and rotated alike.

Versions before this scheme named the copies taken before protecting a caseload or removing its
passphrase `caseload.fgc-before-encryption-20261124T093000Z.sqlite` (and `…-decryption-…`). Those
names are still read, so such copies are listed and rotated like the others; none are written.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from fgc_desktop.domain.backup_rotation import BackupReason, BackupStamp

BACKUPS_FOLDER = "backups"
_TIME_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(
    r"^(?P<store>.+)-backup-(?P<time>\d{8}T\d{6}Z)-(?P<reason>[a-z]+(?:-[a-z]+)*)"
    r"(?:-(?P<count>\d+))?\.sqlite$"
)
_EARLIER_NAME = re.compile(
    r"^(?P<store>.+)-before-(?P<conversion>encryption|decryption)-(?P<time>\d{8}T\d{6}Z)"
    r"(?:-(?P<count>\d+))?(?P<suffix>\.[^.]*)$"
)
_EARLIER_REASONS = {
    "encryption": BackupReason.BEFORE_ENCRYPTION,
    "decryption": BackupReason.BEFORE_DECRYPTION,
}


def default_backups_folder(store_path: Path) -> Path:
    """The `backups` folder beside the store."""
    return Path(store_path).parent / BACKUPS_FOLDER


def backup_name(store_path: Path, taken_at: datetime, reason: BackupReason, count: int = 1) -> str:
    """The file name of a backup of that store (count > 1 for a second one in the same second)."""
    suffix = f"-{count}" if count > 1 else ""
    stamp = taken_at.astimezone(UTC).strftime(_TIME_FORMAT)
    return f"{Path(store_path).stem}-backup-{stamp}-{reason.value}{suffix}.sqlite"


def parse_backup_name(name: str, store_path: Path) -> BackupStamp | None:
    """When and why a backup of that store was taken, or None when the name is not one of ours.

    The names earlier versions gave the copies taken before a conversion are read too.
    """
    store = Path(store_path)
    match = _NAME.match(name)
    if match is not None and match["store"] == store.stem:
        try:
            reason = BackupReason(match["reason"])
        except ValueError:
            return None
        return _stamp(name, match["time"], reason, match["count"])
    earlier = _EARLIER_NAME.match(name)
    if earlier is not None and earlier["store"] == store.stem and earlier["suffix"] == store.suffix:
        return _stamp(
            name, earlier["time"], _EARLIER_REASONS[earlier["conversion"]], earlier["count"]
        )
    return None


def free_backup_path(folder: Path, store_path: Path, now: datetime, reason: BackupReason) -> Path:
    """A new backup's path: after every backup taken in the same second, even ones rotated away."""
    second = now.astimezone(UTC).replace(microsecond=0)
    same_second = [
        stamp.sequence for stamp in _stamps(folder, store_path) if stamp.taken_at == second
    ]
    count = max(same_second, default=0) + 1
    while (folder / backup_name(store_path, now, reason, count)).exists():
        count += 1
    return folder / backup_name(store_path, now, reason, count)


def _stamps(folder: Path, store_path: Path) -> list[BackupStamp]:
    if not folder.is_dir():
        return []
    found = (parse_backup_name(path.name, store_path) for path in folder.iterdir())
    return [stamp for stamp in found if stamp is not None]


def _stamp(name: str, time: str, reason: BackupReason, count: str | None) -> BackupStamp:
    taken_at = datetime.strptime(time, _TIME_FORMAT).replace(tzinfo=UTC)
    return BackupStamp(name, taken_at, reason, int(count or 1))
