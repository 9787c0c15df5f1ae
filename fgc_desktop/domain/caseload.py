"""The caseload: one line per conference, as the coordinator scans it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fgc_desktop.domain.stage import Stage


@dataclass(frozen=True)
class CaseloadEntry:
    """A conference as listed in the caseload: reference, family, stage and what is next."""

    conference_id: str
    reference: str
    family_name: str
    stage: Stage
    next_date: date | None
    next_event: str
