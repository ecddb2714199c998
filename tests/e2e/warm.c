/*
 * A warm start is a cold start, faster: the same program gives the same
 * stdout, stderr, exit code, status (and diagnostics, collected files)
 * whether its interpreter was started for it or cloned from a warm
 * template (lib/template.h). Each test runs its program both ways and
 * compares; the warm run must have started warm. warm_fallback: when a
 * warm start cannot be, the run starts cold, says why, and is otherwise an
 * ordinary run.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "lib/corpus.h"
#include "lib/harness.h"
#include "lib/template.h"

static char sock[108];

static void start(void)
{
	template_start(sock, sizeof(sock));
}

static void stop(void)
{
	template_stop();
}

TestSuite(warm_fidelity, .init = start, .fini = stop, .timeout = 60);
TestSuite(warm_fallback, .init = start, .fini = stop, .timeout = 60);

/* `airlock run --json [--template SOCK] ARGS...`: the result. */
static json_t *run_args(bool warm, const char *const args[])
{
	return template_run_json(warm ? sock : NULL, args);
}

/* s with every address (0x and 6 or more hex digits) as "0x?": they
 * differ between any two runs, cold ones too. */
static json_t *without_addresses(json_t *v)
{
	const char *s = json_string_value(v);
	if (s == NULL)
		return json_incref(v);
	char *out = malloc(strlen(s) + 1), *o = out;
	while (*s) {
		size_t n = s[0] == '0' && s[1] == 'x' ? strspn(s + 2, "0123456789abcdef") : 0;
		if (n >= 6) {
			memcpy(o, "0x?", 3);
			o += 3;
			s += 2 + n;
		} else {
			*o++ = *s++;
		}
	}
	*o = '\0';
	json_t *r = json_string(out);
	free(out);
	return r;
}

static void expect_same(json_t *cold, json_t *warm, const char *key, const char *what)
{
	json_t *c = without_addresses(json_object_get(cold, key));
	json_t *w = without_addresses(json_object_get(warm, key));
	if (!json_equal(c, w) && !(c == NULL && w == NULL)) {
		char *cs = c ? json_dumps(c, JSON_ENCODE_ANY) : strdup("(none)");
		char *ws = w ? json_dumps(w, JSON_ENCODE_ANY) : strdup("(none)");
		cr_expect_fail("%s: %s differs\ncold: %s\nwarm: %s", what, key, cs, ws);
		free(cs);
		free(ws);
	}
	json_decref(c);
	json_decref(w);
}

/* Runs args cold, then warm, and compares what a caller sees. */
static void expect_as_cold(const char *what, const char *const args[])
{
	json_t *cold = run_args(false, args), *warm = run_args(true, args);
	static const char *const keys[] = {"status", "exit_code", "signal",	 "stdout",
					   "stderr", "files",	  "diagnostics", "stdout_truncated",
					   "error",  NULL};

	cr_expect_str_eq(jstr(warm, "start"), "warm", "%s: started %s: %s", what,
			 jstr(warm, "start"), jstr(warm, "start_note"));
	cr_expect_str_eq(jstr(cold, "start"), "cold", "%s", what);
	for (int i = 0; keys[i]; i++)
		expect_same(cold, warm, keys[i], what);
	json_decref(cold);
	json_decref(warm);
}

/* A warm run of python that starts a sleep and sleeps: three processes
 * (init, python and its sleep) until it is stopped. */
#define SLEEPING_WARM_RUN                                                                          \
	"--template", sock, "-l", "python", "-c",                                                  \
	    "import subprocess, time\nsubprocess.Popen(['sleep', '60'])\ntime.sleep(60)", NULL

/* A warm run's init and program join the run's cgroup themselves (the
 * program through the files init forwards with its go): every process of
 * the run is in it, in every controller, and nothing else is. */
Test(warm_fidelity, every_process_is_in_the_runs_cgroup)
{
	const char *args[] = {SLEEPING_WARM_RUN};
	/* init, python and its sleep */
	expect_run_cgroup_holds_the_sandbox(args, 3);
}

/* ---- warm_cgroup: where a ready sandbox's processes live (root) ---- */

static char cg_parent[64];

