"""Reads off the GUI thread: only the newest answer shows; stopping lets the connection go."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from fgc_desktop.ui.latest_read import LatestRead


class _Interrupted(Exception):
    pass


def _reads(qtbot: QtBot) -> tuple[LatestRead, threading.Event]:
    interrupted = threading.Event()
    reads = LatestRead(interrupted.set, lambda error: isinstance(error, _Interrupted))
    return reads, interrupted


def _blocking(interrupted: threading.Event, answer: str, started: threading.Event | None = None):
    def work() -> str:
        if started is not None:
            started.set()
        if not interrupted.wait(5):
            return answer
        raise _Interrupted

    return work


def test_a_newer_read_replaces_the_one_running(qtbot: QtBot) -> None:
    reads, interrupted = _reads(qtbot)
    shown: list[str] = []
    reads.finished.connect(shown.append)
    reads.request(_blocking(interrupted, "first"))
    reads.request(lambda: "second")
    qtbot.waitUntil(lambda: not reads.is_busy)
    assert shown == ["second"]


def test_stopping_interrupts_the_running_read_and_waits_for_it(qtbot: QtBot) -> None:
    reads, interrupted = _reads(qtbot)
    started = threading.Event()
    reads.request(_blocking(interrupted, "never", started))
    qtbot.waitUntil(started.is_set)
    assert reads.stop(seconds=5)  # a connection closed now is no longer being read
    assert interrupted.is_set()
    qtbot.waitUntil(lambda: not reads.is_busy)


def test_stopping_when_idle_is_immediate(qtbot: QtBot) -> None:
    reads, _ = _reads(qtbot)
    assert reads.stop(seconds=0)
