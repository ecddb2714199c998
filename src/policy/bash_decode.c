/*
 * Bash: what a decoder in a pipeline or fed a here-string or a
 * here-document makes of its input (bash_fold.c folds the input and
 * chains the stages): base64 -d, base32 -d, openssl base64 -d, xxd -r -p,
 * rev, tr, tac, paste -s, fold -w N and envsubst.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/bash.h"

static bool has_option(struct actx *c, TSNode cmd, const char *shorts, const char *longopt,
		       int depth)
{
	TSNode args[ARGS_MAX];
	size_t n = sh_command_args(cmd, args, ARGS_MAX);

	return sh_options_have(c, args, n, shorts, longopt, depth);
}

/* A tr set with its ranges expanded (a-z, A-M); false for what tr's sets
 * can say that this does not model ([:alpha:], escapes, repeats). */
static bool tr_set(const char *s, size_t len, unsigned char *out, size_t *n)
{
	*n = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '[' || s[i] == '\\')
			return false;
		if (i + 2 < len && s[i + 1] == '-') {
			for (int ch = (unsigned char)s[i];
			     ch <= (unsigned char)s[i + 2] && *n < 256; ch++)
				out[(*n)++] = (unsigned char)ch;
			i += 2;
		} else if (*n < 256) {
			out[(*n)++] = (unsigned char)s[i];
		}
	}
	return true;
}

/* tr -d SET, tr SET1 SET2 (rot13 is tr 'A-Za-z' 'N-ZA-Mn-za-m'). */
static bool tr_decoder(struct actx *c, TSNode cmd, struct sh_decoder *d, int depth)
{
	TSNode args[ARGS_MAX];
	size_t n = sh_command_args(cmd, args, ARGS_MAX), nsets = 0;
	char *sets[2] = {NULL, NULL};
	size_t lens[2] = {0, 0};
	bool ok = true;

	for (size_t i = 0; i < n && ok; i++) {
		size_t len;
		char *a = fold_dup(c, args[i], depth + 1, &len);
		if (a == NULL) {
			ok = false;
		} else if (nsets == 0 && a[0] == '-' && len > 1) {
			ok = strcmp(a, "-d") == 0 || strcmp(a, "--delete") == 0;
			d->del = true;
			free(a);
		} else if (nsets < 2) {
			sets[nsets] = a, lens[nsets++] = len;
		} else {
			free(a);
			ok = false;
		}
	}
	unsigned char s1[256], s2[256];
	size_t n1 = 0, n2 = 0;
	ok = ok && nsets == (d->del ? 1u : 2u) && tr_set(sets[0], lens[0], s1, &n1) &&
	     (d->del || (tr_set(sets[1], lens[1], s2, &n2) && n2 > 0));
	for (int i = 0; i < 256; i++)
		d->map[i] = (unsigned char)i;
	for (size_t i = 0; ok && i < n1; i++) {
		if (d->del)
			d->drop[s1[i]] = true;
		else
			d->map[s1[i]] = s2[i < n2 ? i : n2 - 1];
	}
	free(sets[0]);
	free(sets[1]);
	return ok;
}

/* Whether cmd is `openssl base64 -d` or `openssl enc -d -base64` (-a):
 * its words folded, compared whole (openssl's options are not clusters). */
static bool openssl_base64_decode(struct actx *c, TSNode cmd, int depth)
{
	TSNode args[ARGS_MAX];
	size_t n = sh_command_args(cmd, args, ARGS_MAX);
	bool dec = false, b64 = false, ok = n > 0;

	for (size_t i = 0; i < n && ok; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		if (a == NULL)
			ok = false;
		else if (strcmp(a, "-d") == 0)
			dec = true;
		else if (i == 0)
			b64 = strcmp(a, "base64") == 0, ok = b64 || strcmp(a, "enc") == 0;
		else if (strcmp(a, "-base64") == 0 || strcmp(a, "-a") == 0)
			b64 = true;
		else if (strcmp(a, "-A") != 0)
			ok = false; /* a cipher, a key, a file: not a plain decode */
		free(a);
	}
	return ok && dec && b64;
}

/* paste -s -d LIST (-sd '', --serial, --delimiters=LIST), reading its
 * stdin: the delimiters of LIST (\0 none, \n, \t, \\), tab by default */
