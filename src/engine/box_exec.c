/*
 * One command in a box (engine/box.h): its strings and descriptors go to
 * the box's init (box_proto.h), which forks it; this side reads its output
 * under the output limit, keeps its wall-time deadline and the caller's
 * cancellation -- each ends the command's process group through init --
 * and classifies how it ended from init's report.
 *
 * CPU time is the command's own: the rusage of its main process and the
 * processes it waited for, as init reaped it (what time(1) reports); the
 * per-process RLIMIT_CPU at the limit enforces it. Memory is the box's
 * (its cgroup or its measured sum), so a command killed for memory is one
 * the kernel's OOM killer ended while the box's cgroup counted a kill.
 */
#include "engine/box_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "engine/box_proto.h"

#define SETUP_TIMEOUT_MS 30000
#define EXIT_DRAIN_MS 100
#define TICK_MS 1000 /* how often box_exec.present is asked */
/* A handle is a slot and the generation of its use: a handle kept after its
 * command ended can never reach the next command in the same slot. */
#define HANDLE_SLOT_BITS 5
#define HANDLE_GEN_MASK 0xffffffu
_Static_assert(BOX_MAX_EXECS <= (1 << HANDLE_SLOT_BITS), "handles hold a slot");
#define CPU_TICK_SLACK_MS 20

struct cmd {
	struct box *b;
	const struct box_exec *x;
	struct step_result *sr;
	uint32_t slot;
	int out_r, err_r, report_r;
	int child_fds[BOX_EXEC_FDS];
	int nchild;
	struct limits limits;
	enum run_status reason;
	bool started, exited, init_gone, killed;
	struct report exit_report;
	char failed[200];
	int failed_errno;
	uint64_t t_start, t_end;
};

