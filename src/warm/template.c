/*
 * The language-independent part of a warm template (warm/template.h).
 *
 * One thread, one poll loop: the listening socket, one connection per run,
 * a signalfd (children, termination) and, when a supervisor started us,
 * its pipe (EOF: it is gone). A connection carries one plan; the template
 * clones the sandbox's init from itself and answers with its pid and a
 * pidfd. When the connection closes -- the run is over, or the supervisor
 * died -- whatever is left of that sandbox is killed. Sandboxes are our
 * children (their init dies with us: PR_SET_PDEATHSIG), reaped here.
 *
 * The template runs nothing it is sent: it only maps the plan and clones.
 * Being single-threaded, its clones may allocate (unlike a cold init,
 * cloned from a multi-threaded server).
 */
#include "warm/template.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "common/limits.h"
#include "common/util.h"
#include "engine/cgroup.h"
#include "engine/inputs.h"
#include "engine/warm.h"
#include "lang/lang.h"

/* runs and boxes at once (a box's connection lasts as long as the box) */
#define MAX_CONNS 1024
#define MAX_READY 8
/* A ready sandbox that ended before its run is replaced after this long,
 * not at once: a sandbox that cannot be built costs nothing. */
#define READY_RETRY_MS 1000

struct conn {
	int fd;
	pid_t init; /* 0: no plan yet */
	int pidfd;
	/* the ready sandbox's cgroup it took (v2): removed at the end when
	 * its run never took it as its own (its supervisor died first) */
	char cgroup[READY_CGROUP_NAME];
};

/* A sandbox built before its run (child_ready_main). */
struct ready {
	pid_t init;
	int pidfd, ctl;
	pid_t program;			/* once it said it is ready */
	char cgroup[READY_CGROUP_NAME]; /* cloned into it (cgroup v2); "" */
};

struct tmpl {
	const struct template_lang *lang;
	struct ready ready[MAX_READY];
	int nready, ready_target;
	uint64_t ready_retry_at;
	struct child_plan ready_base; /* the plan of a sandbox without its run */
	struct ready_cgroups cgroups; /* the ready sandboxes' own (v2) */
	bool told_cgroups;
	struct engine *eng;
	const char *path;
	int listen_fd, sig_fd, parent_fd, log_fd;
	int idle_exit_s; /* 0: never */
	struct conn conns[MAX_CONNS];
	int nconns;
	uint64_t idle_since;
};

static void default_actions(void);

static const char *program_name(const struct template_lang *lang)
{
	static char name[64];
	if (lang->any_language)
		return "airlock-spawner";
	snprintf(name, sizeof(name), "airlock-warm-%s", lang->name);
	return name;
}

