/*
 * What the parsers of src/diag share: spans of the input, the sandbox's
 * paths turned into the user's names, and entries built within their
 * bounds.
 *
 * Names: inside the sandbox the program is <workdir>/<source_name>
 * ("/work/main.py"), and runtimes print it as that path, as a file:// URL
 * (node's ES modules) or relative to the work dir (bash, gcc). All of these
 * become the user's name for it; the user's other files keep their path
 * relative to the work dir; a file outside it (the interpreter's library,
 * node:internal/...) keeps its name and is never the place of an entry. In a
 * message, the program's internal path is replaced by its name too.
 */
#include <stdio.h>
#include <string.h>

#include "common/utf8.h"
#include "diag/internal.h"

/* ---- spans ---- */

struct span span_of(const char *s)
{
	return (struct span){s, strlen(s)};
}

bool span_eq(struct span a, const char *s)
{
	size_t n = strlen(s);
	return a.n == n && memcmp(a.s, s, n) == 0;
}

bool span_starts(struct span a, const char *prefix)
{
	size_t n = strlen(prefix);
	return a.n >= n && memcmp(a.s, prefix, n) == 0;
}

bool span_ends(struct span a, const char *suffix)
{
	size_t n = strlen(suffix);
	return a.n >= n && memcmp(a.s + a.n - n, suffix, n) == 0;
}

long span_find(struct span a, const char *needle)
{
	const char *p = a.n ? memmem(a.s, a.n, needle, strlen(needle)) : NULL;
	return p ? (long)(p - a.s) : -1;
}

long span_rfind(struct span a, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0 || n > a.n)
		return -1;
	for (size_t i = a.n - n + 1; i-- > 0;)
		if (a.s[i] == needle[0] && memcmp(a.s + i, needle, n) == 0)
			return (long)i;
	return -1;
}

struct span span_sub(struct span a, size_t from, size_t to)
{
	if (to > a.n)
		to = a.n;
	if (from > to)
		from = to;
	return (struct span){a.s + from, to - from};
}

struct span span_from(struct span a, size_t from)
{
	return span_sub(a, from, a.n);
}

struct span span_trim(struct span a)
{
	while (a.n && (a.s[0] == ' ' || a.s[0] == '\t'))
		a.s++, a.n--;
	while (a.n && (a.s[a.n - 1] == ' ' || a.s[a.n - 1] == '\t'))
		a.n--;
	return a;
}

size_t span_count(struct span a, const char *set)
{
	size_t i = 0;
	while (i < a.n && a.s[i] != '\0' && strchr(set, a.s[i]))
		i++;
	return i;
}

long span_number(struct span a)
{
	long v = 0;
	if (a.n == 0 || a.n > 9)
		return -1;
	for (size_t i = 0; i < a.n; i++) {
		if (a.s[i] < '0' || a.s[i] > '9')
			return -1;
		v = v * 10 + (a.s[i] - '0');
	}
	return v;
}

bool span_blank(struct span a)
{
	return span_trim(a).n == 0;
}

/* ---- files ---- */

/* A file:// URL's path, percent-decoded, in out. */
static struct span url_path(struct span raw, char *out, size_t size)
{
	size_t k = 0;
	for (size_t i = 0; i < raw.n && k + 1 < size; i++) {
		if (raw.s[i] == '%' && i + 2 < raw.n && hex_digit(raw.s[i + 1]) >= 0 &&
		    hex_digit(raw.s[i + 2]) >= 0 &&
		    (hex_digit(raw.s[i + 1]) | hex_digit(raw.s[i + 2])) != 0) {
			out[k++] = (char)(hex_digit(raw.s[i + 1]) * 16 + hex_digit(raw.s[i + 2]));
			i += 2;
		} else {
			out[k++] = raw.s[i];
		}
	}
	return (struct span){out, k};
}

static void set_name(struct diag_file *out, struct span s)
{
	size_t n = s.n < sizeof(out->name) - 1 ? s.n : sizeof(out->name) - 1;
	memcpy(out->name, s.s, n);
	out->name[n] = '\0';
}

/* Whether a name relative to the work dir stays inside it. */
static bool stays_inside(struct span rel)
{
	if (rel.n == 0 || span_eq(rel, "..") || span_starts(rel, "../") || span_ends(rel, "/..") ||
	    span_find(rel, "/../") >= 0)
		return false;
	return true;
}

void diag_map_file(const struct diag_ctx *c, struct span raw, struct diag_file *out)
{
	char decoded[DIAG_MAX_PATH];
	struct span path = raw, rel = {NULL, 0};
	size_t wd = strlen(c->workdir);

	memset(out, 0, sizeof(*out));
	if (span_starts(raw, "file://"))
		path = url_path(span_from(raw, 7), decoded, sizeof(decoded));
	if (span_eq(path, c->source_name))
		rel = path; /* the program by its own name ("<cell>" of a code context) */
	else if (path.n > wd + 1 && span_starts(path, c->workdir) && path.s[wd] == '/')
		rel = span_from(path, wd + 1);
	else if (path.n && path.s[0] != '/' && path.s[0] != '<' &&
		 memchr(path.s, ':', path.n) == NULL)
		rel = path; /* relative to the work dir, where the program runs */
	while (span_starts(rel, "./"))
		rel = span_from(rel, 2);
	if (rel.s == NULL || !stays_inside(rel)) {
		set_name(out, raw);
		return;
	}
	out->user = true;
	if (span_eq(rel, c->source_name)) {
		out->main = true;
		set_name(out, span_of(c->program));
	} else {
		set_name(out, rel);
	}
}

