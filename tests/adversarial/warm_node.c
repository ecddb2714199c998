/*
 * A run forked from the node template (airlock-warm-node) keeps every
 * isolation of a cold one (issue 12, goal 2). Each sandbox and its copy of
 * node serve one run and die, so nothing may pass from one run to the next:
 * each test of warm_node_state runs the SAME program once cold and then
 * several times through ONE template; every run looks for what an earlier
 * one left (globals, require.cache, process.env, files, descriptors,
 * timers, children), then leaves it. The protocol is tests/adversarial/
 * warm.c's: FOUND (must not appear), SAME (as the cold run), VALUE (never
 * twice), done (the last line).
 *
 * warm_node_isolation compares what a warm sandbox is with a cold one and
 * looks for the template from inside; warm_node_limits checks the limits
 * of a warm run hold.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"
#include "lib/template.h"

#define RUNS 3

static char sock[108];

static void start(void)
{
	template_start_lang("node", sock, sizeof(sock));
}

static void stop(void)
{
	template_stop();
}

TestSuite(warm_node_state, .init = start, .fini = stop, .timeout = 90);
TestSuite(warm_node_isolation, .init = start, .fini = stop, .timeout = 90);
TestSuite(warm_node_limits, .init = start, .fini = stop, .timeout = 90);

/* `airlock run --json -l node -c CODE [--template SOCK] EXTRA...`; a warm
 * one must have started warm when want_warm. */
static json_t *run_node(bool warm, bool want_warm, const char *code, const char *const extra[])
{
	const char *args[40];
	int n = 0;

	if (warm) {
		args[n++] = "--template";
		args[n++] = sock;
	}
	for (int i = 0; extra && extra[i] && n < 39; i++)
		args[n++] = extra[i];
	args[n] = NULL;
	json_t *r = run_json("node", code, args);
	if (warm && want_warm && strcmp(jstr(r, "start"), "warm") != 0) {
		dump_result(r);
		cr_assert_fail("the run started %s: %s", jstr(r, "start"), jstr(r, "start_note"));
	}
	return r;
}

static void expect_no_carry_over(const char *code, const char *const extra[])
{
	char *same_cold = NULL, *values = strdup("");

	for (int i = 0; i <= RUNS; i++) {
		char what[32];
		bool warm = i > 0;
		snprintf(what, sizeof(what), warm ? "warm run %d" : "the cold run", i);
		json_t *r = run_node(warm, true, code, extra);
		expect_clean(r, what);
		char *same = lines_with(jstr(r, "stdout"), "SAME");
		if (!warm)
			same_cold = strdup(same);
		else
			cr_expect_str_eq(same, same_cold, "%s differs from the cold run", what);
		free(same);
		char *v = lines_with(jstr(r, "stdout"), "VALUE");
		for (const char *l = v; *l;) {
			size_t n = strcspn(l, "\n");
			char *line = strndup(l, n);
			cr_expect(strstr(values, line) == NULL,
				  "%s drew what an earlier run drew: %s", what, line);
			free(line);
			l += n + (l[n] == '\n');
		}
		size_t have = strlen(values);
		values = realloc(values, have + strlen(v) + 1);
		strcpy(values + have, v);
		free(v);
		json_decref(r);
	}
	free(same_cold);
	free(values);
}

#define PRELUDE                                                                                    \
	"const fs = require('fs'), cp = require('child_process');\n"                               \
	"const found = (w) => console.log('FOUND', w);\n"

Test(warm_node_state, globals_modules_and_environment)
{
	expect_no_carry_over(
	    PRELUDE "if ('__airlock_left' in globalThis) found('a global of an earlier run');\n"
		    "if (Object.prototype.__airlock_left) found('a prototype of an earlier run');\n"
		    "if (JSON.__airlock_left) found('a built-in object of an earlier run');\n"
		    "const keys = Object.keys(require.cache);\n"
		    "if (keys.join() !== '/work/main.js') found('require.cache: ' + keys);\n"
		    "if (require('path').__airlock_left) found('a module of an earlier run');\n"
		    "if (process.env.AIRLOCK_LEFT) found('process.env of an earlier run');\n"
		    "if (process.listenerCount('exit')) found('an exit listener');\n"
		    "console.log('SAME', JSON.stringify(process.env));\n"
		    "console.log('SAME', process.argv.join(' '), process.execArgv.length);\n"
		    "console.log('done');\n"
		    "globalThis.__airlock_left = 1; Object.prototype.__airlock_left = 1;\n"
		    "JSON.__airlock_left = 1; require('path').__airlock_left = 1;\n"
		    "process.env.AIRLOCK_LEFT = '1'; process.on('exit', () => {});\n",
	    NULL);
}

