/*
 * `airlock check`: what a program tries to do, before it runs.
 *
 *   airlock check [--lang L] [--fail-on info|warn|high] [--rules DIR] [--json]
 *                 [FILE | - | -c CODE]
 *
 * Prints one line per finding, as compilers do (FILE:LINE:COL: severity
 * rule: message, then the matched text), or {"findings": [...]} with
 * --json. Exit 0 when no finding reaches --fail-on, 1 when one does, 125
 * on misuse.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "common/term.h"
#include "common/util.h"
#include "lang/lang.h"
#include "policy/analyze.h"

#define MAX_CODE_BYTES (16u << 20)
/* The heap and stack a check of a small program uses: up to about 600 KiB
 * of heap for 50 lines of Python, JavaScript or Bash (the query, the tree,
 * the compiled regular expressions; Bash's and JavaScript's rules the
 * most: at 384 KiB a Bash check still took 120 page faults, at 640 KiB 99),
 * and 40-60 KiB of stack. */
#define CHECK_HEAP (640u << 10)
#define CHECK_STACK (64u << 10)

static const char check_usage[] =
    "usage: airlock check [OPTIONS] [FILE | - | -c CODE]\n"
    "Reports what a program tries to do: run shells or other programs, open\n"
    "sockets, read credentials, build code at run time (eval, exec, base64).\n"
    "\n"
    "  -l, --lang NAME        python | node (javascript) | bash (default: from FILE's\n"
    "                         extension; required with -c or -)\n"
    "  -c, --code TEXT        the program's text, instead of FILE\n"
    "      --fail-on LEVEL    exit 1 when a finding is at least info | warn | high\n"
    "                         (default high)\n"
    "      --rules DIR        also load the rules in DIR/<language>/NAME.scm\n"
    "      --json             print {\"findings\": [...]} and nothing else\n"
    "      --list-rules       list the rules (of --lang, else of every language) and exit\n"
    "\n"
    "Exit status: 0 nothing reached --fail-on, 1 something did, 125 misuse.\n";

struct check_args {
	const char *lang, *code, *file, *rules;
	enum severity fail_on;
	bool json, help, list;
};

static int parse_args(int argc, char **argv, struct check_args *a, err_t *err)
{
	static const struct option opts[] = {
	    {"lang", required_argument, NULL, 'l'},    {"code", required_argument, NULL, 'c'},
	    {"fail-on", required_argument, NULL, 'f'}, {"rules", required_argument, NULL, 'r'},
	    {"json", no_argument, NULL, 'j'},	       {"help", no_argument, NULL, 'h'},
	    {"list-rules", no_argument, NULL, 'L'},    {0, 0, 0, 0},
	};
	int o;

	memset(a, 0, sizeof(*a));
	a->fail_on = SEV_HIGH;
	opterr = 0;
	optind = 1;
	while ((o = getopt_long(argc, argv, "l:c:h", opts, NULL)) != -1) {
		switch (o) {
		case 'l':
			a->lang = optarg;
			break;
		case 'c':
			a->code = optarg;
			break;
		case 'r':
			a->rules = optarg;
			break;
		case 'j':
			a->json = true;
			break;
		case 'L':
			a->list = true;
			break;
		case 'h':
			a->help = true;
			return 0;
		case 'f':
			if (severity_parse(optarg, &a->fail_on) < 0)
				return err_set(err, 0, "--fail-on '%s' is not info, warn or high",
					       optarg);
			break;
		default:
			if (optopt)
				return err_set(err, 0,
					       "option -%c needs a value or is unknown; see "
					       "'airlock check --help'",
					       optopt);
			return err_set(err, 0, "unknown option '%s'; see 'airlock check --help'",
				       argv[optind - 1]);
		}
	}
	if (optind < argc)
		a->file = argv[optind++];
	if (a->list) {
		if (a->file || a->code)
			return err_set(err, 0, "--list-rules takes no program");
		if (a->lang && analyzer_language(a->lang) == NULL)
			return err_set(err, 0,
				       "no analysis for language '%s'; check covers python, "
				       "node (javascript) and bash",
				       a->lang);
		return 0;
	}
	if (optind < argc)
		return err_set(err, 0, "unexpected argument '%s': check takes one program",
			       argv[optind]);
	if (a->code && a->file)
		return err_set(err, 0, "give the program as FILE or with -c, not both");
	if (!a->code && !a->file)
		return err_set(err, 0,
			       "no program given: name a FILE, '-' for standard input, "
			       "or -c CODE");
	if (!a->lang && (a->code || strcmp(a->file, "-") == 0))
		return err_set(err, 0, "--lang is required with -c or -");
	return 0;
}

