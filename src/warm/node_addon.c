/*
 * The node template (warm/template.h) is node itself: warm/node.c execs
 * node with a bootstrap that initialises what a program's first output
 * needs and then loads this Node-API module and calls serve(). serve()
 * runs the template's loop (template.c) in node's main thread, and never
 * returns in the template: each run's sandbox is cloned from this
 * process by the same child_main a cold run uses, and its program, once
 * every restriction is in place, comes back out of serve() into the
 * bootstrap, which starts the program as `node main.js` does. Node's
 * start-up (about 70 ms of CPU here) is paid once, not per run.
 *
 * A process with threads is not meant to be forked, and node has V8's
 * and libuv's. What makes it hold:
 *  - V8 runs single-threaded (node --single-threaded: no concurrent
 *    marking, sweeping or compiling), and what it still hands the
 *    platform's worker threads (a full collection's weak-reference
 *    clearing job) runs on the thread that hands it (node_exit.cc), in
 *    the template and in a run; the threads wait on their queues, holding
 *    no lock, while the template waits in its loop. A run has none of
 *    them (a fork copies only its caller).
 *  - V8 keeps its heap out of copies (MADV_DONTFORK): before each clone,
 *    every mapping is made copyable again.
 *  - The event loop's kernel objects (epoll, its eventfd, the signal
 *    pipe) are the template's: the run's program closes every
 *    descriptor (exec_program) and libuv makes its own (uv_loop_fork).
 *  - Random numbers: each run reseeds V8's generator and Math.random
 *    (node_exit.cc) and OpenSSL's, from the kernel.
 *  - What node read once at start-up and the run would see otherwise:
 *    the pid (process.pid), the cached working directory, the command
 *    line (/proc/self/cmdline), are the run's (the bootstrap).
 *  - The run ends without node's teardown (node_exit.cc), which would
 *    wait for the threads a run has not got.
 * The template itself runs no program and holds nothing of one: a run's
 * plan comes in a sealed memfd, as for Python's template.
 */
#include <errno.h>
#include <fcntl.h>
#include <node_api.h>
#include <node_version.h>
#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sched.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

#include "common/util.h"
#include "engine/internal.h"
#include "engine/warm.h"
#include "warm/template.h"

#define INTERPRETER "/usr/bin/node"

/* node_exit.cc */
int airlock_node_quick_exit(void);
int airlock_node_reseed(int64_t seed);
int airlock_node_can_reseed(void);
void airlock_node_low_memory(void);
int airlock_node_inline_worker_tasks(void);
/* node's OpenSSL (weak: a node without it has none to reseed) */
int RAND_poll(void) __attribute__((weak));
/* node's clocks of its own start (exported, not in its headers; weak):
 * process.uptime() and performance.now() count from them */
extern uint64_t node_start_time __asm__("_ZN4node11per_process15node_start_timeE")
    __attribute__((weak));
extern uint64_t perf_process_start __asm__("_ZN4node11performance25performance_process_startE")
    __attribute__((weak));
extern double
    perf_process_start_us __asm__("_ZN4node11performance35performance_process_start_timestampE")
	__attribute__((weak));

static jmp_buf to_js; /* serve()'s, for a run's program to come back */
static napi_env js_env;
static uv_loop_t *js_loop;
static const struct child_step *run_step;
static const struct engine *eng;
/* node's signal dispositions and mask: the run's program gets them back
 * (exec_program reset every one) */
static struct sigaction node_actions[NSIG];
static sigset_t node_mask, clone_mask;
static int warm_pipe_r = -1;
/* libuv's lock for its signal handling, process-wide: a pipe holding one
 * byte while unlocked. A fork's child gets a new one from libuv's
 * pthread_atfork handler, which our clones (raw clone(2)) do not run, and
 * the run's program has closed every descriptor: start_run makes it again
 * at the same numbers. */
static int uv_lock_fds[2] = {-1, -1};
/* The pages a run writes and maps (template.h), learnt once in serve();
 * the probe's report descriptor, in the probe. */
static struct template_span node_maps[512];
static int node_nmaps, probe_fd = -1;
static struct template_hot hot = {.n = -1};

