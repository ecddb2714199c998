/*
 * JavaScript (Node.js): declarations and imports bind names, expressions
 * resolve to canonical dotted names and fold to constant strings.
 *
 * Canonical names are a module's name without "node:" and with '/' as '.'
 * ("child_process.exec", "fs.promises.rm"), and "global.X" for what a
 * program reaches without binding it ("global.eval", "global.Function",
 * "global.require"); `process` is "process" however it is reached.
 *
 *   const cp = require('child_' + 'process')     cp        -> child_process
 *   const {exec, spawn: sp} = require('node:child_process')
 *                                               exec, sp  -> child_process.*
 *   import * as cp from 'child_process'          cp        -> child_process
 *   import {exec as e} from 'child_process'      e         -> child_process.exec
 *   (await import('child_process')).exec         -> child_process.exec
 *   cp['ex' + 'ec'], Reflect.get(cp, 'exec')     -> child_process.exec
 *   process.mainModule.require('x'), module.require('x'), createRequire(u)('x')
 *   globalThis.eval, global['ev'+'al'], window.eval, (0, eval) -> global.eval
 *   (() => {}).constructor, x.constructor.constructor,
 *   Function.prototype.constructor              -> global.Function
 *   Function('return this')()                   -> global
 *   eval.call(null, s), f.bind(o), util.promisify(f)  -> what f is
 *   import('x').then((m) => m.f), with (o) { f() }, this.x / class fields,
 *   {run: cp.exec}.run, [cp.exec][0], f() of `function f() { return cp }`
 *
 * Scopes are kept where they decide whether a name is the global one: a
 * parameter, a `let`/`const` in a block or a `var` in a function binds its
 * name only inside that block or function, so `function f(eval) {}` does
 * not hide the `eval(s)` next to it. Within a scope resolution stays
 * flow-insensitive (analyze_lang.h). A declaration that binds a value is
 * recorded as two bindings: the value, then a BIND_LOCAL whose node is the
 * scope; a declaration without a value is the BIND_LOCAL alone. (The core
 * sorts bindings by name and then by order, which keeps the pair adjacent.)
 *
 * Answers are memoised by the core (actx_resolve_name): a use of a name by
 * its name and the bindings visible there, a member or a call by its node,
 * so that the many rules that ask about one call cost one resolution. A
 * name already being followed on the current path is not followed again,
 * which keeps `s = s + x` and its copies linear.
 *
 * Folding covers string literals and their escapes (\x41, \u0041, \u{41},
 * octal), templates whose substitutions fold, `+`, [..].join(s),
 * s.split('').reverse().join(''), String.fromCharCode, (n).toString(36),
 * replace/slice/concat/case changes, atob, Buffer.from(s, 'base64'|'hex')
 * and decodeURIComponent of constants, object/array literals indexed
 * by a constant, the coercions of constants JSFuck spells with (![] + '',
 * [][[]] + '', [] + {}, +[]), and path.join/resolve/normalize/dirname/
 * basename ('~' the home directory: path.join(os.homedir(), '..') is
 * /home).
 *
 * The pieces (javascript.h): node helpers and canonical names in
 * javascript_names.c, bindings and scopes in javascript_bind.c, resolution
 * in javascript_resolve.c, folding in javascript_fold.c with the string
 * decoding of javascript_text.c, the environment given to a child in
 * javascript_childenv.c; this file holds the language's lang_ops.
 */
#include "policy/javascript.h"

static bool js_call_callee(TSNode n, TSNode *callee)
{
	if (node_is(n, "call_expression")) {
		*callee = js_field(n, F_function);
		return true;
	}
	if (node_is(n, "new_expression")) {
		*callee = js_field(n, F_constructor);
		return true;
	}
	return false;
}

const struct lang_ops lang_javascript_ops = {
    .name = "javascript",
    .language = tree_sitter_javascript,
    .bind = js_bind,
    .resolve = js_resolve,
    .fold = js_fold,
    .each_value = js_each_value,
    .first_value = js_first_value,
    .call_callee = js_call_callee,
    .ambiguous = js_ambiguous,
    .child_env = js_child_env,
};
