#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "service/audit.h"
#include "http/http.h"
#include "service/keys.h"
#include "service/quota.h"

static struct audit_row sample(void)
{
	struct audit_row r;
	memset(&r, 0, sizeof(r));
	r.seq = 7;
	strcpy(r.time, "2026-01-01T00:00:00.000Z");
	memset(r.prev_hash, 'a', 64);
	strcpy(r.event, "execution");
	r.key_id = 3;
	strcpy(r.code_hash, "c0de");
	strcpy(r.summary, "status=ok");
	return r;
}

Test(service_audit, canonical_encoding_is_length_prefixed)
{
	struct audit_row r = sample();
	struct buf b = {0};
	audit_encode(&r, &b);
	buf_append(&b, "", 1);
	cr_assert_str_eq(b.data,
			 "16:airlock-audit-v1\n1:7\n24:2026-01-01T00:00:00.000Z\n64:"
			 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
			 "9:execution\n1:3\n4:c0de\n9:status=ok\n");
	buf_free(&b);
}

Test(service_audit, every_field_changes_the_hash)
{
	struct audit_row r = sample(), t;
	char h0[STORE_HASH_HEX], h[STORE_HASH_HEX];
	audit_hash(&r, h0);
	cr_assert_eq(strlen(h0), 64);
	t = r;
	t.seq = 8;
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
	t = r;
	t.time[3] = '7';
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
	t = r;
	t.prev_hash[0] = 'b';
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
	t = r;
	strcpy(t.event, "executioN");
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
	t = r;
	t.key_id = 4;
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
	t = r;
	strcpy(t.code_hash, "c0df");
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
	t = r;
	strcpy(t.summary, "status=ok ");
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
	/* moving bytes from one field to the next is a different encoding */
	t = r;
	strcpy(t.code_hash, "c0");
	strcpy(t.summary, "destatus=ok");
	audit_hash(&t, h);
	cr_assert_str_neq(h, h0);
}

Test(service_audit, sha256_known_answer)
{
	char h[STORE_HASH_HEX];
	sha256_hex("abc", 3, h);
	cr_assert_str_eq(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

Test(service_keys, tokens_are_random_and_only_hashes_compare)
{
	char a[KEY_TOKEN_LEN], b[KEY_TOKEN_LEN], ha[STORE_HASH_HEX], hb[STORE_HASH_HEX];
	key_generate(a);
	key_generate(b);
	cr_assert_eq(strlen(a), 67);
	cr_assert(strncmp(a, "ak_", 3) == 0);
	cr_assert_str_neq(a, b);
	key_hash(a, ha);
	key_hash(b, hb);
	cr_assert_str_neq(ha, hb);
	cr_assert(strstr(ha, a + 3) == NULL);
	char again[STORE_HASH_HEX];
	key_hash(a, again);
	cr_assert_str_eq(ha, again);
}

Test(service_keys, authorization_header)
{
	cr_assert_str_eq(key_from_authorization("Bearer abc"), "abc");
	cr_assert_str_eq(key_from_authorization("bearer   abc"), "abc");
	cr_assert_null(key_from_authorization("Basic abc"));
	cr_assert_null(key_from_authorization("Bearer "));
	cr_assert_null(key_from_authorization(NULL));
}

Test(service_quota, bucket_allows_a_burst_then_refills_at_the_rate)
{
	struct bucket b = {0};
	uint64_t t = 1000000;
	for (int i = 0; i < 6; i++)
		cr_assert_eq(bucket_take(&b, 6, t), 0, "token %d", i);
	uint64_t wait = bucket_take(&b, 6, t);
	cr_assert(wait > 9000 && wait <= 10001, "wait %llu", (unsigned long long)wait);
	cr_assert_neq(bucket_take(&b, 6, t + 5000), 0);
	cr_assert_eq(bucket_take(&b, 6, t + 10001), 0);
	cr_assert_neq(bucket_take(&b, 6, t + 10002), 0);
	/* a long pause refills no more than the bucket holds */
	t += 3600000;
	for (int i = 0; i < 6; i++)
		cr_assert_eq(bucket_take(&b, 6, t), 0);
	cr_assert_neq(bucket_take(&b, 6, t), 0);
	cr_assert_eq(bucket_take(&b, 0, t), 0, "0 means no limit");
}

Test(service_quota, quota_strings)
{
	struct key_quota q = {0};
	err_t err;
	cr_assert_eq(quota_parse("per-minute=5,per-day=100,concurrent=2,cpu-seconds=60", &q, &err),
		     0, "%s", err.msg);
	cr_assert_eq(q.per_minute, 5);
	cr_assert_eq(q.per_day, 100);
	cr_assert_eq(q.concurrent, 2);
	cr_assert_eq(q.cpu_s_day, 60);
	cr_assert_eq(quota_parse("per-hour=5", &q, &err), -1);
	cr_assert_eq(quota_parse("per-minute=-1", &q, &err), -1);
	cr_assert_eq(quota_parse("per-minute", &q, &err), -1);
}

/* A sandbox's init is a clone of the server (no exec): the audit signing
 * key must not be in what it copies. A fork sees zeros where the key is,
 * the process that loaded it still signs with it. */
static char key_dir[] = "/tmp/airlock-audit-key.XXXXXX";

static void key_dir_make(void)
{
	cr_assert_not_null(mkdtemp(key_dir));
}

static void key_dir_remove(void)
{
	char path[64];

	snprintf(path, sizeof(path), "%s/audit.key", key_dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/audit.pub", key_dir);
	unlink(path);
	rmdir(key_dir);
}

Test(service_audit, a_fork_does_not_copy_the_signing_key, .init = key_dir_make,
     .fini = key_dir_remove)
{
	static const unsigned char zero[AUDIT_SK_BYTES];
	struct audit_keys k, again;
	err_t err;

	err_clear(&err);
	cr_assert_eq(audit_keys_load(key_dir, 1, &k, &err), 0, "%s", err.msg);
	cr_assert(k.has_secret && k.sk);
	cr_assert_neq(memcmp(k.sk, zero, AUDIT_SK_BYTES), 0, "a key of zeros");
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0)
		_exit(memcmp(k.sk, zero, AUDIT_SK_BYTES) == 0 ? 0 : 1);
	int status;
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		  "the child of a fork read the signing key");
	cr_assert_neq(memcmp(k.sk, zero, AUDIT_SK_BYTES), 0, "the parent lost its key");

	/* loaded again from the file: the same key */
	cr_assert_eq(audit_keys_load(key_dir, 0, &again, &err), 0, "%s", err.msg);
	cr_assert_eq(memcmp(again.sk, k.sk, AUDIT_SK_BYTES), 0);
	audit_keys_free(&again);
	cr_assert_null(again.sk);
	audit_keys_free(&k);
}
