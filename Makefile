# airlock -- `make` builds build/airlock; `make check` runs every test.
#
# Sources are found by directory: a new file in src/<module>/ is built
# without touching this file. `make SANITIZE=address,undefined check` builds
# everything with sanitizers.

CC      ?= cc
BUILD   ?= build$(if $(SANITIZE),-sanitize)
PKGS    := libseccomp jansson libpcre2-8 libmicrohttpd sqlite3 libpq libsodium libfyaml \
	libutf8proc libzip libcurl nettle libidn2
PKGS_T  := criterion
# What the sandboxed programs run with (the languages' interpreters and
# compilers, libc6-dev for C): the tests need them on a host, and the cgroup
# v2 VM (tests/vm/run-v2.sh) installs them with the libraries the binaries
# link ('make runtime-packages' prints them).
RUNTIME_PACKAGES := python3 nodejs gcc g++ libc6-dev bash
# What building airlock needs ('make build-packages' prints them: the
# container's build stage installs these), and what the tests add.
BUILD_PACKAGES := build-essential pkg-config libseccomp-dev libjansson-dev libcap-dev \
	libsqlite3-dev libpq-dev libmicrohttpd-dev libsodium-dev libpcre2-dev \
	libfyaml-dev libutf8proc-dev libcurl4-openssl-dev libzip-dev \
	nettle-dev libidn2-dev libunistring-dev libwslay-dev libpython3-dev libnode-dev
DEBIAN_PACKAGES := $(BUILD_PACKAGES) libcriterion-dev \
	python3-requests python3-pip python3-matplotlib python3-yaml umoci skopeo podman postgresql strace \
	groff-base \
	$(RUNTIME_PACKAGES) \
	chromium chromium-driver

WARN := -Wall -Wextra -Werror -Wformat=2 -Wformat-security -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wvla -Wpointer-arith -Wundef -Wwrite-strings \
	-Wno-missing-field-initializers -Wno-format-truncation -Wimplicit-fallthrough -Wnull-dereference
HARDEN := -D_FORTIFY_SOURCE=3 -fstack-protector-strong -fstack-clash-protection \
	-fcf-protection -fPIC -fno-semantic-interposition
LDHARDEN := -pie -Wl,-z,relro,-z,now -Wl,-z,noexecstack -Wl,--as-needed

