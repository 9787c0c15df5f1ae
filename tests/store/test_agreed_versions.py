"""The store's record of kept plan PDFs: hashed at agreement, and for PDFs kept before that."""

from __future__ import annotations

import hashlib
from contextlib import closing

import pytest

from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload
from fgc_desktop.store import agreed_versions, encryption, plans
from fgc_desktop.store.errors import StoreError


def test_a_kept_pdf_is_found_by_its_hash_and_the_hash_cannot_change(store, stored_at) -> None:
    conference = stored_at(Stage.REVIEW)
    kept = plans.agreed_record(store, conference.plan.id)[1]
    found = agreed_versions.by_pdf_hash(store, hashlib.sha256(kept).hexdigest())
    assert found is not None and found.plan_id == conference.plan.id
    assert (found.reference, found.version, found.is_agreed) == (conference.reference, 1, True)
    assert agreed_versions.by_pdf_hash(store, "0" * 64) is None
    with pytest.raises(StoreError), store.writing() as db:
        db.execute("UPDATE agreed_pdf_hashes SET sha256 = 'x'")


def test_pdfs_kept_before_the_migration_get_their_hash(store, stored_at) -> None:
    conference = stored_at(Stage.REVIEW)
    kept = plans.agreed_record(store, conference.plan.id)[1]
    path = store.path
    store.db.executescript(
        """
DROP TRIGGER agreed_pdf_hashes_update; DROP TRIGGER agreed_pdf_hashes_delete;
DROP TABLE agreed_pdf_hashes; DROP TABLE signing_certificates;
DELETE FROM _sqlite_migrations WHERE name = 'm013_signed_plans';
"""
    )
    store.close()
    reopened = caseload.open_caseload(path, store.passphrase)
    try:
        found = agreed_versions.by_pdf_hash(reopened, hashlib.sha256(kept).hexdigest())
        assert found is not None and found.plan_id == conference.plan.id
    finally:
        reopened.close()
    with closing(encryption.connect(path, store.passphrase)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM agreed_pdf_hashes").fetchone()[0] == 1
