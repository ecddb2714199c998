/*
 * The pieces of Python's analysis besides lang_python.c (resolution,
 * folding, the lang_ops): its bindings (python_bind.c), and what
 * #unknown-code? asks of code that does not fold to one constant
 * (python_inert.c).
 */
#ifndef AIRLOCK_POLICY_PYTHON_H
#define AIRLOCK_POLICY_PYTHON_H

#include <string.h>

#include "policy/analyze_lang.h"

/* lang_ops.bind */
void python_bind(struct actx *c, TSNode root);
/* Rewrites posix, nt (posixpath, ntpath) to os (os.path), the names os
 * stands for, in place in s of size bytes. */
void python_canon_module(char *s, size_t size);
/* The name a parameter node binds (a, b=1, c: int, *d, **e), or a null
 * node. */
TSNode python_parameter_name(TSNode p);
/* The argument a call gives parameter p of fn (by position or by its name),
 * or a null node (python_params.c). */
TSNode python_argument_for(struct actx *c, TSNode fn, TSNode p, TSNode call);
/* The key the calls of the function (or class) name are bound to:
 * "name(", NUL-terminated, in key; its length (with the parenthesis), 0
 * when name is null or does not fit. */
#define PYTHON_CALLS_KEY 256
static inline size_t python_calls_key(struct actx *c, TSNode name, char key[PYTHON_CALLS_KEY])
{
	size_t len = ts_node_is_null(name) ? 0 : node_len(name);

	if (len == 0 || len + 2 > PYTHON_CALLS_KEY)
		return 0;
	memcpy(key, node_src(c, name), len);
	key[len] = '(';
	key[len + 1] = '\0';
	return len + 1;
}
/* After the walk: for def setup(k): k.PATH = v (bound as "#attrparam") and
 * a call setup(K), K.PATH is bound to v too (python_params.c). */
void python_bind_attrparams(struct actx *c);
/* After the walk: k, v = d.popitem() (bound as "#popitem"): k and v bound
 * to each key and value d is given (python_popitem.c). */
void python_bind_popitems(struct actx *c, TSNode root);
/* Whether name n is bound to a value more than once (x = "build" then
 * x = home: each is a value it may hold). */
bool python_several_values(struct actx *c, TSNode n);
/* Whether a def or class is the module's own: not a method, not nested
 * in a function or a lambda. */
bool python_module_level(TSNode n);
bool python_nested_def(TSNode n);
bool python_program_class(TSNode cls);
/* Whether the program deletes the name (del NAME) anywhere. */
bool python_name_deleted(struct actx *c, const char *s, size_t len);

/* The program's own namespace (globals(), sys.modules[__name__], as
 * "<globals>"): what its name key stands for; the "<globals>.NAME" of
 * out from index from resolved so, and a module another module keeps
 * (shutil.os: os); sys.modules[__name__] itself. */
void python_global_name(struct actx *c, const char *key, size_t len, struct names *out);
void python_globals_members(struct actx *c, struct names *out, int from);
void python_own_module(struct actx *c, TSNode value, struct names *out, int depth);
/* resolve_member, then python_globals_members on what it added */
void python_resolve_member(struct actx *c, TSNode obj, const char *member, size_t len,
			   struct names *out, int depth);
bool python_is_builtin(const char *s, size_t len);

/* The list or tuple literal name n is bound to, the only binding it has
 * and never changed in place, else n. */
TSNode python_bound_list(struct actx *c, TSNode n);
bool python_bind_loop_dict(struct actx *c, TSNode left, TSNode right);

/* Whether the tree under n can reach a name without naming it: a dunder
 * other than __name__, __init__, __file__ and __doc__ (__dict__, __main__,
 * __builtins__), or an identifier of reach (NULL-terminated: globals,
 * getattr, a frame's f_globals...). step is asked before each node; when it
 * says no (a budget spent), the answer is yes. */
bool python_reaches_unnamed(struct actx *c, TSNode n, const char *const *reach,
			    bool (*step)(void *), void *arg);

/* Whether n can only be arithmetic when run, whatever the program's input:
 * built from numbers and from constants of digits and operators, through
 * the function's callers when it comes from a parameter. */
bool python_inert(struct actx *c, TSNode n);
/* Whether a name n uses also has a value the analysis cannot know (a
 * parameter, a loop variable, an `as` target) or more than one value:
 * then the constant n folds to is one guess among its values. */
