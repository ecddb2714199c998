/*
 * The supervisor's loop for one step.
 *
 * Everything is enforced from outside the sandbox, so nothing the program
 * does inside (SIGSTOP to itself, ptrace games, blocking, sleeping, forking
 * away) can stretch a limit:
 *   - wall time: a monotonic deadline in the poll timeout;
 *   - CPU time: the cgroup's counter (all processes together), read at the
 *     latest when the remaining budget could be spent on every CPU at once;
 *     in rootless mode the same from /proc;
 *   - output: bytes are counted while read, never buffered past the limit;
 *   - memory: the kernel enforces the cgroup limit and the OOM counter
 *     tells us it did (rootless: the proportional set size of the
 *     sandbox's processes, proc_usage.c).
 * Any limit ends the whole sandbox with one SIGKILL to its init. The first
 * limit that fired is the status; output read before it stays.
 */
#include "common/fdpass.h"
#include "engine/host.h"
#include "engine/supervise.h"
#include "engine/warm.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define SETUP_TIMEOUT_MS 30000
#define DRAIN_TIMEOUT_MS 2000
#define TICK_MIN_MS 2
#define TICK_MAX_MS 100

struct watch {
	struct supervise_ctx *sc;
	struct step_result *sr;
	enum run_status reason; /* first limit that fired, or STATUS_OK */
	bool started, exited, init_gone;
	struct report exit_report;
	uint64_t t_start, t_end; /* ms, monotonic */
	uint64_t cpu_base_ns;	 /* the cgroup's counter before this step */
	uint64_t cpu_ns;	 /* last measured, this step only */
	struct proc_meter meter; /* rootless */
	uint64_t peak_floor_kb;	 /* rootless: the largest process reaped */
	int ncpus;
	bool listener_done; /* no process of the step is left under the listener */
	err_t *err;
	bool failed;
};

static void stop_sandbox(struct watch *w, enum run_status why)
{
	if (w->reason == STATUS_OK)
		w->reason = why;
	if (w->t_end == 0)
		w->t_end = monotonic_ms();
	sandbox_kill(w->sc->init, w->sc->init_pidfd);
}

static void keep_output(struct watch *w, int stream, const char *data, size_t n)
{
	struct step_result *sr = w->sr;
	struct buf *b = stream == 1 ? &sr->out : &sr->err;
	bool *trunc = stream == 1 ? &sr->out_truncated : &sr->err_truncated;
	uint64_t cap = w->sc->limits->max_output_kb * 1024;
	size_t keep = n;

	if (b->len + n > cap) {
		struct buf *beyond = stream == 1 ? &sr->out_beyond : &sr->err_beyond;
		keep = cap > b->len ? (size_t)(cap - b->len) : 0;
		if (!*trunc) {
			*trunc = true;
			stop_sandbox(w, STATUS_OUTPUT_LIMIT);
		}
		size_t room = RESULT_LOOKAHEAD - beyond->len, extra = n - keep;
		buf_append(beyond, data + keep, extra < room ? extra : room);
	}
	if (keep == 0)
		return;
	buf_append(b, data, keep);
	if (w->sc->stream && w->sc->req->on_output)
		w->sc->req->on_output(w->sc->req->output_ctx, stream, data, keep);
}

/* Reads what is there; closes the fd at EOF. */
static void read_output(struct watch *w, int *fd, int stream)
{
	char chunk[65536];
	ssize_t n = read(*fd, chunk, sizeof(chunk));

	if (n < 0) {
		if (errno == EINTR || errno == EAGAIN)
			return;
		n = 0;
	}
	if (n == 0) {
		close(*fd);
		*fd = -1;
		return;
	}
	keep_output(w, stream, chunk, (size_t)n);
}

/* what: a sentence prefix; detail: the child's context, may be "" */
static int fail(struct watch *w, int errnum, const char *what, const char *detail)
{
	if (!w->failed) {
		err_set(w->err, errnum, "%s%s", what, detail);
		w->failed = true;
	}
	stop_sandbox(w, STATUS_INTERNAL_ERROR);
	return -1;
}

/* A process of the run tried an escape (seccomp.c) and is stopped in the
 * kernel: record which syscall and which process, and end the run. The
 * notification is never answered; the process dies with the sandbox. */
