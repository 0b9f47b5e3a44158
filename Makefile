# accord-kg: two entry points, both work on a fresh machine with Python 3.11+.
#   make demo  - build the seed article's graph into out/ (Turtle, JSON-LD, HTML view)
#   make test  - install test dependencies (incl. Debian's chromium), lint, type-check, run all tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := data/articles/geekwire-2018-04-17.txt

.PHONY: demo test lint typecheck unit install install-test browser bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test browser

# Headless Chromium comes from Debian's package (never a browser download).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

demo: install
	mkdir -p out
	$(BIN)/kg build $(SEED) -o out/accord.ttl -o out/accord.jsonld -o out/accord.html
	$(BIN)/kg stats out/accord.ttl

lint: install-test
	$(BIN)/ruff check kg tests benchmarks examples tools

typecheck: install-test
	$(BIN)/mypy kg

unit: install-test
	$(BIN)/pytest -n 2 -q

test: lint typecheck unit

bench: install-test
	$(BIN)/python -m benchmarks

eval: install
	$(BIN)/python ../shared/tools/cq_eval.py --kg $(BIN)/kg ../shared/corpus/dev

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
