# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test
APT_PACKAGES := openssh-server chromium chromium-driver iproute2 xvfb g++ binutils desktop-file-utils squashfs-tools \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 libegl1 \
  poppler-utils sqlite3 espeak-ng sox

.PHONY: run test lint typecheck catalogues bench screenshots system-deps package clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(STAMP_APP): pyproject.toml | $(PY)
	$(PIP) install -q -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PIP) install -q -e '.[test,package]'
	touch $@ $(STAMP_APP)

# The window's translations: the Qt Linguist catalogues compiled at install (lrelease comes with PySide6).
CATALOGUES := $(wildcard drem_desktop/resources/locale/*.ts)
COMPILED := $(CATALOGUES:.ts=.qm)

$(COMPILED): %.qm: %.ts | $(STAMP_APP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Brings the catalogues in step with the code (new texts, vanished ones); translators then edit the .ts.
catalogues: $(STAMP_APP)
	$(PY) -m drem_desktop.devtools.catalogues

run: $(STAMP_APP) $(COMPILED)
	$(VENV)/bin/drem-desktop

# Debian packages the real-part tests need (sshd for fake cars, Chromium for pages, ip for namespaces,
# g++ to compile and run the sensor firmware against a stand-in Arduino core, poppler-utils to read exported
# PDFs back, sqlite3 for the export benchmark's baseline, espeak-ng for the call-out voice on Linux and sox
# to measure what it says).
# Installed only when running as root and when something is missing.
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    echo "installing Debian packages:$$missing"; \
	    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null; \
	  fi; \
	else echo "not root: skipping Debian packages ($(APT_PACKAGES)); install them yourself"; fi

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check drem_desktop tests bench packaging

# mypy: strict for domain/, store/, services/, sync/ and normal elsewhere (the settings are in pyproject.toml).
typecheck: $(STAMP_TEST)
	$(VENV)/bin/mypy

test: system-deps $(STAMP_TEST) $(COMPILED) lint typecheck
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider

# Every bench in turn, each printing its figures, the baseline measured in the same run and the ratio
# (fleet_push needs root for its fake cars). Stops at the first bench that fails.
BENCHES := $(filter-out bench/common.py bench/serverproc.py,$(wildcard bench/*.py))
bench: $(STAMP_TEST)
	@for b in $(BENCHES); do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# The one-folder app for this OS, packed for download in dist/ (see packaging/build.py); on Linux also the
# AppImage when appimagetool is on PATH or in $APPIMAGETOOL.
package: $(STAMP_TEST) $(COMPILED)
	$(PY) packaging/build.py $(if $(APPIMAGETOOL)$(shell command -v appimagetool 2>/dev/null),--appimage)

screenshots: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m drem_desktop.devtools.screenshots docs/screenshots
	$(PY) -m drem_desktop.devtools.page_screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
