"""Demo data (placeholder until the pharmacy lands)."""
from __future__ import annotations


def seed_demo(state) -> dict:
    return {}
