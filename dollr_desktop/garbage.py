"""Cyclic garbage collection only on the GUI thread.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed: here that can be the embedded sandbox's server thread or an `asyncio.to_thread` worker.
If that collection frees a Qt object, its C++ destructor runs on the wrong thread and the
process dies with a segmentation fault (seen in the test suite, at random). So automatic
collection is switched off and the GUI thread collects instead, generation by generation,
using the interpreter's own thresholds (the pattern pyqtgraph uses).
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