static bool paste_serial(struct actx *c, TSNode cmd, struct sh_decoder *d, int depth)
{
	TSNode args[ARGS_MAX];
	size_t n = sh_command_args(cmd, args, ARGS_MAX);
	bool serial = false, ok = true;
	char *list = NULL;

	d->delims[0] = '\t', d->ndelims = 1;
	for (size_t i = 0; i < n && ok; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		if (a == NULL) {
			ok = false;
		} else if (strcmp(a, "--serial") == 0) {
			serial = true;
		} else if (strncmp(a, "--delimiters=", 13) == 0) {
			free(list);
			list = xstrdup(a + 13);
		} else if (a[0] == '-' && a[1] != '\0' && a[1] != '-') {
			for (const char *o = a + 1; *o && ok; o++) {
				if (*o == 's') {
					serial = true;
				} else if (*o == 'd') {
					free(list);
					if (o[1])
						list = xstrdup(o + 1);
					else if (i + 1 < n)
						list = fold_dup(c, args[++i], depth + 1, NULL);
					ok = list != NULL;
					break;
				} else {
					ok = false;
				}
			}
		} else {
			ok = strcmp(a, "-") == 0;
		}
		free(a);
	}
	if (ok && list) {
		static const char esc[] = "n\nt\t\\\\";
		d->ndelims = 0;
		for (const char *l = list; *l && ok; l++) {
			const char *e = l[0] == '\\' && l[1] ? strchr(esc, l[1]) : NULL;
			if (l[0] == '\\' && l[1] == '0') {
				l++; /* \0: no delimiter */
				continue;
			}
			ok = d->ndelims < sizeof(d->delims) &&
			     (l[0] != '\\' || (e && (e - esc) % 2 == 0));
			if (ok)
				d->delims[d->ndelims++] = e ? e[1] : l[0];
			l += e != NULL;
		}
	}
	free(list);
	return ok && serial;
}

/* fold -w N (-wN, --width=N, -b): the width */
static bool fold_width(struct actx *c, TSNode cmd, struct sh_decoder *d, int depth)
{
	TSNode args[ARGS_MAX];
	size_t n = sh_command_args(cmd, args, ARGS_MAX);
	bool ok = true;
	long w = 0;

	for (size_t i = 0; i < n && ok; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL), *num = NULL, *end;
		if (a == NULL)
			ok = false;
		else if (strncmp(a, "--width=", 8) == 0)
			num = a + 8;
		else if (strcmp(a, "-w") == 0 || strcmp(a, "-bw") == 0) {
			free(a);
			a = i + 1 < n ? fold_dup(c, args[++i], depth + 1, NULL) : NULL;
			num = a;
			ok = a != NULL;
		} else if (strncmp(a, "-w", 2) == 0 || strncmp(a, "-bw", 3) == 0)
			num = a + (a[1] == 'w' ? 2 : 3);
		else
			ok = strcmp(a, "-b") == 0;
		if (ok && num) {
			w = strtol(num, &end, 10);
			ok = end != num && *end == '\0' && w > 0 && w <= 4096;
		}
		free(a);
	}
	d->width = (size_t)w;
	return ok && w > 0;
}

/* sed's s command turning the whole line to lower or upper case (\L& or
 * \U&, \L\1 of \(.*\), g or not), awk '{print tolower($0)}': every line
 * lower- or upper-cased, read as tr A-Z a-z (or a-z A-Z) */
static bool case_decoder(struct actx *c, TSNode cmd, bool awk, struct sh_decoder *d, int depth)
{
	TSNode args[3];
	size_t n = sh_command_args(cmd, args, 3);
	char *e = n == 2 && !awk ? fold_dup(c, args[0], depth + 1, NULL) : NULL;
	char *a = (n == 1 || (e && strcmp(e, "-e") == 0))
		      ? fold_dup(c, args[n - 1], depth + 1, NULL)
		      : NULL;
	int mode = 0;

	free(e);
	if (a && awk) {
		char t[64];
		size_t k = 0;
		for (const char *q = a; *q && k + 1 < sizeof(t); q++)
			if (*q != ' ' && *q != '\t')
				t[k++] = *q;
		t[k] = '\0';
		mode = strcmp(t, "{printtolower($0)}") == 0   ? 'l'
		       : strcmp(t, "{printtoupper($0)}") == 0 ? 'u'
							      : 0;
	} else if (a && a[0] == 's' && a[1] != '\0' && a[1] != '\\') {
		static const char *const pats[][2] = {{".*", "&"},	   {"^.*$", "&"},
						      {"^.*", "&"},	   {".*$", "&"},
						      {"\\(.*\\)", "\\1"}, {"^\\(.*\\)$", "\\1"}};
		char sep = a[1], *pat = a + 2, *rep = strchr(pat, sep);
		char *end = rep ? strchr(rep + 1, sep) : NULL;
		if (end && (end[1] == '\0' || (end[1] == 'g' && end[2] == '\0')) &&
		    rep[1] == '\\' && (rep[2] == 'L' || rep[2] == 'U')) {
			size_t pl = (size_t)(rep - pat), rl = (size_t)(end - rep - 3);
			for (size_t k = 0; k < ARRAY_SIZE(pats) && !mode; k++)
				if (strlen(pats[k][0]) == pl && memcmp(pat, pats[k][0], pl) == 0 &&
				    strlen(pats[k][1]) == rl &&
				    memcmp(rep + 3, pats[k][1], rl) == 0)
					mode = rep[2] == 'L' ? 'l' : 'u';
		}
	}
	free(a);
	if (!mode)
		return false;
	for (int ch = 0; ch < 256; ch++)
		d->map[ch] = (unsigned char)ch;
	for (int ch = 'A'; ch <= 'Z'; ch++) {
		if (mode == 'l')
			d->map[ch] = (unsigned char)(ch - 'A' + 'a');
		else
			d->map[ch - 'A' + 'a'] = (unsigned char)ch;
	}
	return true;
}

