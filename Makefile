# casecheck: two commands on a fresh machine.
#   make run   set up, train a default model if none is registered, serve on http://127.0.0.1:8000
#              (CASECHECK_WORKERS worker processes; default one per CPU core)
#   make test  set up and run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
# pytest-xdist workers for make test: one per core
TEST_JOBS ?= auto

.PHONY: install model run serve test lint fmt bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

model: install
	$(BIN)/casecheck train --if-missing

run: model
	$(BIN)/casecheck serve --host $(HOST) --port $(PORT)

serve: run

test: install
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile --no-loadscope-reorder

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

fmt: install
	$(BIN)/ruff format .

bench: model
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) var test-output
