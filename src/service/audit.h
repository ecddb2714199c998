/*
 * The audit chain: every execution and every key change is a link whose
 * SHA-256 covers the previous link's hash, so any changed, deleted,
 * inserted or reordered row breaks the chain from that point on. The head
 * (last seq and hash) is signed with an Ed25519 key kept in the data
 * directory, so truncating the tail is found too.
 */
#ifndef AIRLOCK_AUDIT_H
#define AIRLOCK_AUDIT_H

#include <stddef.h>

#include "common/util.h"
#include "store/store.h"

#define AUDIT_SK_BYTES 64

struct audit_keys {
	unsigned char pk[32];
	/* AUDIT_SK_BYTES in memory no sandbox cloned from this process
	 * copies (secret_alloc); NULL without the secret. A copy of the
	 * struct shares it: only the one that loaded it frees it. */
	unsigned char *sk;
	int has_secret;
};

/* The canonical encoding hashed for one link: a version tag, then each
 * field as "<length>:<bytes>\n", so no two different rows encode alike. */
void audit_encode(const struct audit_row *r, struct buf *out);
/* Hex SHA-256 of the canonical encoding. */
void audit_hash(const struct audit_row *r, char out[STORE_HASH_HEX]);
/* Hex SHA-256 of arbitrary bytes (code hashes). */
void sha256_hex(const void *data, size_t len, char out[STORE_HASH_HEX]);

/* Loads the signing key from dir/audit.key, creating it (0600) and
 * dir/audit.pub when missing. */
int audit_keys_load(const char *dir, int create, struct audit_keys *k, err_t *err);
/* The secret half, in memory of its own (its struct zeroed by the caller):
 * -1 when the kernel refuses such memory. */
int audit_keys_alloc(struct audit_keys *k, err_t *err);
void audit_keys_free(struct audit_keys *k);

/* Appends one event and signs the new head. row->time is set here. */
int audit_append(struct store *st, const struct audit_keys *k, const char *event, int64_t key_id,
		 const char *code_hash, const char *summary, err_t *err);

struct audit_report {
	int ok;
	int64_t links;
	int64_t bad_seq; /* first broken link (0 when ok) */
	char reason[256];
};
/* Walks the chain and checks every link and the signed head. */
int audit_verify(struct store *st, const unsigned char pk[32], struct audit_report *rep,
		 err_t *err);

#endif
