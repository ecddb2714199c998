/*
 * A value read from a configparser the program fills from its own text
 * (python_fold_config):
 *
 *	cp = configparser.ConfigParser(defaults={"h": os.path.expanduser("~")})
 *	cp.read_string("[paths]\nhome = %(h)s\nkey = %(home)s/.ssh/id_rsa\n")
 *	open(cp["paths"]["key"])          # or cp.get("paths", "key")
 *
 * is the option's value with its %(name)s interpolations done as
 * configparser's BasicInterpolation does them: the option of the same
 * section, else of [DEFAULT], else of the constructor's defaults (folded);
 * with interpolation=ExtendedInterpolation(), ${name} and ${section:name}.
 * Only a name bound once to ConfigParser(...) (RawConfigParser or
 * interpolation=None: no interpolation), read_string calls of text that
 * folds (read_dict's, set's and cp[s] = {...}'s options whose values fold
 * join them), options whose names are folded the same way (lower case).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define INI_ITEMS 96
#define INI_NODES 100000u

struct ini {
	struct {
		char *sec, *key, *val;
	} v[INI_ITEMS];
	int n;
	bool raw, ext; /* no interpolation; ExtendedInterpolation's ${s:k} */
};

static char *dup_trim(const char *s, size_t len, bool lower)
{
	while (len && isspace((unsigned char)*s))
		s++, len--;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	char *d = xmalloc(len + 1);
	for (size_t i = 0; i < len; i++)
		d[i] = lower ? (char)tolower((unsigned char)s[i]) : s[i];
	d[len] = '\0';
	return d;
}

static void add(struct ini *ini, const char *sec, char *key, char *val)
{
	if (ini->n == INI_ITEMS) {
		free(key);
		free(val);
		return;
	}
	ini->v[ini->n].sec = xstrdup(sec);
	ini->v[ini->n].key = key;
	ini->v[ini->n].val = val;
	ini->n++;
}

/* "[s]\nk = v\n...": its options, in order */
static void parse(struct ini *ini, const char *t, size_t len)
{
	char sec[128] = "DEFAULT";
	const char *end = t + len;

	while (t < end) {
		const char *nl = memchr(t, '\n', (size_t)(end - t));
		const char *le = nl ? nl : end;
		const char *p = t;
		while (p < le && (*p == ' ' || *p == '\t'))
			p++;
		if (p < le && *p == '[') {
			const char *q = memchr(p, ']', (size_t)(le - p));
			size_t sl = q ? (size_t)(q - p - 1) : 0;
			if (q && sl < sizeof(sec)) {
				memcpy(sec, p + 1, sl);
				sec[sl] = '\0';
			}
		} else if (p < le && *p != '#' && *p != ';') {
			const char *eq = p;
			while (eq < le && *eq != '=' && *eq != ':')
				eq++;
			if (eq < le && eq > p)
				add(ini, sec, dup_trim(p, (size_t)(eq - p), true),
				    dup_trim(eq + 1, (size_t)(le - eq - 1), false));
		}
		t = le + 1;
	}
}

static const char *lookup(const struct ini *ini, const char *sec, const char *key)
{
	for (int pass = 0; pass < 2; pass++)
		for (int i = ini->n - 1; i >= 0; i--)
			if (strcmp(ini->v[i].key, key) == 0 &&
			    strcmp(ini->v[i].sec, pass ? "DEFAULT" : sec) == 0)
				return ini->v[i].val;
	return NULL;
}

/* ExtendedInterpolation: ${name} of the section (or [DEFAULT]),
 * ${section:name}, $$ */
static int interpolate(const struct ini *ini, const char *sec, const char *v, struct buf *out,
		       int depth);

static int interpolate_ext(const struct ini *ini, const char *sec, const char *v, struct buf *out,
			   int depth)
{
	for (const char *p = v; *p; p++) {
		if (*p != '$') {
			buf_append(out, p, 1);
			continue;
		}
		if (p[1] == '$') {
			buf_append(out, "$", 1);
			p++;
			continue;
		}
		const char *close = p[1] == '{' ? strchr(p, '}') : NULL;
		if (close == NULL || close - p - 2 >= 128)
			return -1;
		char ref[128], *colon;
		size_t nl = (size_t)(close - p - 2);
		memcpy(ref, p + 2, nl);
		ref[nl] = '\0';
		colon = strchr(ref, ':');
		const char *s2 = sec, *name = ref;
		if (colon) {
			*colon = '\0';
			s2 = ref;
			name = colon + 1;
		}
		char lname[128];
		size_t ll = strlen(name);
		for (size_t i = 0; i <= ll; i++)
			lname[i] = (char)tolower((unsigned char)name[i]);
		const char *r = lookup(ini, s2, lname);
		if (r == NULL || interpolate(ini, s2, r, out, depth + 1) < 0)
			return -1;
		p = close;
	}
	return 0;
}

