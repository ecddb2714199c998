/*
 * JavaScript: folding of values decoded from bytes or character codes:
 * Buffer.from(s, 'base64' | 'hex'), Buffer.from([bytes]),
 * String.fromCharCode and String.fromCodePoint (spread lists, apply).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "policy/javascript.h"

/* Buffer.from(s, enc) and new Buffer(s, enc), read back as text. */
int js_fold_buffer(struct actx *c, TSNode call, js_list_fn list, struct buf *out, int depth)
{
	TSNode a0 = js_arg_at(call, 0), a1 = js_arg_at(call, 1);
	struct slist bytes = {0};
	size_t len, elen;
	char *s, *enc = NULL;
	int ret = -1;

	if (node_is(a0, "array") && list(c, a0, &bytes, depth + 1) == 0) {
		struct buf raw = {0};
		for (size_t i = 0; i < bytes.n; i++) {
			char b = (char)strtol(bytes.s[i], NULL, 10);
			buf_append(&raw, &b, 1);
		}
		js_append_text(out, raw.data ? raw.data : "", raw.len);
		buf_free(&raw);
		js_slist_free(&bytes);
		return 0;
	}
	js_slist_free(&bytes);
	if ((s = fold_dup(c, a0, depth + 1, &len)) == NULL)
		return -1;
	if (!ts_node_is_null(a1) && (enc = fold_dup(c, a1, depth + 1, &elen)) == NULL) {
		free(s);
		return -1;
	}
	if (enc == NULL || js_is_text_encoding(enc)) {
		buf_append(out, s, len);
		ret = 0;
	} else if (strcasecmp(enc, "base64") == 0 || strcasecmp(enc, "base64url") == 0) {
		struct buf raw = {0};
		ret = base64_decode_append(s, len, &raw);
		if (ret == 0)
			js_append_text(out, raw.data, raw.len);
		buf_free(&raw);
	} else if (strcasecmp(enc, "hex") == 0) {
		struct buf raw = {0};
		ret = js_hex_decode_append(s, len, &raw);
		if (ret == 0)
			js_append_text(out, raw.data, raw.len);
		buf_free(&raw);
	}
	free(s);
	free(enc);
	return ret;
}

/* buf.toString('base64' | 'base64url' | 'hex'): the bytes encoded again,
 * so that a round trip through an encoding folds back to its text. */
int js_encode_append(const char *enc, const char *s, size_t len, struct buf *out)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	static const char hex[] = "0123456789abcdef";
	bool url = strcasecmp(enc, "base64url") == 0;

	if (strcasecmp(enc, "hex") == 0) {
		for (size_t i = 0; i < len; i++) {
			unsigned char b = (unsigned char)s[i];
			char two[2] = {hex[b >> 4], hex[b & 15]};
			buf_append(out, two, 2);
		}
		return 0;
	}
	if (!url && strcasecmp(enc, "base64") != 0)
		return -1;
	for (size_t i = 0; i < len; i += 3) {
		unsigned long v = (unsigned long)(unsigned char)s[i] << 16;
		size_t n = len - i < 3 ? len - i : 3;
		char four[4];
		if (n > 1)
			v |= (unsigned long)(unsigned char)s[i + 1] << 8;
		if (n > 2)
			v |= (unsigned char)s[i + 2];
		for (int k = 0; k < 4; k++) {
			char ch = b64[(v >> (18 - 6 * k)) & 63];
			if (url && ch == '+')
				ch = '-';
			else if (url && ch == '/')
				ch = '_';
			four[k] = (size_t)k <= n ? ch : '=';
		}
		buf_append(out, four, url ? n + 1 : 4);
	}
	return 0;
}

/* String.fromCharCode(101, 118, ...[97, 108]) */
/* A value that folds to a decimal integer (a name bound to 97, a
 * callback's parameter standing for an element). */
static int fold_decimal(struct actx *c, TSNode n, long *v, int depth)
{
	size_t len;
	char *s = fold_dup(c, n, depth + 1, &len), *end;
	int ret = -1;

	if (s && len > 0 && len < 20 && strlen(s) == len) {
		*v = strtol(s, &end, 10);
		ret = *end == '\0' ? 0 : -1;
	}
	free(s);
	return ret;
}

int js_fold_char_codes(struct actx *c, TSNode call, bool code_points, js_list_fn list,
		       struct buf *out, int depth)
{
	TSNode args = js_field(call, F_arguments), fn = js_field(call, F_function);
	uint32_t k = node_is(args, "arguments") ? ts_node_named_child_count(args) : 0;
	unsigned long pending = 0;
	/* String.fromCharCode.apply(null, [...]) and .call(null, ...) */
	bool apply =
	    node_is(fn, "member_expression") && node_text_is(c, js_field(fn, F_property), "apply");
	bool skip = apply || (node_is(fn, "member_expression") &&
			      node_text_is(c, js_field(fn, F_property), "call"));

	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		long v;
		if (node_is(a, "comment"))
			continue;
		if (skip) {
			skip = false;
			continue;
		}
		if (node_is(a, "spread_element") || apply) {
			TSNode items = node_is(a, "spread_element") ? ts_node_named_child(a, 0) : a;
			struct slist l = {0};
			apply = false;
			if (list(c, items, &l, depth + 1) < 0) {
				js_slist_free(&l);
				return -1;
			}
			for (size_t j = 0; j < l.n; j++) {
				char *end;
				v = strtol(l.s[j], &end, 10);
				if (*end != '\0' || v < 0) {
					js_slist_free(&l);
					return -1;
				}
				if (code_points)
					fold_put_utf8(out, (unsigned long)v);
				else
					js_put_unit(out, (unsigned long)v & 0xffff, &pending);
			}
			js_slist_free(&l);
			continue;
		}
		if (js_number_value(c, a, &v) < 0 && fold_decimal(c, a, &v, depth) < 0)
			return -1;
		if (v < 0)
			return -1;
		if (code_points)
			fold_put_utf8(out, (unsigned long)v);
		else
			js_put_unit(out, (unsigned long)v & 0xffff, &pending);
	}
	js_flush_unit(out, &pending);
	return 0;
}