static void say(const struct tmpl *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(const struct tmpl *t, const char *fmt, ...)
{
	char line[512];
	va_list ap;
	int n = snprintf(line, sizeof(line), "%s: ", program_name(t->lang));
	va_start(ap, fmt);
	n += vsnprintf(line + n, sizeof(line) - (size_t)n, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(line) - 2)
		n = (int)sizeof(line) - 2;
	line[n++] = '\n';
	(void)!write(t->log_fd, line, (size_t)n);
}

static void usage(const struct template_lang *lang)
{
	fprintf(
	    stderr,
	    "usage: %s --listen PATH [--parent-fd N] [--idle-exit SEC]\n"
	    "                         [--ready N] [--cgroup-parent NAME] [--rootless]\n"
	    "                         [--seccomp-kill]\n"
	    "  --listen PATH     the template's socket (made 0600; only this user may connect)\n"
	    "  --parent-fd N     end when this descriptor reaches EOF (the supervisor's pipe)\n"
	    "  --idle-exit SEC   end after SEC seconds without a run (default: never)\n"
	    "  --ready N         sandboxes kept built before their runs, 0 to %d (default 1)\n"
	    "  --cgroup-parent NAME  airlock's cgroup, where ready sandboxes get their own on\n"
	    "                    cgroup v2 (default: $AIRLOCK_CGROUP_PARENT, else airlock)\n"
	    "  --rootless        build rootless sandboxes, also as root (tests)\n"
	    "  --seccomp-kill    no seccomp user notification (tests)\n",
	    program_name(lang), MAX_READY);
}

/* The environment the sandbox's programs start with (airlock's and the
 * language's): the interpreter initialises under the same one as a cold
 * start does. */
static int set_sandbox_env(const struct lang_profile *lp, err_t *err)
{
	clearenv();
	for (size_t i = 0; run_base_env[i]; i++)
		if (putenv((char *)run_base_env[i]) != 0)
			return err_set(err, errno, "cannot set the environment");
	for (size_t i = 0; i < LANG_MAX_ENV && lp->env[i]; i++)
		if (putenv((char *)lp->env[i]) != 0)
			return err_set(err, errno, "cannot set the environment");
	return 0;
}

/* The spawner's: none (each plan carries its program's). */
static int clear_env(err_t *err)
{
	if (clearenv() != 0)
		return err_set(err, errno, "cannot clear the environment");
	return 0;
}

int template_sandbox_env(const char *lang, err_t *err)
{
	const struct lang_profile *lp = lang_find(lang);
	if (lp == NULL)
		return err_set(err, 0, "no language profile named %s", lang);
	return set_sandbox_env(lp, err);
}

/* Writes the strings of v, NUL-terminated, into [start, end): as many as
 * fit; the rest of the space is NULs. */
static void fill_area(uintptr_t start, uintptr_t end, char *const *v)
{
	char *area = (char *)start;
	size_t cap = end - start, n = 0;

	memset(area, 0, cap);
	for (; *v && n < cap; v++) {
		size_t len = strlen(*v) + 1;
		if (len > cap - n)
			len = cap - n;
		memcpy(area + n, *v, len);
		n += len;
	}
	if (cap > 0)
		area[cap - 1] = '\0';
}

void template_show_as(const struct engine *e, const char *name, const struct child_step *st)
{
	fill_area(e->arg_start, e->arg_end, st->argv);
	fill_area(e->env_start, e->env_end, st->envp);
	prctl(PR_SET_NAME, name, 0, 0, 0);
}

int template_map_spans(struct template_span *out, int max, bool code)
{
	char line[512];
	FILE *maps = fopen("/proc/self/maps", "re");
	int n = 0;

	if (maps == NULL)
		return -1;
	while (n < max && fgets(line, sizeof(line), maps)) {
		unsigned long lo, hi, off, inode;
		char perms[8], dev[16];
		if (sscanf(line, "%lx-%lx %7s %lx %15s %lu", &lo, &hi, perms, &off, dev, &inode) !=
			6 ||
		    hi - lo > (64ul << 20) || perms[0] != 'r' || strstr(line, "[vvar]") ||
		    strstr(line, "[vsyscall]") || strstr(line, "[vdso]"))
			continue;
		if (perms[1] == 'w' && perms[3] == 'p')
			out[n++] = (struct template_span){lo, hi, true};
		else if (code && perms[1] == '-' && inode != 0)
			out[n++] = (struct template_span){lo, hi, false};
	}
	fclose(maps);
	return n;
}

void template_probe_report(const struct template_span *maps, int nmaps, int out)
{
	static uint64_t ent[512];
	long page = sysconf(_SC_PAGESIZE);
	int pm = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);

	if (pm < 0)
		_exit(1);
	for (int i = 0; i < nmaps; i++) {
		struct template_span cur = {0, 0, false};
		for (uintptr_t a = maps[i].lo; a < maps[i].hi;) {
			size_t want = (maps[i].hi - a) / (uintptr_t)page;
			if (want > 512)
				want = 512;
			ssize_t got = pread(pm, ent, want * 8, (off_t)(a / (uintptr_t)page * 8));
			if (got <= 0)
				_exit(1);
			for (size_t k = 0; k < (size_t)got / 8; k++, a += (uintptr_t)page) {
				/* written: a copy of its own (present and
				 * exclusively mapped, bits 63 and 56 of
				 * pagemap); mapped: present */
				bool own =
				    (ent[k] >> 63 & 1) && (!maps[i].write || (ent[k] >> 56 & 1));
				if (own && cur.hi == a) {
					cur.hi = a + (uintptr_t)page;
				} else if (own) {
					if (cur.hi != 0 &&
					    write(out, &cur, sizeof(cur)) != sizeof(cur))
						_exit(1);
					cur = (struct template_span){a, a + (uintptr_t)page,
								     maps[i].write};
				}
			}
		}
		if (cur.hi != 0 && write(out, &cur, sizeof(cur)) != sizeof(cur))
			_exit(1);
	}
	_exit(0);
}

