# The two commands of the README:
#   make serve   set up, validate the glossary, build the site and serve it with live reload
#   make test    set up (Python packages, Debian chromium and fonts) and run every test
# Both work on a fresh machine: everything they need is installed from here.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: serve build validate test bench setup system-deps clean

serve: setup
	$(BIN)/kb validate --report
	$(BIN)/kb serve

build: setup
	$(BIN)/kb build

validate: setup
	$(BIN)/kb validate --strict --report

test: setup system-deps
	$(BIN)/python -m pytest

bench: setup system-deps
	$(BIN)/python bench/run.py

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Debian's chromium (Playwright drives it; it cannot download its own browser
# here) and fonts with Thai and Traditional Chinese glyphs for the screenshots.
system-deps:
	@bash scripts/install-system-deps.sh

clean:
	rm -rf $(VENV) site build .pytest_cache