static void close_fd(int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

static int take_slot(struct box *b, uint32_t *slot, uint32_t *gen, err_t *err)
{
	int rc = 0;

	pthread_mutex_lock(&b->lock);
	if (b->ended || b->why[0]) {
		errno = ESRCH;
		rc = err_say(err, ESRCH, "the box has ended (%s)", b->why[0] ? b->why : "ended");
	} else if (b->slots_used ==
		   (BOX_MAX_EXECS == 32 ? 0xffffffffu : (1u << BOX_MAX_EXECS) - 1)) {
		rc = err_say(err, EBUSY, "the box runs %d commands already; wait for one to end",
			     BOX_MAX_EXECS);
	} else {
		*slot = (uint32_t)__builtin_ctz(~b->slots_used);
		b->slots_used |= 1u << *slot;
		b->slot_gen[*slot] = (b->slot_gen[*slot] + 1) & HANDLE_GEN_MASK;
		*gen = b->slot_gen[*slot];
	}
	pthread_mutex_unlock(&b->lock);
	return rc;
}

static void give_slot(struct box *b, uint32_t slot)
{
	pthread_mutex_lock(&b->lock);
	b->slots_used &= ~(1u << slot);
	pthread_mutex_unlock(&b->lock);
}

static void put_str(struct buf *o, const char *s)
{
	buf_append(o, s, strlen(s) + 1);
}

/* argv, envp (the box's, then the command's), cwd: a sealed memfd. */
static int encode_strings(struct cmd *c, struct box_msg *m, err_t *err)
{
	const struct box_exec *x = c->x;
	struct buf o = {0};
	int rc = -1;

	if (x->command) {
		put_str(&o, "/bin/bash");
		put_str(&o, "-lc");
		put_str(&o, x->command);
		m->nargv = 3;
	} else {
		for (size_t i = 0; i < x->nargv; i++)
			put_str(&o, x->argv[i]);
		m->nargv = (uint32_t)x->nargv;
	}
	/* a terminal's command is told what terminal it has */
	bool pty = x->pty_cols > 0;
	for (size_t i = 0; i < c->b->nenv; i++)
		put_str(&o, pty && strncmp(c->b->env[i], "TERM=", 5) == 0 ? "TERM=xterm-256color"
									  : c->b->env[i]);
	for (size_t i = 0; i < x->nenv; i++) {
		char *v = xasprintf("%s=%s", x->env[i].name, x->env[i].value);
		put_str(&o, v);
		free(v);
	}
	m->nenv = (uint32_t)(c->b->nenv + x->nenv);
	if (x->cwd && x->cwd[0] == '/')
		put_str(&o, x->cwd);
	else if (x->cwd && x->cwd[0]) {
		char *v = xasprintf("%s/%s", BOX_WORKDIR, x->cwd);
		put_str(&o, v);
		free(v);
	} else
		put_str(&o, "");
	m->strings_len = o.len;
	if (o.len > BOX_STRINGS_MAX) {
		err_say(err, E2BIG,
			"the command, its environment and its directory are %zu bytes; "
			"at most %u",
			o.len, BOX_STRINGS_MAX);
		goto out;
	}
	rc = engine_sealed_memfd("airlock-command", o.data, o.len, &c->child_fds[0], err);
out:
	buf_free(&o);
	return rc;
}

static int check_request(const struct box_exec *x, err_t *err)
{
	if ((x->command == NULL) == (x->argv == NULL || x->nargv == 0))
		return err_say(err, EINVAL, "a command needs either a shell command or argv");
	if (x->command && strlen(x->command) == 0)
		return err_say(err, EINVAL, "the command is empty");
	if ((x->pty_cols > 0 || x->pty_rows > 0) &&
	    (x->pty_cols == 0 || x->pty_rows == 0 || x->pty_ready == NULL))
		return err_say(err, EINVAL, "a terminal needs columns, rows and pty_ready");
	if (x->nargv > BOX_ARGV_MAX - 1)
		return err_say(err, EINVAL, "at most %d arguments", BOX_ARGV_MAX - 1);
	if (x->nenv + 16 > BOX_ENV_MAX)
		return err_say(err, EINVAL, "at most %d environment variables", BOX_ENV_MAX - 16);
	if (box_check_env(x->env, x->nenv, err) < 0)
		return -1;
	struct limits l;
	limits_default(&l);
	l.time_limit_s = x->limits.time_limit_s;
	l.wall_time_limit_s = x->limits.wall_time_limit_s;
	l.max_output_kb = x->limits.max_output_kb;
	limits_finish(&l);
	return limits_validate(&l, err);
}

/* A terminal of the box's own devpts for the command: its slave side is
 * the command's stdin, stdout and stderr, the master's output its stdout
 * (c->out_r), and the caller gets a master of its own (pty_ready). The
 * slave is reached from the master (TIOCGPTPEER), never by a path. */
static int prepare_pty(struct cmd *c, struct box_msg *m, err_t *err)
{
	const struct box_exec *x = c->x;
	struct winsize ws = {.ws_row = x->pty_rows, .ws_col = x->pty_cols};
	int unlock = 0, caller = -1;
	int master = openat(c->b->pts, "ptmx", O_RDWR | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC);

	if (master < 0)
		return err_set(err, errno, "cannot open a terminal in the box");
	int slave = -1;
	if (ioctl(master, TIOCSPTLCK, &unlock) < 0 || ioctl(master, TIOCSWINSZ, &ws) < 0 ||
	    (slave = ioctl(master, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0 ||
	    (caller = fcntl(master, F_DUPFD_CLOEXEC, 3)) < 0) {
		err_set(err, errno, "cannot set up the box's terminal");
		goto fail;
	}
	c->child_fds[1] = slave;
	slave = -1;
	if ((c->child_fds[2] = fcntl(c->child_fds[1], F_DUPFD_CLOEXEC, 3)) < 0 ||
	    (c->child_fds[4] = fcntl(c->child_fds[1], F_DUPFD_CLOEXEC, 3)) < 0) {
		err_set(err, errno, "cannot copy the terminal's descriptor");
		goto fail;
	}
	fcntl(master, F_SETFL, O_NONBLOCK);
	c->out_r = master;
	m->flags |= BOX_EXEC_STDIN | BOX_EXEC_PTY;
	x->pty_ready(x->pty_ctx, caller);
	return 0;
fail:
	if (slave >= 0)
		close(slave);
	if (caller >= 0)
		close(caller);
	close(master);
	return -1;
}

int box_pty_resize(int master, unsigned cols, unsigned rows, err_t *err)
{
	struct winsize ws = {.ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols};

	if (cols == 0 || rows == 0 || cols > 0xffff || rows > 0xffff)
		return err_say(err, EINVAL, "a terminal of %u x %u", cols, rows);
	if (ioctl(master, TIOCSWINSZ, &ws) < 0)
		return err_set(err, errno, "cannot resize the terminal");
	return 0;
}

static int prepare(struct cmd *c, struct box_msg *m, err_t *err)
{
	int p[2], s[2];
	bool pty = c->x->pty_cols > 0 && c->x->pty_rows > 0;

	if (encode_strings(c, m, err) < 0)
		return -1;
	if (pty) {
		if (prepare_pty(c, m, err) < 0)
			return -1;
	} else if (pipe2(p, O_CLOEXEC) < 0)
		return err_set(err, errno, "cannot create pipe");
	if (!pty) {
		c->out_r = p[0];
		c->child_fds[1] = p[1];
		if (pipe2(p, O_CLOEXEC) < 0)
			return err_set(err, errno, "cannot create pipe");
		c->err_r = p[0];
		c->child_fds[2] = p[1];
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, s) < 0)
		return err_set(err, errno, "cannot create the command's report socket");
	c->report_r = s[0];
	c->child_fds[3] = s[1];
	c->nchild = 4;
	if (pty) {
		c->nchild = 5;
	} else if (c->x->stdin_fd > 0) {
		if ((c->child_fds[4] = fcntl(c->x->stdin_fd, F_DUPFD_CLOEXEC, 3)) < 0)
			return err_set(err, errno, "cannot copy the stdin descriptor");
		c->nchild = 5;
		m->flags |= BOX_EXEC_STDIN;
	} else if (c->x->stdin_data) {
		if (engine_sealed_memfd("airlock-stdin", c->x->stdin_data, c->x->stdin_len,
					&c->child_fds[4], err) < 0)
			return -1;
		c->nchild = 5;
		m->flags |= BOX_EXEC_STDIN;
	}
	if (c->x->merge_stderr)
		m->flags |= BOX_EXEC_MERGE;
	for (int i = 1; i < 3 && !pty; i++)
		fcntl(i == 1 ? c->out_r : c->err_r, F_SETFL, O_NONBLOCK);
	struct child_step st;
	memset(&st, 0, sizeof(st));
	engine_step_rlimits(&st, &c->b->limits, c->b->eng->rootless);
	m->cpu_s = (uint64_t)ceil(c->limits.time_limit_s);
	if (m->cpu_s == 0)
		m->cpu_s = 1;
	m->stack_bytes = st.stack_bytes;
	m->nproc = st.nproc;
	m->data_bytes = st.data_bytes;
	return 0;
}

static void send_kill(struct cmd *c, enum run_status why)
{
	if (c->reason == STATUS_OK)
		c->reason = why;
	if (c->t_end == 0)
		c->t_end = monotonic_ms();
	if (c->killed || c->exited)
		return;
	c->killed = true;
	struct box_msg m = {.magic = BOX_MSG_MAGIC, .kind = BOX_MSG_KILL, .slot = c->slot};
	pthread_mutex_lock(&c->b->ctl_lock);
	(void)!send(c->b->ctl, &m, sizeof(m), MSG_NOSIGNAL);
	pthread_mutex_unlock(&c->b->ctl_lock);
}

static void keep_output(struct cmd *c, int stream, const char *data, size_t n)
{
	struct step_result *sr = c->sr;
	struct buf *b = stream == 1 ? &sr->out : &sr->err;
	bool *trunc = stream == 1 ? &sr->out_truncated : &sr->err_truncated;
	uint64_t cap = c->limits.max_output_kb * 1024;
	size_t keep = n;

	if (c->x->stream_only) {
		if (c->x->on_output)
			c->x->on_output(c->x->output_ctx, stream, data, n);
		return;
	}
	if (b->len + n > cap) {
		struct buf *beyond = stream == 1 ? &sr->out_beyond : &sr->err_beyond;
		keep = cap > b->len ? (size_t)(cap - b->len) : 0;
		if (!*trunc) {
			*trunc = true;
			send_kill(c, STATUS_OUTPUT_LIMIT);
		}
		size_t room = RESULT_LOOKAHEAD - beyond->len, extra = n - keep;
		buf_append(beyond, data + keep, extra < room ? extra : room);
	}
	if (keep == 0)
		return;
	buf_append(b, data, keep);
	if (c->x->on_output)
		c->x->on_output(c->x->output_ctx, stream, data, keep);
}

static void read_output(struct cmd *c, int *fd, int stream)
{
	char chunk[65536];
	ssize_t n = read(*fd, chunk, sizeof(chunk));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		close_fd(fd);
		return;
	}
	keep_output(c, stream, chunk, (size_t)n);
}

static void read_report(struct cmd *c)
{
	struct report r;
	ssize_t n = recv(c->report_r, &r, sizeof(r), MSG_DONTWAIT);

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0 || (size_t)n != sizeof(r)) {
		c->init_gone = true; /* init ended without a word: the box is gone */
		if (c->t_end == 0)
			c->t_end = monotonic_ms();
		return;
	}
	r.msg[sizeof(r.msg) - 1] = '\0';
	switch (r.kind) {
	case REPORT_STARTED:
		c->started = true;
		c->t_start = r.at_ns ? r.at_ns / 1000000 : monotonic_ms();
		break;
	case REPORT_EXEC_FAILED:
		if (c->failed[0] == '\0') {
			snprintf(c->failed, sizeof(c->failed), "%s", r.msg);
			c->failed_errno = r.errnum;
		}
		break;
	case REPORT_EXITED:
		c->exited = true;
		c->exit_report = r;
		if (c->t_end == 0)
			c->t_end = r.at_ns ? r.at_ns / 1000000 : monotonic_ms();
		break;
	default:
		break;
	}
}

