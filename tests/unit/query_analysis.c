/*
 * The rule queries compiled at build time and restored at run time
 * (tools/gen-query-analysis.c, third_party/tree-sitter/airlock/): the
 * built-in rules use them, a restored query saves to the same bytes as one
 * tree-sitter compiles now (every field of it, the analysis included), it
 * matches exactly as one tree-sitter compiled, and text it was not made
 * for (or a block cut short) is compiled afresh.
 */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ts_query_analysis.h>

#include "common/embed.h"
#include "common/util.h"
#include "policy/analyze_internal.h"
#include "policy/saved_analysis.h"

static const struct {
	const char *lang, *ext;
} langs[] = {
    {"python", "py"},
    {"javascript", "js"},
    {"bash", "sh"},
};

static struct analyzer *A;

static void setup(void)
{
	err_t err;
	cr_assert_eq(analyzer_new(NULL, &A, &err), 0, "%s", err.msg);
}

static void teardown(void)
{
	analyzer_free(A);
}

TestSuite(query_analysis, .init = setup, .fini = teardown);

static struct lang_rules *compiled(const char *lang)
{
	err_t err;
	struct lang_rules *lr = analyzer_rules_for(A, lang);
	cr_assert_not_null(lr);
	cr_assert_eq(analyzer_compile_lang(lr, &err), 0, "%s: %s", lang, err.msg);
	cr_assert_not_null(lr->q);
	return lr;
}

/* The language's built-in rules as the analyzer joins them (it keeps the
 * text only while it compiles): each file, in the order they were
 * embedded, followed by a newline. */
static void rules_text(const char *lang, struct buf *out)
{
	size_t n = strlen(lang);
	for (const struct embedded_file *f = embedded_rules; f->name; f++)
		if (strncmp(f->name, lang, n) == 0 && f->name[n] == '/') {
			buf_append(out, f->data, f->len);
			buf_append(out, "\n", 1);
		}
	cr_assert_gt(out->len, 0, "%s: no built-in rules", lang);
}

/* The rules' query as tree-sitter compiles it, analysing its patterns;
 * text: the rules' text. */
static TSQuery *analysed(const struct lang_rules *lr, struct buf *text)
{
	uint32_t off;
	TSQueryError qe;
	rules_text(lr->ops->name, text);
	TSQuery *q = ts_query_new(lr->ops->language(), text->data, (uint32_t)text->len, &off, &qe);
	cr_assert_not_null(q, "%s: error %d at %u", lr->ops->name, (int)qe, off);
	return q;
}

static const struct saved_analysis *saved(const char *lang)
{
	for (const struct saved_analysis *s = saved_analyses; s->lang; s++)
		if (strcmp(s->lang, lang) == 0)
			return s;
	cr_assert_fail("no saved analysis for %s", lang);
	return NULL;
}

/* The built-in rules' query restored afresh, with all its patterns (the
 * analyzer's has each pattern of the same steps as an earlier one taken
 * out of its pattern map, ts_query_merge_same_steps); text: the rules. */
static TSQuery *restored_query(const struct lang_rules *lr, struct buf *text)
{
	const struct saved_analysis *s = saved(lr->ops->name);
	uint32_t off;
	TSQueryError qe;
	bool restored = false;

	rules_text(lr->ops->name, text);
	TSQuery *q = ts_query_new_with_analysis(lr->ops->language(), text->data,
						(uint32_t)text->len, s->data, s->size, &off, &qe,
						&restored);
	cr_assert(q != NULL && restored, "%s: not restored", lr->ops->name);
	return q;
}

Test(query_analysis, builtin_rules_use_it)
{
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++)
		cr_expect(compiled(langs[l].lang)->analysis_saved,
			  "%s: the built-in rules were analysed at run time (the text "
			  "tools/gen-query-analysis.c saw is not the analyzer's)",
			  langs[l].lang);
}

