/*
 * The YAML configuration (libfyaml).
 *
 * Every option is an entry of a table (name, type, offset, bounds), so a new
 * option is a line of data and the parser, its error messages and its
 * fuzzer all follow. Limits are read the same way: one table of limit names
 * used for `defaults:` and `max:` under `limits:` (every language) and under
 * `languages: {NAME: ...}`. Unknown keys are errors: a misspelt option must
 * not silently fall back to a default. Every error names the file and line.
 *
 * config_parse takes bytes and does no I/O, so a libFuzzer target drives it.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <libfyaml.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "lang/lang.h"
#include "service/config.h"

enum opt_type {
	OPT_INT,
	OPT_SIZE_KB,
	OPT_BOOL_LOGJSON,
	OPT_LISTEN,
	OPT_I64,
	OPT_BOOL,
	OPT_ENUM,
	OPT_PATH,
	OPT_HOST /* a host name, maybe with :PORT */
};

struct opt {
	const char *name;
	enum opt_type type;
	size_t off;
	long long min, max;	  /* OPT_PATH: max is the buffer's size */
	const char *const *names; /* OPT_ENUM: the values, NULL-terminated; an int */
};

/* In the order of enum policy_mode and enum severity (analyze.h). The
 * names are repeated here so that the parser (and its fuzzer) link without
 * the analyzer. */
static const char *const mode_names[] = {"off", "warn", "block", "approve", NULL};
static const char *const severity_names[] = {"info", "warn", "high", NULL};
static const char *const unanalyzable_names[] = {"allow", "block", NULL};
/* config.h: SPAWNER_OFF, SPAWNER_ON, SPAWNER_REQUIRED */
static const char *const spawner_names[] = {"false", "true", "required", NULL};

#define O(f) offsetof(struct server_config, f)
static const struct opt options[] = {
    {"listen", OPT_LISTEN, 0, 0, 0},
    {"workers", OPT_INT, O(workers), 1, 256},
    {"queue_size", OPT_INT, O(queue_size), 0, 100000},
    {"max_connections", OPT_INT, O(max_connections), 1, 10000},
    {"max_connections_per_ip", OPT_INT, O(max_connections_per_ip), 0, 10000},
    {"max_body_kb", OPT_SIZE_KB, O(max_body_bytes), 1, 1 << 20},
    {"max_code_kb", OPT_SIZE_KB, O(max_code_bytes), 1, 1 << 20},
    {"connection_timeout_s", OPT_INT, O(connection_timeout_s), 1, 3600},
    {"request_head_timeout_s", OPT_INT, O(request_head_timeout_s), 1, 3600},
    {"grace_period_s", OPT_INT, O(grace_period_s), 0, 3600},
    {"retention_days", OPT_INT, O(retention_days), 0, 36500},
    {"log_format", OPT_BOOL_LOGJSON, O(log_json), 0, 0},
    {"redact", OPT_BOOL, O(redact), 0, 0},
    {"redact_code", OPT_BOOL, O(redact_code), 0, 0},
    {"anonymous_key", OPT_PATH, O(anonymous_key), 0, STORE_NAME_MAX},
    {"callbacks_allow_private", OPT_BOOL, O(callbacks_allow_private), 0, 0},
    {"pool_idle_s", OPT_INT, O(pool_idle_s), 0, 31536000},
    {"spawner", OPT_ENUM, O(spawner), 0, 0, spawner_names},
    {"max_sandboxes", OPT_INT, O(max_sandboxes), 0, 100000},
    {"egress_key_mb_per_day", OPT_I64, O(egress_key_mb_per_day), 0, 1LL << 30},
    {"egress_key_connections_per_hour", OPT_I64, O(egress_key_connections_per_hour), 0, 1LL << 30},
    {"max_sandboxes_per_key", OPT_INT, O(max_sandboxes_per_key), 0, 100000},
    {"sandbox_timeout_s", OPT_INT, O(sandbox_timeout_s), 1, 31536000},
    {"sandbox_max_timeout_s", OPT_INT, O(sandbox_max_timeout_s), 1, 31536000},
    {"sandbox_idle_timeout_s", OPT_INT, O(sandbox_idle_timeout_s), 1, 31536000},
    {"paused_max_s", OPT_INT, O(paused_max_s), 1, 31536000},
    {"store", OPT_PATH, O(store), 0, sizeof(((struct server_config *)0)->store)},
    {"node", OPT_PATH, O(node), 0, STORE_NAME_MAX},
    {"node_lease_s", OPT_INT, O(node_lease_s), 2, 3600},
    {"pool_dir", OPT_PATH, O(pool_dir), 0, sizeof(((struct server_config *)0)->pool_dir)},
    {"cgroup_parent", OPT_PATH, O(cgroup_parent), 0,
     sizeof(((struct server_config *)0)->cgroup_parent)},
    {"e2b_domain", OPT_HOST, O(e2b_domain), 0, sizeof(((struct server_config *)0)->e2b_domain)},
};