static void cg_start(void)
{
	snprintf(cg_parent, sizeof(cg_parent), "airlock-test-ready-%d", getpid());
	template_start_in(cg_parent, sock, sizeof(sock));
}

/* The parent's directories are empty once the template is gone: removed. */
static void cg_stop(void)
{
	char dir[3][256];

	template_stop();
	for (int i = 0, n = cgroup_parent_dirs(cg_parent, dir); running_as_root() && i < n; i++)
		cr_expect(rmdir(dir[i]) == 0 || errno == ENOENT, "%s: %s (a cgroup was left in it)",
			  dir[i], strerror(errno));
}

/* (under emulation each wait below may take a while: test_slowness()) */
TestSuite(warm_cgroup, .init = cg_start, .fini = cg_stop, .timeout = 240);

static bool cgroup_v2(void)
{
	return access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;
}

/* The names under the parent's (first) directory that begin with prefix. */
static int count_dirs(const char *prefix)
{
	char dir[3][256], path[512];
	struct stat st;
	int n = 0;

	cgroup_parent_dirs(cg_parent, dir);
	DIR *d = opendir(dir[0]);
	for (struct dirent *de; d && (de = readdir(d));) {
		snprintf(path, sizeof(path), "%s/%s", dir[0], de->d_name);
		if (strncmp(de->d_name, prefix, strlen(prefix)) == 0 && stat(path, &st) == 0 &&
		    S_ISDIR(st.st_mode))
			n++;
	}
	if (d)
		closedir(d);
	return n;
}

/* How many processes the cgroup directory dir holds. */
static int procs_in(const char *dir)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/cgroup.procs", dir);
	char *text = slurp(path);
	int n = 0;
	for (const char *p = text; p && *p; p++)
		n += *p == '\n';
	free(text);
	return n;
}

/* Until a ready sandbox is up in its cgroup (v2): its init and its
 * program there, and a moment for the template to hear that it is ready;
 * or 10 s. How many ready cgroups there are. */
static int await_ready_cgroup(void)
{
	char dir[3][256], path[512];
	cgroup_parent_dirs(cg_parent, dir);
	for (int i = 0; i < 200 * test_slowness(); i++) {
		DIR *d = opendir(dir[0]);
		bool up = false;
		for (struct dirent *de; d && (de = readdir(d));) {
			snprintf(path, sizeof(path), "%s/%s", dir[0], de->d_name);
			up |= strncmp(de->d_name, "ready-", 6) == 0 && procs_in(path) == 2;
		}
		if (d)
			closedir(d);
		if (up) {
			usleep((useconds_t)(200000 * test_slowness()));
			break;
		}
		usleep(50000);
	}
	return count_dirs("ready-");
}

/* A run that takes a ready sandbox takes its cgroup with it on v2: the
 * sandbox was cloned into a cgroup made ahead for it, so no process is
 * moved (no RCU grace period). Every process of the run is in it and
 * nothing else; the run's end removes it, and the template's end the
 * one of the sandbox it built next. v1: each process joins the run's own
 * cgroup, and no ready cgroup is made. */
Test(warm_cgroup, a_ready_sandbox_brings_its_cgroup_to_its_run)
{
	const char *args[] = {SLEEPING_WARM_RUN};
	char found[64];

	if (!running_as_root())
		return; /* rootless: no cgroups */
	bool v2 = cgroup_v2();
	if (v2)
		cr_assert_eq(await_ready_cgroup(), 1, "no ready cgroup on cgroup v2");
	expect_run_cgroup_holds_the_sandbox_under(cg_parent, args, 3, found);
	if (v2)
		cr_expect(strncmp(found, "ready-", 6) == 0, "the run took %s, not its ready cgroup",
			  found);
	else
		cr_expect(strncmp(found, "run-", 4) == 0, "the run's cgroup: %s", found);
	/* the run's is gone; the next ready sandbox's is there */
	for (int i = 0; i < 100 && count_dirs("run-") + count_dirs("ready-") > (v2 ? 1 : 0); i++)
		usleep(50000);
	cr_expect_eq(count_dirs("run-"), 0, "a run's cgroup was left");
	cr_expect_eq(count_dirs("ready-"), v2 ? 1 : 0, "one ready cgroup: the next sandbox's");
}

