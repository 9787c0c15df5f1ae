"""Fixtures shared by every test: a store on disk and conferences at any stage."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload
from fgc_desktop.services.demo_caseload import Family, build_conference
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.store.connection import Store

TODAY = date(2026, 11, 24)

NOWAK = Family(
    "Nowak family",
    (("Zofia Wójcik", date(2021, 5, 14)), ("Jakub Nowak", date(2015, 11, 2))),
    (
        ("Agnieszka Nowak", Role.PARENT, "Mother"),
        ("فاطمة الزهراء", Role.GRANDPARENT, "Grandmother"),
        ("王小明", Role.FRIEND, "Family friend"),
    ),
    "Siân's Community Hall",
    (("Walk the children to school", "Agnieszka Nowak", "A bus pass", "No late marks"),),
)


@pytest.fixture(autouse=True)
def own_user_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Each test has its own per-user settings file: the real user's choices are never touched."""
    from fgc_desktop.ui import interface_language

    path = tmp_path_factory.mktemp("user-settings") / "settings.ini"
    monkeypatch.setattr(interface_language, "settings_path", lambda: path)
    return path


# tests/store and tests/services run every test on a plain and on an encrypted store.
TEST_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def passphrase() -> str | None:
    """The store fixture's passphrase: none, so a plain store, unless a folder asks for both."""
    return None


@pytest.fixture
def store(tmp_path: Path, passphrase: str | None) -> Iterator[Store]:
    """A fresh store file in a temporary folder."""
    opened = caseload.open_caseload(tmp_path / "caseload.sqlite", passphrase)
    yield opened
    opened.close()


@pytest.fixture
def conference_at() -> Callable[[Stage], Conference]:
    """Build (not store) a conference filled in as far as the given stage."""
    counter = iter(range(1, 10_000))

    def build(stage: Stage) -> Conference:
        conference, _ = build_conference(
            f"FGC-2026-{next(counter):04d}", NOWAK, stage, TODAY, render_plan
        )
        return conference

    return build


@pytest.fixture
def stored_at(store: Store) -> Callable[[Stage], Conference]:
    """Store a conference filled in as far as the given stage, agreed PDFs kept."""
    from fgc_desktop.store import conferences

    def build(stage: Stage) -> Conference:
        reference = conferences.next_reference(store, 2026)
        conference, kept = build_conference(reference, NOWAK, stage, TODAY, render_plan)
        conferences.insert_conference(store, conference, kept)
        return conference

    return build


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def signing_key(store: Store):
    """The coordinator's own certificate, made beside the test store and opened for signing."""
    from fgc_desktop.services import coordinator, plan_signing

    coordinator.edit_coordinator(store, "name", "Jo Bennett")
    return plan_signing.create_certificate(store, PASSPHRASE, PASSPHRASE)
