"""The store's schema, built by sqlite-utils migrations: add a new one, never edit an old one.

A new migration's name is added to `store.schema_names` too, which opening a store reads.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fgc_desktop.store.schema_names import MIGRATION_SET

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


# Characters folded before indexing and before searching, so a name typed on an English keyboard
# finds its spelling in any script. The tokenizer already folds case and Latin accents; these are
# the letters it keeps apart (ł, ø, ß...), Greek accents, and Arabic marks and letter variants
# (harakat, tatweel, hamza seats on alef, Persian and Urdu forms of yeh, kaf and heh).
SEARCH_FOLDS: dict[str, str] = {
    **dict.fromkeys("łŁ", "l"), **dict.fromkeys("øØ", "o"), **dict.fromkeys("đĐ", "d"),
    **dict.fromkeys("ħĦ", "h"), "ı": "i", "ß": "ss", **dict.fromkeys("æÆ", "ae"),
    **dict.fromkeys("œŒ", "oe"),
    **dict.fromkeys("άΆ", "α"), **dict.fromkeys("έΈ", "ε"), **dict.fromkeys("ήΉ", "η"),
    **dict.fromkeys("ίΊϊΪΐ", "ι"), **dict.fromkeys("όΌ", "ο"), **dict.fromkeys("ύΎϋΫΰ", "υ"),
    **dict.fromkeys("ώΏ", "ω"),
    **dict.fromkeys("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640", ""),
    **dict.fromkeys("أإآٱ", "ا"), **dict.fromkeys("ىی", "ي"), "ک": "ك",
    **dict.fromkeys("ہەةۀ", "ه"),
}  # fmt: skip

# Words are Unicode letters, digits and the marks inside them (Indic vowel signs, Arabic
# harakat), so no script is cut into pieces; see store/search.py for why not trigrams.
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'"

# (table, conference id of a row, [(kind, column)]): every text a coordinator may search for.
# Kinds are named in domain/search.py; {r} stands for the row.
_SEARCHED: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "conferences",
        "{r}.id",
        (
            ("'reference'", "reference"),
            ("'family_name'", "family_name"),
            ("'referrer'", "referrer_name"),
            ("'referral_reason'", "referral_reason"),
            ("'worries'", "worries"),
            ("'strengths'", "strengths"),
            ("'questions'", "questions"),
            ("'consent_withdrawal'", "consent_withdrawal_reason"),
        ),
    ),
    (
        "people",
        "{r}.conference_id",
        (
            ("CASE {r}.role WHEN 'child' THEN 'child' ELSE 'person' END", "name"),
            ("'person_needs'", "needs"),
        ),
    ),
    ("bottom_lines", "{r}.conference_id", (("'bottom_line'", "text"), ("'bottom_line'", "reason"))),
    ("stage_moves", "{r}.conference_id", (("'stage_move'", "reason"),)),
    (
        "visits",
        "{r}.conference_id",
        (
            ("'visit'", "notes"),
            ("'visit'", "worries"),
            ("'visit'", "hopes"),
            ("'visit'", "help_needed"),
        ),
    ),
    ("child_voices", "{r}.conference_id", (("'child_voice'", "wishes_and_feelings"),)),
    (
        "professional_information",
        "{r}.conference_id",
        (
            ("'professional_information'", "worries"),
            ("'professional_information'", "working_well"),
            ("'professional_information'", "needs_to_happen"),
        ),
    ),
    (
        "family_questions",
        "{r}.conference_id",
        (("'family_question'", "question"), ("'family_question'", "answer")),
    ),
    (
        "plans",
        "{r}.conference_id",
        (
            ("'contingency'", "contingency"),
            ("'plan_monitor'", "plan_monitor"),
            ("'decision_reasons'", "decision_reasons"),
        ),
    ),
    (
        "actions",
        "(SELECT conference_id FROM plans WHERE id = {r}.plan_id)",
        (
            ("'action'", "what"),
            ("'action_who'", "who"),
            ("'action'", "support"),
            ("'action'", "how_we_know"),
        ),
    ),
    (
        "plan_answers",
        "(SELECT conference_id FROM plans WHERE id = {r}.plan_id)",
        (("'plan_answer'", "answer"),),
    ),
    (
        "plan_bottom_line_responses",
        "(SELECT conference_id FROM plans WHERE id = {r}.plan_id)",
        (("'plan_answer'", "how_met"),),
    ),
    (
        "signatures",
        "(SELECT conference_id FROM plans WHERE id = {r}.plan_id)",
        (("'signature_note'", "note"),),
    ),
    (
        "reviews",
        "{r}.conference_id",
        (
            ("'review'", "family_view"),
            ("'review'", "professionals_view"),
            ("'review'", "closure_note"),
        ),
    ),
    ("action_progress", "{r}.conference_id", (("'action_progress'", "note"),)),
)


def search_fold(text: str) -> str:
    """A text folded as SEARCH_FOLDS says, exactly as the triggers below fold it in SQL."""
    for char, replacement in SEARCH_FOLDS.items():
        text = text.replace(char, replacement)
    return text


def _search_rows(table: str, conference: str, fields: tuple[tuple[str, str], ...]) -> str:
    """The trigger statement copying a new row's searchable texts into search_text."""
    selects = " UNION ALL ".join(
        f"SELECT {kind} AS kind, new.{column} AS text" for kind, column in fields
    ).replace("{r}", "new")
    return (
        "INSERT INTO search_text (conference_id, kind, source_table, source_id, text) "
        f"SELECT {conference.replace('{r}', 'new')}, kind, '{table}', new.id, text "
        f"FROM ({selects}) WHERE trim(coalesce(text, '')) <> '';"
    )


