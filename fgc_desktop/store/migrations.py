"""The store's schema, built by sqlite-utils migrations: add a new one, never edit an old one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "fgc_desktop"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_conferences_plans_and_audit(db: Database) -> None:
    """The first schema: conferences, network, bottom lines, plans, actions, signatures, audit."""
    db["conferences"].create(
        {
            "id": str,
            "reference": str,
            "ref_year": int,
            "ref_number": int,
            "family_name": str,
            "stage": str,
            "referrer_name": str,
            "referrer_role": str,
            "referral_received_on": str,
            "referral_reason": str,
            "worries": str,
            "strengths": str,
            "questions": str,
            "consent_given_by": str,
            "consent_given_on": str,
            "held_on": str,
            "starts_at": str,
            "venue": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"reference", "family_name", "stage", "created_at", "updated_at"},
    )
    db["conferences"].create_index(["reference"], unique=True)
    db["conferences"].create_index(["ref_year", "ref_number"], unique=True)
    db["conferences"].create_index(["stage"])

    owned = {"foreign_keys": [("conference_id", "conferences", "id")]}
    db["people"].create(
        {
            "id": str,
            "conference_id": str,
            "position": int,
            "name": str,
            "role": str,
            "relationship": str,
            "date_of_birth": str,
            "attendance": str,
        },
        pk="id",
        not_null={"conference_id", "name", "role"},
        **owned,
    )
    db["bottom_lines"].create(
        {"id": str, "conference_id": str, "position": int, "text": str, "reason": str},
        pk="id",
        not_null={"conference_id", "text"},
        **owned,
    )
    db["stage_moves"].create(
        {
            "id": str,
            "conference_id": str,
            "from_stage": str,
            "to_stage": str,
            "reason": str,
            "moved_at": str,
        },
        pk="id",
        not_null={"conference_id", "from_stage", "to_stage", "moved_at"},
        **owned,
    )
    db["plans"].create(
        {
            "id": str,
            "conference_id": str,
            "version": int,
            "status": str,
            "contingency": str,
            "plan_monitor": str,
            "review_date": str,
            "decision": str,
            "decision_reasons": str,
            "agreed_at": str,
            "content_hash": str,
            "canonical_content": str,
            "pdf": bytes,
        },
        pk="id",
        not_null={"conference_id", "version", "status", "decision"},
        **owned,
    )
    db["plans"].create_index(["conference_id", "version"], unique=True)
    db["actions"].create(
        {
            "id": str,
            "plan_id": str,
            "position": int,
            "what": str,
            "who": str,
            "by_when": str,
            "support": str,
            "how_we_know": str,
        },
        pk="id",
        not_null={"plan_id", "what"},
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["signatures"].create(
        {
            "id": str,
            "plan_id": str,
            "person_id": str,
            "name": str,
            "method": str,
            "note": str,
            "signed_at": str,
        },
        pk="id",
        not_null={"plan_id", "name", "method"},
        foreign_keys=[("plan_id", "plans", "id"), ("person_id", "people", "id")],
    )
    for table, column in (
        ("people", "conference_id"),
        ("bottom_lines", "conference_id"),
        ("stage_moves", "conference_id"),
        ("actions", "plan_id"),
        ("signatures", "plan_id"),
    ):
        db[table].create_index([column])

    db["audit"].create(
        {
            "seq": int,
            "at": str,
            "actor": str,
            "conference_id": str,
            "entity": str,
            "entity_id": str,
            "change": str,
            "before": str,
            "after": str,
        },
        pk="seq",
        not_null={"at", "actor", "entity", "entity_id", "change"},
    )
    db["audit"].create_index(["conference_id", "seq"])
    db.executescript(_GUARDS)


# Triggers are the last line of defence: even a bug elsewhere cannot rewrite history.
_GUARDS = """
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed'); END;
CREATE TRIGGER agreed_plan_is_locked BEFORE UPDATE ON plans
WHEN OLD.status = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_plan_is_kept BEFORE DELETE ON plans
WHEN OLD.status = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_plan_actions_insert BEFORE INSERT ON actions
WHEN (SELECT status FROM plans WHERE id = NEW.plan_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_plan_actions_update BEFORE UPDATE ON actions
WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_plan_actions_delete BEFORE DELETE ON actions
WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
"""


def known_migration_names() -> set[str]:
    """Names of every migration this version of the app knows."""
    return {migration.name for migration in migrations.pending(Database(memory=True))}


@migrations()
def m002_referral_and_preparation(db: Database) -> None:
    """Referral and preparation in full: contacts, safety, visits, child's voice, invitations."""
    for column in (
        "referrer_team",
        "referrer_phone",
        "referrer_email",
        "bottom_lines_agreed_on",
        "consent_given_by_person_id",
        "consent_withdrawn_on",
        "consent_withdrawal_reason",
        "venue_accessibility",
        "food",
        "childcare",
    ):
        db["conferences"].add_column(column, str)
    db["conferences"].add_column("consent_method", str, not_null_default="not_recorded")
    for column in (
        "phone",
        "email",
        "address",
        "preferred_language",
        "accessibility_needs",
        "participation_reason",
        "pronouns",
        "lives_with",
        "needs",
    ):
        db["people"].add_column(column, str)
    db["people"].add_column("side", str, not_null_default="outside")
    db["people"].add_column("participation", str, not_null_default="not_decided")
    for flag in (
        "contact_confidential",
        "interpreter_needed",
        "interpreter_booked",
        "parental_responsibility",
    ):
        db["people"].add_column(flag, int, not_null_default=0)

    conference = ("conference_id", "conferences", "id")
    db["safety_pairs"].create(
        {"id": str, "conference_id": str, "person_id": str, "other_person_id": str, "reason": str},
        pk="id",
        not_null={"conference_id", "person_id", "other_person_id"},
        foreign_keys=[
            conference,
            ("person_id", "people", "id"),
            ("other_person_id", "people", "id"),
        ],
    )
    db["visits"].create(
        {
            "id": str,
            "conference_id": str,
            "person_id": str,
            "visited_on": str,
            "place": str,
            "notes": str,
            "worries": str,
            "hopes": str,
            "help_needed": str,
        },
        pk="id",
        not_null={"conference_id", "person_id"},
        foreign_keys=[conference, ("person_id", "people", "id")],
    )
    db["child_voices"].create(
        {
            "id": str,
            "conference_id": str,
            "child_id": str,
            "wishes_and_feelings": str,
            "method": str,
            "read_out_by": str,
            "advocate_id": str,
        },
        pk="id",
        not_null={"conference_id", "child_id", "method"},
        foreign_keys=[conference, ("child_id", "people", "id"), ("advocate_id", "people", "id")],
    )
    db["child_voices"].create_index(["child_id"], unique=True)
    db["invitations"].create(
        {"id": str, "conference_id": str, "person_id": str, "sent_on": str, "method": str},
        pk="id",
        not_null={"conference_id", "person_id", "sent_on", "method"},
        foreign_keys=[conference, ("person_id", "people", "id")],
    )
    for table in ("safety_pairs", "visits", "child_voices", "invitations"):
        db[table].create_index(["conference_id"])
    db["settings"].create({"key": str, "value": str}, pk="key")


@migrations()
def m003_signature_strokes(db: Database) -> None:
    """Signatures drawn on screen keep their strokes and the wording they were given to."""
    db["signatures"].add_column("strokes", str)
    db["signatures"].add_column("content_hash", str)
    db.executescript(_SIGNATURE_GUARDS)


_SIGNATURE_GUARDS = """
CREATE TRIGGER agreed_plan_signatures_insert BEFORE INSERT ON signatures
WHEN (SELECT status FROM plans WHERE id = NEW.plan_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_plan_signatures_update BEFORE UPDATE ON signatures
WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_plan_signatures_delete BEFORE DELETE ON signatures
WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
"""


@migrations()
def m004_answers_bottom_lines_and_copies(db: Database) -> None:
    """The plan's answers and bottom-line responses, its distribution list and copies given."""
    plan = ("plan_id", "plans", "id")
    db["plan_answers"].create(
        {"id": str, "plan_id": str, "position": int, "question": str, "answer": str},
        pk="id",
        not_null={"plan_id", "question"},
        foreign_keys=[plan],
    )
    db["plan_bottom_line_responses"].create(
        {"id": str, "plan_id": str, "bottom_line_id": str, "bottom_line": str, "how_met": str},
        pk="id",
        not_null={"plan_id", "bottom_line_id", "bottom_line"},
        foreign_keys=[plan],
    )
    db["plan_recipients"].create(
        {"id": str, "plan_id": str, "person_id": str},
        pk="id",
        not_null={"plan_id", "person_id"},
        foreign_keys=[plan, ("person_id", "people", "id")],
    )
    # A copy given stays on record even if the person later leaves the network: no foreign key.
    db["plan_copies"].create(
        {
            "id": str,
            "plan_id": str,
            "person_id": str,
            "given_on": str,
            "method": str,
            "large_print": int,
        },
        pk="id",
        not_null={"plan_id", "person_id", "given_on", "method"},
        foreign_keys=[plan],
    )
    for table in ("plan_answers", "plan_bottom_line_responses", "plan_recipients", "plan_copies"):
        db[table].create_index(["plan_id"])
    db.executescript(
        "".join(
            _LOCK.format(table=table, change=change, row=row)
            for table in ("plan_answers", "plan_bottom_line_responses")
            for change, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
        )
    )


_LOCK = """
CREATE TRIGGER agreed_plan_{table}_{change} BEFORE {change} ON {table}
WHEN (SELECT status FROM plans WHERE id = {row}.plan_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
"""


@migrations()
def m005_relationships_to_each_child(db: Database) -> None:
    """What a person is to each child, when it differs between the children."""
    db["child_relationships"].create(
        {
            "id": str,
            "conference_id": str,
            "person_id": str,
            "child_id": str,
            "relationship": str,
        },
        pk="id",
        not_null={"conference_id", "person_id", "child_id", "relationship"},
        foreign_keys=[
            ("conference_id", "conferences", "id"),
            ("person_id", "people", "id"),
            ("child_id", "people", "id"),
        ],
    )
    db["child_relationships"].create_index(["conference_id"])
    db["child_relationships"].create_index(["person_id", "child_id"], unique=True)


@migrations()
def m006_conference_day(db: Database) -> None:
    """Late arrivals and leavers, what professionals share, the family's questions, family time."""
    db["people"].add_column("arrived_at", str)
    db["people"].add_column("left_at", str)
    conference = ("conference_id", "conferences", "id")
    db["professional_information"].create(
        {
            "id": str,
            "conference_id": str,
            "person_id": str,
            "worries": str,
            "working_well": str,
            "needs_to_happen": str,
        },
        pk="id",
        not_null={"conference_id", "person_id"},
        foreign_keys=[conference, ("person_id", "people", "id")],
    )
    db["family_questions"].create(
        {
            "id": str,
            "conference_id": str,
            "question": str,
            "asked_by": str,
            "answer": str,
            "answered_by": str,
        },
        pk="id",
        not_null={"conference_id", "question"},
        foreign_keys=[conference],
    )
    db["family_time"].create(
        {"id": str, "conference_id": str, "started_at": str, "ended_at": str},
        pk="id",
        not_null={"conference_id", "started_at"},
        foreign_keys=[conference],
    )
    for table in ("professional_information", "family_questions", "family_time"):
        db[table].create_index(["conference_id"])


@migrations()
def m007_agreed_snapshots(db: Database) -> None:
    """The whole conference as it stood when a plan version was agreed, for exact copies later."""
    db["agreed_snapshots"].create(
        {"plan_id": str, "conference": str},
        pk="plan_id",
        not_null={"conference"},
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db.executescript(
        """
CREATE TRIGGER agreed_snapshots_update BEFORE UPDATE ON agreed_snapshots
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_snapshots_delete BEFORE DELETE ON agreed_snapshots
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
"""
    )


@migrations()
def m008_reviews(db: Database) -> None:
    """Review meetings, who is invited to each, and how every reviewed action is going."""
    conference = ("conference_id", "conferences", "id")
    db["reviews"].create(
        {
            "id": str,
            "conference_id": str,
            "plan_id": str,
            "scheduled_on": str,
            "starts_at": str,
            "venue": str,
            "held_on": str,
            "family_view": str,
            "professionals_view": str,
            "outcome": str,
            "closure_reason": str,
            "closure_note": str,
            "new_plan_id": str,
        },
        pk="id",
        not_null={"conference_id", "plan_id", "outcome"},
        foreign_keys=[conference, ("plan_id", "plans", "id"), ("new_plan_id", "plans", "id")],
    )
    db["review_invitees"].create(
        {"id": str, "conference_id": str, "review_id": str, "person_id": str},
        pk="id",
        not_null={"conference_id", "review_id", "person_id"},
        foreign_keys=[conference, ("review_id", "reviews", "id"), ("person_id", "people", "id")],
    )
    db["action_progress"].create(
        {
            "id": str,
            "conference_id": str,
            "review_id": str,
            "action_id": str,
            "status": str,
            "note": str,
        },
        pk="id",
        not_null={"conference_id", "review_id", "action_id", "status"},
        foreign_keys=[conference, ("review_id", "reviews", "id"), ("action_id", "actions", "id")],
    )
    db["reviews"].create_index(["conference_id"])
    db["reviews"].create_index(["scheduled_on"])
    db["review_invitees"].create_index(["review_id", "person_id"], unique=True)
    db["action_progress"].create_index(["review_id", "action_id"], unique=True)
    db["action_progress"].create_index(["action_id"])


@migrations()
def m009_signed_plans(db: Database) -> None:
    """The SHA-256 of each kept plan PDF, to recognise a file, and the certificates signing them."""
    import hashlib

    db["agreed_pdf_hashes"].create(
        {"id": str, "conference_id": str, "sha256": str},
        pk="id",
        not_null={"conference_id", "sha256"},
        foreign_keys=[("id", "plans", "id"), ("conference_id", "conferences", "id")],
    )
    db["agreed_pdf_hashes"].create_index(["sha256"])
    db["signing_certificates"].create(
        {"id": str, "subject": str, "issuer": str, "kind": str, "der": bytes, "added_at": str},
        pk="id",
        not_null={"subject", "kind", "der", "added_at"},
    )
    # PDFs kept before this migration get their hash too, so they are recognised as well.
    kept = db.execute("SELECT id, conference_id, pdf FROM plans WHERE pdf IS NOT NULL").fetchall()
    for row in kept:
        digest = hashlib.sha256(row[2]).hexdigest()
        db["agreed_pdf_hashes"].insert({"id": row[0], "conference_id": row[1], "sha256": digest})
    db.executescript(
        """
CREATE TRIGGER agreed_pdf_hashes_update BEFORE UPDATE ON agreed_pdf_hashes
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
CREATE TRIGGER agreed_pdf_hashes_delete BEFORE DELETE ON agreed_pdf_hashes
BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;
"""
    )
