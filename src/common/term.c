#include "common/term.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

/* The length of the valid UTF-8 sequence at s (1..4) and its code point,
 * or 0 when it is not one (overlong, surrogate, cut, out of range). */
static size_t utf8_at(const unsigned char *s, size_t left, uint32_t *cp)
{
	size_t n;
	uint32_t c, min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0)
		n = 2, c = s[0] & 0x1f, min = 0x80;
	else if ((s[0] & 0xf0) == 0xe0)
		n = 3, c = s[0] & 0x0f, min = 0x800;
	else if ((s[0] & 0xf8) == 0xf0)
		n = 4, c = s[0] & 0x07, min = 0x10000;
	else
		return 0;
	if (n > left)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* Characters that act on the terminal rather than show. */
static bool hides(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || cp == 0x200e || cp == 0x200f ||
	       (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

char *term_safe(const char *s, size_t len, bool keep_newlines)
{
	const unsigned char *p = (const unsigned char *)s;
	struct buf b = {0};
	char esc[16];

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_at(p + i, len - i, &cp);
		if (n == 0) {
			snprintf(esc, sizeof(esc), "\\x%02x", p[i]);
			buf_append(&b, esc, strlen(esc));
			i++;
			continue;
		}
		if (cp == '\t' || (cp == '\n' && keep_newlines) ||
		    (cp >= 0x20 && cp != 0x7f && !hides(cp))) {
			buf_append(&b, s + i, n);
		} else {
			if (cp == '\r')
				snprintf(esc, sizeof(esc), "\\r");
			else if (cp == '\n')
				snprintf(esc, sizeof(esc), "\\n");
			else if (cp < 0x80)
				snprintf(esc, sizeof(esc), "\\x%02x", (unsigned)cp);
			else
				snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)cp);
			buf_append(&b, esc, strlen(esc));
		}
		i += n;
	}
	buf_append(&b, "", 1);
	return b.data;
}

char *term_str(const char *s)
{
	return term_safe(s ? s : "", s ? strlen(s) : 0, false);
}

void term_fputs(const char *s, FILE *f)
{
	char *safe = term_str(s);
	fputs(safe, f);
	free(safe);
}
