/* Rows for the store's tests (store_rows.h). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "lib/store_rows.h"

void store_test_add_key(struct store *st, const char *name, const char *policy, int64_t *id)
{
	struct key_row k;
	err_t err;
	memset(&k, 0, sizeof(k));
	snprintf(k.name, sizeof(k.name), "%s", name);
	snprintf(k.hash, sizeof(k.hash), "hash-%s", name);
	snprintf(k.policy, sizeof(k.policy), "%s", policy);
	store_now(k.created_at);
	cr_assert_eq(st->be->key_insert(st, &k, &err), 0, "%s", err.msg);
	*id = k.id;
}

void store_test_add_exec(struct store *st, const char *id, int64_t key, enum exec_status status,
			 const char *created, const char *policy)
{
	struct exec_row r;
	err_t err;
	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "%s", id);
	r.key_id = key;
	snprintf(r.language, sizeof(r.language), "python");
	r.status = status;
	snprintf(r.created_at, sizeof(r.created_at), "%s", created);
	snprintf(r.code_hash, sizeof(r.code_hash), "h");
	r.limits_json = (char *)"{}";
	r.request_json = (char *)"{\"language\":\"python\",\"code\":\"print(1)\"}";
	r.policy_json = (char *)policy;
	cr_assert_eq(st->be->exec_insert(st, &r, &err), 0, "%s", err.msg);
}
