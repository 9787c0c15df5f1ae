"""Moving a conference between stages, with the domain's checks and the reasons kept."""

from __future__ import annotations

from fgc_desktop.domain import progress
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store


def move_on(store: Store, conference_id: str, reason: str = "") -> Conference:
    """Advance to the next stage, or raise StageBlocked listing what is missing."""
    conference = conferences.load_conference(store, conference_id)
    move = progress.move_on(conference, reason)
    conferences.record_stage_move(store, conference_id, move)
    if move.to_stage is Stage.FAMILY_TIME:
        # Imported here, not with the stage bar at start: it brings the PDF and signing code.
        from fgc_desktop.services import plan_agreement

        # The family write their plan now: give them a draft with the review date already due.
        return plan_agreement.start_plan(store, conference_id)
    return conferences.load_conference(store, conference_id)


def go_back(store: Store, conference_id: str, reason: str) -> Conference:
    """Return to the previous stage with the coordinator's reason."""
    conference = conferences.load_conference(store, conference_id)
    move = progress.go_back(conference, reason)
    conferences.record_stage_move(store, conference_id, move)
    return conferences.load_conference(store, conference_id)
