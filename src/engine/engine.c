/*
 * engine_new() probes the host once; engine_run() builds one sandbox per
 * call and supervises it.
 *
 * A run, from the supervisor's side:
 *   prepare everything the child needs (argv, env, pipes, stdin memfd) ->
 *   clone into new user, pid, mount, network, ipc and uts namespaces ->
 *   write the child's uid/gid maps and release it (it builds its root
 *   meanwhile) -> create the run's cgroup and its reaper (root mode; or
 *   take one made ahead, engine_spare_cgroups), move the child into it and
 *   tell it so -> for each step
 *   (compile, run): set the step's limits, let it start, supervise it
 *   (supervise.c) -> collect the files asked for (collect.c) -> kill the
 *   sandbox's init: the result is complete. Then its teardown, which
 *   engine_run_deferred() leaves to the caller (a service answers first):
 *   wait for the sandbox's processes to be gone -> remove the cgroup ->
 *   dismiss the reaper.
 * Nothing is written to the host's disk: the sandbox's files live in a
 * tmpfs inside its own mount namespace.
 */
#include "engine/host.h"
#include "engine/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "engine/collect.h"
#include "engine/inputs.h"
#include "engine/landlock.h"
#include "engine/supervise.h"
#include "engine/warm.h"
#include "net/proxy.h"

/* What of the host the sandbox sees, read-only. Paths that are links on
 * this host (merged /usr) become the same links. */
static const char *const host_paths[] = {
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/alternatives",
    "/etc/localtime",
    "/etc/ssl/openssl.cnf",
    /* Debian's matplotlib keeps its defaults here (mpl-data links to it) */
    "/etc/matplotlibrc",
};

static void probe_host_paths(struct engine *e)
{
	e->npaths = 0;
	for (size_t i = 0; i < ARRAY_SIZE(host_paths) && e->npaths < MAX_HOST_PATHS; i++) {
		struct host_path *h = &e->paths[e->npaths];
		struct stat st;
		h->path = host_paths[i];
		if (lstat(h->path, &st) < 0)
			continue;
		if (S_ISLNK(st.st_mode)) {
			ssize_t n = readlink(h->path, h->link, sizeof(h->link) - 1);
			if (n <= 0)
				continue;
			h->link[n] = '\0';
			h->kind = HOST_LINK;
		} else if (S_ISDIR(st.st_mode)) {
			h->kind = HOST_DIR;
		} else if (S_ISREG(st.st_mode)) {
			h->kind = HOST_FILE;
		} else {
			continue;
		}
		/* A file under /etc/ssl needs its directory in the new root. */
		e->npaths++;
	}
}

/* Fields 48-51 of /proc/self/stat: arg_start, arg_end, env_start,
 * env_end. */
