"""Slow work (laying out a PDF) run off the GUI thread, with the result handed back to it."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Gentle work's niceness: the interface's thread gets the CPU first on a busy 2-core laptop.
_GENTLE_NICENESS = 10
# Jobs are kept here until they report, so Python never collects a running job's signals.
_RUNNING: set[BackgroundJob] = set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class BackgroundJob(QRunnable):
    """Runs work() on the thread pool; `signals.finished(result)` or `signals.failed(error)`."""

    def __init__(self, work: Callable[[], Any], *, gently: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._gently = gently
        self._done = threading.Event()

    def run(self) -> None:
        """Do the work on a pool thread; the signals are delivered on the GUI thread."""
        try:
            result = _gently(self._work) if self._gently else self._work()
        except Exception as error:  # handed to the GUI, which explains it to the coordinator
            self._report(self.signals.failed, error)
        else:
            self._report(self.signals.finished, result)
        finally:
            self._done.set()

    def _report(self, signal: Any, value: object) -> None:
        # When the app is closing and took the signals with it, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)

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
    *,
    gently: bool = False,
) -> BackgroundJob:
    """Start work off the GUI thread and call back on the GUI thread when it ends.

    Gentle work (a full check, a backup) gives way to the coordinator's clicks for the CPU.
    """
    job = BackgroundJob(work, gently=gently)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    job.signals.finished.connect(lambda _result: _RUNNING.discard(job))
    job.signals.failed.connect(lambda _error: _RUNNING.discard(job))
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def _gently(work: Callable[[], Any]) -> Any:
    """work() on a thread of its own at a lower priority, ended with it, so the pool's threads
    keep theirs (a thread cannot raise its priority again)."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        _lower_this_threads_priority()
        try:
            outcome["result"] = work()
        except BaseException as error:  # raised again on the pool's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="fgc-gentle-work", daemon=True)
    worker.start()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _lower_this_threads_priority() -> None:
    # On Linux a thread has a niceness of its own; elsewhere the work runs at the usual priority.
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _GENTLE_NICENESS)