OPT ?= -O2 -g
# tree-sitter's library is vendored (third_party/tree-sitter): its headers
# come before any installed ones.
TS_INCLUDES := -Ithird_party/tree-sitter/include -Ithird_party/tree-sitter/airlock
CFLAGS_ALL := -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(HARDEN) -Isrc $(TS_INCLUDES) -MMD -MP \
	$(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(CFLAGS)
# wslay (WebSocket framing, libwslay-dev) ships no pkg-config file
LDLIBS_ALL := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lwslay -lm -lpthread $(LDLIBS)

ifneq ($(SANITIZE),)
CFLAGS_ALL += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDHARDEN   += -fsanitize=$(SANITIZE)
endif

LIB_SRCS := $(sort $(wildcard src/common/*.c src/diag/*.c src/engine/*.c src/lang/*.c src/cli/*.c \
	src/net/*.c \
	src/image/*.c \
	src/policy/*.c src/store/*.c src/service/*.c src/mcp/*.c src/http/*.c))
# The service's commands go into airlock-serve only (see src/main.c).
SERVICE_CMD_SRCS := src/cmd_serve.c src/cmd_keys.c src/cmd_audit.c src/cmd_approvals.c \
	src/cmd_sandbox.c
# `airlock mcp` goes into airlock-mcp: the service without the HTTP front end.
MCP_CMD_SRCS := src/cmd_mcp.c
CMD_SRCS := $(filter-out $(SERVICE_CMD_SRCS) $(MCP_CMD_SRCS),$(sort $(wildcard src/cmd_*.c))) \
	src/main.c
GRAMMARS := python javascript bash
GRAMMAR_OBJS := $(foreach g,$(GRAMMARS),$(BUILD)/obj/ts/$(g)-parser.o $(BUILD)/obj/ts/$(g)-scanner.o)
TS_OBJS := $(BUILD)/obj/ts/lib.o $(GRAMMAR_OBJS)
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o) $(TS_OBJS) $(BUILD)/obj/gen/rules.o \
	$(BUILD)/obj/gen/query_analysis.o \
	$(BUILD)/obj/gen/ui.o $(BUILD)/obj/gen/kernels.o
CMD_OBJS := $(CMD_SRCS:%.c=$(BUILD)/obj/%.o)
LIB      := $(BUILD)/libairlock.a
GEN      := $(BUILD)/gen/seccomp_bpf.h

UNIT_SRCS := $(sort $(wildcard tests/unit/*.c))
E2E_SRCS  := $(sort $(wildcard tests/e2e/*.c))
ADV_SRCS  := $(sort $(wildcard tests/adversarial/*.c))
TLIB_SRCS := $(sort $(wildcard tests/lib/*.c))
TLIB_OBJS := $(TLIB_SRCS:%.c=$(BUILD)/obj/%.o)
LEAK_SRCS := $(sort $(wildcard tests/leaks/*.c))
# The benchmarks' programs that call the library (bench/*_lib.c) are built
# with the tests: a change of the library's interface that breaks one fails
# `make check`, not only `make bench`.
BENCH_PROGS := $(patsubst bench/%.c,$(BUILD)/bench/%,$(sort $(wildcard bench/*_lib.c)))
TEST_BINS := $(BUILD)/tests/unit $(BUILD)/tests/e2e $(BUILD)/tests/adversarial \
	$(BUILD)/tests/suite-leaks $(BUILD)/tests/suite-server $(BENCH_PROGS)

.PHONY: all install check check-v2 test deps runtime-packages build-packages bench clean format unit e2e adversarial \
	leaks fuzz fuzz-proxy layout
all: $(BUILD)/airlock $(BUILD)/airlock-serve $(BUILD)/airlock-mcp $(BUILD)/airlock-spawner \
	$(BUILD)/airlock-warm-python $(BUILD)/airlock-warm-node

# V=1 shows the full commands.
Q := $(if $(V),,@)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_ALL) -c $< -o $@

# The syscall policy is compiled at build time (tools/gen-seccomp.c).
$(BUILD)/tools/gen-seccomp: tools/gen-seccomp.c src/engine/seccomp.c src/common/err.c src/common/util.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CCLD    $@")
	$(Q)$(CC) $(CFLAGS_ALL) -MF /dev/null -o $@ $^ $(LDLIBS_ALL)

$(GEN): $(BUILD)/tools/gen-seccomp
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  GEN     $@")
	$(Q)$(BUILD)/tools/gen-seccomp $@

$(BUILD)/obj/src/engine/seccomp_prebuilt.o: $(GEN)
$(BUILD)/obj/src/engine/seccomp_prebuilt.o: CFLAGS_ALL += -I$(BUILD)/gen

# tree-sitter's library and grammars (third_party/, vendored from npm):
# the library is one translation unit (with airlock's extension, airlock/);
# a grammar's parser.c is kept compressed and unpacked here; code from
# elsewhere is built without our warnings.
.SECONDARY:
TS_LIB_FILES := $(wildcard third_party/tree-sitter/src/*.[ch] third_party/tree-sitter/src/*/*.h \
	third_party/tree-sitter/include/tree_sitter/*.h third_party/tree-sitter/airlock/*.[ch])
$(BUILD)/obj/ts/lib.o: third_party/tree-sitter/airlock/lib.c $(TS_LIB_FILES)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (tree-sitter)")
	$(Q)$(CC) -std=c11 -D_GNU_SOURCE -O2 -g -w -fPIE $(HARDEN) $(TS_INCLUDES) \
		-Ithird_party/tree-sitter/src -c $< -o $@
$(BUILD)/gen/ts/%-parser.c: third_party/tree-sitter-%/src/parser.c.gz
	@mkdir -p $(dir $@)
	$(Q)gzip -dc $< >$@.tmp && mv $@.tmp $@
$(BUILD)/obj/ts/%-parser.o: $(BUILD)/gen/ts/%-parser.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (grammar)")
	$(Q)$(CC) -std=c11 -O2 -g -w -fPIE $(HARDEN) -Ithird_party/tree-sitter-$*/src -c $< -o $@
$(BUILD)/obj/ts/%-scanner.o: third_party/tree-sitter-%/src/scanner.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (grammar)")
	$(Q)$(CC) -std=c11 -D_GNU_SOURCE -O2 -g -w -fPIE $(HARDEN) -Ithird_party/tree-sitter-$*/src -c $< -o $@

# Files compiled into the binary: the analysis rules and the service's page.
RULE_FILES := $(sort $(wildcard src/policy/rules/*/*.scm))
UI_FILES   := $(sort $(wildcard src/http/ui/*))
$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -MF /dev/null -o $@ $<
$(BUILD)/gen/rules.c: $(BUILD)/tools/embed $(RULE_FILES)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  GEN     $@")
	$(Q)$(BUILD)/tools/embed $@ embedded_rules src/policy/rules $(RULE_FILES)
# Each language's rule query is compiled here, once, with its regular
# expressions (tools/gen-query-analysis.c).
$(BUILD)/tools/gen-query-analysis: tools/gen-query-analysis.c src/policy/rule_lists.h $(TS_OBJS)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CCLD    $@")
	$(Q)$(CC) $(CFLAGS_ALL) -MF /dev/null -o $@ $(filter-out %.h,$^) $(shell pkg-config --libs libpcre2-8)
$(BUILD)/gen/query_analysis.c: $(BUILD)/tools/gen-query-analysis $(RULE_FILES)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  GEN     $@")
	$(Q)$(BUILD)/tools/gen-query-analysis $@ $(RULE_FILES)
$(BUILD)/gen/ui.c: $(BUILD)/tools/embed $(UI_FILES)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  GEN     $@")
	$(Q)$(BUILD)/tools/embed $@ embedded_ui src/http/ui $(UI_FILES)
KERNEL_FILES := $(sort $(wildcard src/engine/kernels/*))
$(BUILD)/gen/kernels.c: $(BUILD)/tools/embed $(KERNEL_FILES)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  GEN     $@")
	$(Q)$(BUILD)/tools/embed $@ embedded_kernels src/engine/kernels $(KERNEL_FILES)
$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -MF /dev/null -c $< -o $@

$(LIB): $(LIB_OBJS)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  AR      $@")
	$(Q)rm -f $@ && ar rcs $@ $^

SERVICE_OBJS := $(filter-out $(BUILD)/obj/src/main.o,$(CMD_OBJS)) \
	$(SERVICE_CMD_SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/src/main-service.o

$(BUILD)/obj/src/main-service.o: src/main.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (service)")
	$(Q)$(CC) $(CFLAGS_ALL) -DAIRLOCK_SERVICE -c $< -o $@

$(BUILD)/airlock-serve: $(SERVICE_OBJS) $(LIB)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $(SERVICE_OBJS) $(LIB) $(LDLIBS_ALL) $(shell pkg-config --libs libcurl)

MCP_OBJS := $(filter-out $(BUILD)/obj/src/main.o,$(CMD_OBJS)) \
	$(MCP_CMD_SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/src/main-mcp.o

$(BUILD)/obj/src/main-mcp.o: src/main.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $< (mcp)")
	$(Q)$(CC) $(CFLAGS_ALL) -DAIRLOCK_MCP -c $< -o $@

$(BUILD)/airlock-mcp: $(MCP_OBJS) $(LIB)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $(MCP_OBJS) $(LIB) $(LDLIBS_ALL)

# The warm templates (src/warm/): the language-independent template.c and
# one main per language, which embeds that language's runtime.
PY_EMBED_CFLAGS := $(patsubst -I%,-isystem %,$(shell pkg-config --cflags python3-embed 2>/dev/null))
PY_EMBED_LIBS := $(shell pkg-config --libs python3-embed 2>/dev/null)
$(BUILD)/obj/src/warm/python.o: CFLAGS_ALL += $(PY_EMBED_CFLAGS)
$(BUILD)/airlock-warm-python: $(BUILD)/obj/src/warm/template.o $(BUILD)/obj/src/warm/python.o $(LIB)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $(filter %.o,$^) $(LIB) $(LDLIBS_ALL) $(PY_EMBED_LIBS)

# node's template is node itself, running a Node-API module (node_addon.c)
# that holds the template's loop (template.c and the engine, hence -fPIC
# everywhere), built against node's headers (libnode-dev on Debian; 'make
# deps' skips it when another node package, e.g. NodeSource's nodejs, has
# installed them); airlock-warm-node embeds it and execs node.
NODE_API_CFLAGS := -isystem /usr/include/node
# (no sanitizer: node loads it; node's own symbols resolved when it does)
$(BUILD)/obj/src/warm/node_addon.o: CFLAGS_ALL := -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(HARDEN) \
	-Isrc $(NODE_API_CFLAGS) -MMD -MP
# (and node_exit.cc: the part that needs node's C++ embedder API, whose
# symbols, unlike Node-API's, differ from one major version of node to the
# next: its references to them are made weak, so that the module loads in
# any node -- one whose symbols are missing resolves them to null -- and
# node_addon.c calls it only in the major version of node's headers)
OBJCOPY ?= objcopy
$(BUILD)/obj/src/warm/node_exit.o: src/warm/node_exit.cc
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CXX     $<")
	$(Q)$(CXX) -std=c++17 -D_GNU_SOURCE $(OPT) -Wall -Wextra -fno-exceptions -fno-rtti \
		-fPIC $(NODE_API_CFLAGS) -MMD -MP -c -o $@ $<
	$(Q)$(OBJCOPY) --weaken $@
$(BUILD)/warm/node_addon.so: $(BUILD)/obj/src/warm/node_addon.o $(BUILD)/obj/src/warm/node_exit.o \
		$(BUILD)/obj/src/warm/template.o $(LIB)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) -shared -s -Wl,-Bsymbolic -Wl,-z,relro,-z,now -Wl,--as-needed \
		-Wl,--unresolved-symbols=ignore-all -o $@ $(filter %.o,$^) $(LIB) $(LDLIBS_ALL)
$(BUILD)/obj/src/warm/node.o: $(BUILD)/warm/node_addon.so
$(BUILD)/obj/src/warm/node.o: CFLAGS_ALL += -DNODE_ADDON_PATH='"$(BUILD)/warm/node_addon.so"'
$(BUILD)/airlock-warm-node: $(BUILD)/obj/src/warm/template.o $(BUILD)/obj/src/warm/node.o $(LIB)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $(filter %.o,$^) $(LIB) $(LDLIBS_ALL)

# `airlock` starts once per run, so it is a static PIE: no dynamic loader,
# no libraries to map and relocate, and fewer mappings for the sandbox's
# init and the program to copy when they are cloned from it
# (docs/performance.md). Only the libraries the CLI's commands use; with
# sanitizers (which need the dynamic loader) it stays dynamic.
AIRLOCK_PKGS := libseccomp jansson libpcre2-8 libsodium libutf8proc libidn2
ifeq ($(SANITIZE),)
AIRLOCK_LD := -static-pie $(filter-out -pie,$(LDHARDEN))
AIRLOCK_LIBS := $(shell pkg-config --static --libs $(AIRLOCK_PKGS) 2>/dev/null) -lm -lpthread
else
AIRLOCK_LD := $(LDHARDEN)
AIRLOCK_LIBS := $(LDLIBS_ALL)
endif
$(BUILD)/airlock: $(CMD_OBJS) $(LIB)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(AIRLOCK_LD) -o $@ $(CMD_OBJS) $(LIB) $(AIRLOCK_LIBS) $(LDLIBS)

# The service's cold runs are cloned from airlock-spawner (src/warm/spawner.c),
# a template without an interpreter: static too, for the same reason.
$(BUILD)/airlock-spawner: $(BUILD)/obj/src/warm/template.o $(BUILD)/obj/src/warm/spawner.o $(LIB)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(AIRLOCK_LD) -o $@ $(filter %.o,$^) $(LIB) $(AIRLOCK_LIBS) $(LDLIBS)

TEST_CFLAGS = $(shell pkg-config --cflags $(PKGS_T) 2>/dev/null)
TEST_LIBS   = $(shell pkg-config --libs $(PKGS_T) 2>/dev/null)

$(BUILD)/tests/unit: $(UNIT_SRCS:%.c=$(BUILD)/obj/%.o) $(TLIB_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $^ $(LDLIBS_ALL) $(TEST_LIBS)

$(BUILD)/tests/e2e: $(E2E_SRCS:%.c=$(BUILD)/obj/%.o) $(TLIB_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $^ $(LDLIBS_ALL) $(TEST_LIBS)

$(BUILD)/tests/adversarial: $(ADV_SRCS:%.c=$(BUILD)/obj/%.o) $(TLIB_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $^ $(LDLIBS_ALL) $(TEST_LIBS)

$(BUILD)/tests/suite-leaks: $(LEAK_SRCS:%.c=$(BUILD)/obj/%.o) $(TLIB_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $^ $(LDLIBS_ALL) $(TEST_LIBS)

SRV_SRCS := $(sort $(wildcard tests/server/*.c))
$(BUILD)/tests/suite-server: $(SRV_SRCS:%.c=$(BUILD)/obj/%.o) $(TLIB_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDHARDEN) -o $@ $^ $(LDLIBS_ALL) $(TEST_LIBS) $(shell pkg-config --libs libcurl)

$(BUILD)/obj/tests/%.o: CFLAGS_ALL += $(TEST_CFLAGS) -Itests -Wno-missing-prototypes

$(BUILD)/bench/%: $(BUILD)/obj/bench/%.o $(LIB)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $^ $(LDLIBS_ALL)
$(BUILD)/obj/bench/%.o: CFLAGS_ALL += -Wno-missing-prototypes

# libFuzzer targets for the parsers (clang). FUZZ_SECONDS each; a crash
# leaves its input in build/fuzz/ and fails the target.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS := config request analyze diag judge0 piston mcp wire sandbox proxy redact ports
# MCP's core, for fuzz_mcp only (it brings its own stand-in of the service).
FUZZ_MCP_SRCS := $(wildcard src/mcp/*.c)
FUZZ_LIB_SRCS := src/common/err.c src/common/util.c src/common/limits.c src/common/utf8.c \
	src/common/fdpass.c src/common/json_why.c \
	src/image/image.c \
	src/service/config.c src/service/request.c src/service/error.c src/service/summary.c \
	src/service/sandbox_request.c \
	src/lang/profiles.c \
	src/engine/result.c src/engine/collect.c src/engine/inputs.c src/engine/warm.c \
	$(wildcard src/diag/*.c) \
	$(wildcard src/policy/*.c) $(BUILD)/gen/rules.c $(BUILD)/gen/query_analysis.c \
	src/http/judge0_request.c src/http/judge0_view.c src/http/judge0_zip.c \
	src/http/judge0_base64.c \
	src/http/piston_request.c src/http/piston_response.c src/http/piston_wsmsg.c \
	src/net/host.c src/net/http.c src/http/port_head.c
# tree-sitter and the grammars' generated parsers are linked as built (not
# instrumented).
fuzz: $(TS_OBJS) $(BUILD)/gen/rules.c $(BUILD)/gen/query_analysis.c
	@mkdir -p $(BUILD)/fuzz
	@for t in $(FUZZ_TARGETS); do \
		extra=; [ $$t = mcp ] && extra="$(FUZZ_MCP_SRCS)"; \
		clang -std=c11 -D_GNU_SOURCE -g -O1 -Isrc $(TS_INCLUDES) -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
			$$(pkg-config --cflags $(PKGS)) tests/fuzz/fuzz_$$t.c $(FUZZ_LIB_SRCS) $$extra $(TS_OBJS) \
			-o $(BUILD)/fuzz/fuzz_$$t $$(pkg-config --libs $(PKGS)) -lm -lpthread || exit 1; \
		mkdir -p $(BUILD)/fuzz/corpus-$$t; \
		[ ! -d tests/fuzz/corpus/$$t ] || cp tests/fuzz/corpus/$$t/* $(BUILD)/fuzz/corpus-$$t/; \
		echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
		LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
		$(BUILD)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
			-artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/corpus-$$t >$(BUILD)/fuzz/$$t.log 2>&1 \
			|| { tail -40 $(BUILD)/fuzz/$$t.log; exit 1; }; \
		grep -a "^Done" $(BUILD)/fuzz/$$t.log; \
	done

# Every fuzz target linked without libFuzzer (tests/fuzz/replay.c) against
# the library as built: make check replays the seed corpora with them
# (tests/fuzz/run.sh), so that a target cannot stop building unnoticed.
FUZZ_REPLAY := $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz/%)
$(BUILD)/obj/tests/fuzz/%.o: CFLAGS_ALL += -Wno-unused-parameter # the stand-ins' (fuzz_mcp.c)
$(BUILD)/tests/fuzz/%: $(BUILD)/obj/tests/fuzz/fuzz_%.o $(BUILD)/obj/tests/fuzz/replay.o $(LIB)
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LD      $@")
	$(Q)$(CC) $(LDHARDEN) -o $@ $^ $(LDLIBS_ALL)

# The egress proxy's parser alone, for as long as the issue asks (10 min).
fuzz-proxy:
	$(MAKE) fuzz FUZZ_TARGETS=proxy FUZZ_SECONDS=$${FUZZ_SECONDS:-600}

# Installs the Debian packages the build and the tests need when one is
# missing (as root), so that a fresh machine needs nothing but this tree.
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
		case $$p in libnode-dev) [ -e /usr/include/node/node_api.h ] && continue;; esac; \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		if [ "$$(id -u)" != 0 ]; then echo "airlock: run 'make deps' as root to install: $$missing" >&2; exit 1; fi; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi; \
	if ! command -v npm >/dev/null; then \
		echo "installing: npm (tests/mcp)"; \
		if [ "$$(id -u)" != 0 ]; then echo "airlock: run 'make deps' as root to install: npm" >&2; exit 1; fi; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null; \
	fi

# The binaries side by side (airlock runs its helpers from its own
# directory): make install [PREFIX=/usr/local] [DESTDIR=...].
PREFIX ?= /usr/local
install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(BUILD)/airlock $(BUILD)/airlock-serve $(BUILD)/airlock-mcp \
		$(BUILD)/airlock-spawner $(BUILD)/airlock-warm-python $(BUILD)/airlock-warm-node $(DESTDIR)$(PREFIX)/bin/
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0644 docs/airlock.1 $(DESTDIR)$(PREFIX)/share/man/man1/

check: deps
	$(MAKE) all $(TEST_BINS) $(FUZZ_REPLAY)
	tests/run-all.sh $(BUILD)

test: check

# The unit, e2e and adversarial suites on a pure cgroup v2 kernel, in a VM
# (tests/vm/run-v2.sh; `make check` runs it too with CI=true or AIRLOCK_V2=1).
check-v2: all $(TEST_BINS)
	tests/vm/run-v2.sh $(BUILD)

runtime-packages:
	@echo $(RUNTIME_PACKAGES)
build-packages:
	@echo $(BUILD_PACKAGES)

unit: $(BUILD)/tests/unit
	$(BUILD)/tests/unit
e2e: all $(BUILD)/tests/e2e
	$(BUILD)/tests/e2e
adversarial: all $(BUILD)/tests/adversarial
	$(BUILD)/tests/adversarial
# The layout of src/ (tests/layout/layout.py); --rooms: LAYOUT_FLAGS=--rooms.
layout: all
	tests/layout/run.sh $(LAYOUT_FLAGS) $(BUILD)

bench: deps all $(BENCH_PROGS)
	bench/run.sh $(BUILD)

format:
	clang-format -i $$(git ls-files '*.c' '*.h' ':!third_party')

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
