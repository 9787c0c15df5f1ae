"""Looking after the open store: the full check after the window shows, regular backups, and
what the coordinator sees when the store turns out to be damaged."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.services import backups
from fgc_desktop.store.backup import StoredBackup
from fgc_desktop.store.connection import Store
from fgc_desktop.store.integrity import IntegrityReport
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.restore_dialog import moment_text
from fgc_desktop.ui.translation import tr, tr_error, tr_words

BACKUP_EVERY_MS = int(backups.BACKUP_EVERY.total_seconds() * 1000)
_BANNER_STYLE = (
    "#damageBanner { background: #fde7e9; border: 1px solid #a4000f; border-radius: 4px; }"
    "#damageBanner QLabel { color: #5c0008; }"
)


class StoreHealth(QObject):
    """Runs the full check and the backups off the GUI thread and reports on the GUI thread."""

    damage_found = Signal(str)
    good_backup_found = Signal(object)  # the newest backup that passed its check, or None
    check_passed = Signal()
    backup_taken = Signal(object)
    backup_failed = Signal(str)
    idle = Signal()  # nothing runs any more

    def __init__(
        self, store: Store, parent: QObject | None = None, *, backup_every_ms: int = BACKUP_EVERY_MS
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._path = store.path
        self._folder = store.backups
        self._active = False
        self._running: set[str] = set()
        # Set while nothing runs; other threads wait on it (wait_for_idle).
        self._idle_now = threading.Event()
        self._idle_now.set()
        self._paused = False
        self._backup_missed = False
        self.latest_good: StoredBackup | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(backup_every_ms)
        self._timer.timeout.connect(self.back_up)
        store.when_damaged(self._damaged)

    def start(self) -> None:
        """Check the store as soon as the event loop runs, then back up on the schedule."""
        self._active = True
        if self._store.damage is not None:
            # Found damaged before the checks were set going (by a read as the window was built).
            self._damaged(self._store.damage)
            return
        QTimer.singleShot(0, lambda: self.check(back_up_when_due=True))
        self._timer.start()

    def start_schedule(self) -> None:
        """Back up on the schedule again (after a restore that did not happen)."""
        self._active = True
        if self._store.damage is None:
            self._timer.start()

    def stop(self) -> None:
        """Ignore whatever is still running; the store is about to close."""
        self._active = False
        self._timer.stop()

    @property
    def busy(self) -> bool:
        """True while a check, a backup or a search for a good backup runs."""
        return bool(self._running)

    def pause(self) -> None:
        """Start no check or backup until resume(); what runs already carries on.

        E.g. while the caseload is converted to or from encryption, which needs the file to
        itself. A regular backup due meanwhile is taken at resume().
        """
        self._paused = True

    def resume(self) -> None:
        """Check and back up as usual again (after pause())."""
        self._paused = False
        if self._backup_missed:
            self._backup_missed = False
            self.back_up()

    def wait_for_idle(self, seconds: float) -> bool:
        """Block until nothing runs (True) or seconds have passed (False); from a worker thread.

        Never on the GUI thread: the work reports there, so waiting there would wait forever.
        """
        return self._idle_now.wait(seconds)

    def wait_until_idle(self) -> None:
        """Let running work finish (events keep flowing), e.g. before the store file is replaced."""
        if not self._running:
            return
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)

    def check(self, *, back_up_when_due: bool = False) -> None:
        """The full check (every page, every reference) of the store file.

        At start, a sound store is then backed up when its last regular backup is a day old.
        """
        if self._paused:
            return
        path, passphrase = self._path, self._store.passphrase
        done = self._checked_at_start if back_up_when_due else self._checked
        self._run("check", lambda: backups.check(path, passphrase), done, self._could_not_check)

    def back_up(self) -> None:
        """A regular backup; never of a damaged store, which would only copy the damage."""
        if self._store.damage is not None:
            return
        if self._paused:
            self._backup_missed = True
            return
        # A protected caseload's backups are encrypted with its passphrase as it is now.
        path, folder, passphrase = self._path, self._folder, self._store.passphrase
        self._run(
            "backup",
            lambda: backups.back_up_on_schedule(path, folder, passphrase),
            self.backup_taken.emit,
            self._backup_went_wrong,
        )

    def _checked(self, report: IntegrityReport) -> bool:
        if not report.ok:
            self._store.mark_damaged(backups.damage_message(report))
            return False
        self.check_passed.emit()
        return True

    def _checked_at_start(self, report: IntegrityReport) -> None:
        if self._checked(report) and backups.backup_due(self._path, self._folder):
            self.back_up()

    def _could_not_check(self, error: Exception) -> None:
        self.backup_failed.emit(
            tr("The caseload could not be checked: {error}").format(error=tr_error(error))
        )

    def _backup_went_wrong(self, error: Exception) -> None:
        self.backup_failed.emit(tr_error(error))
        # A backup that fails its own check may mean the store is damaged: find out (without
        # backing up again: the next try is the schedule's).
        self.check()

    def _damaged(self, message: str) -> None:
        self._timer.stop()
        self.damage_found.emit(tr_words(message))
        path, folder, passphrase = self._path, self._folder, self._store.passphrase
        self._run(
            "latest good backup",
            lambda: backups.latest_good_backup(path, folder, passphrase),
            self._good_backup,
            lambda _error: self._good_backup(None),
        )

    def _good_backup(self, found: StoredBackup | None) -> None:
        self.latest_good = found
        self.good_backup_found.emit(found)

    def _run(
        self,
        name: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        if name in self._running:
            return
        self._running.add(name)
        self._idle_now.clear()

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def report(outcome: Any) -> None:
                self._running.discard(name)
                if self._active:  # a job that outlived its store reports nothing
                    handler(outcome)
                if not self._running:
                    self._idle_now.set()
                    self.idle.emit()

            return report

        run_in_background(work, finish(done), finish(failed), gently=True)


class DamageBanner(QFrame):
    """Across the top of the window: the store is damaged, nothing is saved, restore a backup."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damageBanner")
        self.setStyleSheet(_BANNER_STYLE)
        self.setAccessibleName(tr("The caseload file is damaged"))
        self.details = ""
        title = QLabel(tr("<b>This caseload file is damaged, so nothing more is saved to it.</b>"))
        self.message = QLabel(
            tr(
                "What you type stays on screen but is not kept: copy anything new you need, then "
                "restore the caseload from a backup."
            )
        )
        self.message.setObjectName("damageMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup = QLabel(tr("Looking for the newest good backup…"))
        self.backup.setObjectName("damageBackup")
        self.backup.setWordWrap(True)
        self.restore_button = QPushButton(tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore_requested.emit)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(self.message)
        text.addWidget(self.backup)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.restore_button)
        self.hide()

    def show_damage(self, message: str) -> None:
        """Say that damage was found; SQLite's own words are for IT staff, in the tooltip."""
        self.details = message
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        self.show()

    def show_backup(self, found: StoredBackup | None) -> None:
        """Name the newest good backup, or say there is none."""
        if found is None:
            self.backup.setText(
                tr(
                    "No good backup of it was found. Copy out anything you need and ask your IT "
                    "team for help; the damaged file is left exactly as it is."
                )
            )
            self.restore_button.setText(tr("Restore another file…"))
            return
        self.backup.setText(
            tr("The newest good backup was taken on {value1}.").format(
                value1=moment_text(found.stamp.taken_at)
            )
        )
        self.restore_button.setText(tr("Restore from a backup…"))
