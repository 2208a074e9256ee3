"""The licences of the Python distributions the app runs on, from their installed metadata.

The bundle has no installed metadata, so `packaging/dollr_desktop.spec` runs `collect()` in the clean
build environment and ships the list as `resources/licences.json`; a source checkout collects it
live. Starts from the app's own runtime requirements (pyproject.toml in a checkout, else the
installed `dollr-desktop` metadata) and follows each distribution's requirements (no extras)."""
from __future__ import annotations

import json
import platform
import re
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

from dollr_desktop import paths

FILE_NAME = "licences.json"
_ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str | None:
    """The distribution a Requires-Dist line names, or None when its marker excludes it here."""
    from packaging.requirements import Requirement   # pip and setuptools' vendored copy are not needed

    parsed = Requirement(requirement)
    if parsed.marker is not None and not parsed.marker.evaluate({"extra": ""}):
        return None
    return parsed.name


def _roots() -> list[str]:
    pyproject = _ROOT / "pyproject.toml"
    if pyproject.exists():
        wanted = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    else:
        wanted = metadata.requires("dollr-desktop") or []
    return [name for name in map(_name, wanted) if name]


def licence_of(meta: Any) -> str:
    """An SPDX expression, the classifiers' licence names, or a short License field; "" if none."""
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License :: ") and c.count("::") >= 2]
    if classifiers:
        return " / ".join(dict.fromkeys(classifiers))
    text = (meta.get("License") or "").strip()
    first = text.splitlines()[0].strip() if text else ""
    return first if first and len(first) < 80 else ""   # "": not stated (the UI says so in words)


def collect() -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    stack = _roots()
    while stack:
        name = stack.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        meta = dist.metadata
        seen[key] = {"name": meta["Name"], "version": dist.version, "licence": licence_of(meta),
                     "home": meta.get("Home-page") or _project_url(meta)}
        stack.extend(n for n in map(_name, dist.requires or []) if n)
    found = sorted(seen.values(), key=lambda row: row["name"].lower())
    python = {"name": "Python", "version": platform.python_version(), "licence": "PSF-2.0",
              "home": "https://www.python.org/"}
    return [python, *found]


def _project_url(meta: Any) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    return ""


def load() -> list[dict[str, str]]:
    """The shipped list in a bundle, else collected from this environment."""
    shipped = paths.resources_dir() / FILE_NAME
    if shipped.exists():
        try:
            rows = json.loads(shipped.read_text(encoding="utf-8"))
            if isinstance(rows, list):
                return rows
        except (OSError, ValueError):
            pass
    return collect()


def write(path: Path) -> None:
    path.write_text(json.dumps(collect(), indent=1, ensure_ascii=False), encoding="utf-8")
