"""The retention review: closed conferences past the service's period, anonymised or deleted.

One reviewed step: the window lists what would go, the coordinator unticks anything that must
stay, chooses to anonymise or delete, and confirms by typing how many conferences are ticked.
The work runs off the GUI thread on a connection of its own; the window waits for it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.retention import (
    RetentionAction,
    RetentionCandidate,
    RetentionReport,
    closed_before,
    confirmation_matches,
)
from fgc_desktop.services import retention
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.list_table import list_table
from fgc_desktop.ui.tick_table_model import TickTableModel
from fgc_desktop.ui.translation import tr, tr_date, tr_error, tr_noop

_HINT_STYLE = "color: #555555;"
_WARNING_STYLE = "color: #a4000f; font-weight: bold;"
_DONE_STYLE = "color: #1d5c2e; font-weight: bold;"


def _conferences(count: int) -> str:
    return tr("1 conference") if count == 1 else tr("{count:,} conferences").format(count=count)


def _long_date(day: date) -> str:
    return f"{day.day} {tr_date(day, '%B %Y')}"


class RetentionWindow(QDialog):
    """Review and confirm which closed conferences are anonymised or deleted."""

    retired = Signal(object)  # the RetentionReport of a finished run

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("retentionWindow")
        self.setWindowTitle(tr("Retention review"))
        self.setAccessibleName(tr("Retention review"))
        self._store = store
        self._today = today or date.today()
        self._years = retention.retention_years(store)
        self.running = False
        self.report: RetentionReport | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model: TickTableModel[RetentionCandidate] = TickTableModel(
            [
                (tr_noop("Reference"), lambda c: c.reference),
                (tr_noop("Family"), lambda c: c.family_name),
                (tr_noop("Closed on"), lambda c: _long_date(c.closed_on)),
            ],
            self,
        )
        self.model.ticks_changed.connect(self._update)
        self.table = list_table(self.model, tr("Closed conferences past the retention period"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tick_all = QPushButton(tr("Tick &all"))
        self.tick_all.clicked.connect(lambda: self.model.tick_all(True))
        self.untick_all = QPushButton(tr("&Untick all"))
        self.untick_all.clicked.connect(lambda: self.model.tick_all(False))
        self.anonymise = QRadioButton(
            tr(
                "A&nonymise: keep only anonymous statistics (stage dates, counts, outcomes); "
                "every name, text and contact detail is removed"
            )
        )
        self.delete = QRadioButton(
            tr("&Delete: remove the conference and everything recorded about it")
        )
        self.anonymise.setChecked(True)
        self._actions = QButtonGroup(self)
        for button in (self.anonymise, self.delete):
            self._actions.addButton(button)
            button.toggled.connect(self._update)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirmation = QLineEdit()
        self.confirmation.setAccessibleName(tr("Number of conferences, to confirm"))
        self.confirmation.setMaximumWidth(120)
        self.confirmation.textChanged.connect(self._update)
        self.confirm_label.setBuddy(self.confirmation)
        self.run_button = QPushButton()
        self.run_button.setObjectName("runRetention")
        self.run_button.clicked.connect(self.run)
        self.status = QLabel()
        self.status.setObjectName("retention_status")
        self.status.setWordWrap(True)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self._build_layout()
        self.resize(760, 620)
        self.reload()

    def _build_layout(self) -> None:
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)
        ticks.addStretch(1)
        choice = QGroupBox(tr("What happens to the ticked conferences"))
        choice_layout = QVBoxLayout(choice)
        for button in (self.anonymise, self.delete):
            choice_layout.addWidget(button)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirm_label, 1)
        confirm.addWidget(self.confirmation)
        confirm.addWidget(self.run_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(ticks)
        layout.addWidget(choice)
        layout.addLayout(confirm)
        layout.addLayout(bottom)
        # Long labels of the choices wrap rather than widen the window.
        for button in (self.anonymise, self.delete):
            button.setMinimumWidth(0)

    def reload(self) -> None:
        """List the conferences due now, every one ticked, and clear the confirmation."""
        cutoff = closed_before(self._today, self._years)
        try:
            due = retention.due_for_retention(self._store, self._today)
        except StoreError as error:
            due = []
            self._show_status(
                tr("The caseload could not be read: {error}").format(error=tr_error(error)),
                _WARNING_STYLE,
            )
        self.model.set_rows(due, ticked=True)
        years = tr("1 year") if self._years == 1 else tr("{count} years").format(count=self._years)
        self.intro.setText(
            tr(
                "Your service keeps closed conferences for {years} (change it in File → "
                "Settings). These {value3} closed before {value5}. Untick any that must be "
                "kept longer."
            ).format(years=years, value3=_conferences(len(due)), value5=_long_date(cutoff))
            if due
            else tr(
                "Your service keeps closed conferences for {years}. No conference closed "
                "before {value3} still holds anyone's details: there is nothing to do."
            ).format(years=years, value3=_long_date(cutoff))
        )
        self.confirmation.clear()
        self._update()

    @property
    def action(self) -> RetentionAction:
        """The action chosen."""
        return RetentionAction.DELETE if self.delete.isChecked() else RetentionAction.ANONYMISE

    def ticked(self) -> list[RetentionCandidate]:
        """The conferences ticked."""
        return self.model.ticked_rows()

    def _update(self) -> None:
        count = len(self.ticked())
        verb = (
            tr("Delete {conferences}")
            if self.action is RetentionAction.DELETE
            else tr("Anonymise {conferences}")
        )
        self.run_button.setText(verb.format(conferences=_conferences(count)))
        deleting = self.action is RetentionAction.DELETE
        self.run_button.setStyleSheet(_WARNING_STYLE if deleting else "")
        self.confirm_label.setText(
            tr(
                "This cannot be undone. To confirm, type the number of conferences ticked "
                "({count}):"
            ).format(count=count)
            if count
            else tr("Tick the conferences to anonymise or delete.")
        )
        ready = confirmation_matches(self.confirmation.text(), count) and not self.running
        self.run_button.setEnabled(ready)
        for widget in (self.table, self.tick_all, self.untick_all, self.anonymise, self.delete):
            widget.setEnabled(not self.running)
        self.confirmation.setEnabled(bool(count) and not self.running)
        self.close_button.setEnabled(not self.running)

    def run(self) -> None:
        """Anonymise or delete the ticked conferences, off the GUI thread."""
        chosen = self.ticked()
        if self.running or not confirmation_matches(self.confirmation.text(), len(chosen)):
            return
        action = self.action
        self.running = True
        self._update()
        doing = (
            tr("Deleting {conferences}…")
            if action is RetentionAction.DELETE
            else tr("Anonymising {conferences}…")
        )
        self._show_status(doing.format(conferences=_conferences(len(chosen))), _HINT_STYLE)
        path, passphrase, ids, years, today = (
            self._store.path,
            self._store.passphrase,
            [c.conference_id for c in chosen],
            self._years,
            self._today,
        )
        run_in_background(
            lambda: retention.apply_retention(
                path, action, ids, years=years, today=today, passphrase=passphrase
            ),
            self._finished,
            self._failed,
        )

    def _finished(self, report: RetentionReport) -> None:
        self.running = False
        self.report = report
        count = len(report.results)
        done = (
            tr("{conferences} deleted ({records} records).")
            if report.action is RetentionAction.DELETE
            else tr("{conferences} anonymised ({records} records).")
        ).format(conferences=_conferences(count), records=report.records)
        if not report.overwritten_on_disk:
            done += " " + tr(
                "Another program was reading the caseload file: the old pages are overwritten "
                "when it lets go."
            )
        self.reload()
        self._show_status(
            done + tr(" Each one's history records that it happened, without names."), _DONE_STYLE
        )
        self.retired.emit(report)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self._update()
        self._show_status(
            tr("Nothing was changed. {error}").format(error=tr_error(error)), _WARNING_STYLE
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Nothing was changed"), tr_error(error), parent=self
        )
        box.setObjectName("retentionProblem")
        box.open()

    def _show_status(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def reject(self) -> None:
        """Closing waits while a run is still working."""
        if not self.running:
            super().reject()
