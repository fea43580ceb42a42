# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DEMO_DB ?= out/demo.db
PORT ?= 8000

.PHONY: setup demo test test-e2e eval bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,e2e]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	mkdir -p out
	rm -f $(DEMO_DB)
	$(BIN)/newsgraph ingest src/newsgraph/data/sample --db $(DEMO_DB)
	$(BIN)/newsgraph entities --db $(DEMO_DB) --limit 15
	$(BIN)/newsgraph export --db $(DEMO_DB) --format json -o out/demo.json
	$(BIN)/newsgraph serve --db $(DEMO_DB) --port $(PORT)

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/pytest -q

test-e2e: $(STAMP)
	$(BIN)/pytest -q -m e2e tests/e2e

eval: $(STAMP)
	mkdir -p out
	rm -f out/eval.db
	$(BIN)/newsgraph ingest src/newsgraph/data/sample --db out/eval.db --quiet
	$(BIN)/newsgraph export --db out/eval.db --format json -o out/eval.json
	$(PYTHON) $(SHARED)/eval/score.py out/eval.json --misses
	$(BIN)/python -m newsgraph.evaluation.devgold --articles $(SHARED)/bench/articles.jsonl
	$(BIN)/python -m newsgraph.evaluation.probes
	$(BIN)/python -m newsgraph.evaluation.probes --file tests/data/probes_heldout.yaml
	$(BIN)/python -m newsgraph.evaluation.probes --file tests/data/probes_heldout2.yaml
	$(BIN)/python -m newsgraph.evaluation.summaries
	$(BIN)/python -m newsgraph.evaluation.summaries --file tests/data/summaries_heldout.yaml

bench: $(STAMP)
	$(BIN)/python -m benchmarks --shared $(SHARED)

clean:
	rm -rf $(VENV) out build *.egg-info
