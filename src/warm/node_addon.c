/*
 * The native half of a node started ahead of its run (warm/node.c): a
 * Node-API module that node's bootstrap loads from the memfd at fd 3. Its
 * one function, wait(start), watches fd 4 -- the socket to the sandbox's
 * init -- in node's own event loop, says 'n' (node waits), and when the
 * run comes (struct ahead_start, engine/internal.h): puts the run's
 * standard streams at 0, 1 and 2, closes the socket, enters the run's
 * directory, writes the run's command line where /proc/self/cmdline
 * shows it, and calls start(argv) from the event loop, on an empty stack,
 * as node calls a program's main module. A run that cannot start in this
 * node (warm 0) is exec'd instead: a cold node in the same process and
 * sandbox. Before it waits, it has node_exit.cc end the run without
 * node's teardown -- in a node of the major version whose headers it was
 * built with; in another, node ends the run its own way.
 *
 * It runs with the program's privileges, under every restriction of the
 * sandbox; it holds nothing the program could not have.
 */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <node_api.h>
#include <node_version.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <uv.h>

#define SOCK_FD 4
#define AHEAD_MAGIC 0x31484e41u /* as engine/internal.h */
/* How long a node waits for its run before it settles (settle()) */
#define SETTLE_MS 100

struct ahead_start {
	uint32_t magic;
	uint32_t warm;
	uint32_t argc, envc;
	uint64_t len;
};

/* node_exit.cc: the run ends without node's teardown */
int airlock_node_quick_exit(void);
void airlock_node_low_memory(void);
static bool node_api_cxx; /* node_exit.cc's calls hold in this node */

/* Whether the run ends through node_exit.cc. Its C++ (node's embedder API
 * and V8's) holds only within the major version of node whose headers it
 * was built with: in another, its symbols may be missing (weak, null:
 * the Makefile) or mean something else, and process.exitCode may be a
 * plain property (node 18) where node 20 has the getter it reads. There,
 * or if it cannot hold node's process and getter, node ends the run its
 * own way, with its teardown: the run is no less warm. */
static bool ends_without_teardown(napi_env env)
{
	const napi_node_version *v;
	return napi_get_node_version(env, &v) == napi_ok && v->major == NODE_MAJOR_VERSION &&
	       airlock_node_quick_exit() == 0;
}

static uv_poll_t watch;
static uv_timer_t later, idle;
static bool idle_armed;
static int warm_pipe_r = -1; /* pipe()'s read end, until the node waits */
static napi_env env_now;
static napi_ref start_ref;

static _Noreturn void fail(const char *what)
{
	char line[256];
	int n = snprintf(line, sizeof(line), "airlock: node could not start the program: %s: %s\n",
			 what, strerror(errno));
	(void)!write(2, line, n > 0 && n < (int)sizeof(line) ? (size_t)n : 0);
	_exit(127);
}

/* Where the kernel shows our command line: fields 48 and 49 of stat. */
static int arg_area(uintptr_t *start, uintptr_t *end)
{
	char buf[1024];
	int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	char *p = strrchr(buf, ')');
	/* p + 2 is field 3 */
	for (int field = 3; p && field <= 48; field++)
		p = strchr(p + 1, ' ');
	if (p == NULL || sscanf(p + 1, "%lu %lu", (unsigned long *)start, (unsigned long *)end) != 2)
		return -1;
	return 0;
}

/* The run's argv where node's own was (libuv copied it at start-up, and
 * keeps only process.title there): as much as fits, then NULs. */
static void show_argv(char *const *argv)
{
	uintptr_t start, end;
	if (arg_area(&start, &end) < 0 || end <= start)
		return;
	char *area = (char *)start;
	size_t cap = end - start, n = 0;
	memset(area, 0, cap);
	for (; *argv && n < cap; argv++) {
		size_t len = strlen(*argv) + 1;
		if (len > cap - n)
			len = cap - n;
		memcpy(area + n, *argv, len);
		n += len;
	}
	area[cap - 1] = '\0';
}

/* The strings of the run's memfd: argc, envc, then the directory. */
static char **split(char *data, size_t len, uint32_t count, char **next)
{
	char **v = calloc((size_t)count + 1, sizeof(char *));
	char *p = data;
	if (v == NULL)
		fail("calloc");
	for (uint32_t i = 0; i < count; i++) {
		char *nul = memchr(p, '\0', len - (size_t)(p - data));
		if (nul == NULL)
			fail("the run's strings");
		v[i] = p;
		p = nul + 1;
	}
	*next = p;
	return v;
}

static void closed(uv_handle_t *h)
{
	(void)h;
}