@migrations()
def m009_search(db: Database) -> None:
    """Full-text search over every name, reference and note, kept current by triggers; and the
    indexes the dashboard and the long caseload list need."""
    db.execute(
        "CREATE TABLE search_text (id INTEGER PRIMARY KEY, conference_id TEXT NOT NULL, "
        "kind TEXT NOT NULL, source_table TEXT NOT NULL, source_id TEXT NOT NULL, "
        "text TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX search_text_source ON search_text (source_id)")
    db.execute("CREATE TABLE search_fold (id INTEGER PRIMARY KEY, x TEXT)")
    # The index keeps the folded text under the same rowid as search_text's original, which is
    # what results show.
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(text, "
        f"tokenize=\"{SEARCH_TOKENIZER}\", prefix='2 3')"
    )
    for table, conference, fields in _SEARCHED:
        for kind, column in fields:
            db.execute(
                "INSERT INTO search_text (conference_id, kind, source_table, source_id, text) "
                f"SELECT {conference.replace('{r}', 't')}, {kind.replace('{r}', 't')}, "
                f"'{table}', t.id, t.{column} FROM {table} AS t "
                f"WHERE trim(coalesce(t.{column}, '')) <> ''"
            )
    # Folded here in Python, the same replacements as the triggers make: far quicker for a big
    # caseload than going row by row through them.
    rows = db.execute("SELECT id, text FROM search_text").fetchall()
    db.conn.executemany(
        "INSERT INTO search_index (rowid, text) VALUES (?, ?)",
        ((row_id, search_fold(text)) for row_id, text in rows),
    )
    db.executescript(_search_triggers())
    for table, columns in (
        # Covering indexes: the caseload's ids in list order, all or of one stage.
        ("conferences", ["ref_year", "ref_number", "reference", "id"]),
        ("conferences", ["stage", "ref_year", "ref_number", "reference", "id"]),
        ("conferences", ["held_on"]),
        ("conferences", ["consent_withdrawn_on"]),
        ("plans", ["status", "review_date"]),
        ("actions", ["by_when"]),
    ):
        db[table].create_index(columns)


def _fold_into_index(row: str) -> str:
    """Trigger statements adding a search_text row's folded text to the index.

    The folding goes in steps through the search_fold table: SQLite's parser refuses sixty
    nested replace() calls in one trigger statement.
    """
    folds = list(SEARCH_FOLDS.items())
    steps = [f"INSERT INTO search_fold (id, x) VALUES ({row}.id, {row}.text);"]
    for start in range(0, len(folds), 10):
        nested = "x"
        for char, replacement in folds[start : start + 10]:
            nested = f"replace({nested}, '{char}', '{replacement}')"
        steps.append(f"UPDATE search_fold SET x = {nested} WHERE id = {row}.id;")
    steps.append(
        f"INSERT INTO search_index (rowid, text) SELECT id, x FROM search_fold WHERE id = {row}.id;"
    )
    steps.append(f"DELETE FROM search_fold WHERE id = {row}.id;")
    return "\n  ".join(steps)


