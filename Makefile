# Set-up and checks on a fresh machine: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= warscribe.db

.PHONY: demo test install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-dev: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,dask]'

demo: install
	$(BIN)/warscribe ingest src/warscribe/data/samples/ --db $(DB)
	$(BIN)/warscribe events --db $(DB)

test: install-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

clean:
	rm -rf build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis
	rm -f $(DB) $(DB)-wal $(DB)-shm
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
