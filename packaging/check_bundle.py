"""`make package`'s last step: the built bundle's self-test in every language, offscreen and under a
real X server (`xvfb-run`), then its size and cold start.

    python3 packaging/check_bundle.py dist/dollr-desktop

Prints `name: value` lines: `bundle_mb` (decimal megabytes of every file, goal < 120) and
`cold_start_s` (launch to main window built, the bundle's files first evicted from the page cache
with posix_fadvise, so other programs' cache is left alone). Exits non-zero if a self-test fails.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LANGUAGES = ("en", "fr")


def self_test(exe: Path, language: str, platform: str) -> bool:
    data = Path(tempfile.mkdtemp(prefix=f"dollr-bundle-{language}-"))
    (data / "settings.json").write_text(json.dumps({"language": language}))
    command = [str(exe), "--self-test", "--data-dir", str(data)]
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    if platform == "xcb":
        env.pop("DISPLAY", None)
        command = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24"] + command
    print(f"# self-test, {language}, {platform}", flush=True)
    result = subprocess.run(command, env=env, timeout=300)
    shutil.rmtree(data, ignore_errors=True)
    return result.returncode == 0


def evict(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def start_time(exe: Path) -> float:
    data = tempfile.mkdtemp(prefix="dollr-bundle-start-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen([str(exe), "--self-test", "--data-dir", data], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, text=True)
    assert process.stdout is not None
    process.stdout.readline()             # printed once the main window is built
    elapsed = time.perf_counter() - started
    process.stdout.read()
    process.wait(timeout=300)
    shutil.rmtree(data, ignore_errors=True)
    return elapsed


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/dollr-desktop")
    exe = folder / "dollr-desktop"
    ok = all(self_test(exe, language, "offscreen") for language in LANGUAGES)
    if shutil.which("xvfb-run"):
        ok = self_test(exe, "en", "xcb") and ok
    else:
        print("xvfb-run missing (Debian: apt-get install xvfb xauth): no self-test under X", flush=True)
        ok = False
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    print(f"bundle_mb: {sum(p.stat().st_size for p in files) / 1e6:.1f}")
    print(f"bundle_files: {len(files)}")
    evict(folder)
    print(f"cold_start_s: {start_time(exe):.2f}")
    print(f"warm_start_s: {start_time(exe):.2f}")
    print("bundle check PASSED" if ok else "bundle check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