static int find_arg_area(struct engine *e, err_t *err)
{
	char buf[2048];
	unsigned long long v[4];
	const char *p;
	int field = 3;

	if (read_file_at(AT_FDCWD, "/proc/self/stat", buf, sizeof(buf)) <= 0)
		return err_set(err, errno, "cannot read /proc/self/stat");
	p = strrchr(buf, ')'); /* the command name may hold spaces */
	if (p && p[1] == ' ')
		for (p += 2; *p && field < 48; p++) /* p: field 3, the state */
			if (*p == ' ')
				field++;
	if (p == NULL || field != 48 ||
	    sscanf(p, "%llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3]) != 4 || v[0] == 0 ||
	    v[1] <= v[0] || v[3] < v[2])
		return err_set(err, 0, "cannot find airlock's own arguments in /proc/self/stat");
	/* The kernel's view of them starts with what is in memory there. */
	ssize_t n = read_file_at(AT_FDCWD, "/proc/self/cmdline", buf, 64);
	if (n <= 0 || (unsigned long long)n > v[1] - v[0] ||
	    memcmp(buf, (const void *)(uintptr_t)v[0], (size_t)n) != 0)
		return err_set(err, 0,
			       "airlock's own arguments are not where /proc/self/stat says");
	e->arg_start = (uintptr_t)v[0];
	e->arg_end = (uintptr_t)v[1];
	e->env_start = (uintptr_t)v[2];
	e->env_end = (uintptr_t)v[3];
	return 0;
}

static int read_cap_last_cap(void)
{
	char buf[16];
	if (read_file_at(AT_FDCWD, "/proc/sys/kernel/cap_last_cap", buf, sizeof(buf)) > 0)
		return atoi(buf);
	return 63;
}

/* User namespaces can be off in many ways: host.c finds which and says
 * how to allow them. */
int engine_userns_error(int errnum, err_t *err)
{
	return host_userns_error(errnum, err);
}

int engine_new(const struct engine_config *cfg, struct engine **out, err_t *err)
{
	struct engine *e = xcalloc(1, sizeof(*e));
	const char *root = cfg && cfg->cgroup_root ? cfg->cgroup_root : "/sys/fs/cgroup";
	const char *parent = cfg && cfg->cgroup_parent ? cfg->cgroup_parent
							: getenv("AIRLOCK_CGROUP_PARENT");

	if (parent == NULL)
		parent = "airlock";
	if (parent[0] == '\0' || parent[0] == '.' || strchr(parent, '/') != NULL ||
	    strlen(parent) >= sizeof(e->cgroup_parent)) {
		free(e);
		return err_set(err, 0,
			       "cgroup parent '%.100s' must be a plain directory name, such as "
			       "airlock",
			       parent);
	}
	snprintf(e->cgroup_root, sizeof(e->cgroup_root), "%s", root);
	snprintf(e->cgroup_parent, sizeof(e->cgroup_parent), "%s", parent);
	e->caller_uid = geteuid();
	e->caller_gid = getegid();
	e->rootless = e->caller_uid != 0 || (cfg && cfg->force_rootless);
	if (!e->rootless) {
		e->cgroup = cgroup_detect(root);
		if (e->cgroup == NULL) {
			free(e);
			return host_cgroup_error(root, err);
		}
	}
	if (find_arg_area(e, err) < 0) {
		free(e);
		return -1;
	}
	if (e->cgroup) {
		e->spares = xcalloc(1, sizeof(*e->spares));
		pthread_mutex_init(&e->spares->lock, NULL);
	}
	e->landlock_abi = landlock_probe_abi();
	e->cap_last_cap = read_cap_last_cap();
	seccomp_prebuilt(&e->seccomp);
	e->notif_size = seccomp_listener_probe(&e->notify_missing);
	if (cfg && cfg->force_seccomp_kill) {
		e->notif_size = 0;
		e->notify_missing = "seccomp user notification is switched off";
	}
	probe_host_paths(e);
	snprintf(e->description, sizeof(e->description), "%s, %s, landlock %s%d, seccomp %s%s%s",
		 e->rootless ? "rootless" : "root",
		 e->cgroup ? e->cgroup->name
			   : "no cgroups (supervisor from /proc: CPU, PSS; rlimits)",
		 e->landlock_abi ? "abi " : "off/", e->landlock_abi,
		 e->notif_size ? "(user notification)" : "(kill only: ",
		 e->notif_size ? "" : e->notify_missing,
		 e->notif_size ? "" : "; a refused syscall in a child process is not reported)");
	*out = e;
	return 0;
}

void engine_free(struct engine *e)
{
	if (e == NULL)
		return;
	if (e->spares) {
		for (int i = 0; i < e->spares->n; i++) {
			(void)e->spares->v[i].cg.be->destroy(&e->spares->v[i].cg, NULL);
			reaper_finish(&e->spares->v[i].reaper);
		}
		pthread_mutex_destroy(&e->spares->lock);
		free(e->spares);
	}
	free(e);
}

const char *engine_describe(const struct engine *e)
{
	return e->description;
}

bool engine_is_rootless(const struct engine *e)
{
	return e->rootless;
}

bool engine_seccomp_notify(const struct engine *e, const char **why)
{
	if (why)
		*why = e->notify_missing;
	return e->notif_size > 0;
}

/* ---- one run ---- */

/* Everything a run owns on the supervisor's side; run_cleanup() releases
 * it whatever happened. */
struct run {
	const struct engine *eng;
	const struct run_request *req;
	struct child_plan plan;
	struct limits compile;	/* the compile step's (compile_over) */
	char **argv[MAX_STEPS]; /* the strings are the request's and the profile's */
	char **envp;
	char **env_own;		   /* the request's NAME=VALUE strings, made here */
	char *args_own[MAX_STEPS]; /* copies of each step's extra arguments */
	char *exe_own[MAX_STEPS];  /* a step's program found in another root file system */
	int sync_w;
	int collect_r; /* receives the work directory's fd, when files are collected */
	int proxy_r;   /* NET_EGRESS: receives the proxy's listening socket */
	struct proxy *proxy;
	int report_r;
	int out_r[MAX_STEPS], err_r[MAX_STEPS];
	int listener[MAX_STEPS]; /* each step's seccomp listener, from the sandbox */
	pid_t init;
	bool killed;	/* SIGKILL was sent to init */
	int init_pidfd; /* a warm start: init is the template's child */
	int warm_conn;	/* a warm start: closing it makes the template end the sandbox */
	pid_t program;	/* a ready sandbox's program, forked before the run */
	bool mapped;	/* its id maps are written */
	bool cloned_in; /* init was cloned into the run's cgroup (v2) */
	char stray[512]; /* a ready sandbox's cgroup it was moved out of */
	struct cgroup cg;
	bool have_cg;
	struct stat pidns;
	struct reaper reaper;
};

static void close_fd(int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

/* --net egress: the proxy, for every program that honours the variables
 * (docs/network.md); one that does not reaches nothing. */
const char *const engine_egress_env[ENGINE_EGRESS_NENV] = {
    "HTTP_PROXY=" EGRESS_PROXY_URL, "HTTPS_PROXY=" EGRESS_PROXY_URL,
    "http_proxy=" EGRESS_PROXY_URL, "https_proxy=" EGRESS_PROXY_URL,
    "NO_PROXY=",		    "no_proxy=",
    /* Node 24 and later: fetch and http honour the variables only with it */
    "NODE_USE_ENV_PROXY=1",
};

/* airlock's environment, the language's, then the request's (whose
 * names engine/inputs.h already checked against the first two). */
static void build_env(struct run *r)
{
	const struct run_request *req = r->req;
	size_t n = 0, nbase = 0;

	while (run_base_env[nbase])
		nbase++;
	r->envp = xcalloc(nbase + ENGINE_EGRESS_NENV + LANG_MAX_ENV + req->nenv + 1,
			  sizeof(char *));
	r->env_own = xcalloc(req->nenv + 1, sizeof(char *));
	for (size_t i = 0; i < nbase; i++)
		r->envp[n++] = (char *)run_base_env[i];
	for (size_t i = 0; req->limits.net == NET_EGRESS && i < ENGINE_EGRESS_NENV; i++)
		r->envp[n++] = (char *)engine_egress_env[i];
	for (size_t i = 0; i < LANG_MAX_ENV && req->lang->env[i]; i++)
		r->envp[n++] = (char *)req->lang->env[i];
	for (size_t i = 0; i < req->nenv; i++) {
		size_t a = strlen(req->env[i].name), b = strlen(req->env[i].value);
		char *v = xmalloc(a + b + 2);
		memcpy(v, req->env[i].name, a);
		v[a] = '=';
		memcpy(v + a + 1, req->env[i].value, b + 1);
		r->env_own[i] = v;
		r->envp[n++] = v;
	}
	r->envp[n] = NULL;
}

/* A step's argv: the profile's, where LANG_SOURCES stands for the main
 * file and then every source file of the request (c, cpp), followed by
 * extra (the request's arguments for the run step; its compile flags for
 * the compile step, after the profile's own so that they can override
 * them, -O0, -std=c99, but never replace the files compiled). They are
 * copied: a caller's may lie in airlock's own argv, which the sandbox's init
 * blanks (hide_supervisor in child.c). */
static char **build_argv(struct run *r, int step, const char *const *profile,
			 const char *const *extra, size_t nextra)
{
	const struct run_request *req = r->req;
	size_t cap = LANG_MAX_ARGV + req->nfiles + nextra + 1, n = 0;
	char **v = xcalloc(cap, sizeof(char *));

	for (size_t i = 0; i < LANG_MAX_ARGV && profile[i]; i++) {
		if (strcmp(profile[i], LANG_SOURCES) != 0) {
			v[n++] = (char *)profile[i];
			continue;
		}
		v[n++] = (char *)req->lang->source_name;
		for (size_t f = 0; f < req->nfiles; f++)
			if (workpath_is_source(req->lang, req->files[f].name))
				v[n++] = (char *)req->files[f].name;
	}
	size_t bytes = 0;
	for (size_t i = 0; i < nextra; i++)
		bytes += strlen(extra[i]) + 1;
	if (nextra > 0) {
		char *p = r->args_own[step] = xmalloc(bytes);
		for (size_t i = 0; i < nextra; i++) {
			size_t len = strlen(extra[i]) + 1;
			memcpy(p, extra[i], len);
			v[n++] = p;
			p += len;
		}
	}
	v[n] = NULL;
	return v;
}

/* With another root file system, a profile's program (/usr/bin/python3)
 * may live elsewhere there (/usr/local/bin/python3, as in the python
 * images): the first of the usual directories that has it. */
static void find_in_rootfs(struct run *r, int step)
{
	static const char *const dirs[] = {"/usr/local/bin/", "/usr/bin/", "/bin/"};
	const char *rootfs = r->req->rootfs;
	char **v = r->argv[step];
	char path[PATH_MAX];

	if (rootfs == NULL || v[0] == NULL || v[0][0] != '/')
		return;
	snprintf(path, sizeof(path), "%s%s", rootfs, v[0]);
	if (access(path, X_OK) == 0)
		return;
	const char *base = strrchr(v[0], '/') + 1;
	for (size_t i = 0; i < ARRAY_SIZE(dirs); i++) {
		snprintf(path, sizeof(path), "%s%s%s", rootfs, dirs[i], base);
		if (access(path, X_OK) == 0) {
			r->exe_own[step] = xasprintf("%s%s", dirs[i], base);
			v[0] = r->exe_own[step];
			return;
		}
	}
}

static int make_pipe(int *r, int *w, err_t *err)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		return err_set(err, errno, "cannot create pipe");
	*r = fds[0];
	*w = fds[1];
	return 0;
}

int engine_channel(int *r, int *w, err_t *err)
{
	int fds[2];
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds) < 0)
		return err_set(err, errno, "cannot create a socket to the sandbox");
	*r = fds[0];
	*w = fds[1];
	return 0;
}