Test(query_analysis, is_what_tree_sitter_computes)
{
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++) {
		struct lang_rules *lr = compiled(langs[l].lang);
		const struct saved_analysis *s = saved(langs[l].lang);
		struct buf text = {0};
		TSQuery *q = analysed(lr, &text);
		size_t size = 0, size2 = 0;
		uint8_t *now = ts_query_analysis_save(q, lr->ops->language(), text.data,
						      (uint32_t)text.len, &size);
		struct buf text2 = {0};
		TSQuery *fresh = restored_query(lr, &text2);
		uint8_t *kept = ts_query_analysis_save(fresh, lr->ops->language(), text.data,
						       (uint32_t)text.len, &size2);
		ts_query_delete(fresh);
		buf_free(&text2);
		cr_assert_not_null(now);
		cr_expect(size == s->size && memcmp(now, s->data, size) == 0,
			  "%s: the analysis made at build time differs from tree-sitter's now",
			  langs[l].lang);
		cr_expect(size2 == s->size && memcmp(kept, s->data, size2) == 0,
			  "%s: the query made with the saved analysis does not carry it",
			  langs[l].lang);
		free(now);
		free(kept);
		buf_free(&text);
		ts_query_delete(q);
	}
}

/* A match of PATTERN as a line: the pattern, then each capture's id and
 * byte range. */
static void match_line(uint32_t pattern, const TSQueryMatch *m, struct buf *out)
{
	char line[64];
	int n = snprintf(line, sizeof(line), "p%u:", pattern);

	buf_append(out, line, (size_t)n);
	for (uint16_t i = 0; i < m->capture_count; i++) {
		n = snprintf(line, sizeof(line), " %u@%u-%u", m->captures[i].index,
			     ts_node_start_byte(m->captures[i].node),
			     ts_node_end_byte(m->captures[i].node));
		buf_append(out, line, (size_t)n);
	}
	buf_append(out, "\n", 1);
}

/* A query's patterns chained by ts_query_merge_same_steps. */
struct chains {
	TSQuery *q;
	uint32_t *next;
	uint16_t *capture_of; /* ncap entries a pattern */
	uint32_t ncap, merged;
};

static void chains_make(TSQuery *q, struct chains *ch)
{
	uint32_t n = ts_query_pattern_count(q);
	ch->q = q;
	ch->ncap = ts_query_capture_count(q);
	ch->next = xcalloc(n ? n : 1, sizeof(*ch->next));
	ch->capture_of = xcalloc((size_t)(n ? n : 1) * (ch->ncap ? ch->ncap : 1),
				 sizeof(*ch->capture_of));
	ch->merged = ts_query_merge_same_steps(q, ch->next, ch->capture_of);
}

static void chains_free(struct chains *ch)
{
	ts_query_delete(ch->q);
	free(ch->next);
	free(ch->capture_of);
}

/* Every match of Q on TREE as text, a line each. */
static void matches(const TSQuery *q, TSTree *tree, struct buf *out)
{
	TSQueryCursor *c = ts_query_cursor_new();
	TSQueryMatch m;

	ts_query_cursor_exec(c, q, ts_tree_root_node(tree));
	while (ts_query_cursor_next_match(c, &m))
		match_line(m.pattern_index, &m, out);
	ts_query_cursor_delete(c);
}

