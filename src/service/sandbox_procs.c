/*
 * A sandbox's processes: the commands of service_sandbox_exec while they
 * run. The call that runs a command owns its entry (sandbox_proc_begin ..
 * sandbox_proc_end); other calls find it by pid or tag under the
 * sandbox's procs_lock to feed its stdin, signal it or follow its output.
 *
 * Output goes out from the command's thread to everyone who follows it:
 * the caller of the exec (until it has gone) and up to
 * SANDBOX_FOLLOWERS_MAX attached callers, each under procs_lock so that a
 * follower that leaves is never called again. An entry is freed by the
 * last of its owner and its followers.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "engine/box.h"
#include "service/internal.h"

#define SANDBOX_FOLLOWERS_MAX 8
#define STDIN_WAIT_MS 5000 /* how long a write waits for the command to read */
#define ATTACH_TICK_S 1

struct follower {
	const struct sandbox_io *io; /* NULL: a free place */
};

struct sandbox_proc {
	struct sandbox_proc *next;
	struct sandbox *sb;
	long pid;
	char tag[SANDBOX_TAG_MAX];
	json_t *info;	 /* the list's entry */
	int handle;	 /* box_exec's, for box_signal; -1 before and after */
	int stdin_w;	 /* the write end of its stdin pipe (or its terminal's master
			  * side); -1: none or closed */
	bool pty;	 /* on a terminal: stdin_w is its master, from box_exec */
	int refs;	 /* the owner's, and one per follower */
	bool done;	 /* its result is in end */
	bool owner_gone; /* the exec's caller left; the command runs on */
	json_t *end;
	const struct sandbox_io *owner;
	struct follower followers[SANDBOX_FOLLOWERS_MAX];
};

static void proc_put(struct sandbox_proc *p)
{
	/* with procs_lock held */
	if (--p->refs > 0)
		return;
	if (p->stdin_w >= 0)
		close(p->stdin_w);
	json_decref(p->info);
	json_decref(p->end);
	free(p);
}

/* ---- the owner's side: service_sandbox_exec ---- */

struct sandbox_proc *sandbox_proc_begin(struct sandbox *sb, const struct sandbox_exec_req *x,
					const struct sandbox_io *io, int *stdin_r, err_t *err)
{
	struct sandbox_proc *p = xcalloc(1, sizeof(*p));
	char now[STORE_TIME_MAX];
	int fds[2] = {-1, -1};

	*stdin_r = -1;
	if (x->stdin_open && x->pty_cols == 0) {
		if (pipe2(fds, O_CLOEXEC) < 0) {
			free(p);
			err_set(err, errno, "cannot make the command's stdin pipe");
			return NULL;
		}
		fcntl(fds[1], F_SETFL, O_NONBLOCK);
		*stdin_r = fds[0];
	}
	p->sb = sb;
	p->handle = -1;
	p->stdin_w = fds[1];
	p->pty = x->pty_cols > 0;
	p->refs = 1;
	p->owner = io;
	if (x->tag)
		snprintf(p->tag, sizeof(p->tag), "%s", x->tag);
	store_now(now);
	p->info = json_pack("{s:s, s:b, s:s}", "command", x->command, "stdin_open", x->stdin_open,
			    "started_at", now);
	if (x->tag)
		json_object_set_new(p->info, "tag", json_string(x->tag));
	if (x->cwd)
		json_object_set_new(p->info, "cwd", json_string(x->cwd));
	if (p->pty)
		json_object_set_new(
		    p->info, "pty",
		    json_pack("{s:i, s:i}", "cols", (int)x->pty_cols, "rows", (int)x->pty_rows));
	if (x->metadata)
		json_object_set_new(p->info, "metadata", json_deep_copy(x->metadata));
	pthread_mutex_lock(&sb->procs_lock);
	p->pid = sb->next_pid++;
	json_object_set_new(p->info, "pid", json_integer(p->pid));
	struct sandbox_proc **at = &sb->procs;
	while (*at)
		at = &(*at)->next;
	*at = p;
	pthread_mutex_unlock(&sb->procs_lock);
	return p;
}

