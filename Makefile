# Coordinator: `make run` opens the app, `make test` runs every check.
# Both create .venv on first use and install the pinned versions from requirements/.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
LRELEASE := $(BIN)/pyside6-lrelease
LUPDATE := $(BIN)/pyside6-lupdate
TS_SOURCES := $(shell find coordinator -name '*.py')

.PHONY: run system test lint typecheck pytest translations lock bench clean

# Says which system packages are missing (one apt-get line) before venv or Qt fail on it.
$(PY):
	$(PYTHON) tools/check_system.py --venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: $(PY) pyproject.toml requirements/run.txt
	$(PY) -m pip install --quiet -c requirements/run.txt -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.run-installed requirements/dev.txt
	$(PY) -m pip install --quiet -c requirements/dev.txt -e '.[dev]'
	touch $@

# `system` comes first: what the window needs is said before minutes of installing.
run: system $(VENV)/.run-installed
	$(PY) -m coordinator

system:
	@$(PYTHON) tools/check_system.py --window $(if $(wildcard $(PY)),,--venv)

test: $(VENV)/.dev-installed lint typecheck pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check coordinator tests tools

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

pytest: $(VENV)/.dev-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# Department-scale benchmark: builds .bench/ once (about 30 s), then prints the table.
bench: $(VENV)/.dev-installed
	QT_QPA_PLATFORM=offscreen $(PY) tools/bench.py

# Refresh the .ts sources from the code, then compile them to the .qm files the app loads.
translations: $(VENV)/.dev-installed
	$(LUPDATE) $(TS_SOURCES) -ts resources/translations/coordinator_vi.ts -no-obsolete
	$(PY) tools/fill_translations.py resources/translations/coordinator_vi.ts
	$(LRELEASE) resources/translations/coordinator_vi.ts -qm resources/translations/coordinator_vi.qm
	$(LRELEASE) resources/translations/qtbase_vi.ts -qm resources/translations/qtbase_vi.qm

# Re-pin every dependency (needs network); commit the result.
lock: $(PY)
	$(PY) -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links -o requirements/run.txt pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links --extra dev -o requirements/dev.txt pyproject.toml

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
