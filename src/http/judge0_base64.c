/* Base64 for Judge0: lenient in (Ruby's decode64 skips newlines), strict
 * out (the Python client decodes with validate=True). libsodium's. */
#include <sodium.h>
#include <stdlib.h>

#include "http/judge0.h"

char *j0_base64_decode(const char *text, size_t text_len, size_t *len)
{
	char *out = xmalloc(text_len / 4 * 3 + 4);
	size_t n = 0;
	const char *end = NULL;

	if (sodium_base642bin((unsigned char *)out, text_len / 4 * 3 + 4, text, text_len, " \t\r\n",
			      &n, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
	    end != text + text_len) {
		free(out);
		return NULL;
	}
	out[n] = 0;
	*len = n;
	return out;
}

char *j0_base64_encode(const char *data, size_t len)
{
	size_t size = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL);
	char *out = xmalloc(size);
	sodium_bin2base64(out, size, (const unsigned char *)data, len,
			  sodium_base64_VARIANT_ORIGINAL);
	return out;
}