Test(warm_node_state, files_descriptors_timers_and_children)
{
	expect_no_carry_over(
	    PRELUDE
	    "for (const f of ['/tmp/left', '/work/left', '/dev/shm/left'])\n"
	    "  if (fs.existsSync(f)) found('file ' + f);\n"
	    "for (const p of fs.readdirSync('/proc'))\n"
	    "  if (/^\\d+$/.test(p) && p !== '1' && +p !== process.pid)\n"
	    "    found('process ' + p + ': ' + fs.readFileSync('/proc/' + p + '/cmdline'));\n"
	    "for (const fd of fs.readdirSync('/proc/self/fd')) {\n"
	    "  let t; try { t = fs.readlinkSync('/proc/self/fd/' + fd); } catch { continue; }\n"
	    "  if (t.startsWith('socket:') || t.startsWith('/memfd:')) found('fd ' + fd + ' ' + "
	    "t);\n"
	    "}\n"
	    "console.log('SAME pid', process.pid);\n"
	    "console.log('done');\n"
	    "for (const f of ['/tmp/left', '/work/left', '/dev/shm/left']) fs.writeFileSync(f, "
	    "'x');\n"
	    "setTimeout(() => console.log('FOUND a timer of an earlier run'), 60000).unref();\n"
	    "cp.spawn('sleep', ['60'], {detached: true, stdio: 'ignore'}).unref();\n",
	    NULL);
}

/* The bootstrap loads the stream and net modules and runs console.log on
 * a console of its own before it waits (src/warm/node.c): none of that
 * shows, nor passes to a later run. */
Test(warm_node_state, modules_and_console_warmed_before_the_run)
{
	expect_no_carry_over(
	    PRELUDE
	    "const net = require('net'), stream = require('stream');\n"
	    "const names = (o) => Object.getOwnPropertyNames(o).sort().join(',');\n"
	    "console.log('SAME', names(net), names(stream));\n"
	    "console.log('SAME', names(net.Socket.prototype), names(stream.Writable.prototype));\n"
	    "console.log('SAME', names(console), names(Object.getPrototypeOf(console)));\n"
	    "console.log('SAME', process._getActiveHandles().length, "
	    "process._getActiveRequests().length);\n"
	    "for (const s of [process.stdin, process.stdout, process.stderr])\n"
	    "  console.log('SAME', s.constructor.name, s._type, s.fd, s.writable);\n"
	    "for (const e of ['exit', 'beforeExit', 'warning', 'uncaughtException', "
	    "'newListener'])\n"
	    "  console.log('SAME', e, process.listenerCount(e));\n"
	    "if (net.Socket.prototype.__airlock_left || stream.Writable.prototype.__airlock_left "
	    "||\n"
	    "    console.__airlock_left || console.Console.prototype.__airlock_left)\n"
	    "  found('a module or console of an earlier run');\n"
	    "console.log('done');\n"
	    "net.Socket.prototype.__airlock_left = stream.Writable.prototype.__airlock_left = 1;\n"
	    "console.__airlock_left = console.Console.prototype.__airlock_left = 1;\n",
	    NULL);
}

Test(warm_node_state, random_generators_differ)
{
	expect_no_carry_over(
	    PRELUDE "console.log('VALUE', Math.random());\n"
		    "console.log('VALUE', require('crypto').randomBytes(16).toString('hex'));\n"
		    "console.log('VALUE', require('crypto').randomUUID());\n"
		    "console.log('done');\n",
	    NULL);
}

/* The program holds no way to its init or the template: a forged report
 * would need init's socket, which is closed before the program starts. */
