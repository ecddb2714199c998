/*
 * Sandboxes that live (engine/box.h): the supervisor's side.
 *
 * A box is made like a one-shot run (the same plan, child_main, id maps,
 * cgroup, reaper), with three differences: its init is cloned by a thread
 * of its own, the monitor, which lives as long as the box (init dies with
 * the thread that cloned it: PR_SET_PDEATHSIG); after setup init serves
 * commands on a control socket (box_init.c); and its work directory is
 * kept open here for the files API (box_files.c).
 *
 * The monitor waits for init to end and, on a tick, measures what belongs
 * to the box as a whole: its CPU over its life (cpu_total_s) and, rootless,
 * its memory (the sum of its processes' proportional set size); over a
 * limit, it ends the box. Each box_exec watches its own command: its
 * output, wall time and cancellation; init reports how its main process
 * ended, with the rusage of its process tree.
 *
 * The commands of a box load the killing seccomp guard, not the notifying
 * one: a process stopped in a refused syscall would otherwise wait on a
 * listener for as long as the box lives. A refused syscall kills its
 * caller; the command's status is syscall_denied when that was its main
 * process (SIGSYS).
 */
#include "net/proxy.h"
#include "engine/host.h"
#include "engine/box.h"
#include "engine/warm.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "engine/box_internal.h"
#include "engine/box_proto.h"
#include "engine/inputs.h"
#include "engine/proc_usage.h"

#define SETUP_TIMEOUT_MS 30000
#define TICK_MS 100
#define ROOTLESS_TICK_MS 250

