# Two commands for a newcomer: `make run` (practice mode) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

LOCK_RUN := requirements/runtime.txt
LOCK_TEST := requirements/test.txt
LOCK_PACKAGE := requirements/package.txt
# The bundle is built in a fresh venv holding only the runtime lock + PyInstaller.
PACKAGE_VENV := build/package-venv
LOCK_TOOLS := build/lock-tools

.PHONY: run test install bench clean package selftest lock lock-upgrade lock-check

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Exact versions from the lock files (requirements/*.txt); pyproject.toml's ranges ride along so a
# dependency added there before `make lock` still installs (and tests/unit/test_lock_files.py says
# the lock is stale).
$(STAMP_RUN): pyproject.toml $(LOCK_RUN) | $(PY)
	$(PY) -m pip install --quiet -r $(LOCK_RUN) -e .
	touch $@

$(STAMP_TEST): pyproject.toml $(LOCK_TEST) | $(PY)
	$(PY) -m pip install --quiet -r $(LOCK_TEST) -e '.[test]'
	touch $@ $(STAMP_RUN)

# The one command that regenerates the lock files after pyproject.toml changes (keeps the pins that
# still fit; `make lock-upgrade` moves all to the newest). Needs the package index (pip-tools).
$(LOCK_TOOLS)/bin/pip-compile:
	$(PYTHON) -m venv $(LOCK_TOOLS)
	$(LOCK_TOOLS)/bin/python -m pip install --quiet pip-tools

lock: $(LOCK_TOOLS)/bin/pip-compile
	COMPILE=$(LOCK_TOOLS)/bin/pip-compile sh requirements/lock.sh

lock-upgrade: $(LOCK_TOOLS)/bin/pip-compile
	COMPILE=$(LOCK_TOOLS)/bin/pip-compile LOCK_OPTS=--upgrade sh requirements/lock.sh

# Fails when pyproject.toml declares something the lock files do not pin (or pin outside its range).
lock-check: $(STAMP_TEST)
	$(PY) -m pytest -q -p no:cacheprovider tests/unit/test_lock_files.py

install: $(STAMP_RUN)

run: $(STAMP_RUN)
	$(PY) -m dollr_desktop.platform_check
	$(PY) -m dollr_desktop

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n auto --dist loadfile

# Each benchmark prints `name: value` lines; they take a few minutes in all.
bench: $(STAMP_TEST)
	for script in benchmarks/*.py; do echo "# $$script"; QT_QPA_PLATFORM=offscreen $(PY) $$script || exit 1; done

selftest: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(PY) -m dollr_desktop --self-test

# From a clean, runtime-only environment built from the lock (no test tools ride along), then the
# bundle's self-test offscreen and under a real X server (xvfb-run), its size and cold start.
package:
	rm -rf $(PACKAGE_VENV)
	$(PYTHON) -m venv $(PACKAGE_VENV)
	$(PACKAGE_VENV)/bin/python -m pip install --quiet -r $(LOCK_PACKAGE)
	$(PACKAGE_VENV)/bin/python -m pip check
	PY=$(PACKAGE_VENV)/bin/python sh packaging/build_linux.sh
	$(PYTHON) packaging/check_bundle.py dist/dollr-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info
