/* The server's configuration: defaults, then the YAML file, then flags. */
#ifndef AIRLOCK_SERVER_CONFIG_H
#define AIRLOCK_SERVER_CONFIG_H

#include <stddef.h>

#include "common/err.h"
#include "engine/engine.h"
#include "policy/analyze.h" /* the enums only: config.c links without the analyzer */
#include "store/store.h"

#define CONFIG_MAX_LANGS 16
#define CONFIG_MAX_MOUNTS 16
#define CONFIG_MAX_ORIGINS 16

enum { SPAWNER_OFF, SPAWNER_ON, SPAWNER_REQUIRED };

struct lang_limits {
	char name[24]; /* "" for the entry that applies to every language */
	struct limits defaults;
	struct limits max;
};

/* What the server does with the analysis of a program before it runs. */
struct policy_config {
	enum policy_mode mode;	/* for keys without their own (default off) */
	enum severity fail_on;	/* block/approve when a finding reaches it (high) */
	char rules_dir[1024];	/* more rules, rules_dir/<lang>/NAME.scm; "" none */
	int approval_timeout_s; /* a pending execution older than this expires */
	int unanalyzable_block; /* 1: a language without analysis counts as a hit */
};

struct server_config {
	char listen_addr[64];
	/* e2b_domain: what E2B's SDKs build a sandbox port's host from
	 * (getHost: PORT-ID.DOMAIN); a request whose Host is that is traffic
	 * to the port (docs/e2b.md). "": none, and no such routing. */
	char e2b_domain[128];
	int port;
	int workers;
	int queue_size;
	int max_connections;
	int max_connections_per_ip; /* 0: no limit */
	size_t max_body_bytes;
	size_t max_code_bytes;
	int connection_timeout_s;
	int request_head_timeout_s; /* for a request's line and headers */
	int grace_period_s;
	int retention_days; /* 0: keep forever */
	int log_json;
	struct key_quota quota; /* for keys created without their own */
	struct policy_config policy;
	int redact;	 /* secrets in output (and finding texts) replaced (default 1) */
	/* Cold runs and boxes cloned from airlock-spawner (warm/spawner.c):
	 * SPAWNER_ON (the default) clones them from the service while it is
	 * down, SPAWNER_REQUIRED fails them then. */
	int spawner;
	int redact_code; /* the stored code (and finding texts) (default 0) */
	/* The key (by name) that requests to /judge0 and /piston without one
	 * run as; "": they need a key. */
	char anonymous_key[STORE_NAME_MAX];
	/* Whether a callback (Judge0's callback_url) may go to a loopback,
	 * private or link-local address (default 0: refused). */
	int callbacks_allow_private;
	struct lang_limits all;
	struct lang_limits langs[CONFIG_MAX_LANGS];
	int nlangs;
	/* browser origins /mcp accepts (mcp.allowed_origins); a request with
	 * an Origin header outside it is refused (403) */
	char mcp_origins[CONFIG_MAX_ORIGINS][256];
	int n_mcp_origins;
	/* pool: {LANGUAGE: N}: warm templates kept per language (service/warm.c);
	 * 0 turns a language's off. Languages without a template are refused.
	 * Default: python 1, node 1; a `pool:` given replaces it whole. */
	struct {
		char name[24];
		int n;
	} pool[CONFIG_MAX_LANGS];
	int npool;
	/* mounts: {NAME: HOST_DIR}: the host directories a sandbox's request may
	 * show read-only by name ("mounts": ["NAME:/target"]); none by
	 * default. A request never names a host path itself. */
	struct {
		char name[32];
		char path[256];
	} mounts[CONFIG_MAX_MOUNTS];
	int nmounts;
	int pool_idle_s; /* a template unused this long exits; the next run restarts it */
	/* Sandboxes that live (service/sandboxes.c): how many at once, in all
	 * and per key; their lifetime (timeout_s) by default and at most, and
	 * their idle timeout by default. Their limits are those of bash
	 * (limits: / languages: bash:). */
	int max_sandboxes;
	int max_sandboxes_per_key;
	int sandbox_timeout_s;
	int sandbox_max_timeout_s;
	int sandbox_idle_timeout_s;
	/* a paused sandbox (paused by a call, or at its timeout with
	 * on_timeout "pause") ends after this long paused: paused_expired */
	int paused_max_s;
	char pool_dir[96]; /* where the templates listen; "": warm_default_dir() */
	/* airlock's own cgroup, under which each run and sandbox gets one
	 * (engine_config); "": $AIRLOCK_CGROUP_PARENT, or else airlock */
	char cgroup_parent[64];
	/* egress: [HOST[:PORT], ...]: what a request's "net": {"allow": [...]}
	 * may list (docs/network.md); empty: no egress at all.
	 * egress_resolve: [HOST:ADDR, ...]: names the proxy resolves so, as
	 * --resolve (in egress.resolve). */
	struct egress_policy egress;
	/* Per key, over all its runs (in this node's memory): MB through the
	 * proxy per UTC day, connections per hour; 0: no limit. A run gets
	 * what is left as its own limits; none left is 429. */
	int64_t egress_key_mb_per_day;
	int64_t egress_key_connections_per_hour;
	/* The service's data directory (set by the command that runs it, not
	 * read from the file): images are looked up in DATA_DIR/images. */
	char data_dir[256];
	/* store: where the service keeps its state (store.h): "" for SQLite in
	 * the data directory, sqlite:PATH, or postgres://... shared by many
	 * nodes; node: this node's name in the audit chain and the executions
	 * (docs/store.md), "" for one machine. */
	char store[512];
	char node[STORE_NAME_MAX];
	/* a node silent this long is lost and taken over (docs/store.md) */
	int node_lease_s;
};

void config_default(struct server_config *c);

/* cgroup_parent for engine_config: NULL when the file gives none. */
static inline const char *config_cgroup_parent(const struct server_config *c)
{
	return c->cgroup_parent[0] ? c->cgroup_parent : NULL;
}
/* Parses YAML bytes over c (which holds defaults). No I/O: the fuzzer's entry.
 * Errors read "FILE:LINE: reason". */
int config_parse(const char *data, size_t len, const char *filename, struct server_config *c,
		 err_t *err);
int config_load(const char *path, struct server_config *c, err_t *err);
/* A node name: 1-63 letters, digits, '.', '_' or '-' ("" too: none). */
int config_check_node(const char *node, err_t *err);
/* "ADDR:PORT" into c. */
int config_set_listen(struct server_config *c, const char *s, err_t *err);
/* The default/maximum limits for a language. */
const struct lang_limits *config_limits_for(const struct server_config *c, const char *lang);

#endif