static int cmp_line(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The lines of TEXT that start with PREFIX, sorted, joined. */
static void lines_of(const struct buf *text, const char *prefix, struct buf *out)
{
	char **v = NULL;
	size_t n = 0, plen = strlen(prefix);
	for (size_t at = 0; at < text->len;) {
		const char *nl = memchr(text->data + at, '\n', text->len - at);
		size_t len = (size_t)(nl - (text->data + at));
		if (len >= plen && memcmp(text->data + at, prefix, plen) == 0) {
			v = xrealloc(v, (n + 1) * sizeof(*v));
			v[n] = xmalloc(len + 1);
			memcpy(v[n], text->data + at, len);
			v[n++][len] = '\0';
		}
		at += len + 1;
	}
	qsort(v, n, sizeof(*v), cmp_line);
	for (size_t i = 0; i < n; i++) {
		buf_append(out, v[i], strlen(v[i]));
		buf_append(out, "\n", 1);
		free(v[i]);
	}
	free(v);
}

/* The matches of a chained query, as matches() prints them, a line for
 * each pattern of a match's chain, with that pattern's own captures (the
 * match names them as the first of the chain does). */
static void matches_chained(const struct chains *ch, TSTree *tree, struct buf *out)
{
	TSQueryCursor *c = ts_query_cursor_new();
	TSQueryMatch m;

	ts_query_cursor_exec(c, ch->q, ts_tree_root_node(tree));
	while (ts_query_cursor_next_match(c, &m)) {
		TSQueryCapture own[64];
		TSQueryMatch mine = m;
		cr_assert_leq(m.capture_count, 64);
		mine.captures = own;
		for (uint32_t p = m.pattern_index; p != UINT32_MAX; p = ch->next[p]) {
			const uint16_t *names = &ch->capture_of[(size_t)p * ch->ncap];
			for (uint16_t i = 0; i < m.capture_count; i++) {
				own[i] = m.captures[i];
				own[i].index = UINT32_MAX;
				for (uint32_t k = 0; k < ch->ncap; k++)
					if (names[k] == m.captures[i].index)
						own[i].index = k;
				cr_assert_neq(own[i].index, UINT32_MAX,
					      "pattern %u has no capture %u", p,
					      m.captures[i].index);
			}
			match_line(p, &mine, out);
		}
	}
	ts_query_cursor_delete(c);
}

/* The matches of the query made with the saved analysis, of the analysed
 * one and of the chained patterns, over one language's corpora (a test
 * per language below: they run side by side). */
static void matches_as_analysed(size_t l)
{
	struct lang_rules *lr = compiled(langs[l].lang);
	struct buf rules = {0}, rules2 = {0};
	TSQuery *q = analysed(lr, &rules), *fresh = restored_query(lr, &rules2);
	TSParser *parser = ts_parser_new();
	struct buf rules3 = {0};
	struct chains ch;
	chains_make(restored_query(lr, &rules3), &ch);
	cr_expect_eq(ch.merged, lr->npat_merged);
	for (uint32_t p = 0; p < lr->npat; p++)
		cr_expect_eq(ch.next[p], lr->pat[p].same_next, "%s: pattern %u",
			     langs[l].lang, p);
	const char *dirs[] = {"tests/data/policy/evasion", "tests/data/policy/benign",
			      "tests/check"};
	size_t files = 0, nmatch = 0;

	cr_assert(ts_parser_set_language(parser, lr->ops->language()));
	for (size_t d = 0; d < ARRAY_SIZE(dirs); d++) {
		char pattern[256];
		glob_t g;
		snprintf(pattern, sizeof(pattern), "%s/%s/*.%s", dirs[d], langs[l].lang,
			 langs[l].ext);
		if (glob(pattern, 0, NULL, &g) != 0)
			continue;
		for (size_t i = 0; i < g.gl_pathc; i++) {
			char *text = NULL;
			size_t len;
			err_t err;
			struct buf a = {0}, b = {0}, merged = {0}, ms = {0}, bs = {0};
			cr_assert_eq(
			    read_file_max(g.gl_pathv[i], 1 << 20, &text, &len, &err), 0,
			    "%s", err.msg);
			TSTree *tree =
			    ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
			matches(fresh, tree, &a);
			matches(q, tree, &b);
			cr_expect(a.len == b.len &&
				      (a.len == 0 || memcmp(a.data, b.data, a.len) == 0),
				  "%s: the query made with the saved analysis matches "
				  "otherwise than an analysed one",
				  g.gl_pathv[i]);
			/* the analyzer's, each match standing for every pattern of
			 * its steps: the same matches, in another order */
			matches_chained(&ch, tree, &merged);
			lines_of(&merged, "", &ms);
			lines_of(&b, "", &bs);
			cr_expect(ms.len == bs.len &&
				      (ms.len == 0 || memcmp(ms.data, bs.data, ms.len) == 0),
				  "%s: the patterns matched once for all of the same steps "
				  "match otherwise than each alone",
				  g.gl_pathv[i]);
			buf_free(&merged);
			buf_free(&ms);
			buf_free(&bs);
			for (size_t k = 0; k < a.len; k++)
				nmatch += a.data[k] == '\n';
			files++;
			buf_free(&a);
			buf_free(&b);
			ts_tree_delete(tree);
			free(text);
		}
		globfree(&g);
	}
	cr_expect_gt(files, 100, "%s: only %zu files", langs[l].lang, files);
	cr_expect_gt(nmatch, files, "%s: only %zu matches", langs[l].lang, nmatch);
	cr_expect_gt(lr->npat_merged, 0, "%s: no pattern shares another's steps",
		     langs[l].lang);
	ts_parser_delete(parser);
	ts_query_delete(q);
	ts_query_delete(fresh);
	chains_free(&ch);
	buf_free(&rules);
	buf_free(&rules2);
	buf_free(&rules3);
}

Test(query_analysis, matches_as_analysed_python)
{
	matches_as_analysed(0);
}

Test(query_analysis, matches_as_analysed_javascript)
{
	matches_as_analysed(1);
}

Test(query_analysis, matches_as_analysed_bash)
{
	matches_as_analysed(2);
}

Test(query_analysis, other_text_is_analysed)
{
	struct lang_rules *lr = compiled("python");
	const struct saved_analysis *s = saved("python");
	const TSLanguage *py = lr->ops->language();
	struct buf text = {0};
	uint32_t off;
	TSQueryError qe;
	bool restored = true;

	/* the text it was saved for: restored */
	rules_text("python", &text);
	uint32_t builtin_len = (uint32_t)text.len;
	TSQuery *q = ts_query_new_with_analysis(py, text.data, builtin_len, s->data, s->size, &off,
						&qe, &restored);
	cr_assert_not_null(q);
	cr_expect(restored);
	ts_query_delete(q);

	/* one more pattern: the saved analysis is not for this text */
	buf_append(&text, "(call function: (identifier) @f) @x\n", 36);
	q = ts_query_new_with_analysis(py, text.data, (uint32_t)text.len, s->data, s->size, &off,
				       &qe, &restored);
	cr_assert_not_null(q);
	cr_expect_not(restored);
	cr_expect_eq(ts_query_pattern_count(q), ts_query_pattern_count(lr->q) + 1);
	ts_query_delete(q);

	/* the same text, but a block cut short or for another language */
	q = ts_query_new_with_analysis(py, text.data, builtin_len, s->data, s->size - 1, &off, &qe,
				       &restored);
	cr_assert_not_null(q);
	cr_expect_not(restored);
	ts_query_delete(q);
	const struct saved_analysis *sh = saved("bash");
	q = ts_query_new_with_analysis(py, text.data, builtin_len, sh->data, sh->size, &off, &qe,
				       &restored);
	cr_assert_not_null(q);
	cr_expect_not(restored);
	ts_query_delete(q);

	/* an impossible pattern is still found: the analysis is what finds it */
	const char *bad = "(call arguments: (argument_list (import_statement)))";
	q = ts_query_new_with_analysis(py, bad, (uint32_t)strlen(bad), s->data, s->size, &off, &qe,
				       &restored);
	cr_expect_null(q);
	cr_expect_eq(qe, TSQueryErrorStructure);
	ts_query_delete(q);
	buf_free(&text);
}

/* The predicates' regular expressions are compiled on their first test:
 * every one of the built-in rules must compile. */
Test(query_analysis, every_regular_expression_compiles)
{
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++) {
		struct lang_rules *lr = analyzer_rules_for(A, langs[l].lang);
		size_t n = 0;
		err_t err;
		lr->check_regexes = true;
		cr_assert_eq(analyzer_compile_lang(lr, &err), 0, "%s: %s", langs[l].lang, err.msg);
		for (uint32_t p = 0; p < lr->npat; p++)
			for (uint32_t i = 0; i < lr->pat[p].npreds; i++)
				if (lr->pat[p].preds[i].regex) {
					cr_expect_not_null(atomic_load(&lr->pat[p].preds[i].re),
							   "%s: %s", langs[l].lang, lr->pat[p].id);
					n++;
				}
		cr_expect_gt(n, 20, "%s: %zu regular expressions", langs[l].lang, n);
	}
}

