"""The family-time clock: start, pause for a break, resume and finish, with the total on show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.conference_day import clock, family_time_seconds, running_session
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.services import conference_day
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.translation import tr, tr_steps

_ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class FamilyTimeClock(QWidget):
    """A large running clock of the family's private time; breaks are left out of the total."""

    saved = Signal(object)

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, clock_points: int = 28
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._finished = False
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.display = QLabel("0:00")
        self.display.setObjectName("family_time_clock")
        self.display.setAccessibleName(tr("Family time so far"))
        font = QFont(self.display.font())
        font.setPointSize(clock_points)
        font.setBold(True)
        self.display.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("family_time_status")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(tr("Start family time"))
        self.start_button.setToolTip(tr("The professionals leave the room; the clock starts."))
        self.pause_button = QPushButton(tr("Pause for a break"))
        self.finish_button = QPushButton(tr("Finish family time"))
        self.finish_button.setToolTip(tr("The family call the professionals back in."))
        self.message = QLabel()
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.start_button.clicked.connect(self._start)
        self.pause_button.clicked.connect(lambda: self._stop(finished=False))
        self.finish_button.clicked.connect(lambda: self._stop(finished=True))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.start_button, self.pause_button, self.finish_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.display)
        top.addSpacing(16)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def show_conference(self, conference: Conference) -> None:
        """Show the clock for a conference's family time so far."""
        if self._conference is None or self._conference.id != conference.id:
            self._finished = False
        self._conference = conference
        self.refresh()

    def refresh(self) -> None:
        """Redraw the clock and buttons; the timer calls this every second while it runs."""
        conference = self._conference
        sessions = conference.family_time if conference is not None else []
        running = running_session(sessions) is not None
        total = family_time_seconds(sessions, self.now())
        self.display.setText(clock(total))
        self.display.setAccessibleDescription(clock(total))
        if running:
            self.status.setText(tr("The family are talking in private. The clock is running."))
        elif not sessions:
            self.status.setText(tr("Not started. Start the clock when the professionals leave."))
        elif self._finished:
            self.status.setText(tr("Family time finished."))
        else:
            self.status.setText(tr("On a break: the clock is paused."))
        self.start_button.setText(tr("Resume family time") if sessions else tr("Start family time"))
        # Only the buttons that make sense now, so a glance says what to press.
        self.start_button.setVisible(not running)
        self.start_button.setEnabled(conference is not None)
        self.pause_button.setVisible(running)
        self.finish_button.setVisible(running)
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running:
            self.timer.stop()

    def _start(self) -> None:
        self._finished = False
        self._call(conference_day.start_family_time)

    def _stop(self, *, finished: bool) -> None:
        self._finished = finished
        self._call(conference_day.end_family_time)

    def _call(self, service: Callable[[Store, str], Conference]) -> None:
        if self._conference is None:
            return
        conference_id = self._conference.id
        try:
            conference = attempt_edit(
                self, lambda: service(self._store, conference_id), self._show_message
            )
        except StageBlocked as error:
            # Another window (the family view) already started or stopped the clock.
            self._show_message(tr_steps(error.missing))
            return
        if conference is not None:
            self._conference = conference
            self.refresh()
            self.saved.emit(conference)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))