/* BasicInterpolation: %(name)s, %% */
static int interpolate(const struct ini *ini, const char *sec, const char *v, struct buf *out,
		       int depth)
{
	if (depth > 10)
		return -1;
	if (ini->ext && !ini->raw)
		return interpolate_ext(ini, sec, v, out, depth);
	for (const char *p = v; *p; p++) {
		if (*p != '%' || ini->raw) {
			buf_append(out, p, 1);
			continue;
		}
		if (p[1] == '%') {
			buf_append(out, "%", 1);
			p++;
			continue;
		}
		const char *close = p[1] == '(' ? strstr(p, ")s") : NULL;
		if (close == NULL || close - p - 2 >= 64)
			return -1;
		char name[64];
		size_t nl = (size_t)(close - p - 2);
		for (size_t i = 0; i < nl; i++)
			name[i] = (char)tolower((unsigned char)p[2 + i]);
		name[nl] = '\0';
		const char *r = lookup(ini, sec, name);
		if (r == NULL || interpolate(ini, sec, r, out, depth + 1) < 0)
			return -1;
		p = close + 1;
	}
	return 0;
}

struct scan {
	struct actx *c;
	TSNode name;
	struct ini *ini;
	unsigned left;
	bool bad;
};

static bool is_name(struct scan *s, TSNode x)
{
	return node_is(x, "identifier") && node_len(x) == node_len(s->name) &&
	       memcmp(node_src(s->c, x), node_src(s->c, s->name), node_len(x)) == 0;
}

/* An option given by the program: sec and key folded, val its value */
static void add_option(struct scan *s, const char *sec, size_t sl, TSNode key, TSNode val)
{
	size_t kl, vl;
	char *k = fold_dup(s->c, key, 1, &kl);
	char *v = k ? python_fold_or_default(s->c, val, 1, &vl) : NULL;
	char *sc = dup_trim(sec, sl, false);
	if (v)
		add(s->ini, sc, dup_trim(k, kl, true), v);
	free(sc);
	free(k);
}

/* {"key": value, ...} given as section sec's options */
static void add_section(struct scan *s, TSNode sec, TSNode d)
{
	size_t sl;
	char *sv = node_is(d, "dictionary") ? fold_dup(s->c, sec, 1, &sl) : NULL;
	uint32_t np = sv ? ts_node_named_child_count(d) : 0;
	for (uint32_t p = 0; p < np; p++) {
		TSNode pair = ts_node_named_child(d, p);
		if (node_is(pair, "pair"))
			add_option(s, sv, sl, node_field(pair, "key"), node_field(pair, "value"));
	}
	free(sv);
}

/* name.read_string(TEXT), name.read_dict({...}), name.set(s, k, v),
 * name[s] = {...} anywhere in the program */
