/*
 * A value written to a file and read back (python_fold_roundtrip):
 *
 *	with open("state.json", "w") as f: json.dump(str(Path.home()), f)
 *	...
 *	with open("./state.json") as f: target = json.load(f)
 *	shutil.rmtree(target)
 *
 * The read (json.load(f), json.loads(s), p.read_text(), f.read()) of a
 * file is what the program wrote to that file (json.dump(v, f),
 * p.write_text(v), f.write(v)), the two paths compared as they fold
 * ("./state.json" is "state.json"). Only for a rule that takes one of a
 * value's values (the second fold of python_fold_or_default): the file
 * may hold anything else by then.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define ROUNDTRIP_WALK_NODES 100000u

static bool has_name(const struct names *ns, const char *a, const char *b)
{
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], a) == 0 || (b && strcmp(ns->v[i], b) == 0))
			return true;
	return false;
}

/* The path a file object or path names, folded: open(p), a name bound to
 * open(p) (with open(p) as f), Path(p); NULL if not known. */
static char *file_path(struct actx *c, TSNode h, int depth, size_t *len)
{
	if (depth > 12)
		return NULL;
	if (node_is(h, "identifier")) {
		size_t i = 0, nb = 0;
		const struct binding *b, *one = NULL, *in = NULL;
		while ((b = actx_lookup(c, node_src(c, h), node_len(h), &i))) {
			if (nb++ == 0)
				one = b;
			/* with open(p) as f: the with statement the use is in */
			TSNode w = b->value;
			while (!ts_node_is_null(w) && !node_is(w, "with_statement"))
				w = ts_node_parent(w);
			if (node_is(b->value, "as_pattern") && !ts_node_is_null(w) &&
			    ts_node_start_byte(h) >= ts_node_start_byte(w) &&
			    ts_node_end_byte(h) <= ts_node_end_byte(w))
				in = b;
		}
		one = in ? in : nb == 1 ? one : NULL;
		if (one == NULL)
			return NULL;
		TSNode v = one->value;
		if (node_is(v, "as_pattern"))
			v = ts_node_named_child(v, 0);
		if (node_is(v, "call"))
			return file_path(c, v, depth + 1, len);
		return NULL;
	}
	if (node_is(h, "call")) {
		TSNode fn = node_field(h, "function");
		if (node_is(fn, "identifier") && node_text_is(c, fn, "open")) {
			TSNode p = ts_node_named_child(node_field(h, "arguments"), 0);
			return ts_node_is_null(p) ? NULL : fold_dup(c, p, depth + 1, len);
		}
	}
	char *s = fold_dup(c, h, depth + 1, len); /* Path("state.json") */
	return s;
}

static bool same_path(const char *a, size_t al, const char *b, size_t bl)
{
	a = path_no_dot_slash(a, &al);
	b = path_no_dot_slash(b, &bl);
	return al > 0 && al == bl && memcmp(a, b, al) == 0;
}

struct search {
	struct actx *c;
	const char *path;
	size_t plen;
	unsigned left;
	int depth;
	struct buf *out;
};

/* A write of the file: 0 and the value written appended, else -1. */
static int write_of(struct search *s, TSNode n)
{
	struct actx *c = s->c;
	TSNode fn = node_field(n, "function"), args = node_field(n, "arguments");
	size_t fl = node_len(fn);
	const char *f = node_src(c, fn);
	TSNode v = {0}, h = {0};
	if (fl >= 4 && memcmp(f + fl - 4, "dump", 4) == 0) {
		struct names ns = {0};
		c->ops->resolve(c, fn, &ns, s->depth + 1);
		if (has_name(&ns, "json.dump", "pickle.dump")) {
			v = ts_node_named_child(args, 0);
			h = ts_node_named_child(args, 1);
		}
		names_free(&ns);
	} else if (node_is(fn, "attribute") &&
		   (node_text_is(c, node_field(fn, "attribute"), "write_text") ||
		    node_text_is(c, node_field(fn, "attribute"), "write_bytes") ||
		    node_text_is(c, node_field(fn, "attribute"), "write"))) {
		v = ts_node_named_child(args, 0);
		h = node_field(fn, "object");
	}
	if (ts_node_is_null(v) || ts_node_is_null(h) || node_is(v, "keyword_argument"))
		return -1;
	size_t len;
	char *p = file_path(c, h, s->depth + 1, &len);
	bool same = p && same_path(p, len, s->path, s->plen);
	free(p);
	if (!same)
		return -1;
	/* json.dumps(v) written: v */
	TSNode vf = node_field(v, "function");
	if (node_is(v, "call") && node_is(vf, "attribute") &&
	    node_text_is(c, node_field(vf, "attribute"), "dumps"))
		v = ts_node_named_child(node_field(v, "arguments"), 0);
	return ts_node_is_null(v) ? -1 : c->ops->fold(c, v, s->out, s->depth + 1);
}

static int walk(struct search *s, TSNode n, int depth)
{
	if (depth > 400 || s->left == 0)
		return -1;
	s->left--;
	if (node_is(n, "call") && write_of(s, n) == 0)
		return 0;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (walk(s, ts_node_named_child(n, i), depth + 1) == 0)
			return 0;
	return -1;
}

int python_fold_roundtrip(struct actx *c, TSNode n, TSNode fn, const struct names *ns,
			  struct buf *out, int depth)
{
	TSNode args = node_field(n, "arguments"), a0 = ts_node_named_child(args, 0), h = {0};
	if (depth > 24)
		return -1;
	if (has_name(ns, "json.loads", NULL) && !ts_node_is_null(a0))
		return c->ops->fold(c, a0, out, depth + 1); /* what was dumped */
	if (has_name(ns, "json.load", "pickle.load") && !ts_node_is_null(a0))
		h = a0;
	else if (node_is(fn, "attribute") && ts_node_named_child_count(args) == 0 &&
		 (node_text_is(c, node_field(fn, "attribute"), "read_text") ||
		  node_text_is(c, node_field(fn, "attribute"), "read_bytes") ||
		  node_text_is(c, node_field(fn, "attribute"), "read")))
		h = node_field(fn, "object");
	if (ts_node_is_null(h))
		return -1;
	size_t plen;
	char *p = file_path(c, h, depth + 1, &plen);
	if (p == NULL || plen == 0) {
		free(p);
		return -1;
	}
	TSNode root = n;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	struct search s = {c, p, plen, ROUNDTRIP_WALK_NODES, depth, out};
	size_t mark = out->len;
	int ret = walk(&s, root, 0);
	if (ret < 0)
		out->len = mark;
	free(p);
	return ret;
}
