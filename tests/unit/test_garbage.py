"""Cyclic garbage is collected when due, on the thread that asks, and never automatically."""
from __future__ import annotations

import gc

from dollr_desktop import garbage


class Node:
    def __init__(self) -> None:
        self.me = self


def test_the_suite_runs_with_automatic_collection_off():
    assert not gc.isenabled()


def test_collect_if_due_frees_cycles_once_the_threshold_is_crossed():
    gc.collect()
    threshold0 = gc.get_threshold()[0]
    for _ in range(threshold0 + 10):
        Node()
    assert gc.get_count()[0] > threshold0
    garbage.collect_if_due()
    assert gc.get_count()[0] < threshold0
    assert not any(isinstance(obj, Node) for obj in gc.get_objects())