static int next_timeout(struct cmd *c, uint64_t now, uint64_t setup_deadline,
			uint64_t drain_deadline)
{
	if (drain_deadline)
		return drain_deadline > now ? (int)(drain_deadline - now) : 0;
	if (!c->started)
		return setup_deadline > now ? (int)(setup_deadline - now) : 0;
	if (c->reason != STATUS_OK)
		return 100;
	uint64_t wall_end = c->t_start + (uint64_t)(c->limits.wall_time_limit_s * 1000);
	int ms = wall_end > now ? (int)(wall_end - now) : 0;
	if (c->x->present && ms > TICK_MS)
		ms = TICK_MS;
	return ms;
}

static void watch(struct cmd *c)
{
	uint64_t setup_deadline = monotonic_ms() + SETUP_TIMEOUT_MS, drain_deadline = 0;
	uint64_t next_tick = monotonic_ms() + TICK_MS;
	int cancel = c->x->cancel_fd;

	while (c->out_r >= 0 || c->err_r >= 0 || !(c->exited || c->init_gone)) {
		struct pollfd p[4];
		int n = 0, i_out = -1, i_err = -1, i_rep = -1, i_cancel = -1;
		uint64_t now = monotonic_ms();

		if ((c->exited || c->init_gone) && drain_deadline == 0)
			drain_deadline = now + EXIT_DRAIN_MS;
		if (drain_deadline && now >= drain_deadline)
			break; /* a background process holds the pipes */
		if (c->out_r >= 0)
			p[i_out = n++] = (struct pollfd){c->out_r, POLLIN, 0};
		if (c->err_r >= 0)
			p[i_err = n++] = (struct pollfd){c->err_r, POLLIN, 0};
		if (!c->exited && !c->init_gone)
			p[i_rep = n++] = (struct pollfd){c->report_r, POLLIN, 0};
		if (cancel >= 0 && c->reason == STATUS_OK)
			p[i_cancel = n++] = (struct pollfd){cancel, POLLIN, 0};
		int r = poll(p, (nfds_t)n, next_timeout(c, now, setup_deadline, drain_deadline));
		if (r < 0 && errno != EINTR)
			break;
		if (r > 0) {
			if (i_rep >= 0 && p[i_rep].revents)
				read_report(c);
			if (i_out >= 0 && p[i_out].revents)
				read_output(c, &c->out_r, 1);
			if (i_err >= 0 && p[i_err].revents)
				read_output(c, &c->err_r, 2);
			if (i_cancel >= 0 && p[i_cancel].revents)
				send_kill(c, STATUS_CANCELLED);
		}
		now = monotonic_ms();
		if (!c->started && !c->exited && !c->init_gone && now >= setup_deadline) {
			snprintf(c->failed, sizeof(c->failed),
				 "the command did not start within 30 s");
			send_kill(c, STATUS_INTERNAL_ERROR);
		}
		if (c->started && !c->exited && c->reason == STATUS_OK &&
		    now >= c->t_start + (uint64_t)(c->limits.wall_time_limit_s * 1000))
			send_kill(c, STATUS_WALL_TIME_LIMIT);
		if (c->x->present && c->started && !c->exited && c->reason == STATUS_OK &&
		    now >= next_tick) {
			next_tick = now + TICK_MS;
			if (!c->x->present(c->x->output_ctx))
				send_kill(c, STATUS_CANCELLED);
		}
	}
}

