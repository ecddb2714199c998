/*
 * The plan on the wire between a supervisor and a warm template, and the
 * supervisor's request (engine/warm.h has the protocol).
 *
 * The plan goes in a sealed memfd, not in the message: the program and its
 * files may be megabytes, more than a socket message holds, and the
 * template maps it read-only so that the sandbox's init (a clone of the
 * template) reads it from there exactly as a cold init reads the
 * supervisor's memory.
 */
#include "engine/warm.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "common/util.h"

enum {
	WF_NOTIFY = 1,
	WF_SET_IDS = 2,
	WF_STDIN = 4,
	WF_COLLECT = 8,
	WF_PROXY = 16, /* --net egress: the proxy's descriptor comes too */
	WF_BOX = 32,   /* a box's init (no steps; its control socket comes too) */
	WF_ROOTFS = 64,
	WF_CGROUP = 128, /* the cgroup to clone init into comes too */
};

_Static_assert(WIRE_MAX_FDS <= FDPASS_MAX, "one message carries a plan's descriptors");

struct wire_step {
	uint64_t cpu_s, nproc, data_bytes, stack_bytes;
	uint32_t merge_stderr, argc;
};

/* Followed by: each step's argv strings, the environment's strings (each
 * NUL-terminated), the source name, code_len bytes of code, per file its
 * name (NUL-terminated), its length (8 bytes) and its bytes; then the work
 * directory ("": the default), the root file system with WF_ROOTFS, and
 * each mount's source and destination. */
struct wire_plan {
	uint32_t magic, flags, net, nsteps, nfiles, envc, nmounts;
	uint64_t size, code_len;
	char scratch_bytes[24];
	struct wire_step steps[MAX_STEPS];
};

/* How long a supervisor waits for a template's answer before it starts
 * the run cold: a clone takes about a millisecond. */
#define WARM_REPLY_TIMEOUT_MS 5000

struct out {
	char *p;
	size_t len;
};

static void put(struct out *o, const void *data, size_t n)
{
	if (o->p)
		memcpy(o->p + o->len, data, n);
	o->len += n;
}

static void put_str(struct out *o, const char *s)
{
	put(o, s, strlen(s) + 1);
}

static size_t count_strs(char *const *v)
{
	size_t n = 0;
	while (v && v[n])
		n++;
	return n;
}

/* Twice: once to size the buffer (o->p NULL), once to fill it. */
static void encode_body(const struct child_plan *p, struct out *o)
{
	for (int s = 0; s < p->nsteps; s++)
		for (char *const *a = p->steps[s].argv; *a; a++)
			put_str(o, *a);
	for (char *const *e = p->steps[0].envp; e && *e; e++)
		put_str(o, *e);
	put_str(o, p->source_name ? p->source_name : "");
	put(o, p->code ? p->code : "", p->code_len);
	for (size_t i = 0; i < p->nfiles; i++) {
		uint64_t len = p->files[i].len;
		put_str(o, p->files[i].name);
		put(o, &len, sizeof(len));
		put(o, p->files[i].data, p->files[i].len);
	}
	put_str(o, p->workdir ? p->workdir : "");
	if (p->rootfs)
		put_str(o, p->rootfs);
	for (size_t i = 0; i < p->nmounts; i++) {
		put_str(o, p->mounts[i].src);
		put_str(o, p->mounts[i].dst);
	}
}