void template_probe_start(pid_t parent)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != parent)
		_exit(1);
}

void template_learn_spans(struct template_hot *hot, pid_t probe, int fd)
{
	int n = 0, status;
	bool bad = false;
	uint64_t deadline = monotonic_ms() + TEMPLATE_PROBE_MS;

	for (;;) {
		struct pollfd pfd = {fd, POLLIN, 0};
		uint64_t now = monotonic_ms();
		int ready = now < deadline ? poll(&pfd, 1, (int)(deadline - now)) : 0;
		if (ready < 0 && errno == EINTR)
			continue;
		if (ready <= 0) {
			if (ready == 0)
				dprintf(2,
					"airlock-warm: the page probe did not report within %d s: "
					"ready programs copy no pages ahead\n",
					TEMPLATE_PROBE_MS / 1000);
			bad = true;
			break;
		}
		ssize_t got =
		    n < TEMPLATE_HOT_MAX ? read(fd, &hot->spans[n], sizeof(hot->spans[n])) : -1;
		if (got == 0)
			break;
		if (got != (ssize_t)sizeof(hot->spans[n])) {
			bad = true;
			break;
		}
		n++;
	}
	close(fd);
	if (bad)
		kill(probe, SIGKILL);
	if (waitpid(probe, &status, 0) == probe && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
	    !bad)
		hot->n = n;
}

void template_populate(const struct template_span *spans, int n)
{
	for (int i = 0; i < n; i++)
		(void)madvise((void *)spans[i].lo, spans[i].hi - spans[i].lo,
			      spans[i].write ? MADV_POPULATE_WRITE : MADV_POPULATE_READ);
}

/* stdin /dev/null and stdout, stderr a pipe, as the program's are (a
 * runtime may remember what kind of file its standard streams were); our
 * own messages go to the stderr we were given. */
static int set_std_fds(struct tmpl *t, err_t *err)
{
	int p[2], null;

	t->log_fd = fcntl(2, F_DUPFD_CLOEXEC, 3);
	if (t->log_fd < 0)
		t->log_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if ((null = open("/dev/null", O_RDONLY)) < 0 || pipe(p) < 0)
		return err_set(err, errno, "cannot set up the standard descriptors");
	if (dup2(null, 0) < 0 || dup2(p[1], 1) < 0 || dup2(p[1], 2) < 0)
		return err_set(err, errno, "cannot set up the standard descriptors");
	close(null);
	close(p[1]);
	/* the read end stays open (and unread): nothing is written there */
	if (fcntl(p[0], F_SETFD, FD_CLOEXEC) < 0)
		return err_set(err, errno, "cannot set up the standard descriptors");
	return 0;
}

/* Binds under a temporary name, listens, then renames into place: when
 * the path exists, the template is ready. A path where a template still
 * listens is refused; a stale socket is replaced. */
static int listen_at(struct tmpl *t, err_t *err)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	char tmp[sizeof(addr.sun_path)];
	struct stat st;

	if (snprintf(tmp, sizeof(tmp), "%s.%d", t->path, (int)getpid()) >= (int)sizeof(tmp))
		return err_set(err, 0, "socket path too long: %s", t->path);
	if (lstat(t->path, &st) == 0) {
		if (!S_ISSOCK(st.st_mode))
			return err_set(err, 0, "%s exists and is not a socket", t->path);
		int probe = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
		memcpy(addr.sun_path, t->path, strlen(t->path) + 1);
		int live =
		    probe >= 0 && connect(probe, (struct sockaddr *)&addr, sizeof(addr)) == 0;
		if (probe >= 0)
			close(probe);
		if (live)
			return err_set(err, 0, "a template already listens at %s", t->path);
	}
	memcpy(addr.sun_path, tmp, strlen(tmp) + 1);
	t->listen_fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (t->listen_fd < 0)
		return err_set(err, errno, "cannot create a socket");
	unlink(tmp);
	mode_t old = umask(0177);
	int rc = bind(t->listen_fd, (struct sockaddr *)&addr, sizeof(addr));
	umask(old);
	if (rc < 0)
		return err_set(err, errno, "cannot bind %s", tmp);
	if (listen(t->listen_fd, 64) < 0 || rename(tmp, t->path) < 0) {
		int e = errno;
		unlink(tmp);
		return err_set(err, e, "cannot listen at %s", t->path);
	}
	/* Every sandbox is a copy of this process: no copy of where the
	 * template lives stays in its memory (its arguments are blanked by
	 * the sandbox's init). */
	explicit_bzero(tmp, sizeof(tmp));
	explicit_bzero(&addr, sizeof(addr));
	return 0;
}

