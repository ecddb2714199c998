/*
 * The analyzer: a program is parsed, its names bound, and each language's
 * query (analyze_rules.c) matched against its tree; matches whose
 * predicates hold (analyze_pred.c) become findings, and constant code that
 * a program runs is analysed in its turn. The other pieces of the analyzer
 * are listed in analyze_internal.h.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "common/utf8.h"
#include "policy/analyze_internal.h"

#define STR_(x) #x
#define STR(x) STR_(x)
#define TEXT_MAX 160
#define NESTED_MAX 3		 /* exec("exec('...')") analysed this deep */
#define MATCH_LIMIT 4096	 /* tree-sitter's in-progress matches */
#define PARSE_TIMEOUT_US 2000000 /* a pathological program is a finding */
#define ANALYSIS_MS 4000	 /* the whole analysis, nested code included */
#define TREE_DEPTH_MAX 500	 /* tree-sitter's queries are quadratic in depth */
#define FIXUP_ROUNDS 8		 /* parses again after rewriting what the grammar misreads */

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
	f->file = NULL;
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

/* Whether the line at s (len bytes) starts with one of words ("A|B", any
 * case) followed by blanks or "=": the offset of what follows, else 0. */
static size_t line_keyword(const char *s, size_t len, const char *words)
{
	size_t i = strspn(s, " \t"), w = i;
	while (w < len && s[w] != ' ' && s[w] != '\t' && s[w] != '=')
		w++;
	if (w == i || w >= len)
		return 0;
	for (const char *k = words;;) {
		const char *bar = strchr(k, '|');
		size_t kl = bar ? (size_t)(bar - k) : strlen(k);
		if (kl == w - i && strncasecmp(k, s + i, kl) == 0)
			break;
		if (bar == NULL)
			return 0;
		k = bar + 1;
	}
	while (w < len && (s[w] == ' ' || s[w] == '\t' || s[w] == '='))
		w++;
	return w;
}

/* analyze-lines: the rest of each line of text that starts with one of
 * words, one a line; a Match line gives the command of its exec "CMD",
 * a command line (ninja's) its text with each $$ made a $. */
static void keyword_lines(const char *text, size_t len, const char *words, struct buf *out)
{
	for (size_t st = 0; st < len;) {
		const char *nl = memchr(text + st, '\n', len - st);
		size_t ll = nl ? (size_t)(nl - (text + st)) : len - st;
		const char *l = text + st;
		size_t k = line_keyword(l, ll, words);
		if (k > 0 && strncasecmp(l + strspn(l, " \t"), "match", 5) == 0) {
			/* Match host x exec "cmd": the quoted (or bare) word after exec */
			size_t e = 0, v = 0, vl = 0;
			for (size_t i = k; i + 5 < ll && v == 0; i++)
				if ((i == k || l[i - 1] == ' ' || l[i - 1] == '\t') &&
				    strncasecmp(l + i, "exec", 4) == 0 &&
				    (l[i + 4] == ' ' || l[i + 4] == '\t'))
					e = i + 4, v = e + strspn(l + e, " \t");
			if (v > 0 && v < ll && l[v] == '"') {
				const char *q = memchr(l + v + 1, '"', ll - v - 1);
				vl = q ? (size_t)(q - (l + v + 1)) : ll - v - 1;
				v++;
			} else if (v > 0) {
				while (v + vl < ll && l[v + vl] != ' ' && l[v + vl] != '\t')
					vl++;
			}
			if (vl > 0) {
				buf_append(out, l + v, vl);
				buf_append(out, "\n", 1);
			}
		} else if (k > 0 && k < ll &&
			   strncasecmp(l + strspn(l, " \t"), "command", 7) == 0) {
			/* a ninja rule's command = CMD: its $$ is a $ */
			for (size_t i = k; i < ll; i++)
				if (!(l[i] == '$' && i + 1 < ll && l[i + 1] == '$'))
					buf_append(out, l + i, 1);
			buf_append(out, "\n", 1);
		} else if (k > 0 && k < ll) {
			buf_append(out, l + k, ll - k);
			buf_append(out, "\n", 1);
		}
		st += ll + 1;
	}
}

