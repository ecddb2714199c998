/*
 * JavaScript: the sources of a value handed to an event's listeners
 * (javascript_sources.c says what a source is): the arguments of every
 * emit or postMessage of the event a listener is registered for, and
 * the details dispatched to an addEventListener listener.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

/* bus.on('job', (j) => ...) takes what every bus.emit('job', j) of the
 * program hands on (by the event's name, as the listener's parameters:
 * emitter's: which object emits is not followed). E.prototype.emit.call(bus,
 * 'job', j) is read as E.prototype.emit('job', j, bus) (the source fixup). */
static const char *const listen_methods[] = {"on", "once", "addListener", "prependListener",
					     "prependOnceListener"};
static const char *const emit_methods[] = {"emit"};
/* port.on('message', (m) => ...) of a MessageChannel, a worker or its
 * parentPort takes what every port.postMessage(m) of the program sends. */
static const char *const post_methods[] = {"postMessage"};

/* A call of one of `methods` by a member (bus.emit(...)). */
static bool event_call(const struct actx *c, TSNode call, const char *const *methods, size_t n)
{
	TSNode fn = js_field(call, F_function);

	if (!node_is(fn, "member_expression"))
		return false;
	for (size_t i = 0; i < n; i++)
		if (node_text_is(c, js_field(fn, F_property), methods[i]))
			return true;
	return false;
}

/* The name a call's first argument folds to is evt's. */
static bool names_event(struct actx *c, TSNode name, const char *evt, size_t elen, int depth)
{
	size_t len;
	char *v = ts_node_is_null(name) ? NULL : fold_dup(c, name, depth + 1, &len);
	bool same = v && len == elen && memcmp(v, evt, len) == 0;
	free(v);
	return same;
}

