"""Review meetings in the store: each review, who is invited, and how every action is going."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.review import ActionProgress, Review, ReviewInvitee
from fgc_desktop.store import records
from fgc_desktop.store.columns import from_row, to_row
from fgc_desktop.store.connection import Store

_REVIEW_COLUMNS = (
    "id",
    "plan_id",
    "scheduled_on",
    "starts_at",
    "venue",
    "held_on",
    "family_view",
    "professionals_view",
    "outcome",
    "closure_reason",
    "closure_note",
    "new_plan_id",
)


def insert_review_rows(db: Database, conference_id: str, review: Review) -> None:
    """Store a review with its invitees and progress, inside the caller's transaction."""
    records.insert(db, "reviews", review_row(conference_id, review), conference_id)
    for invitee in review.invitees:
        records.insert(
            db, "review_invitees", _invitee_row(conference_id, review.id, invitee), conference_id
        )
    for progress in review.progress:
        records.insert(
            db, "action_progress", _progress_row(conference_id, review.id, progress), conference_id
        )


def load_reviews(db: Database, conference_id: str) -> list[Review]:
    """Every review of a conference, in the order they were scheduled."""
    owned = ("conference_id = ?", [conference_id])
    invitees: dict[str, list[ReviewInvitee]] = {}
    for row in db["review_invitees"].rows_where(*owned, order_by="rowid"):
        invitees.setdefault(row["review_id"], []).append(from_row(ReviewInvitee, row))
    progress: dict[str, list[ActionProgress]] = {}
    for row in db["action_progress"].rows_where(*owned, order_by="rowid"):
        progress.setdefault(row["review_id"], []).append(from_row(ActionProgress, row))
    return [
        from_row(
            Review,
            row,
            invitees=invitees.get(row["id"], []),
            progress=progress.get(row["id"], []),
        )
        for row in db["reviews"].rows_where(*owned, order_by="rowid")
    ]


def add_review(store: Store, conference_id: str, review: Review) -> None:
    """Store a newly scheduled review."""
    with store.writing() as db:
        insert_review_rows(db, conference_id, review)
        records.touch_conference(db, conference_id)


def update_review(store: Store, review_id: str, changes: dict[str, Any]) -> None:
    """Change some fields of a review (not its invitees or progress)."""
    records.edit_owned(store, "reviews", review_id, changes)


def add_invitee(store: Store, review_id: str, invitee: ReviewInvitee) -> None:
    """Invite one more person to a review."""
    with store.writing() as db:
        conference_id = records.fetch(db, "reviews", review_id)["conference_id"]
        records.insert(
            db, "review_invitees", _invitee_row(conference_id, review_id, invitee), conference_id
        )
        records.touch_conference(db, conference_id)


def update_invitee(store: Store, invitee_id: str, changes: dict[str, Any]) -> None:
    """Change how an invitee took part, or when their letter went."""
    records.edit_owned(store, "review_invitees", invitee_id, changes)


def remove_invitee(store: Store, invitee_id: str) -> None:
    """Take someone off a review's invitation list."""
    records.remove_owned(store, "review_invitees", invitee_id)


def set_progress(store: Store, review_id: str, action_id: str, changes: dict[str, Any]) -> None:
    """Keep how one action is going (its status or note), creating the record on first use."""
    with store.writing() as db:
        conference_id = records.fetch(db, "reviews", review_id)["conference_id"]
        existing = list(
            db["action_progress"].rows_where(
                "review_id = ? AND action_id = ?", [review_id, action_id], select="id"
            )
        )
        if existing:
            records.update(db, "action_progress", existing[0]["id"], to_row(changes), conference_id)
        else:
            progress = ActionProgress(action_id=action_id)
            row = _progress_row(conference_id, review_id, progress) | to_row(changes)
            records.insert(db, "action_progress", row, conference_id)
        records.touch_conference(db, conference_id)


def review_row(conference_id: str, review: Review) -> dict[str, Any]:
    """A review as a row of the reviews table."""
    values = {column: getattr(review, column) for column in _REVIEW_COLUMNS}
    return to_row({"conference_id": conference_id, **values})


def _invitee_row(conference_id: str, review_id: str, invitee: ReviewInvitee) -> dict[str, Any]:
    return to_row({"conference_id": conference_id, "review_id": review_id, **vars(invitee)})


def _progress_row(conference_id: str, review_id: str, progress: ActionProgress) -> dict[str, Any]:
    return to_row({"conference_id": conference_id, "review_id": review_id, **vars(progress)})
