"""The coordinator's own details, set once in settings and printed on every letter."""

from __future__ import annotations

from dataclasses import asdict

from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.fields import FieldSpec, Kind
from fgc_desktop.store import settings
from fgc_desktop.store.connection import Store

SETTING = "coordinator"

COORDINATOR_FIELDS = {
    "name": FieldSpec("name", "Your name", Kind.LINE),
    "phone": FieldSpec("phone", "Your phone", Kind.PHONE),
    "email": FieldSpec("email", "Your email", Kind.EMAIL),
    "service": FieldSpec("service", "Your service", Kind.LINE),
}


def coordinator(store: Store) -> Coordinator:
    """The coordinator's details as last saved (empty until set)."""
    stored = settings.read(store, SETTING)
    if not isinstance(stored, dict):
        return Coordinator()
    known = {key: str(value) for key, value in stored.items() if key in COORDINATOR_FIELDS}
    return Coordinator(**known)


def edit_coordinator(store: Store, key: str, raw: object) -> Coordinator:
    """Check and keep one of the coordinator's details."""
    value = COORDINATOR_FIELDS[key].clean(raw)
    details = asdict(coordinator(store)) | {key: value}
    settings.write(store, SETTING, details)
    return Coordinator(**details)
