"""``emit`` and ``top_up``: working around reference-count bugs in PySide6 6.12.0.

In PySide6 6.12.0 (CPython < 3.12, where True and None are not immortal) every ``SignalInstance.emit()``
drops one reference to ``True``, and a ``QModelIndex.data()``/``QComboBox.currentData()`` call from Python
that yields None drops one to ``None``; the app then aborts after a few hundred calls with "bool_dealloc" or
"none_dealloc". 6.11.x is not affected. ``emit`` gives the reference back for our own signals; ``top_up``
(called every second by the main window) keeps a reserve of references for the calls we cannot wrap
(pyqtgraph's signals, Qt's own). On a fixed PySide6 neither does anything.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_leaks: bool | None = None
_reserve: list[list[bool]] = []  # references to True held back for emits we cannot wrap (pyqtgraph's)


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    global _leaks
    if _leaks is None:
        probe = _Probe()
        before = sys.getrefcount(True)
        for _ in range(64):
            probe.ping.emit()
        lost = before - sys.getrefcount(True)
        _leaks = lost >= 48  # other threads may move the count a little; the bug loses exactly 64
        if _leaks:
            for _ in range(lost):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return _leaks


def top_up() -> None:
    """Keeps a large reserve of references to True, False and None while the bug is present; cheap
    enough to call from a timer every second."""
    if not emit_leaks_true():
        return
    for value in (True, False, None):
        if sys.getrefcount(value) < 200_000:
            _reserve.append([value] * 400_000)


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 6.12.0."""
    signal.emit(*args)
    if _leaks or (_leaks is None and emit_leaks_true()):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