static void classify(struct cmd *c, uint64_t oom_before)
{
	struct step_result *sr = c->sr;
	struct box *b = c->b;
	uint64_t oom = 0;

	if (b->have_cg)
		oom = box_cgroup_oom_kills(b) - oom_before;
	if (c->t_end == 0)
		c->t_end = monotonic_ms();
	sr->wall_ms = c->started ? c->t_end - c->t_start : 0;
	if (c->exited) {
		sr->user_ms = (uint64_t)c->exit_report.utime_us / 1000;
		sr->sys_ms = (uint64_t)c->exit_report.stime_us / 1000;
		sr->cpu_ms = sr->user_ms + sr->sys_ms;
		sr->memory_peak_kb = (uint64_t)c->exit_report.maxrss_kb;
	}
	if (c->reason != STATUS_OK) {
		sr->status = c->reason;
		sr->signal = SIGKILL;
		return;
	}
	if (!c->exited) {
		/* the box ended under the command */
		char why[160];
		pthread_mutex_lock(&b->lock);
		snprintf(why, sizeof(why), "%s", b->why);
		pthread_mutex_unlock(&b->lock);
		sr->signal = SIGKILL;
		if (strncmp(why, "memory limit", 12) == 0 || oom > 0)
			sr->status = STATUS_MEMORY_LIMIT;
		else if (strncmp(why, "cpu limit", 9) == 0)
			sr->status = STATUS_TIME_LIMIT;
		else if (strcmp(why, "destroyed") == 0 || strncmp(why, "killed", 6) == 0)
			sr->status = STATUS_CANCELLED;
		else
			sr->status = STATUS_INTERNAL_ERROR;
		return;
	}
	int ws = c->exit_report.wstatus;
	/* The kernel sends SIGXCPU (then SIGKILL) at the RLIMIT_CPU airlock set,
	 * ceil(time_limit_s), counted in scheduler ticks: the rusage it
	 * reports may be a tick or two short of it. */
	uint64_t rlimit_ms = (uint64_t)ceil(c->limits.time_limit_s) * 1000;
	bool over_cpu = sr->cpu_ms >= (uint64_t)(c->limits.time_limit_s * 1000) ||
			sr->cpu_ms + CPU_TICK_SLACK_MS >= rlimit_ms;
	/* Rootless the box's memory is sampled, not confined: a command whose
	 * largest process was above the box's limit (measured at its end)
	 * went over it, whether or not a sample saw it in time, as a one-shot
	 * run's result says (supervise.c). */
	bool over_mem = !b->have_cg && sr->memory_peak_kb > b->limits.memory_limit_mb * 1024;
	if (WIFEXITED(ws)) {
		sr->exit_code = WEXITSTATUS(ws);
		sr->status = over_mem		  ? STATUS_MEMORY_LIMIT
			     : sr->exit_code == 0 ? STATUS_OK
						  : STATUS_RUNTIME_ERROR;
		return;
	}
	sr->signal = WIFSIGNALED(ws) ? WTERMSIG(ws) : SIGKILL;
	if (sr->signal == SIGSYS)
		sr->status = STATUS_SYSCALL_DENIED;
	else if ((sr->signal == SIGKILL && oom > 0) || over_mem)
		sr->status = STATUS_MEMORY_LIMIT;
	else if ((sr->signal == SIGXCPU || sr->signal == SIGKILL) && over_cpu)
		sr->status = STATUS_TIME_LIMIT;
	else
		sr->status = STATUS_SIGNALED;
}

