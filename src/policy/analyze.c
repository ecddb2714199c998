/*
 * The analyzer: rule files -> one tree-sitter query per language, whose
 * matches are filtered by predicates (analyze.h) and become findings.
 *
 * All rule files of a language are concatenated into one query, so a
 * program's tree is walked once whatever the number of rules; a compile
 * error is mapped back to the file and line it came from. Queries are
 * compiled on the first use of their language (a check of a Python program
 * never pays for the Bash rules), under a lock; after that they are only
 * read, so analyze() may run in many threads at once.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <dirent.h>
#include <errno.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "common/embed.h"
#include "common/utf8.h"
#include "policy/analyze.h"
#include "policy/analyze_lang.h"

#define STR_(x) #x
#define STR(x) STR_(x)
#define RULE_FILE_MAX (1u << 20)
#define TEXT_MAX 160
#define NESTED_MAX 3		 /* exec("exec('...')") analysed this deep */
#define MATCH_LIMIT 4096	 /* tree-sitter's in-progress matches */
#define PARSE_TIMEOUT_US 2000000 /* a pathological program is a finding */
#define ANALYSIS_MS 4000	 /* the whole analysis, nested code included */
#define TREE_DEPTH_MAX 500	 /* tree-sitter's queries are quadratic in depth */

enum pred_op {
	P_EQ,
	P_MATCH,
	P_ANY_OF,
	P_RESOLVES,
	P_VALUE,
	P_CONTAINS_CALL,
	P_PARENT_TYPE,
};

struct pred {
	enum pred_op op;
	bool neg;
	uint32_t cap;
	uint32_t cap2; /* #eq? @a @b; UINT32_MAX otherwise */
	const char **strs;
	uint32_t nstrs;
	pcre2_code *re;
};

struct pattern {
	const char *id;
	enum severity sev;
	const char *message;
	uint32_t report_cap;
	uint32_t code_cap;     /* analyze: the constant code this pattern runs */
	const char *code_lang; /* analyze-as: its language (default: the rule's) */
	struct pred *preds;
	uint32_t npreds;
};

struct rule_file {
	char *name;  /* "python/shell.scm" or the path it was read from */
	size_t off;  /* where it starts in the language's source */
};

struct lang_rules {
	const struct lang_ops *ops;
	struct buf source;
	struct rule_file *files;
	size_t nfiles;
	pthread_mutex_t lock;
	bool compiled;
	char error[ERR_MSG_MAX]; /* the compile error, kept for later calls */
	TSQuery *q;
	struct pattern *pat;
	uint32_t npat;
};

static const struct lang_ops *const all_ops[] = {
    &lang_python_ops,
    &lang_javascript_ops,
    &lang_bash_ops,
};
#define NLANGS (sizeof(all_ops) / sizeof(all_ops[0]))

struct analyzer {
	struct lang_rules lang[NLANGS];
};

/* ---- names, bindings, node helpers (shared by lang_*.c) ---- */

void names_add(struct names *ns, const char *s)
{
	if (ns->n >= NAMES_MAX)
		return;
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], s) == 0)
			return;
	ns->v[ns->n++] = xstrdup(s);
}

void names_addf(struct names *ns, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n > 0 && (size_t)n < sizeof(tmp))
		names_add(ns, tmp);
}

void names_free(struct names *ns)
{
	for (int i = 0; i < ns->n; i++)
		free(ns->v[i]);
	ns->n = 0;
}

static const char *pool_dup(struct actx *c, const char *s, size_t len)
{
	/* Bindings are few; a string each keeps this simple. The pool is a
	 * chain: each block starts with the pointer to the previous one. */
	char *p = xmalloc(sizeof(char *) + len + 1);
	memcpy(p, &c->pool, sizeof(char *));
	memcpy(p + sizeof(char *), s, len);
	p[sizeof(char *) + len] = '\0';
	c->pool = p;
	return p + sizeof(char *);
}

static struct binding *new_binding(struct actx *c, const char *name, size_t name_len)
{
	if (c->nb == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 32;
		c->b = xrealloc(c->b, c->cap * sizeof(*c->b));
	}
	struct binding *b = &c->b[c->nb];
	memset(b, 0, sizeof(*b));
	b->name = pool_dup(c, name, name_len);
	b->name_len = name_len;
	b->order = c->nb++;
	c->sorted = false;
	return b;
}

void actx_bind_alias(struct actx *c, const char *name, size_t name_len, const char *target)
{
	struct binding *b = new_binding(c, name, name_len);
	b->kind = BIND_ALIAS;
	b->target = pool_dup(c, target, strlen(target));
}

void actx_bind_value(struct actx *c, const char *name, size_t name_len, TSNode value)
{
	struct binding *b = new_binding(c, name, name_len);
	b->kind = BIND_VALUE;
	b->value = value;
}

void actx_bind_star(struct actx *c, const char *target)
{
	struct binding *b = new_binding(c, "*", 1);
	b->kind = BIND_STAR;
	b->target = pool_dup(c, target, strlen(target));
}

void actx_bind_local(struct actx *c, const char *name, size_t name_len)
{
	new_binding(c, name, name_len)->kind = BIND_LOCAL;
}

/* Names are byte strings: a hostile program's may hold NUL bytes. */
static int name_cmp(const struct binding *b, const char *name, size_t name_len)
{
	int r = memcmp(b->name, name, b->name_len < name_len ? b->name_len : name_len);
	return r ? r : (b->name_len > name_len) - (b->name_len < name_len);
}

static int cmp_binding(const void *x, const void *y)
{
	const struct binding *a = x, *b = y;
	int r = name_cmp(a, b->name, b->name_len);
	return r ? r : (a->order > b->order) - (a->order < b->order);
}