bool python_ambiguous(struct actx *c, TSNode n);
/* d["k"], d.get("k") (python_each_key_value), or the key node kn of one
 * (python_each_value_of_key: also case {"k": name}'s): each value the
 * program binds to that key, folded, given to visit; true when visit
 * stopped (python_keys.c). */
bool python_each_value_of_key(struct actx *c, TSNode kn,
			      bool (*visit)(void *arg, const char *s, size_t len), void *arg,
			      int depth);
bool python_each_key_value(struct actx *c, TSNode n,
			   bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth);
/* The returns of the program's own function f for f() (also through a name
 * bound to the call or a parameter its callers give one) when it returns in
 * more than one place, each folded and given to visit; true when it stopped. */
bool python_some_return(struct actx *c, TSNode n, bool (*visit)(void *arg, const char *s, size_t len),
			void *arg, int depth);
/* lang_ops.each_value: a helper's parameter (def sh(cmd): os.system(cmd))
 * is each argument its calls give, when it is only ever called by name;
 * anything else is its one folded value, unless a guess (python_ambiguous). */
int python_each_value(struct actx *c, TSNode n, bool some,
		      bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth);
/* What a caller outside the function passes to parameter node p (the
 * first such argument that folds), appended to out: 0, else -1. For the
 * rules that look for a value (a path deleted, a file read), not for code
 * run: that is a guess among the callers' values. */
int python_fold_parameter(struct actx *c, TSNode p, struct buf *out, int depth);
/* p, the second parameter of fn, an operator method of the program's class
 * (__rmatmul__(self, root)): the other operand of an operator on an
 * instance of the class (Path.home() @ C()), folded: 0, else -1
 * (python_operators.c). */
int python_fold_operand(struct actx *c, TSNode fn, TSNode p, struct buf *out, int depth);
/* The name a lambda is kept under (wipe = lambda p: ..., the name's only
 * binding), or a null node (python_lambda.c). */
TSNode python_lambda_name(struct actx *c, TSNode lam);
/* A parameter p of a lambda handed to the builtin map or filter: one of
 * the items of its iterable, a loop's pick (actx.loop_pick), or the
 * pattern of a listing; 0 and appended, else -1. */
int python_fold_lambda_item(struct actx *c, TSNode lam, TSNode p, struct buf *out, int depth);
/* One item chosen out of a list literal by next(filter(...)), max, min,
 * random.choice...: each in turn, as a loop's name (python_chosen.c). */
int python_fold_chosen(struct actx *c, TSNode call, TSNode fn, const struct names *ns,
		       struct buf *out, int depth);
/* Item actx.loop_pick of list or tuple l, as a loop's name takes them,
 * and the loop noted (loop_seen, loop_max); -1 when not picking, or l is
 * no list, is empty or spreads another (*rest) (python_lambda.c). */
int python_fold_pick(struct actx *c, TSNode l, struct buf *out, int depth);
/* visit(arg) for the argument each call of p's function gives parameter p
 * (by position or keyword), when the function is the program's own
 * (module-level, or python_nested_def's one of its name) and calls p: what
 * a callback may be (def go(fn, a): fn(a) ... go(os.system, "id")). */
/* def pick(f): return f ... pick(os.system): when ret is a parameter (not
 * bound again in there) of the program's own function that holds it, and
 * call calls that function by name: 0 and *arg = what call gives the
 * parameter, or its default when it gives none; -1 otherwise. */
int python_call_argument(struct actx *c, TSNode ret, TSNode call, TSNode *arg);
/* The same for the function fn (its first skip parameters not given by
 * the call: a method's self). */
int python_def_argument(struct actx *c, TSNode fn, TSNode ret, TSNode call, int skip, TSNode *arg);
void python_parameter_arguments(struct actx *c, TSNode p,
				void (*visit)(struct actx *c, TSNode arg, void *ctx), void *ctx);

/* The program word os.environ.get("TOOL", "default") (or os.getenv, or a
 * name bound once to either): its default folded, when the program cannot
 * write its own environment (python_envdefault.c); NULL otherwise. */
char *python_env_default(struct actx *c, TSNode n, int depth, size_t *len);

/* os.path.expandvars(a0): a0's value with $HOME and ${HOME} as "~"; 0 and
 * appended to out, or -1. */