static void close_fd(int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

/* ---- the monitor ---- */

static void box_end(struct box *b, const char *why)
{
	pthread_mutex_lock(&b->lock);
	if (!b->ended && b->why[0] == '\0')
		snprintf(b->why, sizeof(b->why), "%s", why);
	bool paused = b->paused;
	b->paused = false;
	pthread_mutex_unlock(&b->lock);
	if (b->init > 0)
		sandbox_kill(b->init, b->pidfd);
	if (paused) { /* the kill is pending: they die as they thaw, running nothing */
		err_t ignore;
		(void)cgroup_freeze(&b->cg, false, &ignore);
	}
}

/* What the box's processes use now: from its cgroup, or (rootless) from
 * /proc, their PSS. */
void box_measure(struct box *b, uint64_t *cpu_ns, uint64_t *mem_kb, uint64_t *peak_kb,
		 unsigned *procs)
{
	*cpu_ns = *mem_kb = *peak_kb = 0;
	*procs = 0;
	if (b->have_cg) {
		struct cgroup_usage u;
		err_t ignore;
		if (b->cg.be->read_usage(&b->cg, &u, &ignore) == 0) {
			*cpu_ns = u.cpu_ns;
			*peak_kb = u.mem_peak_bytes / 1024;
		}
		*mem_kb = box_cgroup_memory_kb(b);
		*procs = box_cgroup_procs(b);
		if (*procs > 0)
			(*procs)--; /* init */
	} else {
		struct proc_sample s;
		if (proc_sample(b->init, &b->pidns, true, &s) == 0) {
			*cpu_ns = s.user_ns + s.sys_ns;
			*mem_kb = s.pss_kb;
			*procs = (unsigned)s.nprocs;
		}
	}
}

/* What the box used so far, and whether it is over a box limit. */
static void tick(struct box *b)
{
	uint64_t cpu_ns, mem_kb, peak_kb;
	unsigned procs;

	box_measure(b, &cpu_ns, &mem_kb, &peak_kb, &procs);
	pthread_mutex_lock(&b->lock);
	b->cpu_ns = cpu_ns > b->cpu_ns ? cpu_ns : b->cpu_ns;
	b->mem_kb = mem_kb;
	if (peak_kb < mem_kb)
		peak_kb = mem_kb;
	if (peak_kb > b->peak_kb)
		b->peak_kb = peak_kb;
	b->procs = procs;
	uint64_t cpu_total_ns = (uint64_t)(b->spec_cpu_total_s * 1e9);
	bool over_cpu = cpu_total_ns > 0 && b->cpu_ns > cpu_total_ns;
	bool over_mem = !b->have_cg && mem_kb > b->limits.memory_limit_mb * 1024;
	pthread_mutex_unlock(&b->lock);
	if (over_cpu)
		box_end(b, "cpu limit: the box used its CPU time");
	else if (over_mem)
		box_end(b, "memory limit: the box's processes used more than its memory");
}

/* init, cloned by the spawner when there is one that takes it (the
 * reason it did not is of no consequence: the box starts either way). */
static pid_t clone_init(struct box *b, err_t *err)
{
	if (b->spawner) {
		struct warm_started ws;
		err_t why;
		err_clear(&why);
		b->plan.cgroup_fd = b->have_cg && b->cg.be->join_file == NULL ? b->cg.dirfd[0] : -1;
		if (warm_spawn(b->spawner, &b->plan, &b->spawner_conn, &ws, &why) == 0) {
			b->plan.cgroup_fd = -1;
			b->pidfd = ws.pidfd;
			b->cloned_in = ws.into;
			return ws.init;
		}
		b->plan.cgroup_fd = -1;
		free(b->spawner);
		b->spawner = NULL;
		if (b->spawner_required)
			return spawner_required_error(err, &why);
	} else if (b->spawner_required) {
		return spawner_required_error(err, NULL);
	}
	/* where no process can join a cgroup by itself (v2), init is cloned
	 * into the box's */
	pid_t pid = engine_clone_init(
	    b->have_cg && b->cg.be->join_file == NULL ? b->cg.dirfd[0] : -1, &b->cloned_in);
	if (pid < 0)
		return engine_userns_error(errno, err);
	if (pid == 0)
		child_box_main(&b->plan);
	if ((b->pidfd = (int)syscall(SYS_pidfd_open, pid, 0)) < 0) {
		err_set(err, errno, "cannot open the box's init (pidfd_open)");
		kill(pid, SIGKILL);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		return -1;
	}
	return pid;
}

/* Clones init and hands it its setup: ids, cgroup, then the go. */
static int start_init(struct box *b, err_t *err)
{
	pid_t pid = clone_init(b, err);
	if (pid < 0)
		return -1;
	b->init = pid;
	close_fd(&b->plan.sync_fd);
	close_fd(&b->plan.report_fd);
	close_fd(&b->plan.collect_fd);
	close_fd(&b->plan.ctl_fd);
	{
		/* (rootless accounting, and box_pss) */
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)pid);
		if (stat(path, &b->pidns) < 0)
			return err_set(err, errno, "cannot stat %s", path);
	}
	if (sandbox_write_id_maps(b->eng, pid, err) < 0)
		return -1;
	b->host_uid = b->eng->caller_uid != 0 ? b->eng->caller_uid
					      : HOST_UID_BASE + (unsigned)(pid % HOST_UID_RANGE);
	b->host_gid = b->eng->caller_uid != 0 ? b->eng->caller_gid : b->host_uid;
	/* released to build its root, then placed in the box's cgroup
	 * ('c'), as a run's init (engine.c, spawn) */
	if (write_all(b->sync_w, "s", 1) < 0)
		return err_set(err, errno, "cannot release the box's init");
	if (engine_release_sandbox(b->sync_w, 'c', b->have_cg ? &b->cg : NULL, &pid,
				   b->cloned_in ? 0 : 1, err) < 0 &&
	    err->errnum != EPIPE)
		return -1;
	err_clear(err);
	return 0;
}

/* Until init sent the work directory (setup is done) or said why not. */
static int await_setup(struct box *b, err_t *err)
{
	uint64_t deadline = monotonic_ms() + SETUP_TIMEOUT_MS;

	for (;;) {
		struct pollfd p[2] = {{b->collect_r, POLLIN, 0}, {b->report_r, POLLIN, 0}};
		uint64_t now = monotonic_ms();
		if (now >= deadline)
			return err_set(err, 0, "the box was not set up within 30 seconds");
		int r = poll(p, 2, (int)(deadline - now));
		if (r < 0 && errno != EINTR)
			return err_set(err, errno, "poll");
		if (r <= 0)
			continue;
		if (p[1].revents) {
			struct report rep;
			ssize_t n = recv(b->report_r, &rep, sizeof(rep), MSG_DONTWAIT);
			if (n == (ssize_t)sizeof(rep) && rep.kind == REPORT_SETUP_FAILED) {
				rep.msg[sizeof(rep.msg) - 1] = '\0';
				const char *fix = host_setup_fix(rep.msg, rep.errnum);
				if (fix)
					return err_say(err, rep.errnum,
						       "cannot set up the box: %s: %s; %s", rep.msg,
						       strerror(rep.errnum), fix);
				return err_set(err, rep.errnum, "cannot set up the box: %s",
					       rep.msg);
			}
			if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
				return err_set(err, 0, "the box's init ended during its setup");
		}
		if (p[0].revents) {
			char byte;
			int fds[2] = {-1, -1}, nfds = 0;
			if (recv_fds(b->collect_r, &byte, 1, fds, 2, &nfds, MSG_DONTWAIT, NULL) ==
				1 &&
			    nfds == 2) {
				b->workdir = fds[0];
				b->pts = fds[1];
				return 0;
			}
			for (int i = 0; i < nfds; i++)
				close(fds[i]);
			if (!(p[0].revents & POLLIN))
				return err_set(err, 0, "the box's init ended during its setup");
		}
	}
}