static void on_notification(struct watch *w)
{
	struct denial d;

	if (seccomp_listener_read(*w->sc->listener, w->sc->eng->notif_size, &d) < 0) {
		/* ENOENT: the caller was killed before we read it (the syscall
		 * did not run either way) */
		if (errno != ENOENT && errno != EINTR)
			w->listener_done = true;
		return;
	}
	if (w->reason != STATUS_OK)
		return;
	w->sr->denied = d;
	stop_sandbox(w, STATUS_SYSCALL_DENIED);
}

/* Reads every notification already queued (without waiting). */
static void drain_notifications(struct watch *w)
{
	while (*w->sc->listener >= 0 && !w->listener_done && w->reason == STATUS_OK) {
		struct pollfd p = {*w->sc->listener, POLLIN, 0};
		if (poll(&p, 1, 0) <= 0 || !(p.revents & POLLIN))
			return;
		on_notification(w);
	}
}

/* One message; the seccomp listener comes with REPORT_STARTED. */
static ssize_t recv_report(struct watch *w, struct report *r)
{
	int fd = -1, nfds = 0;
	bool cut = false;
	ssize_t n = recv_fds(w->sc->report_r, r, sizeof(*r), &fd, 1, &nfds, MSG_DONTWAIT, &cut);

	if (n < 0)
		return n;
	if (nfds == 1) {
		if (n == (ssize_t)sizeof(*r) && r->kind == REPORT_STARTED && *w->sc->listener < 0)
			*w->sc->listener = fd;
		else
			close(fd);
	}
	if (cut)
		return 1; /* a short report */
	return n;
}

static void read_report(struct watch *w)
{
	struct report r;
	ssize_t n = recv_report(w, &r);

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		w->init_gone = true; /* the sandbox's init ended */
		if (w->t_end == 0)
			w->t_end = monotonic_ms();
		return;
	}
	if ((size_t)n != sizeof(r)) {
		fail(w, 0, "short report from the sandbox", "");
		return;
	}
	r.msg[sizeof(r.msg) - 1] = '\0';
	switch (r.kind) {
	case REPORT_SETUP_FAILED: {
		const char *fix = host_setup_fix(r.msg, r.errnum);
		char msg[sizeof(r.msg) + 400];
		if (fix == NULL) {
			fail(w, r.errnum, "cannot set up the sandbox: ", r.msg);
			break;
		}
		snprintf(msg, sizeof(msg), "%s: %s; %s", r.msg, strerror(r.errnum), fix);
		fail(w, 0, "cannot set up the sandbox: ", msg);
		break;
	}
	case REPORT_EXEC_FAILED:
		fail(w, r.errnum, "cannot start the program: ", r.msg);
		break;
	case REPORT_STARTED:
		w->started = true;
		w->sr->warm = r.wstatus == STARTED_WARM;
		snprintf(w->sr->start_note, sizeof(w->sr->start_note), "%s", r.msg);
		/* the moment the program began, not when we heard of it */
		w->t_start = r.at_ns ? r.at_ns / 1000000 : monotonic_ms();
		/* no listener although the kernel has them: the escapes kill
		 * instead (see load_seccomp); the result says so */
		if (w->sc->eng->notif_size && *w->sc->listener < 0)
			w->sc->kill_only = true;
		break;
	case REPORT_MAIN_ENDED:
		/* init waits for us before it kills the rest: first every
		 * process stopped in a refused syscall is heard */
		drain_notifications(w);
		if (w->reason == STATUS_OK)
			(void)write_all(w->sc->sync_w, "k", 1);
		break;
	case REPORT_EXITED:
		w->exited = true;
		w->exit_report = r;
		/* the moment it ended; earlier than a stop we made too late */
		uint64_t at = r.at_ns ? r.at_ns / 1000000 : monotonic_ms();
		if (w->t_end == 0 || at < w->t_end)
			w->t_end = at;
		break;
	default:
		fail(w, 0, "unknown report from the sandbox", "");
	}
}

