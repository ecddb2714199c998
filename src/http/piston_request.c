/*
 * A Piston request into the service's canonical request, and the runtimes
 * Piston lists. Pure: no I/O, no state.
 *
 * Piston checks a request in a fixed order and answers the first problem
 * with 400 {"message"}; the messages below are its own (api/src/api/v2.js
 * `get_job`, job.js) so that clients that show or match them see the same
 * text. What Piston leaves to its sandbox (a file path that escapes, a
 * name that is not a string) answers 500 there; here it is a 400 with a
 * message, like every other bad input.
 *
 * Versions are lenient (piston_version_accepted): a client that hard-codes
 * emkc's "3.10.0" or asks for "*" runs on the interpreter this host has,
 * and the answer's `version` says which that is.
 */
#include <math.h>
#include <stdarg.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "common/json_why.h"
#include "common/utf8.h"
#include "common/util.h"
#include "http/piston.h"

/* Piston's names for airlock's languages (its packages' metadata.json):
 * the language, the multi-language package it belongs to, the aliases. */
static const struct {
	const char *airlock, *language, *runtime;
	const char *aliases[6];
} names[] = {
    {"python", "python", NULL, {"py", "py3", "python3"}},
    {"node", "javascript", "node", {"node-javascript", "node-js", "javascript", "js"}},
    {"bash", "bash", NULL, {"sh"}},
    {"c", "c", "gcc", {"gcc"}},
    {"cpp", "c++", "gcc", {"cpp", "g++"}},
};

static int name_index(const char *airlock)
{
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (strcmp(names[i].airlock, airlock) == 0)
			return (int)i;
	return -1;
}

static void runtime_of(const json_t *lang, struct piston_runtime *rt)
{
	const char *name = json_string_value(json_object_get(lang, "name"));
	int i = name_index(name ? name : "");

	rt->lang = lang;
	rt->airlock = name ? name : "";
	rt->language = i >= 0 ? names[i].language : rt->airlock;
	rt->runtime = i >= 0 ? names[i].runtime : NULL;
	rt->version = json_string_value(json_object_get(lang, "version"));
	if (rt->version == NULL || rt->version[0] == 0)
		rt->version = "0.0.0";
	rt->compiled = json_is_true(json_object_get(lang, "compiled"));
}

static bool available(const json_t *lang)
{
	return json_is_true(json_object_get(lang, "available")) &&
	       json_is_string(json_object_get(lang, "name"));
}

json_t *piston_runtimes(const json_t *languages)
{
	json_t *out = json_array(), *lang;
	size_t i;

	json_array_foreach(languages, i, lang)
	{
		struct piston_runtime rt;
		if (!available(lang))
			continue;
		runtime_of(lang, &rt);
		int k = name_index(rt.airlock);
		json_t *aliases = json_array(), *a;
		size_t j;
		if (k >= 0)
			for (j = 0; j < ARRAY_SIZE(names[k].aliases) && names[k].aliases[j]; j++)
				json_array_append_new(aliases, json_string(names[k].aliases[j]));
		else
			json_array_foreach(json_object_get(lang, "aliases"), j, a)
			    json_array_append(aliases, a);
		json_t *o = json_pack("{s:s, s:s, s:o}", "language", rt.language, "version",
				      rt.version, "aliases", aliases);
		if (rt.runtime)
			json_object_set_new(o, "runtime", json_string(rt.runtime));
		json_array_append_new(out, o);
	}
	return out;
}

static bool names_lang(const json_t *lang, const char *name)
{
	struct piston_runtime rt;
	json_t *a;
	size_t j;

	runtime_of(lang, &rt);
	if (strcasecmp(rt.language, name) == 0 || strcasecmp(rt.airlock, name) == 0)
		return true;
	int k = name_index(rt.airlock);
	for (j = 0; k >= 0 && j < ARRAY_SIZE(names[k].aliases) && names[k].aliases[j]; j++)
		if (strcasecmp(names[k].aliases[j], name) == 0)
			return true;
	json_array_foreach(json_object_get(lang, "aliases"), j,
			   a) if (json_is_string(a) &&
				  strcasecmp(json_string_value(a), name) == 0) return true;
	return false;
}

bool piston_runtime_find(const json_t *languages, const char *name, struct piston_runtime *rt)
{
	json_t *lang;
	size_t i;

	json_array_foreach(languages, i, lang)
	{
		if (available(lang) && names_lang(lang, name)) {
			runtime_of(lang, rt);
			return true;
		}
	}
	return false;
}

bool piston_version_accepted(const char *requested)
{
	return requested != NULL && requested[0] != 0;
}

void piston_job_free(struct piston_job *j)
{
	json_decref(j->canonical);
	j->canonical = NULL;
}

