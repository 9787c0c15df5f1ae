"""Who does an action: people ticked from the network, with a service beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.action_people_dialog import ActionPeopleDialog
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_conference, when_dialog_opens


def test_people_and_a_service_are_chosen_for_an_action(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    al_rashid = demo_caseload.write_demo_caseload(store)[1]
    open_conference(window, store, al_rashid.id, "Plan")
    actions = window.conference.plan.actions
    action = al_rashid.plan.actions[0]
    actions.select_id(action.id)

    def tick(dialog: ActionPeopleDialog) -> None:
        names = [person.name for person, _ in dialog.boxes]
        assert "ليلى الرشيد" not in names  # the children do not carry out their own plan
        for person, box in dialog.boxes:
            box.setChecked(person.name in {"فاطمة الرشيد", "محمود الرشيد"})
        dialog.service.setText("Bus company travel team")
        dialog.accept()

    when_dialog_opens(tick)
    qtbot.mouseClick(actions.people_button, Qt.MouseButton.LeftButton)
    stored = caseload.load(store, al_rashid.id).plan.actions[0]
    assert stored.who == "فاطمة الرشيد, محمود الرشيد, Bus company travel team"
    assert actions.form.editor("who").text() == stored.who

    def keep_as_is(dialog: ActionPeopleDialog) -> None:
        ticked = [person.name for person, box in dialog.boxes if box.isChecked()]
        assert ticked == ["فاطمة الرشيد", "محمود الرشيد"]
        assert dialog.service.text() == "Bus company travel team"
        dialog.reject()

    when_dialog_opens(keep_as_is)
    qtbot.mouseClick(actions.people_button, Qt.MouseButton.LeftButton)
    assert caseload.load(store, al_rashid.id).plan.actions[0].who == stored.who
