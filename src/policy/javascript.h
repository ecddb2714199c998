/*
 * What the pieces of the JavaScript analysis share; lang_javascript.c says
 * what the analysis does as a whole.
 *
 *   javascript_names.c    field ids, helpers over nodes, integer literals,
 *                         canonical names (modules, the global object,
 *                         properties of a name)
 *   javascript_bind.c     bindings and their scopes; which of a name's
 *                         bindings are visible at a node (js_bind)
 *   javascript_keys.c     the path of names being followed, the memo keys
 *                         of a name's uses
 *   javascript_resolve.c  resolution to canonical names (js_resolve)
 *   javascript_text.c     strings as JavaScript spells and decodes them
 *   javascript_sources.c  where a value comes from, found without following
 *                         it
 *   javascript_events.c   the sources of what an event's listeners are
 *                         handed
 *   javascript_methods.c  string methods folded from their object's text
 *   javascript_fold.c     constant folding (js_fold)
 *   javascript_guess.c    whether a folded constant is one guess among a
 *                         name's values (js_ambiguous)
 *   javascript_params.c   what a parameter takes (its values are followed
 *                         by javascript_values.c's walkers, through
 *                         struct each)
 *   javascript_values.c   every value an expression may take (js_each_value)
 *   javascript_childenv.c whether the whole environment read only goes to
 *                         a child's env (js_child_env)
 *   lang_javascript.c     the language's lang_ops
 *
 * Each piece calls only pieces listed above it: folding calls resolution,
 * never the other way; resolution folds keys and indices through the core
 * (fold_dup), which calls js_fold back through the lang_ops.
 */
#ifndef AIRLOCK_JAVASCRIPT_H
#define AIRLOCK_JAVASCRIPT_H

#include "policy/analyze_lang.h"

#define NAME_MAX_LEN 512
#define LIST_MAX 4096 /* items of a folded array */

const TSLanguage *tree_sitter_javascript(void);

/* ---- javascript_names.c ---- */

/* Field ids, looked up once: by name each lookup is a search of the
 * grammar's field table. */
enum js_field {
	F_alias,
	F_alternative,
	F_argument,
	F_body,
	F_arguments,
	F_consequence,
	F_constructor,
	F_flags,
	F_function,
	F_index,
	F_key,
	F_kind,
	F_left,
	F_name,
	F_object,
	F_operator,
	F_parameter,
	F_parameters,
	F_pattern,
	F_property,
	F_right,
	F_source,
	F_value,
	F_COUNT,
};
/* Looks the field ids up, once (js_bind calls it first). */
void js_fields_init(void);
TSNode js_field(TSNode n, enum js_field f);
bool js_str_eq(const char *s, size_t len, const char *lit);
char *js_node_strdup(const char *s, size_t len);
bool js_type_is_any(TSNode n, const char *const *types);
/* The node types that make a function (and a scope for var). */
extern const char *const js_function_types[];
bool js_is_function_literal(TSNode n);
/* The idx-th argument of a call or new expression (comments skipped);
 * a null node when there is none or a spread comes first. */
TSNode js_arg_at(TSNode call, uint32_t idx);
TSNode js_last_arg(TSNode call);
/* The expression inside parentheses and after the commas of a sequence. */
TSNode js_last_named(TSNode n);
bool js_any_name(const struct names *ns, const char *s);
/* An integer literal (65, 0x41, 0o101, 0b1, 1_000, -1); -1 if it is not. */
int js_number_value(struct actx *c, TSNode n, long *v);
/* Adds s in its canonical spelling (global.globalThis.x -> global.x). */
void js_canon_add(struct names *out, const char *s);
/* require('node:fs/promises') -> "fs.promises"; relative paths stay. */
void js_module_add(struct names *out, const char *mod, size_t len);
/* Whether one of ns loads a module by name (require and its back doors). */
bool js_any_require(const struct names *ns);
/* base.key for each base (see the definition for .call, .constructor). */
void js_prop_of_names(const struct names *base, const char *key, size_t klen, struct names *out);
/* m.set('key', v) / m.get('key') (method "set" or "get") of a name m:
 * writes "m.key" to name, the binding a Map's entry is kept under. */
bool js_map_key_name(const struct actx *c, TSNode call, const char *method, char *name,
		     size_t size);
/* "this" or a dotted path (the result of `return process` or
 * eval('require')): the global it names. */
