"""Settings: the coordinator's details and the restorative phrases, edited through the dialog."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.restorative_language import DEFAULT_PHRASES, Phrase
from fgc_desktop.services import coordinator, restorative_language
from fgc_desktop.store.connection import Store
from fgc_desktop.ui import field_form
from fgc_desktop.ui.field_form import FieldForm, LongTextEdit
from fgc_desktop.ui.restorative_highlighter import RestorativeHighlighter
from fgc_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import type_into, type_text, when_dialog_opens

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> Iterator[SettingsDialog]:
    """The settings dialog on a fresh store, shown; text boxes follow the store's phrases."""
    field_form.set_phrase_source(lambda: restorative_language.phrases(store))
    shown = SettingsDialog(store)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    field_form.set_phrase_source(lambda: DEFAULT_PHRASES)


def _line(dialog: SettingsDialog, key: str) -> QLineEdit:
    editor = dialog.you.editor(key)
    assert isinstance(editor, QLineEdit)
    return editor


def _edit_cell(qtbot: QtBot, dialog: SettingsDialog, row: int, column: int, text: str) -> None:
    """Type into a table cell as a coordinator would: select it, type, press Return."""
    table = dialog.phrases.table
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the cell opens for editing"
    editor.selectAll()
    type_text(qtbot, editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the table takes the cell's text a moment later


def test_the_coordinators_details_are_kept_as_each_box_is_left(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    assert dialog.tabs.tabText(0) == "&You"
    type_into(qtbot, _line(dialog, "name"), "Marta Kowalczyk")
    type_into(qtbot, _line(dialog, "phone"), "01632 960777")
    type_into(qtbot, _line(dialog, "service"), "Riverside FGC Service")
    details = coordinator.coordinator(store)
    assert (details.name, details.phone, details.service) == (
        "Marta Kowalczyk",
        "01632 960777",
        "Riverside FGC Service",
    )
    # Opened again, the dialog shows what was kept.
    again = SettingsDialog(store)
    qtbot.addWidget(again)
    assert _line(again, "name").text() == "Marta Kowalczyk"
    assert _line(again, "phone").text() == "01632 960777"


def test_a_bad_phone_number_is_explained_and_kept_on_screen(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    type_into(qtbot, _line(dialog, "phone"), "ring me")
    assert "is not a phone number" in dialog.you.error_text("phone")
    assert _line(dialog, "phone").text() == "ring me"
    assert coordinator.coordinator(store).phone == ""
    error = dialog.findChild(QWidget, "phone_error")
    assert error is not None and error.isVisible()
    type_into(qtbot, _line(dialog, "phone"), "07700 900123")
    assert dialog.you.error_text("phone") == ""
    assert coordinator.coordinator(store).phone == "07700 900123"


def test_a_detail_still_being_typed_is_kept_on_close(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    editor = _line(dialog, "email")
    editor.setFocus()
    qtbot.keyClicks(editor, "marta@riverside.example.org")
    dialog.reject()
    assert coordinator.coordinator(store).email == "marta@riverside.example.org"


def test_the_phrase_table_shows_the_defaults_and_keeps_an_edited_suggestion(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    dialog.tabs.setCurrentWidget(dialog.phrases)
    table = dialog.phrases.table
    assert table.rowCount() == len(DEFAULT_PHRASES)
    assert table.item(0, 0).text() == "failed to protect"
    _edit_cell(qtbot, dialog, 0, 1, "“the children were alone while she was at work”")
    kept = restorative_language.phrases(store)
    assert kept[0] == Phrase("failed to protect", "“the children were alone while she was at work”")
    assert kept[1:] == DEFAULT_PHRASES[1:]


def test_a_phrase_is_added_and_underlined_in_open_text_boxes(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    notes = FieldForm(
        [field_form.FieldSpec("notes", "Notes", field_form.Kind.TEXT)], lambda k, t: None
    )
    qtbot.addWidget(notes)
    editor = notes.editor("notes")
    assert isinstance(editor, LongTextEdit)
    editor.setPlainText("He is lazy")
    highlighter = editor.document().findChildren(RestorativeHighlighter)[0]
    assert Phrase("lazy", "“has not yet managed to”") not in highlighter.phrases
    dialog.tabs.setCurrentWidget(dialog.phrases)
    qtbot.mouseClick(dialog.phrases.add_button, Qt.MouseButton.LeftButton)
    row = dialog.phrases.table.rowCount() - 1
    editor_in_cell = QApplication.focusWidget()
    assert isinstance(editor_in_cell, QLineEdit)  # ready to type the phrase at once
    qtbot.keyClicks(editor_in_cell, "lazy")
    QTest.keyClick(editor_in_cell, Qt.Key.Key_Return)
    QApplication.processEvents()
    # Not kept until it has kinder words, and the dialog says so gently.
    assert "lazy" not in [p.wording for p in restorative_language.phrases(store)]
    assert "“lazy” is kept once it has kinder words" in dialog.phrases.message.text()
    _edit_cell(qtbot, dialog, row, 1, "“has not yet managed to”")
    assert restorative_language.phrases(store)[-1] == Phrase("lazy", "“has not yet managed to”")
    assert dialog.phrases.message.isHidden()
    assert highlighter.phrases[-1] == Phrase("lazy", "“has not yet managed to”")


def test_a_phrase_is_removed(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    dialog.tabs.setCurrentWidget(dialog.phrases)
    dialog.phrases.table.setCurrentCell(2, 0)
    qtbot.mouseClick(dialog.phrases.remove_button, Qt.MouseButton.LeftButton)
    kept = restorative_language.phrases(store)
    assert len(kept) == len(DEFAULT_PHRASES) - 1
    assert DEFAULT_PHRASES[2] not in kept


def test_a_refused_phrase_list_is_explained_and_kept_on_screen(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    dialog.tabs.setCurrentWidget(dialog.phrases)
    _edit_cell(qtbot, dialog, 1, 1, "x" * 1001)
    message = dialog.phrases.message
    assert message.isVisible() and message.text().startswith("⚠ Suggestion 2")
    assert dialog.phrases.table.item(1, 1).text() == "x" * 1001
    assert restorative_language.phrases(store) == DEFAULT_PHRASES
    _edit_cell(qtbot, dialog, 1, 1, "say what was agreed")
    assert message.isHidden()
    assert restorative_language.phrases(store)[1].suggestion == "say what was agreed"


def test_the_defaults_are_restored_after_asking(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    restorative_language.save_phrases(store, [Phrase("lazy", "describe it")])
    dialog.phrases.show_phrases(restorative_language.phrases(store))
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_dialog_opens(cancel)
    qtbot.mouseClick(dialog.phrases.restore_button, Qt.MouseButton.LeftButton)
    assert "Your own phrases and wordings will be lost" in asked[0]
    assert restorative_language.phrases(store) == (Phrase("lazy", "describe it"),)

    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.phrases.restore_button, Qt.MouseButton.LeftButton)
    assert restorative_language.phrases(store) == DEFAULT_PHRASES
    assert dialog.phrases.table.rowCount() == len(DEFAULT_PHRASES)


def test_closing_with_a_phrase_without_kinder_words_asks_first(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    dialog.tabs.setCurrentWidget(dialog.phrases)
    dialog.phrases.add_row()
    _edit_cell(qtbot, dialog, dialog.phrases.table.rowCount() - 1, 0, "lazy")
    dialog.tabs.setCurrentIndex(0)
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.No).click())
    dialog.reject()
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.phrases
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.reject()
    assert not dialog.isVisible()


def test_every_control_has_a_name_and_the_keyboard_reaches_it(dialog: SettingsDialog) -> None:
    for key in coordinator.COORDINATOR_FIELDS:
        assert dialog.you.editor(key).accessibleName()
    assert dialog.phrases.table.accessibleName() == "Restorative phrases"
    for button in (
        dialog.phrases.add_button,
        dialog.phrases.remove_button,
        dialog.phrases.restore_button,
    ):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert "&" in button.text()  # an Alt shortcut


def test_picture_of_the_settings(qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path) -> None:
    """FGC_SCREENSHOTS=1 keeps the picture in docs/screenshots, to look at."""
    dialog.resize(900, 620)
    type_into(qtbot, _line(dialog, "name"), "Marta Kowalczyk")
    type_into(qtbot, _line(dialog, "phone"), "ring me")
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    you = dialog.grab()
    dialog.tabs.setCurrentWidget(dialog.phrases)
    qtbot.wait(20)  # the rows take their wrapped height once the tab is shown
    phrases = dialog.grab()
    assert you.save(str(tmp_path / "settings-you.png"))
    assert phrases.save(str(folder / "settings.png"))
