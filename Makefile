# The one place that knows how to set up, build, run, test and benchmark csw.
# `make run` and `make test` work on a fresh Debian/Ubuntu machine that has Swift.

SWIFT        ?= swift
APT_PACKAGES := libgit2-dev libmbedtls-dev libsqlite3-dev pkg-config
# Only for the tests: real git and ssh servers on 127.0.0.1 (csw itself never runs git),
# headless Chromium to open the dashboard, git-filter-repo for the purge procedure, and
# gpg/gpgv for signed commits (csw runs ssh-keygen or gpgv only to verify signatures
# where access_policy requires them).
TEST_APT_PACKAGES := git openssh-server openssh-client openssl python3 chromium sqlite3 git-filter-repo gnupg gpgv strace
RELEASE_BIN  := .build/release/csw

.PHONY: all setup setup-test build release run test bench fuzz clean

all: build

# Installs what a fresh machine lacks (as root via apt-get; otherwise prints the command).
setup:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgit2 && [ -f /usr/include/mbedtls/ssl.h ] && [ -f /usr/include/sqlite3.h ]; then :; else \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing $(APT_PACKAGES)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	  else \
	    echo "csw needs libgit2, mbedTLS, SQLite and pkg-config. Install them with:"; \
	    echo "  sudo apt-get install -y $(APT_PACKAGES)"; \
	    exit 2; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "csw needs the Swift 6 toolchain (swift) on PATH"; exit 2; }

# The test servers (git daemon, sshd, a TLS listener for webhooks: openssl and python3),
# Chromium for the dashboard check and sqlite3 for the export check: installed as root.
# Under `make test` (CSW_REQUIRE_TEST_TOOLS=1) a test whose tool is missing fails; a plain
# `swift test` skips it and says why.
setup-test: setup
	@missing=""; \
	  command -v git >/dev/null 2>&1 || missing="$$missing git"; \
	  [ -x /usr/sbin/sshd ] || missing="$$missing openssh-server"; \
	  command -v ssh-keygen >/dev/null 2>&1 || missing="$$missing openssh-client"; \
	  command -v openssl >/dev/null 2>&1 || missing="$$missing openssl"; \
	  [ -x /usr/bin/python3 ] || missing="$$missing python3"; \
	  command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	  command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	  command -v git-filter-repo >/dev/null 2>&1 || missing="$$missing git-filter-repo"; \
	  command -v gpg >/dev/null 2>&1 && command -v gpgv >/dev/null 2>&1 || missing="$$missing gnupg"; \
	  [ -x /usr/bin/strace ] || missing="$$missing strace"; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "make: installing$$missing for the transport and dashboard tests"; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_APT_PACKAGES) >/dev/null; \
	    else \
	      echo "note: the git://, ssh://, browser, sqlite3, history-purge, GPG-signature and sync-crash tests will fail without them; install them with: sudo apt-get install -y $(TEST_APT_PACKAGES)"; \
	    fi; \
	  fi

build: setup
	$(SWIFT) build

# Release builds link the Swift runtime and Foundation statically and as a fixed-address
# executable: a csw command starts in about 7 ms instead of 20 (no shared Swift libraries
# to load, no 80,000 relocations to apply). csw reads local files; like Go's default
# Linux binaries, it trades address randomisation of its own image for that start-up.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xlinker -no-pie

release: setup
	$(SWIFT) build $(RELEASE_FLAGS) --product csw

# The main job on the bundled example workspace: create it in a temporary folder (csw init
# moves the example's dates so its last metrics month is the month before today),
# validate it, list its customers, score them and list today's alerts.
run: release
	@$(RELEASE_BIN) --version
	@ws="$$(mktemp -d)/accounts"; \
	  echo "$$ csw init $$ws" && $(RELEASE_BIN) init "$$ws" && \
	  echo "$$ csw -C $$ws validate" && $(RELEASE_BIN) -C "$$ws" validate && \
	  echo "$$ csw -C $$ws customer list" && $(RELEASE_BIN) -C "$$ws" customer list && \
	  echo "$$ csw -C $$ws score" && $(RELEASE_BIN) -C "$$ws" score && \
	  echo "$$ csw -C $$ws alerts" && $(RELEASE_BIN) -C "$$ws" alerts

test: setup-test
	$(SWIFT) build
	CSW_REQUIRE_TEST_TOOLS=1 $(SWIFT) test

# Speed figures beside baselines measured in the same run (see README, Performance).
bench: setup
	$(SWIFT) build $(RELEASE_FLAGS) --product csw
	$(SWIFT) build $(RELEASE_FLAGS) --product csw-bench
	@mkdir -p .build/bench-data
	.build/release/csw-bench --data .build/bench-data
	@python3 Benchmarks/baseline.py .build/bench-data
	@python3 Benchmarks/import_bench.py .build/bench-data
	@echo "Churn model against scikit-learn on public telco churn data (same split, same encoding):"
	@python3 Benchmarks/churn_check.py .build/release/csw

clean:
	rm -rf .build Fuzz/.build

# libFuzzer over csw's input readers (Fuzz/: JSON, JSON Lines, front matter, the schema
# validator, the PHI scanner), every Swift module instrumented with -sanitize=fuzzer, each from
# a corpus seeded with the example workspace. FUZZ_RUNS executions each (default 5
# million); a crash stops make and leaves its input in .build/fuzz/ (docs/SECURITY.md).
FUZZ_RUNS ?= 5000000
FUZZERS := fuzz-json fuzz-jsonlines fuzz-frontmatter fuzz-schema fuzz-phi
fuzz: setup
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	@rm -rf .build/fuzz && mkdir -p .build/fuzz
	@for f in $(FUZZERS); do mkdir -p .build/fuzz/$$f; done
	@find workspace-template -name '*.json' -exec cp {} .build/fuzz/fuzz-json/ \; -exec cp {} .build/fuzz/fuzz-schema/ \;
	@cp schemas/*.json .build/fuzz/fuzz-schema/
	@n=0; for f in workspace-template/customers/*/metrics.jsonl; do n=$$((n+1)); cp $$f .build/fuzz/fuzz-jsonlines/$$n.jsonl; done
	@n=0; for f in $$(find workspace-template -name '*.md'); do n=$$((n+1)); cp $$f .build/fuzz/fuzz-frontmatter/$$n.md; cp $$f .build/fuzz/fuzz-phi/$$n.md; done
	@split -l 1 Tests/CSWCoreTests/Fixtures/phi-labelled.tsv .build/fuzz/fuzz-phi/line-
	@for f in $(FUZZERS); do \
	  start=$$(date +%s); \
	  (cd .build/fuzz && ../../Fuzz/.build/release/$$f -runs=$(FUZZ_RUNS) -max_len=8192 -print_final_stats=1 $$f > $$f.log 2>&1) || { echo "$$f: CRASH, see .build/fuzz/$$f.log and .build/fuzz/crash-*"; tail -30 .build/fuzz/$$f.log; exit 1; }; \
	  echo "$$f: $$(grep -o 'Done [0-9]* runs' .build/fuzz/$$f.log | cut -d' ' -f2) executions in $$(( $$(date +%s) - start )) s, $$(grep -o 'cov: [0-9]*' .build/fuzz/$$f.log | tail -1) edges, no crash"; \
	done