static void *monitor_main(void *arg)
{
	struct box *b = arg;
	err_t err;

	err_clear(&err);
	int rc = start_init(b, &err);
	if (rc == 0)
		rc = await_setup(b, &err);
	pthread_mutex_lock(&b->lock);
	b->setup_done = true;
	b->setup_rc = rc;
	b->setup_err = err;
	pthread_cond_broadcast(&b->cond);
	pthread_mutex_unlock(&b->lock);

	int tick_ms = !b->have_cg ? ROOTLESS_TICK_MS : b->spec_cpu_total_s > 0 ? TICK_MS : 1000;
	while (rc == 0) {
		struct pollfd p[2] = {{b->pidfd, POLLIN, 0}, {b->wake_fd, POLLIN, 0}};
		int r = poll(p, 2, tick_ms);
		if (r < 0 && errno != EINTR)
			break;
		if (r > 0 && (p[0].revents || p[1].revents))
			break;
		tick(b);
	}
	if (b->init > 0) {
		tick(b); /* the last figures, when init is gone but its cgroup is not */
		sandbox_kill(b->init, b->pidfd);
		sandbox_wait_gone(b->init, b->pidfd, b->spawner == NULL);
	}
	pthread_mutex_lock(&b->lock);
	if (b->why[0] == '\0') {
		struct cgroup_usage u = {0};
		err_t ignore;
		if (b->have_cg && b->cg.be->read_usage(&b->cg, &u, &ignore) == 0 && u.oom_kills > 0)
			snprintf(b->why, sizeof(b->why), "memory limit: its init was killed");
		else
			snprintf(b->why, sizeof(b->why), "its init ended");
	}
	b->ended = true;
	pthread_mutex_unlock(&b->lock);
	return NULL;
}

/* ---- create ---- */

static bool env_name_ok(const char *n)
{
	if (!n || !((*n >= 'A' && *n <= 'Z') || (*n >= 'a' && *n <= 'z') || *n == '_'))
		return false;
	for (n++; *n; n++)
		if (!((*n >= 'A' && *n <= 'Z') || (*n >= 'a' && *n <= 'z') || *n == '_' ||
		      (*n >= '0' && *n <= '9')))
			return false;
	return true;
}

int box_check_env(const struct run_env *env, size_t n, err_t *err)
{
	for (size_t i = 0; i < n; i++)
		if (!env_name_ok(env[i].name) || env[i].value == NULL)
			return err_say(err, EINVAL,
				       "bad environment variable name '%s': use letters, digits "
				       "and '_', not starting with a digit",
				       env[i].name ? env[i].name : "");
	return 0;
}

static int check_id(const char *id, err_t *err)
{
	size_t n = id ? strlen(id) : 0;

	if (n == 0 || n > 64)
		return err_say(err, EINVAL, "a box needs an id of 1 to 64 characters");
	for (size_t i = 0; i < n; i++)
		if (!((id[i] >= 'a' && id[i] <= 'z') || (id[i] >= 'A' && id[i] <= 'Z') ||
		      (id[i] >= '0' && id[i] <= '9') || id[i] == '-' || id[i] == '_'))
			return err_say(err, EINVAL, "bad box id '%s': letters, digits, '-', '_'",
				       id);
	return 0;
}

static int make_channels(struct box *b, err_t *err)
{
	if (engine_channel(&b->sync_w, &b->plan.sync_fd, err) < 0 ||
	    engine_channel(&b->report_r, &b->plan.report_fd, err) < 0 ||
	    engine_channel(&b->collect_r, &b->plan.collect_fd, err) < 0 ||
	    engine_channel(&b->ctl, &b->plan.ctl_fd, err) < 0)
		return -1;
	if ((b->wake_fd = eventfd(0, EFD_CLOEXEC)) < 0)
		return err_set(err, errno, "cannot create eventfd");
	if (b->limits.net == NET_EGRESS && engine_channel(&b->proxy_r, &b->plan.proxy_fd, err) < 0)
		return -1;
	return 0;
}