__attribute__((format(printf, 2, 3))) static int fail(char msg[PISTON_MSG_MAX], const char *fmt,
						      ...)
{
	va_list ap;
	char raw[PISTON_MSG_MAX];

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	/* the message may quote what the client sent: JSON wants UTF-8 */
	size_t n;
	cleanup_free char *text = utf8_sanitize(raw, strlen(raw), &n);
	snprintf(msg, PISTON_MSG_MAX, "%s", text);
	return -1;
}

/* Piston's `!value`: JavaScript's falsy values of JSON. */
static bool falsy(const json_t *v)
{
	return v == NULL || json_is_null(v) || json_is_false(v) ||
	       (json_is_string(v) && json_string_length(v) == 0) ||
	       (json_is_number(v) && json_number_value(v) == 0);
}

enum encoding { ENC_UTF8, ENC_BASE64, ENC_HEX };

/* job.js: anything but base64 and hex is utf8. */
static enum encoding encoding_of(const json_t *f)
{
	const char *e = json_string_value(json_object_get(f, "encoding"));
	if (e && strcmp(e, "base64") == 0)
		return ENC_BASE64;
	if (e && strcmp(e, "hex") == 0)
		return ENC_HEX;
	return ENC_UTF8;
}

/* The bytes of a base64 or hex content; -1 when it is not. */
static int decode(const char *s, size_t len, enum encoding enc, struct buf *out)
{
	size_t cap = enc == ENC_HEX ? len / 2 + 1 : len / 4 * 3 + 3, n = 0;
	unsigned char *bin = xmalloc(cap);
	int r = enc == ENC_HEX ? sodium_hex2bin(bin, cap, s, len, NULL, &n, NULL)
			       : sodium_base642bin(bin, cap, s, len, " \r\n", &n, NULL,
						   sodium_base64_VARIANT_ORIGINAL);
	if (r == 0 && enc == ENC_HEX && n * 2 != len)
		r = -1;
	if (r == 0)
		buf_append(out, bin, n);
	free(bin);
	return r;
}

/* The path as Node's path.join(dir, name) would make it, relative to dir:
 * "." and empty segments dropped, ".." taking one back. *escapes when a
 * ".." would leave dir (job.js refuses those). */
static void normalize(const char *name, char *out, size_t size, bool *escapes)
{
	char segs[64][256];
	int n = 0, up = 0;
	const char *p = name;

	*escapes = false;
	while (*p) {
		size_t len = strcspn(p, "/");
		if (len == 0 || (len == 1 && p[0] == '.')) {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (n > 0)
				n--;
			else
				up++;
		} else if (n < 64) {
			snprintf(segs[n++], sizeof(segs[0]), "%.*s", (int)(len < 255 ? len : 255),
				 p);
		}
		p += len + (p[len] == '/');
	}
	*escapes = up > 0;
	size_t off = 0;
	out[0] = 0;
	for (int i = 0; i < up && off + 3 < size; i++)
		off += (size_t)snprintf(out + off, size - off, "%s..", i ? "/" : "");
	for (int i = 0; i < n && off < size; i++)
		off += (size_t)snprintf(out + off, size - off, "%s%s", off ? "/" : "", segs[i]);
}

/* The main file (files[0]) is the program's code: text. */
static int main_code(const json_t *f, json_t *canon, char msg[PISTON_MSG_MAX])
{
	const json_t *c = json_object_get(f, "content");
	enum encoding enc = encoding_of(f);

	if (enc == ENC_UTF8) {
		json_object_set(canon, "code", (json_t *)c);
		return 0;
	}
	struct buf b = {0};
	int r = decode(json_string_value(c), json_string_length(c), enc, &b);
	if (r < 0)
		fail(msg, "files[0].content is not valid %s", enc == ENC_HEX ? "hex" : "base64");
	else if (!utf8_valid(b.data ? b.data : "", b.len))
		r = fail(msg, "files[0] is the program's source and must decode to UTF-8 text");
	else
		json_object_set_new(canon, "code", json_stringn(b.data ? b.data : "", b.len));
	buf_free(&b);
	return r;
}

/* files[1..] into the canonical request's files (utf8 or base64). */
static int other_file(const json_t *f, size_t i, const char *name, json_t *files,
		      char msg[PISTON_MSG_MAX])
{
	const json_t *c = json_object_get(f, "content");
	enum encoding enc = encoding_of(f);
	json_t *o = json_pack("{s:s}", "name", name);

	if (enc == ENC_UTF8) {
		json_object_set(o, "content", (json_t *)c);
	} else {
		struct buf b = {0};
		if (decode(json_string_value(c), json_string_length(c), enc, &b) < 0) {
			buf_free(&b);
			json_decref(o);
			return fail(msg, "files[%zu].content is not valid %s", i,
				    enc == ENC_HEX ? "hex" : "base64");
		}
		size_t cap = sodium_base64_ENCODED_LEN(b.len, sodium_base64_VARIANT_ORIGINAL);
		char *text = xmalloc(cap);
		sodium_bin2base64(text, cap, (const unsigned char *)(b.data ? b.data : ""), b.len,
				  sodium_base64_VARIANT_ORIGINAL);
		json_object_set_new(o, "content", json_string(text));
		json_object_set_new(o, "encoding", json_string("base64"));
		free(text);
		buf_free(&b);
	}
	json_array_append_new(files, o);
	return 0;
}

