"""Background work: results and errors come back on the GUI thread; gentle work gives way."""

from __future__ import annotations

import os
import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from fgc_desktop.ui.background_job import run_in_background


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads have a niceness on Linux")
def test_gentle_work_runs_at_a_lower_priority_and_leaves_the_pool_as_it_was(qtbot: QtBot) -> None:
    seen: list[object] = []
    run_in_background(_niceness, seen.append, seen.append, gently=True)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [os.getpriority(os.PRIO_PROCESS, 0) + 10]
    seen.clear()
    run_in_background(_niceness, seen.append, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [os.getpriority(os.PRIO_PROCESS, 0)]


def test_gentle_work_reports_its_error(qtbot: QtBot) -> None:
    def refuse() -> None:
        raise ValueError("the disk said no")

    failures: list[Exception] = []
    run_in_background(refuse, failures.append, failures.append, gently=True)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert [str(error) for error in failures] == ["the disk said no"]
