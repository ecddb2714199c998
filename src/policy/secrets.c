/*
 * The secret rules, as data. Each names the capture group that is the
 * secret (0: the whole match), so that context such as "password=" stays
 * readable, and an optional validator that must accept the secret.
 */
#include "policy/secrets.h"

#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

/* Luhn checksum over the digits of s (spaces and dashes ignored), and a
 * plausible length: card numbers, not any long digit run. */
static bool valid_luhn(const char *s, size_t len)
{
	int sum = 0, n = 0;

	for (size_t i = len; i-- > 0;) {
		if (s[i] == ' ' || s[i] == '-')
			continue;
		if (!isdigit((unsigned char)s[i]))
			return false;
		int d = s[i] - '0';
		if (n++ % 2 == 1) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	return n >= 13 && n <= 19 && sum % 10 == 0;
}

/* Random-looking: at least 3.5 bits of entropy per character, and not
 * plain hex (hashes, UUIDs and commit ids are hex and are not secrets). */
static bool high_entropy(const char *s, size_t len)
{
	unsigned counts[256] = {0};
	bool hex = true;
	double h = 0;

	if (len < 16)
		return false;
	for (size_t i = 0; i < len; i++) {
		counts[(unsigned char)s[i]]++;
		if (!isxdigit((unsigned char)s[i]) && s[i] != '-')
			hex = false;
	}
	if (hex)
		return false;
	for (int c = 0; c < 256; c++)
		if (counts[c]) {
			double p = (double)counts[c] / (double)len;
			h -= p * log2(p);
		}
	return h >= 3.5;
}

/* Bytes a card number is written with: 1 for a digit, 2 for a space or a
 * dash between groups. */
static const unsigned char card_byte[256] = {
	[' '] = 2, ['-'] = 2, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
};

/* Where a card number can be: a run of digits, spaces and dashes holding at
 * least 13 digits, from its first digit (every match of the pattern lies in
 * one). Scanning for those in C is much faster than letting the pattern try
 * every digit of a log. Such a run covers 13 bytes, so when the byte 12
 * ahead is in none, no run starting before it can hold a card number, and
 * the scan jumps past it: about one look per 13 bytes of prose. */
static bool digit_runs(const char *s, size_t len, size_t from, size_t *start, size_t *end)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = from;

	while (i < len && len - i >= 13) {
		size_t b = i + 12, e = i + 13, digits = 0;
		if (card_byte[u[b]] == 0) {
			i += 13;
			continue;
		}
		while (b > i && card_byte[u[b - 1]] != 0)
			b--;
		while (e < len && card_byte[u[e]] != 0)
			e++;
		while (b < e && card_byte[u[b]] != 1)
			b++;
		for (size_t k = b; e - b >= 13 && k < e && digits < 13; k++)
			digits += card_byte[u[k]] == 1;
		if (digits >= 13) {
			*start = b;
			*end = e;
			return true;
		}
		i = e;
	}
	return false;
}

/* Whether the name just before text[start] (past an optional closing quote
 * and spaces) ends with a word that names a secret: API_TOKEN=, "password":,
 * client_secret = ... Case does not matter. */
static bool secret_name_before(const char *text, size_t start)
{
	/* by their last letter, which most ':' and '=' in a log fail */
	static const struct {
		unsigned char len;
		const char *name;
	} names[] = {
		{8, "password"},    {6, "passwd"},   {3, "pwd"},     /* d */
		{10, "credential"},                                  /* l */
		{5, "token"},                                        /* n */
		{11, "credentials"},                                 /* s */
		{6, "secret"},                                       /* t */
		{6, "apikey"},      {7, "api_key"},  {7, "api-key"}, /* y */
		{10, "access_key"}, {9, "accesskey"}, {8, "auth_key"},
		{7, "authkey"},     {11, "private_key"},
	};
	size_t end = start, lo, hi;

	while (end > 0 && text[end - 1] == ' ')
		end--;
	if (end > 0 && (text[end - 1] == '"' || text[end - 1] == '\''))
		end--;
	if (end == 0)
		return false;
	switch (text[end - 1] | 0x20) {
	case 'd': lo = 0, hi = 3; break;
	case 'l': lo = 3, hi = 4; break;
	case 'n': lo = 4, hi = 5; break;
	case 's': lo = 5, hi = 6; break;
	case 't': lo = 6, hi = 7; break;
	case 'y': lo = 7, hi = 15; break;
	default: return false;
	}
	for (size_t i = lo; i < hi; i++)
		if (names[i].len <= end &&
		    strncasecmp(text + end - names[i].len, names[i].name, names[i].len) == 0)
			return true;
	return false;
}