/* Clones a sandbox's init from this process into the namespaces engine.c's
 * spawn clones one into from the supervisor, with the language's work
 * around the fork: 0 in the child (which must not return), -1 with errno.
 * Into the cgroup directory cgroup_fd when it is >= 0 and the kernel
 * allows (*into set then: see engine_clone_init). */
static pid_t clone_init(struct tmpl *t, int cgroup_fd, bool *into)
{
	t->lang->before_clone();
	pid_t pid = engine_clone_init(cgroup_fd, into);
	if (pid == 0) {
		/* a threaded runtime's handlers (and ours) are not the
		 * sandbox's: an init with a handler would take the signals
		 * its programs send it */
		if (t->lang->threaded)
			default_actions();
		return 0;
	}
	int e = errno;
	t->lang->after_clone();
	errno = e;
	return pid;
}

/* The plan of a ready sandbox before its run: what a run with the default
 * limits and no network would have, and nothing of a run. */
static void ready_base_init(struct tmpl *t)
{
	struct child_plan *b = &t->ready_base;
	struct limits l;

	memset(b, 0, sizeof(*b));
	limits_default(&l);
	b->eng = t->eng;
	b->hook = t->lang->hook;
	b->set_ids = t->eng->caller_uid == 0;
	b->notify = t->eng->notif_size > 0;
	b->net = NET_NONE;
	b->sync_fd = b->report_fd = b->stdin_fd = b->collect_fd = b->cgroup_fd = -1;
	snprintf(b->scratch_bytes, sizeof(b->scratch_bytes), "%llu",
		 (unsigned long long)l.disk_limit_mb << 20);
}

/* A ready sandbox dropped; failed: it ended or could not be built (the
 * next is built a while later). */
static void ready_drop(struct tmpl *t, int i, bool failed)
{
	struct ready *r = &t->ready[i];
	sandbox_kill(r->init, r->pidfd);
	if (r->pidfd >= 0)
		close(r->pidfd);
	close(r->ctl);
	ready_cgroup_remove(&t->cgroups, r->cgroup); /* once its processes are gone */
	t->ready[i] = t->ready[--t->nready];
	if (failed)
		t->ready_retry_at = monotonic_ms() + READY_RETRY_MS;
}

/* A cgroup for the next ready sandbox, where they have their own (v2):
 * its name and directory, or "" and -1. */
static void ready_cgroup(struct tmpl *t, char name[READY_CGROUP_NAME], int *fd)
{
	err_t err;

	err_clear(&err);
	if (ready_cgroup_make(&t->cgroups, name, fd, &err) < 0 && !t->told_cgroups) {
		t->told_cgroups = true;
		say(t, "%s: ready sandboxes are moved into their runs' cgroups", err.msg);
	}
}

/* Builds ready sandboxes up to the target (each one's init does its setup
 * by itself, after this returns). */
static void ready_fill(struct tmpl *t)
{
	while (t->nready < t->ready_target && monotonic_ms() >= t->ready_retry_at) {
		int sv[2], cgroup_fd;
		char cgroup[READY_CGROUP_NAME];
		bool into = false;
		err_t err;
		if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
			return;
		ready_cgroup(t, cgroup, &cgroup_fd);
		pid_t pid = clone_init(t, cgroup_fd, &into);
		if (pid == 0) {
			close(sv[0]);
			child_ready_main(&t->ready_base, sv[1]);
		}
		close(sv[1]);
		if (cgroup_fd >= 0)
			close(cgroup_fd);
		if (!into) { /* (no such cgroups here, or the clone failed) */
			ready_cgroup_remove(&t->cgroups, cgroup);
			cgroup[0] = '\0';
		}
		if (pid < 0) {
			close(sv[0]);
			t->ready_retry_at = monotonic_ms() + READY_RETRY_MS;
			return;
		}
		struct ready *r = &t->ready[t->nready++];
		*r = (struct ready){pid, (int)syscall(SYS_pidfd_open, pid, 0), sv[0], 0, ""};
		memcpy(r->cgroup, cgroup, sizeof(r->cgroup));
		err_clear(&err);
		if (sandbox_write_id_maps(t->eng, pid, &err) < 0 || write(sv[0], "s", 1) != 1) {
			say(t, "a ready sandbox: %s", err.msg[0] ? err.msg : strerror(errno));
			ready_drop(t, t->nready - 1, true);
			return;
		}
	}
}