int box_exec(struct box *b, const struct box_exec *x, struct step_result *sr, err_t *err)
{
	struct cmd c;
	struct box_msg m;
	uint64_t oom_before = 0;
	int rc = -1;

	memset(sr, 0, sizeof(*sr));
	sr->exit_code = -1;
	if (check_request(x, err) < 0)
		return -1;
	memset(&c, 0, sizeof(c));
	c.b = b;
	c.x = x;
	c.sr = sr;
	c.out_r = c.err_r = c.report_r = -1;
	for (int i = 0; i < BOX_EXEC_FDS; i++)
		c.child_fds[i] = -1;
	c.limits = b->limits;
	c.limits.time_limit_s = x->limits.time_limit_s;
	c.limits.wall_time_limit_s = x->limits.wall_time_limit_s;
	c.limits.max_output_kb = x->limits.max_output_kb;
	limits_finish(&c.limits);
	memset(&m, 0, sizeof(m));
	m.magic = BOX_MSG_MAGIC;
	m.kind = BOX_MSG_EXEC;
	uint32_t gen = 0;
	if (take_slot(b, &c.slot, &gen, err) < 0)
		return -1;
	m.slot = c.slot;
	if (prepare(&c, &m, err) < 0)
		goto out;
	if (b->have_cg)
		oom_before = box_cgroup_oom_kills(b);
	if (x->handle)
		*x->handle = (int)(gen << HANDLE_SLOT_BITS | c.slot);
	pthread_mutex_lock(&b->ctl_lock);
	ssize_t n = send_fds(b->ctl, &m, sizeof(m), c.child_fds, c.nchild);
	pthread_mutex_unlock(&b->ctl_lock);
	for (int i = 0; i < BOX_EXEC_FDS; i++)
		close_fd(&c.child_fds[i]);
	if (n != (ssize_t)sizeof(m)) {
		err_say(err, ESRCH, "the box has ended");
		goto out;
	}
	watch(&c);
	if (c.failed[0] && !c.started) {
		err_set(err, c.failed_errno, "cannot start the command: %s", c.failed);
		goto out;
	}
	classify(&c, oom_before);
	rc = 0;
out:
	for (int i = 0; i < BOX_EXEC_FDS; i++)
		close_fd(&c.child_fds[i]);
	close_fd(&c.out_r);
	close_fd(&c.err_r);
	close_fd(&c.report_r);
	if (x->handle)
		*x->handle = -1;
	give_slot(b, c.slot);
	return rc;
}

