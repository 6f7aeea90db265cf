# newsbot: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MONGO_DIR ?= .run/mongo
MONGO_PORT ?= 27017
# Extra arguments for `make crawl`, e.g. CRAWL_ARGS="-s CLOSESPIDER_ITEMCOUNT=500"
CRAWL_ARGS ?=
PYTEST_ARGS ?=
# Extra arguments for `make bench`, e.g. BENCH_ARGS="--pages 1000 --rounds 2"
BENCH_ARGS ?=
# Extra arguments for `make bench-quality`, e.g. BENCH_QUALITY_ARGS="--pages 20 --no-realpages"
BENCH_QUALITY_ARGS ?=

export PATH := $(PATH):/usr/local/go/bin

.PHONY: setup crawl test test-fast lint test-services demo replay mongo-up mongo-down clean bench

setup: $(INSTALLED)

$(INSTALLED): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

crawl: setup
	mkdir -p data
	$(BIN)/scrapy crawl laodongthudo -O data/laodongthudo.jsonl $(CRAWL_ARGS)

# Debian packages the tests start for real: Chromium (rendering), Redis (scale-out),
# curl (the Scrapyd calls of docs/operations.md), nginx and wrk (the benchmark's smoke test).
# Each package installs a command of its own name.
TEST_PACKAGES := chromium redis-server curl nginx wrk

test-services:
	@missing=""; for package in $(TEST_PACKAGES); do \
		command -v $$package >/dev/null || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages for the tests:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null \
		|| { echo "make test needs:$$missing (apt-get install -y$$missing, as root)" >&2; exit 1; }; \
	fi

test: setup test-services
	@# The test MongoDB server: built once (about 2 minutes) unless MONGO_URI or a mongod is there.
	@if [ -z "$$MONGO_URI" ] && ! command -v mongod >/dev/null; then $(BIN)/python -m harness.services.mongo build; fi
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The unit tests (well under a minute): no services, no Go, no root. The markers are in pytest.ini.
FAST_TESTS := not (mongo or redis or scrapyd or browser or nginx or crawl)
test-fast: setup
	$(BIN)/python -m pytest -m "$(FAST_TESTS)" $(PYTEST_ARGS)

# Style, imports and likely bugs (ruff), types (mypy) and dead code (vulture); all configured in pyproject.toml.
lint: setup
	$(BIN)/ruff check newsbot bench harness tests vulture_whitelist.py
	$(BIN)/mypy newsbot
	$(BIN)/vulture

demo: setup
	$(BIN)/python -m harness.demo

replay: setup
	$(BIN)/scrapy replay

mongo-up: setup
	$(BIN)/python -m harness.services.mongo up --port $(MONGO_PORT) --data-dir $(MONGO_DIR)

mongo-down: setup
	$(BIN)/python -m harness.services.mongo down --data-dir $(MONGO_DIR)

clean:
	rm -rf $(VENV) .run .pytest_cache

# What rendering JavaScript pages costs here (a few minutes; installs Chromium when missing and root).
.PHONY: bench-render
bench-render: setup
	$(BIN)/python -m bench.render

# Pages fetched, feed lines and stored articles of crawls killed with SIGKILL and resumed, against a clean crawl.
.PHONY: bench-resume
bench-resume: setup
	$(BIN)/python -m bench.resume

# Where a page's reading time goes, part by part (a minute): e.g. BENCH_READING_ARGS="--benchmark --profile 30".
.PHONY: bench-reading
bench-reading: setup
	$(BIN)/python -m bench.reading $(BENCH_READING_ARGS)

# What an article costs each item pipeline step and the feed export (a minute; no network):
# e.g. BENCH_PIPELINES_ARGS="--mongo --profile 30" (--mongo starts a FerretDB for the store).
BENCH_PIPELINES_ARGS ?=
.PHONY: bench-pipelines
bench-pipelines: setup
	$(BIN)/python -m bench.pipelines $(BENCH_PIPELINES_ARGS)

.PHONY: deploy bench-scale

# Uploads newsbot to the Scrapyd node $SCRAPYD_URL (no trailing slash) as project "newsbot".
# scrapy.cfg reads the credentials from SCRAPYD_USERNAME and SCRAPYD_PASSWORD; unset, they
# expand to nothing (and ~/.netrc is used) rather than to their own names.
deploy: export SCRAPYD_USERNAME ?=
deploy: export SCRAPYD_PASSWORD ?=
deploy: setup
	@test -n "$$SCRAPYD_URL" || { echo "make deploy: set SCRAPYD_URL, e.g. http://scrapyd.example:6800" >&2; exit 2; }
	$(BIN)/scrapyd-deploy

# Pages per second of 1 and 2 crawl processes sharing a Redis frontier, on a large replica.
BENCH_COPIES ?= 20
bench-scale: setup
	$(BIN)/python -m bench.scale --copies $(BENCH_COPIES)

# The crawl benchmark (several minutes): results in bench/results/, the table in docs/performance.md.
bench: setup
	@command -v nginx >/dev/null && command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq nginx wrk) || \
		{ echo "make bench needs nginx and wrk: apt-get install -y nginx wrk"; exit 1; }
	$(BIN)/python -m pip install --quiet -r bench/requirements.txt
	@if [ -z "$$MONGO_URI" ] && ! command -v mongod >/dev/null; then $(BIN)/python -m harness.services.mongo build; fi
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# How right extraction is (a few minutes): the public article-body benchmark and the real pages'
# fields, side by side with trafilatura; results in bench/results/quality-*.json, the table in
# docs/extraction-quality.md. The shared data is found beside the checkout (NEWSBOT_SHARED to set it).
.PHONY: bench-quality
bench-quality: setup
	$(BIN)/python -m pip install --quiet -r bench/requirements.txt
	$(BIN)/python -m bench.quality $(BENCH_QUALITY_ARGS)

# Precision and recall of the stories step on a labelled set of syndicated copies, and its cost with
# 1,000 / 10,000 / 100,000 articles in FerretDB: bench/results/stories-*.json and docs/stories.md.
# BENCH_STORIES_ARGS="--skip-cost" measures quality only (seconds).
BENCH_STORIES_ARGS ?=
.PHONY: bench-stories
bench-stories: setup
	$(BIN)/python -m pip install --quiet -r bench/requirements.txt
	@if [ -z "$$MONGO_URI" ] && ! command -v mongod >/dev/null; then $(BIN)/python -m harness.services.mongo build; fi
	$(BIN)/python -m bench.stories $(BENCH_STORIES_ARGS)
