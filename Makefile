# Runway Desktop — make run · make test · make bench · make package
# Each target bootstraps .venv on first use and again whenever pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_API := pyside6
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PACKAGE_STAMP := $(VENV)/.packaging

.PHONY: run test lint typecheck bench sim catalogue forms translations system-deps package package-check package-deps pipx-check clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip setuptools wheel 2>&1 | grep -v "is ignored" || true
	@$(BIN)/python -m pip install -q -e '.[dev]' 2>&1 | grep -v -e "is ignored" -e "^ *$$" || true
	@$(BIN)/python -c "import runway_desktop, PySide6, av, runwayml" || { echo "make: installing the project into $(VENV) failed" >&2; exit 1; }
	@touch $(STAMP)

system-deps:
	@tools/ensure-system-deps

# PyInstaller for `make package`: a packaging extra, never a runtime dependency.
$(PACKAGE_STAMP): $(STAMP)
	@$(BIN)/python -m pip install -q -e '.[dev,package]' 2>&1 | grep -v -e "is ignored" -e "^ *$$" || true
	@$(BIN)/python -c "import PyInstaller" || { echo "make: installing PyInstaller into $(VENV) failed" >&2; exit 1; }
	@touch $@

package-deps:
	@tools/ensure-package-deps

## Start the app: against Runway with the key from the keychain (or RUNWAYML_API_SECRET),
## or against the built-in offline simulator when no key is configured.
run: $(STAMP) system-deps
	@$(BIN)/python -m runway_desktop.launch

## The whole suite, headless, inside a private D-Bus session with an unlocked GNOME Keyring.
test: $(STAMP) system-deps lint
	@QT_QPA_PLATFORM=offscreen tools/keyring-session $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	@$(BIN)/ruff check runway_desktop tests tools bench
	@$(BIN)/lint-imports --no-cache
	@$(BIN)/mypy

## mypy alone: api, core, simulator, cli and commands (settings in pyproject.toml's [tool.mypy]); part of lint.
typecheck: $(STAMP)
	@$(BIN)/mypy

bench: $(STAMP) system-deps
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

## The offline Runway on its own: prints its base URL and serves until Ctrl+C.
sim: $(STAMP)
	@$(BIN)/runway-desktop-sim $(SIM_ARGS)

## Regenerate resources/catalogue.json from the runwayml SDK's request types.
catalogue: $(STAMP)
	@$(BIN)/python tools/generate_catalogue.py

## Compile the Qt Designer forms ui/*.ui into runway_desktop/ui/generated/ (after editing one).
forms: $(STAMP)
	@$(BIN)/python tools/compile_forms.py

## Re-extract every string shown in the window into translations/<language>/*.ts (Qt Linguist files),
## then compile them into resources/translations/*.qm (shipped). Translate with pyside6-linguist.
translations: $(STAMP)
	@$(BIN)/python tools/translations.py update
	@$(BIN)/python tools/translations.py release

## The self-contained bundle (dist/runway-desktop/) and dist/runway-desktop_<version>_<arch>.deb,
## checked with desktop-file-validate, appstreamcli and lintian, then run from the extracted .deb.
package: $(PACKAGE_STAMP) system-deps package-deps
	@QT_QPA_PLATFORM=offscreen $(BIN)/python tools/build_package.py
	@$(MAKE) --no-print-directory package-check

## The built .deb, extracted to a temporary folder and run with an empty environment.
package-check: $(STAMP) system-deps package-deps
	@$(BIN)/python tools/check_bundle.py

## `pipx install .` into a temporary PIPX_HOME, then the three commands and the desktop entry from it.
pipx-check: $(STAMP)
	@tools/check-pipx

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist *.egg-info
