# The one place that knows how to set up, build, run, test and benchmark csw.
# `make run` and `make test` work on a fresh Debian/Ubuntu machine that has Swift.

SWIFT        ?= swift
APT_PACKAGES := libgit2-dev pkg-config
RELEASE_BIN  := .build/release/csw

.PHONY: all setup build release run test bench clean

all: build

# Installs what a fresh machine lacks (as root via apt-get; otherwise prints the command).
setup:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgit2; then :; else \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing $(APT_PACKAGES)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	  else \
	    echo "csw needs libgit2 and pkg-config. Install them with:"; \
	    echo "  sudo apt-get install -y $(APT_PACKAGES)"; \
	    exit 2; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "csw needs the Swift 6 toolchain (swift) on PATH"; exit 2; }

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product csw

# The main job on the bundled example workspace: create it in a temporary folder,
# validate it and list its customers.
run: release
	@$(RELEASE_BIN) --version
	@ws="$$(mktemp -d)/accounts"; \
	  echo "$$ csw init $$ws" && $(RELEASE_BIN) init "$$ws" && \
	  echo "$$ csw -C $$ws validate" && $(RELEASE_BIN) -C "$$ws" validate && \
	  echo "$$ csw -C $$ws customer list" && $(RELEASE_BIN) -C "$$ws" customer list

test: setup
	$(SWIFT) build
	$(SWIFT) test

# Speed figures beside baselines measured in the same run (see README, Performance).
bench: setup
	$(SWIFT) build -c release --product csw-bench
	@mkdir -p .build/bench-data
	.build/release/csw-bench --data .build/bench-data
	@python3 Benchmarks/baseline.py .build/bench-data

clean:
	rm -rf .build
