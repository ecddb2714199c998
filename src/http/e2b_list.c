/*
 * E2B's list filters (GET /v2/sandboxes; the SDK's Sandbox.list({query:
 * {metadata, state, template, startedAfter}, order, limit}) and its
 * paginator's nextToken): the pure part, the query read and a sandbox
 * matched (e2b.h). The SDK sends metadata as `k=v&k2=v2` with each key and
 * value percent-encoded once more, exactly as E2B's API reads it back
 * (url.ParseQuery, then QueryUnescape of each).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/e2b.h"

/* Percent-decodes s[0..n) (and '+' as a space when form) into a new
 * string; NULL when an escape is broken or decodes to NUL. */
static char *unescape(const char *s, size_t n, bool form)
{
	char *out = xmalloc(n + 1), *o = out;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%') {
			int hi = i + 2 < n ? hex_digit(s[i + 1]) : -1;
			int lo = i + 2 < n ? hex_digit(s[i + 2]) : -1;
			if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
				free(out);
				return NULL;
			}
			*o++ = (char)(hi * 16 + lo);
			i += 2;
		} else
			*o++ = form && s[i] == '+' ? ' ' : s[i];
	}
	*o = 0;
	return out;
}

int64_t e2b_parse_time(const char *s)
{
	struct tm tm;
	int ms = 0;
	memset(&tm, 0, sizeof(tm));
	const char *end = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	if (end == NULL)
		return -1;
	if (*end == '.') {
		int digits = 0;
		for (end++; *end >= '0' && *end <= '9'; end++, digits++)
			if (digits < 3)
				ms = ms * 10 + (*end - '0');
		for (; digits > 0 && digits < 3; digits++)
			ms *= 10;
		if (digits == 0)
			return -1;
	}
	if (strcmp(end, "Z") != 0 && strcmp(end, "+00:00") != 0)
		return -1;
	time_t t = timegm(&tm);
	return t < 0 ? -1 : (int64_t)t * 1000 + ms;
}

static int fail(char *why, size_t size, const char *msg)
{
	snprintf(why, size, "%s", msg);
	return -1;
}

int e2b_list_query_parse(const struct e2b_list_args *a, struct e2b_list_query *q, char *why,
			 size_t size)
{
	memset(q, 0, sizeof(*q));
	q->started_after_ms = -1;
	q->limit = 100;
	q->metadata = json_object();
	q->template_id = a->template_id && a->template_id[0] ? a->template_id : NULL;
	for (const char *p = a->metadata; p && *p;) {
		size_t n = strcspn(p, "&");
		const char *eq = memchr(p, '=', n);
		if (n > 0) {
			size_t kn = eq ? (size_t)(eq - p) : n;
			char *k1 = unescape(p, kn, true),
			     *v1 = eq ? unescape(eq + 1, n - kn - 1, true) : xstrdup("");
			char *k = k1 ? unescape(k1, strlen(k1), false) : NULL,
			     *v = v1 ? unescape(v1, strlen(v1), false) : NULL;
			free(k1);
			free(v1);
			/* jansson takes UTF-8 only: a pair it refused would
			 * leave the filter wider than asked */
			int bad = k == NULL || v == NULL || k[0] == 0 ||
				  json_object_set_new(q->metadata, k, json_string(v)) != 0;
			free(k);
			free(v);
			if (bad)
				return fail(why, size,
					    "'metadata' must be key=value pairs joined by '&', "
					    "percent-encoded UTF-8");
		}
		p += n;
		if (*p == '&')
			p++;
	}
	if (a->started_after && a->started_after[0] &&
	    (q->started_after_ms = e2b_parse_time(a->started_after)) < 0)
		return fail(why, size, "'startedAfter' must be a time as 2026-01-31T12:00:00.000Z");
	if (a->order && a->order[0]) {
		if (strcmp(a->order, "asc") && strcmp(a->order, "desc"))
			return fail(why, size, "'order' must be asc or desc");
		q->asc = strcmp(a->order, "asc") == 0;
	}
	if (a->limit && a->limit[0]) {
		char *end;
		long v = strtol(a->limit, &end, 10);
		if (*end || v < 1 || v > 100)
			return fail(why, size, "'limit' must be 1 to 100");
		q->limit = (size_t)v;
	}
	if (a->next_token && a->next_token[0]) {
		char *end;
		long v = strtol(a->next_token, &end, 10);
		if (*end || v < 0 || v > 1000000)
			return fail(why, size, "'nextToken' is not one this server gave");
		q->offset = (size_t)v;
	}
	return 0;
}

bool e2b_list_matches(const struct e2b_list_query *q, const json_t *detail)
{
	const char *k;
	json_t *v;
	json_t *meta = json_object_get(detail, "metadata");

	json_object_foreach(q->metadata, k, v)
	{
		const char *have = json_string_value(json_object_get(meta, k));
		if (have == NULL || strcmp(have, json_string_value(v)) != 0)
			return false;
	}
	const char *tpl = json_string_value(json_object_get(detail, "templateID"));
	if (q->template_id && (tpl == NULL || strcmp(q->template_id, tpl) != 0))
		return false;
	if (q->started_after_ms >= 0) {
		const char *at = json_string_value(json_object_get(detail, "startedAt"));
		int64_t t = at ? e2b_parse_time(at) : -1;
		if (t < q->started_after_ms)
			return false;
	}
	return true;
}

void e2b_list_query_free(struct e2b_list_query *q)
{
	json_decref(q->metadata);
	q->metadata = NULL;
}