/* Its init said it is ready: its program's pid (ours to see, in /proc). */
static void ready_up(struct tmpl *t, int i)
{
	struct ready *r = &t->ready[i];
	char path[96], buf[64], c;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)r->init, (int)r->init);
	if (read(r->ctl, &c, 1) != 1 || c != 'r' ||
	    read_file_at(AT_FDCWD, path, buf, sizeof(buf)) <= 0 || (r->program = atoi(buf)) <= 0) {
		ready_drop(t, i, true);
		return;
	}
}

/* Whether plan could run in a ready sandbox: one step, no network, the
 * default disk. */
static bool ready_fits(const struct tmpl *t, const struct child_plan *plan)
{
	return plan->nsteps == 1 && plan->net == NET_NONE &&
	       strcmp(plan->scratch_bytes, t->ready_base.scratch_bytes) == 0;
}

/* A ready sandbox for plan, taken out of the list; -1 when none fits (the
 * plan's limits or network are not the default ones, or none is up). */
static int ready_take(struct tmpl *t, const struct child_plan *plan, struct ready *out)
{
	if (!ready_fits(t, plan))
		return -1;
	for (int i = 0; i < t->nready; i++)
		if (t->ready[i].program > 0) {
			*out = t->ready[i];
			t->ready[i] = t->ready[--t->nready];
			return 0;
		}
	return -1;
}

static void conn_close(struct tmpl *t, int i)
{
	struct conn *c = &t->conns[i];
	/* the run is over or its supervisor is gone: so is its sandbox */
	if (c->init > 0)
		sandbox_kill(c->init, c->pidfd);
	if (c->pidfd >= 0)
		close(c->pidfd);
	close(c->fd);
	ready_cgroup_release(&t->cgroups, c->cgroup);
	t->conns[i] = t->conns[--t->nconns];
	if (t->nconns == 0)
		t->idle_since = monotonic_ms();
}

/* ready: the ready sandbox taken (NULL: none), whose cgroup is the run's
 * from now on. */
static void reply(int fd, pid_t pid, int pidfd, int errnum, const char *msg, const struct tmpl *t,
		  const struct ready *ready, bool into)
{
	struct wire_reply r;

	memset(&r, 0, sizeof(r));
	r.pid = pid;
	r.program = ready ? ready->program : 0;
	r.flags = (ready ? WIRE_READY : 0) | (into ? WIRE_INTO : 0);
	if (ready && ready->cgroup[0] &&
	    ready_cgroup_path(&t->cgroups, ready->cgroup, r.cgroup, sizeof(r.cgroup)) < 0)
		r.cgroup[0] = '\0';
	r.errnum = errnum;
	snprintf(r.msg, sizeof(r.msg), "%s", msg ? msg : "");
	(void)send_fds(fd, &r, sizeof(r), &pidfd, pidfd >= 0);
}

/* A cold run's sandbox, cloned on request (into the plan's cgroup when
 * it has one: *into): its init runs plan. A box's (the spawner's: its
 * commands are exec'd) serves its commands. */
static pid_t clone_sandbox(struct tmpl *t, struct child_plan *plan, bool *into)
{
	plan->eng = t->eng;
	plan->hook = plan->box ? NULL : t->lang->hook;
	if (plan->box && !t->lang->any_language) {
		errno = EINVAL;
		return -1;
	}
	pid_t pid = clone_init(t, plan->cgroup_fd, into);
	if (pid == 0 && plan->box)
		child_box_main(plan);
	if (pid == 0)
		child_main(plan);
	return pid;
}

/* Hands plan (its descriptors fds) to a ready sandbox, or clones one for
 * it, and answers. */
