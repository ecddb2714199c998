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

/* Where a card number can be: a run of digits, spaces and dashes holding
 * at least 13 digits. Scanning for those in C is much faster than letting
 * the pattern try every digit of a log. */
static bool digit_runs(const char *s, size_t len, size_t from, size_t *start, size_t *end)
{
	size_t i = from;

	while (i < len) {
		while (i < len && !isdigit((unsigned char)s[i]))
			i++;
		size_t b = i, digits = 0;
		while (i < len && (isdigit((unsigned char)s[i]) || s[i] == ' ' || s[i] == '-'))
			digits += isdigit((unsigned char)s[i++]) != 0;
		if (digits >= 13) {
			*start = b;
			*end = i;
			return true;
		}
	}
	return false;
}

/* Whether the name just before text[start] (past an optional closing quote
 * and spaces) ends with a word that names a secret: API_TOKEN=, "password":,
 * client_secret = ... Case does not matter. */
static bool secret_name_before(const char *text, size_t start)
{
	static const char *const names[] = {
		"token", "secret", "password", "passwd", "pwd", "apikey", "api_key", "api-key",
		"access_key", "accesskey", "auth_key", "authkey", "credential", "credentials",
		"private_key",
	};
	size_t end = start;

	while (end > 0 && text[end - 1] == ' ')
		end--;
	if (end > 0 && (text[end - 1] == '"' || text[end - 1] == '\''))
		end--;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t n = strlen(names[i]);
		if (n <= end && strncasecmp(text + end - n, names[i], n) == 0)
			return true;
	}
	return false;
}

/* clang-format off */
static const struct secret_rule rules[] = {
	{"private-key",
	 "-----BEGIN[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----[\\s\\S]*?-----END[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----",
	 0, NULL},
	{"aws-access-key-id", "\\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\\b", 0, NULL},
	{"aws-secret-access-key",
	 "(?i)aws.{0,20}(?:secret|sk).{0,20}?['\"\\s:=]+([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", 1, NULL},
	{"github-token", "\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{82})\\b", 0, NULL},
	{"gitlab-token", "\\bglpat-[A-Za-z0-9_-]{20,}", 0, NULL},
	{"slack-token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}", 0, NULL},
	{"slack-webhook", "https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+", 0, NULL},
	{"stripe-key", "\\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\\b", 0, NULL},
	{"anthropic-key", "\\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{40,}", 0, NULL},
	{"openai-key", "\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|\\bsk-[A-Za-z0-9]{48}\\b", 0, NULL},
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
	 1, high_entropy,
	 NULL, secret_name_before},
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