/* A template killed outright leaves its ready sandbox's cgroup (the
 * sandbox died with it): the next template under the same parent removes
 * it as it starts. */
Test(warm_cgroup, a_killed_templates_ready_cgroup_is_removed_by_the_next)
{
	if (!running_as_root() || !cgroup_v2())
		return; /* no ready cgroups */
	cr_assert_eq(await_ready_cgroup(), 1);
	cr_assert_eq(kill(template_pid(), SIGKILL), 0);
	template_stop();
	cr_assert_eq(count_dirs("ready-"), 1, "the killed template's is there");
	template_start_in(cg_parent, sock, sizeof(sock));
	/* the old one gone, the new template's own there */
	int n = 0;
	for (int i = 0; i < 200 * test_slowness() && (n = count_dirs("ready-")) != 1; i++)
		usleep(50000);
	cr_expect_eq(n, 1, "ready cgroups: the new template's only");
	json_t *r =
	    template_run_json(sock, (const char *const[]){"-l", "python", "-c", "print(7)", NULL});
	cr_expect_str_eq(json_string_value(json_object_get(r, "stdout")), "7\n");
	cr_expect_str_eq(json_string_value(json_object_get(r, "start")), "warm");
	json_decref(r);
}

/* The same for `-l python -c CODE EXTRA...`. */
static void expect_code_as_cold(const char *what, const char *code, const char *const extra[])
{
	const char *args[40] = {"-l", "python", "-c", code};
	int n = 4;
	for (int i = 0; extra && extra[i] && n < 39; i++)
		args[n++] = extra[i];
	args[n] = NULL;
	expect_as_cold(what, args);
}