/* After bind(): the bindings sorted by name, so that a lookup is a binary
 * search (a long program has thousands of names and far more uses). */
static void actx_index(struct actx *c)
{
	if (c->nb > 1) /* qsort of an empty array is undefined with a NULL base */
		qsort(c->b, c->nb, sizeof(*c->b), cmp_binding);
	c->sorted = true;
}

/* *i is 0 at the start, then one past the binding last returned. */
const struct binding *actx_lookup(struct actx *c, const char *name, size_t name_len, size_t *i)
{
	if (!c->sorted) {
		for (; *i < c->nb; (*i)++) {
			const struct binding *b = &c->b[*i];
			if (name_cmp(b, name, name_len) == 0) {
				(*i)++;
				return b;
			}
		}
		return NULL;
	}
	if (*i == 0) {
		size_t lo = 0, hi = c->nb;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (name_cmp(&c->b[mid], name, name_len) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		*i = lo;
	}
	if (*i < c->nb && name_cmp(&c->b[*i], name, name_len) == 0)
		return &c->b[(*i)++];
	return NULL;
}

bool actx_is_bound(struct actx *c, const char *name, size_t name_len)
{
	size_t i = 0;
	return actx_lookup(c, name, name_len, &i) != NULL;
}

enum memo_state { MEMO_NEW, MEMO_BUSY, MEMO_DONE };

struct memo {
	struct memo *next;
	enum memo_state state;
	struct names ns;    /* resolution */
	struct buf val;	    /* folding */
	int folded;	    /* 0 a constant (val), -1 not */
	unsigned long seen; /* contains-call: the search that last went through it */
	size_t len;
	char name[]; /* a tag byte ('r' or 'f'), then the name */
};

static uint64_t hash_name(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static struct memo *memo_find(struct actx *c, char tag, const char *name, size_t len)
{
	char key[256];

	/* names longer than a key are not memoised; they are rare */
	if (len + 1 > sizeof(key))
		return NULL;
	key[0] = tag;
	memcpy(key + 1, name, len);
	name = key;
	len++;
	if (c->memo_n + 1 > c->memo_cap / 2) {
		size_t cap = c->memo_cap ? 2 * c->memo_cap : 64;
		struct memo **tab = xcalloc(cap, sizeof(*tab));
		for (size_t i = 0; i < c->memo_cap; i++)
			for (struct memo *m = c->memo[i], *next; m; m = next) {
				next = m->next;
				size_t k = hash_name(m->name, m->len) & (cap - 1);
				m->next = tab[k];
				tab[k] = m;
			}
		free(c->memo);
		c->memo = tab;
		c->memo_cap = cap;
	}
	size_t k = hash_name(name, len) & (c->memo_cap - 1);
	for (struct memo *m = c->memo[k]; m; m = m->next)
		if (m->len == len && memcmp(m->name, name, len) == 0)
			return m;
	struct memo *m = xcalloc(1, sizeof(*m) + len + 1);
	memcpy(m->name, name, len);
	m->len = len;
	m->next = c->memo[k];
	c->memo[k] = m;
	c->memo_n++;
	return m;
}

void actx_resolve_name(struct actx *c, const char *name, size_t len, struct names *out, int depth,
		       resolve_name_fn compute)
{
	struct memo *m = memo_find(c, 'r', name, len);
	struct names tmp = {0};
	unsigned long cycles = c->cycles;
	bool exhausted = c->exhausted;

	if (m == NULL) {
		compute(c, name, len, out, depth);
		return;
	}
	if (m->state == MEMO_BUSY) {
		c->cycles++;
		return;
	}
	if (m->state == MEMO_NEW) {
		m->state = MEMO_BUSY;
		compute(c, name, len, &tmp, depth);
		/* An answer cut short by a cycle or by the budget is not final. */
		if (c->cycles == cycles && c->exhausted == exhausted) {
			m->ns = tmp;
			m->state = MEMO_DONE;
		} else {
			for (int i = 0; i < tmp.n; i++)
				names_add(out, tmp.v[i]);
			names_free(&tmp);
			m->state = MEMO_NEW;
			return;
		}
	}
	for (int i = 0; i < m->ns.n; i++)
		names_add(out, m->ns.v[i]);
}

int actx_fold_name(struct actx *c, const char *name, size_t len, struct buf *out, int depth,
		   fold_name_fn compute)
{
	struct memo *m = memo_find(c, 'f', name, len);
	unsigned long cycles = c->cycles;
	bool exhausted = c->exhausted;
	struct buf tmp = {0};
	int ret;

	if (m == NULL)
		return compute(c, name, len, out, depth);
	if (m->state == MEMO_BUSY) {
		c->cycles++;
		return -1;
	}
	if (m->state == MEMO_NEW) {
		m->state = MEMO_BUSY;
		ret = compute(c, name, len, &tmp, depth);
		if (c->cycles != cycles || c->exhausted != exhausted) {
			m->state = MEMO_NEW;
			if (ret == 0)
				buf_append(out, tmp.data, tmp.len);
			buf_free(&tmp);
			return ret;
		}
		m->val = tmp;
		m->folded = ret;
		m->state = MEMO_DONE;
	}
	if (m->folded == 0 && m->val.len)
		buf_append(out, m->val.data, m->val.len);
	return m->folded;
}

static void actx_free(struct actx *c)
{
	for (size_t i = 0; i < c->memo_cap; i++)
		for (struct memo *m = c->memo[i], *next; m; m = next) {
			next = m->next;
			names_free(&m->ns);
			buf_free(&m->val);
			free(m);
		}
	free(c->memo);
	c->memo = NULL;
	c->memo_cap = c->memo_n = 0;
	while (c->pool) {
		char *prev;
		memcpy(&prev, c->pool, sizeof(char *));
		free(c->pool);
		c->pool = prev;
	}
	free(c->b);
	c->b = NULL;
	c->nb = c->cap = 0;
}

bool node_is(TSNode n, const char *type)
{
	return !ts_node_is_null(n) && strcmp(ts_node_type(n), type) == 0;
}

TSNode node_field(TSNode n, const char *field)
{
	return ts_node_child_by_field_name(n, field, (uint32_t)strlen(field));
}

void resolve_member(struct actx *c, TSNode obj, const char *member, size_t member_len,
		    struct names *out, int depth)
{
	struct names base = {0};

	c->ops->resolve(c, obj, &base, depth + 1);
	for (int i = 0; i < base.n; i++)
		names_addf(out, "%s.%.*s", base.v[i], (int)member_len, member);
	names_free(&base);
}

char *fold_dup(struct actx *c, TSNode n, int depth, size_t *len)
{
	struct buf b = {0};

	if (c->ops->fold(c, n, &b, depth) < 0) {
		buf_free(&b);
		return NULL;
	}
	buf_append(&b, "", 1);
	if (len)
		*len = b.len - 1;
	return b.data;
}

int fold_hex_digit(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

void fold_put_utf8(struct buf *out, unsigned long cp)
{
	char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xc0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xe0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		b[0] = (char)(0xf0 | ((cp >> 18) & 0x07));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	buf_append(out, b, n);
}

int base64_decode_append(const char *s, size_t len, struct buf *out)
{
	uint32_t acc = 0;
	int bits = 0;
	size_t n = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];
		int v;
		if (ch >= 'A' && ch <= 'Z')
			v = ch - 'A';
		else if (ch >= 'a' && ch <= 'z')
			v = ch - 'a' + 26;
		else if (ch >= '0' && ch <= '9')
			v = ch - '0' + 52;
		else if (ch == '+' || ch == '-')
			v = 62;
		else if (ch == '/' || ch == '_')
			v = 63;
		else if (ch == '=' || ch == '\n' || ch == '\r' || ch == ' ')
			continue;
		else
			return -1;
		acc = (acc << 6) | (uint32_t)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			char byte = (char)((acc >> bits) & 0xff);
			buf_append(out, &byte, 1);
			n++;
		}
	}
	return n > 0 ? 0 : -1;
}

