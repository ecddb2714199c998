/*
 * Watchers without a caller (service.h): the engine's box_watch of a
 * sandbox's directory, kept in the sandbox between calls. No thread reads
 * it: its events wait in the kernel's queue of its inotify descriptor
 * (bounded by fs.inotify.max_queued_events) until a call takes them. A
 * queue that overflowed lost events: the next call says so and the watcher
 * goes. Directories made below a recursive watcher are watched once a call
 * reads their creation (what was made in them before is not reported).
 */
#include <errno.h>
#include <string.h>

#include "common/utf8.h"
#include "engine/box.h"
#include "service/internal.h"

struct sandbox_watcher {
	struct sandbox_watcher *next;
	char id[SANDBOX_WATCHER_ID_MAX];
	int64_t key_id;
	struct box_watch *w;
};

static void watcher_free(struct sandbox *sb, struct sandbox_watcher *x)
{
	box_watch_free(x->w);
	free(x);
	sb->watchers--;
}

/* The sandbox's end (no call uses it): its watchers go before its box. */
static void watchers_end(struct sandbox *sb)
{
	pthread_mutex_lock(&sb->procs_lock);
	while (sb->pollers) {
		struct sandbox_watcher *x = sb->pollers;
		sb->pollers = x->next;
		watcher_free(sb, x);
	}
	pthread_mutex_unlock(&sb->procs_lock);
}

int service_sandbox_watcher_create(struct service *s, const struct key_row *key, const char *id,
				   const char *dir, bool recursive, char *out, struct svc_error *e)
{
	struct sandbox *sb;
	struct box_watch *w = NULL;
	err_t err;

	out[0] = 0;
	if (dir == NULL || dir[0] == 0 || strlen(dir) > 4096)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_path", "a path is required");
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	err_clear(&err);
	if (box_watch_start(sb->box, dir, recursive, &w, &err) < 0) {
		int rc = sandbox_file_error(&err, e);
		sandbox_release(s, sb);
		return rc;
	}
	pthread_mutex_lock(&sb->procs_lock);
	bool full = sb->watchers >= SANDBOX_WATCHERS_MAX;
	if (!full) {
		struct sandbox_watcher *x = xcalloc(1, sizeof(*x));
		service_new_id(x->id, sizeof(x->id), "w_", 8);
		x->key_id = key->id;
		x->w = w;
		x->next = sb->pollers;
		sb->pollers = x;
		sb->watchers++;
		sb->end_watchers = watchers_end;
		memcpy(out, x->id, SANDBOX_WATCHER_ID_MAX);
	}
	pthread_mutex_unlock(&sb->procs_lock);
	sandbox_release(s, sb);
	if (full) {
		box_watch_free(w);
		return svc_error_set(e, SVC_LIMITED, "too_many_watchers",
				     "the sandbox has %d watchers already; stop one",
				     SANDBOX_WATCHERS_MAX);
	}
	return 0;
}

/* The watcher wid of key in sb, unlinked when unlink (procs_lock held);
 * NULL with SVC_NOT_FOUND. */
static struct sandbox_watcher *find(struct sandbox *sb, const struct key_row *key, const char *wid,
				    bool unlink, struct svc_error *e)
{
	for (struct sandbox_watcher **p = &sb->pollers; *p; p = &(*p)->next) {
		struct sandbox_watcher *x = *p;
		if (strcmp(x->id, wid) != 0 || (!key->admin && x->key_id != key->id))
			continue;
		if (unlink)
			*p = x->next;
		return x;
	}
	svc_error_set(e, SVC_NOT_FOUND, "not_found", "no watcher %s in sandbox %s", wid, sb->id);
	return NULL;
}

struct gather {
	json_t *events;
	bool lost;
};

static void gather(void *ctx, enum box_watch_kind kind, const char *name)
{
	static const char *const types[] = {"", "create", "write", "remove", "rename", "chmod"};
	struct gather *g = ctx;

	if (kind == BOX_WATCH_LOST)
		g->lost = true;
	else if (kind > 0 && kind <= BOX_WATCH_CHMOD)
		json_array_append_new(g->events,
				      json_pack("{s:s, s:o}", "type", types[kind], "name",
						utf8_json(name)));
}

int service_sandbox_watcher_events(struct service *s, const struct key_row *key, const char *id,
				   const char *wid, json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	struct gather g = {json_array(), false};
	err_t err;
	int rc = 0;

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0) {
		json_decref(g.events);
		return -1;
	}
	pthread_mutex_lock(&sb->procs_lock);
	struct sandbox_watcher *x = find(sb, key, wid, false, e);
	if (x == NULL) {
		rc = -1;
		goto out;
	}
	err_clear(&err);
	int got = box_watch_wait(x->w, 0, -1, gather, &g, &err);
	if (got < 0 || g.lost) {
		find(sb, key, wid, true, e);
		watcher_free(sb, x);
		if (g.lost)
			rc = svc_error_set(e, SVC_LIMITED, "events_lost",
					   "watcher %s lost events: more came than the kernel "
					   "queues between two calls; it is removed, make another",
					   wid);
		else if (err.errnum == ENOENT)
			rc = svc_error_set(e, SVC_NOT_FOUND, "not_found",
					   "the directory of watcher %s is gone; it is removed",
					   wid);
		else
			rc = svc_error_set(e, SVC_INTERNAL, "watch_failed", "%s", err.msg);
	}
out:
	pthread_mutex_unlock(&sb->procs_lock);
	sandbox_release(s, sb);
	if (rc == 0)
		*out = g.events;
	else
		json_decref(g.events);
	return rc;
}

int service_sandbox_watcher_remove(struct service *s, const struct key_row *key, const char *id,
				   const char *wid, struct svc_error *e)
{
	struct sandbox *sb;

	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&sb->procs_lock);
	struct sandbox_watcher *x = find(sb, key, wid, true, e);
	if (x)
		watcher_free(sb, x);
	pthread_mutex_unlock(&sb->procs_lock);
	sandbox_release(s, sb);
	return x ? 0 : -1;
}