static void measure(struct watch *w)
{
	uint64_t ns;

	if (w->sc->cg) {
		if (w->sc->cg->be->read_cpu_ns(w->sc->cg, &ns) == 0 && ns >= w->cpu_base_ns)
			w->cpu_ns = ns - w->cpu_base_ns;
		return;
	}
	proc_meter_tick(&w->meter);
	w->cpu_ns = w->meter.user_ns + w->meter.sys_ns;
}

/* Rootless: the peak is the largest PSS sum measured, or the largest
 * resident set of one process that ended between two walks. */
static uint64_t rootless_peak_kb(const struct watch *w)
{
	return w->meter.pss_peak_kb > w->peak_floor_kb ? w->meter.pss_peak_kb : w->peak_floor_kb;
}

static void check_limits(struct watch *w, uint64_t now)
{
	const struct limits *l = w->sc->limits;
	uint64_t cpu_limit_ns = (uint64_t)(l->time_limit_s * 1e9);

	if (!w->started || w->exited || w->reason != STATUS_OK)
		return;
	measure(w);
	if (w->cpu_ns > cpu_limit_ns)
		stop_sandbox(w, STATUS_TIME_LIMIT);
	else if (now >= w->t_start + (uint64_t)(l->wall_time_limit_s * 1000))
		stop_sandbox(w, STATUS_WALL_TIME_LIMIT);
	else if (!w->sc->cg && w->meter.pss_peak_kb > l->memory_limit_mb * 1024)
		stop_sandbox(w, STATUS_MEMORY_LIMIT);
}

/* How long the loop may sleep: until the wall deadline, or until the CPU
 * budget left could be spent on all CPUs at once. */
static int next_timeout(struct watch *w, uint64_t now, uint64_t setup_deadline)
{
	const struct limits *l = w->sc->limits;
	uint64_t t;

	if (w->exited || w->init_gone || w->reason != STATUS_OK)
		return DRAIN_TIMEOUT_MS;
	if (!w->started)
		return now >= setup_deadline ? 0 : (int)(setup_deadline - now);
	uint64_t wall_end = w->t_start + (uint64_t)(l->wall_time_limit_s * 1000);
	uint64_t cpu_left_ms = 0, cpu_limit_ns = (uint64_t)(l->time_limit_s * 1e9);
	if (cpu_limit_ns > w->cpu_ns)
		cpu_left_ms = (cpu_limit_ns - w->cpu_ns) / 1000000 / (uint64_t)w->ncpus;
	t = cpu_left_ms;
	if (t < TICK_MIN_MS)
		t = TICK_MIN_MS;
	if (t > TICK_MAX_MS)
		t = TICK_MAX_MS;
	if (!w->sc->cg && t > 10)
		t = 10; /* memory is sampled in rootless mode */
	if (wall_end <= now)
		return 0;
	if (wall_end - now < t)
		t = wall_end - now;
	return (int)t;
}

