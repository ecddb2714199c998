#include <sodium.h>
#include <string.h>
#include <strings.h>

#include "server/audit.h"
#include "server/keys.h"

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

const char *key_from_authorization(const char *h)
{
	if (h == NULL || strncasecmp(h, "Bearer ", 7) != 0)
		return NULL;
	h += 7;
	while (*h == ' ')
		h++;
	if (*h == 0 || strlen(h) > 256)
		return NULL;
	return h;
}
