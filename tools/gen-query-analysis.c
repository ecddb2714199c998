/*
 * Build-time tool: compiles each language's built-in rules (the rule
 * files, concatenated as the analyzer concatenates them: in the order
 * given, each followed by a newline) into a tree-sitter query, and writes
 * a C file holding each compiled query (ts_query_analysis.h) as bytes, in
 * a table named saved_analyses { lang, data, size } ended by a NULL lang.
 * The analyzer restores it instead of compiling the rules at run time
 * (src/policy/analyze_rules.c). With it, the regular expressions of the
 * query's predicates, sorted, and compiled as one serialized PCRE2 set,
 * which the analyzer decodes instead of compiling them (a predicate whose
 * expression is not in the set is compiled at run time, as any other).
 * A rule file tree-sitter rejects fails
 * the build here, with its file and line.
 *
 *   gen-query-analysis OUT.c DIR/LANG/NAME.scm...
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <ts_query_analysis.h>

#include "policy/rule_lists.h"
#include "policy/saved_analysis.h"

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_bash(void);

static const struct {
	const char *name;
	const TSLanguage *(*language)(void);
} langs[] = {
    {"python", tree_sitter_python},
    {"javascript", tree_sitter_javascript},
    {"bash", tree_sitter_bash},
};
#define NLANGS (sizeof(langs) / sizeof(langs[0]))

static const char *const query_errors[] = {
    "no error",		"syntax error",	   "unknown node type",
    "unknown field",	"unknown capture", "impossible pattern (structure)",
    "unknown language",
};

/* The language a rule file is for: the name of the directory it is in. */
static int lang_of(const char *path)
{
	const char *end = strrchr(path, '/'), *start = end;
	while (start && start > path && start[-1] != '/')
		start--;
	for (size_t l = 0; end && l < NLANGS; l++)
		if (strlen(langs[l].name) == (size_t)(end - start) &&
		    strncmp(start, langs[l].name, (size_t)(end - start)) == 0)
			return (int)l;
	return -1;
}

struct source {
	char *text;
	size_t len;
	const char *file[64];
	size_t off[64];
	size_t nfiles;
};

static int append_file(struct source *s, const char *path)
{
	FILE *f = fopen(path, "rb");
	char chunk[65536];
	size_t n;

	if (f == NULL || s->nfiles == 64) {
		fprintf(stderr, "gen-query-analysis: cannot read %s\n", path);
		if (f)
			fclose(f);
		return -1;
	}
	s->file[s->nfiles] = path;
	s->off[s->nfiles++] = s->len;
	do {
		n = fread(chunk, 1, sizeof(chunk), f);
		s->text = realloc(s->text, s->len + n + 1);
		if (s->text == NULL)
			abort();
		memcpy(s->text + s->len, chunk, n);
		s->len += n;
	} while (n > 0);
	s->text[s->len++] = '\n';
	fclose(f);
	return 0;
}

/* The predicates whose second argument is a regular expression, and
 * whether it must match the whole text, as src/policy/analyze_rules.c
 * reads them. One left out here is only compiled at run time. */
static const struct {
	const char *name;
	bool anchored;
} regex_preds[] = {
    {"match?", false},		{"not-match?", false},	      {"resolves-to?", true},
    {"not-resolves-to?", true}, {"value-match?", false},      {"not-value-match?", false},
    {"contains-call?", true},	{"not-contains-call?", true},
    {"program-calls?", true},	{"not-program-calls?", true},
    {"program-calls-with?", true}, {"not-program-calls-with?", true},
    {"contains-call-with?", true},
    {"regex-selects?", false}, {"not-regex-selects?", false},
    {"each-value-match?", false}, {"not-each-value-match?", false},
    {"some-value-match?", false}, {"not-some-value-match?", false},
    {"after-match?", false},	   {"not-after-match?", false},
    {"next-text-match?", false},   {"not-next-text-match?", false},
    {"bound-text-match?", false},  {"written-by?", true},
    {"written-by-text?", false},
    {"text-or-bound-match?", false},
    {"after-cd-match?", false},
    {"after-cd-path-match?", false},
    {"fetched-tree?", false},
    {"downloaded-before?", true},
    {"configured-before?", true},
};