/* The template cannot serve from this node: one line, and the service
 * starts its runs cold. */
static _Noreturn void decline(const napi_node_version *v, const char *why)
{
	char line[256];
	int n =
	    snprintf(line, sizeof(line),
		     "airlock-warm-node: node %u.%u.%u is not the one airlock was built for "
		     "(node %d): %s; its runs start cold\n",
		     v ? v->major : 0, v ? v->minor : 0, v ? v->patch : 0, NODE_MAJOR_VERSION, why);
	(void)!write(2, line, n > 0 && n < (int)sizeof(line) ? (size_t)n : 0);
	_exit(WARM_EXIT_CANNOT_SERVE);
}

static _Noreturn void fail(const char *what)
{
	char line[256];
	int n = snprintf(line, sizeof(line), "airlock: node could not start the program: %s: %s\n",
			 what, strerror(errno));
	(void)!write(2, line, n > 0 && n < (int)sizeof(line) ? (size_t)n : 0);
	_exit(127);
}

static int node_init(const struct engine *e, err_t *err)
{
	(void)err; /* serve() checked this node before */
	eng = e;
	return 0;
}

/* Every mapping copied into a clone: V8 marks its heap MADV_DONTFORK, and
 * a run is a copy of the template. (Mappings that cannot be copied, as
 * the vDSO's data, refuse, and stay as they are.) */
static void copy_all_on_fork(void)
{
	char line[512];
	FILE *maps = fopen("/proc/self/maps", "re");

	while (maps && fgets(line, sizeof(line), maps)) {
		unsigned long lo, hi;
		if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 && hi > lo)
			(void)madvise((void *)lo, hi - lo, MADV_DOFORK);
	}
	if (maps)
		fclose(maps);
}

/* The template's signals stay blocked in the clone (its init takes them
 * as the other templates' do); node's threads take them meanwhile. */
static void before_clone(void)
{
	sigset_t set;

	template_signals(&set);
	pthread_sigmask(SIG_BLOCK, &set, &clone_mask);
	copy_all_on_fork();
}

static void after_clone(void)
{
	pthread_sigmask(SIG_SETMASK, &clone_mask, NULL);
}

static bool same_strings(char *const *a, char *const *b)
{
	for (; *a && *b; a++, b++)
		if (strcmp(*a, *b) != 0)
			return false;
	return *a == NULL && *b == NULL;
}

/* Whether this node can start the run as a new `node main.js` would:
 * the same command (no node options) and the same environment. */
static bool node_ready(const struct child_step *st, const char **why)
{
	extern char **environ;

	if (st->argv[0] == NULL || strcmp(st->argv[0], INTERPRETER) != 0 || st->argv[1] == NULL ||
	    st->argv[1][0] == '-') {
		*why = "the command is not the template's";
		return false;
	}
	if (!same_strings(st->envp, environ)) {
		*why = "the environment is not the template's";
		return false;
	}
	return true;
}

/* In a ready sandbox's program, before its run: the pages a run writes
 * copied and the code it runs mapped now (template.h). */
static void node_prepare(void)
{
	if (hot.n > 0)
		template_populate(hot.spans, hot.n);
}

/* In the run's program, every restriction in place, descriptors 0, 1 and
 * 2 the run's: back into serve(), and from there into the bootstrap. */
static void node_run(const struct child_step *st)
{
	run_step = st;
	longjmp(to_js, 1);
}

static const struct child_exec_hook node_hook = {
    .prepare = node_prepare,
    .ready = node_ready,
    .run = node_run,
};

static const struct template_lang node_template = {
    .name = "node",
    .init = node_init,
    .before_clone = before_clone,
    .after_clone = after_clone,
    .hook = &node_hook,
    .threaded = true,
};

static napi_value string_list(napi_env env, char *const *v)
{
	napi_value list, s;
	uint32_t n = 0;

	if (napi_create_array(env, &list) != napi_ok)
		fail("node-api");
	for (; *v; v++, n++)
		if (napi_create_string_utf8(env, *v, NAPI_AUTO_LENGTH, &s) != napi_ok ||
		    napi_set_element(env, list, n, s) != napi_ok)
			fail("node-api");
	return list;
}

