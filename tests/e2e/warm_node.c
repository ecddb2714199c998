/*
 * airlock-warm-node (issue 12): a run handed to a node started ahead of
 * it behaves as `node main.js` started cold -- its output, exit status,
 * uncaught-exception report, argv, main module, ES modules, standard
 * input -- and a run that node could not start as a new one starts cold
 * and says why.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/harness.h"
#include "lib/template.h"

static char sock[108];

static void start(void)
{
	template_start_lang("node", sock, sizeof(sock));
}

static void stop(void)
{
	template_stop();
}

TestSuite(warm_node, .init = start, .fini = stop, .timeout = 90);

/* `airlock run --json [--template SOCK] ARGS...`: the result. */
static json_t *run_args(bool warm, const char *const args[])
{
	return template_run_json(warm ? sock : NULL, args);
}

/* The one line a warm run's stack traces differ in (docs/warm.md): the
 * outermost frame, node's run_main_module in a cold run, the event loop's
 * immediate queue in a warm one. */
static json_t *as_cold_frame(json_t *v)
{
	static const char warm_frame[] = "at process.processImmediate (node:internal/timers:";
	static const char cold_frame[] = "at node:internal/main/run_main_module:28:49";
	const char *s = json_string_value(v);
	if (s == NULL)
		return json_incref(v);
	char *out = malloc(strlen(s) * 2 + 1), *o = out;
	while (*s) {
		if (strncmp(s, warm_frame, sizeof(warm_frame) - 1) == 0) {
			const char *end = strchr(s, ')');
			if (end) {
				o = stpcpy(o, cold_frame);
				s = end + 1;
				continue;
			}
		}
		*o++ = *s++;
	}
	*o = '\0';
	json_t *r = json_string(out);
	free(out);
	return r;
}

static void expect_same(json_t *cold, json_t *warm, const char *key, const char *what)
{
	json_t *c = json_object_get(cold, key), *w = as_cold_frame(json_object_get(warm, key));
	if (!json_equal(c, w) && !(c == NULL && w == NULL)) {
		char *cs = c ? json_dumps(c, JSON_ENCODE_ANY) : strdup("(none)");
		char *ws = w ? json_dumps(w, JSON_ENCODE_ANY) : strdup("(none)");
		cr_expect_fail("%s: %s differs\ncold: %s\nwarm: %s", what, key, cs, ws);
		free(cs);
		free(ws);
	}
	json_decref(w);
}

/* Runs args cold, then warm, and compares what a caller sees. */
static void expect_as_cold(const char *what, const char *const args[])
{
	json_t *cold = run_args(false, args), *warm = run_args(true, args);
	static const char *const keys[] = {"status", "exit_code",	 "signal", "stdout",
					   "stderr", "stdout_truncated", "error",  NULL};

	cr_expect_str_eq(jstr(warm, "start"), "warm", "%s: started %s: %s", what,
			 jstr(warm, "start"), jstr(warm, "start_note"));
	cr_expect_str_eq(jstr(cold, "start"), "cold", "%s", what);
	for (int i = 0; keys[i]; i++)
		expect_same(cold, warm, keys[i], what);
	json_decref(cold);
	json_decref(warm);
}

#define AS_COLD(name, code)                                                                        \
	Test(warm_node, name)                                                                      \
	{                                                                                          \
		expect_as_cold(#name, (const char *const[]){"-l", "node", "-c", code, NULL});      \
	}

AS_COLD(hello, "console.log('hello')")
AS_COLD(argv_main_module_and_filename,
	"console.log(process.argv, process.argv0, process.execArgv, process.execPath);\n"
	"console.log(require.main === module, __filename, __dirname, module.id);\n"
	"console.log(Object.keys(require.cache), process.mainModule === module);\n"
	"console.log(process.cwd(), process.title, typeof process._eval);")
AS_COLD(globals_are_a_new_nodes,
	"console.log(Object.getOwnPropertyNames(globalThis).sort().join(' '))")
AS_COLD(environment, "console.log(JSON.stringify(process.env))")
AS_COLD(uncaught_exception_and_its_stack, "function f() {\n  throw new Error('boom');\n}\nf();\n")
AS_COLD(thrown_value_that_is_not_an_error, "throw {answer: 42};")
AS_COLD(unhandled_rejection, "Promise.reject(new TypeError('nope'));")
AS_COLD(exit_code, "console.log('a'); process.exit(3);")
AS_COLD(exit_code_set, "process.exitCode = 7; setTimeout(() => console.log('later'), 10);")
AS_COLD(exit_event_and_timers, "process.on('exit', (c) => console.log('exit', c));\n"
			       "setTimeout(() => console.log('timer'), 5);\n"
			       "Promise.resolve().then(() => console.log('microtask'));\n"
			       "process.nextTick(() => console.log('tick'));")
AS_COLD(stdout_and_stderr_streams,
	"process.stdout.write('out\\n'); process.stderr.write('err\\n');\n"
	"console.log(process.stdout.isTTY, process.stdin.isTTY, process.stdout.constructor.name);")
AS_COLD(syntax_error, "let x = ;")
AS_COLD(stack_of_a_caught_error, "console.log(new Error('here').stack)")
AS_COLD(proc_self_cmdline_args,
	"const c = require('fs').readFileSync('/proc/self/cmdline', 'latin1');\n"
	"console.log(JSON.stringify(c.replace(/\\0+$/, '')));")

Test(warm_node, standard_input)
{
	char path[] = "/tmp/airlock-warm-node-in.XXXXXX";
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, "3\n4\n", 4), 4);
	close(fd);
	chmod(path, 0644);
	expect_as_cold(
	    "stdin", (const char *const[]){"-i", path, "-l", "node", "-c",
					   "const s = require('fs').readFileSync(0, 'utf8');\n"
					   "console.log(s.split('\\n').filter(Boolean).map(Number)"
					   ".reduce((a, b) => a + b));\n"
					   "process.stdin.on('data', () => {}).on('end', () => "
					   "console.log('end'));",
					   NULL});
	unlink(path);
}

