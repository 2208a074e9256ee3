"""Cyclic garbage collection only on the GUI thread.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed: here that can be the embedded sandbox's server thread or an `asyncio.to_thread` worker.
If that collection frees a Qt object, its C++ destructor runs on the wrong thread and the
process dies with a segmentation fault (seen in the test suite, at random). So automatic
collection is switched off and the GUI thread collects instead, generation by generation,
using the interpreter's own thresholds (the pattern pyqtgraph uses).

A full collection walks every tracked object: in the running app (about 120,000 of them: modules,
classes, models, the main window's widgets) that blocked the GUI thread for 100-200 ms each time
the oldest generation came due, a few minutes into a busy day. Once the app has started, those
long-lived objects are frozen out of collection, so later full collections walk only what the
day creates.
"""
from __future__ import annotations

import gc


def disable_automatic_collection() -> None:
    gc.disable()


def collect_if_due() -> None:
    """Collect the generations whose thresholds are crossed, as the interpreter itself would."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 > threshold0:
        gc.collect(0)
        if count1 > threshold1:
            gc.collect(1)
            if count2 > threshold2:
                gc.collect(2)


def freeze_long_lived() -> None:
    """Start-up is over: collect once, then keep everything alive now out of every later collection."""
    gc.collect()
    gc.freeze()