#define AS_COLD(name, code)                                                                        \
	Test(warm_fidelity, name)                                                                  \
	{                                                                                          \
		expect_code_as_cold(#name, code, NULL);                                            \
	}
#define AS_COLD_WITH(name, code, ...)                                                              \
	Test(warm_fidelity, name)                                                                  \
	{                                                                                          \
		expect_code_as_cold(#name, code, (const char *const[]){__VA_ARGS__, NULL});        \
	}

AS_COLD(hello, "print('hello')")
AS_COLD_WITH(arguments, "import sys\nprint(sys.argv)", "--", "a", "b", "with space", "é", "")
AS_COLD_WITH(environment,
	     "import os, subprocess\nprint(os.environ.get('X'), sorted(os.environ.items()))\n"
	     "print(subprocess.run(['env'], capture_output=True, text=True).stdout)\n"
	     "os.system('echo $X')",
	     "-e", "X=1", "-e", "Y=two words")
AS_COLD(uncaught_exception, "def f():\n    raise ValueError('bad')\nprint('before')\nf()")
AS_COLD(syntax_error, "print('never')\nx = (1,\nprint(x")
AS_COLD(sys_exit_3, "import sys\nprint('x')\nsys.exit(3)")
AS_COLD(sys_exit_message, "import sys\nsys.exit('a message')")
AS_COLD(sys_exit_none, "raise SystemExit")
AS_COLD(sys_exit_256, "import sys\nsys.exit(256)")
AS_COLD(sys_exit_negative, "import sys\nsys.exit(-1)")
AS_COLD(sys_exit_float, "import sys\nsys.exit(1.5)")
AS_COLD(exit_builtin, "print('a')\nexit(4)")
AS_COLD(os_exit, "import os\nprint('x', flush=True)\nos._exit(9)")
AS_COLD(keyboard_interrupt, "print('before')\nraise KeyboardInterrupt")
AS_COLD(sigint_to_itself, "import os, signal\nprint('before', flush=True)\n"
			  "os.kill(os.getpid(), signal.SIGINT)\nprint('after')")
AS_COLD(sigterm_to_itself, "import os, signal\nprint('before', flush=True)\n"
			   "os.kill(os.getpid(), signal.SIGTERM)\nprint('after')")
/* what each signal does to the program: as python3 set it up, whatever
 * the template's own parent left ignored */
AS_COLD(signal_dispositions, "import signal\n"
			     "for s in sorted(signal.valid_signals()):\n"
			     "    if s < 32:\n"
			     "        print(s, signal.getsignal(s))\n"
			     "print(signal.pthread_sigmask(signal.SIG_BLOCK, []))")
AS_COLD(atexit_and_del_order, "import atexit\n"
			      "class D:\n"
			      "    def __init__(self, n): self.n = n\n"
			      "    def __del__(self): print('del', self.n)\n"
			      "a, b = D(1), D(2)\n"
			      "atexit.register(print, 'atexit 1')\n"
			      "atexit.register(print, 'atexit 2')\n"
			      "def boom(): raise ValueError('in atexit')\n"
			      "atexit.register(boom)\n"
			      "print('main ends')")
/* An exception in __del__ at the end: a cold interpreter prints it while
 * its modules are torn down, when it can no longer read the source line; a
 * warm one releases __main__'s objects with its modules intact, so the
 * traceback also shows the line (docs/warm.md). Everything else is the
 * same. */
Test(warm_fidelity, exception_in_del_at_exit)
{
	const char *args[] = {
	    "-l", "python", "-c",
	    "class A:\n    def __del__(self):\n        raise ValueError('in del')\n"
	    "a = A()\nprint('end')",
	    NULL};
	json_t *cold = run_args(false, args), *warm = run_args(true, args);
	cr_assert_str_eq(jstr(warm, "start"), "warm", "%s", jstr(warm, "start_note"));
	expect_same(cold, warm, "status", "del");
	expect_same(cold, warm, "exit_code", "del");
	expect_same(cold, warm, "stdout", "del");
	json_t *cj = without_addresses(json_object_get(cold, "stderr")),
	       *wj = without_addresses(json_object_get(warm, "stderr"));
	const char *c = json_string_value(cj), *w = json_string_value(wj);
	cr_assert(c && w);
	const char *line = "    raise ValueError('in del')\n";
	const char *at = strstr(w, line);
	cr_assert_not_null(at, "warm: %s", w);
	size_t head = (size_t)(at - w);
	cr_expect(strlen(w) == strlen(c) + strlen(line) && strncmp(w, c, head) == 0 &&
		      strcmp(at + strlen(line), c + head) == 0,
		  "cold: %s\nwarm: %s", c, w);
	json_decref(cj);
	json_decref(wj);
	json_decref(cold);
	json_decref(warm);
}
AS_COLD(non_daemon_thread_outlives_main, "import threading, time\n"
					 "def work():\n"
					 "    time.sleep(0.3)\n"
					 "    print('thread done')\n"
					 "threading.Thread(target=work).start()\n"
					 "print('main done')")
AS_COLD(thread_exception, "import threading\n"
			  "def f(): raise RuntimeError('in thread')\n"
			  "t = threading.Thread(target=f, name='worker')\nt.start()\nt.join()\n"
			  "print('main ok')")
AS_COLD_WITH(unclosed_file_is_collected,
	     "f = open('out.txt', 'w')\nf.write('data written, never closed')\n"
	     "g = open('/work/other.txt', 'w')\nprint('x', file=g)\n",
	     "--collect", "*.txt")
AS_COLD(stdout_and_stderr, "import sys\nfor i in range(3):\n"
			   "    print('out', i)\n    print('err', i, file=sys.stderr)\n"
			   "sys.stdout.write('no newline')")
AS_COLD(warnings_go_to_stderr, "import warnings\nwarnings.warn('careful')\nprint('after')")
AS_COLD(input_at_eof, "print('asking')\nx = input('prompt> ')")
AS_COLD_WITH(
    names_of_the_main_module,
    "import sys, os, locale\n"
    "print(__file__, __name__, __package__, __spec__, __doc__, type(__builtins__).__name__)\n"
    "print(type(__loader__).__name__, __loader__.name, __loader__.path)\n"
    "print(sorted(globals()))\n"
    "print(sys.argv, sys.orig_argv)\n"
    "print(sys.flags)\n"
    "print(sys.executable, sys._base_executable, sys.prefix, sys.exec_prefix)\n"
    "print(sys.path)\n"
    "print(locale.getpreferredencoding(), locale.getlocale(), sys.getfilesystemencoding())\n"
    "print(sys.stdin.encoding, sys.stdout.encoding, sys.stderr.encoding, sys.stdout.errors)\n"
    "print(sys.stdout.line_buffering, sys.stdout.write_through, sys.stdin.isatty())\n"
    "print(os.getcwd(), os.getuid(), os.getpid(), os.getppid(), sys.getrecursionlimit())\n"
    "import __main__\nprint(__main__.__dict__ is globals(), sys.modules['__main__'] is __main__)\n"
    "print('é ✓ \\U0001f600')",
    "--", "arg")
AS_COLD(standard_input_is_empty, "import sys\nprint(repr(sys.stdin.read()), sys.stdin.isatty())")
AS_COLD(site_and_user_site,
	"import site, sys, sysconfig, tempfile\n"
	"print(site.ENABLE_USER_SITE, site.getusersitepackages(), site.getsitepackages())\n"
	"print(sysconfig.get_paths()['purelib'], tempfile.gettempdir(), tempfile.tempdir)")
AS_COLD(source_lines_in_tracebacks, "import inspect, traceback\n"
				    "def f(): return 1 / 0\n"
				    "print(inspect.getsource(f).strip())\n"
				    "try:\n    f()\nexcept ZeroDivisionError:\n"
				    "    traceback.print_exc()\n"
				    "f()")
AS_COLD(fork_and_multiprocessing,
	"import os, sys\n"
	"pid = os.fork()\n"
	"if pid == 0:\n    print('child', flush=True)\n    sys.exit(5)\n"
	"print('parent', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))\n"
	"import multiprocessing as mp\n"
	"if __name__ == '__main__':\n"
	"    with mp.Pool(2) as p:\n        print(p.map(abs, [-1, -2, -3]))")
AS_COLD(subprocess_python, "import subprocess, sys\n"
			   "print(subprocess.run([sys.executable, '-c', 'import sys; "
			   "print(sys.argv, sys.flags.unbuffered)', 'x'], capture_output=True, "
			   "text=True).stdout)")
/* What the program's process is, to itself: its name and command line */
/* A warm program's arguments and environment are written where the
 * template's were (docs/warm.md): the kernel shows that whole space, so
 * after them come NULs up to its length, which a cold one does not have. */
AS_COLD(proc_self_names_the_program, "print(open('/proc/self/comm').read().strip())\n"
				     "c = open('/proc/self/cmdline', 'rb').read()\n"
				     "print(c.rstrip(b'\\0') + b'\\0')")
/* and its own files in /proc, which it may read as a cold one may */
AS_COLD(proc_self_is_readable, "import ctypes\n"
			       "print('dumpable', ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"
			       "e = open('/proc/self/environ', 'rb').read()\n"
			       "print(e.rstrip(b'\\0') + b'\\0')\n"
			       "print(len(open('/proc/self/mem', 'rb').read(0)))")

Test(warm_fidelity, standard_input_from_a_file)
{
	char path[] = "/tmp/airlock-warm-stdin.XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, "line 1\nline 2\n", 14), 14);
	close(fd);
	chmod(path, 0644);
	expect_code_as_cold("stdin",
			    "import sys\nprint(repr(sys.stdin.read()), sys.stdin.isatty())",
			    (const char *const[]){"-i", path, NULL});
	unlink(path);
}

/* A program from a file, with a module of its own beside it. */
Test(warm_fidelity, program_from_a_file)
{
	char dir[] = "/tmp/airlock-warm-prog.XXXXXX", prog[64], helper[64];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(prog, sizeof(prog), "%s/my_prog.py", dir);
	snprintf(helper, sizeof(helper), "%s/helper.py", dir);
	FILE *f = fopen(prog, "w");
	fputs("import sys, helper\nprint(__file__, __name__, sys.argv, sys.orig_argv)\n"
	      "print(helper.__file__, helper.twice(21))\n"
	      "raise RuntimeError('at the end')\n",
	      f);
	fclose(f);
	f = fopen(helper, "w");
	fputs("def twice(x):\n    return 2 * x\n", f);
	fclose(f);
	chmod(dir, 0755);
	expect_as_cold("a file", (const char *const[]){"--add", helper, prog, "--", "x", NULL});
	unlink(prog);
	unlink(helper);
	rmdir(dir);
}

/* Every Python program of the diagnostics corpus: the same output, and
 * the same diagnostics, warm as cold. */
Test(warm_fidelity, diagnostics_corpus, .timeout = 300)
{
	struct diag_case *cases;
	size_t n = corpus_load("python", &cases);

	cr_assert_geq(n, 10, "%zu cases in %s", n, corpus_dir());
	for (size_t i = 0; i < n; i++) {
		char what[128];
		snprintf(what, sizeof(what), "python/%s", cases[i].name);
		expect_as_cold(what, (const char *const[]){cases[i].program, NULL});
	}
	corpus_free(cases, n);
}

/* ---- falling back to a cold start ---- */

/* The run started cold, ok, and says why, with note in its start_note. */
static void expect_cold_because(json_t *r, const char *note)
{
	if (strcmp(jstr(r, "status"), "ok") != 0 || strstr(jstr(r, "start_note"), note) == NULL)
		dump_result(r);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "start"), "cold");
	cr_expect(strncmp(jstr(r, "start_note"), "started cold: ", 14) == 0, "start_note: %s",
		  jstr(r, "start_note"));
	cr_expect(strstr(jstr(r, "start_note"), note) != NULL, "start_note: '%s', not about '%s'",
		  jstr(r, "start_note"), note);
}