/* The predicates' regular expressions come compiled from the build
 * (tools/gen-query-analysis.c): every one of the built-in rules is in the
 * saved set, and each is what compiling its text now gives: the same size,
 * options and captures, and the same answers. */
static bool finds(const pcre2_code *re, const char *s)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	int rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

static uint64_t info(const pcre2_code *re, uint32_t what)
{
	uint64_t v = 0;
	if (what == PCRE2_INFO_SIZE) {
		size_t n = 0;
		cr_assert_eq(pcre2_pattern_info(re, what, &n), 0);
		return n;
	}
	uint32_t u = 0;
	cr_assert_eq(pcre2_pattern_info(re, what, &u), 0);
	v = u;
	return v;
}

Test(query_analysis, regexes_come_compiled_from_the_build)
{
	static const char *const probes[] = {
	    "",
	    "os.system",
	    "subprocess.run",
	    "global.eval",
	    "child_process.exec",
	    "curl",
	    "/etc/shadow",
	    "~/.ssh/id_rsa",
	    "ctypes.CDLL",
	    "nc",
	    "bash",
	    "rm",
	    "-rf",
	    "http://x.example",
	    "eval",
	    "base64 -d",
	    "pickle.loads",
	    "socket.socket",
	    "vm.runInNewContext",
	};
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++) {
		struct lang_rules *lr = compiled(langs[l].lang);
		size_t n = 0;
		cr_expect_gt(lr->nsaved_re, 20, "%s: %zu saved", langs[l].lang, lr->nsaved_re);
		for (uint32_t p = 0; p < lr->npat; p++)
			for (uint32_t i = 0; i < lr->pat[p].npreds; i++) {
				const struct pred *pr = &lr->pat[p].preds[i];
				if (!pr->regex)
					continue;
				const pcre2_code *re = atomic_load(&pr->re);
				char msg[400];
				cr_assert(pr->re_saved && re != NULL,
					  "%s: %s: \"%s\" is compiled at run time", langs[l].lang,
					  lr->pat[p].id, pr->strs[0]);
				pcre2_code *now =
				    rule_compile_re(pr->strs[0], pr->anchored, msg, sizeof(msg));
				cr_assert_not_null(now, "%s", msg);
				cr_expect_eq(info(re, PCRE2_INFO_SIZE), info(now, PCRE2_INFO_SIZE),
					     "%s", pr->strs[0]);
				cr_expect_eq(info(re, PCRE2_INFO_ARGOPTIONS),
					     info(now, PCRE2_INFO_ARGOPTIONS), "%s", pr->strs[0]);
				cr_expect_eq(info(re, PCRE2_INFO_CAPTURECOUNT),
					     info(now, PCRE2_INFO_CAPTURECOUNT), "%s", pr->strs[0]);
				cr_expect_eq(finds(re, pr->strs[0]), finds(now, pr->strs[0]), "%s",
					     pr->strs[0]);
				for (size_t k = 0; k < ARRAY_SIZE(probes); k++)
					cr_expect_eq(finds(re, probes[k]), finds(now, probes[k]),
						     "%s on \"%s\"", pr->strs[0], probes[k]);
				pcre2_code_free(now);
				n++;
			}
		cr_expect_gt(n, 20, "%s: %zu regular expressions", langs[l].lang, n);
	}
}