#define P(f) offsetof(struct policy_config, f)
static const struct opt policy_options[] = {
    {"mode", OPT_ENUM, P(mode), 0, 0, mode_names},
    {"fail_on", OPT_ENUM, P(fail_on), 0, 0, severity_names},
    {"rules_dir", OPT_PATH, P(rules_dir), 0, sizeof(((struct policy_config *)0)->rules_dir)},
    {"approval_timeout_s", OPT_INT, P(approval_timeout_s), 1, 31536000},
    {"unanalyzable", OPT_ENUM, P(unanalyzable_block), 0, 0, unanalyzable_names},
};

#define Q(f) offsetof(struct key_quota, f)
static const struct opt quota_options[] = {
    {"per_minute", OPT_I64, Q(per_minute), 0, 1000000},
    {"per_day", OPT_I64, Q(per_day), 0, 1000000000},
    {"concurrent", OPT_I64, Q(concurrent), 0, 100000},
    {"cpu_seconds_per_day", OPT_I64, Q(cpu_s_day), 0, 1000000000},
};

enum lim_type { LIM_DOUBLE, LIM_U64, LIM_NET };
struct lim {
	const char *name;
	enum lim_type type;
	size_t off;
};
#define L(f) offsetof(struct limits, f)
static const struct lim limit_fields[] = {
    {"time_limit_s", LIM_DOUBLE, L(time_limit_s)},
    {"wall_time_limit_s", LIM_DOUBLE, L(wall_time_limit_s)},
    {"memory_limit_mb", LIM_U64, L(memory_limit_mb)},
    {"max_processes", LIM_U64, L(max_processes)},
    {"max_output_kb", LIM_U64, L(max_output_kb)},
    {"disk_limit_mb", LIM_U64, L(disk_limit_mb)},
    {"net", LIM_NET, L(net)},
};

void config_default(struct server_config *c)
{
	memset(c, 0, sizeof(*c));
	egress_policy_init(&c->egress);
	snprintf(c->listen_addr, sizeof(c->listen_addr), "127.0.0.1");
	c->port = 8080;
	c->workers = 2;
	c->queue_size = 64;
	c->max_connections = 1024;
	c->max_connections_per_ip = 256;
	c->max_body_bytes = 2u << 20;
	c->max_code_bytes = 1u << 20;
	c->connection_timeout_s = 30;
	c->request_head_timeout_s = 10;
	c->grace_period_s = 10;
	c->node_lease_s = 10;
	c->retention_days = 30;
	c->quota = (struct key_quota){
	    .per_minute = 600, .per_day = 100000, .concurrent = 16, .cpu_s_day = 36000};
	c->policy = (struct policy_config){
	    .mode = POLICY_OFF, .fail_on = SEV_HIGH, .approval_timeout_s = 3600};
	c->redact = 1;
	c->spawner = SPAWNER_ON;
	c->npool = 2;
	snprintf(c->pool[0].name, sizeof(c->pool[0].name), "python");
	c->pool[0].n = 1;
	snprintf(c->pool[1].name, sizeof(c->pool[1].name), "node");
	c->pool[1].n = 1;
	c->pool_idle_s = 600;
	c->max_sandboxes = 50;
	c->max_sandboxes_per_key = 5;
	c->sandbox_timeout_s = 300;
	c->sandbox_max_timeout_s = 86400;
	c->sandbox_idle_timeout_s = 300;
	c->paused_max_s = 86400;
	limits_default(&c->all.defaults);
	c->all.max = (struct limits){.time_limit_s = 60,
				     .wall_time_limit_s = 180,
				     .memory_limit_mb = 2048,
				     .max_processes = 256,
				     .max_output_kb = 16384,
				     .disk_limit_mb = 1024,
				     .net = NET_LOOPBACK};
}

