"""A guard against PySide6 6.12's Signal.emit(), which takes a reference away from True.

Every `SignalInstance.emit()` returns True without a reference of its own, so each emit from
Python lowers True's reference count by one. On CPython 3.11, where True is not yet immortal,
a session of a few thousand emits (leaving fields, background jobs) frees True and the app
aborts with "Fatal Python error: bool_dealloc". Giving True a vast number of references first
makes it as good as immortal, as CPython 3.12 does itself.

Every method without a result (`setFocus()`, `setObjectName()`...) likewise returns None without
a reference of its own, so None is guarded the same way: a keyboard walk through the window makes
tens of thousands of such calls, and the app aborted with "Fatal Python error: none_dealloc".
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


def void_call_loses_references() -> bool:
    """True when a PySide6 method without a result takes a reference away from None."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def keep_true_alive() -> None:
    """Give True and None spare references when (and only when) PySide6 takes them away."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # True and None are immortal there, or their counts are not plain fields
    # ob_refcnt is the first field of every CPython 3.11 object, at the object's address.
    if emit_loses_references():
        ctypes.c_ssize_t.from_address(id(True)).value += _SPARE_REFERENCES
    if void_call_loses_references():
        ctypes.c_ssize_t.from_address(id(None)).value += _SPARE_REFERENCES