int python_fold_expandvars(struct actx *c, TSNode a0, struct buf *out, int depth);
/* obj.strip(a0), .rstrip, .lstrip (the method m): obj's value without a0's
 * characters (whitespace when a0 is null) at those ends; an a0 that does not
 * fold strips nothing. 0 and appended to out, -1, or -2 for another method
 * (python_strfold.c). */
int python_fold_strip(struct actx *c, TSNode obj, const char *m, size_t mlen, TSNode a0,
		      struct buf *out, int depth);
/* seq[k] or box[key] of a string's split, rsplit, partition or rpartition,
 * or of dict(zip(K, V)) or dict(pairs); operator.itemgetter(k)(seq)
 * (python_pickfold.c): 0 folded, -1 not. */
int python_fold_picked(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth);
int python_fold_itemgetter(struct actx *c, TSNode call, struct buf *out, int depth);
/* p.with_name(n), p.with_stem(s), p.with_suffix(x) of a path that folds:
 * the path with its last part, that part's stem or its suffix replaced. 0
 * and appended to out, -1, or -2 for another method (python_strfold.c). */
int python_fold_with_part(struct actx *c, TSNode obj, const char *m, size_t mlen, TSNode a0,
			  struct buf *out, int depth);
/* v[0..*vlen) without set's characters at the ends how says ('r', 'l', or
 * both): the offset of what is kept, and its length in *vlen */
static inline size_t python_strip_chars(const char *v, size_t *vlen, const char *set, size_t clen,
					char how)
{
	size_t b = 0, e = *vlen;
	while (clen > 0 && how != 'r' && b < e && memchr(set, v[b], clen))
		b++;
	while (clen > 0 && how != 'l' && e > b && memchr(set, v[e - 1], clen))
		e--;
	*vlen = e - b;
	return b;
}
/* fold_dup, or else the default of an environment lookup n is (through
 * Path(), str(), a name, a function's return): one value it may take */
char *python_fold_or_default(struct actx *c, TSNode n, int depth, size_t *len);

/* args.NAME of args = parser.parse_args(): the default= of the one
 * add_argument storing NAME, folded (0), or -1. */
int python_argv_default(struct actx *c, TSNode n, struct buf *out, int depth);

/* The format spec of an f-string's field (f"{obj:~}"), the text after the
 * colon, which the object's __format__ is given: 0 and appended, else -1
 * (python_strfold.c). */
int python_fold_spec(struct actx *c, TSNode n, struct buf *out);

/* One word of a command line, quoted for the shell when it needs it
 * (python_exec.c). */
void python_put_word(struct buf *out, const char *w, size_t len);
/* The command line an os.exec*, os.spawn* or os.posix_spawn* call (fn, its
 * canonical name) runs, from its argument list: 0 and appended to out,
 * -1 when the program is unknown, 1 when fn is none of these. */
int python_fold_exec(struct actx *c, TSNode args, const char *fn, struct buf *out, int depth);

/* The argument list of run("git status", **opts): opts may hold
 * shell=True, so a first argument that is one string of words folds as
 * the line itself (0), one with the shell's syntax (| ; & < > $ ` ( ) or
 * a newline) does not (-2: a program the analysis cannot know); -1: not
 * such a call. */
int python_splat_shell(struct actx *c, TSNode args, struct buf *out, int depth);

/* GIT + list(args), ["docker", "compose"] + argv: a list the analysis
 * knows, then words it cannot know ("$@"), as [*GIT, *args] folds; 0 and
 * appended to out, -1 when n is no such sum or its first list is unknown. */
int python_fold_argv_sum(struct actx *c, TSNode n, struct buf *out, int depth);
bool python_self_argv(struct actx *c, TSNode n, int depth);

/* The items a list may hold, each folded (or its default) and given to
 * visit until it stops (true): a literal's, a comprehension's of its own
 * loop's name ([r for r in roots if ...]), list()/sorted() of one, the
 * two sides of +, a name's (its bindings, += and what append, insert and
 * extend gave it: python_bind.c bind_item) and what a function of the
 * program returns; left bounds the nodes visited. */
bool python_each_item(struct actx *c, TSNode v, bool (*visit)(void *arg, const char *s, size_t len),
		      void *arg, int depth, unsigned *left);

/* The constant of an attribute (self.argv, Repo.GIT, job.argv) bound once
 * to a literal that nothing else in the program can change
 * (python_attrfold.c): 0 and appended to out, else -1. */
int python_fold_attribute(struct actx *c, TSNode n, struct buf *out, int depth);
/* def or class name under one decorator lambda dec: bound to its body
 * (python_decorate.c) */
