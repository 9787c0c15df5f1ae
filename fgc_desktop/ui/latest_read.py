"""Reads off the GUI thread where only the newest answer matters (search as you type, the
dashboard): one runs at a time, and a newer request interrupts the one running."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from fgc_desktop.ui.background_job import BackgroundJob, run_in_background


class LatestRead(QObject):
    """Runs the newest requested read; `finished(result)` or `failed(error)` for it alone.

    interrupt stops the running read (it may be called from the GUI thread while a pool
    thread reads); was_interrupted tells such an ending from a real failure.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        interrupt: Callable[[], None],
        was_interrupted: Callable[[BaseException], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._interrupt = interrupt
        self._was_interrupted = was_interrupted
        self._running = False
        self._pending: Callable[[], Any] | None = None
        self._job: BackgroundJob | None = None

    @property
    def is_busy(self) -> bool:
        """True while a read runs or waits to."""
        return self._running or self._pending is not None

    def request(self, work: Callable[[], Any]) -> None:
        """Run work off the GUI thread, replacing whatever was asked before."""
        if self._running:
            self._pending = work
            self._interrupt()
            return
        self._start(work)

    def stop(self, seconds: float = 2.0) -> bool:
        """Drop any waiting read and interrupt the running one; True once none is running, so
        its connection can be closed (waits at most seconds, on the GUI thread)."""
        self._pending = None
        if not self._running or self._job is None:
            return True
        if self._job.cancel():
            self._running = False
            return True
        self._interrupt()
        return self._job.wait(seconds)

    def _start(self, work: Callable[[], Any]) -> None:
        self._running = True
        self._job = run_in_background(work, self._ended, self._broke)

    def _ended(self, result: Any) -> None:
        if not self._next():
            self.finished.emit(result)

    def _broke(self, error: Exception) -> None:
        if not self._next() and not self._was_interrupted(error):
            self.failed.emit(error)

    def _next(self) -> bool:
        """Start the read waiting, if any; True when one was started (this answer is stale)."""
        self._running = False
        work, self._pending = self._pending, None
        if work is None:
            return False
        self._start(work)
        return True
