"""Choosing the language of a family's documents: kept, audited, exported, and used in print."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Role
from fgc_desktop.services import caseload, exchange, history, network
from fgc_desktop.store import audit
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import choose, open_conference


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def test_a_welsh_family_gets_a_welsh_plan_while_the_app_stays_in_english(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
):
    conference = caseload.create_conference(store, "ap Rhys")
    network.add_person(store, conference.id, "Gwenllian ap Rhys", Role.CHILD)
    open_conference(window, store, conference.id, "Referral")
    choice = window.conference.referral.document_language
    assert choice.combo.currentData() == Language.ENGLISH
    # Each language is offered in its own words.
    offered = [choice.combo.itemText(i) for i in range(choice.combo.count())]
    assert offered == ["English", "Cymraeg"]
    with qtbot.waitSignal(window.conference.referral.saved, timeout=5_000):
        choose(choice.combo, Language.WELSH)
    choice.grab().save(str(tmp_path / "document-language.png"))

    assert caseload.load(store, conference.id).document_language is Language.WELSH
    lines = history.describe(store, audit.history(store.db, conference.id))
    changed = [line for line in lines if "Language of the family's documents" in line.summary]
    assert changed and "Cymraeg" in changed[-1].summary, [line.summary for line in lines]

    # Kept when the conference is opened again.
    open_conference(window, store, conference.id, "Network")
    open_conference(window, store, conference.id, "Referral")
    assert choice.combo.currentText() == "Cymraeg"

    # Exported and imported with the conference.
    data = exchange.export_conference(store, conference.reference)
    assert data["conference"]["document_language"] == "cy"

    # The plan preview is in Welsh; the interface around it is not.
    qtbot.keyClick(window, "p", modifier=Qt.KeyboardModifier.ControlModifier)
    preview = window.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert preview.pdf is not None
    text = _text(preview.pdf)
    assert "Cynllun teulu" in text and "Y plentyn" in text
    assert "Family plan" not in text and "The child" not in text
    assert "draft" in preview.status.text()
    assert window.conference.referral.summary_button.text() == "Referral summary…"


def test_choosing_english_again_is_kept_too(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Jones family")
    open_conference(window, store, conference.id, "Referral")
    combo = window.conference.referral.document_language.combo
    with qtbot.waitSignal(window.conference.referral.saved, timeout=5_000):
        choose(combo, Language.WELSH)
    with qtbot.waitSignal(window.conference.referral.saved, timeout=5_000):
        choose(combo, Language.ENGLISH)
    assert caseload.load(store, conference.id).document_language is Language.ENGLISH