/* ---- severities and modes ---- */

static const char *const sev_names[] = {"info", "warn", "high"};
static const char *const mode_names[] = {"off", "warn", "block", "approve"};

const char *severity_name(enum severity s)
{
	return (unsigned)s < ARRAY_SIZE(sev_names) ? sev_names[s] : "high";
}

int severity_parse(const char *s, enum severity *out)
{
	for (size_t i = 0; s && i < ARRAY_SIZE(sev_names); i++)
		if (strcmp(s, sev_names[i]) == 0) {
			*out = (enum severity)i;
			return 0;
		}
	return -1;
}

const char *policy_mode_name(enum policy_mode m)
{
	return (unsigned)m < ARRAY_SIZE(mode_names) ? mode_names[m] : "off";
}

int policy_mode_parse(const char *s, enum policy_mode *out)
{
	for (size_t i = 0; s && i < ARRAY_SIZE(mode_names); i++)
		if (strcmp(s, mode_names[i]) == 0) {
			*out = (enum policy_mode)i;
			return 0;
		}
	return -1;
}

const char *analyzer_language(const char *name)
{
	static const struct {
		const char *alias, *lang;
	} map[] = {
	    {"python", "python"},  {"py", "python"},
	    {"python3", "python"}, {"javascript", "javascript"},
	    {"js", "javascript"},  {"node", "javascript"},
	    {"bash", "bash"},	   {"sh", "bash"},
	};
	for (size_t i = 0; name && i < ARRAY_SIZE(map); i++)
		if (strcmp(name, map[i].alias) == 0)
			return map[i].lang;
	return NULL;
}

static struct lang_rules *rules_for(struct analyzer *a, const char *lang)
{
	for (size_t i = 0; i < NLANGS; i++)
		if (strcmp(a->lang[i].ops->name, lang) == 0)
			return &a->lang[i];
	return NULL;
}

/* ---- loading ---- */

