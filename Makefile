# Set-up and checks on a fresh machine: `make demo`, `make test`.
# The interpreter both virtual environments are made with: the fastest usable one on this machine (a distribution's
# optimised build codes about a fifth faster than a default source build of the same release: scripts/pick_python.py),
# `python3` when none qualifies. `make PYTHON=...` chooses another. Read only when an environment is created.
PYTHON ?= $(shell python3 scripts/pick_python.py 2>/dev/null || echo python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= warscribe.db

.PHONY: demo test install install-dev web-assets screenshots clean fast fast-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

WEB := src/warscribe/web

# `cache build`: the gazetteer and the prebuilt tables, built now rather than by the first run
install: $(BIN)/python
	$(BIN)/pip install -q -e '.[web]'
	$(BIN)/warscribe cache build

install-dev: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,web,dask,postgres,parquet]'

# Front-end libraries for `warscribe serve` (Leaflet, markercluster, Natural Earth outlines) from the npm
# registry, into $(WEB)/node_modules (gitignored; served by warscribe itself, never from a CDN).
web-assets: $(WEB)/node_modules/.package-lock.json

$(WEB)/node_modules/.package-lock.json: $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: install web-assets
	$(BIN)/warscribe ingest src/warscribe/data/samples/ --db $(DB)
	$(BIN)/warscribe events --db $(DB)
	@echo "Browse them: $(BIN)/warscribe serve --db $(DB)  (then open http://127.0.0.1:8000/)"

test: install-dev web-assets
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest

# The compiled build: the hot modules (src/warscribe/compiled.py) compiled with mypyc, in a virtual environment
# of its own (.venv-fast/bin/warscribe) so that .venv keeps running the source as edited. Run again after editing
# src/; a C compiler is needed. `fast-check` then holds the compiled build to the source's outputs and floors.
FAST := .venv-fast

$(FAST)/bin/python:
	$(PYTHON) -m venv $(FAST)

fast: $(FAST)/bin/python
	$(FAST)/bin/pip install -q 'setuptools>=77' wheel 'mypy>=2.4,<3' -e '.[dev,web,bench]'
	WARSCRIBE_COMPILE=1 $(FAST)/bin/pip install -q --no-build-isolation --no-deps --force-reinstall .
	$(FAST)/bin/warscribe cache build

# (PYTHONPATH unset: a source tree on it would be imported instead of the build; the compiled tests must run)
fast-check: fast
	env -u PYTHONPATH WARSCRIBE_REQUIRE_COMPILED=1 $(FAST)/bin/python -m pytest -p no:cacheprovider \
		tests/test_compiled.py tests/test_quality_gate.py tests/test_golden_data.py tests/test_eval_seeds.py

# The README's screenshots of `warscribe serve` (map, event page, document page), made by the browser tests.
screenshots: install-dev web-assets
	WARSCRIBE_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/test_web_browser.py

clean:
	rm -rf build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis $(FAST)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	rm -rf $(WEB)/node_modules
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
