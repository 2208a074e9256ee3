"""What people and the audit log cost: one PIN check, one audit entry, the start-up chain check.

Prints `pin_check_ms` (one scrypt PIN comparison: slow on purpose, a guess costs that much),
`audit_append_ms` (one durable entry, median), `audit_chain_check_10000_ms` (the start-up check
over 10,000 entries, on a worker thread in the app), `people_first_open_ms` (opening the main data
file for the first time, schema included; a worker thread at start-up).
Run: .venv/bin/python benchmarks/people.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dollr_desktop.services.people import PeopleBook, Role, hash_pin, pin_matches  # noqa: E402


def main() -> None:
    stored = hash_pin("48213579")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        pin_matches("48213579", stored)
        times.append((time.perf_counter() - start) * 1000)
    print(f"pin_check_ms: {statistics.median(times):.1f}")
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        book = PeopleBook.open(Path(folder) / "people.sqlite3")
        print(f"people_first_open_ms: {(time.perf_counter() - start) * 1000:.0f}")
        book.add_person("Ama", Role.OWNER, "48213579")
        times = []
        for n in range(200):
            start = time.perf_counter()
            book.audit("payout_approved", {"amount": f"{n}.00", "currency": "USD", "reference_id": f"ref-{n}"})
            times.append((time.perf_counter() - start) * 1000)
        print(f"audit_append_ms: {statistics.median(times):.2f}")
        with book.store._pool.transaction() as conn:   # the rest quickly, chained like the app does
            from dollr_desktop.store.people import canonical, chain_hash

            prev = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
            for n in range(200, 10_000):
                details = {"amount": f"{n}.00", "currency": "USD"}
                at = f"2026-12-02T10:00:{n % 60:02d}Z"
                digest = chain_hash(prev, at=at, who="Ama", action="refund", details=details)
                conn.execute("INSERT INTO audit_log (at, who, action, details, prev_hash, hash) VALUES (?,?,?,?,?,?)",
                             (at, "Ama", "refund", canonical(details), prev, digest))
                prev = digest
        start = time.perf_counter()
        broken = book.first_broken()
        print(f"audit_chain_check_10000_ms: {(time.perf_counter() - start) * 1000:.0f}")
        assert broken is None
        book.close()


if __name__ == "__main__":
    main()
