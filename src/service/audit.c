/*
 * Audit chain: canonical encoding, hashing, signing and verification.
 *
 * Link n stores hash_n = SHA-256(encode(seq_n, time_n, hash_{n-1}, event_n,
 * key_n, code_hash_n, summary_n[, node_n])), node_n only where a node
 * is named (`airlock serve --node`). Verification recomputes every hash in
 * the order the rows are stored and checks that seq counts up by one from 1
 * and that each prev_hash is the hash before it. A changed byte changes the
 * hash; a deleted row leaves a gap in seq; an inserted row either repeats a
 * seq or does not chain; a reordered row puts a seq out of place. Truncating
 * the tail is caught by the head: (seq, hash) of the last link signed with
 * Ed25519 (crypto_sign_detached), whose public key can verify an export
 * anywhere.
 *
 * Pruning old executions never touches this table: the links hold hashes
 * and a one-line summary, not code or output.
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "service/audit.h"

static void hex(const unsigned char *in, size_t n, char *out)
{
	sodium_bin2hex(out, n * 2 + 1, in, n);
}

static void field(struct buf *b, const char *s)
{
	char len[24];
	int n = snprintf(len, sizeof(len), "%zu:", strlen(s));
	buf_append(b, len, (size_t)n);
	buf_append(b, s, strlen(s));
	buf_append(b, "\n", 1);
}

void audit_encode(const struct audit_row *r, struct buf *out)
{
	char num[32];

	field(out, "airlock-audit-v1");
	snprintf(num, sizeof(num), "%lld", (long long)r->seq);
	field(out, num);
	field(out, r->time);
	field(out, r->prev_hash);
	field(out, r->event);
	snprintf(num, sizeof(num), "%lld", (long long)r->key_id);
	field(out, num);
	field(out, r->code_hash);
	field(out, r->summary);
	/* the node that wrote the link, when the store names one (many
	 * nodes): a link without it encodes as before, so older chains
	 * still verify */
	if (r->node[0])
		field(out, r->node);
}

void sha256_hex(const void *data, size_t len, char out[STORE_HASH_HEX])
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, data, len);
	hex(h, sizeof(h), out);
}

void audit_hash(const struct audit_row *r, char out[STORE_HASH_HEX])
{
	struct buf b = {0};
	audit_encode(r, &b);
	sha256_hex(b.data, b.len, out);
	buf_free(&b);
}

static void head_message(int64_t seq, const char *hash, char *out, size_t size)
{
	snprintf(out, size, "airlock-audit-head-v1:%lld:%s", (long long)seq, hash);
}

static int read_exact(const char *path, unsigned char *buf, size_t n, err_t *err)
{
	cleanup_close int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return err_set(err, errno, "cannot open %s", path);
	if (read(fd, buf, n) != (ssize_t)n)
		return err_set(err, EINVAL, "%s is not a %zu-byte key", path, n);
	return 0;
}

static int write_new(const char *path, const unsigned char *buf, size_t n, mode_t mode, err_t *err)
{
	cleanup_close int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd < 0)
		return err_set(err, errno, "cannot create %s", path);
	if (write_all(fd, buf, n) < 0 || fsync(fd) < 0)
		return err_set(err, errno, "cannot write %s", path);
	return 0;
}

int audit_keys_load(const char *dir, int create, struct audit_keys *k, err_t *err)
{
	char skp[4096], pkp[4096];

	if (sodium_init() < 0)
		return err_set(err, 0, "cannot initialise libsodium");
	snprintf(skp, sizeof(skp), "%s/audit.key", dir);
	snprintf(pkp, sizeof(pkp), "%s/audit.pub", dir);
	memset(k, 0, sizeof(*k));
	if (access(skp, F_OK) == 0) {
		if (audit_keys_alloc(k, err) < 0)
			return -1;
		if (read_exact(skp, k->sk, AUDIT_SK_BYTES, err) < 0) {
			audit_keys_free(k);
			return -1;
		}
		crypto_sign_ed25519_sk_to_pk(k->pk, k->sk);
		k->has_secret = 1;
		return 0;
	}
	if (access(pkp, F_OK) == 0 && !create)
		return read_exact(pkp, k->pk, sizeof(k->pk), err);
	if (!create)
		return err_set(err, ENOENT, "no audit key in %s (start 'airlock serve' once)", dir);
	if (audit_keys_alloc(k, err) < 0)
		return -1;
	crypto_sign_keypair(k->pk, k->sk);
	k->has_secret = 1;
	if (write_new(skp, k->sk, AUDIT_SK_BYTES, 0600, err) < 0 ||
	    write_new(pkp, k->pk, sizeof(k->pk), 0644, err) < 0) {
		audit_keys_free(k);
		return err_wrap(err, "cannot create the audit signing key");
	}
	return 0;
}