void js_global_path_add(const char *s, size_t len, struct names *out);

/* The name a function literal or declaration is called by, if any. */
TSNode js_function_name(TSNode fn);
/* The position of the plain parameter `name` of fn, or -1. */
int js_param_index(const struct actx *c, TSNode fn, TSNode name);
/* The position of the object pattern parameter of fn that destructures
 * `name`, and the key it takes; -1 when none does. */
int js_param_pattern_key(const struct actx *c, TSNode fn, TSNode name, const char **key,
			 size_t *klen);

/* ---- javascript_bind.c ---- */

/* lang_ops.bind */
void js_bind(struct actx *c, TSNode root);
bool js_in_scope(TSNode scope, TSNode at);
/* o.x ??= v, o.x ||= v, o.x &&= v: v may be o.x's value, as with `=` */
bool js_logical_assignment(TSNode n);
/* Whether o.key is assigned to (o.key = v, o.key ??= v) somewhere the
 * identifier obj sees: the literal's key is then not its only value. */
bool js_member_assigned(struct actx *c, TSNode obj, const char *key, size_t klen);
/* The next binding of name that is in scope at the node `at`. */
const struct binding *js_next_visible_name(struct actx *c, const char *name, size_t len, TSNode at,
					   size_t *i);
/* The same for the identifier at `at`. */
const struct binding *js_next_visible(struct actx *c, TSNode at, size_t *i);

/* How the binding b of the name `name` changes the list the name holds
 * (list.push(x) and the like are bound to it, as `+=` is): 'a' push or
 * unshift adds its arguments, 'd' pop, shift, reverse or sort adds none,
 * 'x' splice, fill, copyWithin or list[i] = v (bound to the name as the
 * subscript) writes what is not followed; 0 when b is
 * not such a call. A list so changed does not fold. */
int js_list_change(const struct actx *c, const struct binding *b, TSNode name);

/* ---- javascript_keys.c ---- */

/* Enters a name on the path of names being followed (what: 'r'esolve,
 * 'f'old, 'l'ist, 'o'bject, ...); false when it is already on it. Each
 * true is balanced by a js_path_leave. */
bool js_path_enter(const struct actx *c, TSNode id, char what);
void js_path_leave(void);
/* The same for a memo key; a cut counts as a cycle (c->cycles). */
bool js_key_enter(struct actx *c, const char *key, size_t len, char what);
/* The memo key of the name `name` used at `at` (its visible bindings). */
void js_scoped_key(struct actx *c, const char *name, size_t len, TSNode at, struct buf *k);
/* A key's name and its bindings; false when the key is not well formed. */
struct key_view {
	const char *name;
	size_t len, off, nbound, nwith, with_off;
};
bool js_key_parse(const struct actx *c, const char *key, size_t len, struct key_view *v);
uint32_t js_key_get_u32(const char *key, size_t len, size_t *off);
/* m.get('key') folded through the binding m.set('key', v) or
 * new Headers({ key: v }) made, the key's only one (fold: javascript_fold.c's
 * fold of a key); -1 when the call is no such get or its value does not fold. */
int js_fold_map_get(struct actx *c, TSNode call, struct buf *out, int depth, fold_name_fn fold);

/* ---- javascript_resolve.c ---- */

/* lang_ops.resolve */
void js_resolve(struct actx *c, TSNode n, struct names *out, int depth);
/* The object or array literal n stands for, if any. */
/* What a Worker of the program is given as workerData, when n resolves to
 * worker_threads.workerData; else a null node. */
TSNode js_worker_data(struct actx *c, TSNode n);
/* The [key, value] pairs behind new Map(pairs), m.entries() (its object),
 * or the object literal of Object.entries(o); else a null node. */
TSNode js_map_pairs(struct actx *c, TSNode n, int depth);
/* const { a, b: x } = value: the member of value's object literal (also
 * through a name, a call of the program's own, a JSON file it wrote) that
 * the pattern element el takes; else a null node. */
TSNode js_pattern_member(struct actx *c, TSNode el, int depth);
TSNode js_bound_literal(struct actx *c, TSNode n, const char *type, char what, int depth);
/* the class a class extends, when the program declares it */
TSNode js_parent_class(struct actx *c, TSNode cls);
size_t js_pattern_arg_key(TSNode pat, char *key, size_t size);
/* The value of key in an object literal: a pair's value, a shorthand
 * property (itself), or a null node. */
