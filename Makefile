# The two commands: `make demo` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: demo test test-later lint bench bench-large load docs golden screenshots clean fuzz

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

# The same suite with the clock 400 days ahead: a test that only passes today fails here.
test-later: $(STAMP_TEST)
	$(BIN)/python -m pytest -n 2 --dist loadgroup --later 400

# The readers, the review engine and the outbox races at 10,000 examples (or hundreds of races).
fuzz: $(STAMP_TEST)
	AFTERWORD_FUZZ=1 $(BIN)/python -m pytest -m fuzz -n 2 --dist loadgroup -p no:cacheprovider -q

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/vulture

bench: $(STAMP_TEST)
	$(BIN)/python -m benchmarks

# The schedule figures at 100,000 interviews too (seeding alone takes minutes).
bench-large: $(STAMP_TEST)
	AFTERWORD_BENCH_LARGE=1 $(BIN)/python -m benchmarks schedule

# Hosted mode at scale on PostgreSQL: 10,000 users, 100,000 interviews, 1,000,000 messages
# (seeded with COPY), and the same figures at 1,000 and 10,000 interviews first. Minutes.
load: $(STAMP_TEST)
	$(BIN)/python -m benchmarks.load --growth

docs: $(STAMP_TEST)
	$(BIN)/python -m afterword.docs

# Rewrite the whole-output files of `afterword review` (tests/review/golden) after a change.
golden: $(STAMP_TEST)
	AFTERWORD_REGEN_GOLDEN=1 $(BIN)/python -m pytest tests/review/test_golden.py -q -p no:cacheprovider

clean:
	rm -rf $(VENV) build *.egg-info
