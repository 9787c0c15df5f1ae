"""Slow work (laying out a PDF) run off the GUI thread, with the result handed back to it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Jobs are kept here until they report, so Python never collects a running job's signals.
_RUNNING: set[BackgroundJob] = set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class BackgroundJob(QRunnable):
    """Runs work() on the thread pool; `signals.finished(result)` or `signals.failed(error)`."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._done = threading.Event()

    def run(self) -> None:
        """Do the work on a pool thread; the signals are delivered on the GUI thread."""
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI, which explains it to the coordinator
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)
        finally:
            self._done.set()

    def cancel(self) -> bool:
        """Take the job off the pool's queue before it starts; False once it has started."""
        if not QThreadPool.globalInstance().tryTake(self):
            return False
        _RUNNING.discard(self)
        self._done.set()
        return True

    def wait(self, seconds: float) -> bool:
        """Block until the work has ended (True) or seconds have passed (False)."""
        return self._done.wait(seconds)


def run_in_background(
    work: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> BackgroundJob:
    """Start work off the GUI thread and call back on the GUI thread when it ends."""
    job = BackgroundJob(work)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    job.signals.finished.connect(lambda _result: _RUNNING.discard(job))
    job.signals.failed.connect(lambda _error: _RUNNING.discard(job))
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job
