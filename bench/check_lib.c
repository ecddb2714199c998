/*
 * Analysis speed of the library (what `airlock run --policy` and the
 * service use): `check_lib LANG FILE N` analyses FILE N times with one
 * analyzer and prints, in ms: the first analysis (it compiles the
 * language's rules), the median of the others, and the median of parsing
 * alone with tree-sitter (the floor no analysis can go under).
 *
 * `check_lib query LANG N RULE_FILE...` compiles the language's rule query
 * (the files concatenated as the analyzer does) N times each way and
 * prints the medians, in ms: with tree-sitter's analysis of the patterns
 * (ts_query_new, what every process paid before) and with the analysis
 * restored from the query compiled at build time (what the analyzer does),
 * and the pattern count.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>
#include <ts_query_analysis.h>

#include "common/util.h"
#include "policy/analyze.h"
#include "policy/saved_analysis.h"

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_bash(void);

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp);
	return v[n / 2];
}

static int query_compile(const TSLanguage *lang, const char *name, int n, char **files, int nfiles)
{
	struct buf src = {0};
	const struct saved_analysis *sa = saved_analyses;
	double *full = xcalloc((size_t)n, sizeof(*full)),
	       *saved = xcalloc((size_t)n, sizeof(*saved));
	uint32_t off, npat = 0;
	TSQueryError qe;
	bool restored = false;
	err_t err;

	for (int i = 0; i < nfiles; i++) {
		char *text;
		size_t len;
		if (read_file_max(files[i], 1 << 20, &text, &len, &err) < 0)
			return fprintf(stderr, "%s\n", err.msg), 1;
		buf_append(&src, text, len);
		buf_append(&src, "\n", 1);
		free(text);
	}
	while (sa->lang && strcmp(sa->lang, name) != 0)
		sa++;
	for (int i = 0; i < n; i++) {
		uint64_t s = monotonic_ns();
		TSQuery *q = ts_query_new(lang, src.data, (uint32_t)src.len, &off, &qe);
		full[i] = (double)(monotonic_ns() - s) / 1e6;
		s = monotonic_ns();
		TSQuery *q2 = ts_query_new_with_analysis(lang, src.data, (uint32_t)src.len,
							 sa->data, sa->size, &off, &qe, &restored);
		saved[i] = (double)(monotonic_ns() - s) / 1e6;
		if (q == NULL || q2 == NULL || !restored)
			return fprintf(stderr,
				       "check_lib: %s: the rules' query did not compile with "
				       "the saved analysis\n",
				       name),
			       1;
		npat = ts_query_pattern_count(q);
		ts_query_delete(q);
		ts_query_delete(q2);
	}
	printf("%.3f %.3f %u\n", median(full, n), median(saved, n), npat);
	free(full);
	free(saved);
	buf_free(&src);
	return 0;
}

static const TSLanguage *language(const char *name)
{
	return name[0] == 'p'	? tree_sitter_python()
	       : name[0] == 'j' ? tree_sitter_javascript()
				: tree_sitter_bash();
}

int main(int argc, char **argv)
{
	struct analyzer *a;
	struct findings f;
	char *code;
	size_t len;
	err_t err;
	int n = argc == 4 ? atoi(argv[3]) : 0;

	if (argc > 4 && strcmp(argv[1], "query") == 0 && atoi(argv[3]) > 0)
		return query_compile(language(argv[2]), argv[2], atoi(argv[3]), argv + 4, argc - 4);
	if (n < 2 || read_file_max(argv[2], 1 << 24, &code, &len, &err) < 0) {
		fprintf(stderr,
			"usage: check_lib LANG FILE N (N >= 2) | query LANG N RULE_FILE...\n");
		return 2;
	}
	const TSLanguage *lang = language(argv[1]);
	double *t = xcalloc((size_t)n, sizeof(*t)), *p = xcalloc((size_t)n, sizeof(*p));
	uint64_t t0 = monotonic_ns();
	if (analyzer_new(NULL, &a, &err) < 0)
		return fprintf(stderr, "%s\n", err.msg), 1;
	for (int i = 0; i < n; i++) {
		uint64_t s = monotonic_ns();
		if (analyze(a, argv[1], code, len, &f, &err) < 0)
			return fprintf(stderr, "%s\n", err.msg), 1;
		t[i] = (double)(monotonic_ns() - (i == 0 ? t0 : s)) / 1e6;
		findings_free(&f);
	}
	TSParser *parser = ts_parser_new();
	ts_parser_set_language(parser, lang);
	for (int i = 0; i < n; i++) {
		uint64_t s = monotonic_ns();
		TSTree *tree = ts_parser_parse_string(parser, NULL, code, (uint32_t)len);
		p[i] = (double)(monotonic_ns() - s) / 1e6;
		ts_tree_delete(tree);
	}
	ts_parser_delete(parser);
	double first = t[0];
	printf("%.3f %.3f %.3f\n", first, median(t + 1, n - 1), median(p, n));
	analyzer_free(a);
	free(t);
	free(p);
	free(code);
	return 0;
}
