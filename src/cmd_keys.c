/*
 * `airlock keys create|list|revoke`: API keys of the service.
 *
 * A key is "ak_" and 64 hex digits of libsodium randomness: 256 bits, so a
 * plain SHA-256 is a safe thing to store (no salt or slow hash is needed
 * against guessing, and lookup by hash costs one index probe per request).
 * The token is printed once, alone on stdout's first line, for scripts.
 * Creating and revoking work on the database directly (WAL: the running
 * server sees the change at its next request) and append an audit link.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/data_dir.h"
#include "commands.h"
#include "common/util.h"
#include "net/egress.h"
#include "policy/analyze.h"
#include "service/audit.h"
#include "service/keys.h"
#include "service/quota.h"

static const char keys_usage[] =
    "usage: airlock keys create --name NAME [--admin] [--quota Q] [--policy MODE]\n"
    "                           [--egress HOST[:PORT],...] [--data-dir DIR] [--store URL]\n"
    "       airlock keys list [--data-dir DIR] [--store URL]\n"
    "       airlock keys revoke NAME [--data-dir DIR] [--store URL]\n"
    "Q is a comma-separated list of per-minute=N, per-day=N, concurrent=N,\n"
    "cpu-seconds=N (0: no limit); keys without --quota get the server's.\n"
    "MODE is off, warn, block or approve; keys without --policy get the server's.\n"
    "--egress: the hosts the key's requests may list in net.allow (within the\n"
    "server's egress list too); keys without it: the server's list alone.\n"
    "create prints the new key alone on its first line; it is not shown again.\n";

struct keys_args {
	const char *name, *quota, *data_dir, *policy, *store, *egress;
	int admin;
	const char *positional;
};

static int parse(int argc, char **argv, struct keys_args *a)
{
	static const struct option opts[] = {
	    {"name", required_argument, NULL, 'n'},
	    {"quota", required_argument, NULL, 'q'},
	    {"data-dir", required_argument, NULL, 'd'},
	    {"store", required_argument, NULL, 's'},
	    {"admin", no_argument, NULL, 'a'},
	    {"policy", required_argument, NULL, 'p'},
	    {"egress", required_argument, NULL, 'e'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	int c;

	memset(a, 0, sizeof(*a));
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "n:q:d:p:s:e:ah", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			a->name = optarg;
			break;
		case 'q':
			a->quota = optarg;
			break;
		case 'd':
			a->data_dir = optarg;
			break;
		case 's':
			a->store = optarg;
			break;
		case 'a':
			a->admin = 1;
			break;
		case 'p':
			a->policy = optarg;
			break;
		case 'e':
			a->egress = optarg;
			break;
		case 'h':
			return 1;
		default:
			print_error("keys: unknown option '%s'; try 'airlock keys --help'",
				    argv[optind - 1]);
			return -1;
		}
	}
	if (optind < argc)
		a->positional = argv[optind++];
	if (optind < argc) {
		print_error("keys: unexpected argument '%s'", argv[optind]);
		return -1;
	}
	return 0;
}

static int open_dir(const struct keys_args *a, int create, struct store **st, struct audit_keys *ak,
		    err_t *err)
{
	char dir[4096];

	data_dir_default(a->data_dir, dir, sizeof(dir));
	if (data_dir_open(dir, a->store, create, st, err) < 0)
		return -1;
	if (audit_keys_load(dir, create, ak, err) < 0) {
		store_close(*st);
		*st = NULL;
		return -1;
	}
	return 0;
}

static bool valid_name(const char *n)
{
	size_t len = strlen(n);
	if (len == 0 || len >= STORE_NAME_MAX)
		return false;
	for (; *n; n++)
		if (!((*n >= 'a' && *n <= 'z') || (*n >= 'A' && *n <= 'Z') ||
		      (*n >= '0' && *n <= '9') || strchr("-_.@", *n)))
			return false;
	return true;
}

static int keys_create(const struct keys_args *a, err_t *err)
{
	struct store *st = NULL;
	struct audit_keys ak;
	struct key_row k;
	char token[KEY_TOKEN_LEN], summary[128];

	memset(&k, 0, sizeof(k));
	if (a->name == NULL || !valid_name(a->name))
		return err_set(err, 0,
			       "keys create needs --name NAME (letters, digits, - _ . @; "
			       "at most 63)");
	if (a->quota) {
		k.has_quota = true;
		if (quota_parse(a->quota, &k.quota, err) < 0)
			return -1;
	}
	if (a->policy) {
		enum policy_mode m;
		if (policy_mode_parse(a->policy, &m) < 0)
			return err_set(err, 0, "--policy '%s' is not off, warn, block or approve",
				       a->policy);
		snprintf(k.policy, sizeof(k.policy), "%s", policy_mode_name(m));
	}
	if (a->egress) {
		struct egress_policy *p = xmalloc(sizeof(*p));
		int bad = egress_parse_list(p, a->egress, err);
		free(p);
		if (bad < 0)
			return err_wrap(err, "--egress");
		if (strlen(a->egress) >= sizeof(k.egress))
			return err_set(err, 0, "--egress: at most %zu bytes", sizeof(k.egress) - 1);
		snprintf(k.egress, sizeof(k.egress), "%s", a->egress);
	}
	if (open_dir(a, 1, &st, &ak, err) < 0)
		return -1;
	key_generate(token);
	snprintf(k.name, sizeof(k.name), "%s", a->name);
	key_hash(token, k.hash);
	k.admin = a->admin;
	store_now(k.created_at);
	int ret = st->be->key_insert(st, &k, err);
	if (ret == 0) {
		snprintf(summary, sizeof(summary), "name=%s admin=%d%s%s%s%.60s", k.name, k.admin,
			 k.policy[0] ? " policy=" : "", k.policy, k.egress[0] ? " egress=" : "",
			 k.egress);
		ret = audit_append(st, &ak, "key_created", k.id, "", summary, err);
	}
	store_close(st);
	audit_keys_free(&ak);
	if (ret < 0)
		return -1;
	printf("%s\n", token);
	fprintf(stderr, "airlock: key '%s' created%s; it is shown only this once\n", k.name,
		k.admin ? " (admin)" : "");
	return 0;
}

static void print_key(void *ctx, const struct key_row *k)
{
	(void)ctx;
	char q[128] = "server default";
	if (k->has_quota)
		snprintf(q, sizeof(q),
			 "per-minute=%lld,per-day=%lld,concurrent=%lld,cpu-seconds=%lld",
			 (long long)k->quota.per_minute, (long long)k->quota.per_day,
			 (long long)k->quota.concurrent, (long long)k->quota.cpu_s_day);
	printf("%-20s %-6s %-8s %-24s %-8s %s\n", k->name, k->admin ? "admin" : "user",
	       k->revoked ? "revoked" : "active", k->created_at,
	       k->policy[0] ? k->policy : "server", q);
}

static int keys_list(const struct keys_args *a, err_t *err)
{
	struct store *st = NULL;
	char dir[4096];

	data_dir_default(a->data_dir, dir, sizeof(dir));
	if (data_dir_open(dir, a->store, 0, &st, err) < 0)
		return -1;
	printf("%-20s %-6s %-8s %-24s %-8s %s\n", "NAME", "ROLE", "STATE", "CREATED", "POLICY",
	       "QUOTA");
	int ret = st->be->key_list(st, print_key, NULL, err);
	store_close(st);
	return ret;
}

static int keys_revoke(const struct keys_args *a, err_t *err)
{
	struct store *st = NULL;
	struct audit_keys ak;
	struct key_row k;
	bool found;
	char summary[128];

	if (a->positional == NULL)
		return err_set(err, 0, "keys revoke needs the key's NAME");
	if (open_dir(a, 0, &st, &ak, err) < 0)
		return -1;
	int ret = st->be->key_by_name(st, a->positional, &k, &found, err);
	if (ret == 0 && !found)
		ret = err_set(err, 0, "no key named '%s' (see 'airlock keys list')", a->positional);
	if (ret == 0)
		ret = st->be->key_revoke(st, k.id, err);
	if (ret == 0) {
		snprintf(summary, sizeof(summary), "name=%s", k.name);
		ret = audit_append(st, &ak, "key_revoked", k.id, "", summary, err);
	}
	store_close(st);
	audit_keys_free(&ak);
	if (ret == 0)
		fprintf(stderr, "airlock: key '%s' revoked\n", a->positional);
	return ret;
}

int cmd_keys(int argc, char **argv)
{
	struct keys_args a;
	err_t err;
	int r;

	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(keys_usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_AIRLOCK : 0;
	}
	r = parse(argc - 1, argv + 1, &a);
	if (r != 0) {
		if (r > 0)
			fputs(keys_usage, stdout);
		return r > 0 ? 0 : EXIT_AIRLOCK;
	}
	err_clear(&err);
	if (!strcmp(argv[1], "create"))
		r = keys_create(&a, &err);
	else if (!strcmp(argv[1], "list"))
		r = keys_list(&a, &err);
	else if (!strcmp(argv[1], "revoke"))
		r = keys_revoke(&a, &err);
	else
		r = err_set(&err, 0, "unknown keys command '%s' (create, list, revoke)", argv[1]);
	if (r < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	return 0;
}