int wire_encode(const struct child_plan *p, int fds[WIRE_MAX_FDS], int *nfds, err_t *err)
{
	struct wire_plan h;
	struct out o = {NULL, sizeof(h)};
	cleanup_close int fd = -1;

	for (int s = 1; s < p->nsteps; s++)
		if (p->steps[s].envp != p->steps[0].envp)
			return err_set(err, 0, "a warm plan has one environment for every step");
	if (p->nmounts > ENGINE_MAX_MOUNTS)
		return err_set(err, 0, "a warm plan has at most %d mounts", ENGINE_MAX_MOUNTS);
	encode_body(p, &o);
	memset(&h, 0, sizeof(h));
	h.magic = WIRE_MAGIC;
	h.flags = (p->notify ? WF_NOTIFY : 0) | (p->set_ids ? WF_SET_IDS : 0) |
		  (p->stdin_fd >= 0 ? WF_STDIN : 0) | (p->collect_fd >= 0 ? WF_COLLECT : 0) |
		  (p->net == NET_EGRESS ? WF_PROXY : 0) | (p->box ? WF_BOX : 0) |
		  (p->rootfs ? WF_ROOTFS : 0) | (p->cgroup_fd >= 0 ? WF_CGROUP : 0);
	h.nmounts = (uint32_t)p->nmounts;
	h.net = (uint32_t)p->net;
	h.nsteps = (uint32_t)p->nsteps;
	h.nfiles = (uint32_t)p->nfiles;
	h.envc = (uint32_t)count_strs(p->steps[0].envp);
	h.size = o.len;
	h.code_len = p->code_len;
	memcpy(h.scratch_bytes, p->scratch_bytes, sizeof(h.scratch_bytes));
	for (int s = 0; s < p->nsteps; s++) {
		const struct child_step *st = &p->steps[s];
		h.steps[s] = (struct wire_step){st->cpu_s,	    st->nproc,
						st->data_bytes,	    st->stack_bytes,
						st->merge_stderr,   (uint32_t)count_strs(st->argv)};
	}
	cleanup_free char *buf = xmalloc(o.len);
	o.p = buf;
	o.len = 0;
	put(&o, &h, sizeof(h));
	encode_body(p, &o);

	fd = memfd_create("airlock-plan", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0)
		return err_set(err, errno, "cannot create the warm plan's memfd");
	if (write_all(fd, buf, o.len) < 0 ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) < 0)
		return err_set(err, errno, "cannot write the warm plan");
	int n = 0;
	fds[n++] = steal_fd(&fd);
	fds[n++] = p->sync_fd;
	fds[n++] = p->report_fd;
	if (p->stdin_fd >= 0)
		fds[n++] = p->stdin_fd;
	if (p->collect_fd >= 0)
		fds[n++] = p->collect_fd;
	if (p->net == NET_EGRESS)
		fds[n++] = p->proxy_fd;
	if (p->box)
		fds[n++] = p->ctl_fd;
	if (p->cgroup_fd >= 0)
		fds[n++] = p->cgroup_fd;
	for (int s = 0; s < p->nsteps; s++) {
		fds[n++] = p->steps[s].out_fd;
		fds[n++] = p->steps[s].err_fd;
	}
	*nfds = n;
	return 0;
}

/* ---- the template's side ---- */

struct in {
	const char *p, *end;
};

static const char *get_str(struct in *in)
{
	const char *s = in->p;
	const char *nul = memchr(s, '\0', (size_t)(in->end - s));
	if (nul == NULL)
		return NULL;
	in->p = nul + 1;
	return s;
}

static const char *get(struct in *in, uint64_t n)
{
	const char *s = in->p;
	if (n > (uint64_t)(in->end - s))
		return NULL;
	in->p += n;
	return s;
}

static char **get_strs(struct in *in, uint32_t n)
{
	if (n > (uint64_t)(in->end - in->p)) /* each takes a byte at least */
		return NULL;
	char **v = xcalloc((size_t)n + 1, sizeof(char *));
	for (uint32_t i = 0; i < n; i++)
		if ((v[i] = (char *)get_str(in)) == NULL) {
			free(v);
			return NULL;
		}
	return v;
}

void wire_plan_free(struct child_plan *p)
{
	for (int s = 0; s < MAX_STEPS; s++)
		free((void *)p->steps[s].argv);
	free((void *)p->steps[0].envp);
	free((void *)p->files);
	free((void *)p->mounts);
	memset(p, 0, sizeof(*p));
}