int audit_keys_alloc(struct audit_keys *k, err_t *err)
{
	_Static_assert(AUDIT_SK_BYTES == crypto_sign_SECRETKEYBYTES, "an Ed25519 secret key");
	if ((k->sk = secret_alloc(AUDIT_SK_BYTES)) == NULL)
		return err_set(err, errno, "cannot set memory aside for the audit signing key");
	return 0;
}

void audit_keys_free(struct audit_keys *k)
{
	secret_free(k->sk, AUDIT_SK_BYTES);
	k->sk = NULL;
	k->has_secret = 0;
}

_Static_assert(STORE_SIG_HEX == crypto_sign_BYTES * 2 + 1, "a signature in hex");

/* The link's hash, and the signature of the head it makes: stored with
 * the link in one transaction (one commit per link). */
static int seal(void *ctx, struct audit_row *row, err_t *err)
{
	const struct audit_keys *k = ctx;
	unsigned char sig[crypto_sign_BYTES];
	char msg[160];

	(void)err;
	audit_hash(row, row->hash);
	head_message(row->seq, row->hash, msg, sizeof(msg));
	crypto_sign_detached(sig, NULL, (const unsigned char *)msg, strlen(msg), k->sk);
	hex(sig, sizeof(sig), row->head_sig);
	return 0;
}

int audit_append(struct store *st, const struct audit_keys *k, const char *event, int64_t key_id,
		 const char *code_hash, const char *summary, err_t *err)
{
	struct audit_row row;

	if (!k->has_secret)
		return err_set(err, 0, "no audit signing key loaded");
	memset(&row, 0, sizeof(row));
	store_now(row.time);
	snprintf(row.event, sizeof(row.event), "%s", event);
	row.key_id = key_id;
	snprintf(row.code_hash, sizeof(row.code_hash), "%s", code_hash ? code_hash : "");
	snprintf(row.summary, sizeof(row.summary), "%s", summary ? summary : "");
	if (st->be->audit_append(st, &row, seal, (void *)k, err) < 0)
		return err_wrap(err, "cannot append the %s event to the audit chain", event);
	return 0;
}

struct verify_ctx {
	struct audit_report *rep;
	int64_t expect;
	char prev[STORE_HASH_HEX];
};

static int fail(struct audit_report *rep, int64_t seq, const char *why)
{
	rep->ok = 0;
	rep->bad_seq = seq;
	snprintf(rep->reason, sizeof(rep->reason), "%s", why);
	return 1;
}

static int verify_link(void *ctx, const struct audit_row *r)
{
	struct verify_ctx *v = ctx;
	char h[STORE_HASH_HEX];

	if (r->seq != v->expect)
		return fail(v->rep, v->expect,
			    r->seq > v->expect ? "missing link (a row was deleted)"
					       : "link out of order (a row was inserted or moved)");
	if (strcmp(r->prev_hash, v->prev) != 0)
		return fail(
		    v->rep, r->seq,
		    "previous hash does not match the link before (a row was changed, moved "
		    "or inserted)");
	audit_hash(r, h);
	if (strcmp(h, r->hash) != 0)
		return fail(v->rep, r->seq,
			    "hash does not match the content (the row was changed)");
	memcpy(v->prev, r->hash, sizeof(v->prev));
	v->rep->links++;
	v->expect++;
	return 0;
}

int audit_verify(struct store *st, const unsigned char pk[32], struct audit_report *rep, err_t *err)
{
	struct verify_ctx v = {.rep = rep, .expect = 1};
	char hhash[STORE_HASH_HEX], sighex[256], msg[160];
	unsigned char sig[crypto_sign_BYTES];
	int64_t hseq = 0;
	bool found;

	memset(rep, 0, sizeof(*rep));
	rep->ok = 1;
	memset(v.prev, '0', 64);
	v.prev[64] = 0;
	if (st->be->audit_walk(st, verify_link, &v, err) < 0)
		return -1;
	if (!rep->ok)
		return 0;
	if (st->be->audit_get_head(st, &hseq, hhash, sighex, sizeof(sighex), &found, err) < 0)
		return -1;
	if (!found) {
		if (rep->links > 0)
			fail(rep, 1, "the signed chain head is missing");
		return 0;
	}
	if (hseq != rep->links)
		return fail(rep, rep->links + 1 <= hseq ? rep->links + 1 : hseq,
			    "the chain is shorter or longer than its signed head (rows deleted "
			    "or added at the end)"),
		       0;
	if (strcmp(hhash, v.prev) != 0)
		return fail(rep, hseq, "the last link does not match the signed head"), 0;
	head_message(hseq, hhash, msg, sizeof(msg));
	if (sodium_hex2bin(sig, sizeof(sig), sighex, strlen(sighex), NULL, NULL, NULL) != 0 ||
	    crypto_sign_verify_detached(sig, (const unsigned char *)msg, strlen(msg), pk) != 0)
		return fail(rep, hseq, "the signature of the chain head is not valid"), 0;
	return 0;
}