static void hand_plan(struct tmpl *t, struct conn *c, struct child_plan *plan, const int *fds,
		      int nfds)
{
	struct ready rd;
	uint32_t magic = WIRE_MAGIC;

	if (ready_take(t, plan, &rd) == 0 &&
	    send_fds(rd.ctl, &magic, sizeof(magic), fds, nfds) == (ssize_t)sizeof(magic)) {
		/* the sandbox built before: its init takes the plan */
		close(rd.ctl);
		c->init = rd.init;
		c->pidfd = rd.pidfd;
		memcpy(c->cgroup, rd.cgroup, sizeof(c->cgroup));
		reply(c->fd, rd.init, rd.pidfd, 0, NULL, t, &rd, false);
		return;
	}
	bool into = false;
	pid_t pid = clone_sandbox(t, plan, &into);
	if (pid < 0) {
		c->init = 0;
		reply(c->fd, 0, -1, errno, "clone", t, NULL, false);
	} else {
		c->init = pid;
		c->pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
		reply(c->fd, pid, c->pidfd, 0, NULL, t, NULL, into);
	}
}

/* One plan: received, cloned, answered. false: the connection is done
 * with (EOF, or a message that is not a plan: answered, then closed). */
static bool serve_plan(struct tmpl *t, struct conn *c)
{
	uint32_t magic = 0;
	int fds[WIRE_MAX_FDS], nfds = 0;
	bool cut = false;
	struct child_plan plan;
	void *map = NULL;
	size_t map_len = 0;
	err_t err;

	ssize_t n =
	    recv_fds(c->fd, &magic, sizeof(magic), fds, WIRE_MAX_FDS, &nfds, MSG_DONTWAIT, &cut);
	if (n < 0 && errno == EAGAIN)
		return true;
	if (n <= 0)
		return false;
	err_clear(&err);
	if (n != (ssize_t)sizeof(magic) || magic != WIRE_MAGIC || cut || nfds < 1) {
		reply(c->fd, 0, -1, EPROTO, "not a plan", t, NULL, false);
	} else if (wire_decode(fds[0], fds, nfds, &plan, &map, &map_len, &err) < 0) {
		reply(c->fd, 0, -1, err.errnum, err.msg, t, NULL, false);
	} else {
		hand_plan(t, c, &plan, fds, nfds);
		wire_plan_free(&plan);
		munmap(map, map_len);
	}
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
	return c->init > 0;
}

static void accept_conn(struct tmpl *t)
{
	struct ucred cred;
	socklen_t len = sizeof(cred);
	int fd = accept4(t->listen_fd, NULL, NULL, SOCK_CLOEXEC);

	if (fd < 0)
		return;
	/* Only our own user: a template clones sandboxes with its privileges. */
	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0 || cred.uid != geteuid() ||
	    t->nconns == MAX_CONNS) {
		close(fd);
		return;
	}
	t->conns[t->nconns++] = (struct conn){.fd = fd, .init = 0, .pidfd = -1};
}

static void reap(struct tmpl *t)
{
	pid_t pid;
	while ((pid = waitpid(-1, NULL, WNOHANG)) > 0) {
		for (int i = 0; i < t->nready; i++)
			if (t->ready[i].init == pid) {
				t->ready[i].init = -1; /* reaped: no kill */
				ready_drop(t, i, true);
				break;
			}
		for (int i = 0; i < t->nconns; i++)
			if (t->conns[i].init == pid) {
				close(t->conns[i].pidfd);
				t->conns[i].pidfd = -1;
				t->conns[i].init = -1; /* gone; the connection stays until closed */
			}
	}
}

static void shutdown_all(struct tmpl *t)
{
	while (t->nready > 0)
		ready_drop(t, t->nready - 1, false);
	while (t->nconns > 0)
		conn_close(t, t->nconns - 1);
	unlink(t->path);
	while (waitpid(-1, NULL, 0) > 0 || errno == EINTR)
		;
	ready_cgroups_finish(&t->cgroups);
}

/* The ready sandbox whose socket is fd, or -1 (gone since the poll). */
static int ready_by_fd(const struct tmpl *t, int fd)
{
	for (int i = 0; i < t->nready; i++)
		if (t->ready[i].ctl == fd)
			return i;
	return -1;
}

