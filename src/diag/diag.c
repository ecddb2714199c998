/*
 * Diagnostics: which parser reads a language's stderr (named by its
 * profile: data, not code), the input cut into lines, and the entry point.
 * The parsers' common part (spans, file names, bounded entries) is
 * entries.c.
 */
#include "diag/diag.h"

#include <string.h>

#include "diag/internal.h"
#include "lang/lang.h"

static const struct {
	const char *name;
	diag_parser parse;
} parsers[] = {
    {"python", diag_python}, {"node", diag_node},     {"bash", diag_bash},
    {"gcc", diag_gcc},	     {"native", diag_native},
};

static diag_parser parser_named(const char *name)
{
	if (name == NULL)
		return NULL;
	for (size_t i = 0; i < ARRAY_SIZE(parsers); i++)
		if (strcmp(parsers[i].name, name) == 0)
			return parsers[i].parse;
	return NULL;
}

/* ---- lines ---- */

/* The lines of s; beyond DIAG_MAX_LINES, the last ones (a runtime's report
 * ends its stderr). */
static void text_split(struct diag_text *t, const char *s, size_t n)
{
	size_t total = 0, skip;

	t->lines = NULL;
	t->count = 0;
	if (s == NULL || n == 0)
		return;
	for (size_t i = 0; i < n; i++)
		total += s[i] == '\n';
	total += s[n - 1] != '\n';
	skip = total > DIAG_MAX_LINES ? total - DIAG_MAX_LINES : 0;
	t->lines = xcalloc(total - skip, sizeof(*t->lines));
	for (size_t i = 0, start = 0, k = 0; i <= n; i++) {
		if (i < n && s[i] != '\n')
			continue;
		if (i == n && start == n)
			break;
		if (k++ >= skip) {
			size_t len = i - start;
			if (len && s[start + len - 1] == '\r')
				len--;
			t->lines[t->count++] = (struct span){s + start, len};
		}
		start = i + 1;
	}
}

json_t *diagnostics_parse(const struct lang_profile *lang, const char *stderr_text, size_t len,
			  const char *compile_stderr, size_t clen, const struct diag_names *names)
{
	struct diag_names none = {0};
	struct diag_ctx c;
	struct diag_text t;
	diag_parser parse;

	if (names == NULL)
		names = &none;
	c.workdir = names->workdir ? names->workdir : DIAG_WORKDIR;
	c.source_name = names->source_name	    ? names->source_name
			: lang && lang->source_name ? lang->source_name
						    : "";
	c.program = names->program && names->program[0] ? names->program : c.source_name;
	c.code = names->code;
	c.code_len = names->code ? names->code_len : 0;
	c.entries = json_array();
	if (lang == NULL)
		return c.entries;
	if (compile_stderr) {
		parse = parser_named(lang->compile_diagnostics);
		stderr_text = compile_stderr;
		len = clen;
	} else {
		parse = parser_named(lang->run_diagnostics);
	}
	if (parse == NULL)
		return c.entries;
	text_split(&t, stderr_text, len);
	parse(&c, &t);
	free(t.lines);
	return c.entries;
}