def _search_triggers() -> str:
    script = f"""
CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN
  {_fold_into_index("new")}
END;
CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
END;
CREATE TRIGGER search_text_update AFTER UPDATE ON search_text BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
  {_fold_into_index("new")}
END;
"""
    for table, conference, fields in _SEARCHED:
        forget = f"DELETE FROM search_text WHERE source_id = old.id AND source_table = '{table}';"
        changed = " OR ".join(
            f"old.{column} IS NOT new.{column}" for column in dict.fromkeys(c for _, c in fields)
        )
        if table == "people":
            changed += " OR old.role IS NOT new.role"
        script += f"""
CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN
  {_search_rows(table, conference, fields)}
END;
CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} WHEN {changed} BEGIN
  {forget}
  {_search_rows(table, conference, fields)}
END;
CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN
  {forget}
END;
"""
    return script


@migrations()
def m010_retention(db: Database) -> None:
    """Retention runs, and the one narrow way past the audit and plan locks: a run in progress.

    Outside a retention run the audit trail and agreed plans stay exactly as locked as before.
    During one (a `retention_runs` row without `finished_at`, inside one transaction) only the
    rows of the closed conferences listed for that run may be deleted or blanked.
    """
    db["retention_runs"].create(
        {
            "id": str,
            "started_at": str,
            "finished_at": str,
            "actor": str,
            "action": str,
            "years": int,
            "conferences": int,
        },
        pk="id",
        not_null={"started_at", "actor", "action", "years"},
    )
    # No foreign key to conferences: the register outlives the conferences it deleted.
    db["retention_run_conferences"].create(
        {
            "id": str,
            "run_id": str,
            "conference_id": str,
            "reference": str,
            "closed_on": str,
            "records": int,
            "audit_entries": int,
        },
        pk="id",
        not_null={"run_id", "conference_id", "reference"},
        foreign_keys=[("run_id", "retention_runs", "id")],
    )
    db["retention_run_conferences"].create_index(["conference_id"])
    db["retention_run_conferences"].create_index(["run_id"])
    # Subject access and the history view look up the trail by record.
    db["audit"].create_index(["entity_id"])
    db.executescript(_RETENTION_GUARDS)
    for name, table, change, row, locked, owner in _LOCKS_WITH_RETENTION:
        db.executescript(
            f"DROP TRIGGER {name};\n"
            f"CREATE TRIGGER {name} BEFORE {change} ON {table}\n"
            f"WHEN {locked}NOT {_IN_RETENTION_RUN.format(conference=owner.format(row=row))}\n"
            f"BEGIN SELECT RAISE(ABORT, '{_LOCK_MESSAGES[table]}'); END;\n"
        )


_IN_RETENTION_RUN = (
    "EXISTS (SELECT 1 FROM retention_run_conferences AS c "
    "JOIN retention_runs AS r ON r.id = c.run_id "
    "WHERE r.finished_at IS NULL AND c.conference_id = {conference})"
)
_PLAN_OWNER = "(SELECT conference_id FROM plans WHERE id = {row}.plan_id)"
_AGREED = "(SELECT status FROM plans WHERE id = {row}.plan_id) = 'agreed' AND "
_LOCK_MESSAGES = {
    "audit": "The audit trail cannot be changed",
    **{
        table: "An agreed plan version cannot be changed"
        for table in (
            "plans",
            "actions",
            "signatures",
            "plan_answers",
            "plan_bottom_line_responses",
            "agreed_snapshots",
        )
    },
}
# (trigger, table, change, row, what locks the row, which conference owns it)
_LOCKS_WITH_RETENTION = (
    ("audit_is_append_only_delete", "audit", "DELETE", "OLD", "", "OLD.conference_id"),
    ("agreed_plan_is_locked", "plans", "UPDATE", "OLD", "OLD.status = 'agreed' AND ",
     "OLD.conference_id"),
    ("agreed_plan_is_kept", "plans", "DELETE", "OLD", "OLD.status = 'agreed' AND ",
     "OLD.conference_id"),
    ("agreed_plan_actions_update", "actions", "UPDATE", "OLD", _AGREED.format(row="OLD"),
     _PLAN_OWNER),
    ("agreed_plan_actions_delete", "actions", "DELETE", "OLD", _AGREED.format(row="OLD"),
     _PLAN_OWNER),
    ("agreed_plan_signatures_update", "signatures", "UPDATE", "OLD", _AGREED.format(row="OLD"),
     _PLAN_OWNER),
    ("agreed_plan_signatures_delete", "signatures", "DELETE", "OLD", _AGREED.format(row="OLD"),
     _PLAN_OWNER),
    ("agreed_plan_plan_answers_UPDATE", "plan_answers", "UPDATE", "OLD",
     _AGREED.format(row="OLD"), _PLAN_OWNER),
    ("agreed_plan_plan_answers_DELETE", "plan_answers", "DELETE", "OLD",
     _AGREED.format(row="OLD"), _PLAN_OWNER),
    ("agreed_plan_plan_bottom_line_responses_UPDATE", "plan_bottom_line_responses", "UPDATE",
     "OLD", _AGREED.format(row="OLD"), _PLAN_OWNER),
    ("agreed_plan_plan_bottom_line_responses_DELETE", "plan_bottom_line_responses", "DELETE",
     "OLD", _AGREED.format(row="OLD"), _PLAN_OWNER),
    ("agreed_snapshots_update", "agreed_snapshots", "UPDATE", "OLD", "", _PLAN_OWNER),
    ("agreed_snapshots_delete", "agreed_snapshots", "DELETE", "OLD", "", _PLAN_OWNER),
)  # fmt: skip