int box_signal(struct box *b, int handle, int sig, err_t *err)
{
	if (handle < 0 || sig <= 0 || sig >= 65)
		return err_say(err, EINVAL, "no such command or signal");
	uint32_t slot = (uint32_t)handle & ((1u << HANDLE_SLOT_BITS) - 1),
		 gen = (uint32_t)handle >> HANDLE_SLOT_BITS;
	if (slot >= BOX_MAX_EXECS)
		return err_say(err, EINVAL, "no such command");
	struct box_msg m = {
	    .magic = BOX_MSG_MAGIC, .kind = BOX_MSG_SIGNAL, .slot = slot, .flags = (uint32_t)sig};
	ssize_t n = 0;
	/* Checked and sent under the box's lock: the slot cannot be given to
	 * another command in between (init reads its messages in order). */
	pthread_mutex_lock(&b->lock);
	bool running = (b->slots_used & (1u << slot)) != 0 && b->slot_gen[slot] == gen;
	if (running) {
		pthread_mutex_lock(&b->ctl_lock);
		n = send(b->ctl, &m, sizeof(m), MSG_NOSIGNAL);
		pthread_mutex_unlock(&b->ctl_lock);
	}
	pthread_mutex_unlock(&b->lock);
	if (!running)
		return err_say(err, ESRCH, "the command has ended");
	if (n != (ssize_t)sizeof(m))
		return err_say(err, ESRCH, "the box has ended");
	return 0;
}
