# One task runner. `make run` and `make test` are the two commands a newcomer needs.
VENV ?= .venv
PYTHON := $(VENV)/bin/python
# The install is redone only when pyproject.toml changes, so a second `make run` is quick.
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-es lint bench install migrate demo e2e-deps fuzz load storm api-build

$(PYTHON):
	python3 -m venv $(VENV)

$(STAMP): $(PYTHON) pyproject.toml
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

migrate: install
	mkdir -p var
	$(PYTHON) manage.py migrate --no-input

demo: migrate
	$(PYTHON) manage.py load_demo_content

run: demo
	$(PYTHON) manage.py ensure_admin
	$(PYTHON) manage.py runserver $(HOST):$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=config.settings.test $(PYTHON) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PYTHON) manage.py makemigrations --check --dry-run

test: lint
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# The Elasticsearch suite against a real Elasticsearch 8 (README, "Elasticsearch:
# the live suite"): ELASTICSEARCH_URL must point at it; a missing server fails.
test-es: install
	ES_LIVE_REQUIRED=1 $(VENV)/bin/pytest tests/search/test_elasticsearch_live.py -p no:cacheprovider $(PYTEST_ARGS)

# From npm (package.json): axe-core for the accessibility browser tests in tests/e2e/, openapi-typescript
# and typescript for the typed-client check (tests/headless/test_typescript_client.py).
e2e-deps:
	npm install --no-audit --no-fund

bench: install
	$(PYTHON) -m bench

# Schema fuzzing beyond CI's 30 cases per operation: 300 per operation (over 5,000
# cases, positive and negative); the tally goes to var/fuzz.json and docs/security.md.
fuzz: install
	mkdir -p var
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-300} FUZZ_REPORT=var/fuzz.json $(VENV)/bin/pytest -q -p no:randomly \
		tests/security/test_schemathesis.py $(PYTEST_ARGS)
	$(PYTHON) -m bench.fuzz_report var/fuzz.json

# 60 s at 64 connections against an API listing, a publication page and search, on
# gunicorn (4 workers) with PostgreSQL and Redis; results in docs/benchmarks.md.
load: install
	$(PYTHON) -m bench.load

# The demo site in six languages built from the API alone, counting requests (docs/api.md).
api-build: install
	API_BUILD=1 $(VENV)/bin/pytest -q -s -p no:randomly tests/headless/test_api_build.py $(PYTEST_ARGS)

# The donation webhook storm at 10,000 deliveries (CI runs 2,000) on PostgreSQL:
# DATABASE_URL must point at a PostgreSQL server (tests/donate/test_concurrency.py).
storm: install
	STORM_DELIVERIES=$${STORM_DELIVERIES:-10000} $(VENV)/bin/pytest -q -s -p no:cacheprovider \
		tests/donate/test_concurrency.py $(PYTEST_ARGS)