static int cmp_regex(const void *x, const void *y)
{
	const struct saved_regex *a = x, *b = y;
	int r = strcmp(a->re, b->re);
	return r ? r : (int)a->anchored - (int)b->anchored;
}

/* Every distinct (expression, anchored) of q's predicates, sorted. */
static struct saved_regex *collect_regexes(const TSQuery *q, size_t *n)
{
	struct saved_regex *v = NULL;
	size_t k = 0;

	for (uint32_t p = 0; p < ts_query_pattern_count(q); p++) {
		uint32_t nsteps, start = 0, len;
		const TSQueryPredicateStep *s = ts_query_predicates_for_pattern(q, p, &nsteps);
		for (uint32_t i = 0; i < nsteps; i++) {
			if (s[i].type != TSQueryPredicateStepTypeDone)
				continue;
			const TSQueryPredicateStep *st = s + start;
			uint32_t count = i - start;
			start = i + 1;
			if (count != 3 || st[1].type != TSQueryPredicateStepTypeCapture ||
			    st[2].type != TSQueryPredicateStepTypeString)
				continue;
			const char *name = ts_query_string_value_for_id(q, st[0].value_id, &len);
			for (size_t r = 0; r < sizeof(regex_preds) / sizeof(regex_preds[0]); r++)
				if (strcmp(name, regex_preds[r].name) == 0) {
					v = realloc(v, (k + 1) * sizeof(*v));
					if (v == NULL)
						abort();
					v[k].re =
					    ts_query_string_value_for_id(q, st[2].value_id, &len);
					char *x = rule_lists_expand(v[k].re);
					if (x)
						v[k].re = x; /* the tool's life */
					v[k++].anchored = regex_preds[r].anchored;
				}
		}
	}
	if (k)
		qsort(v, k, sizeof(*v), cmp_regex);
	size_t w = 0;
	for (size_t r = 0; r < k; r++)
		if (w == 0 || cmp_regex(&v[w - 1], &v[r]) != 0)
			v[w++] = v[r];
	*n = w;
	return v;
}