static void set_int(napi_env env, napi_value obj, const char *name, int64_t v)
{
	napi_value n;
	if (napi_create_int64(env, v, &n) != napi_ok ||
	    napi_set_named_property(env, obj, name, n) != napi_ok)
		fail("node-api");
}

/* libuv's signal lock among our descriptors: the only blocking pipe with
 * one byte in it whose both ends are ours. The template's threads are
 * idle (nothing holds the lock). */
static void find_uv_lock(void)
{
	char path[64], link[64];
	struct {
		int fd;
		char name[32];
		bool read;
	} pipes[64];
	int n = 0;

	for (int fd = 3; fd < 1024 && n < 64; fd++) {
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		ssize_t len = readlink(path, link, sizeof(link) - 1);
		int fl = len > 0 ? fcntl(fd, F_GETFL) : -1;
		if (len <= 0 || fl < 0 || (fl & O_NONBLOCK))
			continue;
		link[len] = '\0';
		if (strncmp(link, "pipe:", 5) != 0)
			continue;
		pipes[n].fd = fd;
		snprintf(pipes[n].name, sizeof(pipes[n].name), "%s", link);
		pipes[n].read = (fl & O_ACCMODE) == O_RDONLY;
		n++;
	}
	for (int i = 0; i < n; i++) {
		int queued = 0;
		if (!pipes[i].read || ioctl(pipes[i].fd, FIONREAD, &queued) < 0 || queued != 1)
			continue;
		for (int k = 0; k < n; k++)
			if (k != i && !pipes[k].read && strcmp(pipes[k].name, pipes[i].name) == 0) {
				uv_lock_fds[0] = pipes[i].fd;
				uv_lock_fds[1] = pipes[k].fd;
				return;
			}
	}
}

/* libuv's signal lock again, unlocked, where libuv has it */
static void remake_uv_lock(void)
{
	int p[2];

	if (uv_lock_fds[0] < 0)
		return;
	if (pipe2(p, O_CLOEXEC) < 0 || dup3(p[0], uv_lock_fds[0], O_CLOEXEC) < 0 ||
	    dup3(p[1], uv_lock_fds[1], O_CLOEXEC) < 0 || write(uv_lock_fds[1], "*", 1) != 1)
		fail("libuv's signal lock");
	if (p[0] != uv_lock_fds[0] && p[0] != uv_lock_fds[1])
		close(p[0]);
	if (p[1] != uv_lock_fds[0] && p[1] != uv_lock_fds[1])
		close(p[1]);
}

/* The run, in its program: node's signals, an event loop of its own, its
 * own random numbers, its command line where the kernel shows it; what
 * the bootstrap needs to start it. */
static napi_value start_run(napi_env env, const struct child_step *st)
{
	char cwd[4096];
	int64_t seed = 0;
	napi_value run, s;

	/* first: the descriptors any of this makes must not take its numbers */
	remake_uv_lock();
	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			(void)sigaction(sig, &node_actions[sig], NULL);
	sigprocmask(SIG_SETMASK, &node_mask, NULL);
	if (uv_loop_fork(js_loop) != 0)
		fail("the event loop");
	if (getrandom(&seed, sizeof(seed), 0) != (ssize_t)sizeof(seed) ||
	    airlock_node_reseed(seed) < 0)
		fail("random numbers");
	if (RAND_poll && RAND_poll() != 1)
		fail("OpenSSL's random numbers");
	/* the run starts now, not when the template did */
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	double start_us = (double)now.tv_sec * 1e6 + (double)now.tv_nsec / 1e3;
	if (&node_start_time)
		node_start_time = uv_hrtime();
	if (&perf_process_start)
		perf_process_start = uv_hrtime();
	if (&perf_process_start_us)
		perf_process_start_us = start_us;
	if (eng != NULL) /* not in the probe, before the template's start */
		template_show_as(eng, "node", st);
	if (getcwd(cwd, sizeof(cwd)) == NULL)
		fail("getcwd");
	if (napi_create_object(env, &run) != napi_ok ||
	    napi_set_named_property(env, run, "argv", string_list(env, st->argv)) != napi_ok ||
	    napi_create_string_utf8(env, cwd, NAPI_AUTO_LENGTH, &s) != napi_ok ||
	    napi_set_named_property(env, run, "cwd", s) != napi_ok)
		fail("node-api");
	set_int(env, run, "pid", getpid());
	set_int(env, run, "ppid", getppid());
	set_int(env, run, "probe", probe_fd >= 0);
	/* performance.timeOrigin: node's JS keeps the one it read at start-up
	 * (the template's); the bootstrap answers the run's, in ms as node's */
	napi_value origin;
	if (napi_create_double(env, start_us / 1e3, &origin) != napi_ok ||
	    napi_set_named_property(env, run, "origin", origin) != napi_ok)
		fail("node-api");
	return run;
}