long sandbox_proc_pid(const struct sandbox_proc *p)
{
	return p->pid;
}

int *sandbox_proc_handle(struct sandbox_proc *p)
{
	return &p->handle;
}

void sandbox_proc_pty(void *ctx, int master)
{
	struct sandbox_proc *p = ctx;

	pthread_mutex_lock(&p->sb->procs_lock);
	if (p->stdin_w >= 0)
		close(p->stdin_w);
	p->stdin_w = master;
	pthread_mutex_unlock(&p->sb->procs_lock);
}

/* box_exec's output_fn, after redaction: to everyone who follows. */
void sandbox_proc_output(void *ctx, int stream, const char *data, size_t len)
{
	struct sandbox_proc *p = ctx;

	pthread_mutex_lock(&p->sb->procs_lock);
	if (!p->owner_gone && p->owner && p->owner->on_output)
		p->owner->on_output(p->owner->ctx, stream, data, len);
	for (int i = 0; i < SANDBOX_FOLLOWERS_MAX; i++) {
		const struct sandbox_io *f = p->followers[i].io;
		if (f && f->on_output)
			f->on_output(f->ctx, stream, data, len);
	}
	pthread_mutex_unlock(&p->sb->procs_lock);
}

/* box_exec's present: the owner's answer, unless it may leave. */
bool sandbox_proc_present(void *ctx)
{
	struct sandbox_proc *p = ((struct sandbox_tap *)ctx)->ctx;
	const struct sandbox_io *io = p->owner;

	if (p->owner_gone || io == NULL || io->present == NULL || io->present(io->ctx))
		return true;
	if (!io->keep_when_gone)
		return false;
	pthread_mutex_lock(&p->sb->procs_lock);
	p->owner_gone = true; /* no more output to it */
	pthread_mutex_unlock(&p->sb->procs_lock);
	return true;
}

/* Its end: out (may be NULL) is what followers get. The entry leaves the
 * list; whoever follows it is woken. */
void sandbox_proc_end(struct sandbox_proc *p, const json_t *out)
{
	struct sandbox *sb = p->sb;

	pthread_mutex_lock(&sb->procs_lock);
	for (struct sandbox_proc **at = &sb->procs; *at; at = &(*at)->next)
		if (*at == p) {
			*at = p->next;
			break;
		}
	p->done = true;
	p->end = out ? json_deep_copy(out) : NULL;
	if (p->stdin_w >= 0) {
		close(p->stdin_w);
		p->stdin_w = -1;
	}
	pthread_cond_broadcast(&sb->procs_cv);
	proc_put(p);
	pthread_mutex_unlock(&sb->procs_lock);
}

/* ---- everyone else's side ---- */

/* With procs_lock held: the running command named pid or tag. */
static struct sandbox_proc *find(struct sandbox *sb, long pid, const char *tag)
{
	for (struct sandbox_proc *p = sb->procs; p; p = p->next)
		if (tag ? strcmp(p->tag, tag) == 0 : p->pid == pid)
			return p;
	return NULL;
}

static int not_found(struct svc_error *e, long pid, const char *tag)
{
	if (tag)
		return svc_error_set(e, SVC_NOT_FOUND, "no_such_process",
				     "no running process is tagged '%s'", tag);
	return svc_error_set(e, SVC_NOT_FOUND, "no_such_process", "no running process has pid %ld",
			     pid);
}