/* The analyzer compiles a language's rules once for its life (the service
 * keeps one, so a request never pays for them): its query and its regular
 * expressions on the first analysis, and nothing again on the next
 * analyses of the same program. */
Test(query_analysis, compiled_once_for_the_analyzers_life)
{
	const char *code = "import os\nimport subprocess as sp\nos.system('id')\n"
			   "sp.run(['ls'])\nprint(eval(input()))\n";
	struct analyzer_counts c, py, js;
	struct findings f;
	err_t err;

	cr_assert_eq(analyzer_counts(A, "python", &c), 0);
	cr_expect_eq(c.queries, 0, "compiled before its first use");
	cr_expect_eq(c.regexes, 0);
	cr_expect_eq(analyzer_counts(A, "cobol", &c), -1);
	for (int i = 0; i < 4; i++) {
		cr_assert_eq(analyze(A, "python", code, strlen(code), &f, &err), 0, "%s", err.msg);
		cr_expect_gt(f.n, 0);
		findings_free(&f);
		cr_assert_eq(analyzer_counts(A, "python", &c), 0);
		cr_expect_eq(c.queries, 1, "analysis %d: the query compiled %lu times", i + 1,
			     c.queries);
		cr_expect_gt(c.regexes, 0);
		if (i == 0)
			py = c;
		cr_expect_eq(c.regexes, py.regexes,
			     "analysis %d: %lu regular expressions compiled, %lu after the first",
			     i + 1, c.regexes, py.regexes);
	}
	/* (os.system's command is analysed as Bash: that language's rules are
	 * compiled, once too) */
	cr_assert_eq(analyzer_counts(A, "sh", &c), 0);
	cr_expect_eq(c.queries, 1);
	cr_assert_eq(analyzer_counts(A, "js", &js), 0);
	cr_expect_eq(js.queries, 0, "a Python program compiled the JavaScript rules");
	cr_expect_eq(js.regexes, 0);
}


