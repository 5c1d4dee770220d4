# Two commands for a fresh machine: `make demo` and `make test`. Everything else supports them.
SHELL := /bin/bash
VENV ?= .venv
PYTHON := $(VENV)/bin/python
PIP := $(PYTHON) -m pip --disable-pip-version-check --quiet
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?= -n auto

.PHONY: demo test install install-dev migrate load-demo serve-dev lint format messages check-messages clean

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

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PYTHON) manage.py migrate --noinput

load-demo: migrate
	$(PYTHON) manage.py load_demo

## Bring up the site with demo content in all seven languages.
demo: load-demo
	@echo "Starting the site at http://$(HOST):$(PORT)/ (stop with Ctrl+C)"
	$(PYTHON) manage.py runserver $(HOST):$(PORT)

## Run the whole test suite (browser tests too, when Debian's Chromium is installed).
test: install-dev
	$(PYTHON) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Re-extract interface strings into locale/ and compile them (needs GNU gettext).
messages: install
	$(PYTHON) manage.py makemessages --all --no-obsolete --add-location=file --ignore=.venv --ignore=tests --ignore=scripts --ignore=bench
	$(PYTHON) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected .pytest_cache