/* The box's environment: airlock's, with the home of a box, then the
 * spec's. */
static void build_env(struct box *b, const struct box_spec *spec)
{
	size_t n = 0, nbase = 0;

	while (run_base_env[nbase])
		nbase++;
	b->env = xcalloc(nbase + ENGINE_EGRESS_NENV + spec->nenv + 1, sizeof(char *));
	for (size_t i = 0; i < nbase; i++) {
		const char *v = run_base_env[i];
		if (strncmp(v, "HOME=", 5) == 0)
			v = "HOME=" BOX_WORKDIR;
		else if (strncmp(v, "PWD=", 4) == 0)
			v = "PWD=" BOX_WORKDIR;
		else if (strncmp(v, "USER=", 5) == 0)
			v = "USER=user";
		else if (strncmp(v, "LOGNAME=", 8) == 0)
			v = "LOGNAME=user";
		b->env[n++] = xstrdup(v);
	}
	for (size_t i = 0; b->limits.net == NET_EGRESS && i < ENGINE_EGRESS_NENV; i++)
		b->env[n++] = xstrdup(engine_egress_env[i]);
	for (size_t i = 0; i < spec->nenv; i++)
		b->env[n++] = xasprintf("%s=%s", spec->env[i].name, spec->env[i].value);
	b->env[n] = NULL;
	b->nenv = n;
}

static void box_free(struct box *b)
{
	struct egress_log log;

	if (b->proxy) { /* its log is the box's business no more */
		proxy_stop(b->proxy, &log);
		egress_log_free(&log);
	}
	close_fd(&b->proxy_r);
	close_fd(&b->plan.proxy_fd);
	free(b->egress);
	close_fd(&b->plan.sync_fd);
	close_fd(&b->plan.report_fd);
	close_fd(&b->plan.collect_fd);
	close_fd(&b->plan.ctl_fd);
	close_fd(&b->sync_w);
	close_fd(&b->report_r);
	close_fd(&b->collect_r);
	close_fd(&b->ctl);
	close_fd(&b->wake_fd);
	close_fd(&b->pidfd);
	close_fd(&b->spawner_conn);
	free(b->spawner);
	close_fd(&b->workdir);
	close_fd(&b->pts);
	if (b->have_cg) {
		err_t ignore;
		b->cg.be->destroy(&b->cg, &ignore);
		b->have_cg = false;
	}
	if (b->reaper.pid > 0 || b->reaper.stack)
		reaper_finish(&b->reaper);
	for (size_t i = 0; i < b->nmounts; i++) {
		free((char *)b->mounts[i].src);
		free((char *)b->mounts[i].dst);
	}
	free(b->rootfs);
	for (size_t i = 0; b->env && b->env[i]; i++)
		free(b->env[i]);
	free(b->env);
	pthread_mutex_destroy(&b->lock);
	pthread_mutex_destroy(&b->ctl_lock);
	pthread_cond_destroy(&b->cond);
	free(b);
}

