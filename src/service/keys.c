/* API keys: generation, hashing, and who a presented token belongs to. */
#include <sodium.h>
#include <string.h>

#include "service/audit.h"
#include "service/internal.h"
#include "service/keys.h"

void key_generate(char out[KEY_TOKEN_LEN])
{
	unsigned char raw[32];

	if (sodium_init() < 0) /* idempotent; randombytes then uses getrandom */
		randombytes_stir();
	randombytes_buf(raw, sizeof(raw));
	memcpy(out, "ak_", 3);
	sodium_bin2hex(out + 3, KEY_TOKEN_LEN - 3, raw, sizeof(raw));
	sodium_memzero(raw, sizeof(raw));
}

void key_hash(const char *token, char out[STORE_HASH_HEX])
{
	sha256_hex(token, strlen(token), out);
}

int service_anonymous_key(struct service *s, struct key_row *key, struct svc_error *e)
{
	bool found = false;
	err_t err;

	if (s->cfg.anonymous_key[0] == 0) {
		metrics_reject(&s->metrics, "unauthorized");
		return svc_error_set(e, SVC_UNAUTHORIZED, "unauthorized", "an API key is required");
	}
	err_clear(&err);
	if (s->st->be->key_by_name(s->st, s->cfg.anonymous_key, key, &found, &err) < 0)
		return svc_error_store(e, &err);
	if (!found || key->revoked) {
		metrics_reject(&s->metrics, "unauthorized");
		return svc_error_set(e, SVC_UNAUTHORIZED, "unauthorized",
				     "the anonymous key '%s' does not exist or was revoked",
				     s->cfg.anonymous_key);
	}
	return 0;
}

int service_authenticate(struct service *s, const char *token, struct key_row *key,
			 struct svc_error *e)
{
	char hash[STORE_HASH_HEX];
	bool found = false;
	err_t err;

	if (token == NULL || *token == 0) {
		metrics_reject(&s->metrics, "unauthorized");
		return svc_error_set(e, SVC_UNAUTHORIZED, "unauthorized", "an API key is required");
	}
	key_hash(token, hash);
	err_clear(&err);
	if (s->st->be->key_by_hash(s->st, hash, key, &found, &err) < 0)
		return svc_error_store(e, &err);
	if (!found || key->revoked) {
		metrics_reject(&s->metrics, "unauthorized");
		return svc_error_set(e, SVC_UNAUTHORIZED, "unauthorized",
				     "the API key is not valid or was revoked");
	}
	return 0;
}

int service_authenticate_or_anonymous(struct service *s, const char *token, struct key_row *key,
				      struct svc_error *e)
{
	return token ? service_authenticate(s, token, key, e) : service_anonymous_key(s, key, e);
}
