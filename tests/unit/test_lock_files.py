"""The lock files (requirements/*.txt) still match pyproject.toml: every dependency declared there
is pinned, to a version its range allows, and the runtime and package locks pin exactly the versions
the tests run with. When this fails, run `make lock` and commit requirements/."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ROOT / "requirements"
FIX = "the lock files are stale: run `make lock` and commit requirements/"


def pins(name: str) -> dict[str, str]:
    found = {}
    for line in (LOCKS / name).read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9._-]+)==(\S+)", line)
        if match:
            found[canonicalize_name(match[1])] = match[2]
    return found


def declared(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


@pytest.mark.parametrize(("lock", "extras"), [("runtime.txt", ()), ("test.txt", ("test",)),
                                              ("package.txt", ("package",))])
def test_every_declared_dependency_is_pinned_within_its_range(lock, extras):
    locked = pins(lock)
    for requirement in declared(*extras):
        if requirement.marker and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement} is not in requirements/{lock}: {FIX}"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"requirements/{lock} pins {name}=={locked[name]}, outside {requirement}: {FIX}")


def test_the_app_runs_with_the_versions_the_tests_run_with():
    tested = pins("test.txt")
    for lock in ("runtime.txt", "package.txt"):
        for name, version in pins(lock).items():
            if name in tested:
                assert tested[name] == version, f"{name}: {lock} {version}, test.txt {tested[name]}: {FIX}"
    runtime = pins("runtime.txt")
    assert set(runtime) <= set(tested), FIX
    assert runtime["websockets"] == tested["websockets"]


def test_the_runtime_lock_carries_no_test_tool():
    runtime = pins("runtime.txt")
    for tool in ("pytest", "pytest-qt", "hypothesis", "schemathesis", "realtime", "pyinstaller"):
        assert tool not in runtime