/* analyze-lines "make recipes": the recipe lines of make text (each that
 * starts with a tab, without its @, - and + prefixes), which make runs
 * with a shell, in the shell's words: $$ is a $, a variable $(X) or ${X}
 * (or $X) is ${X}, an automatic one ($@, $<, $^, $(@D)) is $1; a function
 * ($(shell ...), $(wildcard ...)) is left as written. */
static void make_recipes(const char *text, size_t len, struct buf *out)
{
	for (size_t st = 0; st < len;) {
		const char *nl = memchr(text + st, '\n', len - st);
		size_t ll = nl ? (size_t)(nl - (text + st)) : len - st, i = 1;
		const char *l = text + st;
		st += ll + 1;
		if (ll == 0 || l[0] != '\t')
			continue;
		while (i < ll && strchr("@-+ \t", l[i]) != NULL)
			i++;
		for (; i < ll; i++) {
			if (l[i] != '$' || i + 1 >= ll) {
				buf_append(out, l + i, 1);
				continue;
			}
			char c = l[i + 1], close = c == '(' ? ')' : c == '{' ? '}' : 0;
			size_t e = i + 2;
			if (close)
				while (e < ll && (isalnum((unsigned char)l[e]) ||
						  strchr("_.@<^?*+|%", l[e]) != NULL))
					e++;
			if (c == '$') {
				buf_append(out, "$", 1);
				i++;
			} else if (strchr("@<^?*+|%", c) != NULL ||
				   (close && e < ll && l[e] == close && e > i + 2 &&
				    strchr("@<^?*+|%", l[i + 2]) != NULL)) {
				buf_append(out, "$1", 2);
				i = close ? e : i + 1;
			} else if (close && e < ll && l[e] == close && e > i + 2) {
				buf_append(out, "${", 2);
				for (size_t k = i + 2; k < e; k++) /* $(@D): ${_D} */
					buf_append(out, isalnum((unsigned char)l[k]) ? l + k : "_",
						   1);
				buf_append(out, "}", 1);
				i = e;
			} else if (isalnum((unsigned char)c) || c == '_') {
				buf_append(out, "${", 2);
				buf_append(out, &c, 1);
				buf_append(out, "}", 1);
				i++;
			} else
				buf_append(out, l + i, 1);
		}
		buf_append(out, "\n", 1);
	}
}

/* Findings of code that the program runs from a constant string
 * (exec("..."), eval(atob("...")), bash -c '...'), reported at the call. */
static int nested(struct analyzer *a, struct lang_rules *lr, struct actx *c, TSNode at, TSNode code,
		  const char *after, const char *in, const char *lines, int nesting,
		  struct findings *out, err_t *err)
{
	struct findings inner = {0};
	size_t len;
	char *text, *from;

	if (nesting >= NESTED_MAX || lr == NULL)
		return 0;
	if (analyzer_compile_lang(lr, err) < 0)
		return -1;
	if ((text = fold_dup(c, code, 0, &len)) == NULL)
		return 0;
	/* analyze-after "=": the code is what follows the first "=" (an
	 * option's value: ProxyCommand=CODE); without it, nothing */
	if (after && (from = strstr(text, after)) == NULL) {
		free(text);
		return 0;
	}
	if (after) {
		from += strlen(after);
		len -= (size_t)(from - text);
		memmove(text, from, len + 1);
	}
	if (lines) {
		struct buf b = {0};
		if (strcmp(lines, "make recipes") == 0)
			make_recipes(text, len, &b);
		else
			keyword_lines(text, len, lines, &b);
		free(text);
		if (b.len == 0)
			return 0;
		buf_append(&b, "", 1);
		text = b.data;
		len = b.len - 1;
	}
	/* analyze-in ": \"%s\"": the value set in that text */
	if (in) {
		const char *hole = strstr(in, "%s");
		struct buf b = {0};
		buf_append(&b, in, (size_t)(hole - in));
		buf_append(&b, text, len);
		buf_append(&b, hole + 2, strlen(hole + 2) + 1);
		free(text);
		text = b.data;
		len = b.len - 1;
	}
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

/* A finding where the match passes pat's predicates, and the analysis of
 * the code it runs when pat names some. */
static int report_match(struct analyzer *a, struct lang_rules *lr, struct actx *c,
			const TSQueryMatch *m, const struct pattern *pat, int nesting,
			struct findings *out, err_t *err)
{
	struct eval e = {c, m};
	TSNode at = m->captures[0].node, code = {0};