static const char probe_program[] = "console.log('hello', process.argv.length + 1);\n";

/* The probe (template.h): a copy of the template in the state a run's
 * program is in -- no descriptor but /dev/null at 0, 1 and 2 (and the
 * report's, high) -- in user and mount namespaces of its own with a
 * tmpfs at /tmp holding our program, which it runs as a run does; its
 * 'exit' calls report(). Never a program of anyone's. */
static napi_value start_probe(napi_env env, int fd)
{
	static char *argv[] = {(char *)INTERPRETER, (char *)"/tmp/main.js", NULL};
	static struct child_step st;
	extern char **environ;
	char map[64];
	uid_t uid = getuid();
	gid_t gid = getgid();
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);

	if (null < 0 || dup3(fd, 1000, O_CLOEXEC) < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 ||
	    dup2(null, 2) < 0)
		_exit(1);
	probe_fd = 1000;
	syscall(SYS_close_range, 3, 999, 0);
	syscall(SYS_close_range, 1001, ~0U, 0);
	if (unshare(CLONE_NEWUSER | CLONE_NEWNS) < 0)
		_exit(1);
	snprintf(map, sizeof(map), "0 %u 1", (unsigned)uid);
	if (write_file_at(AT_FDCWD, "/proc/self/setgroups", "deny", NULL) < 0 ||
	    write_file_at(AT_FDCWD, "/proc/self/uid_map", map, NULL) < 0)
		_exit(1);
	snprintf(map, sizeof(map), "0 %u 1", (unsigned)gid);
	if (write_file_at(AT_FDCWD, "/proc/self/gid_map", map, NULL) < 0 ||
	    mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
	    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m") < 0 ||
	    chdir("/tmp") < 0)
		_exit(1);
	int main_js = open("main.js", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (main_js < 0 || write_all(main_js, probe_program, sizeof(probe_program) - 1) < 0)
		_exit(1);
	close(main_js);
	st.argv = argv;
	st.envp = environ;
	return start_run(env, &st);
}

/* report(): in the probe, at its 'exit': the pages it wrote and mapped, to
 * the template; the probe ends there. */
static napi_value probe_report(napi_env env, napi_callback_info info)
{
	(void)env;
	(void)info;
	if (probe_fd < 0)
		return NULL;
	template_probe_report(node_maps, node_nmaps, probe_fd);
}

/* Once, in the template: which pages a run writes and maps (template.h).
 * Returns only in the template; on any failure hot.n stays -1 (a ready
 * program then copies nothing ahead). */
static napi_value learn_pages(napi_env env)
{
	int p[2];

	node_nmaps = template_map_spans(node_maps, 512, true);
	if (node_nmaps <= 0 || pipe2(p, O_CLOEXEC) < 0)
		return NULL;
	pid_t self = getpid();
	before_clone();
	pid_t pid = (pid_t)syscall(SYS_clone, SIGCHLD, NULL, NULL, NULL, NULL);
	if (pid == 0) {
		template_probe_start(self);
		close(p[0]);
		return start_probe(env, p[1]);
	}
	after_clone();
	close(p[1]);
	if (pid < 0)
		close(p[0]);
	else
		template_learn_spans(&hot, pid, p[0]);
	return NULL;
}

