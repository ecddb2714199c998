/* API keys: 256-bit random tokens; only their SHA-256 is stored. */
#ifndef AIRLOCK_KEYS_H
#define AIRLOCK_KEYS_H

#include "store/store.h"

#define KEY_TOKEN_LEN 68 /* "ak_" + 64 hex + NUL */

void key_generate(char out[KEY_TOKEN_LEN]);
/* Hex SHA-256 of a presented token. */
void key_hash(const char *token, char out[STORE_HASH_HEX]);

#endif
