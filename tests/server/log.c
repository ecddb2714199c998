/* The server's log against hostile requests: paths with line breaks,
 * control bytes, quotes and bytes that are not UTF-8, in both formats. Every
 * request is one line, every line parses, and no request writes a line of
 * its own making. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "common/util.h"
#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(log, .fini = teardown, .timeout = 120);

/* A line a request tries to forge: an admin's approval. */
#define FORGED "2026-01-01T00:00:00.000Z approval id=ex_forged decision=approve by=admin"

struct hostile {
	bool raw;	  /* sent as it is over a socket (else with libcurl) */
	const char *what; /* the request target, or the whole raw request */
	size_t len;	  /* raw: its length */
	const char *path; /* the path as the server decodes it */
	size_t path_len;
};

#define RAW(s, p)                                                                                  \
	{                                                                                          \
		true, s, sizeof(s) - 1, p, sizeof(p) - 1                                           \
	}
#define URL(s, p)                                                                                  \
	{                                                                                          \
		false, s, 0, p, sizeof(p) - 1                                                      \
	}

static const struct hostile hostile[] = {
    URL("/x%0a2026-01-01T00:00:00.000Z%20approval%20id=ex_forged%20decision=approve%20by=admin",
	"/x\n" FORGED),
    URL("/x%0d2026-01-01T00:00:00.000Z%20approval%20id=ex_forged%20decision=approve%20by=admin",
	"/x\r" FORGED),
    URL("/x%0d%0a%22%5c%09%20=", "/x\r\n\"\\\t ="),
    URL("/x%ff%fe%c3%28", "/x\xff\xfe\xc3\x28"),
    URL("/x%e2%80%a8%c2%85", "/x\xe2\x80\xa8\xc2\x85"),
    RAW("GET /x\xff\xfe\xc3\x28 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
	"/x\xff\xfe\xc3\x28"),
    RAW("GET /x\x01\x1b[2J\x7f HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
	"/x\x01\x1b[2J\x7f"),
    RAW("GET /x\"y\\z HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "/x\"y\\z"),
};

static void send_hostile(void)
{
	for (size_t i = 0; i < ARRAY_SIZE(hostile); i++) {
		const struct hostile *h = &hostile[i];
		if (h->raw) {
			bool closed;
			char *got = raw_exchange(S.port, h->what, h->len, 10, &closed);
			cr_assert(strncmp(got, "HTTP/1.1 4", 10) == 0, "request %zu: %.60s", i,
				  got);
			free(got);
		} else {
			struct reply r;
			http(&S, "GET", h->what, NULL, NULL, NULL, &r);
			cr_assert(r.status >= 400 && r.status < 500, "request %zu: %ld", i,
				  r.status);
			cr_assert(r.json != NULL, "request %zu: the error is JSON: %s", i, r.body);
			reply_free(&r);
		}
	}
}

/* The log's lines, split at '\n' (each NUL-terminated in place). */
static int log_lines(char *text, char **lines, int max)
{
	int n = 0;
	for (char *p = text; *p && n < max;) {
		char *nl = strchr(p, '\n');
		cr_assert(nl != NULL, "the log ends inside a line: %s", p);
		*nl = 0;
		lines[n++] = p;
		p = nl + 1;
	}
	return n;
}

static char *read_log(void)
{
	char path[400];
	snprintf(path, sizeof(path), "%s/serve.log", S.dir);
	char *text = slurp(path);
	cr_assert(text != NULL);
	return text;
}

/* How many lines of the log are requests to a path starting with /x. */
static int requests_to_x(bool json)
{
	char *text = read_log(), *lines[4096];
	int n = log_lines(text, lines, 4096), count = 0;
	for (int i = 0; i < n; i++)
		count += json
			     ? strstr(lines[i], "\"event\":\"request\"") &&
				   strstr(lines[i], "\"path\":\"/x")
			     : strstr(lines[i], " request ") && strstr(lines[i], " path=") &&
				   (strstr(lines[i], " path=/x") || strstr(lines[i], " path=\"/x"));
	free(text);
	return count;
}

/* ---- the text format: TIME EVENT KEY=VALUE..., a value bare (no space,
 * quote, '=', backslash or control character) or quoted with \" \\ \n \r
 * \t \xNN (a byte: a control character or one that is not UTF-8) and
 * \uXXXX escapes. ---- */

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static void put_utf8(struct buf *b, unsigned cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else {
		u[0] = (char)(0xe0 | cp >> 12);
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	}
	buf_append(b, u, n);
}

/* One value at *p into b (raw bytes); false when malformed. */
static bool text_value(const char **p, struct buf *b)
{
	const unsigned char *s = (const unsigned char *)*p;
	if (*s != '"') {
		const unsigned char *start = s;
		while (*s > ' ' && *s != '"' && *s != '=' && *s != '\\' && *s != 0x7f)
			s++;
		if (s == start)
			return false;
		buf_append(b, start, (size_t)(s - start));
		*p = (const char *)s;
		return true;
	}
	for (s++; *s != '"'; s++) {
		if (*s < ' ' || *s == 0x7f)
			return false; /* raw control characters are never written */
		if (*s != '\\') {
			buf_append(b, s, 1);
			continue;
		}
		s++;
		char c = (char)*s;
		if (c == '"' || c == '\\')
			buf_append(b, &c, 1);
		else if (c == 'n')
			buf_append(b, "\n", 1);
		else if (c == 'r')
			buf_append(b, "\r", 1);
		else if (c == 't')
			buf_append(b, "\t", 1);
		else if (c == 'x' && hexval((char)s[1]) >= 0 && hexval((char)s[2]) >= 0) {
			char byte = (char)(hexval((char)s[1]) * 16 + hexval((char)s[2]));
			buf_append(b, &byte, 1);
			s += 2;
		} else if (c == 'u') {
			unsigned cp = 0;
			for (int k = 1; k <= 4; k++) {
				if (hexval((char)s[k]) < 0)
					return false;
				cp = cp * 16 + (unsigned)hexval((char)s[k]);
			}
			put_utf8(b, cp);
			s += 4;
		} else {
			return false;
		}
	}
	*p = (const char *)s + 1;
	return true;
}