static const char *pick_language(const struct check_args *a, err_t *err)
{
	const char *name = a->lang;
	const char *lang;

	if (name == NULL) {
		const struct lang_profile *p = lang_from_filename(a->file);
		if (p == NULL) {
			err_set(err, 0,
				"cannot tell the language of '%s' from its name; use --lang",
				a->file);
			return NULL;
		}
		name = p->name;
	}
	if ((lang = analyzer_language(name)) == NULL)
		err_set(err, 0,
			"no analysis for language '%s'; check covers python, node "
			"(javascript) and bash",
			name);
	return lang;
}

struct listing {
	const char *lang;
	bool json;
	json_t *arr;
};

static void list_one(void *ctx, const char *id, enum severity sev, const char *message)
{
	struct listing *l = ctx;
	if (l->json)
		json_array_append_new(l->arr, json_pack("{s:s, s:s, s:s, s:s}", "language", l->lang,
							"rule", id, "severity", severity_name(sev),
							"message", message));
	else
		printf("%-11s %-22s %-5s %s\n", l->lang, id, severity_name(sev), message);
}

/* --list-rules: the rules in force, built-in and --rules DIR. */
static int list_rules(const struct check_args *a)
{
	const char *lang;
	struct analyzer *an;
	struct listing l = {.json = a->json, .arr = json_array()};
	err_t err;
	int status = 0;

	if (analyzer_new(a->rules, &an, &err) < 0) {
		print_error("%s", err.msg);
		json_decref(l.arr);
		return EXIT_AIRLOCK;
	}
	for (size_t i = 0; (lang = analyzer_language_at(i)) != NULL && status == 0; i++) {
		if (a->lang && strcmp(analyzer_language(a->lang), lang) != 0)
			continue;
		l.lang = lang;
		if (analyzer_rules(an, lang, list_one, &l, &err) < 0) {
			print_error("%s", err.msg);
			status = EXIT_AIRLOCK;
		}
	}
	if (status == 0 && a->json) {
		json_t *o = json_pack("{s:O}", "rules", l.arr);
		char *s = json_dumps(o, JSON_COMPACT);
		if (s == NULL || puts(s) < 0)
			status = EXIT_AIRLOCK;
		free(s);
		json_decref(o);
	}
	json_decref(l.arr);
	analyzer_free(an);
	return status;
}

/* The findings quote the program: shown, never obeyed (common/term.h). */
static void print_text(const char *file, const struct findings *f)
{
	char *name = term_str(file);

	for (size_t i = 0; i < f->n; i++) {
		const struct finding *x = &f->v[i];
		char *rule = term_str(x->rule), *message = term_str(x->message);
		char *text = term_str(x->text);
		printf("%s:%u:%u: %s %s: %s\n    %s\n", name, x->line, x->column,
		       severity_name(x->severity), rule, message, text);
		free(rule);
		free(message);
		free(text);
	}
	free(name);
}

int cmd_check(int argc, char **argv)
{
	struct check_args a;
	struct analyzer *an = NULL;
	struct findings f = {0};
	cleanup_free char *code = NULL;
	const char *lang;
	size_t len = 0;
	err_t err;
	int status;

	err_clear(&err);
	if (parse_args(argc, argv, &a, &err) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (a.help) {
		fputs(check_usage, stdout);
		return 0;
	}
	/* What an analysis touches of the heap and the stack, faulted in at
	 * once rather than a page fault at a time (about 70 of them, 0.6 ms
	 * of a 50-line program's check on the development machine). */
	heap_prefault(CHECK_HEAP);
	stack_prefault(CHECK_STACK);
	if (a.list)
		return list_rules(&a);
	if ((lang = pick_language(&a, &err)) == NULL) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (a.code) {
		code = xstrdup(a.code);
		len = strlen(a.code);
	} else if ((strcmp(a.file, "-") == 0
			? read_fd_max(0, MAX_CODE_BYTES, &code, &len, &err)
			: read_file_max(a.file, MAX_CODE_BYTES, &code, &len, &err)) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (analyzer_new(a.rules, &an, &err) < 0 || analyze(an, lang, code, len, &f, &err) < 0) {
		print_error("%s", err.msg);
		analyzer_free(an);
		return EXIT_AIRLOCK;
	}
	status = findings_reach(&f, a.fail_on) ? 1 : 0;
	if (a.json) {
		json_t *o = json_pack("{s:o}", "findings", findings_to_json(&f));
		char *s = json_dumps(o, JSON_COMPACT);
		if (s == NULL || puts(s) < 0)
			status = EXIT_AIRLOCK;
		free(s);
		json_decref(o);
	} else {
		print_text(a.code ? "<code>" : strcmp(a.file, "-") == 0 ? "<stdin>" : a.file, &f);
	}
	if (fflush(stdout) != 0)
		status = EXIT_AIRLOCK;
	findings_free(&f);
	analyzer_free(an);
	return status;
}
