# Two commands on a fresh clone: `make run` (the assistant) and `make test` (the tests).
SHELL := /bin/bash
.DEFAULT_GOAL := help

ENGINE_VENV := .venv-engine
MIGRABOT := $(ENGINE_VENV)/bin/migrabot
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2

# Rasa 3.6 needs Python 3.10: take it from PATH, pyenv or the system, in that order.
PY310 := $(shell for c in python3.10 $$(pyenv root 2>/dev/null)/versions/3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do \
	"$$c" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1 && { echo "$$c"; break; }; done)

include channels/make.mk
include channels/handoff/make.mk

.PHONY: help run test check build train train-fast eval lint soak engine-venv engine-test engine-locales python310

help:
	@echo "make run    start the assistant (installs and trains what is missing)"
	@echo "make test   run every test"
	@echo "make check  check the knowledge base;  make train  retrain;  make eval  measure answer quality"
	@echo "make soak   10,000 messages with the gateway and the engine killed at random (under 15 minutes)"
	@echo "make bench  our engine against stock Rasa, long conversations, memory, whole stack (docs/bench/)"
	@echo "make report the editor's to-do from the gateway's database (SINCE=, UNTIL=, OUT=var/report)"

python310:
	@test -n "$(PY310)" || { echo "Python 3.10 is needed for Rasa 3.6: install it with 'pyenv install 3.10.13' (or 'apt-get install python3.10') and run make again." >&2; exit 2; }

$(ENGINE_VENV)/.installed: requirements/engine.txt pyproject.toml | python310
	test -x $(ENGINE_VENV)/bin/python || "$(PY310)" -m venv $(ENGINE_VENV)
	$(ENGINE_VENV)/bin/pip install -q --disable-pip-version-check 'pip==24.2' 'setuptools<70' wheel
	$(ENGINE_VENV)/bin/pip install -q --disable-pip-version-check -r requirements/engine.txt
	$(ENGINE_VENV)/bin/pip install -q --disable-pip-version-check --no-deps -e .
	touch $@

engine-venv: $(ENGINE_VENV)/.installed

check: engine-venv
	$(MIGRABOT) kb check

build: engine-venv
	$(MIGRABOT) build

train: engine-venv
	$(MIGRABOT) train

train-fast: engine-venv
	$(MIGRABOT) train --fast

# With TELEGRAM_BOT_TOKEN set: engine + Telegram gateway. Without: engine + terminal chat.
run: engine-venv
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(MAKE) --no-print-directory gateway-venv locales handoff-locales; fi
	$(MIGRABOT) train >/dev/null
	$(MIGRABOT) run

engine-test: engine-venv
	$(ENGINE_VENV)/bin/pytest -q tests/bot

lint: engine-venv
	$(ENGINE_VENV)/bin/ruff check bot channels tests

test: engine-venv gateway-venv
	$(MIGRABOT) kb check
	$(ENGINE_VENV)/bin/pytest -q tests/bot
	$(MAKE) --no-print-directory handoff-locales gateway-test-all
	$(MAKE) --no-print-directory test-scale

eval: engine-venv
	$(ENGINE_VENV)/bin/python -m bot.evaluation $(EVAL_ARGS)

# Figures go to docs/soak.md; SOAK_ARGS=--people 20 --messages 5 for a short run.
soak: engine-venv gateway-venv locales handoff-locales
	$(GW_VENV)/bin/python tests/soak/soak.py --write $(SOAK_ARGS)

# Figures go to docs/bench/report.md and report.json (about 20 minutes; see bench/README.md).
# BENCH_ARGS=--quick for a smoke run, BENCH_ARGS='--only engine' for one part (both to var/bench/).
.PHONY: bench
bench: engine-venv gateway-venv locales handoff-locales
	$(GW_VENV)/bin/python bench/bench.py $(BENCH_ARGS)

# Two gateways and two engines behind HAProxy on PostgreSQL and Redis, replicas killed under load.
.PHONY: test-scale haproxy
haproxy:
	@command -v haproxy >/dev/null || test -x /usr/sbin/haproxy || { \
		echo "installing HAProxy (Debian package haproxy)"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null || \
		{ echo "HAProxy is needed for make test-scale: apt-get install haproxy" >&2; exit 2; }; }

# Debian's Chromium: the report tests render report.html in it (Playwright drives it; nothing downloaded).
.PHONY: chromium
chromium:
	@test -x /usr/bin/chromium || { \
		echo "installing Chromium (Debian package chromium)"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null || \
		{ echo "Chromium is needed for the report tests: apt-get install chromium" >&2; exit 2; }; }

test-scale: engine-venv gateway-venv locales handoff-locales haproxy
	$(GW_VENV)/bin/python -m pytest -q tests/scale

# Two engine replicas against one behind HAProxy (PostgreSQL + Redis): docs/bench/replicas.md.
.PHONY: bench-replicas
bench-replicas: engine-venv gateway-venv haproxy
	$(GW_VENV)/bin/python bench/replicas.py $(BENCH_ARGS)
