#!/bin/sh
# Regenerate the lock files from pyproject.toml: `make lock` (it sets COMPILE).
#   test.txt     runtime + [test], resolved first: the full set the tests pass with
#   runtime.txt  runtime only, constrained by test.txt, so every version (websockets too) is the
#                one the tests ran with
#   package.txt  runtime + [package] (PyInstaller), constrained by runtime.txt: the bundle's
#                clean build environment
# Pins already in a file are kept when they still fit (pip-compile's default), so adding a
# dependency to pyproject.toml changes only the lines it needs. `make lock-upgrade` moves every
# pin to the newest release. Resolved for the platform that runs it (Linux, CPython 3.11 here).
set -eu
cd "$(dirname "$0")/.."
COMPILE=${COMPILE:-pip-compile}
export CUSTOM_COMPILE_COMMAND="make lock"
OPTS="--quiet --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links --annotation-style=line ${LOCK_OPTS:-}"
$COMPILE $OPTS --extra test -o requirements/test.txt pyproject.toml
$COMPILE $OPTS -c requirements/test.txt -o requirements/runtime.txt pyproject.toml
$COMPILE $OPTS --extra package -c requirements/runtime.txt -o requirements/package.txt pyproject.toml
