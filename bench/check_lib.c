/*
 * Analysis speed of the library (what `airlock run --policy` and the
 * service use): `check_lib LANG FILE N` analyses FILE N times with one
 * analyzer and prints, in ms: the first analysis (it compiles the
 * language's rules), the median of the others, and the median of parsing
 * alone with tree-sitter (the floor no analysis can go under).
 */
#include <stdio.h>
#include <stdlib.h>
#include <tree_sitter/api.h>

#include "policy/analyze.h"
#include "common/util.h"

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

int main(int argc, char **argv)
{
	struct analyzer *a;
	struct findings f;
	char *code;
	size_t len;
	err_t err;
	int n = argc == 4 ? atoi(argv[3]) : 0;

	if (n < 2 || read_file_max(argv[2], 1 << 24, &code, &len, &err) < 0) {
		fprintf(stderr, "usage: check_lib LANG FILE N (N >= 2)\n");
		return 2;
	}
	const TSLanguage *lang = argv[1][0] == 'p'   ? tree_sitter_python()
				 : argv[1][0] == 'j' ? tree_sitter_javascript()
						     : tree_sitter_bash();
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