/* Parses a text line; the event into ev, the raw value of key into val
 * (when key is not NULL and present). */
static bool text_line(const char *line, char *ev, size_t evsize, const char *key, struct buf *val)
{
	struct buf b = {0};
	const char *p = line;
	json_t *utf8 = json_string(line);
	bool ok = utf8 != NULL; /* the line is UTF-8 */

	json_decref(utf8);
	ok = ok && text_value(&p, &b) && *p++ == ' '; /* time */
	b.len = 0;
	ok = ok && text_value(&p, &b);
	if (ok)
		snprintf(ev, evsize, "%.*s", (int)b.len, b.data ? b.data : "");
	while (ok && *p) {
		char k[64];
		const char *eq;
		ok = *p++ == ' ' && (eq = strchr(p, '=')) != NULL && eq > p &&
		     (size_t)(eq - p) < sizeof(k);
		if (!ok)
			break;
		snprintf(k, sizeof(k), "%.*s", (int)(eq - p), p);
		ok = strspn(k, "abcdefghijklmnopqrstuvwxyz_") == strlen(k);
		p = eq + 1;
		b.len = 0;
		ok = ok && text_value(&p, &b);
		if (ok && key && strcmp(k, key) == 0) {
			val->len = 0;
			buf_append(val, b.data, b.len);
		}
	}
	buf_free(&b);
	return ok;
}

Test(log, text_lines_escape_every_field_and_requests_forge_none)
{
	srv_start(&S, "log_format: text\n", NULL);
	send_hostile();

	char *text = read_log(), *lines[4096], ev[64];
	int n = log_lines(text, lines, 4096);
	bool seen[ARRAY_SIZE(hostile)] = {false};
	int requests = 0;
	for (int i = 0; i < n; i++) {
		struct buf path = {0};
		cr_assert(text_line(lines[i], ev, sizeof(ev), "path", &path),
			  "line %d does not parse: %s", i + 1, lines[i]);
		cr_assert(strncmp(lines[i], "2026-01-01", 10) != 0, "a forged line: %s", lines[i]);
		cr_assert(strcmp(ev, "approval") != 0, "a forged approval: %s", lines[i]);
		if (strcmp(ev, "request") == 0 && path.len > 1 && path.data[1] == 'x') {
			requests++;
			for (size_t k = 0; k < ARRAY_SIZE(hostile); k++)
				if (path.len == hostile[k].path_len &&
				    memcmp(path.data, hostile[k].path, path.len) == 0)
					seen[k] = true;
		}
		buf_free(&path);
	}
	free(text);
	cr_assert_eq(requests, (int)ARRAY_SIZE(hostile), "one line per request");
	for (size_t k = 0; k < ARRAY_SIZE(hostile); k++)
		cr_assert(seen[k], "request %zu logged with its path as sent", k);
	cr_assert_eq(requests_to_x(false), (int)ARRAY_SIZE(hostile));
}

Test(log, json_lines_hold_every_request_as_valid_json)
{
	srv_start(&S, "log_format: json\n", NULL);
	send_hostile();

	char *text = read_log(), *lines[4096];
	int n = log_lines(text, lines, 4096), requests = 0;
	bool seen[ARRAY_SIZE(hostile)] = {false};
	for (int i = 0; i < n; i++) {
		json_error_t e;
		json_t *o = json_loads(lines[i], 0, &e);
		cr_assert(json_is_object(o), "line %d is not a JSON object (%s): %s", i + 1, e.text,
			  lines[i]);
		cr_assert_str_neq(jstr(o, "event"), "approval", "a forged approval: %s", lines[i]);
		const char *path = json_string_value(json_object_get(o, "path"));
		if (strcmp(jstr(o, "event"), "request") == 0 && path && path[1] == 'x') {
			requests++;
			/* bytes that are not UTF-8 become U+FFFD, the rest is kept */
			for (size_t k = 0; k < ARRAY_SIZE(hostile); k++) {
				char *want =
				    utf8_sanitize(hostile[k].path, hostile[k].path_len, NULL);
				if (strcmp(want, path) == 0)
					seen[k] = true;
				free(want);
			}
		}
		json_decref(o);
	}
	free(text);
	cr_assert_eq(requests, (int)ARRAY_SIZE(hostile), "one line per request");
	for (size_t k = 0; k < ARRAY_SIZE(hostile); k++)
		cr_assert(seen[k], "request %zu logged with its path", k);
	cr_assert_eq(requests_to_x(true), (int)ARRAY_SIZE(hostile));
}
