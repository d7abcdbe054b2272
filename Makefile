# The one way in. `make report` renders the workbook on data/; `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every package at an exact version with its hashes, made from requirements.txt by `make lock`.
LOCK := requirements.lock
# The installer itself, pinned with its hashes and installed first (why: in the file).
PIP_LOCK := requirements-pip.lock
# The lock tool, pinned, in a venv of its own: it is not a dependency of the workbook.
LOCK_TOOL := uv==0.13.9
LOCK_VENV := .venv-lock
# Python 3.11.5 is the oldest 3.11 that every locked package supports (soupsieve 4.1 needs it).
LOCK_TARGET := --python-version 3.11.5 --python-platform x86_64-unknown-linux-gnu

.PHONY: venv lock browser test test-unit test-notebooks notebooks lab report clean

venv: $(STAMP)

$(STAMP): $(LOCK) $(PIP_LOCK) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(PIP_LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Refresh the lock after editing requirements.txt. Versions already locked are kept unless requirements.txt
# asks for others; `make lock UPGRADE=--upgrade` moves every package to its newest release. Then `make venv`.
lock:
	test -x $(LOCK_VENV)/bin/python || $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet $(LOCK_TOOL)
	$(LOCK_VENV)/bin/uv pip compile requirements.txt --output-file $(LOCK) --generate-hashes $(LOCK_TARGET) \
		--custom-compile-command "make lock" --quiet $(UPGRADE)

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

# Jupyter refuses to start as root unless told to (the usual case in a container): --allow-root only then.
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

report: $(STAMP)
	$(BIN)/python -m analysis report data --out reports

clean:
	rm -rf reports .pytest_cache