int engine_sealed_memfd(const char *name, const void *data, size_t len, int *out, err_t *err)
{
	cleanup_close int fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);

	/* Sealed: the sandbox can read it but not change it. */
	if (fd < 0 || write_all(fd, data, len) < 0 ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) < 0 ||
	    lseek(fd, 0, SEEK_SET) < 0)
		return err_set(err, errno, "cannot make the sealed memfd %s", name);
	*out = steal_fd(&fd);
	return 0;
}

static int make_stdin(const struct run_request *req, int *out, err_t *err)
{
	*out = -1;
	if (req->stdin_fd > 0) {
		if ((*out = fcntl(req->stdin_fd, F_DUPFD_CLOEXEC, 3)) < 0)
			return err_set(err, errno, "cannot copy the stdin descriptor");
		return 0;
	}
	if (req->stdin_data == NULL)
		return 0;
	return engine_sealed_memfd("airlock-stdin", req->stdin_data, req->stdin_len, out, err);
}

void engine_step_rlimits(struct child_step *st, const struct limits *l, bool rootless)
{
	struct rlimit cur;

	/* The supervisor enforces CPU time on all processes together; this
	 * per-process rlimit is only the backstop if the supervisor stalls.
	 * It cannot go above the hard limit airlock itself runs under; the
	 * supervisor knows the value that is really set, so that the kernel's
	 * SIGXCPU or SIGKILL at it counts as airlock's limit, and a lower one
	 * the program set itself does not. */
	st->cpu_s = (rlim_t)l->time_limit_s + 2;
	if (getrlimit(RLIMIT_CPU, &cur) == 0 && cur.rlim_max != RLIM_INFINITY &&
	    st->cpu_s > cur.rlim_max)
		st->cpu_s = cur.rlim_max;
	/* 8 MB as on most systems: glibc sizes every thread's stack by it,
	 * so a larger value multiplies the address space of threaded
	 * runtimes. */
	st->stack_bytes = (rlim_t)8 << 20;
	st->nproc = rootless ? (rlim_t)l->max_processes + 1 : 0; /* +1: init */
	/* Rootless: the supervisor samples memory and stops the run (status
	 * memory_limit); this per-process cap only bounds how far a fast
	 * allocation can overshoot between two samples. It is set well above
	 * the limit so that the sample, not a refused allocation, decides. */
	st->data_bytes = rootless ? ((rlim_t)l->memory_limit_mb << 22) + ((rlim_t)256 << 20) : 0;
}