/* A file in the work directory that a cold start would import instead of
 * the module the template imported: the run is cold, and imports it. */
Test(warm_fallback, file_named_like_a_preloaded_module)
{
	char dir[] = "/tmp/airlock-warm-json.XXXXXX", path[64];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/json.py", dir);
	FILE *f = fopen(path, "w");
	fputs("mine = True\n", f);
	fclose(f);
	chmod(dir, 0755);
	chmod(path, 0644);
	json_t *r = run_args(true, (const char *const[]){"--add", path, "-l", "python", "-c",
							 "import json\nprint(json.mine)", NULL});
	expect_cold_because(r, "named like a module the template imports");
	cr_expect_str_eq(jstr(r, "stdout"), "True\n");
	json_decref(r);
	unlink(path);
	rmdir(dir);
}

Test(warm_fallback, language_without_a_template)
{
	json_t *r = run_args(
	    false, (const char *const[]){"--start", "warm", "-l", "bash", "-c", "echo 1", NULL});
	expect_cold_because(r, "bash has no warm template");
	cr_expect_str_eq(jstr(r, "stdout"), "1\n");
	json_decref(r);
	r = run_args(true, (const char *const[]){"-l", "bash", "-c", "echo 2", NULL});
	expect_cold_because(r, "bash has no warm template");
	cr_expect_str_eq(jstr(r, "stdout"), "2\n");
	json_decref(r);
}

