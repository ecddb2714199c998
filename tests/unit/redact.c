/* The redaction corpus: a true positive for every rule, and look-alikes
 * that must be left alone. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "policy/redact.h"
#include "policy/secrets.h"

static struct redactor *R;

static void setup(void)
{
	err_t err;
	cr_assert_eq(redactor_new(&R, &err), 0, "%s", err.msg);
}

static void teardown(void)
{
	redactor_free(R);
}

static char *run(const char *in)
{
	struct buf out = {0};
	err_t err;
	cr_assert_eq(redact(R, in, strlen(in), NULL, 0, &out, NULL, &err), 0, "%s", err.msg);
	buf_append(&out, "", 1);
	return out.data;
}

TestSuite(redact, .init = setup, .fini = teardown);

static const struct {
	const char *rule, *in, *secret;
} positives[] = {
	{"private-key",
	 "k: -----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----\n",
	 "MIIEpAIBAAKCAQEA7x"},
	{"private-key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----",
	 "b3BlbnNzaC1rZXk"},
	{"aws-access-key-id", "id=AKIAIOSFODNN7EXAMPLE done", "AKIAIOSFODNN7EXAMPLE"},
	{"aws-secret-access-key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	 "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
	{"github-token", "GH ghp_1234567890abcdefghijABCDEFGHIJ123456 end",
	 "ghp_1234567890abcdefghijABCDEFGHIJ123456"},
	{"gitlab-token", "glpat-Abcdefghij0123456789", "glpat-Abcdefghij0123456789"},
	{"slack-token", "xoxb-1234567890-abcdefghijkl", "xoxb-1234567890-abcdefghijkl"},
	{"slack-webhook", "https://hooks.slack.com/services/T000AAAA/B000BBBB/XXXXXXXXXXXXXXXX",
	 "hooks.slack.com/services/T000AAAA"},
	{"stripe-key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"},
	{"anthropic-key",
	 "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz_-0123456789",
	 "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"},
	{"openai-key", "OPENAI_KEY sk-proj-AbCdEfGhIjKlMnOpQrStT3BlbkFJAbCdEfGhIjKlMnOpQrSt",
	 "T3BlbkFJ"},
	{"google-api-key", "key=AIzaSyA1234567890abcdefghijklmnopqrstuv&x",
	 "AIzaSyA1234567890abcdefghijklmnopqrstuv"},
	{"jwt",
	 "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
	 "dozjgNryP4J3jVmNHl0w5N"},
	{"url-password", "DATABASE_URL=postgres://app:hunter2secret@db:5432/app", "hunter2secret"},
	{"credit-card", "card 4111 1111 1111 1111 exp", "4111 1111 1111 1111"},
	{"credit-card", "amex 378282246310005.", "378282246310005"},
	{"us-ssn", "ssn: 123-45-6789\n", "123-45-6789"},
	{"generic-secret", "API_TOKEN=\"q8Zr2LmT9vXk4NpB7wYd\"", "q8Zr2LmT9vXk4NpB7wYd"},
	{"generic-secret", "{\"client_secret\": \"Gh7$kLq2!xZp9RvT3mWn\"}", "Gh7$kLq2!xZp9RvT3mWn"},
};

Test(redact, every_rule_has_a_true_positive)
{
	bool covered[REDACT_MAX_RULES] = {false};
	for (size_t i = 0; i < sizeof(positives) / sizeof(positives[0]); i++) {
		char *out = run(positives[i].in);
		char marker[64];
		snprintf(marker, sizeof(marker), "[REDACTED:%s]", positives[i].rule);
		cr_expect(strstr(out, marker) != NULL, "%s not found in: %s", marker, out);
		cr_expect(strstr(out, positives[i].secret) == NULL, "secret left in: %s", out);
		for (size_t r = 0; r < redactor_rule_count(R); r++)
			if (strcmp(redactor_rule_id(R, r), positives[i].rule) == 0)
				covered[r] = true;
		free(out);
	}
	for (size_t r = 0; r < redactor_rule_count(R); r++)
		cr_expect(covered[r], "rule %s has no true positive in the corpus",
			  redactor_rule_id(R, r));
}

Test(redact, look_alikes_are_left_alone)
{
	static const char *const negatives[] = {
		"uuid 123e4567-e89b-12d3-a456-426614174000",
		"sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
		"\"integrity\": \"sha512-Q2F0IGlzIGEgZ29vZCBhbmltYWwuIEJ1dCBub3QgYSBzZWNyZXQu\"",
		"resolved \"https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz#7535345b896734d5f80c4d06c50955527a14f12b\"",
		"card-like 4111 1111 1111 1112 fails Luhn",
		"phone 555-123-4567 and date 2024-05-17",
		"ssn-like 000-12-3456 666-12-3456 900-12-3456",
		"password = \"aaaaaaaaaaaaaaaaaaaa\"",
		"token_count = 1234567890123456",
		"AKIA is a prefix, AKIAEXAMPLE is too short",
		"https://example.com/path?user=me",
		"random hex 0123456789abcdef0123456789abcdef",
		"order 12345678901234 ships",
	};
	for (size_t i = 0; i < sizeof(negatives) / sizeof(negatives[0]); i++) {
		char *out = run(negatives[i]);
		cr_expect_str_eq(out, negatives[i], "changed: %s", out);
		free(out);
	}
}

Test(redact, counts_and_context)
{
	struct redact_counts c = {{0}};
	struct buf out = {0};
	err_t err;
	const char *in = "a AKIAIOSFODNN7EXAMPLE b AKIAIOSFODNN7EXAMPLF c";
	cr_assert_eq(redact(R, in, strlen(in), NULL, 0, &out, &c, &err), 0);
	buf_append(&out, "", 1);
	cr_assert_str_eq(out.data, "a [REDACTED:aws-access-key-id] b [REDACTED:aws-access-key-id] c");
	for (size_t r = 0; r < redactor_rule_count(R); r++)
		cr_assert_eq(c.n[r], strcmp(redactor_rule_id(R, r), "aws-access-key-id") == 0 ? 2u : 0u);
	buf_free(&out);
}

Test(redact, secret_cut_by_a_limit_is_caught_with_the_lookahead)
{
	const char *shown = "log: ghp_1234567890abcd";
	const char *after = "efghijABCDEFGHIJ123456 tail";
	struct buf out = {0};
	err_t err;
	cr_assert_eq(redact(R, shown, strlen(shown), after, strlen(after), &out, NULL, &err), 0);
	buf_append(&out, "", 1);
	cr_assert_str_eq(out.data, "log: [REDACTED:github-token]");
	buf_free(&out);
	/* without the lookahead the cut secret is not recognised: that is
	 * why the engine keeps one */
	out = (struct buf){0};
	cr_assert_eq(redact(R, shown, strlen(shown), NULL, 0, &out, NULL, &err), 0);
	buf_append(&out, "", 1);
	cr_assert_str_eq(out.data, shown);
	buf_free(&out);
}