/* l with the request's compile time and memory when it gives them (the
 * compile step's over the language's; validate_request's over the run's). */
static struct limits compile_over(struct limits l, const struct run_request *req)
{
	if (req->compile_limits) {
		l.time_limit_s = req->compile_limits->time_limit_s;
		l.wall_time_limit_s = req->compile_limits->wall_time_limit_s;
		l.memory_limit_mb = req->compile_limits->memory_limit_mb;
	}
	return l;
}

static const struct limits *step_limits(const struct run *r, int step)
{
	if (r->plan.nsteps == 2 && step == 0)
		return &r->compile;
	return &r->req->limits;
}

static int prepare(struct run *r, err_t *err)
{
	const struct run_request *req = r->req;
	const struct lang_profile *lang = req->lang;
	struct child_plan *p = &r->plan;
	int sync_r = -1, report_w = -1;

	p->eng = r->eng;
	p->notify = r->eng->notif_size > 0;
	p->set_ids = r->eng->caller_uid == 0;
	p->net = req->limits.net;
	p->source_name = lang->source_name;
	p->code = req->code;
	p->code_len = req->code_len;
	p->files = req->files;
	p->nfiles = req->nfiles;
	snprintf(p->scratch_bytes, sizeof(p->scratch_bytes), "%llu",
		 (unsigned long long)req->limits.disk_limit_mb << 20);
	build_env(r);
	r->compile = compile_over(req->lang->compile_limits, req);
	p->nsteps = 0;
	if (lang_has_compile(lang)) {
		r->argv[p->nsteps] = build_argv(r, p->nsteps, lang->compile_argv, req->compile_args,
						req->ncompile_args);
		p->nsteps++;
	}
	r->argv[p->nsteps] = build_argv(r, p->nsteps, lang->run_argv, req->args, req->nargs);
	p->nsteps++;
	for (int st = 0; st < p->nsteps; st++)
		find_in_rootfs(r, st);
	p->mounts = req->mounts;
	p->nmounts = req->nmounts;
	p->rootfs = req->rootfs;

	if (engine_channel(&r->sync_w, &sync_r, err) < 0 ||
	    engine_channel(&r->report_r, &report_w, err) < 0)
		goto fail;
	if (req->ncollect > 0 && engine_channel(&r->collect_r, &p->collect_fd, err) < 0)
		goto fail;
	if (p->net == NET_EGRESS && engine_channel(&r->proxy_r, &p->proxy_fd, err) < 0)
		goto fail;
	p->sync_fd = sync_r;
	p->report_fd = report_w;
	for (int s = 0; s < p->nsteps; s++) {
		struct child_step *st = &p->steps[s];
		st->argv = r->argv[s];
		st->envp = r->envp;
		if (make_pipe(&r->out_r[s], &st->out_fd, err) < 0 ||
		    make_pipe(&r->err_r[s], &st->err_fd, err) < 0)
			goto fail;
		st->merge_stderr = req->merge_stderr && s == p->nsteps - 1;
		engine_step_rlimits(st, step_limits(r, s), r->eng->rootless);
	}
	if (make_stdin(req, &p->stdin_fd, err) < 0)
		goto fail;
	return 0;
fail:
	return -1;
}

static void close_child_ends(struct run *r)
{
	close_fd(&r->plan.sync_fd);
	close_fd(&r->plan.report_fd);
	close_fd(&r->plan.stdin_fd);
	close_fd(&r->plan.collect_fd);
	close_fd(&r->plan.proxy_fd);
	for (int s = 0; s < MAX_STEPS; s++) {
		close_fd(&r->plan.steps[s].out_fd);
		close_fd(&r->plan.steps[s].err_fd);
	}
}

static void run_init_fds(struct run *r)
{
	r->sync_w = r->report_r = r->collect_r = r->proxy_r = -1;
	r->plan.sync_fd = r->plan.report_fd = r->plan.stdin_fd = r->plan.collect_fd = -1;
	r->plan.proxy_fd = r->plan.cgroup_fd = -1;
	for (int s = 0; s < MAX_STEPS; s++) {
		r->out_r[s] = r->err_r[s] = r->listener[s] = -1;
		r->plan.steps[s].out_fd = r->plan.steps[s].err_fd = -1;
	}
	r->init = -1;
	r->init_pidfd = r->warm_conn = -1;
	r->reaper.pid = -1;
	r->reaper.fd = -1;
}

static int write_proc_file(pid_t pid, const char *name, const char *data, err_t *err)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, name);
	return write_file_at(AT_FDCWD, path, data, err);
}

/* The sandbox user maps to one unprivileged host id: the caller's own in
 * rootless mode, a per-run id from an unused range in root mode. */
