/*
 * JavaScript: the path of names being followed (resolution and folding
 * share it) and the memo keys of a name's uses (see javascript_resolve.c).
 */
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/javascript.h"

/* The names followed on the current path of resolution or folding. A
 * name already on the path is not followed again: `s = s + 'x'` bound many
 * times would otherwise be followed through each of its bindings in every
 * order. Kept per thread (analyses run in many threads at once) and per
 * analysis (c), and always balanced: enter and leave around one step. */
#define PATH_NAMES_MAX 64
static _Thread_local struct {
	const struct actx *c;
	const char *name;
	size_t len;
	char what; /* 'r'esolve, 'f'old, 'l'ist, 'o'bject, 'j'oined */
} js_path[PATH_NAMES_MAX];
static _Thread_local int js_path_n;

bool js_path_enter(const struct actx *c, TSNode id, char what)
{
	const char *name = node_src(c, id);
	size_t len = node_len(id);

	for (int i = 0; i < js_path_n; i++)
		if (js_path[i].c == c && js_path[i].what == what && js_path[i].len == len &&
		    memcmp(js_path[i].name, name, len) == 0)
			return false;
	if (js_path_n == PATH_NAMES_MAX)
		return false;
	js_path[js_path_n].c = c;
	js_path[js_path_n].name = name;
	js_path[js_path_n].len = len;
	js_path[js_path_n].what = what;
	js_path_n++;
	return true;
}

void js_path_leave(void)
{
	js_path_n--;
}

/*
 * Memo keys. The core memoises resolution and folding by a key string
 * (actx_resolve_name); a name's answer here depends on where it is used,
 * so the key of a use is the name, then the bindings visible there (their
 * indices), then, when there are none, the with statements around it:
 *     name \x01 count index... count index...
 * Two uses with one key resolve alike.
 */

static void key_put_u32(struct buf *k, uint32_t v)
{
	buf_append(k, &v, sizeof(v));
}

uint32_t js_key_get_u32(const char *key, size_t len, size_t *off)
{
	uint32_t v = 0;
	if (*off + sizeof(v) <= len)
		memcpy(&v, key + *off, sizeof(v));
	*off += sizeof(v);
	return v;
}

void js_scoped_key(struct actx *c, const char *name, size_t len, TSNode at, struct buf *k)
{
	const struct binding *b;
	size_t i = 0, count_at;
	uint32_t n = 0;

	buf_append(k, name, len);
	buf_append(k, "\x01", 1);
	count_at = k->len;
	key_put_u32(k, 0);
	while ((b = js_next_visible_name(c, name, len, at, &i))) {
		key_put_u32(k, (uint32_t)(b - c->b));
		n++;
	}
	memcpy(k->data + count_at, &n, sizeof(n));
	count_at = k->len;
	key_put_u32(k, 0);
	if (n > 0)
		return;
	i = 0;
	n = 0;
	while ((b = actx_lookup(c, "*with", 5, &i)))
		if (js_in_scope(js_field(b->value, F_body), at)) {
			key_put_u32(k, (uint32_t)(b - c->b));
			n++;
		}
	memcpy(k->data + count_at, &n, sizeof(n));
}

int js_fold_map_get(struct actx *c, TSNode call, struct buf *out, int depth, fold_name_fn fold)
{
	char name[NAME_MAX_LEN];
	struct buf k = {0};
	struct key_view v;
	int ret;

	if (!js_map_key_name(c, call, "get", name, sizeof(name)) ||
	    !actx_is_bound(c, name, strlen(name)))
		return -1;
	js_scoped_key(c, name, strlen(name), call, &k);
	/* one entry only: a key set twice may hold either value */
	ret = js_key_parse(c, k.data, k.len, &v) && v.nbound == 1
		  ? actx_fold_name(c, k.data, k.len, out, depth, fold)
		  : -1;
	buf_free(&k);
	return ret;
}

/* A key's name and its bindings; false when the key is not well formed. */

bool js_key_parse(const struct actx *c, const char *key, size_t len, struct key_view *v)
{
	const char *sep = memchr(key, '\x01', len);

	if (sep == NULL)
		return false;
	v->name = key;
	v->len = (size_t)(sep - key);
	v->off = v->len + 1;
	v->nbound = js_key_get_u32(key, len, &v->off);
	v->with_off = v->off + 4 * v->nbound;
	size_t o = v->with_off;
	v->nwith = js_key_get_u32(key, len, &o);
	v->with_off = o;
	if (v->with_off + 4 * v->nwith > len)
		return false;
	for (size_t i = 0, p = v->off; i < v->nbound; i++)
		if (js_key_get_u32(key, len, &p) >= c->nb)
			return false;
	return true;
}

/* A cut that the memo must know of: the answer found is not final. */
bool js_key_enter(struct actx *c, const char *key, size_t len, char what)
{
	for (int i = 0; i < js_path_n; i++)
		if (js_path[i].c == c && js_path[i].what == what && js_path[i].len == len &&
		    memcmp(js_path[i].name, key, len) == 0) {
			c->cycles++;
			return false;
		}
	if (js_path_n == PATH_NAMES_MAX) {
		c->cycles++;
		return false;
	}
	js_path[js_path_n].c = c;
	js_path[js_path_n].name = key;
	js_path[js_path_n].len = len;
	js_path[js_path_n].what = what;
	js_path_n++;
	return true;
}