long diag_code_indent(const struct diag_ctx *c, long line)
{
	const char *p = c->code, *end = c->code + c->code_len;
	long n = 0;

	if (c->code == NULL || line < 1)
		return -1;
	for (long l = 1; l < line; l++) {
		p = memchr(p, '\n', (size_t)(end - p));
		if (p == NULL)
			return -1;
		p++;
	}
	while (p + n < end && (p[n] == ' ' || p[n] == '\t' || p[n] == '\f'))
		n++;
	return n;
}

/* ---- entries ---- */

/* s with every occurrence of from replaced by to (s is a buf, NUL-ended). */
static void replace_all(struct buf *s, const char *from, const char *to)
{
	struct buf out = {0};
	size_t fl = strlen(from), tl = strlen(to);
	const char *p = s->data, *end = s->data + s->len, *hit;

	if (fl == 0 || s->len == 0)
		return;
	while ((hit = memmem(p, (size_t)(end - p), from, fl)) != NULL) {
		buf_append(&out, p, (size_t)(hit - p));
		buf_append(&out, to, tl);
		p = hit + fl;
	}
	if (out.data == NULL)
		return;
	buf_append(&out, p, (size_t)(end - p));
	buf_append(&out, "", 1);
	out.len--;
	buf_free(s);
	*s = out;
}

/* A JSON string of at most max bytes of valid UTF-8 (cut at a character). */
static json_t *bounded_string(const char *s, size_t n, size_t max)
{
	size_t len;
	cleanup_free char *clean = utf8_sanitize(s ? s : "", s ? n : 0, &len);
	if (len > max) {
		len = max;
		while (len > 0 && ((unsigned char)clean[len] & 0xC0) == 0x80)
			len--;
	}
	return json_stringn_nocheck(clean, len);
}

static json_t *message_json(const struct diag_ctx *c, const struct span *lines, size_t n)
{
	struct buf b = {0};
	char internal[DIAG_MAX_PATH + 16];
	json_t *j;

	if (n > DIAG_MAX_MESSAGE_LINES)
		n = DIAG_MAX_MESSAGE_LINES;
	for (size_t i = 0; i < n && b.len <= 2 * DIAG_MAX_MESSAGE; i++) {
		if (i)
			buf_append(&b, "\n", 1);
		buf_append(&b, lines[i].s,
			   lines[i].n < 4 * DIAG_MAX_MESSAGE ? lines[i].n : 4 * DIAG_MAX_MESSAGE);
	}
	buf_append(&b, "", 1);
	b.len--;
	snprintf(internal, sizeof(internal), "file://%s/%s", c->workdir, c->source_name);
	replace_all(&b, internal, c->program);
	replace_all(&b, internal + 7, c->program);
	j = bounded_string(b.data, b.len, DIAG_MAX_MESSAGE);
	buf_free(&b);
	return j;
}

json_t *diag_entry(const struct diag_ctx *c, const char *kind, struct span type,
		   const struct span *message, size_t nlines)
{
	return json_pack("{s:s, s:o, s:o, s:n, s:n, s:n, s:[]}", "kind", kind, "type",
			 bounded_string(type.s, type.n, 200), "message",
			 message_json(c, message, nlines), "file", "line", "column", "frames");
}

static json_t *name_or_null(const struct diag_file *f)
{
	return f && f->name[0] ? bounded_string(f->name, strlen(f->name), DIAG_MAX_PATH)
			       : json_null();
}

static json_t *positive_or_null(long v)
{
	return v > 0 ? json_integer(v) : json_null();
}

void diag_set_place(json_t *e, const struct diag_file *f, long line, long column)
{
	json_object_set_new(e, "file", name_or_null(f));
	json_object_set_new(e, "line", positive_or_null(line));
	json_object_set_new(e, "column", positive_or_null(column));
}

void diag_set_frames(json_t *e, const struct diag_frame *frames, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n && i < DIAG_MAX_FRAMES; i++) {
		const struct diag_frame *f = &frames[i];
		json_array_append_new(
		    a, json_pack("{s:o, s:o, s:o}", "file", name_or_null(&f->file), "line",
				 positive_or_null(f->line), "function",
				 f->function.n ? bounded_string(f->function.s, f->function.n, 200)
					       : json_null()));
	}
	json_object_set_new(e, "frames", a);
}

bool diag_full(const struct diag_ctx *c)
{
	return json_array_size(c->entries) >= DIAG_MAX_ENTRIES;
}

bool diag_push(struct diag_ctx *c, json_t *e)
{
	if (e == NULL)
		return false;
	if (diag_full(c)) {
		json_decref(e);
		return false;
	}
	json_array_append_new(c->entries, e);
	return true;
}
