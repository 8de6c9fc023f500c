# Two commands on a fresh machine: `make run` starts the wizard, `make test` runs everything.
# Both install what they need: the system libraries WeasyPrint uses (Debian/Ubuntu, with apt
# when run as root or with sudo; otherwise the exact command is printed) and a virtual
# environment in .venv with the package and its test tools.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
LOCALES := letters/locales
POT := $(LOCALES)/messages.pot
LANGUAGES := bg cs da de el es et fi fr hr hu is it lt lv nb nl pl pt ro sk sl sv zh_Hant_HK

.PHONY: run test system venv lint typecheck unit catalogs catalogs-check bench preview fuzz wheel clean

run: system venv
	$(BIN)/letters new

test: system venv lint typecheck catalogs-check unit

system:
	@bash scripts/install-system-packages

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

lint: venv
	$(BIN)/ruff check letters tests bench scripts

typecheck: venv
	$(BIN)/mypy

unit: venv
	$(BIN)/pytest -q

# Re-extract the English msgids and merge them into every catalog (run after changing prose).
catalogs: venv
	$(BIN)/pybabel extract -F pyproject.toml -o $(POT) --no-location --sort-output \
	  --project letters --copyright-holder "letters contributors" --omit-header . >/dev/null
	@for lang in $(LANGUAGES); do \
	  if [ -f $(LOCALES)/$$lang/LC_MESSAGES/messages.po ]; then \
	    $(BIN)/pybabel update -i $(POT) -d $(LOCALES) -l $$lang --no-wrap --ignore-obsolete >/dev/null; \
	  else \
	    $(BIN)/pybabel init -i $(POT) -d $(LOCALES) -l $$lang --no-wrap >/dev/null; \
	  fi; \
	done

# Fails when a template or module has a msgid the catalogs do not know yet.
catalogs-check: venv
	$(BIN)/python scripts/check_catalogs.py

bench: system venv
	$(BIN)/python bench/run.py

# One complaint per regime as PDF and PNG pages in ./letters-preview, to look at.
preview: system venv
	$(BIN)/python bench/preview.py letters-preview

# The property tests with many more examples than the default run.
fuzz: system venv
	HYPOTHESIS_EXAMPLES=300 $(BIN)/pytest -q tests/test_adversarial.py

wheel: venv
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache letters-out letters-preview