int config_check_node(const char *node, err_t *err)
{
	size_t n = strlen(node);

	if (n >= STORE_NAME_MAX ||
	    strspn(node, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != n)
		return err_set(err, 0,
			       "node '%.*s' must be 1 to %d letters, digits, '.', '_' or '-'",
			       (int)(n > 80 ? 80 : n), node, STORE_NAME_MAX - 1);
	return 0;
}

int config_set_listen(struct server_config *c, const char *s, err_t *err)
{
	const char *colon = strrchr(s, ':');
	char *end;
	long port;

	if (colon == NULL || colon == s || (size_t)(colon - s) >= sizeof(c->listen_addr))
		return err_set(err, 0, "listen address '%s' is not ADDR:PORT", s);
	errno = 0;
	port = strtol(colon + 1, &end, 10);
	if (errno || *end || end == colon + 1 || port < 0 || port > 65535)
		return err_set(err, 0, "listen port in '%s' is not a number in 0..65535", s);
	snprintf(c->listen_addr, sizeof(c->listen_addr), "%.*s", (int)(colon - s), s);
	c->port = (int)port;
	return 0;
}

const struct lang_limits *config_limits_for(const struct server_config *c, const char *lang)
{
	for (int i = 0; i < c->nlangs; i++)
		if (strcmp(c->langs[i].name, lang) == 0)
			return &c->langs[i];
	return &c->all;
}

/* ---- the walk over the document ---- */

struct walk {
	const char *file;
	err_t *err;
};

/* The line of a node: its own token for a scalar, its first key's for a
 * mapping or sequence (libfyaml keeps marks on tokens). */
static int node_line(struct fy_node *n)
{
	struct fy_token *t = NULL;
	void *it = NULL;

	for (int depth = 0; n && depth < 8 && t == NULL; depth++) {
		if (fy_node_get_type(n) == FYNT_SCALAR) {
			t = fy_node_get_scalar_token(n);
		} else if (fy_node_get_type(n) == FYNT_MAPPING) {
			struct fy_node_pair *p = fy_node_mapping_iterate(n, &it);
			n = p ? fy_node_pair_key(p) : NULL;
		} else {
			n = fy_node_sequence_iterate(n, &it);
		}
		it = NULL;
	}
	const struct fy_mark *m = t ? fy_token_start_mark(t) : NULL;
	return m ? m->line + 1 : 0;
}

__attribute__((format(printf, 3, 4))) static int at(struct walk *w, struct fy_node *n,
						    const char *fmt, ...)
{
	char what[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return err_set(w->err, 0, "%s:%d: %s", w->file, node_line(n), what);
}

static int scalar(struct walk *w, struct fy_node *n, const char *key, char *out, size_t size)
{
	size_t len;
	const char *s;

	if (fy_node_get_type(n) != FYNT_SCALAR)
		return at(w, n, "'%s' must be a single value", key);
	s = fy_node_get_scalar(n, &len);
	if (s == NULL || len >= size)
		return at(w, n, "the value of '%s' is too long", key);
	memcpy(out, s, len);
	out[len] = 0;
	return 0;
}

static int number(struct walk *w, struct fy_node *n, const char *key, double min, double max,
		  double *out)
{
	char buf[64], *end;

	if (scalar(w, n, key, buf, sizeof(buf)) < 0)
		return -1;
	errno = 0;
	*out = strtod(buf, &end);
	if (errno || end == buf || *end || !(*out >= min && *out <= max)) {
		return at(w, n, "'%s' must be a number from %g to %g", key, min, max);
	}
	return 0;
}

/* "off, warn, block or approve" */
static void list_names(const char *const *names, char *out, size_t size)
{
	size_t n = 0, len = 0;

	while (names[n])
		n++;
	out[0] = 0;
	for (size_t i = 0; i < n && len < size; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%s",
					i == 0	     ? ""
					: i + 1 == n ? " or "
						     : ", ",
					names[i]);
}

static int set_option(struct walk *w, const struct opt *o, void *base, struct fy_node *v,
		      struct server_config *c)
{
	char buf[1024], names[128];
	double d;

	switch (o->type) {
	case OPT_BOOL:
		if (scalar(w, v, o->name, buf, sizeof(buf)) < 0)
			return -1;
		if (strcmp(buf, "true") != 0 && strcmp(buf, "false") != 0)
			return at(w, v, "'%s' must be true or false", o->name);
		*(int *)((char *)base + o->off) = strcmp(buf, "true") == 0;
		return 0;
	case OPT_ENUM:
		if (scalar(w, v, o->name, buf, sizeof(buf)) < 0)
			return -1;
		for (int i = 0; o->names[i]; i++)
			if (strcmp(buf, o->names[i]) == 0) {
				*(int *)((char *)base + o->off) = i;
				return 0;
			}
		list_names(o->names, names, sizeof(names));
		return at(w, v, "'%s' must be %s", o->name, names);
	case OPT_PATH:
		if (scalar(w, v, o->name, buf, (size_t)o->max) < 0)
			return -1;
		if (buf[0] == 0)
			return at(w, v, "'%s' must not be empty", o->name);
		snprintf((char *)base + o->off, (size_t)o->max, "%s", buf);
		return 0;
	case OPT_HOST:
		if (scalar(w, v, o->name, buf, (size_t)o->max) < 0)
			return -1;
		if (buf[0] == 0 || buf[0] == '.' || buf[0] == '-' ||
		    strspn(buf, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:") !=
			strlen(buf))
			return at(w, v, "'%s' must be a host name, maybe with :PORT (letters, digits, '.', '-')",
				  o->name);
		snprintf((char *)base + o->off, (size_t)o->max, "%s", buf);
		return 0;
	case OPT_LISTEN:
		if (scalar(w, v, o->name, buf, sizeof(buf)) < 0)
			return -1;
		if (config_set_listen(c, buf, w->err) < 0)
			return at(w, v, "%s", w->err->msg);
		return 0;
	case OPT_BOOL_LOGJSON:
		if (scalar(w, v, o->name, buf, sizeof(buf)) < 0)
			return -1;
		if (strcmp(buf, "json") != 0 && strcmp(buf, "text") != 0)
			return at(w, v, "'%s' must be text or json", o->name);
		*(int *)((char *)base + o->off) = strcmp(buf, "json") == 0;
		return 0;
	case OPT_INT:
	case OPT_I64:
	case OPT_SIZE_KB:
		if (number(w, v, o->name, (double)o->min, (double)o->max, &d) < 0)
			return -1;
		if (d != (double)(long long)d)
			return at(w, v, "'%s' must be a whole number", o->name);
		if (o->type == OPT_INT)
			*(int *)((char *)base + o->off) = (int)d;
		else if (o->type == OPT_I64)
			*(int64_t *)((char *)base + o->off) = (int64_t)d;
		else
			*(size_t *)((char *)base + o->off) = (size_t)d * 1024;
		return 0;
	}
	return 0;
}

static int walk_table(struct walk *w, struct fy_node *map, const struct opt *tab, size_t n,
		      void *base, struct server_config *c, const char *section)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[64];

	if (fy_node_get_type(map) != FYNT_MAPPING)
		return at(w, map, "'%s' must be a mapping", section);
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p);
		size_t i;
		if (k == NULL || v == NULL || scalar(w, k, section, key, sizeof(key)) < 0)
			return at(w, k ? k : map, "bad key in '%s'", section);
		for (i = 0; i < n; i++)
			if (strcmp(tab[i].name, key) == 0)
				break;
		if (i == n)
			return at(w, k, "unknown option '%s'", key);
		if (set_option(w, &tab[i], base, v, c) < 0)
			return -1;
	}
	return 0;
}