/* A C string literal of s. */
static void put_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(out, "\\%03o", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

/* The regexes of a language, compiled and serialized, as two tables. */
static int write_regexes(FILE *out, const char *lang, const struct saved_regex *v, size_t n)
{
	pcre2_code **codes = calloc(n ? n : 1, sizeof(*codes));
	uint8_t *bytes = NULL;
	PCRE2_SIZE size = 0;
	int ret = 0;

	for (size_t i = 0; i < n && ret == 0; i++) {
		int code;
		PCRE2_SIZE off;
		codes[i] = pcre2_compile((PCRE2_SPTR)v[i].re, PCRE2_ZERO_TERMINATED,
					 RULE_RE_OPTIONS(v[i].anchored), &code, &off, NULL);
		if (codes[i] == NULL) {
			PCRE2_UCHAR m[256];
			pcre2_get_error_message(code, m, sizeof(m));
			fprintf(stderr,
				"gen-query-analysis: %s: bad regular expression \"%s\": %s\n", lang,
				v[i].re, (char *)m);
			ret = -1;
		}
	}
	if (ret == 0 && n > 0 &&
	    pcre2_serialize_encode((const pcre2_code **)codes, (int32_t)n, &bytes, &size, NULL) <
		0) {
		fprintf(stderr, "gen-query-analysis: %s: cannot serialize the regexes\n", lang);
		ret = -1;
	}
	if (ret == 0) {
		fprintf(out, "static const struct saved_regex %s_regexes[] = {\n", lang);
		for (size_t i = 0; i < n; i++) {
			fprintf(out, "    {");
			put_string(out, v[i].re);
			fprintf(out, ", %s},\n", v[i].anchored ? "true" : "false");
		}
		fprintf(out, "    {NULL, false},\n};\n");
		fprintf(out, "static const uint8_t %s_regex_data[] = {", lang);
		for (size_t i = 0; i < size; i++)
			fprintf(out, "%s%u,", i % 24 == 0 ? "\n" : "", bytes[i]);
		fprintf(out, "%s\n};\n", size ? "" : "0");
	}
	if (bytes)
		pcre2_serialize_free(bytes);
	for (size_t i = 0; i < n; i++)
		pcre2_code_free(codes[i]);
	free(codes);
	return ret;
}

/* "FILE:LINE" of an offset in a language's source. */
static void report(const struct source *s, uint32_t off, const char *what)
{
	size_t f = 0, line = 1;
	while (f + 1 < s->nfiles && s->off[f + 1] <= off)
		f++;
	for (size_t i = s->off[f]; i < off && i < s->len; i++)
		line += s->text[i] == '\n';
	fprintf(stderr, "%s:%zu: %s in the rule\n", s->file[f], line, what);
}

int main(int argc, char **argv)
{
	struct source src[NLANGS];
	size_t nregexes[NLANGS] = {0};
	FILE *out;

	if (argc < 2) {
		fprintf(stderr, "usage: gen-query-analysis OUT.c RULE_FILE...\n");
		return 2;
	}
	memset(src, 0, sizeof(src));
	for (int i = 2; i < argc; i++) {
		int l = lang_of(argv[i]);
		if (l < 0) {
			fprintf(stderr,
				"gen-query-analysis: %s is not in a python, javascript or "
				"bash directory\n",
				argv[i]);
			return 1;
		}
		if (append_file(&src[l], argv[i]) < 0)
			return 1;
	}
	if ((out = fopen(argv[1], "w")) == NULL) {
		fprintf(stderr, "gen-query-analysis: cannot write %s\n", argv[1]);
		return 1;
	}
	fprintf(out, "/* Generated by tools/gen-query-analysis.c: do not edit. */\n"
		     "#include \"policy/saved_analysis.h\"\n\n");
	for (size_t l = 0; l < NLANGS; l++) {
		uint32_t off = 0;
		TSQueryError qe = TSQueryErrorNone;
		size_t size = 0;
		uint8_t *data;
		TSQuery *q;

		if (src[l].len == 0)
			continue;
		q = ts_query_new(langs[l].language(), src[l].text, (uint32_t)src[l].len, &off, &qe);
		if (q == NULL) {
			report(&src[l], off,
			       (unsigned)qe < sizeof(query_errors) / sizeof(query_errors[0])
				   ? query_errors[qe]
				   : "error");
			fclose(out);
			remove(argv[1]);
			return 1;
		}
		data = ts_query_analysis_save(q, langs[l].language(), src[l].text,
					      (uint32_t)src[l].len, &size);
		if (data == NULL)
			abort();
		fprintf(out, "static const uint8_t %s_analysis[] = {", langs[l].name);
		for (size_t i = 0; i < size; i++)
			fprintf(out, "%s%u,", i % 24 == 0 ? "\n" : "", data[i]);
		fprintf(out, "\n};\n");
		free(data);
		size_t nre = 0;
		struct saved_regex *re = collect_regexes(q, &nre);
		nregexes[l] = nre;
		if (write_regexes(out, langs[l].name, re, nre) < 0) {
			free(re);
			fclose(out);
			remove(argv[1]);
			return 1;
		}
		free(re);
		ts_query_delete(q);
	}
	fprintf(out, "\nconst struct saved_analysis saved_analyses[] = {\n");
	for (size_t l = 0; l < NLANGS; l++)
		if (src[l].len > 0)
			fprintf(out,
				"    {\"%s\", %s_analysis, sizeof(%s_analysis), %s_regexes, %zu,\n"
				"     %s_regex_data, sizeof(%s_regex_data)},\n",
				langs[l].name, langs[l].name, langs[l].name, langs[l].name,
				nregexes[l], langs[l].name, langs[l].name);
	fprintf(out, "    {NULL, NULL, 0, NULL, 0, NULL, 0},\n};\n");
	for (size_t l = 0; l < NLANGS; l++)
		free(src[l].text);
	if (fclose(out) != 0) {
		remove(argv[1]);
		return 1;
	}
	return 0;
}