Test(warm_fallback, no_template_at_the_socket)
{
	char missing[160];
	snprintf(missing, sizeof(missing), "%.*s/missing.sock", (int)(strrchr(sock, '/') - sock),
		 sock);
	json_t *r = run_args(false, (const char *const[]){"--template", missing, "-l", "python",
							  "-c", "print(1)", NULL});
	expect_cold_because(r, "no warm template at");
	cr_expect(strstr(jstr(r, "start_note"), missing) != NULL, "%s", jstr(r, "start_note"));
	cr_expect_str_eq(jstr(r, "stdout"), "1\n");
	json_decref(r);
}

/* A socket that takes the plan and never answers: the run is cold after
 * the template's time to answer, and says so (not with whatever errno
 * was left from before: it said "File exists"). */
Test(warm_fallback, template_that_does_not_answer)
{
	char dir[] = "/tmp/airlock-warm-mute.XXXXXX";
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	cr_assert_not_null(mkdtemp(dir));
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/mute.sock", dir);
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	cr_assert(fd >= 0 && bind(fd, (struct sockaddr *)&addr, sizeof(addr)) == 0 &&
		      listen(fd, 4) == 0,
		  "%s", strerror(errno));
	json_t *r = run_args(false, (const char *const[]){"--template", addr.sun_path, "-l",
							  "python", "-c", "print(1)", NULL});
	expect_cold_because(r, "the warm template did not answer: Connection timed out");
	cr_expect_str_eq(jstr(r, "stdout"), "1\n");
	json_decref(r);
	close(fd);
	unlink(addr.sun_path);
	rmdir(dir);
}