/* A query cursor reuses the capture lists of the states it drops (a
 * stack of free lists, third_party/tree-sitter/src/query.c): with every
 * Bash pattern at once, hundreds of states share the pool; each pattern
 * alone, a few. A list handed to two states at once, or one lost, would
 * show as a pattern matching otherwise with the others than alone. */
Test(query_analysis, a_pattern_matches_alike_alone_and_with_the_others)
{
	struct lang_rules *lr = compiled("bash");
	const struct saved_analysis *s = saved("bash");
	struct buf rules = {0};
	TSParser *parser = ts_parser_new();
	const char *files[] = {"tests/data/policy/benign/bash/hand-slack-notify.sh",
			       "tests/check/bash/sh-download-exec.sh",
			       "tests/check/bash/sh-destructive.sh",
			       "tests/check/bash/sh-decode-exec.sh"};
	TSTree *trees[ARRAY_SIZE(files)];
	char *texts[ARRAY_SIZE(files)];
	struct buf all[ARRAY_SIZE(files)];
	size_t nmatch = 0;

	struct buf rules2 = {0};
	TSQuery *every = restored_query(lr, &rules2);
	rules_text("bash", &rules);
	cr_assert(ts_parser_set_language(parser, lr->ops->language()));
	for (size_t f = 0; f < ARRAY_SIZE(files); f++) {
		size_t len;
		err_t err;
		cr_assert_eq(read_file_max(files[f], 1 << 20, &texts[f], &len, &err), 0, "%s",
			     err.msg);
		trees[f] = ts_parser_parse_string(parser, NULL, texts[f], (uint32_t)len);
		memset(&all[f], 0, sizeof(all[f]));
		matches(every, trees[f], &all[f]);
	}
	for (uint32_t p = 0; p < ts_query_pattern_count(lr->q); p++) {
		uint32_t off;
		TSQueryError qe;
		bool restored = false;
		TSQuery *q =
		    ts_query_new_with_analysis(lr->ops->language(), rules.data, (uint32_t)rules.len,
					       s->data, s->size, &off, &qe, &restored);
		char prefix[32];
		cr_assert(q != NULL && restored);
		for (uint32_t o = 0; o < ts_query_pattern_count(q); o++)
			if (o != p)
				ts_query_disable_pattern(q, o);
		snprintf(prefix, sizeof(prefix), "p%u:", p);
		for (size_t f = 0; f < ARRAY_SIZE(files); f++) {
			struct buf alone = {0}, a = {0}, b = {0};
			matches(q, trees[f], &alone);
			lines_of(&all[f], prefix, &a);
			lines_of(&alone, prefix, &b);
			cr_expect(a.len == b.len &&
				      (a.len == 0 || memcmp(a.data, b.data, a.len) == 0),
				  "%s: pattern %u matches otherwise alone than with the others",
				  files[f], p);
			for (size_t k = 0; k < b.len; k++)
				nmatch += b.data[k] == '\n';
			buf_free(&alone);
			buf_free(&a);
			buf_free(&b);
		}
		ts_query_delete(q);
	}
	cr_expect_gt(nmatch, 100, "only %zu matches", nmatch);
	for (size_t f = 0; f < ARRAY_SIZE(files); f++) {
		ts_tree_delete(trees[f]);
		free(texts[f]);
		buf_free(&all[f]);
	}
	ts_query_delete(every);
	buf_free(&rules2);
	ts_parser_delete(parser);
	buf_free(&rules);
}

/* Count of the matches of pattern p of q on tree. */
static size_t count_matches(const TSQuery *q, TSTree *tree, uint32_t p)
{
	TSQueryCursor *c = ts_query_cursor_new();
	TSQueryMatch m;
	size_t n = 0;

	ts_query_cursor_exec(c, q, ts_tree_root_node(tree));
	while (ts_query_cursor_next_match(c, &m))
		n += m.pattern_index == p;
	ts_query_cursor_delete(c);
	return n;
}

/* The id of capture NAME in q. */
static uint32_t capture_named(const TSQuery *q, const char *name)
{
	uint32_t len;
	for (uint32_t i = 0; i < ts_query_capture_count(q); i++) {
		const char *c = ts_query_capture_name_for_id(q, i, &len);
		if (len == strlen(name) && memcmp(c, name, len) == 0)
			return i;
	}
	cr_assert_fail("no capture @%s", name);
	return UINT32_MAX;
}

