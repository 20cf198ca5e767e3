# The two commands: `make demo` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: demo test lint bench docs screenshots clean fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,llm]'
	touch $@ $(STAMP_RUN)

demo: $(STAMP_RUN)
	$(BIN)/afterword demo --db $(VENV)/demo.sqlite3 examples/northwind-panel.yaml

test: $(STAMP_TEST)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# The readers, the review engine and the outbox races at 10,000 examples (or hundreds of races).
fuzz: $(STAMP_TEST)
	AFTERWORD_FUZZ=1 $(BIN)/python -m pytest -m fuzz -n 2 --dist loadgroup -p no:cacheprovider -q

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP_TEST)
	$(BIN)/python -m benchmarks

docs: $(STAMP_TEST)
	$(BIN)/python -m afterword.docs

clean:
	rm -rf $(VENV) build *.egg-info