static void add_rule_text(struct lang_rules *lr, const char *name, const char *text, size_t len)
{
	lr->files = xrealloc(lr->files, (lr->nfiles + 1) * sizeof(*lr->files));
	lr->files[lr->nfiles].name = xstrdup(name);
	lr->files[lr->nfiles].off = lr->source.len;
	lr->nfiles++;
	buf_append(&lr->source, text, len);
	buf_append(&lr->source, "\n", 1);
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static int load_dir(struct analyzer *a, const char *dir, err_t *err)
{
	bool any = false;

	for (size_t l = 0; l < NLANGS; l++) {
		char path[4096];
		char **names = NULL;
		size_t n = 0;
		struct dirent *de;
		DIR *d;

		snprintf(path, sizeof(path), "%s/%s", dir, a->lang[l].ops->name);
		if ((d = opendir(path)) == NULL) {
			if (errno == ENOENT)
				continue;
			return err_set(err, errno, "cannot read rules directory %s", path);
		}
		while ((de = readdir(d)) != NULL) {
			size_t len = strlen(de->d_name);
			if (len > 4 && strcmp(de->d_name + len - 4, ".scm") == 0) {
				names = xrealloc(names, (n + 1) * sizeof(*names));
				names[n++] = xstrdup(de->d_name);
			}
		}
		closedir(d);
		qsort(names, n, sizeof(*names), cmp_str);
		for (size_t i = 0; i < n; i++) {
			char file[4096 + 256];
			char *text = NULL;
			size_t len = 0;
			snprintf(file, sizeof(file), "%s/%s", path, names[i]);
			if (read_file_max(file, RULE_FILE_MAX, &text, &len, err) < 0) {
				for (; i < n; i++)
					free(names[i]);
				free(names);
				return -1;
			}
			add_rule_text(&a->lang[l], file, text, len);
			free(text);
			free(names[i]);
			any = true;
		}
		free(names);
	}
	if (!any)
		return err_set(err, 0,
			       "no rule files in %s: rules go in %s/python, %s/javascript or "
			       "%s/bash, as NAME.scm",
			       dir, dir, dir, dir);
	return 0;
}

static int compile_lang(struct lang_rules *lr, err_t *err);

int analyzer_new(const char *rules_dir, struct analyzer **out, err_t *err)
{
	struct analyzer *a = xcalloc(1, sizeof(*a));

	for (size_t l = 0; l < NLANGS; l++) {
		a->lang[l].ops = all_ops[l];
		pthread_mutex_init(&a->lang[l].lock, NULL);
	}
	for (const struct embedded_file *f = embedded_rules; f->name; f++) {
		const char *slash = strchr(f->name, '/');
		for (size_t l = 0; slash && l < NLANGS; l++)
			if (strncmp(f->name, a->lang[l].ops->name, (size_t)(slash - f->name)) ==
				0 &&
			    a->lang[l].ops->name[slash - f->name] == '\0')
				add_rule_text(&a->lang[l], f->name, (const char *)f->data, f->len);
	}
	if (rules_dir) {
		/* Someone's own rules: tell them now what is wrong with them. */
		if (load_dir(a, rules_dir, err) < 0)
			goto fail;
		for (size_t l = 0; l < NLANGS; l++)
			if (compile_lang(&a->lang[l], err) < 0)
				goto fail;
	}
	*out = a;
	return 0;
fail:
	analyzer_free(a);
	return -1;
}

void analyzer_free(struct analyzer *a)
{
	if (a == NULL)
		return;
	for (size_t l = 0; l < NLANGS; l++) {
		struct lang_rules *lr = &a->lang[l];
		for (uint32_t p = 0; p < lr->npat; p++) {
			for (uint32_t i = 0; i < lr->pat[p].npreds; i++) {
				pcre2_code_free(lr->pat[p].preds[i].re);
				free(lr->pat[p].preds[i].strs);
			}
			free(lr->pat[p].preds);
		}
		free(lr->pat);
		if (lr->q)
			ts_query_delete(lr->q);
		for (size_t i = 0; i < lr->nfiles; i++)
			free(lr->files[i].name);
		free(lr->files);
		buf_free(&lr->source);
		pthread_mutex_destroy(&lr->lock);
	}
	free(a);
}

/* ---- compiling a language's query ---- */

/* "FILE:LINE" for an offset in the language's source. */
static void where(const struct lang_rules *lr, size_t off, char *out, size_t size)
{
	size_t f = 0, line;

	while (f + 1 < lr->nfiles && lr->files[f + 1].off <= off)
		f++;
	line = 1;
	for (size_t i = lr->nfiles ? lr->files[f].off : 0; i < off && i < lr->source.len; i++)
		line += lr->source.data[i] == '\n';
	snprintf(out, size, "%s:%zu", lr->nfiles ? lr->files[f].name : "?", line);
}

static const char *const query_errors[] = {
    "no error",		"syntax error",	   "unknown node type",
    "unknown field",	"unknown capture", "impossible pattern (structure)",
    "unknown language",
};

__attribute__((format(printf, 4, 5))) static int
pattern_error(const struct lang_rules *lr, uint32_t p, err_t *err, const char *fmt, ...)
{
	char at[512];
	va_list ap;
	size_t n;

	where(lr, ts_query_start_byte_for_pattern(lr->q, p), at, sizeof(at));
	err_set(err, 0, "%s: ", at);
	n = strlen(err->msg);
	va_start(ap, fmt);
	vsnprintf(err->msg + n, sizeof(err->msg) - n, fmt, ap);
	va_end(ap);
	return -1;
}

static pcre2_code *compile_re(const char *re, bool anchored, char *msg, size_t msg_size)
{
	int code;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile(
	    (PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | (anchored ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0), &code, &off, NULL);
	if (c == NULL) {
		PCRE2_UCHAR m[256];
		pcre2_get_error_message(code, m, sizeof(m));
		snprintf(msg, msg_size, "bad regular expression \"%s\": %s", re, (char *)m);
		return NULL;
	}
	pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
	return c;
}

static const struct {
	const char *name;
	enum pred_op op;
	bool neg;
	bool regex, anchored;
} pred_table[] = {
    {"eq?", P_EQ, false, false, false},
    {"not-eq?", P_EQ, true, false, false},
    {"match?", P_MATCH, false, true, false},
    {"not-match?", P_MATCH, true, true, false},
    {"any-of?", P_ANY_OF, false, false, false},
    {"not-any-of?", P_ANY_OF, true, false, false},
    {"resolves-to?", P_RESOLVES, false, true, true},
    {"not-resolves-to?", P_RESOLVES, true, true, true},
    {"value-match?", P_VALUE, false, true, false},
    {"not-value-match?", P_VALUE, true, true, false},
    {"contains-call?", P_CONTAINS_CALL, false, true, true},
    {"not-contains-call?", P_CONTAINS_CALL, true, true, true},
    {"parent-type?", P_PARENT_TYPE, false, false, false},
    {"not-parent-type?", P_PARENT_TYPE, true, false, false},
};

static int capture_id(const TSQuery *q, const char *name, uint32_t *id)
{
	uint32_t n = ts_query_capture_count(q), len;
	for (uint32_t i = 0; i < n; i++) {
		const char *c = ts_query_capture_name_for_id(q, i, &len);
		if (strlen(name) == len && strncmp(c, name, len) == 0) {
			*id = i;
			return 0;
		}
	}
	return -1;
}

/* One predicate or directive: steps[0] is its name, up to the Done step. */
static int parse_step(struct lang_rules *lr, uint32_t p, struct pattern *pat,
		      const TSQueryPredicateStep *s, uint32_t n, err_t *err)
{
	uint32_t len;
	const char *name = ts_query_string_value_for_id(lr->q, s[0].value_id, &len);
	const char *arg[8];
	bool is_cap[8];
	uint32_t capv[8], nargs = n - 1;

	if (nargs > 8 && strcmp(name, "any-of?") != 0 && strcmp(name, "not-any-of?") != 0 &&
	    strcmp(name, "parent-type?") != 0 && strcmp(name, "not-parent-type?") != 0)
		return pattern_error(lr, p, err, "#%s has too many arguments", name);
	for (uint32_t i = 0; i < nargs && i < 8; i++) {
		is_cap[i] = s[i + 1].type == TSQueryPredicateStepTypeCapture;
		capv[i] = s[i + 1].value_id;
		arg[i] =
		    is_cap[i] ? NULL : ts_query_string_value_for_id(lr->q, s[i + 1].value_id, &len);
	}
	if (strcmp(name, "set!") == 0) {
		if (nargs != 2 || is_cap[0] || is_cap[1])
			return pattern_error(lr, p, err, "#set! takes a key and a value (%s)",
					     "e.g. (#set! id \"py-shell\")");
		if (strcmp(arg[0], "id") == 0)
			pat->id = arg[1];
		else if (strcmp(arg[0], "message") == 0)
			pat->message = arg[1];
		else if (strcmp(arg[0], "severity") == 0) {
			if (severity_parse(arg[1], &pat->sev) < 0)
				return pattern_error(
				    lr, p, err, "severity '%s' is not info, warn or high", arg[1]);
		} else if (strcmp(arg[0], "analyze") == 0) {
			if (capture_id(lr->q, arg[1], &pat->code_cap) < 0)
				return pattern_error(lr, p, err,
						     "#set! analyze names no capture @%s", arg[1]);
		} else if (strcmp(arg[0], "analyze-as") == 0) {
			if ((pat->code_lang = analyzer_language(arg[1])) == NULL)
				return pattern_error(lr, p, err,
						     "analyze-as '%s' is not python, javascript "
						     "or bash",
						     arg[1]);
		} else
			return pattern_error(lr, p, err,
					     "unknown #set! key '%s' (id, severity, message, "
					     "analyze, analyze-as)",
					     arg[0]);
		return 0;
	}
	size_t k;
	for (k = 0; k < ARRAY_SIZE(pred_table); k++)
		if (strcmp(pred_table[k].name, name) == 0)
			break;
	if (k == ARRAY_SIZE(pred_table))
		return pattern_error(lr, p, err, "unknown predicate #%s", name);
	if (nargs < 2 || !is_cap[0])
		return pattern_error(lr, p, err, "#%s takes a capture and a value", name);
	pat->preds = xrealloc(pat->preds, (pat->npreds + 1) * sizeof(*pat->preds));
	struct pred *pr = &pat->preds[pat->npreds++];
	memset(pr, 0, sizeof(*pr));
	pr->op = pred_table[k].op;
	pr->neg = pred_table[k].neg;
	pr->cap = capv[0];
	pr->cap2 = UINT32_MAX;
	if (pr->op == P_EQ && is_cap[1]) {
		pr->cap2 = capv[1];
		return 0;
	}
	pr->nstrs = nargs - 1;
	pr->strs = xcalloc(pr->nstrs, sizeof(*pr->strs));
	for (uint32_t i = 0; i < pr->nstrs; i++) {
		if (s[i + 2].type != TSQueryPredicateStepTypeString)
			return pattern_error(lr, p, err, "#%s takes strings after the capture",
					     name);
		pr->strs[i] = ts_query_string_value_for_id(lr->q, s[i + 2].value_id, &len);
	}
	if (pred_table[k].regex) {
		char msg[400];
		if (pr->nstrs != 1)
			return pattern_error(lr, p, err, "#%s takes one regular expression", name);
		pr->re = compile_re(pr->strs[0], pred_table[k].anchored, msg, sizeof(msg));
		if (pr->re == NULL)
			return pattern_error(lr, p, err, "%s", msg);
	}
	return 0;
}

static int compile_patterns(struct lang_rules *lr, err_t *err)
{
	uint32_t report;
	bool has_report = capture_id(lr->q, "finding", &report) == 0;

	lr->npat = ts_query_pattern_count(lr->q);
	lr->pat = xcalloc(lr->npat ? lr->npat : 1, sizeof(*lr->pat));
	for (uint32_t p = 0; p < lr->npat; p++) {
		struct pattern *pat = &lr->pat[p];
		uint32_t nsteps, start = 0;
		const TSQueryPredicateStep *s = ts_query_predicates_for_pattern(lr->q, p, &nsteps);

		pat->sev = SEV_WARN;
		pat->code_cap = UINT32_MAX;
		pat->report_cap = has_report ? report : UINT32_MAX;
		for (uint32_t i = 0; i < nsteps; i++) {
			if (s[i].type != TSQueryPredicateStepTypeDone)
				continue;
			if (i > start && parse_step(lr, p, pat, s + start, i - start, err) < 0)
				return -1;
			start = i + 1;
		}
		if (pat->id == NULL || pat->message == NULL)
			return pattern_error(lr, p, err, "a rule needs %s",
					     "(#set! id \"...\") and (#set! message \"...\")");
	}
	return 0;
}

static int compile_lang(struct lang_rules *lr, err_t *err)
{
	int ret = 0;

	pthread_mutex_lock(&lr->lock);
	if (lr->compiled) {
		if (lr->error[0])
			ret = err_set(err, 0, "%s", lr->error);
		pthread_mutex_unlock(&lr->lock);
		return ret;
	}
	if (lr->source.len > 0) {
		uint32_t off;
		TSQueryError qe;
		lr->q = ts_query_new(lr->ops->language(), lr->source.data, (uint32_t)lr->source.len,
				     &off, &qe);
		if (lr->q == NULL) {
			char at[512];
			where(lr, off, at, sizeof(at));
			ret = err_set(err, 0, "%s: %s in the rule", at,
				      (unsigned)qe < ARRAY_SIZE(query_errors) ? query_errors[qe]
									      : "error");
		} else
			ret = compile_patterns(lr, err);
		if (ret < 0)
			snprintf(lr->error, sizeof(lr->error), "%s", err->msg);
	}
	lr->compiled = true;
	pthread_mutex_unlock(&lr->lock);
	return ret;
}

size_t analyzer_rule_ids(struct analyzer *a, const char *lang, const char **ids, size_t max,
			 err_t *err)
{
	struct lang_rules *lr =
	    rules_for(a, analyzer_language(lang) ? analyzer_language(lang) : "");
	size_t n = 0;

	if (lr == NULL || compile_lang(lr, err) < 0)
		return 0;
	for (uint32_t p = 0; p < lr->npat; p++) {
		size_t i;
		for (i = 0; i < n; i++)
			if (strcmp(ids[i], lr->pat[p].id) == 0)
				break;
		if (i == n && n < max)
			ids[n++] = lr->pat[p].id;
	}
	return n;
}

int analyzer_rules(struct analyzer *a, const char *lang,
		   void (*fn)(void *ctx, const char *id, enum severity sev, const char *message),
		   void *ctx, err_t *err)
{
	const char *name = analyzer_language(lang);
	struct lang_rules *lr = name ? rules_for(a, name) : NULL;
	int n = 0;

	if (lr == NULL)
		return err_set(err, 0, "no analysis for language '%s'", lang ? lang : "");
	if (compile_lang(lr, err) < 0)
		return -1;
	for (uint32_t p = 0; p < lr->npat; p++) {
		uint32_t q;
		for (q = 0; q < p; q++)
			if (strcmp(lr->pat[q].id, lr->pat[p].id) == 0)
				break;
		if (q < p)
			continue;
		fn(ctx, lr->pat[p].id, lr->pat[p].sev, lr->pat[p].message);
		n++;
	}
	return n;
}

/* ---- evaluating predicates ---- */

static bool re_find(const pcre2_code *re, const char *s, size_t len)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	int rc = pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

struct eval {
	struct actx *c;
	const TSQueryMatch *m;
};

static bool contains_call(struct actx *c, TSNode n, const pcre2_code *re, int depth)
{
	TSNode callee;

	if (depth > RESOLVE_DEPTH || !actx_step(c))
		return false;
	if (c->ops->call_callee(n, &callee)) {
		struct names ns = {0};
		bool hit = false;
		c->ops->resolve(c, callee, &ns, 0);
		for (int i = 0; i < ns.n && !hit; i++)
			hit = re_find(re, ns.v[i], strlen(ns.v[i]));
		names_free(&ns);
		if (hit)
			return true;
	}
	if (node_is(n, "identifier") || node_is(n, "variable_name")) {
		/* a reachability search: each name's values are looked at once */
		struct memo *m = memo_find(c, 'c', node_src(c, n), node_len(n));
		size_t i = 0;
		const struct binding *b;
		if (m && m->seen == c->search)
			return false;
		if (m)
			m->seen = c->search;
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
			if (b->kind == BIND_VALUE && contains_call(c, b->value, re, depth + 1))
				return true;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (contains_call(c, ts_node_named_child(n, i), re, depth + 1))
			return true;
	return false;
}

static bool test_node(struct eval *e, const struct pred *p, TSNode n)
{
	struct actx *c = e->c;
	const char *s = node_src(c, n);
	size_t len = node_len(n);

	c->pred_steps = 0;
	switch (p->op) {
	case P_EQ:
		if (p->cap2 != UINT32_MAX) {
			for (uint16_t i = 0; i < e->m->capture_count; i++) {
				TSNode o = e->m->captures[i].node;
				if (e->m->captures[i].index == p->cap2 && node_len(o) == len &&
				    memcmp(node_src(c, o), s, len) == 0)
					return true;
			}
			return false;
		}
		return strlen(p->strs[0]) == len && memcmp(p->strs[0], s, len) == 0;
	case P_MATCH:
		return re_find(p->re, s, len);
	case P_ANY_OF:
		for (uint32_t i = 0; i < p->nstrs; i++)
			if (strlen(p->strs[i]) == len && memcmp(p->strs[i], s, len) == 0)
				return true;
		return false;
	case P_RESOLVES: {
		struct names ns = {0};
		bool hit = false;
		c->ops->resolve(c, n, &ns, 0);
		for (int i = 0; i < ns.n && !hit; i++)
			hit = re_find(p->re, ns.v[i], strlen(ns.v[i]));
		names_free(&ns);
		return hit;
	}
	case P_VALUE: {
		size_t vlen;
		char *v = fold_dup(c, n, 0, &vlen);
		bool hit = v && re_find(p->re, v, vlen);
		free(v);
		return hit;
	}
	case P_CONTAINS_CALL:
		c->search++;
		return contains_call(c, n, p->re, 0);
	case P_PARENT_TYPE: {
		TSNode parent = ts_node_parent(n);
		for (uint32_t i = 0; !ts_node_is_null(parent) && i < p->nstrs; i++)
			if (strcmp(ts_node_type(parent), p->strs[i]) == 0)
				return true;
		return false;
	}
	}
	return false;
}

/* A predicate holds when some node of its capture passes (a negated one:
 * when none does). */
static bool test_pred(struct eval *e, const struct pred *p)
{
	for (uint16_t i = 0; i < e->m->capture_count; i++)
		if (e->m->captures[i].index == p->cap && test_node(e, p, e->m->captures[i].node))
			return !p->neg;
	return p->neg;
}

/* ---- findings ---- */

static unsigned column_chars(const char *src, uint32_t line_start, uint32_t byte)
{
	unsigned col = 1;
	for (uint32_t i = line_start; i < byte; i++)
		col += ((unsigned char)src[i] & 0xc0) != 0x80;
	return col;
}

static void add_finding(struct findings *out, const struct actx *c, TSNode at, const char *rule,
			enum severity sev, const char *message)
{
	uint32_t start = ts_node_start_byte(at), end = ts_node_end_byte(at);
	uint32_t line_start = start;
	size_t tlen = 0;
	struct finding *f;

	while (line_start > 0 && c->src[line_start - 1] != '\n')
		line_start--;
	/* A missing token has no text: show its line. */
	if (start == end)
		start = line_start, end = (uint32_t)c->len;
	while (start + tlen < end && start + tlen < c->len && c->src[start + tlen] != '\n' &&
	       tlen < TEXT_MAX)
		tlen++;
	/* Do not cut a UTF-8 sequence in two. */
	while (tlen > 0 && start + tlen < c->len && tlen == TEXT_MAX &&
	       ((unsigned char)c->src[start + tlen] & 0xc0) == 0x80)
		tlen--;
	out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
	f = &out->v[out->n++];
	f->rule = xstrdup(rule);
	f->severity = sev;
	f->line = ts_node_start_point(at).row + 1;
	f->column = column_chars(c->src, line_start, start);
	f->text = utf8_sanitize(c->src + start, tlen, NULL);
	f->message = xstrdup(message);
}

static int analyze_at(struct analyzer *a, struct lang_rules *lr, const char *code, size_t len,
		      int nesting, uint64_t deadline_ms, struct findings *out, err_t *err);

static TSNode first_error(TSNode n)
{
	if (ts_node_is_missing(n) || node_is(n, "ERROR"))
		return n;
	uint32_t k = ts_node_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_child(n, i);
		if (ts_node_has_error(ch)) {
			TSNode e = first_error(ch);
			if (!ts_node_is_null(e))
				return e;
		}
	}
	return (TSNode){0};
}

static void report_syntax_error(struct findings *out, const struct actx *c, TSNode root)
{
	TSNode e = first_error(root);
	char msg[200];

	if (ts_node_is_null(e))
		e = root;
	snprintf(msg, sizeof(msg),
		 "the program does not parse as %s (%s): airlock cannot vouch for code it "
		 "cannot read",
		 c->ops->name,
		 ts_node_is_missing(e) ? "something is missing here" : "syntax error");
	add_finding(out, c, e, "syntax-error", SEV_HIGH, msg);
}

/* A finding about the program as a whole (what could not be analysed). */
static void add_whole(struct findings *out, const char *rule, const char *message)
{
	out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
	out->v[out->n++] = (struct finding){
	    .rule = xstrdup(rule),
	    .severity = SEV_HIGH,
	    .line = 1,
	    .column = 1,
	    .text = xstrdup(""),
	    .message = xstrdup(message),
	};
}

/* How deep the tree goes, without recursion; stops counting at limit. */
static unsigned tree_depth(TSNode root, unsigned limit)
{
	TSTreeCursor cur = ts_tree_cursor_new(root);
	unsigned depth = 0, max = 0;

	for (;;) {
		if (depth < limit && ts_tree_cursor_goto_first_child(&cur)) {
			if (++depth > max)
				max = depth;
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&cur)) {
			if (depth == 0 || !ts_tree_cursor_goto_parent(&cur)) {
				ts_tree_cursor_delete(&cur);
				return max;
			}
			depth--;
		}
	}
}

/* Findings of code that the program runs from a constant string
 * (exec("..."), eval(atob("...")), bash -c '...'), reported at the call. */
static int nested(struct analyzer *a, struct lang_rules *lr, struct actx *c, TSNode at, TSNode code,
		  int nesting, struct findings *out, err_t *err)
{
	struct findings inner = {0};
	size_t len;
	char *text;

	if (nesting >= NESTED_MAX || lr == NULL)
		return 0;
	if (compile_lang(lr, err) < 0)
		return -1;
	if ((text = fold_dup(c, code, 0, &len)) == NULL)
		return 0;
	int ret = analyze_at(a, lr, text, len, nesting + 1, c->deadline_ms, &inner, err);
	free(text);
	for (size_t i = 0; ret == 0 && i < inner.n; i++) {
		char msg[600];
		if (strcmp(inner.v[i].rule, "syntax-error") == 0)
			continue;
		snprintf(msg, sizeof(msg), "in the code it runs (line %u): %s", inner.v[i].line,
			 inner.v[i].message);
		add_finding(out, c, at, inner.v[i].rule, inner.v[i].severity, msg);
	}
	findings_free(&inner);
	return ret;
}

static int run_query(struct analyzer *a, struct lang_rules *lr, struct actx *c, TSNode root,
		     int nesting, struct findings *out, err_t *err)
{
	TSQueryCursor *qc = ts_query_cursor_new();
	TSQueryMatch m;
	unsigned long nmatch = 0;
	int ret = 0;

	ts_query_cursor_set_match_limit(qc, MATCH_LIMIT);
	ts_query_cursor_exec(qc, lr->q, root);
	while (ret == 0 && ts_query_cursor_next_match(qc, &m)) {
		if (++nmatch % 64 == 0 && monotonic_ms() > c->deadline_ms) {
			c->late = true;
			break;
		}
		const struct pattern *pat = &lr->pat[m.pattern_index];
		struct eval e = {c, &m};
		TSNode at = m.captures[0].node, code = {0};
		uint32_t i;

		for (i = 0; i < pat->npreds; i++)
			if (!test_pred(&e, &pat->preds[i]))
				break;
		if (i < pat->npreds || m.capture_count == 0)
			continue;
		for (uint16_t k = 0; k < m.capture_count; k++) {
			if (m.captures[k].index == pat->report_cap)
				at = m.captures[k].node;
			if (m.captures[k].index == pat->code_cap)
				code = m.captures[k].node;
		}
		add_finding(out, c, at, pat->id, pat->sev, pat->message);
		if (!ts_node_is_null(code))
			ret = nested(a, pat->code_lang ? rules_for(a, pat->code_lang) : lr, c, at,
				     code, nesting, out, err);
	}
	ts_query_cursor_delete(qc);
	return ret;
}

static int analyze_at(struct analyzer *a, struct lang_rules *lr, const char *code, size_t len,
		      int nesting, uint64_t deadline_ms, struct findings *out, err_t *err)
{
	TSParser *parser = ts_parser_new();
	struct actx c = {.ops = lr->ops, .src = code, .len = len, .deadline_ms = deadline_ms};
	TSTree *tree;
	int ret = 0;

	if (!ts_parser_set_language(parser, lr->ops->language())) {
		ts_parser_delete(parser);
		return err_set(err, 0, "the %s grammar does not match this libtree-sitter",
			       lr->ops->name);
	}
	ts_parser_set_timeout_micros(parser, PARSE_TIMEOUT_US);
	tree = ts_parser_parse_string(parser, NULL, code, (uint32_t)len);
	if (tree == NULL) {
		/* Only a timeout gets here: code built to be slow to read is not
		 * code airlock can vouch for. */
		add_whole(out, "analysis-timeout",
			  "the program took too long to parse; it was not analyzed");
		ts_parser_delete(parser);
		return 0;
	}
	TSNode root = ts_tree_root_node(tree);
	if (tree_depth(root, TREE_DEPTH_MAX + 1) > TREE_DEPTH_MAX) {
		/* f()()()... or ((((...)))) thousands deep: no program needs it,
		 * and matching queries on it takes time quadratic in the depth. */
		add_whole(out, "analysis-incomplete",
			  "the program nests expressions more than " STR(
			      TREE_DEPTH_MAX) " levels deep; it was not analyzed");
		ts_tree_delete(tree);
		ts_parser_delete(parser);
		return 0;
	}
	lr->ops->bind(&c, root);
	actx_index(&c);
	if (ts_node_has_error(root))
		report_syntax_error(out, &c, root);
	if (lr->q)
		ret = run_query(a, lr, &c, root, nesting, out, err);
	if (c.exhausted)
		add_whole(out, "analysis-incomplete",
			  "the program's names are bound in too tangled a way to resolve them all; "
			  "what they stand for was not checked");
	if (c.late)
		add_whole(out, "analysis-timeout",
			  "the analysis took longer than " STR(
			      ANALYSIS_MS) " ms and was stopped; "
					   "the rest of the program was not checked");
	actx_free(&c);
	ts_tree_delete(tree);
	ts_parser_delete(parser);
	return ret;
}

static int cmp_finding(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->column != b->column)
		return a->column < b->column ? -1 : 1;
	int r = strcmp(a->rule, b->rule);
	return r ? r : (int)b->severity - (int)a->severity;
}