static int walk_limits(struct walk *w, struct fy_node *map, struct limits *l, const char *section)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[64], buf[32];
	double d;

	if (fy_node_get_type(map) != FYNT_MAPPING)
		return at(w, map, "'%s' must be a mapping of limits", section);
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p);
		size_t i;
		if (k == NULL || v == NULL || scalar(w, k, section, key, sizeof(key)) < 0)
			return at(w, k ? k : map, "bad key in '%s'", section);
		for (i = 0; i < ARRAY_SIZE(limit_fields); i++)
			if (strcmp(limit_fields[i].name, key) == 0)
				break;
		if (i == ARRAY_SIZE(limit_fields))
			return at(w, k, "unknown limit '%s'", key);
		char *f = (char *)l + limit_fields[i].off;
		switch (limit_fields[i].type) {
		case LIM_NET:
			if (scalar(w, v, key, buf, sizeof(buf)) < 0)
				return -1;
			if (strcmp(buf, "none") && strcmp(buf, "loopback"))
				return at(w, v, "'%s' must be none or loopback", key);
			*(enum net_mode *)f =
			    strcmp(buf, "loopback") == 0 ? NET_LOOPBACK : NET_NONE;
			break;
		case LIM_DOUBLE:
			if (number(w, v, key, 0.001, 86400, &d) < 0)
				return -1;
			*(double *)f = d;
			break;
		case LIM_U64:
			if (number(w, v, key, 1, 1e9, &d) < 0)
				return -1;
			if (d != (double)(long long)d)
				return at(w, v, "'%s' must be a whole number", key);
			*(uint64_t *)f = (uint64_t)d;
			break;
		}
	}
	return 0;
}

