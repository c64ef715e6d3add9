# Everything a fresh machine needs: python3. `make demo` and `make test` create or refresh .venv.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out/us-withdrawal-2026-01

.PHONY: demo test lint bench browser clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/activate
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# Korean readings of characters (pipeline/knowledge/korean.py): hanja needs only PyYAML, a dependency
	# of ours, but its metadata pins PyYAML==6.0.1 and lists pytest, pytest-cov and coveralls as requirements
	$(BIN)/python -m pip install --quiet --no-deps 'hanja>=0.15'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/crosscheck run examples/us-withdrawal-2026-01 --out $(OUT)

browser:
	bash .ci/ensure-chromium

test: $(VENV)/.installed browser
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check sources pipeline reports tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