/* The first lit[0, n) in s[0, len), found by the byte lit[k] (pick a byte
 * that is rare in the text: memchr finds it fast, memmem is slower here). */
static const char *find_literal(const char *s, size_t len, const char *lit, size_t n, size_t k)
{
	const char *end = s + len;

	if (len < n)
		return NULL;
	for (const char *p = s + k; p < end && (p = memchr(p, lit[k], (size_t)(end - p))); p++)
		if ((size_t)(end - (p - k)) >= n && memcmp(p - k, lit, n) == 0)
			return p - k;
	return NULL;
}

/* The bytes of a generic secret's value (the pattern's class). */
static bool value_byte(unsigned char c)
{
	return isalnum(c) || (c != '\0' && strchr("/+_.=~!@#$%^&*-", c) != NULL);
}

/* The first ':' or '=' in [p, stop), or stop. memchr looks for each in a
 * block at a time, so that a byte the text lacks costs one block, not the
 * rest of the text on every call: "token: " a million times over, with
 * no '=', took 2 s a megabyte, growing with the square of the length. */
static const char *next_separator(const char *p, const char *stop)
{
	while (p < stop) {
		size_t n = (size_t)(stop - p) < 4096 ? (size_t)(stop - p) : 4096;
		const char *c = memchr(p, ':', n);
		const char *e = memchr(p, '=', c != NULL ? (size_t)(c - p) : n);
		if (e != NULL)
			return e;
		if (c != NULL)
			return c;
		p += n;
	}
	return stop;
}

/* Where a generic secret can be: from a ':' or '=' that follows a secret's
 * name to the end of the value after it. Only there can the rule accept a
 * match, and searching there alone also finds the secret of
 * "config: password=..." that a match from the first ':' (whose value
 * runs over "password=...") would hide. The next ':' or '=' is found with
 * memchr (next_separator), which is quick even in logs full of both. */
static bool named_values(const char *s, size_t len, size_t from, size_t *start, size_t *end)
{
	const char *stop = s + len;
	size_t i = from;

	while (i < len) {
		const char *p = next_separator(s + i, stop);
		if (p == stop)
			return false;
		size_t at = (size_t)(p - s);
		i = at + 1;
		if (!secret_name_before(s, at))
			continue;
		size_t e = at + 1;
		while (e < len && isspace((unsigned char)s[e]))
			e++;
		if (e < len && (s[e] == '"' || s[e] == '\''))
			e++;
		while (e < len && value_byte((unsigned char)s[e]))
			e++;
		*start = at;
		*end = e;
		return true;
	}
	return false;
}

/* The length of "-----<word>[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----" at
 * s + at, as the pattern reads it, or 0. A space, a capital or a digit is
 * never '-', so the closing dashes follow the longest run of those. */
static size_t pem_line(const char *s, size_t len, size_t at, const char *word)
{
	static const char key[] = "PRIVATE KEY", block[] = "PRIVATE KEY BLOCK";
	size_t q = at + 5 + strlen(word), r = q;

	while (r < len && (s[r] == ' ' || (s[r] >= 'A' && s[r] <= 'Z') || (s[r] >= '0' && s[r] <= '9')))
		r++;
	if (len - r < 5 || memcmp(s + r, "-----", 5) != 0)
		return 0;
	if ((r - q >= sizeof(key) - 1 && memcmp(s + r - (sizeof(key) - 1), key, sizeof(key) - 1) == 0) ||
	    (r - q >= sizeof(block) - 1 &&
	     memcmp(s + r - (sizeof(block) - 1), block, sizeof(block) - 1) == 0))
		return r + 5 - at;
	return 0;
}