static int walk_lang_limits(struct walk *w, struct fy_node *map, struct lang_limits *ll)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[64];

	if (fy_node_get_type(map) != FYNT_MAPPING)
		return at(w, map, "'%s' must be a mapping with defaults and max",
			  ll->name[0] ? ll->name : "limits");
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p);
		if (k == NULL || v == NULL || scalar(w, k, "limits", key, sizeof(key)) < 0)
			return at(w, k ? k : map, "bad key in '%s'", "limits");
		if (strcmp(key, "defaults") == 0) {
			if (walk_limits(w, v, &ll->defaults, "defaults") < 0)
				return -1;
		} else if (strcmp(key, "max") == 0) {
			if (walk_limits(w, v, &ll->max, "max") < 0)
				return -1;
		} else {
			return at(w, k, "unknown key '%s' (expected defaults or max)", key);
		}
	}
	return 0;
}

static int walk_languages(struct walk *w, struct fy_node *map, struct server_config *c)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[24];

	if (fy_node_get_type(map) != FYNT_MAPPING)
		return at(w, map, "'%s' must be a mapping of language names", "languages");
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p);
		const struct lang_profile *lp;
		if (k == NULL || v == NULL || scalar(w, k, "languages", key, sizeof(key)) < 0)
			return at(w, k ? k : map, "bad key in '%s'", "languages");
		if ((lp = lang_find(key)) == NULL)
			return at(w, k, "unknown language '%s'", key);
		if (c->nlangs == CONFIG_MAX_LANGS)
			return at(w, k, "too many languages (at '%s')", key);
		struct lang_limits *ll = &c->langs[c->nlangs++];
		*ll = c->all;
		snprintf(ll->name, sizeof(ll->name), "%s", lp->name);
		if (walk_lang_limits(w, v, ll) < 0)
			return -1;
	}
	return 0;
}

/* pool: {LANGUAGE: N}, over the default. */
static int walk_pool(struct walk *w, struct fy_node *map, struct server_config *c)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[24];

	if (fy_node_get_type(map) != FYNT_MAPPING)
		return at(w, map, "'%s' must be a mapping of language names to counts", "pool");
	c->npool = 0;
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p);
		const struct lang_profile *lp;
		double n;
		if (k == NULL || v == NULL || scalar(w, k, "pool", key, sizeof(key)) < 0)
			return at(w, k ? k : map, "bad key in '%s'", "pool");
		if ((lp = lang_find(key)) == NULL)
			return at(w, k, "unknown language '%s' in pool", key);
		if (number(w, v, key, 0, 16, &n) < 0)
			return -1;
		if (n != (int)n)
			return at(w, v, "pool: %s must be a whole number of templates", key);
		if (n > 0 && lp->warm_template == NULL)
			return at(w, k, "pool: %s has no warm template (python and node have one)",
				  lp->name);
		for (int i = 0; i < c->npool; i++)
			if (strcmp(c->pool[i].name, lp->name) == 0)
				return at(w, k, "pool: %s is given twice", lp->name);
		if (c->npool == CONFIG_MAX_LANGS)
			return at(w, k, "pool: too many languages (at '%s')", key);
		snprintf(c->pool[c->npool].name, sizeof(c->pool[0].name), "%s", lp->name);
		c->pool[c->npool++].n = (int)n;
	}
	return 0;
}

