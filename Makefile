# Two commands for a fresh machine: `make demo` and `make test`. Everything else supports them.
SHELL := /bin/bash
VENV ?= .venv
PYTHON := $(VENV)/bin/python
PIP := $(PYTHON) -m pip --disable-pip-version-check --quiet
HOST ?= 127.0.0.1
PORT ?= 8000
# Where the site runs, for its links (emails, sitemap, the Wagtail site): HOST and PORT, with
# 127.0.0.1 for a server that listens on all interfaces. SITE_URL=... names another address.
SITE_HOST = $(if $(filter 0.0.0.0 :: [::],$(HOST)),127.0.0.1,$(HOST))
SITE_URL ?= http://$(SITE_HOST):$(PORT)
PYTEST_ARGS ?= -n auto --dist loadgroup

.PHONY: demo test test-fast screenshots install install-dev install-production migrate load-demo serve serve-dev lint format messages check-messages clean

$(VENV)/bin/python:
	@python_bin="$$(scripts/find-python)" || exit 1; \
	echo "Creating $(VENV) with $$python_bin"; \
	"$$python_bin" -m venv $(VENV)
	@$(PIP) install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[dev]"
	@touch $@

$(VENV)/.installed-production: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[production]"
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
install-production: $(VENV)/.installed-production

migrate: install
	SITE_URL="$(SITE_URL)" $(PYTHON) manage.py migrate --noinput

load-demo: migrate
	SITE_URL="$(SITE_URL)" $(PYTHON) manage.py load_demo

## Bring up the site with demo content in all seven languages.
demo: load-demo
	@echo "Starting the site at $(SITE_URL)/ (stop with Ctrl+C)"
	$(if $(filter-out $(HOST),$(SITE_HOST)),@echo "Listening on all interfaces ($(HOST):$(PORT)); links use $(SITE_URL). For other machines: SITE_URL=http://<this machine>:$(PORT) and ALLOWED_HOSTS.")
	SITE_URL="$(SITE_URL)" $(PYTHON) manage.py runserver $(HOST):$(PORT)

## Run the site the production way: gunicorn, whitenoise, production settings.
## Without ALLOWED_HOSTS in the environment it is a local try-out on http://$(HOST):$(PORT)/
## (generated secret key in .serve-secret, plain http, media served by the app, demo content
## loaded into an empty database). With ALLOWED_HOSTS set, nothing is relaxed: the
## environment configures it (README, "Deployment").
serve: install-production
	@set -e; \
	export DJANGO_SETTINGS_MODULE=network_site.settings.production HOST="$(HOST)" PORT="$(PORT)"; \
	if [ -z "$${ALLOWED_HOSTS:-}" ]; then \
		echo "Local try-out (set ALLOWED_HOSTS for a real deployment)"; \
		if [ -z "$${SECRET_KEY:-}" ]; then \
			[ -s .serve-secret ] || (umask 077; $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > .serve-secret); \
			export SECRET_KEY="$$(cat .serve-secret)"; \
		fi; \
		export ALLOWED_HOSTS="127.0.0.1,localhost" \
			SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-0}" SECURE_COOKIES="$${SECURE_COOKIES:-0}" \
			SERVE_MEDIA="$${SERVE_MEDIA:-1}" \
			SITE_URL="$(SITE_URL)"; \
		: "No proxy in front: X-Forwarded-For comes from the client, it must not count."; \
		export NUMBER_OF_PROXIES=0; \
		local_try_out=1; \
	fi; \
	$(PYTHON) manage.py migrate --noinput; \
	if [ -n "$${local_try_out:-}" ] && ! $(PYTHON) manage.py shell -v 0 -c \
		"import sys; from home.models import HomePage; sys.exit(0 if HomePage.objects.exists() else 1)"; then \
		$(PYTHON) manage.py load_demo; \
	fi; \
	$(PYTHON) manage.py collectstatic --noinput -v 0; \
	echo "Starting gunicorn on $(HOST):$(PORT) for $${SITE_URL:-(SITE_URL not set)}/ (stop with Ctrl+C)"; \
	exec $(VENV)/bin/gunicorn -c network_site/gunicorn.conf.py

## Run the whole test suite (browser tests too, when Debian's Chromium is installed).
test: install-dev
	$(PYTHON) -m pytest $(PYTEST_ARGS)

## The quick loop while working: everything but the browser tests and the slow ones (query
## growth, tests that start processes). `make test` runs them all, as CI does.
test-fast: install-dev
	$(PYTHON) -m pytest $(PYTEST_ARGS) -m "not browser and not slow"

## Full-page screenshots of every page type in de, ar and uk at 390 and 1280 px into
## screenshots/ (git-ignored): starts the demo on its own database (screenshots/.demo/), takes
## them with Debian's Chromium, prints the list and stops the server (scripts/screenshots.py).
screenshots: install-dev
	$(PYTHON) scripts/screenshots.py $(SCREENSHOT_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Re-extract interface strings into locale/ and compile them (needs GNU gettext).
## German is the source language, yet locale/de is kept: it carries the German of Wagtail's and
## wagtail-localize's own strings (core/dependency_strings.py). djangojs holds the strings of
## the admin's scripts and of wagtail-localize's translation editor (core/dependency_strings.js).
MESSAGES_IGNORE := --ignore=.venv --ignore=tests --ignore=scripts --ignore=bench --ignore=static_collected --ignore=media
messages: install
	mkdir -p locale/de/LC_MESSAGES
	$(PYTHON) manage.py makemessages --all --no-obsolete --add-location=file $(MESSAGES_IGNORE)
	$(PYTHON) manage.py makemessages --all --domain djangojs --no-obsolete --add-location=file $(MESSAGES_IGNORE)
	$(PYTHON) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected .pytest_cache