static void classify(struct watch *w, const struct cgroup_usage *u)
{
	struct step_result *sr = w->sr;
	const struct limits *l = w->sc->limits;
	/* time_limit means airlock's limit was reached: the CPU used by all
	 * processes reached the configured limit, or the kernel enforced the
	 * RLIMIT_CPU backstop airlock set. A SIGXCPU the program sent itself,
	 * or one from a lower RLIMIT_CPU it set itself, is its own signal. */
	bool over_cpu =
	    sr->cpu_ms >= (uint64_t)(l->time_limit_s * 1000) ||
	    (w->sc->cpu_rlimit_s > 0 && sr->cpu_ms >= (uint64_t)w->sc->cpu_rlimit_s * 1000);
	bool oom = u->oom_kills > 0;
	/* The program's own wall time went past the limit before it ended,
	 * though the supervisor, slow to run on a loaded machine, did not
	 * stop it in time: it is still over (as isolate says "TO"). */
	bool over_wall = w->started && w->t_end > w->t_start &&
			 w->t_end - w->t_start > (uint64_t)(l->wall_time_limit_s * 1000);
	/* Rootless: memory is measured, not confined by a cgroup; a program
	 * seen above its limit went over it, whether or not it was caught
	 * in time to be stopped. */
	bool over_mem = !w->sc->cg && rootless_peak_kb(w) > l->memory_limit_mb * 1024;

	if (w->reason != STATUS_OK) {
		sr->status = w->reason;
		/* the policy's signal, as when the kernel kills for it */
		sr->signal = w->reason == STATUS_SYSCALL_DENIED ? SIGSYS : SIGKILL;
		return;
	}
	if (!w->exited) {
		sr->status = oom ? STATUS_MEMORY_LIMIT : STATUS_INTERNAL_ERROR;
		sr->signal = oom ? SIGKILL : 0;
		return;
	}
	int ws = w->exit_report.wstatus;
	if (WIFEXITED(ws)) {
		sr->exit_code = WEXITSTATUS(ws);
		/* Any process killed for memory means the run hit its limit,
		 * even if the main process carried on and exited 0. */
		if (oom || over_mem)
			sr->status = STATUS_MEMORY_LIMIT;
		else if (over_cpu)
			sr->status = STATUS_TIME_LIMIT;
		else if (over_wall)
			sr->status = STATUS_WALL_TIME_LIMIT;
		else
			sr->status = sr->exit_code == 0 ? STATUS_OK : STATUS_RUNTIME_ERROR;
		return;
	}
	sr->signal = WIFSIGNALED(ws) ? WTERMSIG(ws) : SIGKILL;
	if (sr->signal == SIGSYS)
		sr->status = STATUS_SYSCALL_DENIED;
	else if (oom || over_mem)
		sr->status = STATUS_MEMORY_LIMIT;
	else if ((sr->signal == SIGXCPU || sr->signal == SIGKILL) && over_cpu)
		sr->status = STATUS_TIME_LIMIT;
	else
		sr->status = STATUS_SIGNALED;
}

static void finish(struct watch *w)
{
	struct step_result *sr = w->sr;
	struct cgroup_usage u;

	memset(&u, 0, sizeof(u));
	if (w->t_end == 0)
		w->t_end = monotonic_ms();
	sr->wall_ms = w->started ? w->t_end - w->t_start : 0;
	if (w->sc->cg) {
		err_t ignore;
		if (w->sc->cg->be->read_usage(w->sc->cg, &u, &ignore) == 0) {
			sr->cpu_ms = (u.cpu_ns - w->cpu_base_ns) / 1000000;
			sr->memory_peak_kb = u.mem_peak_bytes / 1024;
		}
		/* user and sys since the step began, in the same proportion */
		uint64_t total = u.user_ns + u.sys_ns;
		if (total > 0) {
			sr->user_ms = sr->cpu_ms * u.user_ns / total;
			sr->sys_ms = sr->cpu_ms - sr->user_ms;
		}
	} else {
		/* The sampled times, or init's account of the step when it
		 * ended by itself: exact, and complete (every process of the
		 * step was reaped by then). */
		uint64_t user = w->meter.user_ns / 1000000, sys = w->meter.sys_ns / 1000000;
		if (w->exited) {
			uint64_t ru = (uint64_t)w->exit_report.utime_us / 1000;
			uint64_t rs = (uint64_t)w->exit_report.stime_us / 1000;
			if (ru + rs >= user + sys) {
				user = ru;
				sys = rs;
			}
			if ((uint64_t)w->exit_report.maxrss_kb > w->peak_floor_kb)
				w->peak_floor_kb = (uint64_t)w->exit_report.maxrss_kb;
		}
		sr->cpu_ms = user + sys;
		sr->user_ms = user;
		sr->sys_ms = sys;
		sr->memory_peak_kb = rootless_peak_kb(w);
	}
	classify(w, &u);
}

