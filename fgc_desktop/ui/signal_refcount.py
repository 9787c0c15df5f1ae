"""A guard against PySide6 6.12's Signal.emit(), which takes a reference away from True.

Every `SignalInstance.emit()` returns True without a reference of its own, so each emit from
Python lowers True's reference count by one. On CPython 3.11, where True is not yet immortal,
a session of a few thousand emits (leaving fields, background jobs) frees True and the app
aborts with "Fatal Python error: bool_dealloc". Giving True a vast number of references first
makes it as good as immortal, as CPython 3.12 does itself.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# 2**40 emits at a million a second would take twelve days.
_SPARE_REFERENCES = 1 << 40


class _Probe(QObject):
    fired = Signal()


def emit_loses_references() -> bool:
    """True when this PySide6 emit() takes a reference away from True."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    return sys.getrefcount(True) < before


def keep_true_alive() -> None:
    """Give True spare references when (and only when) emit() takes them away."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # True is immortal there, or its count is not a plain field
    if emit_loses_references():
        # ob_refcnt is the first field of every CPython 3.11 object, at the object's address.
        ctypes.c_ssize_t.from_address(id(True)).value += _SPARE_REFERENCES