_RETENTION_GUARDS = """
CREATE TRIGGER retention_runs_are_kept BEFORE DELETE ON retention_runs
BEGIN SELECT RAISE(ABORT, 'The retention register cannot be changed'); END;
CREATE TRIGGER retention_runs_finish_once BEFORE UPDATE ON retention_runs
WHEN OLD.finished_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'The retention register cannot be changed'); END;
CREATE TRIGGER retention_run_conferences_are_kept BEFORE DELETE ON retention_run_conferences
BEGIN SELECT RAISE(ABORT, 'The retention register cannot be changed'); END;
CREATE TRIGGER retention_run_conferences_update BEFORE UPDATE ON retention_run_conferences
WHEN (SELECT finished_at FROM retention_runs WHERE id = OLD.run_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'The retention register cannot be changed'); END;
CREATE TRIGGER retention_run_conferences_insert BEFORE INSERT ON retention_run_conferences
WHEN NOT EXISTS (SELECT 1 FROM retention_runs WHERE id = NEW.run_id AND finished_at IS NULL)
BEGIN SELECT RAISE(ABORT, 'A conference joins a retention run only while it runs'); END;
CREATE TRIGGER retention_only_closed_conferences BEFORE INSERT ON retention_run_conferences
WHEN (SELECT stage FROM conferences WHERE id = NEW.conference_id) IS NOT 'closed'
BEGIN SELECT RAISE(ABORT, 'Only a closed conference can be removed under the retention rule');
END;
"""


@migrations()
def m011_action_origin(db: Database) -> None:
    """Each action copied into a new plan version keeps the id of the action it first was.

    Older copies have no origin; comparing versions matches those by their wording instead.
    """
    db["actions"].add_column("origin_id", str)


@migrations()
def m012_review_attendance_and_letters(db: Database) -> None:
    """How each person invited to a review took part, and when their letter went out."""
    db["review_invitees"].add_column("attendance", str, not_null_default="not_recorded")
    db["review_invitees"].add_column("letter_sent_on", str)


@migrations()
def m013_signed_plans(db: Database) -> None:
    """The SHA-256 of each kept plan PDF, to recognise a file, and the certificates signing them.

    Like the other agreed-plan locks, the hashes give way only to a retention run.
    """
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
"""
    )
    db.executescript(
        "CREATE TRIGGER agreed_pdf_hashes_delete BEFORE DELETE ON agreed_pdf_hashes\n"
        f"WHEN NOT {_IN_RETENTION_RUN.format(conference='OLD.conference_id')}\n"
        "BEGIN SELECT RAISE(ABORT, 'An agreed plan version cannot be changed'); END;\n"
    )


@migrations()
def m014_document_language(db: Database) -> None:
    """The language of each conference's documents for the family (plan, letters): en or cy,
    and the language each plan version was agreed in.

    Every conference and agreed plan before this was written in English, so that is what they
    keep.
    """
    db["conferences"].add_column("document_language", str, not_null_default="en")
    db["plans"].add_column("language", str, not_null_default="en")