Test(redact, binary_and_empty_input)
{
	struct buf out = {0};
	err_t err;
	const char bin[] = {'\0', '\xff', 'A', 'K', 'I', 'A', '\n'};
	cr_assert_eq(redact(R, bin, sizeof(bin), NULL, 0, &out, NULL, &err), 0);
	cr_assert_eq(out.len, sizeof(bin));
	cr_assert_eq(memcmp(out.data, bin, sizeof(bin)), 0);
	buf_free(&out);
	out = (struct buf){0};
	cr_assert_eq(redact(R, "", 0, NULL, 0, &out, NULL, &err), 0);
	cr_assert_eq(out.len, 0);
	buf_free(&out);
}

/* Text made to make a rule search again and again: a pattern that tried
 * every later byte from each start ("sk-" over and over: over ten minutes
 * a megabyte), a window that looked for a byte the text lacks to its end
 * each time ("token: " with no '='; 2 s a megabyte, with the square of the
 * length). Each of these 8 MB texts takes under a second now; the timeout
 * only catches the square's return. */
Test(redact, text_made_to_search_again_and_again_is_linear, .timeout = 60)
{
	static const char *const units[] = {
	    "sk-",   "sk-proj-", "sk-ant-a-", "token: ", "password=", ":",     "=",
	    "eyJa.", "4111 ",	 "://a:",     "AKIA",	 "aws secret ", "ghp_", "-----BEGIN RSA PRIVATE KEY-----\n",
	};
	size_t len = 8u << 20;
	char *text = malloc(len);
	cr_assert_not_null(text);
	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
		size_t ul = strlen(units[u]);
		for (size_t i = 0; i < len; i++)
			text[i] = units[u][i % ul];
		struct buf out = {0};
		err_t err;
		cr_assert_eq(redact(R, text, len, NULL, 0, &out, NULL, &err), 0, "%s: %s", units[u],
			     err.msg);
		cr_expect_gt(out.len, 0, "%s", units[u]);
		buf_free(&out);
	}
	free(text);
}