/* The template ended after its socket was found: the next run is cold. */
Test(warm_fallback, template_gone)
{
	json_t *r = run_args(true, (const char *const[]){"-l", "python", "-c", "print(1)", NULL});
	cr_expect_str_eq(jstr(r, "start"), "warm");
	json_decref(r);
	template_stop();
	r = run_args(true, (const char *const[]){"-l", "python", "-c", "print(2)", NULL});
	expect_cold_because(r, "no warm template at");
	cr_expect_str_eq(jstr(r, "stdout"), "2\n");
	json_decref(r);
}

/* A cold start is the default, and says nothing about warm. */
Test(warm_fallback, cold_by_default)
{
	json_t *r = run_args(false, (const char *const[]){"-l", "python", "-c", "print(1)", NULL});
	cr_expect_str_eq(jstr(r, "start"), "cold");
	cr_expect_null(json_object_get(r, "start_note"));
	json_decref(r);
}

/* A kB field of /proc/PID/smaps_rollup; -1 when it cannot be read (a
 * rootless sandbox's process is not dumpable before its run). */
static long rollup_kb(pid_t pid, const char *field)
{
	char path[64], line[256];
	long kb = -1;
	size_t n = strlen(field);

	snprintf(path, sizeof(path), "/proc/%d/smaps_rollup", (int)pid);
	FILE *f = fopen(path, "re");
	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (strncmp(line, field, n) == 0 && line[n] == ':')
			kb = strtol(line + n + 1, NULL, 10);
	fclose(f);
	return kb;
}

/* The first child of pid (/proc/PID/task/PID/children), 0 when none. */
static pid_t first_child(pid_t pid)
{
	char path[64];
	int c = 0;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)pid, (int)pid);
	FILE *f = fopen(path, "re");
	if (f == NULL)
		return 0;
	if (fscanf(f, "%d", &c) != 1)
		c = 0;
	fclose(f);
	return c;
}

/* Whether pid waits in recvmsg (47 on x86-64): a ready program does, for
 * its plan, once it has made its pages its own. */
static bool waits_for_plan(pid_t pid)
{
	char path[64], buf[32] = "";

	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)pid);
	FILE *f = fopen(path, "re");
	if (f == NULL)
		return false;
	bool in = fgets(buf, sizeof(buf), f) && strncmp(buf, "47 ", 3) == 0;
	fclose(f);
	return in;
}

/* A ready sandbox's program copies ahead the pages a run writes, as the
 * template learnt them, not the template's whole writable memory: its own
 * memory is a fraction of the template's anonymous memory (about 1.3 of
 * 5.5 MB; every page copied would be more than all of it). And a run in
 * it is a run as any other. */
Test(warm_fidelity, ready_program_copies_only_what_a_run_writes)
{
	pid_t t = template_pid(), init = 0, prog = 0;
	long tmpl_kb = rollup_kb(t, "Anonymous");

	cr_assert_gt(tmpl_kb, 0, "cannot read the template's memory");
	for (int i = 0; i < 200 * test_slowness() && !(prog > 0 && waits_for_plan(prog)); i++) {
		usleep(50 * 1000);
		if ((init = first_child(t)) > 0)
			prog = first_child(init);
	}
	long own_kb = prog > 0 ? rollup_kb(prog, "Private_Dirty") : -1;
	if (own_kb < 0 && getuid() != 0)
		cr_skip_test("a rootless ready program's memory is not readable before its run");
	cr_assert(prog > 0 && waits_for_plan(prog), "no ready sandbox's program waits for a plan");
	cr_expect_gt(own_kb, 0);
	cr_expect_lt(own_kb, tmpl_kb / 2, "the ready program owns %ld kB, the template has %ld kB",
		     own_kb, tmpl_kb);
	expect_code_as_cold("a run after", "import json; print(json.dumps({'a': [1, 2]}))", NULL);
}