Test(warm_node, es_module)
{
	char dir[] = "/tmp/airlock-warm-node-esm.XXXXXX", path[80];
	cr_assert_not_null(mkdtemp(dir));
	chmod(dir, 0755);
	snprintf(path, sizeof(path), "%s/prog.mjs", dir);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs("import { basename } from 'node:path';\n"
	      "console.log(basename(import.meta.url), typeof require, process.argv.length);\n"
	      "const x = await Promise.resolve(5);\nconsole.log(x);\n",
	      f);
	fclose(f);
	chmod(path, 0644);
	expect_as_cold("an .mjs program", (const char *const[]){path, NULL});
	unlink(path);
	rmdir(dir);
}

/* One run after another: each is warm (a run waits for the node being
 * started rather than start one of its own), and each node is new. */
Test(warm_node, runs_in_a_row_are_warm_and_new)
{
	char seen[5][64];
	for (int i = 0; i < 5; i++) {
		json_t *r = run_args(true, (const char *const[]){
					       "-l", "node", "-c",
					       "globalThis.__mark = (globalThis.__mark || 0) + 1;\n"
					       "console.log(__mark, Math.random());",
					       NULL});
		cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
		cr_expect_str_eq(jstr(r, "start"), "warm", "%s", jstr(r, "start_note"));
		snprintf(seen[i], sizeof(seen[i]), "%s", jstr(r, "stdout"));
		cr_expect(strncmp(seen[i], "1 ", 2) == 0, "run %d saw an earlier run's global: %s",
			  i, seen[i]);
		for (int k = 0; k < i; k++)
			cr_expect_str_neq(seen[i], seen[k], "runs %d and %d drew the same", k, i);
		json_decref(r);
	}
}

/* What a warm run reports includes node's start-up: its CPU time is about
 * a cold run's, not a fraction of it (no timing: only that it is counted). */
Test(warm_node, accounting_includes_the_start_up)
{
	json_t *r = run_args(true, (const char *const[]){"-l", "node", "-c", "1", NULL});
	cr_assert_str_eq(jstr(r, "start"), "warm", "%s", jstr(r, "start_note"));
	json_t *t = json_object_get(r, "time");
	json_int_t cpu = json_integer_value(json_object_get(t, "cpu_ms"));
	json_int_t peak = json_integer_value(json_object_get(r, "memory_peak_kb"));
	/* a node's start alone takes more than 5 ms of CPU and 2 MB */
	cr_expect_gt(cpu, 5, "cpu_ms %lld", (long long)cpu);
	cr_expect_gt(peak, 2048, "memory_peak_kb %lld", (long long)peak);
	json_decref(r);
}

static void expect_cold_because(json_t *r, const char *note, const char *out)
{
	if (strcmp(jstr(r, "status"), "ok") != 0)
		dump_result(r);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "start"), "cold");
	cr_expect(strstr(jstr(r, "start_note"), note) != NULL, "start_note: '%s', not about '%s'",
		  jstr(r, "start_note"), note);
	cr_expect_str_eq(jstr(r, "stdout"), out);
}

Test(warm_node, other_limits_start_cold)
{
	/* a CPU limit other than the default, far enough for a cold node on a
	 * slow (emulated) machine */
	json_t *r = run_args(true, (const char *const[]){"-t", test_seconds(3), "-l", "node", "-c",
							 "console.log(process.argv.length)", NULL});
	expect_cold_because(r, "no node was started ahead for this run's limits", "2\n");
	json_decref(r);
}

Test(warm_node, network_starts_cold)
{
	json_t *r = run_args(true, (const char *const[]){"--net", "loopback", "-l", "node", "-c",
							 "console.log('net')", NULL});
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "start"), "cold");
	cr_expect_str_eq(jstr(r, "stdout"), "net\n");
	json_decref(r);
}