TSNode js_object_member(struct actx *c, TSNode o, const char *key, size_t klen, int depth);

/* ---- javascript_text.c ---- */

/* UTF-16 code units as JavaScript strings hold them: pairs of surrogates
 * become one code point. *pending is a high surrogate not yet paired. */
void js_put_unit(struct buf *out, unsigned long u, unsigned long *pending);
void js_flush_unit(struct buf *out, unsigned long *pending);
/* Appends the value of one escape sequence (\n, \x41, \u0041, \u{41},
 * \101, a line continuation, \' ...). */
void js_unescape(const char *s, size_t len, struct buf *out, unsigned long *pending);
/* A list of strings (a folded array). */
struct slist {
	char **s;
	size_t *len;
	size_t n;
};
void js_slist_push(struct slist *l, const char *s, size_t len);
/* The constants n may be, at most max in l: its fold, or each side of ||,
 * ?? and ?: (through a name's bindings) that folds. */
void js_collect_folds(struct actx *c, TSNode n, struct slist *l, size_t max, int depth);
/* The generator a class iterates with (`*[Symbol.iterator]() {}`), and an
 * object literal's generator method `*prop() {}`; null nodes if none. */
TSNode js_class_iterator(const struct actx *c, TSNode cls);
extern const char *const js_generated_types[];
TSNode js_literal_generator(const struct actx *c, TSNode n, TSNode *callee);
TSNode js_object_generator(const struct actx *c, TSNode obj, TSNode prop);
/* Each string a + b or a template literal may be (combinations of its
 * pieces' values, collect giving those of a piece that does not fold). */
int js_each_concat(struct actx *c, TSNode n,
		   void (*collect)(struct actx *, TSNode, struct slist *, int),
		   bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth);
void js_slist_free(struct slist *l);
/* Appends the characters of s, one item each (at most LIST_MAX items). */
void js_slist_chars(struct slist *l, const char *s, size_t len);
/* Appends a decoded buffer, keeping the string valid UTF-8. */
void js_append_text(struct buf *out, const char *s, size_t len);
/* atob returns one character per byte. */
void js_append_latin1(struct buf *out, const char *s, size_t len);
int js_hex_decode_append(const char *s, size_t len, struct buf *out);
/* decodeURIComponent, unescape: %41 and %u0041. */
void js_percent_decode_append(const char *s, size_t len, struct buf *out);
int js_file_url_path(const char *url, size_t len, struct buf *out);
int js_fold_file_url(struct actx *c, TSNode n, struct buf *out, int depth);
/* path.parse(p).dir and .base, of the call or a name bound to it (obj):
 * p's dirname and basename; -1 when obj or key is no such thing. */
int js_fold_parsed_path(struct actx *c, TSNode obj, const char *key, size_t klen, struct buf *out,
			int depth);
/* e.message and e.stack (prop) of an error made with new E(m), held in a
 * name or thrown into a catch clause's parameter e: m, and "E: m" with an
 * unknown place after it; -1 when obj is no such error. */
int js_fold_error_text(struct actx *c, TSNode obj, TSNode prop, struct buf *out, int depth);
/* String(err), `${err}`, err.toString() of an error made by new E(m):
 * "E: m" (-1 when obj is no such error) */
int js_fold_error_string(struct actx *c, TSNode obj, struct buf *out, int depth);
int js_fold_path_call(struct actx *c, TSNode call, const char *name,
		      int (*list)(struct actx *c, TSNode n, struct slist *out, int depth),
		      struct buf *out, int depth);
bool js_is_text_encoding(const char *e);
/* (n).toString(radix): the number-to-letters trick ((14).toString(36)). */
int js_fold_radix(long v, long radix, struct buf *out);
/* path.join, resolve, normalize, dirname, basename (how) of folded
 * arguments, '~' the home directory: path.join(os.homedir(), '..') is
 * /home, path.resolve(home, '..', path.basename(home)) is ~; -1 when it
 * depends on the working directory. */
int js_fold_path(const char *how, const struct slist *args, struct buf *out);

/* ---- javascript_methods.c ---- */