Test(redact, a_named_value_after_an_unnamed_one)
{
	/* the first ':' starts a long value that runs over "password=...":
	 * the secret after the name must still be found */
	static const char *const in[] = {
		"config: password=Xy7kQ2mP9vR4tL8wZ3nB",
		"2026-12-06 12:00:01 env: API_KEY=Xy7kQ2mP9vR4tL8wZ3nB ok",
		"opts=token:Xy7kQ2mP9vR4tL8wZ3nB",
	};
	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		char *out = run(in[i]);
		cr_expect(strstr(out, "[REDACTED:generic-secret]") != NULL, "not redacted: %s", out);
		cr_expect(strstr(out, "Xy7kQ2mP9vR4tL8wZ3nB") == NULL, "secret left in: %s", out);
		free(out);
	}
}

/* A text of pieces that the windowed rules look for, and of pieces that
 * are like them, in random order. */
static size_t random_text(unsigned *seed, char *t, size_t cap)
{
	static const char *const pieces[] = {
		"4111", "1111", "4", "0", "37828224631", "4111 1111 1111 1111", "378282246310005",
		"5500-0000-0000-0004", "4111111111111111", "4222222222222", " ", "-", "--", "  ", "x", ".", "_", "\n",
		"-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----",
		"-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----", "-----END", "PRIVATE KEY",
		"password", "token", "API_KEY", "name", ":", "=", "\"", "'", " = ", "Xy7kQ2mP9vR4",
		"tL8wZ3nB", "0123456789abcdef", "$%^&*", "/+", "é", "\t",
	};
	size_t n = 0;
	while (n < cap - 40) {
		const char *p = pieces[rand_r(seed) % (sizeof(pieces) / sizeof(pieces[0]))];
		memcpy(t + n, p, strlen(p));
		n += strlen(p);
	}
	return n;
}

Test(redact, every_match_lies_in_a_window)
{
	/* The rules that search only where their windows say: every match
	 * the rule accepts, tried at every position left to right (and past
	 * each accepted one, as a scan goes on), lies wholly in a window. */
	unsigned seed = 16;
	char text[600];

	for (size_t r = 0; r < secret_rule_count(); r++) {
		const struct secret_rule *sr = secret_rule_at(r);
		if (sr->windows == NULL)
			continue;
		int code;
		PCRE2_SIZE eoff;
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)sr->pattern, PCRE2_ZERO_TERMINATED,
					       0, &code, &eoff, NULL);
		cr_assert_not_null(re);
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
		size_t checked = 0;
		for (int round = 0; round < 1500; round++) {
			size_t len = random_text(&seed, text, sizeof(text));
			size_t ws[64], we[64], nw = 0, from = 0;
			while (nw < 64 && sr->windows(text, len, from, &ws[nw], &we[nw])) {
				cr_assert(ws[nw] >= from && we[nw] > ws[nw] && we[nw] <= len);
				from = we[nw++];
			}
			for (size_t p = 0; p < len; p++) {
				int rc = pcre2_match(re, (PCRE2_SPTR)text, len, p, PCRE2_ANCHORED, md,
						     NULL);
				if (rc <= sr->group)
					continue;
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
				size_t s = ov[2 * sr->group], e = ov[2 * sr->group + 1];
				if (s == PCRE2_UNSET || e <= s ||
				    (sr->before != NULL && !sr->before(text, ov[0])) ||
				    (sr->valid != NULL && !sr->valid(text + s, e - s)))
					continue;
				bool inside = false;
				for (size_t w = 0; w < nw && !inside; w++)
					inside = ws[w] <= ov[0] && ov[1] <= we[w];
				cr_expect(inside, "rule %s: match [%zu, %zu) in no window: %.*s",
					  sr->id, (size_t)ov[0], (size_t)ov[1], (int)len, text);
				if (!inside)
					break;
				checked++;
				p = ov[1] > ov[0] ? ov[1] - 1 : ov[0];
			}
		}
		cr_expect(checked > 20, "rule %s: only %zu accepted matches to check", sr->id,
			  checked);
		pcre2_match_data_free(md);
		pcre2_code_free(re);
	}
}