/* mounts: {NAME: /host/dir}: names a request may use; paths absolute. */
static int walk_mounts(struct walk *w, struct fy_node *map, struct server_config *c)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[32], path[256];

	if (fy_node_get_type(map) != FYNT_MAPPING)
		return at(w, map, "'%s' must be a mapping of names to host directories", "mounts");
	c->nmounts = 0;
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p);
		if (k == NULL || v == NULL || scalar(w, k, "mounts", key, sizeof(key)) < 0)
			return at(w, k ? k : map, "bad key in '%s'", "mounts");
		if (key[0] == 0 ||
		    strspn(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				"0123456789-_.") != strlen(key))
			return at(w, k, "mounts: '%s' must be letters, digits, '-', '_' or '.'",
				  key);
		if (scalar(w, v, key, path, sizeof(path)) < 0)
			return -1;
		if (path[0] != '/')
			return at(w, v, "mounts: %s must be an absolute host path, not '%s'", key,
				  path);
		for (int i = 0; i < c->nmounts; i++)
			if (strcmp(c->mounts[i].name, key) == 0)
				return at(w, k, "mounts: %s is given twice", key);
		if (c->nmounts == CONFIG_MAX_MOUNTS)
			return at(w, k, "mounts: more than %d (at '%s')", CONFIG_MAX_MOUNTS, key);
		snprintf(c->mounts[c->nmounts].name, sizeof(c->mounts[0].name), "%s", key);
		snprintf(c->mounts[c->nmounts++].path, sizeof(c->mounts[0].path), "%s", path);
	}
	return 0;
}

static int check_limits(struct walk *w, const struct lang_limits *ll)
{
	struct limits d = ll->defaults;
	const char *what = ll->name[0] ? ll->name : "every language";

	limits_finish(&d);
	for (size_t i = 0; i < ARRAY_SIZE(limit_fields); i++) {
		const char *a = (const char *)&d + limit_fields[i].off;
		const char *b = (const char *)&ll->max + limit_fields[i].off;
		int over = 0;
		if (limit_fields[i].type == LIM_DOUBLE)
			over = *(const double *)a > *(const double *)b;
		else if (limit_fields[i].type == LIM_U64)
			over = *(const uint64_t *)a > *(const uint64_t *)b;
		else
			over = *(const enum net_mode *)a > *(const enum net_mode *)b;
		if (over)
			return err_set(w->err, 0, "%s: default %s of %s is above its maximum",
				       w->file, limit_fields[i].name, what);
	}
	return 0;
}

static void capture_diag(struct fy_diag *diag, void *user, const char *buf, size_t len)
{
	struct buf *b = user;
	(void)diag;
	if (b->len < 512)
		buf_append(b, buf, len);
}

static bool only_comments(const char *d, size_t len)
{
	bool line_start = true, comment = false;

	for (size_t i = 0; i < len; i++) {
		if (d[i] == '\n') {
			line_start = true;
			comment = false;
		} else if (comment || d[i] == ' ' || d[i] == '\t' || d[i] == '\r') {
			continue;
		} else if (d[i] == '#' ||
			   (line_start && len - i >= 3 && !memcmp(d + i, "---", 3))) {
			comment = true;
		} else {
			return false;
		}
	}
	return true;
}

/* The configuration is plain UTF-8 text without YAML directives, tabs or
 * complex keys, none of which it needs. Checked before libfyaml sees it:
 * libfyaml 0.7 loops on a directive line with invalid UTF-8 in it and
 * double-frees on some complex keys mixed with tabs (both found by the
 * fuzzer). Returns the 1-based line of
 * the first problem, 0 when the text is fine. */
