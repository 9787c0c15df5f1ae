"""Thousands of signals never free True (PySide6 6.12's emit() takes a reference each time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


_CALL_MANY = """
import fgc_desktop.ui  # applies the guard
from PySide6.QtCore import QCoreApplication, QObject
app = QCoreApplication([])
probe = QObject()
for _ in range(200_000):
    probe.setObjectName("probe")
print("still alive")
"""


@pytest.mark.parametrize(
    "script",
    [_EMIT_MANY, _CALL_MANY],
    ids=["twenty thousand emits", "two hundred thousand calls without a result"],
)
def test_many_calls_do_not_abort_the_app(script: str) -> None:
    """Each emit took a reference from True, each call without a result one from None."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "still alive"