static int parse_files(const json_t *files, json_t *canon, char msg[PISTON_MSG_MAX])
{
	json_t *f, *rest = json_array();
	size_t i;

	json_array_foreach(files, i, f)
	{
		const json_t *n = json_object_get(f, "name");
		char def[32], path[1024];
		bool escapes;
		if (!falsy(n) && !json_is_string(n))
			goto fail_name;
		snprintf(def, sizeof(def), "file%zu.code", i);
		const char *name =
		    json_is_string(n) && json_string_length(n) ? json_string_value(n) : def;
		if (json_is_string(n) && strlen(name) != json_string_length(n)) {
			json_decref(rest);
			return fail(msg, "files[%zu].name must not contain a NUL character", i);
		}
		normalize(name, path, sizeof(path), &escapes);
		if (escapes || path[0] == 0) {
			json_decref(rest);
			return fail(msg, "File path \"%s\" tries to escape parent directory: %s",
				    name, path[0] ? path : ".");
		}
		if (i == 0 ? main_code(f, canon, msg) < 0 : other_file(f, i, path, rest, msg) < 0) {
			json_decref(rest);
			return -1;
		}
		continue;
	fail_name:
		json_decref(rest);
		return fail(msg, "files[%zu].name must be a string", i);
	}
	if (json_array_size(rest) > 0)
		json_object_set_new(canon, "files", rest);
	else
		json_decref(rest);
	return 0;
}

/* Piston's constraints, in its order; -1 and 0 mean the server's default
 * (npm piston-client sends -1 for both memory limits). The compile ones
 * set the compile step's limits of a compiled language (a larger one
 * than the service allows is refused by it). */
static const struct {
	const char *name;
	const char *max_key; /* in the language's "max" limits; NULL: not checked */
	double scale;	     /* Piston's unit per airlock unit */
	const char *limit;   /* the canonical limit it sets */
	bool compile;	     /* in "compile_limits", else "limits" */
} constraints[] = {
    {"compile_memory_limit", NULL, 1048576.0, "memory_limit_mb", true},
    {"run_memory_limit", "memory_limit_mb", 1048576.0, "memory_limit_mb", false},
    {"compile_timeout", NULL, 1000.0, "wall_time_limit_s", true},
    {"run_timeout", "wall_time_limit_s", 1000.0, "wall_time_limit_s", false},
    {"compile_cpu_time", NULL, 1000.0, "time_limit_s", true},
    {"run_cpu_time", "time_limit_s", 1000.0, "time_limit_s", false},
};

static void put_limits(json_t *canon, const char *key, json_t *limits)
{
	if (json_object_size(limits) > 0)
		json_object_set_new(canon, key, limits);
	else
		json_decref(limits);
}

static int parse_limits(const json_t *body, const struct piston_runtime *rt, json_t *canon,
			char msg[PISTON_MSG_MAX])
{
	const json_t *max = json_object_get(rt->lang, "max");
	json_t *limits = json_object(), *compile = json_object();

	for (size_t i = 0; i < ARRAY_SIZE(constraints); i++) {
		const json_t *v = json_object_get(body, constraints[i].name);
		if (falsy(v))
			continue;
		if (!json_is_number(v)) {
			json_decref(limits);
			json_decref(compile);
			return fail(msg, "If specified, %s must be a number", constraints[i].name);
		}
		double d = json_number_value(v);
		if (d == -1)
			continue;
		const json_t *m =
		    constraints[i].max_key ? json_object_get(max, constraints[i].max_key) : NULL;
		double configured =
		    json_is_number(m) ? json_number_value(m) * constraints[i].scale : 0;
		if (configured > 0 && d > configured) {
			json_decref(limits);
			json_decref(compile);
			return fail(msg, "%s cannot exceed the configured limit of %.15g",
				    constraints[i].name, configured);
		}
		if (d < 0) {
			json_decref(limits);
			json_decref(compile);
			return fail(msg, "%s must be non-negative", constraints[i].name);
		}
		/* (an interpreted language has no compile step to limit) */
		if (constraints[i].compile && !rt->compiled)
			continue;
		json_t *to = constraints[i].compile ? compile : limits;
		if (constraints[i].scale == 1048576.0)
			json_object_set_new(to, constraints[i].limit,
					    json_integer((json_int_t)ceil(d / 1048576.0)));
		else
			json_object_set_new(to, constraints[i].limit,
					    json_real(d / constraints[i].scale));
	}
	put_limits(canon, "limits", limits);
	put_limits(canon, "compile_limits", compile);
	return 0;
}

