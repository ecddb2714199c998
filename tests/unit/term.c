/* common/term.h: untrusted text made safe to show on a terminal. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "common/term.h"

static void expect_safe(const char *in, size_t len, bool keep, const char *want)
{
	char *got = term_safe(in, len, keep);
	cr_expect_str_eq(got, want);
	free(got);
}
#define SAFE(in, want) expect_safe(in, sizeof(in) - 1, false, want)

Test(term, plain_text_and_utf8_stay)
{
	SAFE("print('hi')", "print('hi')");
	SAFE("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80",
	     "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
	SAFE("a\tb", "a\tb");
	SAFE("", "");
}

Test(term, c0_controls_and_del_are_escaped)
{
	SAFE("a\rb", "a\\rb");
	SAFE("a\nb", "a\\nb");
	SAFE("\x1b[2K\x1b[1A", "\\x1b[2K\\x1b[1A");
	SAFE("\a\b\x7f", "\\x07\\x08\\x7f");
	SAFE("a\0b", "a\\x00b");
	expect_safe("a\nb\r\n", 5, true, "a\nb\\r\n");
}

Test(term, c1_controls_and_bidi_are_escaped)
{
	SAFE("\xc2\x9b"
	     "2J",
	     "\\u009b2J");
	SAFE("\xc2\x85", "\\u0085");
	SAFE("\xc2\xa0", "\xc2\xa0"); /* U+00A0 is text */
	SAFE("a\xe2\x80\xae"
	     "cba",
	     "a\\u202ecba");
	SAFE("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad", "\\u202a\\u202b\\u202c\\u202d");
	SAFE("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9", "\\u2066\\u2067\\u2068\\u2069");
	SAFE("\xe2\x80\x8f\xe2\x80\xa8", "\\u200f\\u2028");
	SAFE("\xe2\x81\xaa", "\xe2\x81\xaa"); /* U+206A is not one of them */
}

Test(term, bytes_that_are_not_utf8_are_escaped)
{
	SAFE("\x9b"
	     "2J",
	     "\\x9b2J"); /* an 8-bit CSI */
	SAFE("\xff\xfe", "\\xff\\xfe");
	SAFE("\xc0\xaf", "\\xc0\\xaf");		 /* overlong */
	SAFE("\xed\xa0\x80", "\\xed\\xa0\\x80"); /* a surrogate */
	SAFE("\xe2\x80", "\\xe2\\x80");		 /* cut */
}

Test(term, term_str_takes_null)
{
	char *s = term_str(NULL);
	cr_expect_str_eq(s, "");
	free(s);
}
