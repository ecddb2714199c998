/*
 * Watching a directory of a sandbox's work directory (service.h): the
 * engine's box_watch (inotify from outside the box, links never
 * followed) while the caller is there, at most SANDBOX_WATCHERS_MAX at
 * once per sandbox. The sandbox's end (its cancel pipe) ends the watch.
 */
#include <errno.h>
#include <string.h>

#include "engine/box.h"
#include "service/internal.h"

#define WATCH_TICK_MS 1000

struct relay {
	const struct sandbox_watch_io *io;
};

static void relay(void *ctx, enum box_watch_kind kind, const char *name)
{
	static const char *const types[] = {"", "create", "write", "remove", "rename", "chmod"};
	const struct relay *r = ctx;

	if (r->io->on_event && kind > 0 && kind <= BOX_WATCH_CHMOD)
		r->io->on_event(r->io->ctx, types[kind], name);
}

static void leave(struct sandbox *sb)
{
	pthread_mutex_lock(&sb->procs_lock);
	sb->watchers--;
	pthread_mutex_unlock(&sb->procs_lock);
}

int service_sandbox_watch(struct service *s, const struct key_row *key, const char *id,
			  const char *dir, bool recursive, const struct sandbox_watch_io *io,
			  struct svc_error *e)
{
	struct sandbox *sb;
	struct box_watch *w = NULL;
	struct relay r = {io};
	err_t err;
	int rc = 0;

	if (dir == NULL || dir[0] == 0 || strlen(dir) > 4096)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_path", "a path is required");
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&sb->procs_lock);
	bool full = sb->watchers >= SANDBOX_WATCHERS_MAX;
	if (!full)
		sb->watchers++;
	pthread_mutex_unlock(&sb->procs_lock);
	if (full) {
		sandbox_release(s, sb);
		return svc_error_set(e, SVC_LIMITED, "too_many_watchers",
				     "the sandbox has %d watchers already; stop one",
				     SANDBOX_WATCHERS_MAX);
	}
	err_clear(&err);
	if (box_watch_start(sb->box, dir, recursive, &w, &err) < 0) {
		rc = sandbox_file_error(&err, e);
		goto out;
	}
	if (io->on_start)
		io->on_start(io->ctx);
	for (;;) {
		int got = box_watch_wait(w, WATCH_TICK_MS, sb->cancel[0], relay, &r, &err);
		if (got == 1) {
			rc = svc_error_set(e, SVC_CONFLICT, "sandbox_terminated",
					   "sandbox %s has ended", sb->id);
			break;
		}
		if (got < 0) {
			if (err.errnum != ENOENT)
				rc = svc_error_set(e, SVC_INTERNAL, "watch_failed", "%s", err.msg);
			break;
		}
		if (io->present && !io->present(io->ctx))
			break;
	}
out:
	box_watch_free(w);
	leave(sb);
	sandbox_release(s, sb);
	return rc;
}