/* Patterns are chained only when their steps are the same (fields, the
 * order of alternatives, and which nodes share a capture included), their
 * captures renamed one for one; those taken out of the pattern map
 * (wildcard-rooted ones among them) never match, and every other pattern
 * matches as it does in the whole query. */
Test(query_analysis, merges_only_patterns_of_the_same_steps)
{
	struct lang_rules *lr = compiled("bash");
	const char *src = "((_) @x (#eq? @x \"a\"))\n"			 /* 0 */
			  "((_) @x (#eq? @x \"b\"))\n"			 /* 1: as 0 */
			  "((command) @c)\n"				 /* 2 */
			  "((command) @d)\n"				 /* 3: as 2, d for c */
			  "((command) @c (#match? @c \"x\"))\n"		 /* 4: as 2 */
			  "([(command) (word)] @c)\n"			 /* 5 */
			  "([(word) (command)] @c)\n"			 /* 6: another order */
			  "((command name: (command_name) @c))\n"		 /* 7 */
			  "((command (command_name) @c))\n"		 /* 8: no field */
			  "((_) @x (#eq? @x \"c\"))\n"			 /* 9: as 0 */
			  "((command name: (_) @e argument: (_) @e))\n"	 /* 10 */
			  "((command name: (_) @a argument: (_) @b))\n"	 /* 11: two for one */
			  "((command name: (_) @b argument: (_) @a))\n"	 /* 12: as 11, swapped */
			  "((command name: (_) @a argument: (_) @a))\n"; /* 13: as 10 */
	const char *code = "ls a; echo b | cat\n";
	uint32_t off;
	TSQueryError qe;
	TSQuery *q = ts_query_new(lr->ops->language(), src, (uint32_t)strlen(src), &off, &qe);
	TSQuery *all = ts_query_new(lr->ops->language(), src, (uint32_t)strlen(src), &off, &qe);
	TSParser *parser = ts_parser_new();
	struct chains ch;

	cr_assert(q != NULL && all != NULL, "error %d at %u", (int)qe, off);
	cr_assert_eq(ts_query_pattern_count(q), 14);
	cr_assert(ts_parser_set_language(parser, lr->ops->language()));
	TSTree *tree = ts_parser_parse_string(parser, NULL, code, (uint32_t)strlen(code));

	chains_make(q, &ch);
	cr_expect_eq(ch.merged, 6);
	const uint32_t none = UINT32_MAX;
	const uint32_t want[14] = {1, 9, 3, 4, none, none, none, none, none, none, 13, 12, none, none};
	for (uint32_t p = 0; p < 14; p++)
		cr_expect_eq(ch.next[p], want[p], "pattern %u: next %u, not %u", p, ch.next[p],
			     want[p]);
	for (uint32_t p = 0; p < 14; p++) {
		bool out = p == 1 || p == 3 || p == 4 || p == 9 || p == 12 || p == 13;
		size_t n = count_matches(q, tree, p), n_all = count_matches(all, tree, p);
		cr_expect_gt(n_all, 0, "pattern %u matches nothing", p);
		cr_expect_eq(n, out ? 0 : n_all, "pattern %u: %zu matches, not %zu", p, n,
			     out ? 0 : n_all);
	}
	cr_expect_eq(count_matches(q, tree, 2), 3, "three commands");
	/* what each pattern's captures are called in its chain's first */
	uint32_t a = capture_named(q, "a"), b = capture_named(q, "b"), c = capture_named(q, "c"),
		 d = capture_named(q, "d");
	const uint16_t *of3 = &ch.capture_of[3 * ch.ncap], *of12 = &ch.capture_of[12 * ch.ncap];
	cr_expect_eq(ch.capture_of[2 * ch.ncap + c], c);
	cr_expect_eq(of3[d], c);
	cr_expect_eq(of3[c], UINT16_MAX, "pattern 3 has no @c");
	cr_expect_eq(of12[b], a);
	cr_expect_eq(of12[a], b);
	ts_tree_delete(tree);
	ts_parser_delete(parser);
	chains_free(&ch);
	ts_query_delete(all);
}
