"""The retention review from the File menu, and the retention period in Settings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Role
from fgc_desktop.services import caseload, demo_caseload, retention
from fgc_desktop.services.demo_caseload import Family
from fgc_desktop.store import audit
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.retention_window import RetentionWindow
from fgc_desktop.ui.settings_dialog import SettingsDialog
from tests.retention_cases import NAMES, ZEBEDEE, file_bytes, held_anywhere, store_closed
from tests.ui.conftest import open_conference, type_text

YEARS_AGO_5 = (date.today() - timedelta(days=5 * 366)).isoformat() + "T10:00:00+00:00"
YEARS_AGO_4 = (date.today() - timedelta(days=4 * 366)).isoformat() + "T10:00:00+00:00"
OTHER = Family(
    "Evans family",
    (("Rhys Evans", date(2014, 2, 2)),),
    (("Aoife Evans", Role.PARENT, "Mother"),),
)


def _open_review(window: MainWindow) -> RetentionWindow:
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Re&tention review…" in menu_texts
    window.retention_action.trigger()
    review = window.findChild(RetentionWindow)
    assert review is not None and review.isVisible()
    return review


def test_deleting_a_conference_closed_long_ago_after_typing_the_number(
    qtbot: QtBot, window: MainWindow, store: Store, qtmodeltester: ModelTester
):
    demo_caseload.write_demo_caseload(store)  # open conferences and one closed a month ago
    closed = store_closed(store, ZEBEDEE, YEARS_AGO_5)
    open_conference(window, store, closed.id, "Referral")

    review = _open_review(window)
    qtmodeltester.check(review.model)
    assert [c.reference for c in review.model.ticked_rows()] == [closed.reference]
    assert review.model.index(0, 1).data() == "Zebedee family"
    assert "3 years" in review.intro.text()
    assert not review.run_button.isEnabled()
    review.delete.click()
    assert review.run_button.text() == "Delete 1 conference"
    type_text(qtbot, review.confirmation, "2")
    assert not review.run_button.isEnabled()
    review.confirmation.clear()
    type_text(qtbot, review.confirmation, "1")
    assert review.run_button.isEnabled()
    qtbot.mouseClick(review.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.report is not None, timeout=20_000)

    assert "1 conference deleted" in review.status.text()
    assert review.model.rowCount() == 0 and "nothing to do" in review.intro.text()
    window.store.db.execute("SELECT 1")  # the window's own connection still reads
    assert caseload.conference_id_for(store, closed.reference) is None
    assert window.right.currentWidget() is window.dashboard  # Home, as no conference is open
    assert not window.plan_action.isEnabled()
    assert window.caseload.model.row_of(closed.id) is None
    assert window.caseload.model.rowCount() == 7
    data = file_bytes(store)
    assert not any(held_anywhere(data, name) for name in NAMES)
    summaries = [
        row["after"] for row in store.db["audit"].rows_where("change = 'retention_delete'")
    ]
    assert len(summaries) == 1 and closed.reference in summaries[0]
    assert not any(held_anywhere(summaries[0].encode(), name) for name in NAMES)


def test_an_unticked_conference_stays_and_the_ticked_one_is_anonymised(
    qtbot: QtBot, window: MainWindow, store: Store
):
    first = store_closed(store, ZEBEDEE, YEARS_AGO_5)
    second = store_closed(store, OTHER, YEARS_AGO_4)
    open_conference(window, store, first.id, "Referral")
    review = _open_review(window)
    assert [c.conference_id for c in review.ticked()] == [first.id, second.id]
    review.untick_all.click()
    assert "Tick the conferences" in review.confirm_label.text()
    assert not review.confirmation.isEnabled()
    review.model.setData(
        review.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert review.anonymise.isChecked() and review.run_button.text() == "Anonymise 1 conference"
    type_text(qtbot, review.confirmation, "1")
    qtbot.mouseClick(review.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.report is not None, timeout=20_000)

    assert [c.conference_id for c in review.ticked()] == [second.id]  # listed again, still due
    shown = window.conference.conference
    assert shown is not None and shown.id == first.id and shown.family_name == "Anonymised"
    assert caseload.load(store, second.id).family_name == "Evans family"
    [entry] = audit.history(store.db, first.id)
    assert entry.change == "retention_anonymise"
    window.conference.show_page("History")
    history = window.conference.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    assert history.model.line(0).summary.startswith(f"Conference {first.reference} anonymised")
    review.reject()
    assert not review.isVisible()


def test_the_retention_period_is_a_setting(qtbot: QtBot, store: Store):
    store_closed(store, ZEBEDEE, YEARS_AGO_5)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.retention)
    spin = dialog.retention.years
    assert spin.value() == 3 and spin.accessibleName()
    spin.setFocus()
    spin.selectAll()
    type_text(qtbot, spin, "6")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert retention.retention_years(store) == 6
    assert "6 years" in dialog.retention.message.text()
    review = RetentionWindow(store)
    qtbot.addWidget(review)
    assert review.model.rowCount() == 0 and "6 years" in review.intro.text()
    # The spin box never offers less than a year, and a damaged setting falls back to 3.
    spin.setValue(0)
    assert spin.value() == 1
    store.db["settings"].update("retention_years", {"value": '"forever"'})
    assert retention.retention_years(store) == 3


def test_every_control_of_the_review_has_a_name(qtbot: QtBot, store: Store):
    store_closed(store, ZEBEDEE, YEARS_AGO_5)
    review = RetentionWindow(store)
    qtbot.addWidget(review)
    for widget in review.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(review):
            named = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert named, widget
    # Space ticks and unticks the current row, for keyboard-only use.
    review.show()
    review.table.setFocus()
    review.table.setCurrentIndex(review.model.index(0, 0))
    qtbot.keyClick(review.table, Qt.Key.Key_Space)
    assert review.ticked() == []
    qtbot.keyClick(review.table, Qt.Key.Key_Space)
    assert len(review.ticked()) == 1