/* The folding it is given (js_fold: javascript_fold.c's, which calls it). */
typedef int (*js_fold_fn)(struct actx *c, TSNode n, struct buf *out, int depth);
/* The folded string of n as a list of characters ([...'abc']). */
int js_fold_chars(struct actx *c, TSNode n, struct slist *out, int depth);
/* s.split(sep): '' splits into characters. */
int js_fold_split(struct actx *c, TSNode call, TSNode obj, struct slist *out, int depth);
/* s.replace(a, b) / s.replaceAll(a, b), a a string or a literal regex
 * (fold: for '~' replaced by the home directory, which folds as '~'). */
int js_fold_replace(struct actx *c, TSNode call, TSNode obj, bool all, js_fold_fn fold,
		    struct buf *out, int depth);
/* s.slice(a, b), s.substring(a, b), s.substr(a, n) with integers. */
int js_fold_slice(struct actx *c, TSNode call, TSNode obj, const char *how, struct buf *out,
		  int depth);
/* s.padEnd(n, fill), s.padStart(n, fill) with an integer n. */
int js_fold_pad(struct actx *c, TSNode call, TSNode obj, bool start, struct buf *out, int depth);

/* ---- javascript_fold.c ---- */

/* lang_ops.fold */
int js_fold(struct actx *c, TSNode n, struct buf *out, int depth);
/* fs.opendirSync(p) (or the awaited fs.promises.opendir), or a name bound to
 * one: p, whose path the Dir's .path is; else a null node */
TSNode js_opened_dir(struct actx *c, TSNode obj, int depth);

/* ---- javascript_codes.c ---- */

/* The folding of lists it is given (javascript_fold.c's, which calls it). */
typedef int (*js_list_fn)(struct actx *c, TSNode n, struct slist *out, int depth);
/* Buffer.from(s, enc), new Buffer(s, enc), read back as text. */
int js_fold_buffer(struct actx *c, TSNode call, js_list_fn list, struct buf *out, int depth);
int js_encode_append(const char *enc, const char *s, size_t len, struct buf *out);
/* String.fromCharCode(...) (code_points: String.fromCodePoint). */
int js_fold_char_codes(struct actx *c, TSNode call, bool code_points, js_list_fn list,
		       struct buf *out, int depth);

/* ---- javascript_guess.c ---- */

/* lang_ops.ambiguous */
bool js_ambiguous(struct actx *c, TSNode n);

/* ---- javascript_params.c ---- */

/* The walk of every value (javascript_values.c): what is looked for, and
 * the walkers of javascript_values.c that javascript_params.c calls back
 * (it calls nothing there by name). */
struct each_walk;
struct each {
	bool some; /* lang_ops.each_value's: unknowns skipped, names visited */
	bool (*visit)(void *arg, const char *s, size_t len);
	void *arg;
	bool first; /* of each argument, its first element (first_element) */
	const struct each_walk *walk;
};
struct each_walk {
	int (*value)(struct actx *c, TSNode n, const struct each *e, int depth);
	int (*element)(struct actx *c, TSNode n, const struct each *e, int depth);
	int (*first_element)(struct actx *c, TSNode n, const struct each *e, int depth);
	int (*element_part)(struct actx *c, TSNode list, int k, const char *key, size_t klen,
			    const struct each *e, int depth);
	int (*arg_part)(struct actx *c, TSNode arg, const char *key, size_t klen,
			const struct each *e, int depth);
	int (*thrown)(struct actx *c, TSNode body, const struct each *e, int depth);
};
/* What an unknown value makes of the walk: the end of it when every
 * value must be known, nothing when one is looked for. */
static inline int unknown(const struct each *e)
{
	return e->some ? 0 : -1;
}
/* The values the parameter id of fn takes (fn a function, a constructor,
 * a catch clause, or the loop or block whose pattern binds id). */
int js_each_param(struct actx *c, TSNode fn, TSNode id, const struct each *e, int depth);
int js_each_arguments_at(struct actx *c, TSNode n, uint32_t idx, const struct each *e, int depth);
int js_each_descriptor_value(struct actx *c, TSNode n, const struct each *e, int depth);
bool js_keyed_store(struct actx *c, TSNode n, TSNode obj, TSNode prop, const struct each *e,
		    int depth, TSNode *v);
int js_each_file_url(struct actx *c, TSNode n, const struct each *e, int depth);
int js_each_caught_part(struct actx *c, TSNode clause, const char *key, size_t klen,
			const struct each *e, int depth);
