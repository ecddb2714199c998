/*
 * The analyzer against the interpreters themselves: a corpus of programs
 * built to make the analysis read another program than the interpreter
 * runs (line ends, encodings, byte-order marks, NUL bytes, comments that
 * end where a grammar does not expect, names that are one name to the
 * interpreter and another to a grammar), each ending in a payload that
 * runs a shell. Every program that the analysis lets pass (no finding of
 * severity high) is run by the real python3, node or bash, and must not
 * have run its shell.
 *
 * The corpus is generated (contexts x separators x endings, as a fuzzer's
 * seeds) plus cases written by hand for each differential found.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "policy/analyze.h"

static struct analyzer *A;
static char dir[] = "/tmp/airlock-differential-XXXXXX";

static void setup(void)
{
	err_t err;
	cr_assert_eq(analyzer_new(NULL, &A, &err), 0, "%s", err.msg);
	cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void)
{
	char cmd[128];
	analyzer_free(A);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	(void)!system(cmd);
}

TestSuite(differential, .init = setup, .fini = teardown, .timeout = 300);

struct lang {
	const char *name, *ext, *interp;
	const char *payload; /* prints RAN-42 through a shell */
	const char *const *contexts;
	const char *const *closers; /* appended after the payload's line */
};

static const char *const seps[] = {
    "\r",   "\r\n",   "\n",   "\f",	      "\v",   "\xc2\x85", "\xe2\x80\xa8", "\xe2\x80\xa9",
    "\\\r", "\\\r\n", "\x1a", "\xef\xbb\xbf", "\x1c", "\x1e",	  "\xc2\xa0",	  "\xe3\x80\x80",
};

static const char *const py_contexts[] = {"# c",
					  "x = 1",
					  "s = '''",
					  "s = '",
					  "x = 1 \\",
					  "if 1:",
					  "#!/usr/bin/python3",
					  "# coding: latin-1",
					  NULL};
static const char *const js_contexts[] = {"// c", "x = 1", "/* c",  "s = `",	"x <!-- c",
					  "-->",  "#!/x",  "x = '", "x <!-- `", NULL};
static const char *const sh_contexts[] = {"# c",       "x=1",	 "cat <<EOF", "echo '",
					  "echo \\",   "echo a", ": <<'EOF'", "echo a #",
					  "case x in", NULL};
static const char *const py_closers[] = {"", "'''\n", NULL};
static const char *const js_closers[] = {"", "`*/\n", NULL};
static const char *const sh_closers[] = {"", "EOF\n'\n", NULL};

static const struct lang langs[] = {
    {"python", "py", "/usr/bin/python3", "import os; os.system(\"echo RAN-$((6*7))\")", py_contexts,
     py_closers},
    {"javascript", "js", "/usr/bin/node",
     "require(\"child_process\").execSync(\"echo RAN-$((6*7))\",{stdio:\"inherit\"})", js_contexts,
     js_closers},
    {"bash", "sh", "/bin/bash", "echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh", sh_contexts,
     sh_closers},
};

/* Programs the analysis let pass, waiting to be run. */
struct pending {
	char path[128];
	char *src;
	size_t len;
};
static struct pending todo[1024];
static size_t ntodo;

/* Analyses one program; when nothing high was found, it is kept for
 * run_pending. */
static void check_one(const struct lang *l, const char *src, size_t len)
{
	struct findings f;
	err_t err;

	cr_assert_eq(analyze(A, l->name, src, len, &f, &err), 0, "%s", err.msg);
	bool high = findings_reach(&f, SEV_HIGH);
	findings_free(&f);
	if (high)
		return;
	cr_assert_lt(ntodo, ARRAY_SIZE(todo));
	struct pending *p = &todo[ntodo];
	snprintf(p->path, sizeof(p->path), "%s/c%zu.%s", dir, ntodo, l->ext);
	p->src = xmalloc(len + 1);
	memcpy(p->src, src, len);
	p->len = len;
	ntodo++;
	FILE *fp = fopen(p->path, "wb");
	cr_assert_not_null(fp);
	fwrite(src, 1, len, fp);
	fclose(fp);
}

static void show(const char *what, const char *src, size_t len);

/* Runs each kept program as its interpreter runs a file; returns how many
 * ran their shell. Node loads them all in one process, through the loader
 * that runs a main module (require: the same BOM, hashbang and CommonJS
 * handling), each after a line that names it. */
