/*
 * What the analyzer shares with each language (analyze_lang.h): candidate
 * names, the bindings of one analysis and their lookup, the memo that
 * makes resolution and folding linear, and helpers over nodes and folded
 * strings.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"

/* ---- candidate names ---- */

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

/* ---- bindings ---- */

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

#define GUESS_DEPTH 24

static bool guessed(struct actx *c, TSNode n, guess_name_fn name, int depth)
{
	TSNode value = {0};

	if (ts_node_is_null(n))
		return false;
	if (depth > GUESS_DEPTH || !actx_step(c))
		return true;
	switch (name(c, n, &value)) {
	case GUESS_GUESSED:
		return true;
	case GUESS_KNOWN:
		return !ts_node_is_null(value) && guessed(c, value, name, depth + 1);
	case GUESS_NOT_A_NAME:
		break;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (guessed(c, ts_node_named_child(n, i), name, depth + 1))
			return true;
	return false;
}

bool actx_guessed(struct actx *c, TSNode n, guess_name_fn name)
{
	return guessed(c, n, name, 0);
}

void actx_bind_local(struct actx *c, const char *name, size_t name_len)
{
	new_binding(c, name, name_len)->kind = BIND_LOCAL;
}

void actx_bind_runtime(struct actx *c, const char *name, size_t name_len, TSNode setter)
{
	struct binding *b = new_binding(c, name, name_len);
	b->kind = BIND_RUNTIME;
	b->value = setter;
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
void actx_index(struct actx *c)
{
	if (c->nb > 1) /* qsort of an empty array is undefined with a NULL base */
		qsort(c->b, c->nb, sizeof(*c->b), cmp_binding);
	c->sorted = true;
}

/* *i is 0 at the start, then one past the binding last returned. */
bool actx_past_deadline(struct actx *c)
{
	if (c->deadline_ms != 0 && monotonic_ms() > c->deadline_ms)
		c->late = true;
	return c->late;
}

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

int actx_values(struct actx *c, const char *name, TSNode *out, int max)
{
	const struct binding *b;
	size_t i = 0, len = strlen(name);
	int n = 0;

	while (n < max && (b = actx_lookup(c, name, len, &i)))
		out[n++] = b->value;
	return n;
}

/* ---- the memo of resolved and folded names ---- */

void actx_memo_clear(struct actx *c)
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
}

static uint64_t hash_name(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

struct memo *actx_memo_find(struct actx *c, char tag, const char *name, size_t len)
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
	struct memo *m = actx_memo_find(c, 'r', name, len);
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

bool actx_bound_in(struct actx *c, const char *name, size_t len, uint32_t lo, uint32_t hi)
{
	size_t i = 0;
	const struct binding *b;

	while ((b = actx_lookup(c, name, len, &i)))
		if (!ts_node_is_null(b->value) && ts_node_start_byte(b->value) >= lo &&
		    ts_node_start_byte(b->value) < hi)
			return true;
	return false;
}

/* Whether name is bound in a function whose call is being folded. */
static bool bound_in_frame(struct actx *c, const char *name, size_t len)
{
	for (int f = 0; f < c->nframes; f++)
		if (actx_bound_in(c, name, len, c->frame_lo[f], c->frame_hi[f]))
			return true;
	return false;
}

int actx_fold_name(struct actx *c, const char *name, size_t len, struct buf *out, int depth,
		   fold_name_fn compute)
{
	struct memo *m = actx_memo_find(c, c->env_pick ? 'e' : 'f', name, len);
	unsigned long cycles = c->cycles;
	bool exhausted = c->exhausted;
	struct buf tmp = {0};
	int ret;

	if (m == NULL || (c->nframes > 0 && c->in_frame && bound_in_frame(c, name, len)))
		return compute(c, name, len, out, depth);
	/* with a loop's pick (actx.loop_pick), a name whose value met a loop
	 * (or is not known yet) is folded again, not memoised */
	if (c->loop_pick && (m->state == MEMO_NEW || (m->state == MEMO_DONE && m->loop))) {
		enum memo_state st = m->state;
		m->state = MEMO_BUSY;
		ret = compute(c, name, len, out, depth);
		m->state = st;
		return ret;
	}
	if (m->state == MEMO_BUSY) {
		c->cycles++;
		return -1;
	}
	if (m->state == MEMO_NEW) {
		bool loop = c->loop_seen;
		c->loop_seen = false;
		m->state = MEMO_BUSY;
		ret = compute(c, name, len, &tmp, depth);
		m->loop = c->loop_seen;
		c->loop_seen = c->loop_seen || loop;
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
	c->loop_seen = c->loop_seen || m->loop;
	return m->folded;
}

const struct names *actx_resolved(struct actx *c, TSNode n, struct names *tmp)
{
	uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
	TSSymbol sym = ts_node_symbol(n);
	const struct resolved_node *r;

	if (c->rcache != NULL) {
		r = &c->rcache[(start * 31u + end * 7u + sym) % RCACHE_SIZE];
		if (r->valid && r->start == start && r->end == end && r->symbol == sym)
			return &r->ns;
	}
	actx_resolve_node(c, n, tmp);
	return tmp;
}

void actx_resolve_node(struct actx *c, TSNode n, struct names *out)
{
	uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
	TSSymbol sym = ts_node_symbol(n);
	struct resolved_node *r;

	if (c->rcache == NULL)
		c->rcache = xcalloc(RCACHE_SIZE, sizeof(*c->rcache));
	r = &c->rcache[(start * 31u + end * 7u + sym) % RCACHE_SIZE];
	if (r->valid && r->start == start && r->end == end && r->symbol == sym) {
		for (int i = 0; i < r->ns.n; i++)
			names_add(out, r->ns.v[i]);
		return;
	}
	bool exhausted = c->exhausted;
	unsigned long pred_steps = c->pred_steps, cycles = c->cycles;
	c->ops->resolve(c, n, out, 0);
	/* an answer cut short by the step budget, or partial because it met a
	 * cycle, is not the node's answer */
	if (c->exhausted != exhausted || c->pred_steps >= STEPS_PER_PREDICATE ||
	    c->cycles != cycles || c->pred_steps == pred_steps)
		return;
	names_free(&r->ns);
	r->valid = true;
	r->start = start, r->end = end, r->symbol = sym;
	for (int i = 0; i < out->n; i++)
		names_add(&r->ns, out->v[i]);
}

static char *dup_len(const char *s, size_t len)
{
	char *d = xmalloc(len + 1);
	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

struct folded_node *actx_folded_slot(struct folded_node **cache, TSNode n, bool *hit)
{
	uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
	TSSymbol sym = ts_node_symbol(n);
	struct folded_node *r;

	if (*cache == NULL)
		*cache = xcalloc(RCACHE_SIZE, sizeof(**cache));
	r = &(*cache)[(start * 31u + end * 7u + sym) % RCACHE_SIZE];
	*hit = r->valid && r->start == start && r->end == end && r->symbol == sym;
	return r;
}

char *actx_fold_node(struct actx *c, TSNode n, size_t *len)
{
	uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
	TSSymbol sym = ts_node_symbol(n);
	size_t vlen = 0;
	bool hit;
	struct folded_node *r = actx_folded_slot(&c->fcache, n, &hit);

	if (hit) {
		c->loop_seen = r->loop;
		if (r->val == NULL)
			return NULL;
		*len = r->len;
		return dup_len(r->val, r->len);
	}
	bool exhausted = c->exhausted;
	unsigned long pred_steps = c->pred_steps, cycles = c->cycles;
	c->loop_seen = false;
	char *v = fold_dup(c, n, 0, &vlen);
	if (v)
		*len = vlen;
	/* as actx_resolve_node: an answer cut short is not the node's */
	if (c->exhausted != exhausted || c->pred_steps >= STEPS_PER_PREDICATE ||
	    c->cycles != cycles || c->pred_steps == pred_steps)
		return v;
	free(r->val);
	r->valid = true;
	r->start = start, r->end = end, r->symbol = sym;
	r->val = v ? dup_len(v, vlen) : NULL;
	r->len = vlen;
	r->loop = c->loop_seen;
	return v;
}

void actx_free(struct actx *c)
{
	if (c->mcache) {
		for (size_t i = 0; i < RCACHE_SIZE; i++)
			free(c->mcache[i].val);
		free(c->mcache);
		c->mcache = NULL;
	}
	if (c->fcache) {
		for (size_t i = 0; i < RCACHE_SIZE; i++)
			free(c->fcache[i].val);
		free(c->fcache);
		c->fcache = NULL;
	}
	if (c->rcache) {
		for (size_t i = 0; i < RCACHE_SIZE; i++)
			names_free(&c->rcache[i].ns);
		free(c->rcache);
		c->rcache = NULL;
	}
	actx_memo_clear(c);
	pcre2_match_data_free(c->re_md);
	c->re_md = NULL;
	while (c->pool) {
		char *prev;
		memcpy(&prev, c->pool, sizeof(char *));
		free(c->pool);
		c->pool = prev;
	}
	free(c->b);
	c->b = NULL;
	c->nb = c->cap = 0;
	while (c->nextra > 0)
		ts_tree_delete(c->extra[--c->nextra]);
}

/* ---- node and folding helpers ---- */

bool node_is(TSNode n, const char *type)
{
	return !ts_node_is_null(n) && strcmp(ts_node_type(n), type) == 0;
}

bool node_text_is(const struct actx *c, TSNode n, const char *s)
{
	size_t len = strlen(s);
	return !ts_node_is_null(n) && node_len(n) == len && memcmp(node_src(c, n), s, len) == 0;
}

/* ts_node_child_by_field_name finds the name among the grammar's field
 * names, one strncmp each, on every call: most of a call's cost, and the
 * analysis makes hundreds with a few names. A field's id is kept by its
 * language and name (the thread's own table: a slot taken by another
 * name is looked up again). */
TSNode node_field(TSNode n, const char *field)
{
	enum { SLOTS = 64, NAME_MAX_LEN = 23 };
	static _Thread_local struct {
		const TSLanguage *lang;
		char name[NAME_MAX_LEN + 1];
		TSFieldId id;
	} slot[SLOTS];
	size_t len = strlen(field);
	const TSLanguage *lang = ts_node_language(n);

	if (len > NAME_MAX_LEN || lang == NULL)
		return ts_node_child_by_field_name(n, field, (uint32_t)len);
	uint32_t h = (uint32_t)((uintptr_t)lang >> 4);
	for (size_t i = 0; i < len; i++)
		h = h * 31 + (unsigned char)field[i];
	h %= SLOTS;
	if (slot[h].lang != lang || memcmp(slot[h].name, field, len + 1) != 0) {
		slot[h].id = ts_language_field_id_for_name(lang, field, (uint32_t)len);
		memcpy(slot[h].name, field, len + 1);
		slot[h].lang = lang;
	}
	return ts_node_child_by_field_id(n, slot[h].id);
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

int fold_replace(struct buf *out, const char *s, size_t slen, const char *old, size_t olen,
		 const char *new, size_t nlen, enum fold_where where)
{
	size_t mark = out->len;
	const char *p = s, *end = s + slen;

	if (olen == 0)
		return -1;
	if (where == REPLACE_START || where == REPLACE_END) {
		const char *at = where == REPLACE_START ? s : end - olen;
		if (slen >= olen && memcmp(at, old, olen) == 0) {
			buf_append(out, s, (size_t)(at - s));
			buf_append(out, new, nlen);
			p = at + olen;
		}
	} else {
		const char *q;
		while (p < end && (q = memmem(p, (size_t)(end - p), old, olen)) != NULL) {
			if (out->len - mark + (size_t)(q - p) + nlen > FOLD_MAX) {
				out->len = mark;
				return -1;
			}
			buf_append(out, p, (size_t)(q - p));
			buf_append(out, new, nlen);
			p = q + olen;
			if (where == REPLACE_FIRST)
				break;
		}
	}
	if (out->len - mark + (size_t)(end - p) > FOLD_MAX) {
		out->len = mark;
		return -1;
	}
	buf_append(out, p, (size_t)(end - p));
	return 0;
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

/* Whether a names the file that the download command holding b writes
 * into its directory option: aria2c -d /tmp -o x.sh u (b x.sh), wget -P
 * /tmp https://h/x.sh and curl --output-dir /tmp -O https://h/x.sh (b the
 * URL, the file its last part) write /tmp/x.sh. */
bool node_in_download_dir(struct actx *c, TSNode a, TSNode b)
{
	static const char *const opts[] = {"-d", "--dir", "-P", "--directory-prefix",
					   "--output-dir"};
	TSNode cmd = ts_node_parent(b);
	char *dir = NULL;
	size_t dl = 0;

	if (!node_is(cmd, "command"))
		return false;
	uint32_t k = ts_node_named_child_count(cmd);
	for (uint32_t i = 0; i + 1 < k && dir == NULL; i++) {
		TSNode o = ts_node_named_child(cmd, i);
		for (size_t j = 0; j < sizeof(opts) / sizeof(opts[0]) && dir == NULL; j++)
			if (node_text_is(c, o, opts[j]))
				dir = actx_fold_node(c, ts_node_named_child(cmd, i + 1), &dl);
	}
	if (dir == NULL)
		return false;
	size_t bl, al;
	char *fb = actx_fold_node(c, b, &bl), *fa = fb ? actx_fold_node(c, a, &al) : NULL;
	bool hit = false;
	if (fa && dl > 0 && bl > 0 && fb[0] != '-') {
		const char *name = fb, *url = strstr(fb, "://");
		size_t nl = bl;
		if (url) {
			nl = strcspn(url + 3, "?#");
			const char *end = url + 3 + nl, *slash = end;
			while (slash > url + 3 && slash[-1] != '/')
				slash--;
			name = slash > url + 3 ? slash : end;
			nl = (size_t)(end - name);
		}
		while (dl > 1 && dir[dl - 1] == '/')
			dl--;
		const char *pd = path_no_dot_slash(dir, &dl), *pa = path_no_dot_slash(fa, &al);
		hit = dl > 0 && nl > 0 && memchr(name, '/', nl) == NULL && al == dl + 1 + nl &&
		      memcmp(pa, pd, dl) == 0 && pa[dl] == '/' &&
		      memcmp(pa + dl + 1, name, nl) == 0;
	}
	free(dir);
	free(fa);
	free(fb);
	return hit;
}

/* Whether cmd, a command, runs a program one of names (a "|" list) */
static bool cmd_named(struct actx *c, TSNode cmd, const char *names)
{
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, cmd, &tmp);
	bool hit = false;
	for (int i = 0; i < ns->n && !hit; i++) {
		size_t l = strlen(ns->v[i]);
		for (const char *p = names; *p && !hit; p += strcspn(p, "|"), p += *p == '|')
			hit = strcspn(p, "|") == l && memcmp(p, ns->v[i], l) == 0;
	}
	names_free(&tmp);
	return hit;
}

/* n folded, or else its text without quotes and braces ("$d" and ${d}
 * are $d), so that "$d/x.sh" is seen under "$d" when $d does not fold. */
static char *fold_or_bare(struct actx *c, TSNode n, size_t *len)
{
	char *v = actx_fold_node(c, n, len);
	if (v != NULL)
		return v;
	const char *s = node_src(c, n);
	size_t l = node_len(n), k = 0;
	if ((v = malloc(l + 1)) == NULL)
		return NULL;
	for (size_t i = 0; i < l; i++)
		if (!strchr("\"'{}", s[i]))
			v[k++] = s[i];
	v[k] = '\0';
	*len = k;
	return v;
}

/* 7z x F -oDIR, unzip F -d DIR, dpkg-deb -x F DIR: an archive unpacked
 * into DIR, the word b, in a program that downloads; skip, the length of
 * 7z's -o in front of it. */
static bool unpacks_into(struct actx *c, TSNode cmd, TSNode b, TSNode before, TSNode last,
			 size_t *skip)
{
	static const char *const dl[] = {"curl", "wget", "aria2c", "fetch "};
	const char *s = node_src(c, b);
	size_t l = node_len(b);
	bool fetches = false;
	for (size_t i = 0; i < ARRAY_SIZE(dl) && !fetches; i++)
		fetches = memmem(c->src, c->len, dl[i], strlen(dl[i])) != NULL;
	if (!fetches) /* a local archive, the program's own release */
		return false;
	if (l > 2 && s[0] == '-' && s[1] == 'o' && cmd_named(c, cmd, "7z|7za|7zr")) {
		*skip = 2;
		return true;
	}
	if (!ts_node_is_null(before) && node_text_is(c, before, "-d"))
		return cmd_named(c, cmd, "unzip");
	if (!ts_node_eq(last, b) || ts_node_is_null(before) || node_src(c, before)[0] == '-' ||
	    !cmd_named(c, cmd, "dpkg-deb"))
		return false;
	uint32_t k = ts_node_child_count(cmd);
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_child(cmd, i);
		if (node_text_is(c, a, "-x") || node_text_is(c, a, "--extract") ||
		    node_text_is(c, a, "-X") || node_text_is(c, a, "--vextract"))
			return true;
	}
	return false;
}

/* The directory the command holding b fetches a tree into, b that
 * directory (NULL when it is not one): git clone URL DIR, or, b the last
 * argument and the URL, the repository's name; tar -x ... -C DIR whose
 * input is a download piped in (curl -sL u | tar -xz -C DIR). */
static char *fetched_tree_dir(struct actx *c, TSNode b, size_t *dl)
{
	TSNode cmd = ts_node_parent(b), last = {0}, prev = {0}, before = {0};
	bool clone = false, extract = false;

	if (!node_is(cmd, "command"))
		return NULL;
	uint32_t k = ts_node_child_count(cmd);
	for (uint32_t i = 0; i < k; i++) {
		const char *f = ts_node_field_name_for_child(cmd, i);
		if (f == NULL || strcmp(f, "argument") != 0)
			continue;
		TSNode arg = ts_node_child(cmd, i);
		const char *s = node_src(c, arg);
		size_t l = node_len(arg);
		if (ts_node_eq(arg, b))
			before = prev;
		clone |= node_text_is(c, arg, "clone");
		extract |= node_text_is(c, arg, "--extract") ||
			   (l > 1 && s[0] == '-' && s[1] != '-' && memchr(s, 'x', l)) ||
			   (ts_node_is_null(prev) && l > 0 && s[0] != '-' && memchr(s, 'x', l));
		prev = last = arg;
	}
	bool git = clone && ts_node_eq(last, b) && cmd_named(c, cmd, "git");
	bool tar = !git && extract && !ts_node_is_null(before) &&
		   (node_text_is(c, before, "-C") || node_text_is(c, before, "--directory"));
	if (tar) {
		TSNode pl = ts_node_parent(cmd), first = ts_node_named_child(pl, 0);
		tar =
		    node_is(pl, "pipeline") && !ts_node_eq(first, cmd) &&
		    node_is(first, "command") && cmd_named(c, cmd, "tar|bsdtar|gtar") &&
		    cmd_named(c, first, "curl|wget|fetch|aria2c|http|https|xh|xhs|lwp-request|GET");
	}
	size_t skip = 0;
	if (!git && !tar && !unpacks_into(c, cmd, b, before, last, &skip))
		return NULL;
	char *d = fold_or_bare(c, b, dl);
	if (d == NULL)
		return NULL;
	if (skip > 0 && *dl > skip) { /* 7z x -oDIR: the directory after -o */
		memmove(d, d + skip, *dl - skip + 1);
		*dl -= skip;
	}
	const char *url = git ? strstr(d, "://") : NULL;
	if (git && (url || memchr(d, '@', *dl))) { /* the repository's name */
		size_t e = *dl;
		while (e > 0 && d[e - 1] == '/')
			e--;
		if (e > 4 && memcmp(d + e - 4, ".git", 4) == 0)
			e -= 4;
		size_t s = e;
		while (s > 0 && d[s - 1] != '/' && d[s - 1] != ':')
			s--;
		memmove(d, d + s, e - s);
		*dl = e - s;
		d[*dl] = '\0';
	}
	while (*dl > 1 && d[*dl - 1] == '/')
		d[--*dl] = '\0';
	if (*dl == 0 || strcmp(d, ".") == 0 || strcmp(d, "/") == 0) {
		free(d);
		return NULL;
	}
	return d;
}

bool node_in_fetched_tree(struct actx *c, TSNode a, TSNode b)
{
	size_t dl = 0, al = 0, cl = 0;
	char *dir = fetched_tree_dir(c, b, &dl);
	if (dir == NULL)
		return false;
	char *fa = fold_or_bare(c, a, &al);
	bool hit = false;
	if (fa && al > 0) {
		const char *pd = path_no_dot_slash(dir, &dl), *pa = path_no_dot_slash(fa, &al);
		hit = al > dl + 1 && memcmp(pa, pd, dl) == 0 && pa[dl] == '/';
		TSNode cd = {0}, at = a;
		bool home = false;
		if (node_is(ts_node_parent(at), "command_name")) /* ./run.sh: its command */
			at = ts_node_parent(ts_node_parent(at));
		if (!hit && !strchr("/~$", fa[0]) && c->ops->dir_before &&
		    c->ops->dir_before(c, at, &cd, &home) && !home) {
			char *fc = actx_fold_node(c, cd, &cl);
			if (fc) {
				while (cl > 1 && fc[cl - 1] == '/')
					cl--;
				const char *pc = path_no_dot_slash(fc, &cl);
				hit = cl == dl && memcmp(pc, pd, dl) == 0;
			}
			free(fc);
		}
	}
	free(fa);
	free(dir);
	return hit;
}

/* Whether re finds a match in s. Only whether: one pair of offsets is
 * room enough (a match with more groups returns 0, still a match), so one
 * match data serves every test of an analysis, and keeps the frames
 * pcre2_match needs from one test to the next. */
bool actx_re_find(struct actx *c, const pcre2_code *re, const char *s, size_t len)
{
	if (c->re_md == NULL && (c->re_md = pcre2_match_data_create(1, NULL)) == NULL) {
		fputs("airlock: out of memory\n", stderr);
		abort();
	}
	return pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, c->re_md, NULL) >= 0;
}
