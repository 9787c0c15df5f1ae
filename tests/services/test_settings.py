"""Service-wide settings: the coordinator's details and the restorative phrase list."""

from __future__ import annotations

import pytest

from fgc_desktop.domain.restorative_language import DEFAULT_PHRASES, Phrase
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import coordinator, restorative_language
from fgc_desktop.store.connection import open_store


def test_coordinator_details_are_kept_across_opening(store, tmp_path, passphrase) -> None:
    assert not coordinator.coordinator(store).is_complete
    coordinator.edit_coordinator(store, "name", "Siân ap Rhys")
    coordinator.edit_coordinator(store, "phone", "01632 960 555")
    with pytest.raises(ValidationError, match="not an email address"):
        coordinator.edit_coordinator(store, "email", "sian at council")
    store.close()
    reopened = open_store(tmp_path / "caseload.sqlite", passphrase)
    details = coordinator.coordinator(reopened)
    assert (details.name, details.phone, details.email) == ("Siân ap Rhys", "01632 960 555", "")
    assert details.is_complete
    reopened.close()


def test_the_phrase_list_starts_with_the_defaults_and_can_be_edited(store) -> None:
    assert restorative_language.phrases(store) == DEFAULT_PHRASES
    saved = restorative_language.save_phrases(
        store, [Phrase("  resistant  ", "“has concerns about …”"), Phrase("", "ignored")]
    )
    assert saved == (Phrase("resistant", "“has concerns about …”"),)
    assert restorative_language.phrases(store) == saved
    restorative_language.save_phrases(store, [])
    assert restorative_language.phrases(store) == ()  # an empty list is the service's choice
    assert restorative_language.restore_default_phrases(store) == DEFAULT_PHRASES
    assert restorative_language.phrases(store) == DEFAULT_PHRASES


def test_a_phrase_needs_a_suggestion(store) -> None:
    with pytest.raises(ValidationError, match="give a restorative rewording for “lazy”"):
        restorative_language.save_phrases(store, [Phrase("lazy", " ")])
    assert restorative_language.phrases(store) == DEFAULT_PHRASES
