#include "lib/corpus.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/harness.h"

static const char *const langs[] = {"python", "node", "bash", "c", "cpp"};
static const char *const exts[] = {"py", "js", "sh", "c", "cpp"};

const char *corpus_dir(void)
{
	const char *d = getenv("AIRLOCK_DIAG_DATA");
	return d && *d ? d : "tests/data/diagnostics";
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct diag_case *)a)->name, ((const struct diag_case *)b)->name);
}

static size_t load_lang(size_t li, struct diag_case **cases, size_t n)
{
	char dir[512], path[700];
	struct dirent *de;
	DIR *d;
	size_t first = n;

	snprintf(dir, sizeof(dir), "%s/%s", corpus_dir(), langs[li]);
	if ((d = opendir(dir)) == NULL)
		return n;
	while ((de = readdir(d)) != NULL) {
		const char *suffix = strstr(de->d_name, ".expected.json");
		if (suffix == NULL || suffix[14] != '\0' || suffix - de->d_name >= 64)
			continue;
		*cases = realloc(*cases, (n + 1) * sizeof(**cases));
		struct diag_case *c = &(*cases)[n++];
		memset(c, 0, sizeof(*c));
		snprintf(c->lang, sizeof(c->lang), "%s", langs[li]);
		snprintf(c->name, sizeof(c->name), "%.*s", (int)(suffix - de->d_name), de->d_name);
		snprintf(c->program, sizeof(c->program), "%s/%s.%s", dir, c->name, exts[li]);
		snprintf(c->base_name, sizeof(c->base_name), "%s.%s", c->name, exts[li]);
		c->code = slurp(c->program);
		snprintf(path, sizeof(path), "%s/%s.stderr", dir, c->name);
		c->err = slurp(path);
		snprintf(path, sizeof(path), "%s/%s.compile.stderr", dir, c->name);
		c->compile_err = slurp(path);
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		c->expected = json_load_file(path, 0, NULL);
	}
	closedir(d);
	qsort(*cases + first, n - first, sizeof(**cases), by_name);
	return n;
}

size_t corpus_load(const char *lang, struct diag_case **out)
{
	size_t n = 0;

	*out = NULL;
	for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
		if (lang == NULL || strcmp(lang, langs[i]) == 0)
			n = load_lang(i, out, n);
	return n;
}

void corpus_free(struct diag_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(cases[i].code);
		free(cases[i].err);
		free(cases[i].compile_err);
		json_decref(cases[i].expected);
	}
	free(cases);
}
