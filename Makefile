# The same commands for a person, CI and pre-commit. `make run` and `make test` are the two in README.
SHELL := /bin/bash
UV ?= uv
LINT_DIR := tests/neo4j_lint

.PHONY: run setup test check lint-deps browser-deps bench eval format

setup:
	python3 -m pip install --quiet uv
	$(UV) sync --frozen

## main job: ingest the bundled sample corpus into the embedded store and serve GraphQL
run: setup
	$(UV) run --frozen diplograph ingest corpus/
	$(UV) run --frozen diplograph serve --host 0.0.0.0 --port 8000

lint-deps:
	cd $(LINT_DIR) && npm ci --no-audit --no-fund --silent

browser-deps:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

check:
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy

## tests: install everything they need, lint and type-check, then run the suite
test: setup lint-deps browser-deps check
	$(UV) run --frozen pytest -q

format:
	$(UV) run --frozen ruff format .
	$(UV) run --frozen ruff check --fix .

eval:
	$(UV) run --frozen diplograph eval corpus/
	$(UV) run --frozen diplograph eval eval/dev/

bench:
	$(UV) run --frozen python -m bench
