"""`python -m dollr_desktop.sandbox --port N`: run the practice-mode Dollr on its own."""
from __future__ import annotations

import argparse
import signal
import threading

from dollr_desktop.sandbox.server import SandboxServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dollr_desktop.sandbox",
                                     description="Run the embedded Dollr sandbox (practice mode).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--settle-delay", type=float, default=3.0, help="seconds before a payment settles")
    parser.add_argument("--unverified", action="store_true", help="start as an unverified merchant")
    parser.add_argument("--token-ttl-minutes", type=float, default=60)
    parser.add_argument("--no-demo", action="store_true", help="start empty instead of with demo data")
    parser.add_argument("--state-file", help="JSON file that keeps the sandbox's data between runs")
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server = SandboxServer(host=args.host, port=args.port, settle_delay=args.settle_delay,
                           verified=not args.unverified, token_ttl_minutes=args.token_ttl_minutes,
                           seed_demo=not args.no_demo, state_file=args.state_file).start()
    info = server.info
    print(f"Dollr sandbox (practice mode) listening on {server.base_url}")
    for key in ("client_id", "client_secret", "passcode", "passcode_phone", "realtime_url", "anon_key"):
        print(f"  {key}: {info[key]}")
    print("Control API: GET /_sandbox/info, POST /_sandbox/reset, ... (Ctrl+C to stop)", flush=True)
    while not stop.wait(0.5):
        pass
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
