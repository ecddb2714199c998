/*
 * Rows for the store's tests, whichever backend: a key and an execution
 * with the fields the tests do not care about filled in.
 */
#ifndef AIRLOCK_TEST_STORE_ROWS_H
#define AIRLOCK_TEST_STORE_ROWS_H

#include <stdint.h>

#include "store/store.h"

/* A key NAME (hash "hash-NAME", its policy mode); its id into *id. */
void store_test_add_key(struct store *st, const char *name, const char *policy, int64_t *id);
/* An execution of python by key, with a stored request (policy_json may be
 * NULL). */
void store_test_add_exec(struct store *st, const char *id, int64_t key, enum exec_status status,
			 const char *created, const char *policy);

#endif