int service_sandbox_processes(struct service *s, const struct key_row *key, const char *id,
			      json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	json_t *list = json_array();

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0) {
		json_decref(list);
		return -1;
	}
	pthread_mutex_lock(&sb->procs_lock);
	for (struct sandbox_proc *p = sb->procs; p; p = p->next) {
		/* a terminal's command is listed once its terminal is there
		 * (sandbox_proc_pty): input and resizes reach it from then */
		if (p->pty && p->stdin_w < 0)
			continue;
		json_t *o = json_deep_copy(p->info);
		json_object_set_new(o, "stdin_open", json_boolean(p->stdin_w >= 0));
		json_array_append_new(list, o);
	}
	pthread_mutex_unlock(&sb->procs_lock);
	sandbox_release(s, sb);
	*out = json_pack("{s:o}", "processes", list);
	return 0;
}

/* The copy of its stdin's write end, to write without the lock. */
static int stdin_of(struct sandbox *sb, long pid, const char *tag, bool close_it, int *fd,
		    struct svc_error *e)
{
	int rc = 0;

	*fd = -1;
	pthread_mutex_lock(&sb->procs_lock);
	struct sandbox_proc *p = find(sb, pid, tag);
	if (p == NULL)
		rc = not_found(e, pid, tag);
	else if (p->stdin_w < 0)
		rc = svc_error_set(e, SVC_CONFLICT, "stdin_closed",
				   "process %ld has no open stdin (start it with \"stdin_open\": "
				   "true; once closed it stays closed)",
				   p->pid);
	else if (close_it && p->pty)
		rc = svc_error_set(e, SVC_CONFLICT, "not_a_pipe",
				   "process %ld is on a terminal: send ^D (\\x04) as its input "
				   "to end it",
				   p->pid);
	else if (close_it) {
		close(p->stdin_w);
		p->stdin_w = -1;
	} else if ((*fd = fcntl(p->stdin_w, F_DUPFD_CLOEXEC, 3)) < 0)
		rc = svc_error_set(e, SVC_INTERNAL, "internal_error",
				   "cannot copy the stdin descriptor: %s", strerror(errno));
	pthread_mutex_unlock(&sb->procs_lock);
	return rc;
}

static int stdin_write(int fd, const char *data, size_t len, struct svc_error *e)
{
	uint64_t deadline = monotonic_ms() + STDIN_WAIT_MS;

	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n > 0) {
			data += n;
			len -= (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EPIPE)
			return svc_error_set(e, SVC_CONFLICT, "stdin_closed",
					     "the process does not read its stdin any more");
		if (n < 0 && errno != EAGAIN)
			return svc_error_set(e, SVC_INTERNAL, "internal_error",
					     "cannot write to the process's stdin: %s",
					     strerror(errno));
		uint64_t now = monotonic_ms();
		if (now >= deadline)
			return svc_error_set(e, SVC_LIMITED, "stdin_full",
					     "the process has not read its stdin for %d s; "
					     "%zu bytes were not sent",
					     STDIN_WAIT_MS / 1000, len);
		struct pollfd pfd = {fd, POLLOUT, 0};
		poll(&pfd, 1, (int)(deadline - now));
	}
	return 0;
}

int service_sandbox_process_input(struct service *s, const struct key_row *key, const char *id,
				  long pid, const char *tag, const void *data, size_t len,
				  struct svc_error *e)
{
	struct sandbox *sb;
	int fd, rc;

	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	rc = stdin_of(sb, pid, tag, false, &fd, e);
	if (rc == 0) {
		rc = stdin_write(fd, data, len, e);
		close(fd);
	}
	sandbox_release(s, sb);
	return rc;
}

int service_sandbox_process_resize(struct service *s, const struct key_row *key, const char *id,
				   long pid, const char *tag, unsigned cols, unsigned rows,
				   struct svc_error *e)
{
	struct sandbox *sb;
	int rc = 0;
	err_t err;