/* serve(args): the template, with the command line of airlock-warm-node
 * (template.c's usage). Returns only in a run's program. */
static napi_value serve(napi_env env, napi_callback_info info)
{
	size_t argc = 1;
	napi_value list;
	uint32_t n = 0;
	const napi_node_version *v;

	if (napi_get_cb_info(env, info, &argc, &list, NULL, NULL) != napi_ok || argc != 1 ||
	    napi_get_array_length(env, list, &n) != napi_ok || n > 64)
		fail("node-api");
	char **args = calloc((size_t)n + 2, sizeof(char *));
	if (args == NULL)
		fail("calloc");
	args[0] = (char *)"airlock-warm-node";
	for (uint32_t i = 0; i < n; i++) {
		napi_value s;
		char buf[4096];
		size_t len = 0;
		if (napi_get_element(env, list, i, &s) != napi_ok ||
		    napi_get_value_string_utf8(env, s, buf, sizeof(buf), &len) != napi_ok ||
		    (args[i + 1] = strdup(buf)) == NULL)
			fail("node-api");
	}
	js_env = env;
	if (napi_get_uv_event_loop(env, &js_loop) != napi_ok)
		fail("node-api");
	/* node_exit.cc ends the runs: its C++ holds in the major version of
	 * node whose headers it was built with */
	if (napi_get_node_version(env, &v) != napi_ok)
		v = NULL;
	if (v == NULL || v->major != NODE_MAJOR_VERSION)
		decline(v, "another major version");
	if (airlock_node_quick_exit() != 0)
		decline(v, "its process exit handler cannot be set");
	if (warm_pipe_r >= 0) {
		close(warm_pipe_r);
		warm_pipe_r = -1;
	}
	/* first: the collection below gives V8's workers jobs, and one still
	 * pending when the probe or a run is cloned would be waited for there
	 * for ever (node's DrainTasks at the end of its event loop) */
	if (airlock_node_inline_worker_tasks() < 0)
		decline(v, "its platform cannot run worker tasks in place");
	airlock_node_low_memory();
	if (!airlock_node_can_reseed())
		decline(v, "V8's random number generator cannot be reseeded");
	find_uv_lock();
	for (int sig = 1; sig < NSIG; sig++)
		(void)sigaction(sig, NULL, &node_actions[sig]);
	sigprocmask(SIG_SETMASK, NULL, &node_mask);
	napi_value probe = learn_pages(env);
	if (probe != NULL)
		return probe; /* in the probe */
	if (setjmp(to_js) == 0)
		_exit(template_main(&node_template, (int)n + 1, args));
	return start_run(js_env, run_step);
}

/* pipe(): the write end of a new pipe, for the bootstrap to write a
 * program's first output through a net.Socket as process.stdout on a pipe
 * will (its code compiled in the template, not in each run). The
 * bootstrap closes that end (the socket's destroy); serve() closes the
 * read end: nothing of it is left for the runs. */
static napi_value warm_pipe(napi_env env, napi_callback_info info)
{
	int p[2];
	napi_value fd;

	(void)info;
	if (warm_pipe_r >= 0 || pipe2(p, O_CLOEXEC) < 0)
		fail("pipe");
	warm_pipe_r = p[0];
	if (napi_create_int32(env, p[1], &fd) != napi_ok)
		fail("node-api");
	return fd;
}

NAPI_MODULE_INIT()
{
	napi_value fn, pipe_fn, report_fn;
	if (napi_create_function(env, "serve", NAPI_AUTO_LENGTH, serve, NULL, &fn) != napi_ok ||
	    napi_set_named_property(env, exports, "serve", fn) != napi_ok ||
	    napi_create_function(env, "report", NAPI_AUTO_LENGTH, probe_report, NULL, &report_fn) !=
		napi_ok ||
	    napi_set_named_property(env, exports, "report", report_fn) != napi_ok ||
	    napi_create_function(env, "pipe", NAPI_AUTO_LENGTH, warm_pipe, NULL, &pipe_fn) !=
		napi_ok ||
	    napi_set_named_property(env, exports, "pipe", pipe_fn) != napi_ok)
		return NULL;
	return exports;
}