static int config_text_problem(const char *d, size_t len, const char **why)
{
	int line = 1;
	bool line_start = true;

	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)d[i];
		size_t n = c < 0x80	    ? 1
			   : (c >> 5) == 6  ? 2
			   : (c >> 4) == 14 ? 3
			   : (c >> 3) == 30 ? 4
					    : 0;
		if (n == 0 || i + n > len) {
			*why = "the file is not UTF-8 text";
			return line;
		}
		for (size_t k = 1; k < n; k++)
			if (((unsigned char)d[i + k] >> 6) != 2) {
				*why = "the file is not UTF-8 text";
				return line;
			}
		if (n == 1 && c < 0x20 && c != '\n' && c != '\r') {
			*why = c == '\t' ? "tab in the file; indent with spaces"
					 : "control character in the file";
			return line;
		}
		if (c == '?' && (i == 0 || strchr(" \n{[,", d[i - 1])) &&
		    (i + 1 == len || strchr(" \n\r", d[i + 1]))) {
			*why = "complex keys (?) are not supported";
			return line;
		}
		if (c == '\r' && (i + 1 == len || d[i + 1] != '\n')) {
			*why = "carriage return without a line feed";
			return line;
		}
		if (line_start && c == '%') {
			*why = "YAML directives (%) are not supported";
			return line;
		}
		line_start = c == '\n' || c == '\r';
		line += c == '\n';
		i += n;
	}
	return 0;
}

/* mcp: {allowed_origins: [ORIGIN...]}: the browser origins /mcp answers
 * (a request with another Origin is refused, against DNS rebinding). */
static int walk_mcp(struct walk *w, struct fy_node *map, struct server_config *c)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[64];

	if (fy_node_get_type(map) != FYNT_MAPPING)
		return at(w, map, "'%s' must be a mapping", "mcp");
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p), *o;
		void *it2 = NULL;
		if (k == NULL || v == NULL || scalar(w, k, "mcp", key, sizeof(key)) < 0)
			return at(w, k ? k : map, "bad key in '%s'", "mcp");
		if (strcmp(key, "allowed_origins") != 0)
			return at(w, k, "unknown option 'mcp.%s' (known: allowed_origins)", key);
		if (fy_node_get_type(v) != FYNT_SEQUENCE)
			return at(w, v, "'%s' must be a list of origins", "mcp.allowed_origins");
		c->n_mcp_origins = 0;
		while ((o = fy_node_sequence_iterate(v, &it2)) != NULL) {
			if (c->n_mcp_origins >= CONFIG_MAX_ORIGINS)
				return at(w, o, "at most %d origins in '%s'", CONFIG_MAX_ORIGINS,
					  "mcp.allowed_origins");
			if (scalar(w, o, "mcp.allowed_origins", c->mcp_origins[c->n_mcp_origins],
				   sizeof(c->mcp_origins[0])) < 0)
				return -1;
			c->n_mcp_origins++;
		}
	}
	return 0;
}

/* egress: a list of HOST[:PORT], as --allow-host takes them;
 * egress_resolve: a list of HOST:ADDR, as --resolve */
static int walk_egress(struct walk *w, struct fy_node *list, struct server_config *c, bool resolve)
{
	const char *name = resolve ? "egress_resolve" : "egress";
	struct fy_node *o;
	void *it = NULL;
	char spec[NET_HOST_MAX + 256];
	err_t err;

	if (fy_node_get_type(list) != FYNT_SEQUENCE)
		return at(w, list, "'%s' must be a list of %s", name,
			  resolve ? "HOST:ADDR" : "HOST[:PORT]");
	if (resolve)
		c->egress.nresolve = 0;
	else
		c->egress.nrules = 0;
	while ((o = fy_node_sequence_iterate(list, &it)) != NULL) {
		if (scalar(w, o, name, spec, sizeof(spec)) < 0)
			return -1;
		if ((resolve ? egress_add_resolve(&c->egress, spec, &err)
			     : egress_add_rule(&c->egress, spec, &err)) < 0)
			return at(w, o, "%s: %s", name, err.msg);
	}
	return 0;
}