int sandbox_write_id_maps(const struct engine *e, pid_t init, err_t *err)
{
	unsigned host_uid, host_gid;
	char map[64];

	if (e->caller_uid != 0) {
		host_uid = e->caller_uid;
		host_gid = e->caller_gid;
		if (write_proc_file(init, "setgroups", "deny", err) < 0)
			return err_wrap(err, "cannot deny setgroups in the sandbox");
	} else {
		/* never host root, also when root runs without cgroups */
		host_uid = host_gid = HOST_UID_BASE + (unsigned)(init % HOST_UID_RANGE);
	}
	snprintf(map, sizeof(map), "%d %u 1\n", SANDBOX_UID, host_uid);
	if (write_proc_file(init, "uid_map", map, err) < 0)
		return err_wrap(err, "cannot write the sandbox's uid map");
	snprintf(map, sizeof(map), "%d %u 1\n", SANDBOX_GID, host_gid);
	if (write_proc_file(init, "gid_map", map, err) < 0)
		return err_wrap(err, "cannot write the sandbox's gid map");
	return 0;
}

int engine_release_sandbox(int sync_w, char msg, struct cgroup *cg, const pid_t *pids, int n,
		    err_t *err)
{
	int fds[CGROUP_MAX_DIRS] = {-1, -1, -1, -1}, nfds = 0;

	if (cg && (nfds = cgroup_open_join(cg, fds, err)) < 0)
		return err_wrap(err, "cannot place the sandbox in its cgroup");
	for (int i = 0; cg && nfds == 0 && i < n; i++)
		if (pids[i] > 0 && cg->be->attach(cg, pids[i], err) < 0 && err->errnum != ESRCH)
			return -1;
	ssize_t w = send_fds(sync_w, &msg, 1, fds, nfds);
	int errnum = errno;
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
	if (w != 1)
		return err_set(err, errnum, "cannot release the sandbox");
	err_clear(err);
	return 0;
}

/* A new cgroup under airlock's parent, and its reaper. */
static int make_cgroup(const struct engine *e, struct cgroup *cg, struct reaper *reaper, err_t *err)
{
	char id[64];

	cgroup_init(cg, e->cgroup);
	reaper->pid = -1;
	reaper->fd = -1;
	snprintf(id, sizeof(id), "run-%d-%llu", (int)getpid(),
		 (unsigned long long)atomic_fetch_add((atomic_uint_fast64_t *)&e->run_counter, 1));
	if (cgroup_create_reaped(cg, reaper, e->cgroup_root, e->cgroup_parent, id, err) < 0) {
		if (err->errnum == EROFS)
			return host_cgroup_error(e->cgroup_root, err);
		return err_wrap(err, "cannot create the run's cgroup");
	}
	return 0;
}

/* A cgroup made ahead (or for a run that did not need it) into the
 * spares; removed when they are full. Whether it was kept. */
static bool spare_put(const struct engine *e, struct cgroup *cg, struct reaper *reaper)
{
	struct cgroup_spares *sp = e->spares;
	bool kept = false;

	if (sp) {
		pthread_mutex_lock(&sp->lock);
		if ((kept = sp->n < ENGINE_SPARE_CGROUPS)) {
			sp->v[sp->n].cg = *cg;
			sp->v[sp->n].reaper = *reaper;
			sp->n++;
		}
		pthread_mutex_unlock(&sp->lock);
	}
	if (!kept) {
		(void)cg->be->destroy(cg, NULL);
		reaper_finish(reaper);
	}
	return kept;
}

int engine_spare_cgroups(const struct engine *e, err_t *err)
{
	struct cgroup_spares *sp = e->spares;

	if (sp == NULL)
		return 0;
	for (;;) {
		pthread_mutex_lock(&sp->lock);
		bool full = sp->n >= ENGINE_SPARE_CGROUPS;
		pthread_mutex_unlock(&sp->lock);
		if (full)
			return 0;
		struct cgroup cg;
		struct reaper reaper;
		if (make_cgroup(e, &cg, &reaper, err) < 0)
			return -1;
		if (!spare_put(e, &cg, &reaper))
			return 0; /* another thread filled them meanwhile */
	}
}

/* The run's cgroup: a spare one made ahead when there is one, else a new
 * one; none when it has one already. */
static int create_cgroup(struct run *r, err_t *err)
{
	struct cgroup_spares *sp = r->eng->spares;

	if (r->eng->cgroup == NULL || r->have_cg)
		return 0;
	if (sp) {
		pthread_mutex_lock(&sp->lock);
		if (sp->n > 0) {
			sp->n--;
			r->cg = sp->v[sp->n].cg;
			r->reaper = sp->v[sp->n].reaper;
			r->have_cg = true;
		}
		pthread_mutex_unlock(&sp->lock);
		if (r->have_cg)
			return 0;
	}
	if (make_cgroup(r->eng, &r->cg, &r->reaper, err) < 0)
		return -1;
	r->have_cg = true;
	return 0;
}

/* A ready sandbox that was cloned into a cgroup of its own (v2, path):
 * the run takes that cgroup, with a reaper of its own, and gives back the
 * one made for it. Where it cannot (a template started for another
 * parent), the sandbox is moved as on v1 and the empty directory removed
 * (r->stray). */
static void take_ready_cgroup(struct run *r, const char *path)
{
	struct cgroup cg;
	struct reaper reaper;
	err_t why;

	if (cgroup_adopt(&cg, r->eng, path, &why) == 0 && reaper_start(&reaper, &cg, &why) == 0) {
		if (r->have_cg)
			(void)spare_put(r->eng, &r->cg, &r->reaper);
		r->cg = cg;
		r->reaper = reaper;
		r->have_cg = r->cloned_in = true;
		return;
	}
	cgroup_forget(&cg);
	snprintf(r->stray, sizeof(r->stray), "%s", path);
}

/* The sandbox cloned by the template or spawner at sock (engine/warm.h)
 * instead of by us; false with the reason in why when it cannot. */