static int serve(struct tmpl *t)
{
	struct pollfd pfd[MAX_CONNS + MAX_READY + 3];

	t->idle_since = monotonic_ms();
	for (;;) {
		ready_fill(t);
		int n = 0, timeout = -1;
		pfd[n++] = (struct pollfd){t->listen_fd, POLLIN, 0};
		pfd[n++] = (struct pollfd){t->sig_fd, POLLIN, 0};
		pfd[n++] = (struct pollfd){t->parent_fd, POLLIN, 0}; /* -1: ignored */
		for (int i = 0; i < t->nconns; i++)
			pfd[n++] = (struct pollfd){t->conns[i].fd, POLLIN, 0};
		int first_ready = n;
		for (int i = 0; i < t->nready; i++)
			pfd[n++] = (struct pollfd){t->ready[i].ctl, POLLIN, 0};
		uint64_t now = monotonic_ms();
		if (t->idle_exit_s > 0 && t->nconns == 0) {
			uint64_t idle = now - t->idle_since;
			uint64_t limit = (uint64_t)t->idle_exit_s * 1000;
			if (idle >= limit) {
				shutdown_all(t);
				return 0;
			}
			timeout = (int)(limit - idle);
		}
		if (t->nready < t->ready_target) {
			int wait = t->ready_retry_at > now ? (int)(t->ready_retry_at - now) : 0;
			if (timeout < 0 || wait < timeout)
				timeout = wait;
		}
		/* cgroups of dropped ready sandboxes, busy until their
		 * processes are gone */
		if (ready_cgroups_retry(&t->cgroups) && (timeout < 0 || timeout > 20))
			timeout = 20;
		if (poll(pfd, (nfds_t)n, timeout) < 0) {
			if (errno == EINTR)
				continue;
			say(t, "poll: %s", strerror(errno));
			shutdown_all(t);
			return 1;
		}
		if (pfd[1].revents & POLLIN) {
			struct signalfd_siginfo si;
			while (read(t->sig_fd, &si, sizeof(si)) == (ssize_t)sizeof(si))
				if (si.ssi_signo != SIGCHLD) {
					shutdown_all(t);
					return 0;
				}
			reap(t);
		}
		if (pfd[2].revents) {
			shutdown_all(t); /* the supervisor that started us is gone */
			return 0;
		}
		/* ready sandboxes first: a plan may take one */
		for (int i = first_ready; i < n; i++) {
			int k = pfd[i].revents ? ready_by_fd(t, pfd[i].fd) : -1;
			if (k < 0)
				continue;
			if (t->ready[k].program == 0 && (pfd[i].revents & POLLIN))
				ready_up(t, k);
			else
				ready_drop(t, k, true); /* its init ended before its run */
		}
		/* connections, from the last: closing one moves the last into
		 * its place */
		for (int i = first_ready - 1; i >= 3; i--) {
			int k = i - 3;
			if (pfd[i].revents == 0)
				continue;
			if (t->conns[k].init == 0 && (pfd[i].revents & POLLIN) &&
			    serve_plan(t, &t->conns[k]))
				continue;
			conn_close(t, k); /* EOF after the plan: the run is over */
		}
		if (pfd[0].revents & POLLIN)
			accept_conn(t);
	}
}

static int sig_pipe_w = -1;

/* A threaded runtime's template: a signal, taken by whichever thread, said
 * on a pipe the loop reads as it reads a signalfd. */
static void on_signal(int sig)
{
	struct signalfd_siginfo si;
	int e = errno;

	memset(&si, 0, sizeof(si));
	si.ssi_signo = (uint32_t)sig;
	(void)!write(sig_pipe_w, &si, sizeof(si));
	errno = e;
}

void template_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGCHLD);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGHUP);
}

static int block_signals(struct tmpl *t, err_t *err)
{
	sigset_t set;

	template_signals(&set);
	if (t->lang->threaded) {
		struct sigaction sa;
		int p[2];

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_signal;
		sa.sa_flags = SA_RESTART;
		sigfillset(&sa.sa_mask);
		if (pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0)
			return err_set(err, errno, "cannot set up signals");
		sig_pipe_w = p[1];
		t->sig_fd = p[0];
		for (int sig = 1; sig < NSIG; sig++)
			if (sigismember(&set, sig) && sigaction(sig, &sa, NULL) < 0)
				return err_set(err, errno, "cannot set up signals");
		return 0;
	}
	if (sigprocmask(SIG_BLOCK, &set, NULL) < 0 ||
	    (t->sig_fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK)) < 0)
		return err_set(err, errno, "cannot set up signals");
	return 0;
}

static void default_actions(void)
{
	struct sigaction dfl;

	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	for (int sig = 1; sig < NSIG; sig++)
		(void)sigaction(sig, &dfl, NULL);
}

/* Whoever started us may have ignored or blocked signals (a shell's `&`
 * ignores SIGINT): the runtime must initialise as in a fresh process. */
