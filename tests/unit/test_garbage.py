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


def test_what_lives_at_start_up_is_left_out_of_later_collections():
    survivor = [Node() for _ in range(1000)]
    start_up_garbage = Node()
    del start_up_garbage
    try:
        garbage.freeze_long_lived()
        assert gc.get_freeze_count() >= len(survivor)
        assert sum(isinstance(obj, Node) for obj in gc.get_objects()) == 0   # frozen: not walked
        day_garbage = Node()
        del day_garbage
        assert sum(isinstance(obj, Node) for obj in gc.get_objects()) == 1   # only what the day made
        gc.collect()
        assert sum(isinstance(obj, Node) for obj in gc.get_objects()) == 0   # and its cycles still go
    finally:
        gc.unfreeze()
    assert sum(isinstance(obj, Node) for obj in gc.get_objects()) == len(survivor)   # the cycle was freed first
