/*
 * UTF-8 validation: text from a program or a source file becomes valid UTF-8
 * before it is put in JSON or shown.
 */
#include "common/utf8.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid.
 * Rejects overlongs, surrogates and code points above U+10FFFF. */
static size_t utf8_seq_len(const unsigned char *s, size_t n, unsigned int *cp_out)
{
	unsigned char c = s[0];
	size_t len;
	unsigned int cp;

	if (c < 0x80) {
		*cp_out = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	*cp_out = cp;
	return len;
}

size_t utf8_next(const char *s, size_t n, unsigned int *cp)
{
	unsigned int ignored;
	return n == 0 ? 0 : utf8_seq_len((const unsigned char *)s, n, cp ? cp : &ignored);
}

bool utf8_valid(const char *s, size_t len)
{
	for (size_t i = 0, l; i < len; i += l)
		if ((l = utf8_next(s + i, len - i, NULL)) == 0)
			return false;
	return true;
}

char *utf8_sanitize(const char *s, size_t len, size_t *out_len)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	struct buf b = {0};
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;

	while (i < len) {
		unsigned int cp;
		size_t l = utf8_seq_len(p + i, len - i, &cp);
		if (l > 0) {
			i += l;
			run += l;
			continue;
		}
		buf_append(&b, p + i - run, run);
		buf_append(&b, replacement, 3);
		run = 0;
		i++;
	}
	buf_append(&b, p + i - run, run);
	buf_append(&b, "", 1);
	if (out_len)
		*out_len = b.len - 1;
	return b.data;
}

void utf8_repair(char *buf, size_t size)
{
	size_t len = strlen(buf), n;

	if (size == 0 || utf8_valid(buf, len))
		return;
	char *t = utf8_sanitize(buf, len, &n);
	while (n > size - 1) /* back to the start of the last character */
		while (n > 0 && ((unsigned char)t[--n] & 0xC0) == 0x80)
			;
	memcpy(buf, t, n);
	buf[n] = '\0';
	free(t);
}

json_t *utf8_json(const char *s)
{
	size_t n = strlen(s);

	if (utf8_valid(s, n))
		return json_stringn_nocheck(s, n);
	char *t = utf8_sanitize(s, n, &n);
	json_t *j = json_stringn_nocheck(t, n);
	free(t);
	return j;
}