static int walk_root(struct walk *w, struct fy_node *root, struct server_config *c)
{
	struct fy_node_pair *p;
	void *it = NULL;
	char key[64];

	if (root == NULL)
		return 0; /* an empty file: every default */
	if (fy_node_get_type(root) != FYNT_MAPPING)
		return at(w, root, "the %s must be a mapping of options", "configuration");
	while ((p = fy_node_mapping_iterate(root, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(p), *v = fy_node_pair_value(p);
		if (k == NULL || v == NULL || scalar(w, k, "configuration", key, sizeof(key)) < 0)
			return at(w, k ? k : root, "bad key in the %s", "configuration");
		int r;
		if (strcmp(key, "quotas") == 0)
			r = walk_table(w, v, quota_options, ARRAY_SIZE(quota_options), &c->quota, c,
				       "quotas");
		else if (strcmp(key, "policy") == 0)
			r = walk_table(w, v, policy_options, ARRAY_SIZE(policy_options), &c->policy,
				       c, "policy");
		else if (strcmp(key, "limits") == 0)
			r = walk_lang_limits(w, v, &c->all);
		else if (strcmp(key, "languages") == 0)
			r = walk_languages(w, v, c);
		else if (strcmp(key, "mcp") == 0)
			r = walk_mcp(w, v, c);
		else if (strcmp(key, "pool") == 0)
			r = walk_pool(w, v, c);
		else if (strcmp(key, "mounts") == 0)
			r = walk_mounts(w, v, c);
		else if (strcmp(key, "egress") == 0 || strcmp(key, "egress_resolve") == 0)
			r = walk_egress(w, v, c, key[6] == '_');
		else {
			struct fy_node_pair *one = p;
			(void)one;
			size_t i;
			for (i = 0; i < ARRAY_SIZE(options); i++)
				if (strcmp(options[i].name, key) == 0)
					break;
			if (i == ARRAY_SIZE(options))
				return at(w, k, "unknown option '%s'", key);
			r = set_option(w, &options[i], c, v, c);
		}
		if (r < 0)
			return -1;
	}
	if (check_limits(w, &c->all) < 0)
		return -1;
	for (int i = 0; i < c->nlangs; i++)
		if (check_limits(w, &c->langs[i]) < 0)
			return -1;
	return 0;
}

int config_parse(const char *data, size_t len, const char *filename, struct server_config *c,
		 err_t *err)
{
	struct buf diagbuf = {0};
	struct fy_diag_cfg dcfg;
	struct fy_diag *diag;
	struct fy_parse_cfg pcfg;
	struct fy_document *doc;
	struct walk w = {filename, err};
	int ret;

	const char *why = NULL;
	int bad_line = config_text_problem(data, len, &why);
	if (bad_line)
		return err_set(err, 0, "%s:%d: %s", filename, bad_line, why);
	fy_diag_cfg_default(&dcfg);
	dcfg.fp = NULL;
	dcfg.output_fn = capture_diag;
	dcfg.user = &diagbuf;
	dcfg.colorize = false;
	diag = fy_diag_create(&dcfg);
	memset(&pcfg, 0, sizeof(pcfg));
	pcfg.flags = FYPCF_DEFAULT_PARSE | FYPCF_DISABLE_RECYCLING;
	pcfg.diag = diag;
	doc = fy_document_build_from_string(&pcfg, data, len);
	if (doc == NULL && only_comments(data, len)) {
		ret = 0; /* an empty file: every default */
	} else if (doc == NULL) {
		/* libfyaml says "<memory-@...>:LINE:COL: error: reason". */
		char *m = diagbuf.data ? diagbuf.data : NULL, *p;
		if (m) {
			if ((p = strchr(m, '\n')) != NULL)
				*p = 0;
			if (m[0] == '<' && (p = strstr(m, ">:")) != NULL)
				m = p + 2;
			if ((p = strstr(m, " error: ")) != NULL)
				memmove(p + 1, p + 8, strlen(p + 8) + 1);
		}
		ret = err_set(err, 0, "%s:%s", filename,
			      m ? m : " invalid YAML that cannot be parsed");
	} else {
		ret = walk_root(&w, fy_document_root(doc), c);
		fy_document_destroy(doc);
	}
	fy_diag_unref(diag);
	buf_free(&diagbuf);
	return ret;
}

int config_load(const char *path, struct server_config *c, err_t *err)
{
	cleanup_free char *data = NULL;
	size_t len = 0;

	if (read_file_max(path, 1u << 20, &data, &len, err) < 0)
		return err_wrap(err, "cannot read the configuration");
	return config_parse(data, len, path, c, err);
}