int box_create(const struct engine *e, const struct box_spec *spec, struct box **out, err_t *err)
{
	struct limits l = spec->limits;

	*out = NULL;
	limits_finish(&l);
	if (limits_validate(&l, err) < 0 || box_check_env(spec->env, spec->nenv, err) < 0 ||
	    check_id(spec->id, err) < 0 ||
	    engine_check_mounts(e, spec->mounts, spec->nmounts, spec->rootfs, BOX_WORKDIR, err) < 0)
		return -1;
	if (spec->cpu_total_s < 0 || spec->cpu_total_s > 86400)
		return err_say(err, EINVAL, "cpu_total_s %g is out of bounds (0 to 86400)",
			       spec->cpu_total_s);

	struct box *b = xcalloc(1, sizeof(*b));
	pthread_mutex_init(&b->lock, NULL);
	pthread_mutex_init(&b->ctl_lock, NULL);
	pthread_cond_init(&b->cond, NULL);
	b->created_ns = b->look.at_ns = monotonic_ns();
	b->eng = e;
	b->limits = l;
	b->spec_cpu_total_s = spec->cpu_total_s;
	b->sync_w = b->report_r = b->collect_r = b->ctl = b->wake_fd = b->pidfd = -1;
	b->spawner_conn = -1;
	b->spawner = spec->spawner_socket ? xstrdup(spec->spawner_socket) : NULL;
	b->spawner_required = spec->spawner_required;
	b->proxy_r = -1;
	b->plan.proxy_fd = -1;
	b->workdir = -1;
	b->pts = -1;
	b->init = -1;
	b->reaper.pid = -1;
	b->reaper.fd = -1;
	b->plan.sync_fd = b->plan.report_fd = b->plan.collect_fd = b->plan.ctl_fd = -1;
	b->plan.stdin_fd = b->plan.cgroup_fd = -1;
	build_env(b, spec);
	if (make_channels(b, err) < 0)
		goto fail;
	b->plan.eng = e;
	b->plan.notify = false;
	b->plan.set_ids = e->caller_uid == 0;
	b->plan.net = l.net;
	b->plan.workdir = BOX_WORKDIR;
	b->plan.box = true;
	/* copies: the plan outlives the caller's spec */
	b->nmounts = spec->nmounts;
	for (size_t i = 0; i < spec->nmounts; i++) {
		b->mounts[i].src = xstrdup(spec->mounts[i].src);
		b->mounts[i].dst = xstrdup(spec->mounts[i].dst);
	}
	b->plan.mounts = b->mounts;
	b->plan.nmounts = b->nmounts;
	b->rootfs = spec->rootfs ? xstrdup(spec->rootfs) : NULL;
	b->plan.rootfs = b->rootfs;
	snprintf(b->plan.scratch_bytes, sizeof(b->plan.scratch_bytes), "%llu",
		 (unsigned long long)l.disk_limit_mb << 20);
	if (e->cgroup) {
		char id[96];
		cgroup_init(&b->cg, e->cgroup);
		b->cg.want_freezer = true; /* box_pause */
		snprintf(id, sizeof(id), "box-%s", spec->id);
		if (cgroup_create_reaped(&b->cg, &b->reaper, e->cgroup_root, e->cgroup_parent, id,
					 err) < 0) {
			if (err->errnum == EROFS)
				host_cgroup_error(e->cgroup_root, err);
			else
				err_wrap(err, "cannot create the box's cgroup");
			goto fail;
		}
		b->have_cg = true;
		/* +1: init is airlock's */
		if (b->cg.be->set_limits(&b->cg, l.memory_limit_mb << 20, l.max_processes + 1,
					 err) < 0) {
			err_wrap(err, "cannot apply limits to the box");
			goto fail;
		}
	}
	if (pthread_create(&b->monitor, NULL, monitor_main, b) != 0) {
		err_set(err, errno, "cannot start the box's monitor thread");
		goto fail;
	}
	b->have_monitor = true;
	pthread_mutex_lock(&b->lock);
	while (!b->setup_done)
		pthread_cond_wait(&b->cond, &b->lock);
	int rc = b->setup_rc;
	if (rc < 0)
		*err = b->setup_err;
	pthread_mutex_unlock(&b->lock);
	if (rc < 0) {
		box_destroy(b);
		return -1;
	}
	close_fd(&b->collect_r);
	/* --net egress: the proxy takes the listening socket init made in the
	 * box's network namespace, and serves it for the box's whole life; an
	 * empty policy allows nothing */
	if (l.net == NET_EGRESS) {
		close_fd(&b->plan.proxy_fd);
		b->egress = xmalloc(sizeof(*b->egress));
		if (spec->egress)
			*b->egress = *spec->egress;
		else
			egress_policy_init(b->egress);
		rc = proxy_start(b->egress, b->proxy_r, &b->proxy, err);
		b->proxy_r = -1; /* the proxy's now, or closed */
		if (rc < 0) {
			box_destroy(b);
			return -1;
		}
	}
	*out = b;
	return 0;
fail:
	box_free(b);
	return -1;
}

int box_set_egress(struct box *b, const struct egress_policy *allow, err_t *err)
{
	if (b->proxy == NULL)
		return err_set(err, ENOTSUP, "the box was made without egress");
	proxy_update(b->proxy, allow);
	return 0;
}

void box_kill(struct box *b, const char *why)
{
	box_end(b, why ? why : "killed");
}

int box_can_pause(struct box *b, err_t *err)
{
	if (!b->have_cg)
		return err_say(err, ENOTSUP,
			       "pausing needs the cgroup freezer, which a rootless server does not "
			       "have");
	if (!cgroup_can_freeze(&b->cg))
		return err_say(err, ENOTSUP,
			       "pausing needs the cgroup freezer: this host's cgroup v1 has no "
			       "freezer controller mounted");
	return 0;
}