int js_each_caught_cause(struct actx *c, TSNode obj, TSNode prop, const struct each *e, int depth);
/* list.reduce(fn, init) (reduceRight too) whose callback is fn, or a null
 * node */
TSNode js_reduce_call(struct actx *c, TSNode fn);

/* ---- javascript_maps.c ---- */

/* m.get(k) of m bound to new Map() or new WeakMap(), when one value is
 * looked for: each value m.set(_, v) stores (its member prop when prop is
 * not null); 0 when n is no such call. */
int js_each_map_value(struct actx *c, TSNode n, TSNode prop, const struct each *e, int depth);

/* ---- javascript_values.c ---- */

/* lang_ops.first_value */
int js_first_value(struct actx *c, TSNode n, bool (*visit)(void *arg, const char *s, size_t len),
		   void *arg, int depth);
/* lang_ops.each_value */
int js_each_value(struct actx *c, TSNode n, bool some,
		  bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth);

/* ---- javascript_childenv.c ---- */

/* lang_ops.child_env */
bool js_child_env(struct actx *c, TSNode n);

/* javascript_sources.c: where a value comes from, found without following
 * it (javascript_values.c follows each). A list of sources holds at most
 * JS_SOURCES_MAX; unknown when one could not be known, the list was full
 * or the walk ran out of its budget. */
#define JS_SOURCES_MAX 64
struct js_sources {
	TSNode v[JS_SOURCES_MAX];
	bool star[JS_SOURCES_MAX]; /* yield* list: its elements */
	size_t n;
	bool unknown;
};
enum js_site { JS_RETURNED, JS_YIELDED, JS_THROWN };
bool js_same_text(const struct actx *c, TSNode a, TSNode b);
/* fs.readdirSync(dir) and the like: a directory's entries */
bool js_call_lists_dir(struct actx *c, TSNode call, int depth);
/* The object literal obj stands for: a name bound to one, or a member
 * of one (state.dirs of const state = { dirs: {...} }); null if none. */
TSNode js_object_literal_of(struct actx *c, TSNode obj, int depth);
/* The options object literal of new E(m, { cause }) (E a name ending in
 * Error) that obj is or is bound to or a local function returns; else a
 * null node: its cause is err.cause. */
TSNode js_error_options(struct actx *c, TSNode obj, int depth);
/* What body returns, yields or throws (not the functions inside it, nor
 * for throw the try blocks inside it). */
void js_body_sources(struct actx *c, TSNode body, enum js_site kind, struct js_sources *s);
/* One more source; unknown when the list is full (fail closed). */
void js_sources_add(struct js_sources *s, TSNode n, bool star);
/* const v = yield: what it.next(v) sends */
int js_sent_sources(struct actx *c, TSNode yield, struct js_sources *s);
/* The function's own root: the program. */
TSNode js_root_of(TSNode n);
/* new Promise((res, rej) => ...): what its executor settles it with; 1
 * when n is not a promise made so. */
int js_promise_sources(struct actx *c, TSNode n, struct js_sources *s, int depth);
/* Object.groupBy(list, f).k (a name bound to it too), Map.groupBy(list,
 * f).get(k): the elements of list group k may hold ((x) => x.kind: those
 * whose kind is k); 1 when n is neither. */
int js_group_sources(struct actx *c, TSNode n, struct js_sources *s, int depth);
/* stream.Readable.from(list), or a name bound to it: list (its chunks). */
TSNode js_stream_list(struct actx *c, TSNode n, int depth);
/* A web stream's chunks (each v of ctl.enqueue(v) in the program): of n,
 * new ReadableStream(...) or a name bound to one (for await), or the value
 * its reader's read() gives (r.read().value, const { value } = await
 * r.read(), r.read().then(({ value }) => ...)); 1 when n is none of them */
int js_stream_sources(struct actx *c, TSNode n, struct js_sources *s, int depth);
/* f() of the program's own function f (declared, or a function or an
 * arrow with a block body bound to f), not called from inside it: what its
 * body returns (javascript_lists.c); 1 when n is no such call. */
int js_call_returns(struct actx *c, TSNode n, struct js_sources *s);
/* o.key of an object literal o whose key the program assigns to too
 * (js_member_assigned): its values are the literal's and the stores'. */
bool js_literal_member_assigned(struct actx *c, TSNode n, int depth);
/* url.pathToFileURL(p) (1: *arg is p) or new URL('file:///...') folded to
 * its path (2: in path); 0 when n is neither */
