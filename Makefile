# Two commands for a newcomer: `make run` (practice mode) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test install bench clean package selftest

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

install: $(STAMP_RUN)

run: $(STAMP_RUN)
	$(PY) -m dollr_desktop

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# Each benchmark prints `name: value` lines; they take a few minutes in all.
bench: $(STAMP_TEST)
	for script in benchmarks/*.py; do echo "# $$script"; QT_QPA_PLATFORM=offscreen $(PY) $$script || exit 1; done

selftest: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(PY) -m dollr_desktop --self-test

package: $(STAMP_RUN)
	$(PY) -m pip install --quiet -e '.[package]'
	PY=$(PY) sh packaging/build_linux.sh
	QT_QPA_PLATFORM=offscreen dist/dollr-desktop/dollr-desktop --self-test

clean:
	rm -rf $(VENV) build dist *.egg-info