static int run_pending(const struct lang *l)
{
	int bad = 0;
	struct proc_out o;

	if (strcmp(l->name, "javascript") == 0 && ntodo > 0) {
		const char **argv = xcalloc(ntodo + 4, sizeof(*argv));
		argv[0] = l->interp;
		argv[1] = "-e";
		argv[2] = "for (const f of process.argv.slice(1)) {"
			  " process.stdout.write('\\n@@' + f + '\\n');"
			  " try { require(f); } catch (e) {} }";
		for (size_t i = 0; i < ntodo; i++)
			argv[3 + i] = todo[i].path;
		run_cmd(argv, NULL, 120, &o);
		free(argv);
		for (size_t i = 0; i < ntodo; i++) {
			char mark[160];
			snprintf(mark, sizeof(mark), "\n@@%s\n", todo[i].path);
			const char *at = strstr(o.out, mark), *next;
			cr_assert_not_null(at, "%s was not run: %s", todo[i].path, o.err);
			at += strlen(mark);
			next = strstr(at, "\n@@");
			const char *ran = strstr(at, "RAN-42");
			if (ran && (next == NULL || ran < next)) {
				show("runs a shell, and no high finding", todo[i].src, todo[i].len);
				bad++;
			}
		}
		proc_out_free(&o);
	} else {
		for (size_t i = 0; i < ntodo; i++) {
			/* python3 without site: the same tokenizer, half the start */
			const char *py[] = {l->interp, "-I", "-S", todo[i].path, NULL};
			const char *sh[] = {l->interp, todo[i].path, NULL};
			run_cmd(strcmp(l->name, "python") == 0 ? py : sh, NULL, 10, &o);
			if (strstr(o.out, "RAN-42")) {
				show("runs a shell, and no high finding", todo[i].src, todo[i].len);
				bad++;
			}
			proc_out_free(&o);
		}
	}
	for (size_t i = 0; i < ntodo; i++) {
		unlink(todo[i].path);
		free(todo[i].src);
	}
	ntodo = 0;
	return bad;
}

static void show(const char *what, const char *src, size_t len)
{
	char *esc = xmalloc(len * 4 + 1), *p = esc;
	for (size_t i = 0; i < len; i++)
		p += (unsigned char)src[i] < 0x20 || (unsigned char)src[i] >= 0x7f
			 ? sprintf(p, "\\x%02x", (unsigned char)src[i])
			 : sprintf(p, "%c", src[i]);
	cr_log_error("%s: %s", what, esc);
	free(esc);
}

/* Every context, separator and ending: "<context><sep><payload><end>". */
static void generated(const struct lang *l)
{
	int n = 0;

	for (size_t c = 0; l->contexts[c]; c++)
		for (size_t s = 0; s < ARRAY_SIZE(seps); s++)
			for (size_t e = 0; l->closers[e]; e++) {
				struct buf b = {0};
				buf_append(&b, l->contexts[c], strlen(l->contexts[c]));
				buf_append(&b, seps[s], strlen(seps[s]));
				buf_append(&b, l->payload, strlen(l->payload));
				buf_append(&b, "\n", 1);
				buf_append(&b, l->closers[e], strlen(l->closers[e]));
				check_one(l, b.data, b.len);
				buf_free(&b);
				n++;
			}
	int bad = run_pending(l);
	cr_expect_eq(bad, 0, "%s: %d of %d programs ran a shell unseen", l->name, bad, n);
}

Test(differential, python_line_ends)
{
	generated(&langs[0]);
}
Test(differential, javascript_line_ends)
{
	generated(&langs[1]);
}
Test(differential, bash_line_ends)
{
	generated(&langs[2]);
}

/* Written by hand: each is a differential that was found. */
#define CASE(s)                                                                                    \
	{                                                                                          \
		s, sizeof(s) - 1                                                                   \
	}