static bool clone_from(struct run *r, const char *sock, err_t *why)
{
	struct warm_started ws;

	err_clear(why);
	if (warm_spawn(sock, &r->plan, &r->warm_conn, &ws, why) < 0) {
		r->init = -1;
		return false;
	}
	r->init = ws.init;
	r->init_pidfd = ws.pidfd;
	r->program = ws.program;
	r->mapped = ws.ready;
	r->cloned_in = ws.into;
	if (ws.cgroup[0])
		take_ready_cgroup(r, ws.cgroup);
	return true;
}

/* The sandbox cloned by the language's warm template. false, with the
 * reason in the result's start_note, when it cannot: the run then starts
 * cold. */
static bool clone_warm(struct run *r, struct run_result *res)
{
	err_t why;

	if (r->req->lang->warm_template == NULL) {
		snprintf(res->start_note, sizeof(res->start_note),
			 "started cold: %s has no warm template", r->req->lang->name);
		return false;
	}
	if (r->req->limits.net == NET_EGRESS) {
		snprintf(res->start_note, sizeof(res->start_note),
			 "started cold: runs with --net egress start cold");
		return false;
	}
	if (r->req->nmounts > 0 || r->req->rootfs) {
		snprintf(res->start_note, sizeof(res->start_note),
			 "started cold: runs with --mount or --rootfs build their own root");
		return false;
	}
	if (clone_from(r, r->req->template_socket, &why))
		return true;
	snprintf(res->start_note, sizeof(res->start_note), "started cold: %s", why.msg);
	return false;
}

pid_t engine_clone_init(int cgroup_fd, bool *into)
{
	struct {
		uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls,
		    set_tid, set_tid_size, cgroup;
	} args = {.flags = SANDBOX_CLONE_FLAGS | 0x200000000ULL /* CLONE_INTO_CGROUP */,
		  .exit_signal = SIGCHLD,
		  .cgroup = (uint64_t)cgroup_fd};

	*into = false;
	if (cgroup_fd >= 0) {
		pid_t pid = (pid_t)syscall(SYS_clone3, &args, sizeof(args));
		if (pid >= 0) {
			*into = true;
			return pid;
		}
	}
	return (pid_t)syscall(SYS_clone, SANDBOX_CLONE_FLAGS | SIGCHLD, NULL, NULL, NULL, NULL);
}

/* A new init ('s') is released as soon as its id maps are written, and
 * builds its root while the run's cgroup is made ('c': then it joins it,
 * takes its cgroup namespace and writes the program's files). A ready
 * sandbox (built ahead by a warm template) is released ('s') once the
 * cgroup is there, and joins it. */
static int spawn(struct run *r, struct run_result *res, err_t *err)
{
	err_t why = {0}; /* why the spawner did not (then we clone, and say so) */
	/* where no process can join a cgroup by itself (v2), init is cloned
	 * into it, by us, a template or the spawner: the cgroup first */
	if (r->eng->cgroup && r->eng->cgroup->join_file == NULL) {
		if (create_cgroup(r, err) < 0)
			return -1;
		r->plan.cgroup_fd = r->cg.dirfd[0];
	}
	if (r->req->template_socket && clone_warm(r, res)) {
		res->enforcement.init = ENF_TEMPLATE;
	} else if (r->req->spawner_socket && clone_from(r, r->req->spawner_socket, &why)) {
		res->enforcement.init = ENF_SPAWNER;
	} else if (r->req->spawner_required) {
		return spawner_required_error(err, r->req->spawner_socket ? &why : NULL);
	} else {
		res->enforcement.init = ENF_SUPERVISOR;
		r->init = engine_clone_init(r->plan.cgroup_fd, &r->cloned_in);
		if (r->init < 0)
			return engine_userns_error(errno, err);
		if (r->init == 0)
			child_main(&r->plan);
	}
	pid_t pid = r->init;
	close_child_ends(r);
	/* Its pid namespace identifies the sandbox's processes in /proc
	 * (rootless accounting); read it now, before init makes itself
	 * non-dumpable and so unreadable to us. */
	if (r->eng->rootless) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)pid);
		if (stat(path, &r->pidns) < 0)
			return err_set(err, errno, "cannot stat %s", path);
	}
	/* a ready sandbox's maps were written by the template that built it */
	if (!r->mapped) {
		if (sandbox_write_id_maps(r->eng, pid, err) < 0)
			return -1;
		if (write_all(r->sync_w, "s", 1) < 0)
			return err_set(err, errno, "cannot release the sandbox");
	}
	/* into the run's cgroup, a new one or a spare; an init that ended
	 * meanwhile (its setup failed) is no error here: the step's start
	 * reads its report */
	if (create_cgroup(r, err) < 0)
		return -1;
	pid_t pids[2] = {r->init, r->program};
	int npids = r->cloned_in ? 0 : r->program > 0 ? 2 : 1;
	if (engine_release_sandbox(r->sync_w, r->mapped ? 's' : 'c', r->have_cg ? &r->cg : NULL,
				   pids, npids, err) < 0 &&
	    (r->mapped || err->errnum != EPIPE))
		return -1;
	if (r->stray[0])
		(void)rmdir(r->stray); /* empty now */
	err_clear(err);
	return 0;
}

/* Kills the sandbox's init, which ends every process of its pid
 * namespace; returns at once. stop_sandbox() then waits for them. */
static void kill_sandbox(struct run *r)
{
	if (r->init > 0 && !r->killed) {
		if (r->init_pidfd >= 0)
			sandbox_kill(r->init, r->init_pidfd);
		else
			kill(r->init, SIGKILL);
		r->killed = true;
	}
	/* a warm template kills the sandbox of a closed connection too, and
	 * keeps no more connections than there are runs going on */
	close_fd(&r->warm_conn);
}

