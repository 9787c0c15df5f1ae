"""m014: conferences get a document language and plans the language they were agreed in;
what was stored before is English."""

from __future__ import annotations

from contextlib import closing

from fgc_desktop.domain.language import Language
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, referral
from fgc_desktop.store import audit, encryption


def test_conferences_stored_before_m014_keep_english_documents(store, stored_at) -> None:
    conference = stored_at(Stage.REVIEW)
    path = store.path
    store.db.executescript(
        """
ALTER TABLE conferences DROP COLUMN document_language;
ALTER TABLE plans DROP COLUMN language;
DELETE FROM _sqlite_migrations WHERE name = 'm014_document_language';
"""
    )
    assert "document_language" not in store.db["conferences"].columns_dict
    store.close()
    reopened = caseload.open_caseload(path, store.passphrase)
    try:
        assert "document_language" in reopened.db["conferences"].columns_dict
        kept = caseload.load(reopened, conference.id)
        assert kept.document_language is Language.ENGLISH
        # Its agreed plans were agreed in English, and keep their hashes.
        assert kept.plans and all(plan.language is Language.ENGLISH for plan in kept.plans)
        assert [p.content_hash for p in kept.plans] == [p.content_hash for p in conference.plans]
        # A new conference starts in English too, and the choice is kept and audited.
        new = caseload.create_conference(reopened, "ap Rhys family")
        assert new.document_language is Language.ENGLISH
        referral.set_document_language(reopened, new.id, Language.WELSH)
        assert caseload.load(reopened, new.id).document_language is Language.WELSH
        last = audit.history(reopened.db, new.id)[-1]
        assert (last.before, last.after) == (
            {"document_language": "en"},
            {"document_language": "cy"},
        )
    finally:
        reopened.close()
    with closing(encryption.connect(path, store.passphrase)) as conn:
        applied = conn.execute(
            "SELECT COUNT(*) FROM _sqlite_migrations WHERE name = 'm014_document_language'"
        ).fetchone()[0]
        assert applied == 1
