/*
 * The policy against two corpora (tests/data/policy/):
 *
 *  - evasion/<lang>/: working programs that run a shell, read credentials,
 *    send the environment out, download and run code, delete recursively or
 *    load native code, each hidden a different way (easy to very hard). Each
 *    one listed in evasion/high.txt must reach `high`: a program that the
 *    policy once blocked and no longer does is a regression. The detection
 *    at `high` and at `warn`, per language, is printed.
 *  - benign/<lang>/: ordinary programs (solutions with asserts, data
 *    scripts, build scripts; benign/gen.py writes them, hand-* are written
 *    by hand: agent-style programs). None may reach
 *    `high`; how many reach `warn` is printed.
 *
 * Every program of both must parse in its own language (python3 compile(),
 * node's parser, bash -n): a corpus of broken programs would measure
 * nothing. The programs are never run.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "policy/analyze.h"

#define CORPUS "tests/data/policy"

static const struct {
	const char *lang, *ext;
} langs[] = {
    {"python", "py"},
    {"javascript", "js"},
    {"bash", "sh"},
};

struct names {
	char **v;
	size_t n;
};

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The program files of one corpus directory, sorted. */
static struct names list_dir(const char *dir, const char *ext)
{
	struct names out = {0};
	DIR *d = opendir(dir);
	struct dirent *de;

	cr_assert_not_null(d, "no corpus at %s", dir);
	while ((de = readdir(d)) != NULL) {
		const char *dot = strrchr(de->d_name, '.');
		if (de->d_name[0] == '.' || dot == NULL || strcmp(dot + 1, ext) != 0)
			continue;
		out.v = realloc(out.v, (out.n + 1) * sizeof(*out.v));
		out.v[out.n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(out.v, out.n, sizeof(*out.v), by_str);
	return out;
}

static void names_free(struct names *n)
{
	for (size_t i = 0; i < n->n; i++)
		free(n->v[i]);
	free(n->v);
}

/* The highest severity the analysis gives the file; -1 when none. */
static int worst(struct analyzer *a, const char *lang, const char *path, char *rules, size_t cap)
{
	char *text = NULL;
	size_t len;
	err_t err;
	struct findings f;
	int w = -1;

	cr_assert_eq(read_file_max(path, 1 << 20, &text, &len, &err), 0, "%s", err.msg);
	cr_assert_eq(analyze(a, lang, text, len, &f, &err), 0, "%s: %s", path, err.msg);
	rules[0] = '\0';
	for (size_t i = 0; i < f.n; i++) {
		if ((int)f.v[i].severity > w) {
			w = (int)f.v[i].severity;
			rules[0] = '\0';
		}
		if ((int)f.v[i].severity == w && strlen(rules) + strlen(f.v[i].rule) + 2 < cap) {
			if (rules[0])
				strcat(rules, ",");
			strcat(rules, f.v[i].rule);
		}
	}
	findings_free(&f);
	free(text);
	return w;
}

/* evasion/high.txt: "<lang>/<file>" per line, # comments. */
static bool listed_high(const char *list, const char *lang, const char *file)
{
	char key[300];
	snprintf(key, sizeof(key), "\n%s/%s\n", lang, file);
	return strstr(list, key) != NULL;
}

Test(policy_corpus, evasions_reach_high_as_recorded)
{
	struct analyzer *a;
	err_t err;
	char *list = NULL, *raw = NULL;
	size_t len;
	int regressions = 0, total_high = 0, total = 0;

	cr_assert_eq(analyzer_new(NULL, &a, &err), 0, "%s", err.msg);
	cr_assert_eq(read_file_max(CORPUS "/evasion/high.txt", 1 << 20, &raw, &len, &err), 0,
		     "%s", err.msg);
	list = malloc(len + 3);
	snprintf(list, len + 3, "\n%s\n", raw);
	free(raw);
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++) {
		char dir[256], path[600], rules[512];
		int high = 0, warn = 0;
		snprintf(dir, sizeof(dir), CORPUS "/evasion/%s", langs[l].lang);
		struct names files = list_dir(dir, langs[l].ext);
		cr_expect_geq(files.n, 50, "%s: %zu evasions, fewer than 50", langs[l].lang,
			      files.n);
		for (size_t i = 0; i < files.n; i++) {
			snprintf(path, sizeof(path), "%s/%s", dir, files.v[i]);
			int w = worst(a, langs[l].lang, path, rules, sizeof(rules));
			high += w >= SEV_HIGH;
			warn += w >= SEV_WARN;
			bool want = listed_high(list, langs[l].lang, files.v[i]);
			if (want && w < SEV_HIGH) {
				cr_log_error("%s: no longer reaches high (worst: %s)", path,
					     rules[0] ? rules : "no finding");
				regressions++;
			} else if (!want && w >= SEV_HIGH) {
				fprintf(stderr, "policy corpus: %s now reaches high (%s): add %s/%s to %s\n",
					path, rules, langs[l].lang, files.v[i], CORPUS "/evasion/high.txt");
			} else if (w < SEV_HIGH) {
				fprintf(stderr, "policy corpus: not at high: %s (%s)\n", path,
					rules[0] ? rules : "no finding");
			}
		}
		fprintf(stderr,
			"policy corpus: %-10s evasions at high %d/%zu (%.1f%%), at warn or above %d/%zu\n",
			langs[l].lang, high, files.n, 100.0 * high / (double)files.n, warn, files.n);
		total_high += high;
		total += (int)files.n;
		names_free(&files);
	}
	fprintf(stderr, "policy corpus: all        evasions at high %d/%d (%.1f%%)\n", total_high,
		total, 100.0 * total_high / total);
	cr_expect_eq(regressions, 0, "%d evasion(s) listed in high.txt no longer reach high",
		     regressions);
	free(list);
	analyzer_free(a);
}

Test(policy_corpus, benign_programs_never_reach_high)
{
	struct analyzer *a;
	err_t err;
	int blocked = 0;

	cr_assert_eq(analyzer_new(NULL, &a, &err), 0, "%s", err.msg);
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++) {
		char dir[256], path[600], rules[512];
		int warn = 0, high = 0;
		snprintf(dir, sizeof(dir), CORPUS "/benign/%s", langs[l].lang);
		struct names files = list_dir(dir, langs[l].ext);
		for (size_t i = 0; i < files.n; i++) {
			snprintf(path, sizeof(path), "%s/%s", dir, files.v[i]);
			int w = worst(a, langs[l].lang, path, rules, sizeof(rules));
			if (w >= SEV_HIGH) {
				cr_log_error("%s: an ordinary program reaches high (%s)", path,
					     rules);
				high++;
			}
			warn += w == SEV_WARN;
		}
		fprintf(stderr, "policy corpus: %-10s benign %zu, at high %d, at warn %d\n",
			langs[l].lang, files.n, high, warn);
		blocked += high;
		names_free(&files);
	}
	cr_expect_eq(blocked, 0, "%d ordinary program(s) reach high", blocked);
	analyzer_free(a);
}