/* Where a private key can be: from a "-----BEGIN ... PRIVATE KEY-----"
 * line to the end of the first "-----END ... PRIVATE KEY-----" after it,
 * just where the pattern's match is. Most '-' in a log start no such line:
 * looking for the 'B' of BEGIN skips them faster than the pattern. */
static bool key_blocks(const char *s, size_t len, size_t from, size_t *start, size_t *end)
{
	static const char begin[] = "-----BEGIN", endm[] = "-----END";
	const char *b = s + from, *stop = s + len;
	size_t n;

	while ((b = find_literal(b, (size_t)(stop - b), begin, sizeof(begin) - 1, 5)) != NULL &&
	       (n = pem_line(s, len, (size_t)(b - s), "BEGIN")) == 0)
		b++;
	if (b == NULL)
		return false;
	for (const char *e = b + n;
	     (e = find_literal(e, (size_t)(stop - e), endm, sizeof(endm) - 1, 5)) != NULL; e++) {
		size_t m = pem_line(s, len, (size_t)(e - s), "END");
		if (m == 0)
			continue;
		*start = (size_t)(b - s);
		*end = (size_t)(e - s) + m;
		return true;
	}
	return false;
}

/* clang-format off */
static const struct secret_rule rules[] = {
	{"private-key",
	 "-----BEGIN[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----[\\s\\S]*?-----END[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----",
	 0, NULL, key_blocks},
	{"aws-access-key-id", "\\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\\b", 0, NULL},
	{"aws-secret-access-key",
	 "(?i)aws.{0,20}(?:secret|sk).{0,20}?['\"\\s:=]+([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", 1, NULL},
	{"github-token", "\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{82})\\b", 0, NULL},
	{"gitlab-token", "\\bglpat-[A-Za-z0-9_-]{20,}", 0, NULL},
	{"slack-token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}", 0, NULL},
	{"slack-webhook", "https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+", 0, NULL},
	{"stripe-key", "\\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\\b", 0, NULL},
	{"anthropic-key", "\\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{40,}", 0, NULL},
	/* at most 200 bytes before the marker: unbounded, a text of "sk-" over
	 * and over made every start try every later byte for T3BlbkFJ (a
	 * megabyte took over ten minutes); project keys have 58-74 there */
	{"openai-key", "\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,}|\\bsk-[A-Za-z0-9]{48}\\b", 0, NULL},
	{"google-api-key", "\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])", 0, NULL},
	{"jwt", "\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", 0, NULL},
	{"url-password", "://[^\\s:/@]+:([^\\s@/]+)@", 1, NULL},
	{"credit-card", "(?<![0-9A-Za-z_.-])[3-6][0-9]{3}(?:[ -]?[0-9]{4}){2}[ -]?[0-9]{1,7}(?![0-9A-Za-z_])", 0, valid_luhn, digit_runs},
	{"us-ssn", "(?<![0-9-])(?!000|666|9[0-9]{2})[0-9]{3}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}(?![0-9-])", 0, NULL},
	/* Starts at ':' or '=' followed by a long secret-like value that is not
	 * plain hex (digests are everywhere in logs); the name before it is
	 * then checked in C. */
	{"generic-secret",
	 "[:=]\\s*['\"]?(?![0-9a-fA-F-]{16,}(?![A-Za-z0-9/+_.=~!@#$%^&*-]))([A-Za-z0-9/+_.=~!@#$%^&*-]{16,})",
	 1, high_entropy, named_values, secret_name_before},
};
/* clang-format on */

size_t secret_rule_count(void)
{
	return sizeof(rules) / sizeof(rules[0]);
}

const struct secret_rule *secret_rule_at(size_t i)
{
	return i < secret_rule_count() ? &rules[i] : NULL;
}