/* Ends the sandbox: killing its init ends every process of its pid
 * namespace, and waitpid returns once they are all gone. */
static void stop_sandbox(struct run *r)
{
	kill_sandbox(r);
	sandbox_wait_gone(r->init, r->init_pidfd, r->init_pidfd < 0);
	r->init = -1;
	close_fd(&r->init_pidfd);
	close_fd(&r->warm_conn);
}

/* The work directory's fd, as init sent it before the program started;
 * -1 when it never did (the sandbox failed before). */
static int receive_workdir(int sock)
{
	char byte;
	int fd = -1, n = 0;

	if (recv_fds(sock, &byte, 1, &fd, 1, &n, MSG_DONTWAIT, NULL) <= 0 || n != 1) {
		if (n == 1)
			close(fd);
		return -1;
	}
	return fd;
}

/* After the sandbox is gone (nothing can change the directory any more)
 * and before its last reference, this fd, is closed. */
static void collect_work_files(struct run *r, struct run_result *res)
{
	const struct run_request *req = r->req;

	if (req->ncollect == 0 || r->collect_r < 0)
		return;
	stop_sandbox(r);
	cleanup_close int wd = receive_workdir(r->collect_r);
	uint64_t disk = req->limits.disk_limit_mb << 20;
	collect_files(wd, req->collect, req->ncollect,
		      disk > COLLECT_FILE_MAX ? disk : COLLECT_FILE_MAX, &res->files);
}

/* --net egress: the proxy runs while the steps do; it takes its listening
 * socket from the sandbox on proxy_r (proxy.c). An empty policy when the
 * request has none: nothing is allowed. */
static int start_proxy(struct run *r, err_t *err)
{
	struct egress_policy *empty = NULL;
	int rc;

	if (r->req->limits.net != NET_EGRESS)
		return 0;
	if (r->req->egress == NULL) {
		empty = xmalloc(sizeof(*empty));
		egress_policy_init(empty);
	}
	rc = proxy_start(r->req->egress ? r->req->egress : empty, r->proxy_r, &r->proxy, err);
	r->proxy_r = -1; /* the proxy's now, or closed */
	free(empty);
	return rc;
}

/* Stops the proxy; its log goes to res (NULL: dropped). */
static void stop_proxy(struct run *r, struct run_result *res)
{
	struct egress_log log;

	if (r->proxy == NULL)
		return;
	proxy_stop(r->proxy, &log);
	r->proxy = NULL;
	if (res) {
		egress_log_free(&res->network);
		res->network = log;
	} else {
		egress_log_free(&log);
	}
}

/* The reaper removes the cgroup the moment the sandbox's init has exited
 * (cgroup.c): false when it cannot be handed over (no init left to wait
 * for, or no pidfd), and the supervisor removes it itself. */
static bool hand_cgroup_to_reaper(struct run *r)
{
	if (r->init <= 0 || r->reaper.pid <= 0)
		return false;
	int pidfd = r->init_pidfd;
	if (pidfd < 0 && (pidfd = (int)syscall(SYS_pidfd_open, r->init, 0)) < 0)
		return false;
	bool handed = reaper_hand_over(&r->reaper, pidfd) == 0;
	if (pidfd != r->init_pidfd)
		close(pidfd);
	return handed;
}

/* Releases what a run owns once the sandbox is gone; -1 with err when its
 * cgroup could not be removed. */
static int run_cleanup(struct run *r, err_t *err)
{
	int ret = 0;

	close_child_ends(r);
	close_fd(&r->sync_w);
	bool handed = r->have_cg && hand_cgroup_to_reaper(r);
	stop_sandbox(r);
	close_fd(&r->report_r);
	close_fd(&r->collect_r);
	close_fd(&r->proxy_r); /* the proxy never started: the sandbox failed first */
	stop_proxy(r, NULL);
	for (int s = 0; s < MAX_STEPS; s++)
		free(r->argv[s]);
	free(r->envp);
	for (int s = 0; s < MAX_STEPS; s++) {
		free(r->args_own[s]);
		free(r->exe_own[s]);
	}
	for (size_t i = 0; r->env_own && r->env_own[i]; i++)
		free(r->env_own[i]);
	free(r->env_own);
	/* Only now that the sandbox is gone: a process stopped in a refused
	 * syscall must die there, not see it fail when the listener closes. */
	for (int s = 0; s < MAX_STEPS; s++) {
		close_fd(&r->out_r[s]);
		close_fd(&r->err_r[s]);
		close_fd(&r->listener[s]);
	}
	if (handed && reaper_wait(&r->reaper) == 0) {
		cgroup_forget(&r->cg);
		r->have_cg = false;
	}
	if (r->have_cg) {
		ret = r->cg.be->destroy(&r->cg, err);
		r->have_cg = false;
	}
	/* after the cgroup is gone: until then, the reaper would remove it
	 * if we died */
	if (r->reaper.pid > 0 || r->reaper.stack)
		reaper_finish(&r->reaper);
	return ret;
}

static void fill_enforcement(const struct engine *e, struct enforcement *enf)
{
	enum enforcer cg = e->cgroup ? e->cgroup->kind : ENF_NONE;

	enf->wall_time = ENF_SUPERVISOR;
	enf->output = ENF_SUPERVISOR;
	enf->disk = ENF_TMPFS;
	enf->syscalls = e->notif_size ? ENF_SECCOMP_NOTIFY : ENF_SECCOMP;
	if (cg != ENF_NONE) {
		enf->cpu_time = cg;
		enf->memory = cg;
		enf->processes = cg;
	} else {
		enf->cpu_time = ENF_SUPERVISOR;
		enf->memory = ENF_SUPERVISOR_PSS;
		enf->processes = ENF_RLIMIT;
	}
}

