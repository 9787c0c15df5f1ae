"""The app killed (SIGKILL) in the middle of typing: every field that was left is stored."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fgc_desktop.services import caseload
from fgc_desktop.store.integrity import check_file
from tests.ui.kill_mid_edit_app import KILLED_FIELD, LEFT_FIELDS, SAVED_BY_PAUSE

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("kill_mid_edit_app.py")


class _Child:
    """The app in a child process, its printed lines read as they come."""

    def __init__(self, store_path: Path, conference_id: str) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(store_path), conference_id],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.seen: list[str] = []

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def wait_for(self, wanted: str, seconds: float = 60) -> None:
        while True:
            try:
                line = self.lines.get(timeout=seconds)
            except queue.Empty:
                self.kill()
                pytest.fail(f"no {wanted!r} within {seconds} s; saw {self.seen}")
            if line is None:
                stderr = self.process.stderr.read() if self.process.stderr else ""
                pytest.fail(f"the app ended before {wanted!r}; saw {self.seen}\n{stderr[-3000:]}")
            self.seen.append(line)
            if line == wanted:
                return

    def kill(self) -> int:
        self.process.send_signal(signal.SIGKILL)
        return self.process.wait(timeout=30)


def test_killing_the_app_mid_typing_loses_no_field_that_was_left(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite"
    store = caseload.open_caseload(path)
    conference = caseload.create_conference(store, "Nowak family")
    store.close()

    child = _Child(path, conference.id)
    for _, key, _ in LEFT_FIELDS:
        child.wait_for(f"left {key}")
    child.wait_for(f"typing {KILLED_FIELD[1]}")
    child.wait_for("saved after the pause")
    child.wait_for("typed 50")  # killed while typing, between saves
    assert child.kill() == -signal.SIGKILL

    assert check_file(path).ok  # integrity_check and foreign_key_check, on the file as left
    reopened = caseload.open_caseload(path)
    try:
        stored = caseload.load(reopened, conference.id).referral
    finally:
        reopened.close()
    for _, key, text in LEFT_FIELDS:
        field = {"referral_reason": "reason"}.get(key, key)
        assert getattr(stored, field) == text.strip(), key
    # The box being typed in when the app died keeps what its pause save had stored.
    assert stored.strengths == SAVED_BY_PAUSE