Test(warm_node_isolation, program_cannot_forge_its_result)
{
	json_t *r =
	    run_node(true, true,
		     "const fs = require('fs');\n"
		     "for (let fd = 3; fd < 64; fd++) {\n"
		     "  let t = ''; try { t = fs.readlinkSync('/proc/self/fd/' + fd); } catch {}\n"
		     "  if (!t.startsWith('socket:')) continue;\n"
		     "  console.log('socket at', fd);\n"
		     "  try { fs.writeSync(fd, Buffer.alloc(240, 1)); } catch {}\n"
		     "}\n"
		     "process.exit(3);\n",
		     NULL);
	cr_expect_str_eq(jstr(r, "status"), "runtime_error");
	cr_expect_eq(json_integer_value(json_object_get(r, "exit_code")), 3);
	cr_expect(strstr(jstr(r, "stdout"), "socket at") == NULL, "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(warm_node_isolation, credentials_and_restrictions_are_cold_ones)
{
	static const char code[] =
	    "const fs = require('fs');\n"
	    "const st = fs.readFileSync('/proc/self/status', 'utf8');\n"
	    "for (const l of st.split('\\n'))\n"
	    "  if (/^(Uid|Gid|Groups|Cap\\w+|NoNewPrivs|Seccomp\\w*):/.test(l)) console.log(l);\n"
	    "for (const f of ['uid_map', 'gid_map', 'setgroups', 'limits'])\n"
	    "  console.log(fs.readFileSync('/proc/self/' + f, 'utf8'));\n"
	    "console.log(require('os').hostname(), process.getuid(), process.getgid());\n"
	    "console.log(fs.readdirSync('/'), fs.readdirSync('/work'));\n"
	    "try { fs.writeFileSync('/usr/x', 'x'); } catch (e) { console.log(e.code); }\n";
	json_t *cold = run_node(false, false, code, NULL), *warm = run_node(true, true, code, NULL);
	cr_expect_str_eq(jstr(cold, "status"), "ok", "%s", jstr(cold, "stderr"));
	cr_expect_str_eq(jstr(warm, "stdout"), jstr(cold, "stdout"));
	json_decref(cold);
	json_decref(warm);
}

static void hex_of(const char *s, char *out, size_t size)
{
	size_t n = 0;
	for (; *s && n + 3 < size; s++, n += 2)
		snprintf(out + n, 3, "%02x", (unsigned char)*s);
	out[n] = '\0';
}

/* The template (its pid, command line, environment, socket) is not to be
 * found from inside: only init and the program are in /proc. */
Test(warm_node_isolation, proc_shows_no_template)
{
	char secret[256], path[256];
	hex_of(template_secret(), secret, sizeof(secret));
	hex_of(sock, path, sizeof(path));
	const char *extra[] = {"--", secret, path, NULL};
	json_t *r = run_node(
	    true, true,
	    PRELUDE
	    "const want = process.argv.slice(2).map((h) => Buffer.from(h, 'hex'));\n"
	    "const pids = fs.readdirSync('/proc').filter((p) => /^\\d+$/.test(p));\n"
	    "if (pids.join() !== '1,' + process.pid) found('processes ' + pids);\n"
	    "if (fs.readFileSync('/proc/1/cmdline', 'latin1') !== 'airlock-init\\0')\n"
	    "  found('init is ' + fs.readFileSync('/proc/1/cmdline', 'latin1'));\n"
	    "for (const p of pids.concat(['self', 'thread-self']))\n"
	    "  for (const f of ['environ', 'comm', 'status', 'stat', 'maps', 'mountinfo']) {\n"
	    "    let d; try { d = fs.readFileSync('/proc/' + p + '/' + f); } catch { continue; }\n"
	    "    for (const w of want) if (d.includes(w)) found('/proc/' + p + '/' + f + ' holds ' "
	    "+ w);\n"
	    "  }\n"
	    "console.log('done');\n",
	    extra);
	expect_clean(r, "the warm run");
	json_decref(r);
}

/* unshare(2) from a child of the program: the policy ends the run, as it
 * ends a cold one */
Test(warm_node_isolation, forbidden_syscall_is_denied)
{
	json_t *r = run_node(true, true,
			     "require('child_process').spawnSync('unshare', ['-U', 'true']);\n"
			     "console.log('allowed');\n",
			     NULL);
	cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "%s", jstr(r, "stdout"));
	cr_expect_str_eq(jstr(json_object_get(r, "denied"), "syscall"), "unshare");
	json_decref(r);
}

Test(warm_node_limits, memory)
{
	json_t *r =
	    run_node(true, false, "const a = []; for (;;) a.push(Buffer.alloc(16 << 20, 1));\n",
		     (const char *const[]){"-m", "96", NULL});
	cr_expect_str_eq(jstr(r, "status"), "memory_limit", "%s", jstr(r, "stderr"));
	json_decref(r);
}

Test(warm_node_limits, wall_time)
{
	json_t *r = run_node(true, true, "setInterval(() => {}, 1000);\n",
			     (const char *const[]){"-w", "1", NULL});
	cr_expect_str_eq(jstr(r, "status"), "wall_time_limit");
	json_decref(r);
}

Test(warm_node_limits, output)
{
	json_t *r = run_node(true, true, "for (;;) process.stdout.write('x'.repeat(65536));\n",
			     (const char *const[]){"-o", "4", NULL});
	cr_expect_str_eq(jstr(r, "status"), "output_limit", "%s", jstr(r, "stderr"));
	json_decref(r);
}

Test(warm_node_limits, disk)
{
	json_t *r = run_node(
	    true, true,
	    "const fs = require('fs');\n"
	    "try { for (let i = 0;; i++) fs.writeFileSync('/tmp/f' + i, Buffer.alloc(1 << 20)); }\n"
	    "catch (e) { console.log(e.code); }\n",
	    NULL);
	cr_expect_str_eq(jstr(r, "stdout"), "ENOSPC\n", "%s", jstr(r, "stderr"));
	json_decref(r);
}
