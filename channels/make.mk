# Gateway targets, included by the lead's Makefile (`include channels/make.mk`).

GW_VENV := .venv-gateway
GW_PY := $(GW_VENV)/bin/python
GW_PYBABEL := $(GW_VENV)/bin/pybabel
GW_LOCALES := locales
GW_DOMAIN := messages
GW_LANGS := hy ru en
GW_POT := $(GW_LOCALES)/$(GW_DOMAIN).pot

.PHONY: gateway-venv gateway-test gateway-test-all gateway-run locales report bench-report

$(GW_VENV)/.installed: requirements/gateway.txt
	test -x $(GW_PY) || python3 -m venv $(GW_VENV)
	$(GW_VENV)/bin/pip install -q -r requirements/gateway.txt
	touch $@

gateway-venv: $(GW_VENV)/.installed

# Extract the template, merge it into the three catalogs, compile them (.mo are not in git).
# No template header and no creation date in the catalogs, so that re-running leaves git clean.
locales: gateway-venv
	$(GW_PYBABEL) -q extract -F channels/babel.cfg -k _ -k N_ --no-location --sort-output \
		--omit-header -o $(GW_POT) channels
	for l in $(GW_LANGS); do \
		test -f $(GW_LOCALES)/$$l/LC_MESSAGES/$(GW_DOMAIN).po || \
			$(GW_PYBABEL) -q init -D $(GW_DOMAIN) -i $(GW_POT) -d $(GW_LOCALES) -l $$l; \
		$(GW_PYBABEL) -q update -N --no-fuzzy-matching -D $(GW_DOMAIN) \
			-i $(GW_POT) -d $(GW_LOCALES) -l $$l; \
		sed -i '/^"POT-Creation-Date:/d' $(GW_LOCALES)/$$l/LC_MESSAGES/$(GW_DOMAIN).po; \
	done
	$(GW_PYBABEL) -q compile -D $(GW_DOMAIN) -d $(GW_LOCALES)

# The handoff's tests (tests/channels/handoff/) run in its own handoff-test target.
gateway-test: locales chromium
	$(GW_VENV)/bin/pytest -q tests/channels --ignore=tests/channels/handoff

# Tests of the gateway and the handoff together, in one session (one engine start).
gateway-test-all: locales chromium
	$(GW_VENV)/bin/pytest -q tests/channels

gateway-run: locales
	$(GW_PY) -m channels

# The editor's to-do (issue 11) from DATABASE_URL: report.html and CSV files in OUT.
# make report SINCE=2026-11-01 UNTIL=2026-11-30 OUT=var/report STALE_DAYS=180 (default: the last 30 days)
report: gateway-venv
	$(GW_PY) -m channels.report $(if $(SINCE),--since $(SINCE)) $(if $(UNTIL),--until $(UNTIL)) \
		--out $(or $(OUT),var/report) $(if $(STALE_DAYS),--stale-days $(STALE_DAYS))

# How long the report takes on 100,000 stored questions: docs/bench/report-speed.md (a benchmark, not a test).
# BENCH_ARGS='--backend sqlite' for one database, '--questions 20000' for a smaller run, '--profile'.
bench-report: gateway-venv
	$(GW_PY) bench/report_speed.py $(BENCH_ARGS)