void python_bind_decorator_lambda(struct actx *c, TSNode def, TSNode dec);
/* A value kept on an object of the program's own class (python_method.c):
 * Job(home).path() or job.path() of job = Job(home) (a method, also one of
 * self in a method being folded), Job(home).path (a property) and
 * Job(home).p: what the method returns, folded with its parameters bound
 * to the call's arguments and self.ATTR as what __init__ sets it to from
 * the constructor's arguments. 0 and appended, else -1. */
int python_fold_method(struct actx *c, TSNode n, TSNode fn, struct buf *out, int depth);
int python_fold_field_default(struct actx *c, TSNode n, struct buf *out, int depth);
int python_fold_object_attribute(struct actx *c, TSNode n, struct buf *out, int depth);
/* C[k] and C(v) of the program's enum class C: the member's value */
int python_fold_enum_lookup(struct actx *c, TSNode x, struct buf *out, int depth);
int python_fold_fspath(struct actx *c, TSNode n, struct buf *out, int depth);
/* with C() as d: what C's __enter__ returns (python_method.c); as is the
 * as_pattern */
int python_fold_entered(struct actx *c, TSNode as, struct buf *out, int depth);
/* for n in self.names of a method being folded, for n in names: the list
 * literal it goes through, or a null node (python_method.c) */
TSNode python_loop_list(struct actx *c, TSNode right);
/* for x in C(...): each item C's __iter__ yields (python_method.c) */
bool python_each_iterated(struct actx *c, TSNode v,
			  bool (*visit)(void *arg, const char *s, size_t len), void *arg,
			  int depth);
/* cp[section][key], cp.get(section, key) of a configparser filled by
 * read_string (python_config.c); name is cp */
int python_fold_config(struct actx *c, TSNode name, TSNode sec, TSNode key, struct buf *out,
		       int depth);
/* Whether an attribute named as attr is, in the whole program, only bound
 * to v and otherwise only read (python_attrfold.c). */
bool python_attribute_kept(struct actx *c, TSNode attr, TSNode v);
/* A directory's listing (glob.glob(p), os.listdir(d), os.scandir(d),
 * Path.iterdir()) handed to map() or filter(): the pattern
 * of the paths it gives (the home, "~" then "/" and a star), appended (0),
 * or -1; ns: what the
 * listing's function fn resolves to (python_attrfold.c). */
int python_fold_listing(struct actx *c, TSNode n, TSNode fn, const struct names *ns,
			struct buf *out, int depth);
/* For a rule that takes one of a value's values (actx.env_pick): a read of
 * a file (json.load(f), json.loads(s), p.read_text(), f.read()) as the
 * value the program writes to the same path (json.dump(v, f),
 * p.write_text(v), f.write(v)); 0 and appended, or -1
 * (python_roundtrip.c). */
int python_fold_roundtrip(struct actx *c, TSNode n, TSNode fn, const struct names *ns,
			  struct buf *out, int depth);

/* A pathlib path's part ("anchor", "root", "parent", "parents" with its
 * index) of the path obj folds to. */
int python_fold_path_part(struct actx *c, TSNode obj, const char *part, long idx, struct buf *out,
			  int depth);

/* Text spelled as character codes, every one an integer literal
 * (python_charfold.c): map(chr, L) or chr(x) for x in L, L a list or a
 * name bound once to one, or with bytes the list L of bytes([...]);
 * 0 and appended to out, else -1. */
int python_fold_codes(struct actx *c, TSNode n, bool bytes, struct buf *out);
/* unicodedata.normalize(form, text) of constants (python_charfold.c) */
int python_fold_normalize(struct actx *c, TSNode form, TSNode text, struct buf *out, int depth);
/* Values through a print() into a buffer, an SQL query of constants and an
 * email header's encoded words (python_channels.c) */
void python_bind_channels(struct actx *c, TSNode call);
bool python_bind_fetched_row(struct actx *c, TSNode left, TSNode right);
int python_fold_mime_header(struct actx *c, TSNode h, struct buf *out, int depth);
/* xml.sax.saxutils.unescape(text[, entities]) of constants (python_stdfold.c) */
int python_fold_sax_unescape(struct actx *c, TSNode text, TSNode ents, struct buf *out, int depth);
/* html.unescape(text) of a constant (python_stdfold.c) */
int python_fold_html_unescape(struct actx *c, TSNode text, struct buf *out, int depth);
bool python_is_decode_header(struct actx *c, TSNode n, int depth);
TSNode python_bound_once(struct actx *c, TSNode name);
int python_fold_fetched(struct actx *c, TSNode n, struct buf *out, int depth);
/* s[0:len] through s.translate(table), table str.maketrans(a, b[, d]) of
 * constants (or a name bound once to it): 0 and appended to out, else -1. */