static int parse_args(const json_t *args, json_t *canon, char msg[PISTON_MSG_MAX])
{
	json_t *a, *out;
	size_t i;

	if (args == NULL || json_is_null(args))
		return 0;
	if (!json_is_array(args))
		return fail(msg, "args must be an array of strings");
	out = json_array();
	json_array_foreach(args, i, a)
	{
		if (json_is_string(a)) {
			json_array_append(out, a);
		} else if (json_is_number(a)) { /* as Node's spawn: String(n) */
			char num[64];
			snprintf(num, sizeof(num), "%.17g", json_number_value(a));
			json_array_append_new(out, json_string(num));
		} else {
			json_decref(out);
			return fail(msg, "args[%zu] must be a string", i);
		}
	}
	if (json_array_size(out) > 0)
		json_object_set_new(canon, "args", out);
	else
		json_decref(out);
	return 0;
}

/* job.js: stdin gets a trailing newline when it has none (so "" is "\n"). */
static int parse_stdin(const json_t *in, json_t *canon, char msg[PISTON_MSG_MAX])
{
	if (in != NULL && !json_is_null(in) && !json_is_string(in))
		return fail(msg, "stdin must be a string");
	size_t n = json_is_string(in) ? json_string_length(in) : 0;
	const char *s = json_is_string(in) ? json_string_value(in) : "";
	if (n > 0 && s[n - 1] == '\n') {
		json_object_set(canon, "stdin", (json_t *)in);
		return 0;
	}
	char *t = xmalloc(n + 1);
	memcpy(t, s, n);
	t[n] = '\n';
	json_object_set_new(canon, "stdin", json_stringn(t, n + 1));
	free(t);
	return 0;
}

/* v2.js get_job's checks, in its order. */
static int check_shape(const json_t *body, const json_t *languages, struct piston_runtime *rt,
		       char msg[PISTON_MSG_MAX])
{
	const json_t *lang = json_object_get(body, "language"),
		     *version = json_object_get(body, "version"),
		     *files = json_object_get(body, "files"), *f;
	size_t i;

	if (falsy(lang) || !json_is_string(lang))
		return fail(msg, "language is required as a string");
	if (falsy(version) || !json_is_string(version))
		return fail(msg, "version is required as a string");
	if (!json_is_array(files))
		return fail(msg, "files is required as an array");
	json_array_foreach(files, i, f)
	{
		if (!json_is_string(json_object_get(f, "content")))
			return fail(msg, "files[%zu].content is required as a string", i);
	}
	if (!piston_runtime_find(languages, json_string_value(lang), rt) ||
	    !piston_version_accepted(json_string_value(version)))
		return fail(msg, "%s-%s runtime is unknown", json_string_value(lang),
			    json_string_value(version));
	bool some_utf8 = false;
	json_array_foreach(files, i, f) some_utf8 |= encoding_of(f) == ENC_UTF8;
	if (!some_utf8)
		return fail(msg, "files must include at least one utf8 encoded file");
	return 0;
}

int piston_job_parse(const char *body, size_t len, const json_t *languages, bool websocket,
		     struct piston_job *job, char msg[PISTON_MSG_MAX])
{
	json_error_t je;
	json_t *root;

	memset(job, 0, sizeof(*job));
	msg[0] = 0;
	/* Express's JSON parser makes an empty body {} */
	root = len == 0 ? json_object() : json_loadb(body, len, 0, &je);
	if (root == NULL)
		return fail(msg, "the body is not valid JSON: %s (line %d)", json_why(&je), je.line);
	if (!json_is_object(root)) { /* its fields are all missing */
		json_decref(root);
		root = json_object();
	}
	job->canonical = json_pack("{s:b, s:b}", "wait", 1, "combined_output", 1);
	if (check_shape(root, languages, &job->rt, msg) < 0 ||
	    parse_limits(root, &job->rt, job->canonical, msg) < 0 ||
	    (!websocket && parse_stdin(json_object_get(root, "stdin"), job->canonical, msg) < 0) ||
	    parse_args(json_object_get(root, "args"), job->canonical, msg) < 0 ||
	    parse_files(json_object_get(root, "files"), job->canonical, msg) < 0) {
		json_decref(root);
		piston_job_free(job);
		return -1;
	}
	json_object_set_new(job->canonical, "language", json_string(job->rt.airlock));
	json_decref(root);
	return 0;
}