static void finding_free(struct finding *f)
{
	free(f->rule);
	free(f->text);
	free(f->message);
}

/* One finding per rule and place: two patterns of one rule (or a
 * concatenation and its parts) that match at the same spot are one. */
static void dedupe(struct findings *f)
{
	size_t w = 0;

	if (f->n == 0)
		return;
	qsort(f->v, f->n, sizeof(*f->v), cmp_finding);
	for (size_t r = 0; r < f->n; r++) {
		if (w > 0 && f->v[w - 1].line == f->v[r].line &&
		    f->v[w - 1].column == f->v[r].column &&
		    strcmp(f->v[w - 1].rule, f->v[r].rule) == 0) {
			finding_free(&f->v[r]);
			continue;
		}
		f->v[w++] = f->v[r];
	}
	f->n = w;
}

int analyze(struct analyzer *a, const char *lang, const char *code, size_t len,
	    struct findings *out, err_t *err)
{
	const char *name = analyzer_language(lang);
	struct lang_rules *lr = name ? rules_for(a, name) : NULL;

	memset(out, 0, sizeof(*out));
	if (lr == NULL)
		return err_set(err, 0,
			       "no analysis for language '%s'; it covers python, "
			       "javascript (node) and bash",
			       lang ? lang : "");
	if (len > UINT32_MAX)
		return err_set(err, 0, "the program is too large to analyze");
	if (compile_lang(lr, err) < 0)
		return -1;
	if (analyze_at(a, lr, code, len, 0, monotonic_ms() + ANALYSIS_MS, out, err) < 0) {
		findings_free(out);
		return -1;
	}
	dedupe(out);
	return 0;
}

void findings_free(struct findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		finding_free(&f->v[i]);
	free(f->v);
	memset(f, 0, sizeof(*f));
}

json_t *findings_to_json(const struct findings *f)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < f->n; i++) {
		const struct finding *x = &f->v[i];
		json_array_append_new(
		    arr, json_pack("{s:s, s:s, s:i, s:i, s:s, s:s}", "rule", x->rule, "severity",
				   severity_name(x->severity), "line", (int)x->line, "column",
				   (int)x->column, "message", x->message, "text", x->text));
	}
	return arr;
}

bool findings_reach(const struct findings *f, enum severity sev)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].severity >= sev)
			return true;
	return false;
}
