"""Keeping None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12's stable-ABI wheels return None (and sometimes True/False) from wrapped C++
calls without taking a reference, which is harmless on Python 3.12+ (those objects are
immortal there) but on 3.11 drains their reference counts by one per call: after a few
thousand void calls the interpreter aborts with "none_dealloc". Giving the three singletons
a reference count no program can drain is what Python 3.12 does for them anyway.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_PLENTY = 1 << 60


def keep_singletons_alive() -> None:
    """Raise the reference counts of None, True and False out of reach (CPython < 3.12 only)."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    if hasattr(sys, "gettotalrefcount"):  # a debug build: the count is not the object's first field
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field
        if count.value < _PLENTY:
            count.value += _PLENTY
