# notegen — two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: demo test lint check-pango venv install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

check-pango:
	@$(PYTHON) -c "import ctypes.util, sys; sys.exit(0 if ctypes.util.find_library('pango-1.0') else 1)" || { \
	  echo "Error: Pango is missing; WeasyPrint needs it to lay out PDF inserts."; \
	  echo "  Debian/Ubuntu: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"; \
	  echo "  Fedora: sudo dnf install pango   macOS: brew install pango"; exit 2; }

install: $(BIN)/python check-pango
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python check-pango
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	@rm -rf $(OUT) && mkdir -p $(OUT)
	$(BIN)/notegen check samples/*/orders.*
	@# The sample shops give codes, which are made from a shop secret; a real shop sets its own.
	NOTEGEN_SECRET=demo-secret $(BIN)/notegen render samples/de-wollwerk/orders.csv \
	  --config samples/de-wollwerk/notegen.toml --to email -o $(OUT)/outbox --now 2026-11-25T08:00:00+01:00
	NOTEGEN_SECRET=demo-secret $(BIN)/notegen render samples/fr-atelier/orders.json \
	  --config samples/fr-atelier/notegen.toml --to email -o $(OUT)/outbox-fr --now 2026-11-25T08:00:00+01:00
	$(BIN)/notegen render samples/en-harbour-trust/orders.jsonl \
	  --config samples/en-harbour-trust/notegen.toml --to email -o $(OUT)/outbox-en --now 2026-11-25T08:00:00+00:00
	NOTEGEN_SECRET=demo-secret $(BIN)/notegen render samples/de-wollwerk/orders.csv \
	  --config samples/de-wollwerk/notegen.toml --to pdf -o $(OUT)/inserts.pdf --now 2026-11-25T08:00:00+01:00
	@echo "Demo done: emails in $(OUT)/outbox*/ (open the .html files), inserts in $(OUT)/inserts.pdf"

lint: install-test
	$(BIN)/ruff check notegen tests
	$(BIN)/ruff format --check notegen tests
	$(BIN)/mypy --strict notegen
	$(BIN)/lint-imports --no-cache

test: lint
	$(BIN)/pytest -q

bench: install-test
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python tests/bench/lint_corpus.py
	for script in tests/bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) $(OUT) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
