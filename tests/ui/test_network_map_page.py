"""The Map page and Settings as wired into the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCharFormat
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.services import demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.field_form import LongTextEdit
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import type_into, when_dialog_opens


def _underlined(editor: LongTextEdit) -> list[str]:
    block = editor.document().firstBlock()
    return [
        block.text()[f.start : f.start + f.length]
        for f in block.layout().formats()
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def test_the_map_follows_the_network_and_saves_as_a_picture(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    khan = demo_caseload.write_demo_caseload(store)[4]
    window.refresh()
    window.open_conference(khan.id)
    window.conference.show_page("Map")
    page = window.conference.network_map
    assert len(page.map.person_boxes()) == len(khan.people)
    window.conference.network.new_name.setText("Aisha Begum")
    qtbot.mouseClick(window.conference.network.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.map.person_boxes()) == len(khan.people) + 1)
    assert "Aisha Begum" in page.map.accessibleDescription()

    target = tmp_path / "map"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PNG"))
    saved = page.save_picture()
    assert saved == tmp_path / "map.png"
    assert not QImage(str(saved)).isNull()

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no" / "m.png"), "")
    )
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    when_dialog_opens(read_and_close)
    assert page.save_picture() is None
    assert shown == [f"Cannot save the network map: the folder {tmp_path / 'no'} does not exist."]


def test_phrases_edited_in_settings_are_underlined_in_the_conference(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    nowak = demo_caseload.write_demo_caseload(store)[0]
    window.refresh()
    window.open_conference(nowak.id)
    worries = window.conference.referral.details.editor("worries")
    type_into(qtbot, worries, "The family is resistant and refuses to engage")
    assert _underlined(worries) == ["refuses to engage"]

    def add_resistant(dialog: SettingsDialog) -> None:
        table = dialog.phrases
        table.add_button.click()
        row = table.table.rowCount() - 1
        table.table.item(row, 0).setText("resistant")
        table.table.item(row, 1).setText("“has worries about working with us”")
        dialog.accept()

    when_dialog_opens(add_resistant)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: _underlined(worries) == ["resistant", "refuses to engage"])
