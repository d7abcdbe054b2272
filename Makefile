# The one way in. `make report` renders the workbook on data/; `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv browser test test-unit test-notebooks notebooks lab report clean

venv: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Debian's chromium for the browser test of rendered reports (no browser download at run time).
browser:
	bash scripts/install-browser.sh

test: test-unit test-notebooks

test-unit: $(STAMP) browser
	$(BIN)/python -m pytest -q tests

test-notebooks: $(STAMP)
	$(BIN)/python -m pytest -q --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider notebooks

# Re-execute the committed notebooks top to bottom after changing them (then commit them).
notebooks: $(STAMP)
	$(BIN)/python scripts/execute_notebooks.py

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

report: $(STAMP)
	$(BIN)/python -m analysis report data --out reports

clean:
	rm -rf reports .pytest_cache