/* Whether cmd decodes its input as `base64 -d`, `base32 -d`, `openssl
 * base64 -d`, `xxd -r -p`, `rev` or tr, or rearranges its lines as tac,
 * `paste -s` and `fold -w N` do, or fills a template as envsubst does. */
bool sh_decoder_of(struct actx *c, TSNode cmd, struct sh_decoder *d, int depth)
{
	TSNode arg[2];

	memset(d, 0, sizeof(*d));
	if (sh_command_is(c, cmd, "base64", depth) && has_option(c, cmd, "dD", "--decode", depth))
		d->kind = DEC_BASE64;
	else if (sh_command_is(c, cmd, "base32", depth) &&
		 has_option(c, cmd, "d", "--decode", depth))
		d->kind = DEC_BASE32;
	else if (sh_command_is(c, cmd, "openssl", depth) && openssl_base64_decode(c, cmd, depth))
		d->kind = DEC_BASE64;
	else if (sh_command_is(c, cmd, "xxd", depth) && has_option(c, cmd, "r", "--revert", depth))
		d->kind = DEC_HEX;
	else if (sh_command_is(c, cmd, "rev", depth))
		d->kind = DEC_REV;
	else if (sh_command_is(c, cmd, "tr", depth) && tr_decoder(c, cmd, d, depth))
		d->kind = DEC_TR;
	else if ((sh_command_is(c, cmd, "sed", depth) && case_decoder(c, cmd, false, d, depth)) ||
		 (sh_command_is(c, cmd, "awk", depth) && case_decoder(c, cmd, true, d, depth)))
		d->kind = DEC_TR;
	else if (sh_command_is(c, cmd, "tac", depth) && sh_command_args(cmd, arg, 1) == 0)
		d->kind = DEC_TAC;
	else if (sh_command_is(c, cmd, "paste", depth) && paste_serial(c, cmd, d, depth))
		d->kind = DEC_PASTE;
	else if (sh_command_is(c, cmd, "fold", depth) && fold_width(c, cmd, d, depth))
		d->kind = DEC_FOLD;
	else if (sh_command_is(c, cmd, "envsubst", depth) && sh_command_args(cmd, arg, 2) <= 1)
		d->kind = DEC_ENVSUBST, d->cmd = cmd;
	else if (sh_command_is(c, cmd, "cat", depth) && sh_command_args(cmd, arg, 1) == 0)
		d->kind = DEC_CAT; /* v=$(cat <<EOF ... EOF): the text itself */
	return d->kind != DEC_NONE;
}

/* The lines of in, each with its newline (the last may have none). */
static size_t next_line(const struct buf *in, size_t at)
{
	const char *nl = at < in->len ? memchr(in->data + at, '\n', in->len - at) : NULL;
	return nl ? (size_t)(nl - in->data) + 1 : in->len;
}

static bool name_char(char ch, bool first)
{
	return ch == '_' || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
	       (!first && ch >= '0' && ch <= '9');
}

/* envsubst [SHELL-FORMAT]: $NAME and ${NAME} replaced by the value the
 * command's own assignments give NAME, else the program's (var: an
 * exported variable's); NAMEs outside SHELL-FORMAT, when it is given, left alone;
 * -1 when a value does not fold. */