	for (uint32_t i = 0; i < pat->npreds; i++)
		if (!analyze_test_pred(&e, &pat->preds[i]))
			return 0;
	for (uint16_t k = 0; k < m->capture_count; k++) {
		if (m->captures[k].index == pat->report_cap)
			at = m->captures[k].node;
		if (m->captures[k].index == pat->code_cap)
			code = m->captures[k].node;
	}
	add_finding(out, c, at, pat->id, pat->sev, pat->message);
	if (ts_node_is_null(code))
		return 0;
	return nested(a, pat->code_lang ? analyzer_rules_for(a, pat->code_lang) : lr, c, at, code,
		      pat->code_after, pat->code_in, pat->code_lines, nesting, out, err);
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
	while (ret == 0 && !c->late && ts_query_cursor_next_match(qc, &m)) {
		if (m.capture_count == 0)
			continue;
		/* the pattern matched, and each of the same steps with it; the
		 * clock is read every 64 rules tested */
		for (uint32_t p = m.pattern_index; ret == 0 && p != UINT32_MAX;
		     p = lr->pat[p].same_next) {
			if (++nmatch % 64 == 0 && monotonic_ms() > c->deadline_ms) {
				c->late = true;
				break;
			}
			ret = report_match(a, lr, c, &m, &lr->pat[p], nesting, out, err);
		}
	}
	ts_query_cursor_delete(qc);
	return ret;
}

/* Parses the program as its interpreter reads it (analyze_source.c):
 * decoded, and parsed again after each rewrite of what the grammar reads
 * otherwise. *text is the text parsed when it is not code (free it);
 * NULL only on a parse timeout, which is then a finding. */
static TSTree *parse_as_read(TSParser *parser, const struct lang_ops *ops, const char **code,
			     size_t *len, char **text, struct findings *out)
{
	size_t n;
	TSTree *tree;

	*text = NULL;
	source_decode(ops, *code, *len, text, &n, out);
	if (*text)
		*code = *text, *len = n;
	for (int round = 0;; round++) {
		tree = ts_parser_parse_string(parser, NULL, *code, (uint32_t)*len);
		if (tree == NULL) {
			/* Only a timeout gets here: code built to be slow to read
			 * is not code airlock can vouch for. */
			add_whole(out, "analysis-timeout",
				  "the program took too long to parse; it was not analyzed");
			return NULL;
		}
		if (round == FIXUP_ROUNDS) {
			add_whole(out, "analysis-incomplete",
				  "the program hides names or comments in too many layers of "
				  "escapes; what it does was not checked to the end");
			return tree;
		}
		char *fixed = source_fixup(ops, *code, *len, ts_tree_root_node(tree), &n);
		if (fixed == NULL)
			return tree;
		ts_tree_delete(tree);
		free(*text);
		*text = fixed;
		*code = fixed, *len = n;
	}
}

static int analyze_at(struct analyzer *a, struct lang_rules *lr, const char *code, size_t len,
		      int nesting, uint64_t deadline_ms, struct findings *out, err_t *err)
{
	TSParser *parser = ts_parser_new();
	struct actx c = {.ops = lr->ops, .deadline_ms = deadline_ms};
	char *text = NULL;
	TSTree *tree;
	int ret = 0;

	if (!ts_parser_set_language(parser, lr->ops->language())) {
		ts_parser_delete(parser);
		return err_set(err, 0, "the %s grammar does not match the built-in tree-sitter library",
			       lr->ops->name);
	}
	ts_parser_set_timeout_micros(parser, PARSE_TIMEOUT_US);
	tree = parse_as_read(parser, lr->ops, &code, &len, &text, out);
	if (tree == NULL) {
		free(text);
		ts_parser_delete(parser);
		return 0;
	}
	c.src = code;
	c.len = len;
	TSNode root = ts_tree_root_node(tree);
	if (tree_depth(root, TREE_DEPTH_MAX + 1) > TREE_DEPTH_MAX) {
		/* f()()()... or ((((...)))) thousands deep: no program needs it,
		 * and matching queries on it takes time quadratic in the depth. */
		add_whole(out, "analysis-incomplete",
			  "the program nests expressions more than " STR(
			      TREE_DEPTH_MAX) " levels deep; it was not analyzed");
		ts_tree_delete(tree);
		ts_parser_delete(parser);
		free(text);
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
	analyze_flow_free(&c);
	actx_free(&c);
	ts_tree_delete(tree);
	ts_parser_delete(parser);
	free(text);
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
	free(f->file);
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

/* Whether some finding's rule is prefix followed by one of the suffixes
 * ("py-" "network"); its index in *at. */
static bool has_rule(const struct findings *f, const char *prefix, const char *const *suffixes,
		     size_t *at)
{
	size_t pl = strlen(prefix);
	for (size_t i = 0; i < f->n; i++)
		for (size_t k = 0; suffixes[k]; k++)
			if (strncmp(f->v[i].rule, prefix, pl) == 0 &&
			    strcmp(f->v[i].rule + pl, suffixes[k]) == 0) {
				*at = i;
				return true;
			}
	return false;
}

/* What no single rule sees: the whole environment read (*-env-dump), or a
 * project's .env named (*-dotenv), in a program that also talks to the
 * network is the environment sent out
 * (*-env-exfil, high, where the environment is read). A source rule
 * (analyze_source.c): listed and tested as the others. */
static void combine(const char *lang, struct findings *out)
{
	static const char *const env[] = {"env-dump", "dotenv", NULL};
	static const char *const net[] = {"network", "dev-tcp", "network-shell", "download-exec",
					  NULL};
	const char *prefix = strcmp(lang, "python") == 0	 ? "py-"
			     : strcmp(lang, "javascript") == 0 ? "js-"
							       : "sh-";
	char id[32];
	size_t e, n;

	/* a Python program's network may be a command it runs (curl -d
	 * "$(env)"-like lists are analysed as Bash: sh-network) */
	if (!has_rule(out, prefix, env, &e) ||
	    !(has_rule(out, prefix, net, &n) ||
	      (prefix[0] == 'p' && has_rule(out, "sh-", net, &n))))
		return;
	snprintf(id, sizeof(id), "%senv-exfil", prefix);
	for (size_t i = 0; source_rule_at(i) != NULL; i++) {
		const struct source_rule *r = source_rule_at(i);
		if (strcmp(r->id, id) != 0)
			continue;
		out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
		out->v[out->n++] = (struct finding){
		    .rule = xstrdup(r->id),
		    .severity = r->sev,
		    .line = out->v[e].line,
		    .column = out->v[e].column,
		    .text = xstrdup(out->v[e].text),
		    .message = xstrdup(r->message),
		};
	}
}

int analyze(struct analyzer *a, const char *lang, const char *code, size_t len,
	    struct findings *out, err_t *err)
{
	const char *name = analyzer_language(lang);
	struct lang_rules *lr = name ? analyzer_rules_for(a, name) : NULL;

	memset(out, 0, sizeof(*out));
	if (lr == NULL)
		return err_set(err, 0,
			       "no analysis for language '%s'; it covers python, "
			       "javascript (node) and bash",
			       lang ? lang : "");
	if (len > UINT32_MAX)
		return err_set(err, 0, "the program is too large to analyze");
	if (analyzer_compile_lang(lr, err) < 0)
		return -1;
	if (analyze_at(a, lr, code, len, 0, monotonic_ms() + ANALYSIS_MS, out, err) < 0) {
		findings_free(out);
		return -1;
	}
	combine(name, out);
	analyzer_apply_severities(a, out);
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
		    arr, json_pack("{s:s, s:s, s:i, s:i, s:s, s:s, s:o}", "rule", x->rule,
				   "severity", severity_name(x->severity), "line", (int)x->line,
				   "column", (int)x->column, "message", x->message, "text", x->text,
				   "file", x->file ? json_string(x->file) : json_null()));
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