static void on_run(uv_poll_t *h, int status, int events)
{
	struct ahead_start a;
	char cbuf[CMSG_SPACE(4 * sizeof(int))];
	struct iovec iov = {&a, sizeof(a)};
	struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
			   .msg_controllen = sizeof(cbuf)};
	int fds[4];

	(void)status;
	(void)events;
	ssize_t n = recvmsg(SOCK_FD, &m, MSG_CMSG_CLOEXEC);
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	if (n != (ssize_t)sizeof(a) || a.magic != AHEAD_MAGIC || c == NULL ||
	    c->cmsg_type != SCM_RIGHTS || c->cmsg_len != CMSG_LEN(sizeof(fds)))
		_exit(0); /* init is gone: so is the sandbox */
	memcpy(fds, CMSG_DATA(c), sizeof(fds));
	uv_poll_stop(h);
	uv_close((uv_handle_t *)h, closed);
	if (idle_armed) {
		/* the run came before the node settled: it has the pages */
		uv_timer_stop(&idle);
		uv_close((uv_handle_t *)&idle, closed);
		idle_armed = false;
	}
	close(SOCK_FD);
	char *data = a.len ? mmap(NULL, a.len, PROT_READ | PROT_WRITE, MAP_PRIVATE, fds[3], 0) : NULL;
	if (a.len == 0 || data == MAP_FAILED)
		fail("map the run");
	close(fds[3]);
	data[a.len - 1] = '\0';
	char *p;
	char **argv = split(data, a.len, a.argc, &p);
	char **envp = split(p, a.len - (size_t)(p - data), a.envc, &p);
	const char *cwd = p;
	for (int i = 0; i < 3; i++)
		if (dup2(fds[i], i) < 0)
			fail("dup2");
	for (int i = 0; i < 3; i++)
		if (fds[i] > 2 && (i == 0 || fds[i] != fds[i - 1]))
			close(fds[i]);
	if (chdir(cwd) < 0)
		fail(cwd);
	if (!a.warm || a.argc < 2) {
		execve(argv[0], argv, envp);
		fail(argv[0]);
	}
	show_argv(argv);

	napi_env env = env_now;
	napi_handle_scope scope;
	napi_value start, global, list, result;
	if (napi_open_handle_scope(env, &scope) != napi_ok ||
	    napi_get_reference_value(env, start_ref, &start) != napi_ok ||
	    napi_get_global(env, &global) != napi_ok ||
	    napi_create_array_with_length(env, a.argc, &list) != napi_ok)
		fail("node-api");
	for (uint32_t i = 0; i < a.argc; i++) {
		napi_value s;
		if (napi_create_string_utf8(env, argv[i], NAPI_AUTO_LENGTH, &s) != napi_ok ||
		    napi_set_element(env, list, i, s) != napi_ok)
			fail("node-api");
	}
	napi_delete_reference(env, start_ref);
	free(argv);
	free(envp);
	munmap(data, a.len);
	/* as node calls into JavaScript from its loop: an exception thrown
	 * here is the program's uncaught exception */
	bool pending = false;
	if (napi_make_callback(env, NULL, global, start, 1, &list, &result) != napi_ok &&
	    napi_is_exception_pending(env, &pending) == napi_ok && pending) {
		napi_value exc;
		if (napi_get_and_clear_last_exception(env, &exc) == napi_ok)
			napi_fatal_exception(env, exc);
	}
	napi_close_handle_scope(env, scope);
}

/* The pages of [lo, hi) that are the file's (present, not copied on
 * write: pagemap bits 63 and 61), dropped: page cache, mapped again on
 * the next touch. Copied pages (relocations) stay. */
static void drop_file_pages(int pagemap, uintptr_t lo, uintptr_t hi)
{
	uint64_t e[512];
	uintptr_t run = 0, a = lo;

	while (a < hi) {
		size_t n = (hi - a) / 4096 < 512 ? (hi - a) / 4096 : 512;
		if (pread(pagemap, e, n * 8, (off_t)(a / 4096 * 8)) != (ssize_t)(n * 8))
			return;
		for (size_t i = 0; i < n; i++, a += 4096) {
			bool file = (e[i] >> 63 & 1) && (e[i] >> 61 & 1);
			if (file && run == 0)
				run = a;
			if (!file && run != 0) {
				(void)madvise((void *)run, a - run, MADV_DONTNEED);
				run = 0;
			}
		}
	}
	if (run != 0)
		(void)madvise((void *)run, hi - run, MADV_DONTNEED);
}

/* One line of /proc/self/maps: its range, permissions and file (NULL
 * for none); false for a line that is none of that. */
static bool map_line(char *line, uintptr_t *lo, uintptr_t *hi, char perms[8], const char **file)
{
	unsigned long a, b;
	int at = 0;
	if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %n", &a, &b, perms, &at) < 3 || at == 0)
		return false;
	line[strcspn(line, "\n")] = '\0';
	*lo = a;
	*hi = b;
	*file = line[at] == '/' ? line + at : NULL;
	return true;
}