static void scan_reads(struct scan *s, TSNode n, int depth)
{
	if (s->bad || depth > 200 || s->left == 0)
		return;
	s->left--;
	TSNode fn = node_is(n, "call") ? node_field(n, "function") : (TSNode){0};
	TSNode args = node_is(n, "call") ? node_field(n, "arguments") : (TSNode){0};
	if (node_is(fn, "attribute") && is_name(s, node_field(fn, "object")) &&
	    node_text_is(s->c, node_field(fn, "attribute"), "read_dict")) {
		TSNode d = ts_node_named_child(args, 0);
		uint32_t np = node_is(d, "dictionary") ? ts_node_named_child_count(d) : 0;
		for (uint32_t p = 0; p < np; p++) {
			TSNode pair = ts_node_named_child(d, p);
			if (node_is(pair, "pair"))
				add_section(s, node_field(pair, "key"), node_field(pair, "value"));
		}
		return;
	}
	if (node_is(fn, "attribute") && is_name(s, node_field(fn, "object")) &&
	    node_text_is(s->c, node_field(fn, "attribute"), "set") &&
	    ts_node_named_child_count(args) == 3) {
		size_t sl;
		char *sv = fold_dup(s->c, ts_node_named_child(args, 0), 1, &sl);
		if (sv)
			add_option(s, sv, sl, ts_node_named_child(args, 1),
				   ts_node_named_child(args, 2));
		free(sv);
		return;
	}
	TSNode left = node_is(n, "assignment") ? node_field(n, "left") : (TSNode){0};
	if (node_is(left, "subscript") && is_name(s, node_field(left, "value"))) {
		add_section(s, node_field(left, "subscript"), node_field(n, "right"));
		return;
	}
	if (node_is(fn, "attribute") && node_is(node_field(fn, "object"), "identifier") &&
	    node_len(node_field(fn, "object")) == node_len(s->name) &&
	    memcmp(node_src(s->c, node_field(fn, "object")), node_src(s->c, s->name),
		   node_len(s->name)) == 0 &&
	    node_text_is(s->c, node_field(fn, "attribute"), "read_string")) {
		TSNode a = ts_node_named_child(node_field(n, "arguments"), 0);
		size_t len;
		char *t = ts_node_is_null(a) ? NULL : fold_dup(s->c, a, 1, &len);
		if (t)
			parse(s->ini, t, len);
		if (t == NULL)
			s->bad = true; /* text the analysis cannot know */
		free(t);
		return;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		scan_reads(s, ts_node_named_child(n, i), depth + 1);
}

/* ConfigParser(defaults={...}) or ConfigParser({...}): the defaults */
static bool constructor(struct actx *c, TSNode call, struct ini *ini, int depth)
{
	TSNode args = node_field(call, "arguments");
	struct names ns = {0};
	bool ok = false;

	c->ops->resolve(c, node_field(call, "function"), &ns, depth + 1);
	for (int i = 0; i < ns.n && !ok; i++) {
		ok = strcmp(ns.v[i], "configparser.ConfigParser") == 0 ||
		     strcmp(ns.v[i], "configparser.SafeConfigParser") == 0;
		if (strcmp(ns.v[i], "configparser.RawConfigParser") == 0)
			ok = ini->raw = true;
	}
	names_free(&ns);
	uint32_t k = ok && node_is(args, "argument_list") ? ts_node_named_child_count(args) : 0;
	for (uint32_t i = 0; i < k && ok; i++) {
		TSNode a = ts_node_named_child(args, i), d = {0};
		if (node_is(a, "keyword_argument")) {
			TSNode kn = node_field(a, "name");
			if (node_text_is(c, kn, "defaults"))
				d = node_field(a, "value");
			else if (node_text_is(c, kn, "interpolation") &&
				 node_text_is(c, node_field(a, "value"), "None"))
				ini->raw = true;
			else if (node_text_is(c, kn, "interpolation")) {
				/* ExtendedInterpolation(): ${s:k} */
				TSNode iv = node_field(a, "value");
				TSNode ifn = node_is(iv, "call") ? node_field(iv, "function") : iv;
				size_t il = node_len(ifn);
				ini->ext = il >= 21 && memcmp(node_src(c, ifn) + il - 21,
							      "ExtendedInterpolation", 21) == 0;
				ok = ini->ext;
			}
		} else if (i == 0)
			d = a;
		if (ts_node_is_null(d))
			continue;
		if (!node_is(d, "dictionary"))
			return false;
		uint32_t np = ts_node_named_child_count(d);
		for (uint32_t p = 0; p < np; p++) {
			TSNode pair = ts_node_named_child(d, p);
			size_t kl, vl;
			char *kv = node_is(pair, "pair")
				       ? fold_dup(c, node_field(pair, "key"), depth + 1, &kl)
				       : NULL;
			char *vv = kv ? python_fold_or_default(c, node_field(pair, "value"),
							       depth + 1, &vl)
				      : NULL;
			if (vv) {
				char *key = dup_trim(kv, kl, true);
				add(ini, "DEFAULT", key, vv);
			} else
				free(vv);
			free(kv);
		}
	}
	return ok;
}

int python_fold_config(struct actx *c, TSNode name, TSNode sec, TSNode key, struct buf *out,
		       int depth)
{
	const struct binding *b, *one = NULL;
	size_t i = 0, nb = 0, sl, kl;

	if (!node_is(name, "identifier") || depth > 8)
		return -1;
	while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)) && nb < 2)
		if (nb++ == 0)
			one = b;
	if (nb != 1 || one->kind != BIND_VALUE || !node_is(one->value, "call"))
		return -1;
	TSNode fn = node_field(one->value, "function");
	if (node_len(fn) < 12 ||
	    memcmp(node_src(c, fn) + node_len(fn) - 12, "ConfigParser", 12) != 0)
		return -1;
	struct ini ini = {.n = 0};
	int ret = -1;
	char *s = NULL, *k = NULL;
	if (constructor(c, one->value, &ini, depth) && (s = fold_dup(c, sec, depth + 1, &sl)) &&
	    (k = fold_dup(c, key, depth + 1, &kl))) {
		struct scan sc = {c, name, &ini, INI_NODES, false};
		TSNode root = name;
		while (!ts_node_is_null(ts_node_parent(root)))
			root = ts_node_parent(root);
		scan_reads(&sc, root, 0);
		char *lk = dup_trim(k, kl, true);
		const char *v = sc.bad ? NULL : lookup(&ini, s, lk);
		size_t mark = out->len;
		ret = v ? interpolate(&ini, s, v, out, 0) : -1;
		if (ret < 0)
			out->len = mark;
		free(lk);
	}
	free(s);
	free(k);
	for (int j = 0; j < ini.n; j++) {
		free(ini.v[j].sec);
		free(ini.v[j].key);
		free(ini.v[j].val);
	}
	return ret;
}
