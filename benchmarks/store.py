"""Store benchmark: 100,000 contacts and 100,000 invoices, then keystroke-style searches.

Prints `name: value` lines: search_median_ms, search_p95_ms, sync_upsert_s, db_size_mb,
peak_rss_mb (goals: search_p95_ms < 30, peak_rss_mb < 300), and sync_10k_loop_stall_max_ms: the
longest the asyncio loop (the GUI thread under qasync) went without running while
SyncService synced 10,000 invoices from a canned reply.
Run: .venv/bin/python benchmarks/store.py [--rows N]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dollr_desktop.store import Store  # noqa: E402

FIRST = ["Fatu", "Musu", "Aminata", "John", "Joseph", "Mary", "Kebbeh", "Sam", "Grace", "Emmanuel",
         "Jean", "Claudine", "Eric", "Aline", "Patrick", "Divine", "Olivier", "Esther", "Moses", "Comfort"]
LAST = ["Johnson", "Kollie", "Sesay", "Doe", "Kpadeh", "Toe", "Mensah", "Weah", "Uwimana", "Habimana",
        "Mugisha", "Niyonzima", "Kamara", "Flomo", "Gbollie", "Tarr", "Ndayisaba", "Sirleaf", "Boakai", "Kanneh"]
WORDS = ["school fees", "term", "rice", "cement", "clinic visit", "lab test", "uniform", "books",
         "transport", "rent", "deposit", "palm oil", "generator fuel", "repairs", "consultation"]
STAMP = "2026-01-05T10:00:00+00:00"


def contacts(n: int, rng: random.Random):
    for i in range(1, n + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        country = rng.choice(("231", "250"))
        phone = f"{country}{rng.randrange(700000000, 899999999)}"
        yield {"id": i, "owner_party_type": "MICRO_ORGANIZATION", "owner_party_id": 1,
               "relationship_type": "CUSTOMER", "created_at": STAMP, "updated_at": STAMP,
               "party": {"id": 500000 + i, "fullname": name, "phone": phone,
                         "email": f"{name.split()[0].lower()}{i}@example.com"}}


def invoices(n: int, contact_count: int, rng: random.Random) -> list[dict]:
    return [{"id": i, "invoice_number": f"INV-2026-{i:05d}", "counterparty_id": rng.randint(1, contact_count),
             "currency": rng.choice(("USD", "LRD", "RWF")), "total_amount": f"{rng.randint(1, 99999)}.50",
             "status": rng.choice(("IDLE", "ACTIVE", "PAID")), "note": rng.choice(WORDS),
             "fee_bearer": "PAYEE", "due_date": None, "as_payment_link": False, "owner_id": 1,
             "owner_type": "MICRO_ORGANIZATION", "created_at": STAMP, "updated_at": STAMP}
            for i in range(1, n + 1)]


def keystrokes(rng: random.Random) -> list[str]:
    """What typing a name, a phone or an invoice number sends, one query per key."""
    targets = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(15)]
    targets += [f"0{rng.randrange(770000000, 889999999)}" for _ in range(5)]
    targets += [f"INV-2026-{rng.randint(1, 99999):05d}" for _ in range(5)]
    targets += [rng.choice(WORDS) for _ in range(5)]
    return [t[:n] for t in targets for n in range(1, len(t) + 1)]


def loop_stall_during_sync(folder: str, rows: list[dict]) -> float:
    """Max gap between 1 ms ticks of the event loop while SyncService syncs `rows`."""
    import httpx

    from dollr_desktop.api import DollrClient
    from dollr_desktop.services.sync import SyncService

    body = json.dumps(rows).encode()

    def dollr(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    async def run() -> float:
        client = DollrClient("http://127.0.0.1:9", "id", "secret", transport=httpx.MockTransport(dollr))
        gaps: list[float] = []
        done = False

        async def ticker() -> None:
            last = time.perf_counter()
            while not done:
                await asyncio.sleep(0.001)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        with Store.open(Path(folder) / "stall.sqlite3") as store:
            tick = asyncio.create_task(ticker())
            await SyncService(client, store).sync_documents("INVOICE")
            done = True
            await tick
        await client.aclose()
        return max(gaps) * 1000

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        with Store.open(path) as store:
            store.contacts.upsert_counterparties(contacts(args.rows, rng), complete=True)
            batch = invoices(args.rows, args.rows, rng)
            started = time.perf_counter()
            store.documents.upsert_summaries("INVOICE", batch, complete=True)
            sync_upsert_s = time.perf_counter() - started
            stall_rows = batch[:10_000]
            del batch
            timings = []
            for text in keystrokes(rng):
                repo = store.documents if text.startswith("INV") or text in WORDS else store.contacts
                started = time.perf_counter()
                repo.search(text, limit=50)
                timings.append((time.perf_counter() - started) * 1000)
            store.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1_000_000
    timings.sort()
    print(f"search_median_ms: {statistics.median(timings):.2f}")
    print(f"search_p95_ms: {timings[int(len(timings) * 0.95) - 1]:.2f}")
    print(f"sync_upsert_s: {sync_upsert_s:.2f}")
    print(f"db_size_mb: {size:.1f}")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak_rss_mb: {peak_kb / (1024 * 1024 if sys.platform == 'darwin' else 1024):.1f}")
    with tempfile.TemporaryDirectory() as folder:  # after peak_rss_mb, which it must not inflate
        print(f"sync_10k_loop_stall_max_ms: {loop_stall_during_sync(folder, stall_rows):.1f}")


if __name__ == "__main__":
    main()