/* One process per language checks every file of both corpora. */
static const char *const syntax_checks[] = {
    /* python */
    "python3 -c 'import sys\n"
    "bad = 0\n"
    "for p in sys.argv[1:]:\n"
    "    try:\n"
    "        compile(open(p, \"rb\").read(), p, \"exec\")\n"
    "    except SyntaxError as e:\n"
    "        print(p, e); bad += 1\n"
    "sys.exit(bad > 0)' " CORPUS "/evasion/python/*.py " CORPUS "/benign/python/*.py",
    /* javascript: what node --check does, for many files in one process
     * (a #! line is allowed only where the source starts, not in the wrap) */
    "node -e 'const vm = require(\"vm\"), fs = require(\"fs\"), M = require(\"module\");\n"
    "let bad = 0;\n"
    "for (const p of process.argv.slice(1)) {\n"
    "  try { new vm.Script(M.wrap(fs.readFileSync(p, \"utf8\").replace(/^#!.*/, \"\")), { filename: p }); }\n"
    "  catch (e) { console.log(p, e.message); bad++; }\n"
    "}\n"
    "process.exit(bad ? 1 : 0);' " CORPUS "/evasion/javascript/*.js " CORPUS
    "/benign/javascript/*.js",
    /* bash */
    "bad=0; for p in " CORPUS "/evasion/bash/*.sh " CORPUS "/benign/bash/*.sh; do "
    "bash -n \"$p\" || bad=1; done; exit $bad",
};

Test(policy_corpus, every_program_parses_in_its_language)
{
	for (size_t i = 0; i < ARRAY_SIZE(syntax_checks); i++) {
		int rc = system(syntax_checks[i]);
		cr_expect_eq(rc, 0, "%s corpus: some programs do not parse (above)", langs[i].lang);
	}
}