/* What the node holds while it waits, made smaller: what V8 can collect
 * (node_exit.cc, in the node of its headers' major version), malloc's free
 * memory given back, and the pages of node's read-only data that its start-up
 * mapped (the start-up snapshots, the sources and code cache of node's
 * modules, ICU's data: 13 MB) dropped -- the run maps again, from the page
 * cache, the few it uses. Node's code stays: dropping it too would make
 * the run fault most of it back. Node's file is the one its code (that of
 * Node-API) is mapped from: the node executable, or the libnode.so of a
 * node built as a shared library (Debian's). */
static void settle(void)
{
	char line[512], node[256] = "", perms[8];
	uintptr_t code = (uintptr_t)&napi_get_uv_event_loop, lo, hi;
	const char *file;

	if (node_api_cxx)
		airlock_node_low_memory();
	malloc_trim(0);
	FILE *maps = fopen("/proc/self/maps", "re");
	int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	while (maps && fgets(line, sizeof(line), maps))
		if (map_line(line, &lo, &hi, perms, &file) && file && lo <= code && code < hi)
			snprintf(node, sizeof(node), "%s", file);
	if (maps && pagemap >= 0 && node[0] && fseek(maps, 0, SEEK_SET) == 0)
		while (fgets(line, sizeof(line), maps))
			if (map_line(line, &lo, &hi, perms, &file) && perms[1] != 'w' &&
			    perms[2] != 'x' && file && strcmp(file, node) == 0)
				drop_file_pages(pagemap, lo, hi);
	if (maps)
		fclose(maps);
	if (pagemap >= 0)
		close(pagemap);
}

/* Once the node has waited SETTLE_MS without its run: settled. */
static void settle_when_idle(uv_timer_t *t)
{
	uv_close((uv_handle_t *)t, closed);
	idle_armed = false;
	settle();
}

/* The node waits from the loop's first turn, once the bootstrap has
 * returned. It settles only once it has waited a while: a node taken at
 * once (runs back to back, each waiting for the node being started) would
 * pay the settling in its start-up and then map back, during its run, the
 * pages it dropped -- a tenth of its start-up's CPU, and more of the run's
 * than that, for memory it holds a few milliseconds. */
static void say_waiting(uv_timer_t *t)
{
	uv_close((uv_handle_t *)t, closed);
	if (warm_pipe_r >= 0) {
		close(warm_pipe_r);
		warm_pipe_r = -1;
	}
	if (uv_timer_init(t->loop, &idle) == 0 &&
	    uv_timer_start(&idle, settle_when_idle, SETTLE_MS, 0) == 0)
		idle_armed = true;
	else
		settle();
	if (write(SOCK_FD, "n", 1) != 1)
		_exit(0);
}

static napi_value wait_run(napi_env env, napi_callback_info info)
{
	size_t argc = 1;
	napi_value fn;
	uv_loop_t *loop;

	if (napi_get_cb_info(env, info, &argc, &fn, NULL, NULL) != napi_ok || argc != 1 ||
	    napi_create_reference(env, fn, 1, &start_ref) != napi_ok ||
	    napi_get_uv_event_loop(env, &loop) != napi_ok)
		fail("node-api");
	env_now = env;
	node_api_cxx = ends_without_teardown(env);
	if (uv_poll_init(loop, &watch, SOCK_FD) != 0 ||
	    uv_poll_start(&watch, UV_READABLE | UV_DISCONNECT, on_run) != 0)
		fail("watch the socket");
	/* from the loop, once the bootstrap has returned */
	if (uv_timer_init(loop, &later) != 0 || uv_timer_start(&later, say_waiting, 0, 0) != 0)
		fail("timer");
	return NULL;
}

/* pipe(): the write end of a new pipe, for the bootstrap to write a
 * program's first output through a net.Socket as process.stdout on a pipe
 * will (its code compiled before the run, not during it). The bootstrap
 * closes that end (the socket's destroy); the read end is closed here
 * before the node says it waits: nothing of it is left for the run. */
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
	napi_value fn, pipe_fn;
	if (napi_create_function(env, "wait", NAPI_AUTO_LENGTH, wait_run, NULL, &fn) != napi_ok ||
	    napi_set_named_property(env, exports, "wait", fn) != napi_ok ||
	    napi_create_function(env, "pipe", NAPI_AUTO_LENGTH, warm_pipe, NULL, &pipe_fn) !=
		napi_ok ||
	    napi_set_named_property(env, exports, "pipe", pipe_fn) != napi_ok)
		return NULL;
	return exports;
}