static int decode_fds(struct child_plan *p, uint32_t flags, const int *fds, int nfds, err_t *err)
{
	int want = 3 + ((flags & WF_STDIN) != 0) + ((flags & WF_COLLECT) != 0) +
		   ((flags & WF_PROXY) != 0) + ((flags & WF_BOX) != 0) +
		   ((flags & WF_CGROUP) != 0) + 2 * p->nsteps;
	int n = 1;

	if (nfds != want)
		return err_set(err, 0, "a warm plan came with %d descriptors, not %d", nfds, want);
	p->sync_fd = fds[n++];
	p->report_fd = fds[n++];
	p->stdin_fd = flags & WF_STDIN ? fds[n++] : -1;
	p->collect_fd = flags & WF_COLLECT ? fds[n++] : -1;
	p->proxy_fd = flags & WF_PROXY ? fds[n++] : -1;
	p->ctl_fd = flags & WF_BOX ? fds[n++] : -1;
	p->cgroup_fd = flags & WF_CGROUP ? fds[n++] : -1;
	for (int s = 0; s < p->nsteps; s++) {
		p->steps[s].out_fd = fds[n++];
		p->steps[s].err_fd = fds[n++];
	}
	return 0;
}

int wire_decode(int memfd, const int *fds, int nfds, struct child_plan *p, void **map,
		size_t *map_len, err_t *err)
{
	struct wire_plan h;
	struct stat st;

	memset(p, 0, sizeof(*p));
	*map = NULL;
	if (fstat(memfd, &st) < 0 || (uint64_t)st.st_size < sizeof(h) ||
	    pread(memfd, &h, sizeof(h), 0) != (ssize_t)sizeof(h))
		return err_set(err, errno, "cannot read a warm plan");
	bool box = h.flags & WF_BOX;
	if (h.magic != WIRE_MAGIC || h.size != (uint64_t)st.st_size ||
	    h.nsteps < (box ? 0u : 1u) || h.nsteps > (box ? 0u : MAX_STEPS) ||
	    h.nmounts > ENGINE_MAX_MOUNTS || h.net > NET_EGRESS ||
	    (h.net == NET_EGRESS) != ((h.flags & WF_PROXY) != 0) ||
	    memchr(h.scratch_bytes, '\0', sizeof(h.scratch_bytes)) == NULL)
		return err_set(err, 0, "a warm plan is malformed");
	*map_len = (size_t)h.size;
	*map = mmap(NULL, *map_len, PROT_READ, MAP_PRIVATE, memfd, 0);
	if (*map == MAP_FAILED) {
		*map = NULL;
		return err_set(err, errno, "cannot map a warm plan");
	}
	struct in in = {(const char *)*map + sizeof(h), (const char *)*map + *map_len};

	p->nsteps = (int)h.nsteps;
	p->box = box;
	p->notify = h.flags & WF_NOTIFY;
	p->set_ids = h.flags & WF_SET_IDS;
	p->net = (enum net_mode)h.net;
	memcpy(p->scratch_bytes, h.scratch_bytes, sizeof(p->scratch_bytes));
	for (int s = 0; s < p->nsteps; s++) {
		struct child_step *cs = &p->steps[s];
		cs->cpu_s = h.steps[s].cpu_s;
		cs->nproc = h.steps[s].nproc;
		cs->data_bytes = h.steps[s].data_bytes;
		cs->stack_bytes = h.steps[s].stack_bytes;
		cs->merge_stderr = h.steps[s].merge_stderr != 0;
		if (h.steps[s].argc == 0 || (cs->argv = get_strs(&in, h.steps[s].argc)) == NULL)
			goto bad;
	}
	char **env = get_strs(&in, h.envc);
	if (env == NULL)
		goto bad;
	p->steps[0].envp = env; /* (freed from there when there is no step) */
	for (int s = 1; s < p->nsteps; s++)
		p->steps[s].envp = env;
	if ((p->source_name = get_str(&in)) == NULL || (p->code = get(&in, h.code_len)) == NULL)
		goto bad;
	if (p->source_name[0] == '\0') /* a box's */
		p->source_name = NULL;
	p->code_len = (size_t)h.code_len;
	if (h.nfiles > (uint64_t)(in.end - in.p) / (1 + sizeof(uint64_t)))
		goto bad;
	struct run_file *files = xcalloc(h.nfiles + 1, sizeof(*files));
	p->files = files;
	p->nfiles = h.nfiles;
	for (uint32_t i = 0; i < h.nfiles; i++) {
		const char *len = NULL;
		uint64_t n;
		if ((files[i].name = get_str(&in)) == NULL || (len = get(&in, sizeof(n))) == NULL)
			goto bad;
		memcpy(&n, len, sizeof(n));
		if ((files[i].data = get(&in, n)) == NULL)
			goto bad;
		files[i].len = (size_t)n;
	}
	if ((p->workdir = get_str(&in)) == NULL)
		goto bad;
	if (p->workdir[0] == '\0')
		p->workdir = NULL;
	if ((h.flags & WF_ROOTFS) && (p->rootfs = get_str(&in)) == NULL)
		goto bad;
	struct run_mount *mounts = xcalloc(h.nmounts + 1, sizeof(*mounts));
	p->mounts = mounts;
	p->nmounts = h.nmounts;
	for (uint32_t i = 0; i < h.nmounts; i++)
		if ((mounts[i].src = get_str(&in)) == NULL || (mounts[i].dst = get_str(&in)) == NULL)
			goto bad;
	if (in.p != in.end)
		goto bad;
	if (decode_fds(p, h.flags, fds, nfds, err) < 0) {
		wire_plan_free(p);
		munmap(*map, *map_len);
		*map = NULL;
		return -1;
	}
	return 0;
bad:
	wire_plan_free(p);
	munmap(*map, *map_len);
	*map = NULL;
	return err_set(err, 0, "a warm plan is malformed");
}