int python_fold_translate(struct actx *c, const char *s, size_t len, TSNode table, struct buf *out,
			  int depth);

/* f(x) for the program's own (small) function f: what it returns, folded
 * with its parameters bound to this call's arguments; every return must
 * fold, to one value (python_strfold.c). */
/* A command line of plain words only (no quotes, =, $ or backquotes) and
 * none of the options by which an ordinary tool runs another program
 * (python_exec.c). */
bool python_plain_line(const char *s, size_t len);
int python_fold_own_call(struct actx *c, TSNode n, struct buf *out, int depth);
/* Appends the value of one escape of a string literal (\n, \x41, \u0041,
 * \101, \\ ...): 0, or -1 for a \N{NAME} it does not know. */
int python_unescape(const char *s, size_t len, struct buf *out);
/* String operations of constants (python_strfold.c): s[i], s[a:b:k] with
 * literal bounds; "%s" % x; "{}".format(x) (f the folded format string);
 * s * k. Each 0 and appended to out, else -1. */
int python_fold_index(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth);
/* err.args[idx] (whole: err itself, raised with one argument), err bound
 * by `except E as err`: the argument a `raise E(...)` gives (python_raise.c). */
int python_fold_raised(struct actx *c, TSNode name, long idx, bool whole, struct buf *out,
		       int depth);
/* An item of a list or tuple literal (or of a name bound once to one) by an
 * integer index: ["os", "sys"][0], K[-1]; -1 when any part is not known. */
int python_fold_item(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth);
/* Item at of the list or tuple literal list (negative: from its end),
 * folded; -1 with a *splat in it, 256 items or more, or no such item. */
int python_fold_nth(struct actx *c, TSNode list, long at, struct buf *out, int depth);
/* holder.m() with m get or get_nowait, of a ContextVar or a queue (holder, a
 * name): the one value the program sets or puts in it (python_bind.c
 * bind_item), folded; 0 and appended to out, -1, or -2 for another call. */
int python_fold_held(struct actx *c, TSNode holder, TSNode m, struct buf *out, int depth);
/* python_channels.c: os.environ["K"] = v (or its setdefault) binds v to
 * "$env[K"; the one value the program sets a variable named as k folds
 * to; the io.StringIO(...) or io.BytesIO(...) call NAME is bound to once,
 * or a null node. */
void python_bind_environ(struct actx *c, TSNode env, TSNode k, TSNode value);
int python_fold_environ_set(struct actx *c, TSNode k, struct buf *out, int depth);
TSNode python_text_buffer(struct actx *c, TSNode name, int depth);
/* python_stdfold.c, each called by lang_python.c's fold: job.args[i] or
 * job.keywords[k] of a functools.partial; m.group(k) of a re.search of
 * constants (-2: not one); sep.join(x for k, x in sorted(zip(a, b)))
 * (-2: not one); shlex.quote(v); os.path.commonpath (path) or
 * commonprefix of a list; array.array(code, items). */
int python_fold_partial_arg(struct actx *c, TSNode attr, TSNode sub, struct buf *out, int depth);
int python_fold_match_group(struct actx *c, TSNode m, TSNode k, struct buf *out, int depth);
int python_fold_pairs_join(struct actx *c, TSNode gen, const char *sep, size_t seplen,
			   struct buf *out, int depth);
int python_fold_shell_quote(struct actx *c, TSNode a0, struct buf *out, int depth);
int python_fold_common(struct actx *c, TSNode a0, bool path, struct buf *out, int depth);
int python_fold_array(struct actx *c, TSNode n, struct buf *out, int depth);
/* One argument of os.path.join, Path() or joinpath() appended to the path
 * begun at mark in out (an absolute part restarts it; *parts is the items
 * of a list or tuple the analysis knows): 0, else -1. */
