"""Opening the coordinator's caseload and starting new conferences."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from fgc_desktop.domain.caseload import CaseloadEntry
from fgc_desktop.domain.stage import Stage
from fgc_desktop.store import caseload
from fgc_desktop.store.connection import Store, open_store

# Listing the caseload is on the way to the first window; the whole conference is not, and its
# modules are imported when one is first created or loaded.
if TYPE_CHECKING:
    from fgc_desktop.domain.conference import Conference

STORE_FILE_NAME = "caseload.fgc.sqlite"


def default_store_path() -> Path:
    """The store in the platform's user data folder (created on first run)."""
    return Path(platformdirs.user_data_dir("FGC Desktop", appauthor=False)) / STORE_FILE_NAME


def open_caseload(
    path: Path | None = None, passphrase: str | None = None, *, backups: Path | None = None
) -> Store:
    """Open the store at path, or the default one, creating it when it is new.

    A protected store needs its passphrase. Its backups go to `backups` (by default the
    `backups` folder beside it); a protected store's backups are encrypted too.
    """
    return open_store(path or default_store_path(), passphrase, backups=backups)


def list_conferences(store: Store, text: str = "") -> list[CaseloadEntry]:
    """The caseload, newest first, filtered by reference, family or a person's name."""
    return caseload.list_caseload(store, text)


def conference_ids(store: Store, text: str = "", stage: Stage | None = None) -> list[str]:
    """The ids of the conferences the caseload lists, in order, filtered by text and stage."""
    return caseload.caseload_ids(store, text, stage)


def entries(store: Store, ids: list[str]) -> list[CaseloadEntry]:
    """What the caseload shows of some conferences, in the order given."""
    return caseload.caseload_entries(store, ids)


def is_empty(store: Store) -> bool:
    """True when the store holds no conference yet."""
    return not caseload.has_conferences(store)


def create_conference(
    store: Store, family_name: str, *, received_on: date | None = None
) -> Conference:
    """Start a conference at referral with the next free reference."""
    from fgc_desktop.domain.conference import Conference, Referral
    from fgc_desktop.domain.fields import CONFERENCE_FIELDS
    from fgc_desktop.store import conferences

    name = CONFERENCE_FIELDS["family_name"].clean(family_name)
    today = received_on or date.today()
    conference = Conference(
        reference=conferences.next_reference(store, today.year),
        family_name=str(name),
        referral=Referral(received_on=today),
    )
    conferences.insert_conference(store, conference)
    return conference


def load(store: Store, conference_id: str) -> Conference:
    """The whole conference as it is stored now."""
    from fgc_desktop.store import conferences

    return conferences.load_conference(store, conference_id)


def conference_id_for(store: Store, reference: str) -> str | None:
    """The id of the conference with that reference, or None."""
    from fgc_desktop.store import conferences

    return conferences.conference_id_for(store, reference)