static void internal_error(struct run_result *res, const err_t *err)
{
	res->run.status = STATUS_INTERNAL_ERROR;
	snprintf(res->error, sizeof(res->error), "%s", err->msg);
}

static int validate_request(const struct engine *e, const struct run_request *req, err_t *err)
{
	if (req->lang == NULL)
		return err_set(err, 0, "no language given");
	if (req->code == NULL)
		return err_set(err, 0, "no program given");
	if (limits_validate(&req->limits, err) < 0)
		return -1;
	struct limits compile = compile_over(req->limits, req);
	if (req->compile_limits && limits_validate(&compile, err) < 0)
		return err_wrap(err, "the compile step's limits");
	if (engine_check_mounts(e, req->mounts, req->nmounts, req->rootfs, SANDBOX_WORKDIR, err) <
	    0)
		return -1;
	return run_inputs_check(req, err);
}

/* What is left of a run after its result: the sandbox, killed but perhaps
 * not yet gone, its cgroup and its reaper (engine.h). */
struct run_teardown {
	struct run run;
};

static void run_steps(struct run *r, struct run_result *res)
{
	const struct engine *e = r->eng;
	const struct run_request *req = r->req;
	err_t why;

	res->has_compile = r->plan.nsteps == 2;
	for (int s = 0; s < r->plan.nsteps; s++) {
		struct supervise_ctx sc = {
		    .eng = e,
		    .req = req,
		    .limits = step_limits(r, s),
		    .step = s,
		    .cpu_rlimit_s = r->plan.steps[s].cpu_s,
		    .init = r->init,
		    .init_pidfd = r->init_pidfd,
		    .sync_w = r->sync_w,
		    .report_r = r->report_r,
		    .out_r = &r->out_r[s],
		    .err_r = &r->err_r[s],
		    .listener = &r->listener[s],
		    .cg = r->have_cg ? &r->cg : NULL,
		    .pidns = &r->pidns,
		    .stream = s == r->plan.nsteps - 1,
		};
		struct step_result *sr = (s == 0 && res->has_compile) ? &res->compile : &res->run;
		if (req->on_step)
			req->on_step(req->output_ctx, sr == &res->compile, NULL);
		err_clear(&why);
		int failed = supervise_step(&sc, sr, &why);
		if (req->on_step)
			req->on_step(req->output_ctx, sr == &res->compile, sr);
		if (sc.kill_only)
			res->enforcement.syscalls = ENF_SECCOMP;
		if (failed < 0) {
			internal_error(res, &why);
			break;
		}
		if (sr == &res->compile && sr->status != STATUS_OK) {
			res->run.status = sr->status == STATUS_INTERNAL_ERROR
					      ? STATUS_INTERNAL_ERROR
					      : STATUS_COMPILE_ERROR;
			if (sr->status == STATUS_CANCELLED)
				res->run.status = STATUS_CANCELLED;
			break;
		}
		if (sr->status == STATUS_INTERNAL_ERROR) {
			snprintf(res->error, sizeof(res->error), "%s", why.msg);
			break;
		}
	}
	res->warm = res->run.warm;
	if (req->template_socket && !res->warm && res->start_note[0] == '\0')
		snprintf(res->start_note, sizeof(res->start_note), "started cold: %s",
			 res->run.start_note[0] ? res->run.start_note
						: "the program never started");
}

int engine_run_deferred(const struct engine *e, const struct run_request *req,
			struct run_result *res, struct run_teardown **td, err_t *err)
{
	err_t why;

	*td = NULL;
	memset(res, 0, sizeof(*res));
	res->run.exit_code = res->compile.exit_code = -1;
	if (validate_request(e, req, err) < 0)
		return -1;
	res->language = req->lang->name;
	res->program.code = req->code;
	res->program.code_len = req->code_len;
	res->limits = req->limits;
	res->has_files = req->ncollect > 0;
	fill_enforcement(e, &res->enforcement);

	struct run_teardown *t = xcalloc(1, sizeof(*t));
	struct run *r = &t->run;
	r->eng = e;
	r->req = req;
	run_init_fds(r);
	err_clear(&why);
	if (prepare(r, &why) < 0 || spawn(r, res, &why) < 0 || start_proxy(r, &why) < 0) {
		internal_error(res, &why);
	} else {
		run_steps(r, res);
		stop_proxy(r, res);
		collect_work_files(r, res);
	}
	/* Everything the result says was read: nothing of the sandbox runs
	 * on from here, even before its teardown. */
	kill_sandbox(r);
	r->req = NULL; /* the caller's, freed before the teardown may run */
	*td = t;
	return 0;
}

int run_teardown_finish(struct run_teardown *td, err_t *err)
{
	if (td == NULL)
		return 0;
	int ret = run_cleanup(&td->run, err);
	free(td);
	return ret;
}

int engine_run(const struct engine *e, const struct run_request *req, struct run_result *res,
	       err_t *err)
{
	struct run_teardown *td;
	err_t why;

	if (engine_run_deferred(e, req, res, &td, err) < 0)
		return -1;
	err_clear(&why);
	if (run_teardown_finish(td, &why) < 0 && res->run.status != STATUS_INTERNAL_ERROR)
		internal_error(res, &why);
	return 0;
}