int js_file_url_of(struct actx *c, TSNode n, TSNode *arg, struct buf *path, int depth);
/* promise of const { promise, resolve } = Promise.withResolvers() (n the
 * pattern's element), or r.promise: what each resolve(x) or reject(x)
 * settles it with; 1 when n is neither. */
int js_resolvers_sources(struct actx *c, TSNode n, struct js_sources *s, int depth);
/* values.k of util.parseArgs(config): options.k.default, and the elements
 * of args (star); 1 when n is not such a member. */
int js_parsed_option_sources(struct actx *c, TSNode n, struct js_sources *s, int depth);
/* signal.reason of AbortSignal.abort(v): v; r.value or r.reason of a
 * result of Promise.allSettled(list): the list's elements (star); 1 when
 * n is no such member */
int js_abort_reason_sources(struct actx *c, TSNode n, struct js_sources *s, int depth);
/* const [d] = list in block scope: list; Object.defineProperty(o, 'prop',
 * { value: v }): v, Object.defineProperties, Object.create's descriptors,
 * a descriptor's get and __defineGetter__: the getter, *getter set (null
 * when there is none) */
TSNode js_pattern_list(const struct actx *c, TSNode scope, TSNode id);
TSNode js_defined_member(struct actx *c, TSNode call, TSNode prop, bool *getter);
/* the value or what the getter returns of such a definition at call (1
 * when it defines no prop) */
int js_defined_sources(struct actx *c, TSNode call, TSNode prop, struct js_sources *s);
/* the value of the first binding of name id (null when none) */
TSNode js_first_bound(struct actx *c, TSNode id, char what);
/* v of timers/promises' setInterval(ms, v) (null when n is no such call) */
TSNode js_interval_value(struct actx *c, TSNode n, int depth);
/* what a getter function returns */
void js_getter_sources(struct actx *c, TSNode fn, struct js_sources *s);
/* what the promise a helper of the program's own returns settles with
 * (later(ms, v)); 1 when callee is no such helper. js_promise_sources
 * takes such a call too. */
int js_own_promise_sources(struct actx *c, TSNode callee, struct js_sources *s, int depth);
/* the list of Promise.allSettled(list) whose result's value or reason n
 * is (results[0].value, results.find(f).reason); null when n is none */
TSNode js_settled_list(struct actx *c, TSNode n, int depth);
/* list of Array.from(list); with some, of Promise.all(list),
 * Array.fromAsync(list) and Promise.resolve(list) too (null if none) */
TSNode js_combined_list(struct actx *c, TSNode n, bool some, bool *one);
/* copy.root of JSON.parse(JSON.stringify(o)) of an object literal: its
 * member's value, or what the member's toJSON() returns (*out); 1 when obj
 * is not such a copy, -1 when the member is not known. */
int js_json_member_source(struct actx *c, TSNode obj, TSNode prop, TSNode *out, int depth);

/* ---- javascript_events.c ---- */

/* The arguments idx of every emit (postMessage for 'message') of the
 * event a listener fn is registered for; -1: fn is not such a listener. */
int js_listener_sources(struct actx *c, TSNode fn, uint32_t idx, struct js_sources *s, int depth);
int js_once_sources(struct actx *c, TSNode n, int idx, struct js_sources *s, int depth);
/* ev.detail (ev.detail.dir) in a listener of addEventListener: the detail
 * (its member) of every dispatchEvent(new CustomEvent(...)) of that
 * event; 1 when n is no such member, -1 when the event is not known. */
int js_event_detail_sources(struct actx *c, TSNode n, struct js_sources *s, int depth);

/* javascript_sources.c, for folding: cfg.parts and this.parts of an object
 * literal's member (its value, or a null node); the array literal a.map()
 * folds from (a literal, or the one value of a name nothing changes; none
 * of its elements spread; at most MAP_LISTS_MAX); the list agg.errors
 * holds, agg a Promise.any(list)'s rejection or an AggregateError(list)
 * (a catch clause's, or a name's). Null nodes when there is none. */
#define MAP_LISTS_MAX 32
TSNode js_member_list(struct actx *c, TSNode n);
TSNode js_map_source(struct actx *c, TSNode n);
TSNode js_rejected_list(struct actx *c, TSNode obj, int depth);

#endif