/* ---- the supervisor's side ---- */

void warm_pool_dir_for(const char *data_dir, char *buf, size_t size)
{
	struct sockaddr_un addr;
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	/* room for "/warm-LANG-NN.sock" */
	size_t room = sizeof(addr.sun_path) - 32;
	unsigned long h = 5381;

	if ((size_t)snprintf(buf, size, "%s/pool", data_dir) < (room < size ? room : size))
		return;
	for (const char *p = data_dir; *p; p++)
		h = h * 33 + (unsigned char)*p;
	if (geteuid() == 0)
		snprintf(buf, size, "/run/airlock/pool-%08lx", h & 0xffffffffUL);
	else if (xdg && xdg[0] == '/' && strlen(xdg) < 48)
		snprintf(buf, size, "%s/airlock-pool-%08lx", xdg, h & 0xffffffffUL);
	else
		snprintf(buf, size, "/tmp/airlock-%u-pool-%08lx", (unsigned)geteuid(),
			 h & 0xffffffffUL);
}

int warm_socket_path(const char *dir, const char *lang, char *buf, size_t size, err_t *err)
{
	struct sockaddr_un addr;
	if (size > sizeof(addr.sun_path))
		size = sizeof(addr.sun_path);
	if (snprintf(buf, size, "%s/warm-%s.sock", dir, lang) >= (int)size)
		return err_set(err, 0, "the warm template's socket path is too long: %s/warm-%s.sock",
			       dir, lang);
	return 0;
}

void sandbox_kill(pid_t pid, int pidfd)
{
	if (pidfd >= 0)
		syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, NULL, 0);
	else if (pid > 0)
		kill(pid, SIGKILL);
}

