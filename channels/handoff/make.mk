# Staff handoff targets, included by the lead's Makefile (`include channels/handoff/make.mk`).
# Uses the gateway's environment (GW_* from channels/make.mk when it is included first).

HO_VENV ?= $(if $(GW_VENV),$(GW_VENV),.venv-gateway)
HO_PYBABEL := $(HO_VENV)/bin/pybabel
HO_LOCALES := locales
HO_DOMAIN := handoff
HO_LANGS := hy ru en
HO_POT := $(HO_LOCALES)/$(HO_DOMAIN).pot

.PHONY: handoff-locales handoff-test

# With the gateway's make.mk included, its venv target builds the environment first.
HO_BASE := $(if $(GW_VENV),gateway-venv,)

$(HO_VENV)/.handoff-installed: requirements/gateway.txt requirements/handoff.txt | $(HO_BASE)
	test -x $(HO_VENV)/bin/python || python3 -m venv $(HO_VENV)
	$(HO_VENV)/bin/pip install -q -r requirements/gateway.txt -r requirements/handoff.txt
	touch $@

# Extract the staff/person strings of channels/handoff/ into their own domain, merge them
# into the three catalogs and compile (.mo files are not in git). Running it twice leaves
# git clean: no header, no locations, sorted.
handoff-locales: $(HO_VENV)/.handoff-installed
	$(HO_PYBABEL) --quiet extract --no-default-keywords -k _t:2 -k staff:2 --no-location \
		--sort-output --omit-header -o $(HO_POT) channels/handoff
	for l in $(HO_LANGS); do \
		test -f $(HO_LOCALES)/$$l/LC_MESSAGES/$(HO_DOMAIN).po || \
			$(HO_PYBABEL) --quiet init -D $(HO_DOMAIN) -i $(HO_POT) -d $(HO_LOCALES) -l $$l; \
		$(HO_PYBABEL) --quiet update -N --no-fuzzy-matching -D $(HO_DOMAIN) \
			-i $(HO_POT) -d $(HO_LOCALES) -l $$l; \
		sed -i '/^"POT-Creation-Date:/d' $(HO_LOCALES)/$$l/LC_MESSAGES/$(HO_DOMAIN).po; \
	done
	$(HO_PYBABEL) --quiet compile -D $(HO_DOMAIN) -d $(HO_LOCALES)

# Unit tests of the handoff (SQLite, and PostgreSQL on 127.0.0.1:5432 when it answers) and
# its end-to-end journeys (fake Bot API + real gateway + real engine when they are built).
handoff-test: handoff-locales
	$(HO_VENV)/bin/pytest -q tests/channels/handoff
