"""Editing a conference's referral, consent and meeting details, field by field."""

from __future__ import annotations

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import CONFERENCE_FIELDS
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store


def edit_conference(store: Store, conference_id: str, key: str, raw: object) -> Conference:
    """Check and store one field (a key of CONFERENCE_FIELDS); returns the updated conference."""
    value = CONFERENCE_FIELDS[key].clean(raw)
    conferences.update_conference(store, conference_id, {key: value})
    return conferences.load_conference(store, conference_id)