static void default_signals(void)
{
	sigset_t none;

	default_actions();
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

/* Every sandbox is a copy of this process, and /proc/self/exe and maps
 * would name the template's binary as the host has it (its directory, a
 * user's home). So the template runs from a sealed memfd copy of itself:
 * a run sees "/memfd:airlock-warm (deleted)". Returns only when it cannot
 * (then the path shows; nothing else depends on it). */
static void run_from_memfd(char **argv)
{
	char self[64];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

	if (n > 0 && (self[n] = '\0', strncmp(self, "/memfd:", 7) == 0))
		return; /* already */
	int in = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	int fd = memfd_create("airlock-warm", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (in < 0 || fd < 0)
		goto out;
	char buf[65536];
	ssize_t r;
	while ((r = read(in, buf, sizeof(buf))) > 0)
		if (write_all(fd, buf, (size_t)r) < 0)
			goto out;
	if (r < 0 ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) < 0)
		goto out;
	extern char **environ;
	fexecve(fd, argv, environ);
out:
	if (in >= 0)
		close(in);
	if (fd >= 0)
		close(fd);
}

int template_main(const struct template_lang *lang, int argc, char **argv)
{
	static const struct option opts[] = {
	    {"listen", required_argument, NULL, 'L'},
	    {"parent-fd", required_argument, NULL, 'P'},
	    {"idle-exit", required_argument, NULL, 'I'},
	    {"ready", required_argument, NULL, 'N'},
	    {"rootless", no_argument, NULL, 'R'},
	    {"seccomp-kill", no_argument, NULL, 'K'},
	    {"cgroup-parent", required_argument, NULL, 'C'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct engine_config cfg = {0};
	struct tmpl t = {.lang = lang,
			 .listen_fd = -1,
			 .sig_fd = -1,
			 .parent_fd = -1,
			 .log_fd = 2,
			 .ready_target = 1};
	const struct lang_profile *lp = lang->any_language ? NULL : lang_find(lang->name);
	err_t err;
	int c;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		char *end = NULL;
		switch (c) {
		case 'L':
			t.path = optarg;
			break;
		case 'P':
			t.parent_fd = (int)strtol(optarg, &end, 10);
			if (*end || t.parent_fd < 3) {
				say(&t, "--parent-fd takes a descriptor number above 2, not '%s'",
				    optarg);
				return 2;
			}
			break;
		case 'I':
			t.idle_exit_s = (int)strtol(optarg, &end, 10);
			if (*end || t.idle_exit_s < 0) {
				say(&t, "--idle-exit takes seconds (0: never), not '%s'", optarg);
				return 2;
			}
			break;
		case 'N':
			t.ready_target = (int)strtol(optarg, &end, 10);
			if (*end || t.ready_target < 0 || t.ready_target > MAX_READY) {
				say(&t, "--ready takes 0 to %d, not '%s'", MAX_READY, optarg);
				return 2;
			}
			break;
		case 'R':
			cfg.force_rootless = 1;
			break;
		case 'K':
			cfg.force_seccomp_kill = 1;
			break;
		case 'C':
			cfg.cgroup_parent = optarg;
			break;
		case 'h':
			usage(lang);
			return 0;
		default:
			usage(lang);
			return 2;
		}
	}
	if (t.path == NULL || optind != argc || (lp == NULL && !lang->any_language)) {
		usage(lang);
		return 2;
	}
	if (!lang->threaded)
		run_from_memfd(argv);
	/* kept across that exec; not into a sandbox */
	if (t.parent_fd >= 0 && fcntl(t.parent_fd, F_SETFD, FD_CLOEXEC) < 0) {
		say(&t, "--parent-fd %d is not an open descriptor", t.parent_fd);
		return 2;
	}
	if (!lang->threaded)
		default_signals(); /* a threaded runtime has set its own */
	err_clear(&err);
	if (set_std_fds(&t, &err) < 0 || engine_new(&cfg, &t.eng, &err) < 0 ||
	    (lp ? set_sandbox_env(lp, &err) : clear_env(&err)) < 0 || lang->init(t.eng, &err) < 0 ||
	    block_signals(&t, &err) < 0 || listen_at(&t, &err) < 0) {
		say(&t, "%s", err.msg);
		return 1;
	}
	ready_base_init(&t);
	ready_cgroups_init(&t.cgroups, t.eng);
	return serve(&t);
}