int python_fold_join_part(struct actx *c, TSNode ai, struct buf *out, size_t mark, int depth);
/* Whether s is a plain one-quoted string with no escapes; *body its text. */
bool python_plain_key(TSNode s, TSNode *body);
/* The binding name of a dictionary key k: "[" and the key's text, for a
 * plain string or an expression that folds to a constant (KEY,
 * Keys.TARGET, "tar" + "get"); its length, or 0. */
size_t python_key_name(struct actx *c, TSNode k, char key[64], int depth);
/* D[k] of a name bound once to a dictionary literal: its item; cfg["cache"]
 * of a value the analysis cannot know (a dictionary read back from a file,
 * a queue, a pickle): the value under that key of the one dictionary
 * literal in the program that has it; folded (0), else -1. */
int python_fold_key_guess(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth);
/* ast.literal_eval of one string literal; functools.reduce of
 * operator.truediv (join: path parts) or operator.add over a literal list
 * (python_strfold.c) */
int python_fold_literal_eval(struct actx *c, TSNode a0, struct buf *out, int depth);
int python_fold_reduce(struct actx *c, TSNode call, bool join, struct buf *out, int depth);
int python_fold_percent(struct actx *c, TSNode n, struct buf *out, int depth);
int python_fold_format(struct actx *c, TSNode call, const char *f, size_t flen, struct buf *out,
		       int depth);
int python_fold_repeat(struct actx *c, TSNode n, struct buf *out, int depth);

/* The function a call's callee fn hands on: through {"k": f}["k"] and the
 * program's own def _id(p): return p (python_callee.c); fn itself else. */
TSNode python_callee(struct actx *c, TSNode fn);
/* fn is getattr(obj, "name") of a plain string (the builtin): its object and
 * the string's text, as an attribute's (python_callee.c) */
bool python_callee_getattr(struct actx *c, TSNode fn, TSNode *obj, TSNode *name);
/* fn is o.m (two children) or getattr(o, "m"): o and m */
bool python_method_parts(struct actx *c, TSNode fn, TSNode *obj, TSNode *name);

/* d[k], d.get(k) of d = dict(urllib.parse.parse_qsl(q)) and
 * parse_qs(q)[k][0] of a constant query q (value, the dictionary or the
 * parse_qs(q)[k] inside; sub, the last key): the field's value decoded
 * (0 and appended to out), else -1 (python_query.c). */
int python_fold_query(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth);
/* jar[k].value (n) of jar = http.cookies.SimpleCookie(T) or one given
 * jar.load(T), T a constant: the morsel's value (0, appended to out), else
 * -1 (python_query.c) */
int python_fold_cookie(struct actx *c, TSNode n, struct buf *out, int depth);

/* Whether the environment read at n only goes to the env of a program
 * started (python_childenv.c): lang_ops.child_env. */
bool python_child_env(struct actx *c, TSNode n);

/* python_resolve.c: lang_ops.resolve; the idx-th positional argument of
 * a call (keywords and comments skipped; a null node when there is none);
 * whether names holds a or b (b may be NULL). */
void python_resolve(struct actx *c, TSNode n, struct names *out, int depth);
TSNode python_first_arg(TSNode call, uint32_t idx);
/* with contextlib.nullcontext(v) as x (or a call of the program's function
 * returning one): v folded; 1 when x is no such call (python_stdfold.c) */
int python_fold_nullcontext(struct actx *c, TSNode x, struct buf *out, int depth);
bool python_any_is(const struct names *ns, const char *a, const char *b);

/* python_picks.c: {"k": f}["k"](...), f(v)(...) of an identity function
 * f and getattr(o, "name") cut to the callee or attribute, C.name of a
 * class of string constants to the string, through cut (e
 * handed on), for each node n the source walk meets. python_picks_scan
 * first: whether the program has any (false: no walk needed). */
struct py_picks {
	TSNode ids[8]; /* the module's identity-shaped functions */
	int nids;
	bool dict;    /* a "}[" in the text */
	bool getattr; /* a "getattr(" in the text */
	int getattr_free; /* getattr never bound again: -1 not yet known */
	TSNode consts[4];  /* classes whose body only binds names to strings */
	int nconsts;
	int consts_free[4]; /* read only as C.name: -1 not yet known */
};
typedef void py_cut_fn(void *e, uint32_t start, uint32_t end, const char *with);
bool python_picks_scan(const char *src, size_t len, TSNode root, struct py_picks *pk);
void python_picks(const char *src, TSNode root, TSNode n, struct py_picks *pk, py_cut_fn *cut,
		  void *e);

#endif