static void emitted_args(struct actx *c, TSNode n, const char *evt, size_t elen, uint32_t idx,
			 struct js_sources *s, int depth, int walk)
{
	if (walk > 200 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (node_is(n, "call_expression") &&
	    event_call(c, n, emit_methods, ARRAY_SIZE(emit_methods))) {
		if (names_event(c, js_arg_at(n, 0), evt, elen, depth))
			js_sources_add(s, js_arg_at(n, idx + 1), false);
	} else if (node_is(n, "call_expression") && elen == 7 && memcmp(evt, "message", 7) == 0 &&
		   event_call(c, n, post_methods, ARRAY_SIZE(post_methods))) {
		js_sources_add(s, js_arg_at(n, idx), false);
	} else if (idx == 0 && node_is(n, "call_expression") && elen == 7 &&
		   memcmp(evt, "warning", 7) == 0 &&
		   node_text_is(c, js_field(js_field(n, F_function), F_property), "emitWarning")) {
		js_sources_add(s, js_arg_at(n, 0), false); /* process.emitWarning(message, ...) */
	} else if (idx == 0 && node_is(n, "throw_statement") &&
		   ((elen == 17 && memcmp(evt, "uncaughtException", 17) == 0) ||
		    (elen == 24 && memcmp(evt, "uncaughtExceptionMonitor", 24) == 0))) {
		js_sources_add(s, js_last_named(n), false); /* what any throw throws */
	} else if (idx == 0 && elen == 18 && memcmp(evt, "unhandledRejection", 18) == 0 &&
		   (node_is(n, "throw_statement") ||
		    (node_is(n, "call_expression") &&
		     node_text_is(c, js_field(n, F_function), "Promise.reject")))) {
		/* what a throw or Promise.reject(x) rejects a promise with */
		js_sources_add(
		    s, node_is(n, "throw_statement") ? js_last_named(n) : js_arg_at(n, 0), false);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		emitted_args(c, ts_node_named_child(n, i), evt, elen, idx, s, depth, walk + 1);
}

/* new Transform(...) (PassThrough, Duplex) or a name bound to one: a
 * stream whose 'data' gives what is written to it, transformed. */
static bool through_stream(struct actx *c, TSNode n, int depth)
{
	struct names ns = {0};
	bool hit;

	if (node_is(n, "identifier"))
		n = js_bound_literal(c, n, "new_expression", 'W', depth + 1);
	if (!node_is(n, "new_expression"))
		return false;
	js_resolve(c, js_field(n, F_constructor), &ns, depth + 1);
	hit = js_any_name(&ns, "stream.Transform") || js_any_name(&ns, "stream.PassThrough") ||
	      js_any_name(&ns, "stream.Duplex");
	names_free(&ns);
	return hit;
}

/* The first argument of every em.write(v) and em.end(v) under n. */
static void written_args(struct actx *c, TSNode n, TSNode em, struct js_sources *s, int walk)
{
	if (walk > 200 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (node_is(n, "call_expression") && !ts_node_is_null(js_arg_at(n, 0))) {
		TSNode f = js_field(n, F_function);
		if (node_is(f, "member_expression") && js_same_text(c, js_field(f, F_object), em) &&
		    (node_text_is(c, js_field(f, F_property), "write") ||
		     node_text_is(c, js_field(f, F_property), "end")))
			js_sources_add(s, js_arg_at(n, 0), false);
	}
	for (uint32_t i = 0, k = ts_node_named_child_count(n); i < k; i++)
		written_args(c, ts_node_named_child(n, i), em, s, walk + 1);
}

int js_listener_sources(struct actx *c, TSNode fn, uint32_t idx, struct js_sources *s, int depth)
{
	TSNode args = ts_node_parent(fn), call = ts_node_parent(args);
	size_t elen;

	if (!node_is(args, "arguments") || !node_is(call, "call_expression") ||
	    !event_call(c, call, listen_methods, ARRAY_SIZE(listen_methods)) ||
	    !ts_node_eq(js_arg_at(call, 1), fn))
		return -1;
	char *evt = fold_dup(c, js_arg_at(call, 0), depth + 1, &elen);
	if (evt == NULL)
		return -1;
	if (idx == 0 && elen == 4 && memcmp(evt, "data", 4) == 0) {
		/* Readable.from(list).on('data', (chunk) => ...): each element */
		TSNode list =
		    js_stream_list(c, js_field(js_field(call, F_function), F_object), depth);
		if (!ts_node_is_null(list))
			js_sources_add(s, list, true);
		/* a Transform's 'data': what is written to it */
		TSNode em = js_field(js_field(call, F_function), F_object);
		if (node_is(em, "identifier") && through_stream(c, em, depth))
			written_args(c, js_root_of(fn), em, s, 0);
	}
	emitted_args(c, js_root_of(fn), evt, elen, idx, s, depth, 0);
	free(evt);
	return 0;
}

/* The listener of et.addEventListener('purge', (ev) => ...) takes each
 * event of every et.dispatchEvent(new CustomEvent('purge', opts)) of the
 * program (any target's): ev.detail is opts.detail, ev.detail.dir its
 * member dir. With no event (evt NULL): the detail of every
 * performance.mark(name, opts) and measure of the program. */
static void dispatched(struct actx *c, TSNode root, const char *evt, size_t elen,
		       const TSNode *chain, int links, struct js_sources *s, int depth, int walk)
{
	if (walk > 200 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	TSNode fp = node_is(root, "call_expression")
			? js_field(js_field(root, F_function), F_property)
			: (TSNode){0};
	bool mark = !evt && (node_text_is(c, fp, "mark") || node_text_is(c, fp, "measure"));
	if (mark || (evt && node_text_is(c, fp, "dispatchEvent"))) {
		TSNode ev = js_arg_at(root, 0), opts = js_arg_at(mark ? root : ev, 1);
		/* performance.mark(name, { detail }) (measure): any name's */
		if (!mark && (!node_is(ev, "new_expression") ||
			      !node_text_is(c, js_field(ev, F_constructor), "CustomEvent"))) {
			s->unknown = true;
			return;
		}
		if (!mark && !names_event(c, js_arg_at(ev, 0), evt, elen, depth))
			return;
		for (int i = 0; i < links && !ts_node_is_null(opts); i++) {
			TSNode lit = js_object_literal_of(c, opts, depth + 1);
			char *key = js_node_strdup(node_src(c, chain[i]), node_len(chain[i]));
			opts = ts_node_is_null(lit)
				   ? lit
				   : js_object_member(c, lit, key, node_len(chain[i]), depth + 1);
			free(key);
		}
		if (ts_node_is_null(opts) || node_is(opts, "shorthand_property_identifier"))
			s->unknown = true;
		else
			js_sources_add(s, opts, false);
		return;
	}
	uint32_t k = ts_node_named_child_count(root);
	for (uint32_t i = 0; i < k; i++)
		dispatched(c, ts_node_named_child(root, i), evt, elen, chain, links, s, depth,
			   walk + 1);
}

/* The events of each et.addEventListener('x', name) of the program whose
 * listener is the object held in name (its handleEvent fn), or, for a
 * class `name`, an instance of it (new name(), a name bound to one). */
static int held_listener(struct actx *c, TSNode n, TSNode name, bool cls, TSNode fn, TSNode id,
			 const TSNode *chain, int links, struct js_sources *s, int depth, int walk)
{
	TSNode a1 = js_arg_at(n, 1);
	int ret = 1;

	if (walk > 200 || !actx_step(c))
		return -1;
	if (cls && node_is(n, "call_expression") && node_is(a1, "identifier"))
		a1 = js_first_bound(c, a1, 'h');
	if (node_is(n, "call_expression") &&
	    (cls ? node_is(a1, "new_expression") &&
		       js_same_text(c, js_field(a1, F_constructor), name)
		 : node_is(a1, "identifier") && js_same_text(c, a1, name)) &&
	    node_text_is(c, js_field(js_field(n, F_function), F_property), "addEventListener") &&
	    js_param_index(c, fn, id) == 0) {
		size_t elen;
		char *evt = fold_dup(c, js_arg_at(n, 0), depth + 1, &elen);
		if (evt == NULL)
			return -1;
		dispatched(c, js_root_of(fn), evt, elen, chain, links, s, depth, 0);
		free(evt);
		return 0;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		int r = held_listener(c, ts_node_named_child(n, i), name, cls, fn, id, chain, links,
				      s, depth, walk + 1);
		if (r <= 0)
			ret = r < 0 ? -1 : ret == 1 ? 0 : ret;
		if (r < 0)
			return -1;
	}
	return ret;
}

int js_event_detail_sources(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	TSNode chain[2] = {{{0}}, {{0}}}, id = n, fn = {0}, listener, args, call, up;
	int links = 0;
	size_t elen;

	while (node_is(id, "member_expression") && links < 2) {
		chain[1] = chain[0];
		chain[0] = js_field(id, F_property);
		id = js_field(id, F_object);
		links++;
	}
	if (!node_text_is(c, chain[0], "detail"))
		return 1;
	for (up = ts_node_parent(id); node_is(id, "identifier") && !ts_node_is_null(up);
	     up = ts_node_parent(up))
		if (js_type_is_any(up, js_function_types) || node_is(up, "class")) {
			fn = up;
			break;
		}
	if (ts_node_is_null(fn) || js_param_index(c, fn, id) != 0) {
		/* entry.detail, not a listener's: the detail of the program's marks */
		dispatched(c, js_root_of(id), NULL, 0, chain, links, s, depth, 0);
		return s->n ? 0 : 1;
	}
	/* the listener, a function or an object whose handleEvent(ev) it is */
	listener = fn;
	if (node_is(fn, "method_definition") &&
	    node_text_is(c, js_field(fn, F_name), "handleEvent") &&
	    node_is(ts_node_parent(fn), "object"))
		listener = ts_node_parent(fn);
	else if (!js_is_function_literal(fn) && !node_is(fn, "method_definition"))
		return 1;
	else if (node_is(ts_node_parent(fn), "pair") &&
		 node_text_is(c, js_field(ts_node_parent(fn), F_key), "handleEvent") &&
		 node_is(ts_node_parent(ts_node_parent(fn)), "object"))
		listener = ts_node_parent(ts_node_parent(fn)); /* { handleEvent: (ev) => ... } */
	if (!ts_node_eq(listener, fn) && node_is(ts_node_parent(listener), "variable_declarator")) {
		/* const h = { handleEvent(ev) {...} }; et.addEventListener('x', h) */
		TSNode name = js_field(ts_node_parent(listener), F_name);
		return node_is(name, "identifier")
			   ? held_listener(c, js_root_of(fn), name, false, fn, id, chain, links, s,
					   depth, 0)
			   : 1;
	}
	if (node_is(fn, "method_definition") && ts_node_eq(listener, fn) &&
	    node_text_is(c, js_field(fn, F_name), "handleEvent") &&
	    node_is(ts_node_parent(fn), "class_body") &&
	    node_is(ts_node_parent(ts_node_parent(fn)), "class_declaration")) {
		/* class H { handleEvent(ev) {...} }; et.addEventListener('x', new H()) */
		TSNode name = js_field(ts_node_parent(ts_node_parent(fn)), F_name);
		return held_listener(c, js_root_of(fn), name, true, fn, id, chain, links, s, depth,
				     0);
	}
	args = ts_node_parent(listener);
	call = ts_node_parent(args);
	if (js_param_index(c, fn, id) != 0 || !node_is(call, "call_expression") ||
	    !ts_node_eq(js_arg_at(call, 1), listener) ||
	    !node_text_is(c, js_field(js_field(call, F_function), F_property), "addEventListener"))
		return 1;
	char *evt = fold_dup(c, js_arg_at(call, 0), depth + 1, &elen);
	if (evt == NULL)
		return -1;
	dispatched(c, js_root_of(fn), evt, elen, chain, links, s, depth, 0);
	free(evt);
	return 0;
}

/* await once(em, 'x') and on(em, 'x') of events: lists of the arguments
 * of each em.emit('x', ...) of the program (any emitter's), so each of
 * their elements is one of those arguments (idx < 0); with idx, the
 * argument idx of each emit, the part idx of each list on() yields. 1
 * when n is no such call. */
int js_once_sources(struct actx *c, TSNode n, int idx, struct js_sources *s, int depth)
{
	struct names ns = {0};
	bool hit;
	size_t elen;

	if (!node_is(n, "call_expression"))
		return 1;
	js_resolve(c, js_field(n, F_function), &ns, depth + 1);
	hit = js_any_name(&ns, "events.on") || js_any_name(&ns, "events.EventEmitter.on") ||
	      (idx < 0 &&
	       (js_any_name(&ns, "events.once") || js_any_name(&ns, "events.EventEmitter.once")));
	names_free(&ns);
	char *evt = hit ? fold_dup(c, js_arg_at(n, 1), depth + 1, &elen) : NULL;
	if (evt == NULL)
		return 1;
	for (int i = idx < 0 ? 0 : idx; i < (idx < 0 ? 4 : idx + 1); i++) {
		struct js_sources one = {0};
		emitted_args(c, js_root_of(n), evt, elen, (uint32_t)i, &one, depth, 0);
		s->unknown |= one.unknown;
		for (size_t j = 0; j < one.n; j++)
			if (!ts_node_is_null(one.v[j]))
				js_sources_add(s, one.v[j], false);
	}
	free(evt);
	return 0;
}
