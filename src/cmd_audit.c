/* `airlock audit verify|export`: check or copy out the audit chain. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "cli/data_dir.h"
#include "commands.h"
#include "service/audit.h"

static const char audit_usage[] =
    "usage: airlock audit verify [--data-dir DIR] [--store URL]\n"
    "       airlock audit export [--data-dir DIR] [--store URL]\n"
    "verify exits 0 when the chain is intact, 1 when it is broken (it prints\n"
    "the first broken link and why), 125 when it cannot read the chain.\n"
    "export writes one JSON object per link, then the signed head, as JSON lines.\n";

static int export_link(void *ctx, const struct audit_row *r)
{
	(void)ctx;
	json_t *o = json_pack("{s:s, s:I, s:s, s:s, s:s, s:I, s:s, s:s, s:s}", "type", "link",
			      "seq", (json_int_t)r->seq, "time", r->time, "prev_hash", r->prev_hash,
			      "event", r->event, "key_id", (json_int_t)r->key_id, "code_hash",
			      r->code_hash, "summary", r->summary, "hash", r->hash);
	if (r->node[0]) /* many nodes: the node is hashed too (docs/api.md) */
		json_object_set_new(o, "node", json_string(r->node));
	char *s = json_dumps(o, JSON_COMPACT);
	puts(s);
	free(s);
	json_decref(o);
	return 0;
}

static int audit_export(struct store *st, const struct audit_keys *ak, err_t *err)
{
	char hash[STORE_HASH_HEX], sig[256], pk[65];
	int64_t seq;
	bool found;

	if (st->be->audit_walk(st, export_link, NULL, err) < 0)
		return -1;
	if (st->be->audit_get_head(st, &seq, hash, sig, sizeof(sig), &found, err) < 0)
		return -1;
	sodium_bin2hex(pk, sizeof(pk), ak->pk, sizeof(ak->pk));
	if (found) {
		json_t *o = json_pack("{s:s, s:I, s:s, s:s, s:s, s:s}", "type", "head", "seq",
				      (json_int_t)seq, "hash", hash, "signature", sig, "public_key",
				      pk, "signed", "airlock-audit-head-v1:SEQ:HASH (Ed25519)");
		char *s = json_dumps(o, JSON_COMPACT);
		puts(s);
		free(s);
		json_decref(o);
	}
	return fflush(stdout) == 0 ? 0 : err_set(err, errno, "cannot write the export");
}

int cmd_audit(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"data-dir", required_argument, NULL, 'd'},
	    {"store", required_argument, NULL, 's'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *data_dir = NULL, *store = NULL;
	struct store *st = NULL;
	struct audit_keys ak;
	struct audit_report rep;
	char dir[4096];
	err_t err;
	int c;

	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(audit_usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_AIRLOCK : 0;
	}
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc - 1, argv + 1, "d:s:h", opts, NULL)) != -1) {
		if (c == 'd') {
			data_dir = optarg;
		} else if (c == 's') {
			store = optarg;
		} else if (c == 'h') {
			fputs(audit_usage, stdout);
			return 0;
		} else {
			print_error("audit: unknown option '%s'", argv[optind]);
			return EXIT_AIRLOCK;
		}
	}
	if (strcmp(argv[1], "verify") && strcmp(argv[1], "export")) {
		print_error("unknown audit command '%s' (verify, export)", argv[1]);
		return EXIT_AIRLOCK;
	}
	err_clear(&err);
	data_dir_default(data_dir, dir, sizeof(dir));
	if (data_dir_open(dir, store, 0, &st, &err) < 0 || audit_keys_load(dir, 0, &ak, &err) < 0) {
		print_error("%s", err.msg);
		store_close(st);
		return EXIT_AIRLOCK;
	}
	audit_keys_free(&ak); /* verify and export need the public key only */
	if (!strcmp(argv[1], "export")) {
		int r = audit_export(st, &ak, &err);
		store_close(st);
		if (r < 0)
			print_error("%s", err.msg);
		return r < 0 ? EXIT_AIRLOCK : 0;
	}
	int r = audit_verify(st, ak.pk, &rep, &err);
	store_close(st);
	if (r < 0) {
		print_error("cannot verify the audit chain: %s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (!rep.ok) {
		printf("audit chain broken at seq %lld: %s\n", (long long)rep.bad_seq, rep.reason);
		return 1;
	}
	printf("audit chain intact: %lld links, head signed\n", (long long)rep.links);
	return 0;
}