static const struct {
	const char *src;
	size_t len;
} py_cases[] = {
    CASE("# -*- coding: utf-7 -*-\nimport os\n+AG8-s.system('echo RAN-$((6*7))')\n"),
    CASE("#!/usr/bin/python3\n# vim: fileencoding=utf-7\nimport os\n"
	 "+AG8-s.system('echo RAN-$((6*7))')\n"),
    CASE("\n# coding: utf-7\nimport os\n+AG8-s.system('echo RAN-$((6*7))')\n"),
    CASE("#\r# coding: utf-7\rimport os\r+AG8-s.system('echo RAN-$((6*7))')\n"),
    CASE("# coding=UTF_7\nimport os\n+AG8-s.system('echo RAN-$((6*7))')\n"),
    CASE("# coding: latin-1\r# second\rimport os; os.system('echo RAN-$((6*7))')\n"),
    CASE("# coding: latin-1\nx = '\xe9'; import os; os.system('echo RAN-$((6*7))')\n"),
    CASE("\xef\xbb\xbfimport os; os.system('echo RAN-$((6*7))')\n"),
    CASE("import os; \xef\xbd\x8f\xef\xbd\x93.system('echo RAN-$((6*7))')\n"),
    CASE("import os; os.\xc5\xbfystem('echo RAN-$((6*7))')\n"),
    CASE("import \xf0\x9d\x90\xa8\xf0\x9d\x90\xac; \xf0\x9d\x90\xa8\xf0\x9d\x90\xac"
	 ".system('echo RAN-$((6*7))')\n"),
    CASE("\xef\xbd\x85\xef\xbd\x98\xef\xbd\x85\xef\xbd\x83('import os; "
	 "os.system(\"echo RAN-$((6*7))\")')\n"),
    CASE("exec('# c\\rimport os; os.system(\"echo RAN-$((6*7))\")')\n"),
    CASE("x = 1 # a\0b\nimport os; os.system('echo RAN-$((6*7))')\n"),
};
static const struct {
	const char *src;
	size_t len;
} js_cases[] = {
    CASE("x = 1\nx <!-- `\nrequire('child_process').execSync('echo RAN-$((6*7))',"
	 "{stdio:'inherit'})\n//`\n"),
    CASE("x = 1\nx <!-- /*\nrequire('child_process').execSync('echo RAN-$((6*7))',"
	 "{stdio:'inherit'})\n//*/\n"),
    CASE("require('child_process').\\u0065xecSync('echo RAN-$((6*7))',{stdio:'inherit'})\n"),
    CASE("const {\\u0065xecSync: e} = require('child_process'); "
	 "e('echo RAN-$((6*7))',{stdio:'inherit'})\n"),
    CASE("\\u0065val('require(\"child_process\").execSync(\"echo RAN-$((6*7))\","
	 "{stdio:\"inherit\"})')\n"),
    CASE("const cp = require('child_process'); "
	 "cp.\\u{65}xecSync('echo RAN-$((6*7))',{stdio:'inherit'})\n"),
    CASE("\\u0072equire('child_process').execSync('echo RAN-$((6*7))',{stdio:'inherit'})\n"),
    CASE("// c\0\nrequire('child_process').execSync('echo RAN-$((6*7))',{stdio:'inherit'})\n"),
    CASE("s = `a\0b`; require('child_process').execSync('echo RAN-$((6*7))',"
	 "{stdio:'inherit'})\n"),
    CASE("/* \xff */ require('child_process').execSync('echo RAN-$((6*7))',{stdio:'inherit'})\n"),
    CASE("eval('// c\\u2028require(\"child_process\").execSync(\"echo RAN-$((6*7))\","
	 "{stdio:\"inherit\"})')\n"),
};
static const struct {
	const char *src;
	size_t len;
} sh_cases[] = {
    CASE("echo a\r# $(echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh)\n"),
    CASE("x=1\r# ; echo $(echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh)\n"),
    CASE("echo a\v# $(echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh)\n"),
    CASE("echo a\f# $(echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh)\n"),
    CASE("cat <<EOF\r\nx\nEOF\r\necho ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh\nEOF\n"),
    CASE("cat <<EOF\nx\nEOF\r\nEOF\necho ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh\n"),
    CASE("echo hi\nech\0o ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | s\0h\n"),
    CASE("echo hi\nev\0al 'echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh'\n"),
    CASE("echo 'a\r';echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh\n"),
    CASE("echo \\\r\necho ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh\n"),
    CASE("bash -c $'echo a\\r# $(echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh)'\n"),
};

#define HAND(l, cases)                                                                             \
	do {                                                                                       \
		for (size_t i = 0; i < ARRAY_SIZE(cases); i++)                                     \
			check_one(l, cases[i].src, cases[i].len);                                  \
		int bad = run_pending(l);                                                          \
		cr_expect_eq(bad, 0, "%s: %d programs ran a shell unseen", (l)->name, bad);        \
	} while (0)

Test(differential, python_by_hand)
{
	HAND(&langs[0], py_cases);
}
Test(differential, javascript_by_hand)
{
	HAND(&langs[1], js_cases);
}
Test(differential, bash_by_hand)
{
	HAND(&langs[2], sh_cases);
}

/* The harness itself: the payloads run where nothing hides them. */
Test(differential, the_payloads_run)
{
	for (size_t i = 0; i < ARRAY_SIZE(langs); i++) {
		char path[128];
		struct proc_out o;
		snprintf(path, sizeof(path), "%s/plain.%s", dir, langs[i].ext);
		FILE *fp = fopen(path, "w");
		cr_assert_not_null(fp);
		fprintf(fp, "%s\n", langs[i].payload);
		fclose(fp);
		const char *argv[] = {langs[i].interp, path, NULL};
		run_cmd(argv, NULL, 10, &o);
		cr_expect(strstr(o.out, "RAN-42"), "%s did not run its payload: %s%s",
			  langs[i].name, o.out, o.err);
		proc_out_free(&o);
	}
}