	if (cols < 1 || cols > SANDBOX_PTY_MAX_COLS || rows < 1 || rows > SANDBOX_PTY_MAX_ROWS)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "a terminal has 1 to %d columns and 1 to %d rows",
				     SANDBOX_PTY_MAX_COLS, SANDBOX_PTY_MAX_ROWS);
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&sb->procs_lock);
	struct sandbox_proc *p = find(sb, pid, tag);
	if (p == NULL)
		rc = not_found(e, pid, tag);
	else if (!p->pty || p->stdin_w < 0)
		rc = svc_error_set(e, SVC_CONFLICT, "not_a_terminal",
				   "process %ld does not run on a terminal (start it with "
				   "\"pty\")",
				   p->pid);
	else if (box_pty_resize(p->stdin_w, cols, rows, &err) < 0)
		rc = svc_error_set(e, SVC_INTERNAL, "internal_error", "%s", err.msg);
	else {
		json_t *t = json_object_get(p->info, "pty");
		json_object_set_new(t, "cols", json_integer(cols));
		json_object_set_new(t, "rows", json_integer(rows));
	}
	pthread_mutex_unlock(&sb->procs_lock);
	sandbox_release(s, sb);
	return rc;
}

int service_sandbox_process_close(struct service *s, const struct key_row *key, const char *id,
				  long pid, const char *tag, struct svc_error *e)
{
	struct sandbox *sb;
	int fd;

	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	int rc = stdin_of(sb, pid, tag, true, &fd, e);
	sandbox_release(s, sb);
	return rc;
}

int service_sandbox_process_signal(struct service *s, const struct key_row *key, const char *id,
				   long pid, const char *tag, int sig, struct svc_error *e)
{
	struct sandbox *sb;
	err_t err;
	int rc = 0;

	if (sig < 1 || sig > 64)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "the signal must be a number from 1 to 64, not %d", sig);
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&sb->procs_lock);
	struct sandbox_proc *p = find(sb, pid, tag);
	err_clear(&err);
	if (p == NULL || p->handle < 0)
		rc = not_found(e, pid, tag);
	else if (box_signal(sb->box, p->handle, sig, &err) < 0)
		rc = err.errnum == ESRCH
			 ? not_found(e, pid, tag)
			 : svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "%s", err.msg);
	pthread_mutex_unlock(&sb->procs_lock);
	sandbox_release(s, sb);
	return rc;
}

int service_sandbox_process_attach(struct service *s, const struct key_row *key, const char *id,
				   long pid, const char *tag, const struct sandbox_io *io,
				   json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	int slot = -1, rc = 0;

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&sb->procs_lock);
	struct sandbox_proc *p = find(sb, pid, tag);
	if (p == NULL) {
		rc = not_found(e, pid, tag);
		goto out;
	}
	for (int i = 0; i < SANDBOX_FOLLOWERS_MAX && slot < 0; i++)
		if (p->followers[i].io == NULL)
			slot = i;
	if (slot < 0) {
		rc = svc_error_set(e, SVC_LIMITED, "too_many_followers",
				   "process %ld is followed by %d callers already", p->pid,
				   SANDBOX_FOLLOWERS_MAX);
		goto out;
	}
	p->refs++;
	if (io->on_start)
		io->on_start(io->ctx, p->pid); /* before any output reaches it */
	p->followers[slot].io = io;
	while (!p->done) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += ATTACH_TICK_S;
		pthread_cond_timedwait(&sb->procs_cv, &sb->procs_lock, &ts);
		if (p->done)
			break;
		pthread_mutex_unlock(&sb->procs_lock);
		bool here = io->present == NULL || io->present(io->ctx);
		pthread_mutex_lock(&sb->procs_lock);
		if (!here)
			break;
	}
	p->followers[slot].io = NULL;
	if (p->done && p->end)
		*out = json_deep_copy(p->end);
	else if (p->done)
		rc = svc_error_set(e, SVC_CONFLICT, "process_failed",
				   "process %ld could not be run to its end", p->pid);
	proc_put(p);
out:
	pthread_mutex_unlock(&sb->procs_lock);
	sandbox_release(s, sb);
	return rc;
}