static int envsubst(struct actx *c, TSNode cmd, const struct buf *in, struct buf *out,
		    fold_name_fn var, int depth)
{
	TSNode arg;
	bool given = sh_command_args(cmd, &arg, 1) == 1;
	char *only = given ? fold_dup(c, arg, depth + 1, NULL) : NULL;
	int ret = given && only == NULL ? -1 : 0;

	for (size_t i = 0; i < in->len && ret == 0;) {
		const char *p = in->data + i;
		size_t rest = in->len - i, nlen = 0, skip;
		bool brace = rest > 1 && p[0] == '$' && p[1] == '{';
		const char *name = p + (brace ? 2 : 1);
		if (p[0] == '$')
			while (name + nlen < in->data + in->len && name_char(name[nlen], nlen == 0))
				nlen++;
		skip = (size_t)(name - p) + nlen + (brace ? 1 : 0);
		if (nlen == 0 || (brace && (skip > rest || p[skip - 1] != '}'))) {
			buf_append(out, p, 1);
			i++;
			continue;
		}
		bool listed = only == NULL;
		for (const char *o = only; o && (o = strchr(o, '$')) != NULL && !listed; o++) {
			const char *q = o + 1 + (o[1] == '{');
			listed = strncmp(q, name, nlen) == 0 && !name_char(q[nlen], false);
		}
		if (!listed) {
			buf_append(out, p, skip);
			i += skip;
			continue;
		}
		bool found = false;
		uint32_t k = ts_node_named_child_count(cmd);
		for (uint32_t j = 0; j < k && !found && ret == 0; j++) {
			TSNode a = ts_node_named_child(cmd, j);
			TSNode an = node_field(a, "name"), av = node_field(a, "value");
			if (!node_is(a, "variable_assignment") || node_len(an) != nlen ||
			    memcmp(node_src(c, an), name, nlen) != 0)
				continue;
			found = true;
			if (!ts_node_is_null(av))
				ret = sh_fold_into(c, av, out, depth + 1);
		}
		if (!found)
			ret = var(c, name, nlen, out, depth + 1);
		i += skip;
	}
	free(only);
	return ret;
}

int sh_decode(struct actx *c, const struct sh_decoder *d, const struct buf *in, struct buf *out,
	      fold_name_fn var, int depth)
{
	int hi = -1;

	switch (d->kind) {
	case DEC_BASE64:
		return base64_decode_append(in->data ? in->data : "", in->len, out);
	case DEC_HEX:
		for (size_t i = 0; i < in->len; i++) {
			int v = fold_hex_digit(in->data[i]);
			if (v < 0)
				continue;
			if (hi < 0) {
				hi = v;
			} else {
				char ch = (char)(hi * 16 + v);
				buf_append(out, &ch, 1);
				hi = -1;
			}
		}
		return 0;
	case DEC_BASE32: {
		/* RFC 4648: A-Z and 2-7, five bits each; padding and
		 * blanks skipped */
		unsigned bits = 0, acc = 0;
		for (size_t i = 0; i < in->len; i++) {
			char ch = in->data[i];
			int v = ch >= 'A' && ch <= 'Z'	 ? ch - 'A'
				: ch >= '2' && ch <= '7' ? ch - '2' + 26
							 : -1;
			if (ch == '=' || ch == '\n' || ch == ' ' || ch == '\t' || ch == '\r')
				continue;
			if (v < 0)
				return -1;
			acc = (acc << 5 | (unsigned)v) & 0xfff;
			bits += 5;
			if (bits >= 8) {
				bits -= 8;
				char o = (char)(acc >> bits & 0xff);
				buf_append(out, &o, 1);
			}
		}
		return 0;
	}
	case DEC_REV:
		for (size_t i = in->len; i > 0; i--)
			buf_append(out, in->data + i - 1, 1);
		return 0;
	case DEC_TR:
		for (size_t i = 0; i < in->len; i++) {
			unsigned char ch = (unsigned char)in->data[i];
			if (d->del && d->drop[ch])
				continue;
			char o = (char)(d->del ? ch : d->map[ch]);
			buf_append(out, &o, 1);
		}
		return 0;
	case DEC_TAC: {
		/* the last line first; one without its newline runs into the next */
		size_t end = in->len;
		while (end > 0) {
			size_t start = end - 1;
			while (start > 0 && in->data[start - 1] != '\n')
				start--;
			buf_append(out, in->data + start, end - start);
			end = start;
		}
		return 0;
	}
	case DEC_PASTE: {
		size_t k = 0;
		for (size_t at = 0, nl; at < in->len; at = nl, k++) {
			nl = next_line(in, at);
			if (k > 0 && d->ndelims > 0)
				buf_append(out, &d->delims[(k - 1) % d->ndelims], 1);
			buf_append(out, in->data + at, nl - at - (in->data[nl - 1] == '\n'));
		}
		buf_append(out, "\n", 1);
		return 0;
	}
	case DEC_FOLD:
		for (size_t at = 0, nl; at < in->len; at = nl) {
			nl = next_line(in, at);
			size_t len = nl - at - (in->data[nl - 1] == '\n');
			for (size_t j = 0; j < len; j++) {
				if (j > 0 && j % d->width == 0)
					buf_append(out, "\n", 1);
				buf_append(out, in->data + at + j, 1);
			}
			if (len < nl - at)
				buf_append(out, "\n", 1);
		}
		return 0;
	case DEC_ENVSUBST:
		return envsubst(c, d->cmd, in, out, var, depth);
	case DEC_CAT:
		buf_append(out, in->data ? in->data : "", in->len);
		return 0;
	case DEC_NONE:
		break;
	}
	return -1;
}
