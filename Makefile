# Gongkai: `make site` builds the portal from Content/ into site/; `make test` runs every test.
SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev pkg-config poppler-utils
GONGKAI := .build/release/gongkai

.PHONY: deps search-deps build install install-files uninstall site serve test check fuzz bench clean

# Installs the Debian packages the build needs when they are missing: as root directly, else through sudo.
deps:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

# Pagefind (PyPI pagefind_bin_extended, with Chinese word segmentation) for the portal's search;
# `gongkai build` runs it when installed and skips search with a note otherwise.
search-deps:
	@python3 -c "import pagefind_bin_extended" 2>/dev/null || PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check pagefind_bin_extended

build: deps
	$(SWIFT) build -c release --product gongkai

# Installs gongkai under PREFIX (default /usr/local; DESTDIR for packaging): the executable and
# the default theme it carries (its resource bundle) in PREFIX/lib/gongkai, and PREFIX/bin/gongkai
# a link to it, so `gongkai build` works in any portal folder.
PREFIX ?= /usr/local
BUILD_DIR ?= .build/release
install: build install-files

# The files of an existing build in BUILD_DIR installed, without building (the install test uses it).
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/lib/gongkai"
	install -m 755 "$(BUILD_DIR)/gongkai" "$(DESTDIR)$(PREFIX)/lib/gongkai/gongkai"
	rm -rf "$(DESTDIR)$(PREFIX)/lib/gongkai/"*.resources
	for bundle in "$(BUILD_DIR)"/*.resources; do \
	  case "$$bundle" in *Tests.resources) ;; *) cp -R "$$bundle" "$(DESTDIR)$(PREFIX)/lib/gongkai/" ;; esac; \
	done
	ln -sf ../lib/gongkai/gongkai "$(DESTDIR)$(PREFIX)/bin/gongkai"

uninstall:
	rm -rf "$(DESTDIR)$(PREFIX)/lib/gongkai" "$(DESTDIR)$(PREFIX)/bin/gongkai"

# The portal from Content/ into site/.
site: build search-deps
	$(GONGKAI) build --content Content --output site

# Preview at http://127.0.0.1:8000/ with live reload.
serve: build
	$(GONGKAI) serve --content Content --output site

check: build
	$(GONGKAI) check Content

# A site built from Content/ checked with the Nu HTML checker, a link checker and headless
# Chromium (Tests/SiteChecks installs what it needs when missing), the fuzzer, the fault-injection
# tests on their own (they spawn builds and mount a tmpfs), then the Swift tests, whose summary
# closes the output.
test: deps search-deps
	$(SWIFT) build --build-tests
	rm -rf .build/test-site
	.build/debug/gongkai build --content Content --output .build/test-site
	bash Tests/SiteChecks/run.sh .build/test-site
	bash Tests/SiteChecks/search_swap.sh .build/debug/gongkai Content
	$(MAKE) fuzz
	GONGKAI_FAULT_TESTS=1 $(SWIFT) test --skip-build --filter FaultInjectionTests
	$(SWIFT) test --skip-build

# libFuzzer on the loader (text and HTML) and parser, seeded with the seed reports and a small web page (Fixtures/fuzz-html), for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
fuzz: deps
	$(SWIFT) build --product gongkai-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	rm -rf .build-fuzz/corpus && mkdir -p .build-fuzz/corpus .build-fuzz/crashes
	.build-fuzz/debug/gongkai-fuzz -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
	  -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/ .build-fuzz/corpus Tests/GongkaiCoreTests/Fixtures/seeds Tests/GongkaiCoreTests/Fixtures/fuzz-html

# Speed and scale: synthetic corpus (BENCH_REPORTS, default 10000), Gongkai vs the copy floor and Hugo.
bench: deps search-deps
	bash Benchmarks/bench.sh

clean:
	rm -rf .build .build-fuzz site