int supervise_step(struct supervise_ctx *sc, struct step_result *sr, err_t *err)
{
	struct watch w;
	const struct limits *l = sc->limits;
	uint64_t setup_deadline = monotonic_ms() + SETUP_TIMEOUT_MS;
	uint64_t drain_deadline = 0;

	memset(&w, 0, sizeof(w));
	w.sc = sc;
	w.sr = sr;
	w.err = err;
	w.ncpus = (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (w.ncpus < 1)
		w.ncpus = 1;
	sr->exit_code = -1;

	if (sc->cg) {
		/* +1: the sandbox's init is airlock's, not the program's */
		if (sc->cg->be->set_limits(sc->cg, l->memory_limit_mb << 20, l->max_processes + 1,
					   err) < 0)
			return err_wrap(err, "cannot apply limits to the sandbox");
		if (sc->cg->be->read_cpu_ns(sc->cg, &w.cpu_base_ns) < 0)
			return err_set(err, errno, "cannot read the sandbox's CPU time");
	} else if (proc_meter_start(&w.meter, sc->init, sc->pidns, l->memory_limit_mb * 1024) < 0) {
		return err_set(err, errno, "cannot read the sandbox's processes in /proc");
	}
	if (write_all(sc->sync_w, "g", 1) < 0) {
		/* the sandbox ended during its setup: its report says why */
		int errnum = errno;
		struct pollfd p = {sc->report_r, POLLIN, 0};
		if (poll(&p, 1, 1000) > 0)
			read_report(&w);
		if (w.failed)
			return -1;
		return err_set(err, errnum, "cannot start step %d of the sandbox", sc->step);
	}

	while (*sc->out_r >= 0 || *sc->err_r >= 0 || !(w.exited || w.init_gone)) {
		struct pollfd pfd[5];
		int n = 0, i_out = -1, i_err = -1, i_rep = -1, i_cancel = -1, i_notif = -1;
		uint64_t now = monotonic_ms();

		if (w.exited || w.init_gone || w.reason != STATUS_OK) {
			if (drain_deadline == 0)
				drain_deadline = now + DRAIN_TIMEOUT_MS;
			else if (now >= drain_deadline)
				break; /* a leftover writer; it dies with the sandbox */
		}
		if (*sc->out_r >= 0)
			pfd[i_out = n++] = (struct pollfd){*sc->out_r, POLLIN, 0};
		if (*sc->err_r >= 0)
			pfd[i_err = n++] = (struct pollfd){*sc->err_r, POLLIN, 0};
		if (!w.exited && !w.init_gone)
			pfd[i_rep = n++] = (struct pollfd){sc->report_r, POLLIN, 0};
		if (sc->req->cancel_fd >= 0 && w.reason == STATUS_OK)
			pfd[i_cancel = n++] = (struct pollfd){sc->req->cancel_fd, POLLIN, 0};
		if (*sc->listener >= 0 && !w.listener_done && w.reason == STATUS_OK)
			pfd[i_notif = n++] = (struct pollfd){*sc->listener, POLLIN, 0};

		int r = poll(pfd, (nfds_t)n, next_timeout(&w, now, setup_deadline));
		if (r < 0 && errno != EINTR)
			return err_set(err, errno, "poll");
		if (r > 0) {
			if (i_rep >= 0 && pfd[i_rep].revents)
				read_report(&w);
			if (i_out >= 0 && pfd[i_out].revents)
				read_output(&w, sc->out_r, 1);
			if (i_err >= 0 && pfd[i_err].revents)
				read_output(&w, sc->err_r, 2);
			if (i_cancel >= 0 && pfd[i_cancel].revents)
				stop_sandbox(&w, STATUS_CANCELLED);
			/* POLLHUP alone: no process is left under the filter */
			if (i_notif >= 0 && (pfd[i_notif].revents & POLLIN))
				on_notification(&w);
			else if (i_notif >= 0 && pfd[i_notif].revents)
				w.listener_done = true;
		}
		now = monotonic_ms();
		if (!w.started && !w.init_gone && now >= setup_deadline)
			fail(&w, 0, "the sandbox did not start within 30 seconds", "");
		check_limits(&w, now);
	}
	if (w.failed)
		return -1;
	/* The last step: wait until the sandbox is gone, so that the cgroup's
	 * counters are final and nothing of it is left. */
	if (!w.exited && !w.init_gone && w.reason == STATUS_OK)
		stop_sandbox(&w, STATUS_INTERNAL_ERROR);
	if (!w.started && !w.exited && w.reason == STATUS_OK) {
		struct cgroup_usage u = {0};
		if (sc->cg) {
			err_t ignore;
			sc->cg->be->read_usage(sc->cg, &u, &ignore);
		}
		if (u.oom_kills == 0)
			return err_set(err, 0, "the sandbox ended before the program started");
	}
	finish(&w);
	if (sr->status == STATUS_INTERNAL_ERROR)
		return err_set(err, 0, "the sandbox's init ended unexpectedly");
	return 0;
}
