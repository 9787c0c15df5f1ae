"""Thousands of signals never free True (PySide6 6.12's emit() takes a reference each time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_EMIT_MANY = """
import fgc_desktop.ui  # applies the guard
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Probe(QObject):
    fired = Signal()
probe = Probe()
for _ in range(20_000):
    probe.fired.emit()
print("still alive")
"""


def test_twenty_thousand_emits_do_not_abort_the_app() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _EMIT_MANY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "still alive"


_CALL_MANY = """
import fgc_desktop.ui  # applies the guard
from PySide6.QtCore import QCoreApplication, QObject
app = QCoreApplication([])
probe = QObject()
for _ in range(200_000):
    probe.setObjectName("probe")
print("still alive")
"""


def test_two_hundred_thousand_calls_without_a_result_do_not_abort_the_app() -> None:
    """Each such call took a reference away from None until the app aborted."""
    result = subprocess.run(
        [sys.executable, "-c", _CALL_MANY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "still alive"