void sandbox_wait_gone(pid_t pid, int pidfd, bool cloned)
{
	if (pid <= 0)
		return;
	if (cloned) {
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		return;
	}
	struct pollfd p = {pidfd, POLLIN, 0};
	while (poll(&p, 1, -1) < 0 && errno == EINTR)
		;
}

int spawner_required_error(err_t *err, const err_t *why)
{
	return err_set(err, why ? why->errnum : 0,
		       "no sandbox without the spawner (config spawner: required): %s",
		       why ? why->msg : "it is off");
}

static int receive_reply(int sock, struct warm_started *ws, err_t *err)
{
	int *pidfd = &ws->pidfd;
	struct wire_reply r;
	struct pollfd pfd = {sock, POLLIN, 0};
	int nfds = 0;
	bool cut = false;

	*pidfd = -1;
	/* (errno only when poll failed: after a timeout it is a stale one) */
	int ready = poll(&pfd, 1, WARM_REPLY_TIMEOUT_MS);
	if (ready != 1)
		return err_set(err, ready < 0 ? errno : ETIMEDOUT,
			       "the warm template did not answer");
	ssize_t n = recv_fds(sock, &r, sizeof(r), pidfd, 1, &nfds, 0, &cut);
	if (n != (ssize_t)sizeof(r) || cut)
		goto bad;
	r.msg[sizeof(r.msg) - 1] = '\0';
	r.cgroup[sizeof(r.cgroup) - 1] = '\0';
	if (r.pid <= 0) {
		if (*pidfd >= 0)
			close(*pidfd);
		*pidfd = -1;
		return err_set(err, r.errnum, "the warm template could not start the sandbox: %s",
			       r.msg);
	}
	if (nfds != 1 || ((r.flags & WIRE_READY) && r.program <= 0))
		goto bad;
	ws->init = r.pid;
	ws->ready = r.flags & WIRE_READY;
	ws->into = r.flags & WIRE_INTO;
	snprintf(ws->cgroup, sizeof(ws->cgroup), "%s", r.cgroup);
	ws->program = ws->ready ? r.program : 0;
	return 0;
bad:
	if (nfds == 1)
		close(*pidfd);
	*pidfd = -1;
	return err_set(err, errno, "the warm template's answer is malformed");
}

int warm_spawn(const char *path, const struct child_plan *p, int *conn, struct warm_started *ws,
	       err_t *err)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	int fds[WIRE_MAX_FDS], nfds = 0;
	cleanup_close int sock = -1;

	*conn = -1;
	if (strlen(path) >= sizeof(addr.sun_path))
		return err_set(err, 0, "the warm template's socket path is too long: %s", path);
	memcpy(addr.sun_path, path, strlen(path) + 1);
	sock = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (sock < 0)
		return err_set(err, errno, "cannot create a socket");
	if (connect(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return err_set(err, errno, "no warm template at %s", path);
	/* The plan holds the program, its input and files: only a template
	 * of our own user may have them (and the sandbox it clones runs with
	 * the template's privileges). */
	struct ucred cred;
	socklen_t clen = sizeof(cred);
	if (getsockopt(sock, SOL_SOCKET, SO_PEERCRED, &cred, &clen) < 0)
		return err_set(err, errno, "cannot tell who runs the warm template at %s", path);
	if (cred.uid != geteuid())
		return err_set(err, 0, "the warm template at %s runs as uid %u, not as airlock",
			       path, (unsigned)cred.uid);
	if (wire_encode(p, fds, &nfds, err) < 0)
		return -1;
	uint32_t magic = WIRE_MAGIC;
	ssize_t sent = send_fds(sock, &magic, sizeof(magic), fds, nfds);
	close(fds[0]);
	if (sent != (ssize_t)sizeof(magic))
		return err_set(err, errno, "cannot send the plan to the warm template");
	memset(ws, 0, sizeof(*ws));
	ws->pidfd = -1;
	if (receive_reply(sock, ws, err) < 0)
		return -1;
	*conn = steal_fd(&sock);
	return 0;
}