/* Freezes or thaws every process of the box (box.h). */
static int set_paused(struct box *b, bool pause, err_t *err)
{
	if (box_can_pause(b, err) < 0)
		return -1;
	pthread_mutex_lock(&b->lock);
	bool ended = b->ended || b->why[0] != '\0', paused = b->paused;
	pthread_mutex_unlock(&b->lock);
	if (ended)
		return err_say(err, ESRCH, "the box has ended");
	if (paused == pause)
		return 0;
	if (cgroup_freeze(&b->cg, pause, err) < 0) /* box_can_pause: it has a freezer */
		return -1;
	pthread_mutex_lock(&b->lock);
	b->paused = pause;
	pthread_mutex_unlock(&b->lock);
	return 0;
}

int box_pause(struct box *b, err_t *err)
{
	return set_paused(b, true, err);
}

int box_resume(struct box *b, err_t *err)
{
	return set_paused(b, false, err);
}

void box_destroy(struct box *b)
{
	if (b == NULL)
		return;
	if (b->have_monitor) {
		box_end(b, "destroyed");
		uint64_t one = 1;
		(void)!write(b->wake_fd, &one, sizeof(one));
		pthread_join(b->monitor, NULL);
	}
	box_free(b);
}

void box_status(struct box *b, struct box_status *st)
{
	memset(st, 0, sizeof(*st));
	pthread_mutex_lock(&b->lock);
	st->state = b->ended ? BOX_ENDED : BOX_RUNNING;
	if (b->ended)
		snprintf(st->why, sizeof(st->why), "%s", b->why);
	st->cpu_ms = b->cpu_ns / 1000000;
	st->memory_kb = b->mem_kb;
	st->memory_peak_kb = b->peak_kb;
	st->processes = b->procs;
	st->running_execs = (unsigned)__builtin_popcount(b->slots_used);
	pthread_mutex_unlock(&b->lock);
	struct statfs sf;
	if (b->workdir >= 0 && fstatfs(b->workdir, &sf) == 0)
		st->disk_used_kb =
		    (uint64_t)(sf.f_blocks - sf.f_bfree) * (uint64_t)sf.f_bsize / 1024;
}

bool box_ended(struct box *b)
{
	pthread_mutex_lock(&b->lock);
	bool ended = b->ended || b->why[0] != '\0';
	pthread_mutex_unlock(&b->lock);
	return ended;
}

/* v1: the memory and pids controllers are the cgroup's first two
 * directories; v2 has one. */
uint64_t box_cgroup_memory_kb(struct box *b)
{
	uint64_t v = 0;
	bool v1 = b->cg.be == &cgroup_v1_backend;

	if (cgroup_read_u64(b->cg.dirfd[0], v1 ? "memory.usage_in_bytes" : "memory.current", &v) <
	    0)
		return 0;
	return v / 1024;
}

unsigned box_cgroup_procs(struct box *b)
{
	uint64_t v = 0;
	int fd = b->cg.be == &cgroup_v1_backend ? b->cg.dirfd[1] : b->cg.dirfd[0];

	if (cgroup_read_u64(fd, "pids.current", &v) < 0)
		return 0;
	return (unsigned)v;
}

uint64_t box_cgroup_oom_kills(struct box *b)
{
	uint64_t v = 0;
	bool v1 = b->cg.be == &cgroup_v1_backend;

	(void)cgroup_read_key(b->cg.dirfd[0], v1 ? "memory.oom_control" : "memory.events",
			      "oom_kill", &v);
	return v;
}

int box_pss(struct box *b, uint64_t *kb, unsigned *nprocs, err_t *err)
{
	struct proc_sample s;
	char path[64], buf[4096];
	uint64_t init_kb = 0;

	if (box_ended(b))
		return err_say(err, ESRCH, "the box has ended");
	if (proc_sample(b->init, &b->pidns, true, &s) < 0)
		return err_set(err, errno, "cannot read /proc");
	snprintf(path, sizeof(path), "/proc/%d/smaps_rollup", (int)b->init);
	if (read_file_at(AT_FDCWD, path, buf, sizeof(buf)) > 0)
		(void)proc_pss_parse(buf, &init_kb);
	*kb = s.pss_kb + init_kb;
	*nprocs = (unsigned)s.nprocs + 1;
	return 0;
}
