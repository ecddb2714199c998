/*
 * Sandboxes that live: the registry of live ones, their quotas, their
 * history in the store, and the reaper that ends them.
 *
 * A sandbox is a box of the engine (engine/box.h) with an id, a key, a
 * lifetime and an idle timeout. The registry holds the live ones in a list
 * under one lock; a call on one (exec, files) takes a reference
 * (sandbox_acquire) and gives it back when done, so a box is destroyed
 * only once no call uses it: ending a sandbox takes it out of the list
 * first (no new call finds it), writes its cancel pipe (commands running
 * in it stop), waits for the last reference, and only then destroys the
 * box. Whoever ends it (a caller's delete, the reaper, the service
 * stopping) does all of that on its own thread.
 *
 * The store keeps a row per sandbox from its creation: state running
 * (paused while it is: sandbox_pause_box), then terminated with the
 * reason and the usage it ended with. A live sandbox is shown from memory
 * (with its usage now), an ended one from its row; so a GET after the
 * end, or after a restart, still answers. Nothing keeps running
 * unobserved: at start every row still running or paused is a sandbox of
 * a run that stopped without ending it (kill -9), marked terminated with
 * reason "server_restart"; at stop every live one ends with reason
 * "server_stop".
 *
 * The reaper looks once a second: a sandbox whose lifetime ran out ends
 * "expired", one unused for its idle timeout "idle", one whose box ended
 * by itself (a box limit: memory, CPU over its life) with that reason.
 * One made with on_timeout "pause" is paused instead of ending expired or
 * idle; a paused one (so, or by a call) ends "paused_expired" after
 * paused_max_s: it still holds its memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "engine/box.h"
#include "engine/result.h"
#include "image/image.h"
#include "service/internal.h"

#define REAP_INTERVAL_MS 1000

/* ms since the epoch: the clock of a sandbox's expires_ms */
int64_t sandbox_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ms since the epoch as store_now writes times. */
void time_text(int64_t ms, char out[STORE_TIME_MAX])
{
	time_t t = (time_t)(ms / 1000);
	struct tm tm;
	char day[24];

	gmtime_r(&t, &tm);
	strftime(day, sizeof(day), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, STORE_TIME_MAX, "%s.%03dZ", day, (int)(ms % 1000));
}

void sandboxes_init(struct sandboxes *r)
{
	memset(r, 0, sizeof(*r));
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->wake, NULL);
}

void sandboxes_destroy(struct sandboxes *r)
{
	pthread_mutex_destroy(&r->lock);
	pthread_cond_destroy(&r->wake);
}

static void sandbox_free(struct sandbox *sb)
{
	pthread_cond_destroy(&sb->procs_cv);
	pthread_mutex_destroy(&sb->procs_lock);
	pthread_mutex_destroy(&sb->pause_lock);
	if (sb->cancel[0] >= 0)
		close(sb->cancel[0]);
	if (sb->cancel[1] >= 0)
		close(sb->cancel[1]);
	json_decref(sb->env);
	json_decref(sb->metadata);
	free(sb->envv);
	free(sb->image);
	free(sb->rootfs);
	for (size_t i = 0; i < sb->nmounts; i++)
		free((char *)sb->mounts[i].dst);
	free(sb->egress);
	json_decref(sb->net_allow);
	free(sb->samples);
	free(sb);
}

static json_t *limits_json(const struct limits *l, double cpu_total_s)
{
	json_t *o = limits_to_json(l);
	json_object_set_new(o, "cpu_total_s",
			    cpu_total_s > 0 ? json_real(cpu_total_s) : json_null());
	return o;
}

static json_t *usage_json(const struct box_status *st)
{
	return json_pack("{s:I, s:I, s:I, s:I, s:I}", "cpu_ms", (json_int_t)st->cpu_ms, "memory_kb",
			 (json_int_t)st->memory_kb, "memory_peak_kb",
			 (json_int_t)st->memory_peak_kb, "disk_used_kb",
			 (json_int_t)st->disk_used_kb, "processes", (json_int_t)st->processes);
}

/* The sandbox object of a live sandbox (a reference is held; the caller
 * read the times under the registry's lock, taken here for its allow-list,
 * which service_sandbox_set_net replaces). */
static json_t *live_json(struct service *s, struct sandbox *sb, int64_t expires_ms, bool paused)
{
	char expires[STORE_TIME_MAX];
	struct box_status st;

	time_text(expires_ms, expires);
	memset(&st, 0, sizeof(st));
	box_status(sb->box, &st);
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:I, s:I, s:o, s:o}", "id", sb->id, "state",
			      paused ? "paused" : "running", "created_at", sb->created_at,
			      "expires_at", expires, "timeout_s", (json_int_t)sb->timeout_s,
			      "idle_timeout_s", (json_int_t)sb->idle_timeout_s, "limits",
			      limits_json(&sb->limits, sb->cpu_total_s), "usage", usage_json(&st));
	json_object_set_new(o, "on_timeout", json_string(sb->pause_on_timeout ? "pause" : "end"));
	json_object_set_new(o, "auto_resume", json_boolean(sb->auto_resume));
	json_object_set_new(o, "metadata",
			    sb->metadata ? json_deep_copy(sb->metadata) : json_object());
	if (sb->image)
		json_object_set_new(o, "image", json_string(sb->image));
	pthread_mutex_lock(&s->sandboxes.lock);
	json_t *allow = sb->net_allow ? json_incref(sb->net_allow) : NULL;
	pthread_mutex_unlock(&s->sandboxes.lock);
	if (allow)
		json_object_set_new(o, "net", json_pack("{s:o}", "allow", allow));
	if (sb->nmounts) {
		json_t *m = json_array();
		for (size_t i = 0; i < sb->nmounts; i++)
			json_array_append_new(m, json_pack("{s:s, s:s}", "name", sb->mount_names[i],
							   "target", sb->mounts[i].dst));
		json_object_set_new(o, "mounts", m);
	}
	return o;
}

/* running or paused: a live sandbox's row (or one of a run that stopped) */
static bool row_lives(const struct sandbox_row *r)
{
	return strcmp(r->state, "running") == 0 || strcmp(r->state, "paused") == 0;
}

static json_t *row_json(const struct sandbox_row *r)
{
	json_t *o =
	    json_pack("{s:s, s:s, s:s, s:s, s:I, s:I}", "id", r->id, "state", r->state,
		      "created_at", r->created_at, "expires_at", r->expires_at, "timeout_s",
		      (json_int_t)r->timeout_s, "idle_timeout_s", (json_int_t)r->idle_timeout_s);
	json_t *lim = stored_json(r->limits_json), *meta = stored_json(r->meta_json),
	       *use = stored_json(r->usage_json);
	json_object_set_new(o, "limits", lim ? lim : json_object());
	json_object_set_new(o, "metadata", meta ? meta : json_object());
	if (!row_lives(r)) {
		json_object_set_new(o, "reason", json_string(r->reason));
		json_object_set_new(o, "ended_at", json_string(r->ended_at));
	}
	json_object_set_new(o, "usage", use ? use : json_null());
	return o;
}

/* ---- the registry ---- */

static struct sandbox *find_locked(struct sandboxes *r, const char *id)
{
	for (struct sandbox *sb = r->list; sb; sb = sb->next)
		if (sb->box && strcmp(sb->id, id) == 0)
			return sb;
	return NULL;
}

/* Out of the list, so no new call finds it. With the lock held. */
static void unlist_locked(struct sandboxes *r, struct sandbox *sb)
{
	for (struct sandbox **p = &r->list; *p; p = &(*p)->next)
		if (*p == sb) {
			*p = sb->next;
			break;
		}
	sb->ending = true;
	r->live--;
}

/* The row of sandbox id if this key may see it; SVC_NOT_FOUND otherwise. */
static int visible_row(struct service *s, const struct key_row *key, const char *id,
		       struct sandbox_row *row, struct svc_error *e)
{
	bool found = false;
	err_t err;

	err_clear(&err);
	if (strlen(id) >= STORE_ID_MAX)
		return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no sandbox %.64s", id);
	if (s->st->be->sandbox_get(s->st, id, row, &found, &err) < 0)
		return svc_error_store(e, &err);
	if (found && (key->admin || row->key_id == key->id))
		return 0;
	if (found)
		sandbox_row_free(row);
	return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no sandbox %s", id);
}

static void put(struct service *s, struct sandbox *sb, bool used);

/* What acquire does with a paused sandbox. */
enum acquire_mode {
	ACQUIRE_USE,   /* resume it when it has auto_resume, else SVC_CONFLICT */
	ACQUIRE_AWAKE, /* SVC_CONFLICT */
	ACQUIRE_ANY,   /* take it as it is */
};

/* A paused sandbox a call holds resumed to be used (auto_resume): once,
 * however many calls race (sandbox_resume_box). */
static int wake(struct service *s, struct sandbox *sb, struct svc_error *e)
{
	err_t err;

	err_clear(&err);
	if (sandbox_resume_box(s, sb, "auto_resume", &err) >= 0)
		return 0;
	log_error(s, sb->id, err.msg);
	if (err.errnum == ESRCH)
		return svc_error_set(e, SVC_CONFLICT, "sandbox_terminated", "sandbox %s has ended",
				     sb->id);
	return svc_error_set(e, SVC_INTERNAL, "resume_failed", "cannot resume sandbox %s: %s",
			     sb->id, err.msg);
}

static int acquire(struct service *s, const struct key_row *key, const char *id,
		   struct sandbox **out, enum acquire_mode mode, struct svc_error *e)
{
	struct sandboxes *r = &s->sandboxes;
	struct sandbox_row row;

	pthread_mutex_lock(&r->lock);
	struct sandbox *sb = find_locked(r, id);
	if (sb && (key->admin || sb->key_id == key->id)) {
		bool paused = sb->paused && mode != ACQUIRE_ANY;
		if (paused && !(mode == ACQUIRE_USE && sb->auto_resume)) {
			pthread_mutex_unlock(&r->lock);
			*out = NULL;
			return svc_error_set(e, SVC_CONFLICT, "sandbox_paused",
					     "sandbox %s is paused; resume it first", id);
		}
		sb->refs++;
		pthread_mutex_unlock(&r->lock);
		*out = NULL;
		if (paused && wake(s, sb, e) < 0) {
			put(s, sb, false);
			return -1;
		}
		*out = sb;
		return 0;
	}
	pthread_mutex_unlock(&r->lock);
	*out = NULL;
	if (visible_row(s, key, id, &row, e) < 0)
		return -1;
	sandbox_row_free(&row);
	return svc_error_set(e, SVC_CONFLICT, "sandbox_terminated", "sandbox %s has ended", id);
}

int sandbox_acquire(struct service *s, const struct key_row *key, const char *id,
		    struct sandbox **out, struct svc_error *e)
{
	return acquire(s, key, id, out, ACQUIRE_USE, e);
}

int sandbox_acquire_awake(struct service *s, const struct key_row *key, const char *id,
			  struct sandbox **out, struct svc_error *e)
{
	return acquire(s, key, id, out, ACQUIRE_AWAKE, e);
}

int sandbox_acquire_paused(struct service *s, const struct key_row *key, const char *id,
			   struct sandbox **out, struct svc_error *e)
{
	return acquire(s, key, id, out, ACQUIRE_ANY, e);
}

static void put(struct service *s, struct sandbox *sb, bool used)
{
	struct sandboxes *r = &s->sandboxes;

	pthread_mutex_lock(&r->lock);
	if (used)
		sb->last_used_ms = sandbox_now_ms();
	sb->refs--;
	if (sb->ending)
		pthread_cond_broadcast(&r->wake);
	pthread_mutex_unlock(&r->lock);
}

void sandbox_release(struct service *s, struct sandbox *sb)
{
	put(s, sb, true);
}

void sandbox_release_unused(struct service *s, struct sandbox *sb)
{
	put(s, sb, false);
}

/* Ends a sandbox taken out of the list: its commands are told to stop,
 * the last call on it is waited for, then its box goes and its row says
 * why. */
static void end_unlisted(struct service *s, struct sandbox *sb, const char *reason)
{
	struct sandboxes *r = &s->sandboxes;
	char now[STORE_TIME_MAX], summary[160];
	struct box_status st;
	err_t err;

	if (write(sb->cancel[1], "x", 1) < 0 && errno != EAGAIN)
		log_error(s, sb->id, "cannot tell the sandbox's commands to stop");
	memset(&st, 0, sizeof(st));
	box_status(sb->box, &st);  /* its usage as it ends */
	box_kill(sb->box, reason); /* running commands return; new ones cannot start */
	pthread_mutex_lock(&r->lock);
	while (sb->refs > 0)
		pthread_cond_wait(&r->wake, &r->lock);
	pthread_mutex_unlock(&r->lock);
	if (sb->end_contexts)
		sb->end_contexts(sb); /* their interpreters ended with the box */
	if (sb->end_watchers)
		sb->end_watchers(sb); /* their descriptors are in its work directory */
	box_destroy(sb->box);
	sb->box = NULL;
	json_t *use = usage_json(&st);
	char *use_text = json_dumps(use, JSON_COMPACT);
	json_decref(use);
	store_now(now);
	err_clear(&err);
	if (s->st->be->sandbox_end(s->st, sb->id, reason, now, use_text, &err) < 0)
		log_error(s, sb->id, err.msg);
	free(use_text);
	snprintf(summary, sizeof(summary), "id=%s reason=%s cpu_ms=%llu", sb->id, reason,
		 (unsigned long long)st.cpu_ms);
	record_audit(s, "sandbox_end", sb->id, sb->key_id, "", summary);
	service_log(s, json_pack("{s:s, s:s, s:s}", "event", "sandbox_end", "id", sb->id, "reason",
				 reason));
	sandbox_free(sb);
}

void sandbox_end_acquired(struct service *s, struct sandbox *sb, const char *reason)
{
	struct sandboxes *r = &s->sandboxes;

	pthread_mutex_lock(&r->lock);
	bool mine = !sb->ending;
	if (mine)
		unlist_locked(r, sb);
	pthread_mutex_unlock(&r->lock);
	put(s, sb, false);
	if (mine)
		end_unlisted(s, sb, reason);
}

void sandboxes_counts(struct service *s, int *live, uint64_t *execs)
{
	pthread_mutex_lock(&s->sandboxes.lock);
	*live = s->sandboxes.live;
	*execs = s->sandboxes.execs;
	pthread_mutex_unlock(&s->sandboxes.lock);
}

/* ---- create ---- */

/* Room for one more of this key's: SVC_LIMITED when there is none. The
 * place is taken (live++) and given back by unreserve. */
static int reserve(struct service *s, struct sandbox *sb, struct svc_error *e)
{
	struct sandboxes *r = &s->sandboxes;
	int mine = 0, ret = 0;

	pthread_mutex_lock(&r->lock);
	for (struct sandbox *x = r->list; x; x = x->next)
		mine += x->key_id == sb->key_id;
	if (r->stop)
		ret = svc_error_set(e, SVC_UNAVAILABLE, "stopping", "the server is stopping");
	else if (r->live >= s->cfg.max_sandboxes)
		ret = svc_error_set(e, SVC_LIMITED, "too_many_sandboxes",
				    "the server has %d live sandboxes, its maximum "
				    "(max_sandboxes); delete one or try later",
				    r->live);
	else if (mine >= s->cfg.max_sandboxes_per_key)
		ret = svc_error_set(e, SVC_LIMITED, "too_many_sandboxes",
				    "this key has %d live sandboxes, its maximum "
				    "(max_sandboxes_per_key); delete one first",
				    mine);
	if (ret == 0) {
		r->live++;
		sb->next = r->list; /* box NULL: counted, not yet found */
		r->list = sb;
	} else {
		e->retry_after_s = 1;
	}
	pthread_mutex_unlock(&r->lock);
	return ret;
}

static void unreserve(struct service *s, struct sandbox *sb)
{
	pthread_mutex_lock(&s->sandboxes.lock);
	unlist_locked(&s->sandboxes, sb);
	pthread_mutex_unlock(&s->sandboxes.lock);
}

static struct sandbox *sandbox_new(const struct key_row *key, struct sandbox_create_req *c)
{
	struct sandbox *sb = xcalloc(1, sizeof(*sb));
	const char *k;
	json_t *v;

	service_new_id(sb->id, sizeof(sb->id), "sb_", 12);
	sb->key_id = key->id;
	sb->cancel[0] = sb->cancel[1] = -1;
	pthread_mutex_init(&sb->procs_lock, NULL); /* its processes: sandbox_procs.c */
	pthread_cond_init(&sb->procs_cv, NULL);
	pthread_mutex_init(&sb->pause_lock, NULL);
	sb->next_pid = 1;
	sb->timeout_s = c->timeout_s;
	sb->idle_timeout_s = c->idle_timeout_s;
	sb->pause_on_timeout = c->pause_on_timeout;
	sb->auto_resume = c->auto_resume;
	sb->limits = c->limits;
	sb->cpu_total_s = c->cpu_total_s;
	sb->metadata = c->metadata;
	sb->env = c->env;
	c->metadata = c->env = NULL;
	sb->image = c->image;
	c->image = NULL;
	memcpy(sb->mounts, c->mounts, sizeof(sb->mounts));
	memcpy(sb->mount_names, c->mount_names, sizeof(sb->mount_names));
	sb->nmounts = c->nmounts;
	c->nmounts = 0; /* the sandbox owns the targets now */
	sb->egress = c->egress;
	sb->net_allow = c->net_allow;
	c->egress = NULL;
	c->net_allow = NULL;
	if (sb->env) {
		sb->envv = xcalloc(json_object_size(sb->env) + 1, sizeof(*sb->envv));
		json_object_foreach(sb->env, k, v) sb->envv[sb->nenv++] =
		    (struct run_env){k, json_string_value(v)};
	}
	return sb;
}

/* Its row, running. */
static int store_row(struct service *s, struct sandbox *sb, err_t *err)
{
	struct sandbox_row row;
	json_t *lim = limits_json(&sb->limits, sb->cpu_total_s);

	memset(&row, 0, sizeof(row));
	snprintf(row.id, sizeof(row.id), "%s", sb->id);
	row.key_id = sb->key_id;
	snprintf(row.state, sizeof(row.state), "running");
	snprintf(row.created_at, sizeof(row.created_at), "%s", sb->created_at);
	time_text(sb->expires_ms, row.expires_at);
	row.timeout_s = sb->timeout_s;
	row.idle_timeout_s = sb->idle_timeout_s;
	row.limits_json = json_dumps(lim, JSON_COMPACT);
	row.meta_json = sb->metadata ? json_dumps(sb->metadata, JSON_COMPACT) : NULL;
	json_decref(lim);
	int ret = s->st->be->sandbox_insert(s->st, &row, err);
	free(row.limits_json);
	free(row.meta_json);
	return ret;
}

/* msg with the host paths of the sandbox's mounts replaced by their names:
 * a client knows a mount by its name only. */
static void hide_sources(const struct sandbox *sb, const char *msg, char *out, size_t size)
{
	struct buf b = {0};

	while (*msg) {
		size_t i;
		for (i = 0; i < sb->nmounts; i++) {
			size_t n = strlen(sb->mounts[i].src);
			if (strncmp(msg, sb->mounts[i].src, n) == 0) {
				buf_append(&b, sb->mount_names[i], strlen(sb->mount_names[i]));
				msg += n;
				break;
			}
		}
		if (i == sb->nmounts)
			buf_append(&b, msg++, 1);
	}
	snprintf(out, size, "%.*s", (int)b.len, b.data ? b.data : "");
	buf_free(&b);
}

static int make_box(struct service *s, struct sandbox *sb, struct box **box, struct svc_error *e)
{
	struct box_spec spec = {
	    .limits = sb->limits,
	    .cpu_total_s = sb->cpu_total_s,
	    .env = sb->envv,
	    .nenv = sb->nenv,
	    .id = sb->id + 3, /* the hex: a cgroup's name takes no '_' */
	    .mounts = sb->mounts,
	    .nmounts = sb->nmounts,
	    .egress = sb->egress,
	};
	char spawner[160];
	err_t err;

	spec.spawner_socket =
	    warm_pool_spawner(s, spawner, sizeof(spawner), &spec.spawner_required);
	if (sb->image) {
		struct image_info info;
		if (s->cfg.data_dir[0] == '\0' ||
		    image_lookup(s->cfg.data_dir, sb->image, &info, &err) < 0)
			return svc_error_set(e, SVC_INVALID, "unknown_image", "%s",
					     s->cfg.data_dir[0] ? err.msg
								: "this service keeps no images");
		sb->rootfs = info.rootfs;
		info.rootfs = NULL;
		image_info_free(&info);
		spec.rootfs = sb->rootfs;
	}

	if (sb->nmounts && engine_check_mounts(s->eng, sb->mounts, sb->nmounts, spec.rootfs,
					       BOX_WORKDIR, &err) < 0) {
		char msg[sizeof(err.msg)];
		hide_sources(sb, err.msg, msg, sizeof(msg));
		return svc_error_set(e, SVC_INVALID, "invalid_mount", "%s", msg);
	}
	if (pipe2(sb->cancel, O_CLOEXEC | O_NONBLOCK) < 0)
		return svc_error_set(e, SVC_INTERNAL, "sandbox_failed",
				     "cannot make the sandbox's cancel pipe: %s", strerror(errno));
	err_clear(&err);
	if (box_create(s->eng, &spec, box, &err) < 0) {
		*box = NULL;
		return svc_error_set(e, SVC_INTERNAL, "sandbox_failed",
				     "cannot start the sandbox: %s", err.msg);
	}
	return 0;
}

int service_sandbox_create(struct service *s, const struct key_row *key, const json_t *req,
			   json_t **out, struct svc_error *e)
{
	struct sandbox_create_req c;
	char summary[200];
	err_t err;

	*out = NULL;
	if (sandbox_create_parse(req, &s->cfg, &c, e) < 0)
		return -1;
	if (service_egress_within_key(key, c.egress, e) < 0 ||
	    quota_egress_admit(s, key->id, c.egress, e) < 0) {
		sandbox_create_req_free(&c);
		return -1;
	}
	struct sandbox *sb = sandbox_new(key, &c);
	sandbox_create_req_free(&c);
	if (reserve(s, sb, e) < 0) {
		sandbox_free(sb);
		return -1;
	}
	int64_t now = sandbox_now_ms();
	time_text(now, sb->created_at);
	sb->expires_ms = now + sb->timeout_s * 1000;
	sb->last_used_ms = now;
	struct box *box = NULL;
	if (make_box(s, sb, &box, e) < 0) {
		unreserve(s, sb);
		sandbox_free(sb);
		return -1;
	}
	err_clear(&err);
	if ((sb->pause_on_timeout || sb->auto_resume) &&
	    box_can_pause(box, &err) < 0) { /* rootless: no freezer */
		unreserve(s, sb);
		box_destroy(box);
		sandbox_free(sb);
		return svc_error_set(
		    e, SVC_NOT_IMPLEMENTED, "pause_unsupported", "%s needs the cgroup freezer: %s",
		    sb->pause_on_timeout ? "on_timeout \"pause\"" : "auto_resume", err.msg);
	}
	if (store_row(s, sb, &err) < 0) {
		unreserve(s, sb);
		box_destroy(box);
		sandbox_free(sb);
		return svc_error_store(e, &err);
	}
	snprintf(summary, sizeof(summary), "id=%s timeout_s=%lld memory_mb=%llu disk_mb=%llu",
		 sb->id, (long long)sb->timeout_s, (unsigned long long)sb->limits.memory_limit_mb,
		 (unsigned long long)sb->limits.disk_limit_mb);
	record_audit(s, "sandbox_create", sb->id, sb->key_id, "", summary);
	service_log(s, json_pack("{s:s, s:s, s:s}", "event", "sandbox_create", "id", sb->id, "key",
				 key->name));
	pthread_mutex_lock(&s->sandboxes.lock);
	sb->box = box; /* found from now on */
	sb->refs++;
	bool stopping = s->sandboxes.stop; /* sandboxes_stop ran meanwhile */
	pthread_mutex_unlock(&s->sandboxes.lock);
	*out = live_json(s, sb, sb->expires_ms, false);
	if (stopping)
		sandbox_end_acquired(s, sb, "server_stop");
	else
		sandbox_release(s, sb);
	return 0;
}

/* ---- read, list, delete, timeout ---- */

/* The object of a live one of this key, or NULL. */
static json_t *live_object(struct service *s, const struct key_row *key, const char *id)
{
	struct sandboxes *r = &s->sandboxes;

	pthread_mutex_lock(&r->lock);
	struct sandbox *sb = find_locked(r, id);
	if (sb == NULL || !(key->admin || sb->key_id == key->id)) {
		pthread_mutex_unlock(&r->lock);
		return NULL;
	}
	sb->refs++;
	int64_t expires = sb->expires_ms;
	bool paused = sb->paused;
	pthread_mutex_unlock(&r->lock);
	json_t *o = live_json(s, sb, expires, paused);
	put(s, sb, false);
	return o;
}

json_t *sandbox_live_json(struct service *s, struct sandbox *sb)
{
	pthread_mutex_lock(&s->sandboxes.lock);
	int64_t expires = sb->expires_ms;
	bool paused = sb->paused;
	pthread_mutex_unlock(&s->sandboxes.lock);
	return live_json(s, sb, expires, paused);
}

int service_sandbox_get(struct service *s, const struct key_row *key, const char *id, json_t **out,
			struct svc_error *e)
{
	struct sandbox_row row;

	if ((*out = live_object(s, key, id)) != NULL)
		return 0;
	if (visible_row(s, key, id, &row, e) < 0)
		return -1;
	*out = row_json(&row);
	sandbox_row_free(&row);
	return 0;
}

int service_sandbox_list(struct service *s, const struct key_row *key, json_t **out,
			 struct svc_error *e)
{
	static struct sandbox_row rows[SERVICE_SANDBOX_LIST_MAX];
	static pthread_mutex_t rows_lock = PTHREAD_MUTEX_INITIALIZER;
	err_t err;

	*out = NULL;
	err_clear(&err);
	pthread_mutex_lock(&rows_lock); /* rows is too large for a thread's stack */
	int n = s->st->be->sandbox_list(s->st, key->admin ? -1 : key->id, rows,
					SERVICE_SANDBOX_LIST_MAX, &err);
	if (n < 0) {
		pthread_mutex_unlock(&rows_lock);
		return svc_error_store(e, &err);
	}
	json_t *list = json_array();
	for (int i = 0; i < n; i++) {
		json_t *o = row_lives(&rows[i]) ? live_object(s, key, rows[i].id) : NULL;
		json_array_append_new(list, o ? o : row_json(&rows[i]));
		sandbox_row_free(&rows[i]);
	}
	pthread_mutex_unlock(&rows_lock);
	*out = json_pack("{s:o}", "sandboxes", list);
	return 0;
}

int service_sandbox_destroy(struct service *s, const struct key_row *key, const char *id,
			    json_t **out, struct svc_error *e)
{
	struct sandbox *sb;

	*out = NULL;
	if (sandbox_acquire_paused(s, key, id, &sb, e) < 0)
		return -1;
	sandbox_end_acquired(s, sb, "deleted");
	return service_sandbox_get(s, key, id, out, e);
}

int service_sandbox_set_timeout(struct service *s, const struct key_row *key, const char *id,
				const json_t *req, json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	char expires[STORE_TIME_MAX];
	int64_t t;
	err_t err;

	*out = NULL;
	if (sandbox_timeout_parse(req, &s->cfg, &t, e) < 0 ||
	    sandbox_acquire_awake(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&s->sandboxes.lock);
	sb->expires_ms = sandbox_now_ms() + t * 1000;
	sb->timeout_s = t;
	int64_t exp = sb->expires_ms;
	pthread_mutex_unlock(&s->sandboxes.lock);
	time_text(exp, expires);
	err_clear(&err);
	if (s->st->be->sandbox_set_expiry(s->st, sb->id, expires, t, &err) < 0)
		log_error(s, sb->id, err.msg);
	*out = live_json(s, sb, exp, false);
	sandbox_release(s, sb);
	return 0;
}

int service_sandbox_set_net(struct service *s, const struct key_row *key, const char *id,
			    const json_t *req, json_t **out, struct svc_error *e)
{
	struct egress_policy *pol;
	struct sandbox *sb;
	char summary[600];
	err_t err;

	*out = NULL;
	if (request_egress_parse(req, &s->cfg, &pol, e) < 0)
		return -1;
	if (service_egress_within_key(key, pol, e) < 0 ||
	    sandbox_acquire_paused(s, key, id, &sb, e) < 0) {
		free(pol);
		return -1;
	}
	err_clear(&err);
	if (box_set_egress(sb->box, pol, &err) < 0) {
		free(pol);
		sandbox_release_unused(s, sb);
		return svc_error_set(e, SVC_CONFLICT, "egress_unavailable",
				     "sandbox %s was made without egress: only one made with "
				     "\"net\": {\"allow\": [...]} (an empty list allows nothing) "
				     "can change its allow-list",
				     id);
	}
	json_t *allow = json_deep_copy(json_object_get(req, "allow"));
	pthread_mutex_lock(&s->sandboxes.lock);
	json_t *old = sb->net_allow;
	sb->net_allow = allow;
	pthread_mutex_unlock(&s->sandboxes.lock);
	json_decref(old);
	int n = snprintf(summary, sizeof(summary), "id=%s allow=", sb->id);
	for (size_t i = 0; i < pol->nrules && n > 0 && (size_t)n < sizeof(summary); i++) {
		char host[NET_HOST_MAX + 16];
		if (egress_rule_format(&pol->rules[i], host, sizeof(host)) == 0)
			n += snprintf(summary + n, sizeof(summary) - (size_t)n, "%s%s",
				      i ? "," : "", host);
	}
	free(pol);
	record_audit(s, "sandbox_net", sb->id, sb->key_id, "", summary);
	*out = sandbox_live_json(s, sb);
	sandbox_release_unused(s, sb);
	return 0;
}

/* ---- the reaper ---- */

static const char *reason_of_ended_box(const char *why)
{
	if (strstr(why, "memory"))
		return "memory_limit";
	if (strstr(why, "cpu") || strstr(why, "CPU"))
		return "cpu_limit";
	return "ended";
}

#define REAP_BATCH 64

/* ---- pause and resume (sandbox_pause.c's calls, the reaper, auto_resume) ---- */

int sandbox_pause_box(struct service *s, struct sandbox *sb, const char *why, err_t *err)
{
	struct sandboxes *r = &s->sandboxes;
	char summary[64];
	err_t serr;
	int rc = 0;

	pthread_mutex_lock(&sb->pause_lock);
	pthread_mutex_lock(&r->lock);
	bool paused = sb->paused;
	pthread_mutex_unlock(&r->lock);
	if (paused) {
		rc = 1;
	} else if (box_pause(sb->box, err) < 0) {
		rc = -1;
	} else {
		pthread_mutex_lock(&r->lock);
		sb->paused = true;
		sb->auto_paused = why != NULL;
		sb->paused_at_ms = sandbox_now_ms();
		pthread_mutex_unlock(&r->lock);
		err_clear(&serr);
		if (s->st->be->sandbox_set_state(s->st, sb->id, "paused", &serr) < 0)
			log_error(s, sb->id, serr.msg);
		snprintf(summary, sizeof(summary), "reason=%s", why ? why : "");
		record_audit(s, "sandbox_pause", sb->id, sb->key_id, "", why ? summary : "");
	}
	pthread_mutex_unlock(&sb->pause_lock);
	return rc;
}

int sandbox_resume_box(struct service *s, struct sandbox *sb, const char *why, err_t *err)
{
	struct sandboxes *r = &s->sandboxes;
	char expires[STORE_TIME_MAX], summary[64];
	err_t serr;
	int rc = 0;

	pthread_mutex_lock(&sb->pause_lock);
	pthread_mutex_lock(&r->lock);
	bool paused = sb->paused;
	pthread_mutex_unlock(&r->lock);
	if (!paused) {
		rc = 1; /* not paused, or a racing call resumed it */
	} else if (box_resume(sb->box, err) < 0) {
		rc = -1;
	} else {
		int64_t now = sandbox_now_ms();
		pthread_mutex_lock(&r->lock);
		if (sb->auto_paused) /* its lifetime ran out: a new one */
			sb->expires_ms = now + sb->timeout_s * 1000;
		else
			sb->expires_ms += now - sb->paused_at_ms; /* its clock stood */
		sb->last_used_ms = now;
		sb->paused = sb->auto_paused = false;
		int64_t exp = sb->expires_ms, t = sb->timeout_s;
		pthread_mutex_unlock(&r->lock);
		time_text(exp, expires);
		err_clear(&serr);
		if (s->st->be->sandbox_set_expiry(s->st, sb->id, expires, t, &serr) < 0 ||
		    s->st->be->sandbox_set_state(s->st, sb->id, "running", &serr) < 0)
			log_error(s, sb->id, serr.msg);
		snprintf(summary, sizeof(summary), "reason=%s", why ? why : "");
		record_audit(s, "sandbox_resume", sb->id, sb->key_id, "", why ? summary : "");
	}
	pthread_mutex_unlock(&sb->pause_lock);
	return rc;
}

/* Pauses a sandbox whose timeout (or idle timeout) ran out and that has
 * on_timeout "pause" (the reaper holds a reference); -1: it could not be
 * paused (the caller ends it). */
static int pause_at_timeout(struct service *s, struct sandbox *sb, const char *why)
{
	err_t err;

	err_clear(&err);
	if (sandbox_pause_box(s, sb, why, &err) >= 0) /* 1: a call paused it meanwhile */
		return 0;
	log_error(s, sb->id, err.msg);
	return -1;
}

/* ---- its use, sampled (sandbox_metrics.c answers with it) ---- */

void sandbox_sample(struct service *s, struct sandbox *sb)
{
	struct sandboxes *r = &s->sandboxes;
	struct box_metrics m;
	err_t err;
	int64_t now = sandbox_now_ms();

	pthread_mutex_lock(&r->lock);
	bool due = !sb->paused && now - sb->sampled_ms >= SANDBOX_SAMPLE_S * 1000 - 500;
	if (due)
		sb->sampled_ms = now;
	pthread_mutex_unlock(&r->lock);
	err_clear(&err);
	if (!due || box_metrics(sb->box, &sb->sample_look, &m, &err) < 0)
		return;
	pthread_mutex_lock(&r->lock);
	if (sb->samples == NULL)
		sb->samples = xcalloc(SANDBOX_SAMPLES, sizeof(*sb->samples));
	sb->samples[sb->next_sample] = (struct sandbox_sample){now, m};
	sb->next_sample = (sb->next_sample + 1) % SANDBOX_SAMPLES;
	if (sb->nsamples < SANDBOX_SAMPLES)
		sb->nsamples++;
	pthread_mutex_unlock(&r->lock);
}

/* One look at every live sandbox. */
static void reap_once(struct service *s)
{
	struct sandboxes *r = &s->sandboxes;
	struct sandbox *over[REAP_BATCH], *check[REAP_BATCH], *pause[REAP_BATCH];
	const char *why[REAP_BATCH], *pause_why[REAP_BATCH];
	int nover = 0, ncheck = 0, npause = 0;
	int64_t now = sandbox_now_ms(), paused_max_ms = (int64_t)s->cfg.paused_max_s * 1000;

	pthread_mutex_lock(&r->lock);
	for (struct sandbox *sb = r->list, *next; sb; sb = next) {
		next = sb->next;
		if (sb->box == NULL)
			continue;
		const char *reason = NULL;
		if (sb->paused) { /* its clocks stand, but it holds memory: paused_max_s */
			if (now - sb->paused_at_ms < paused_max_ms)
				continue;
			reason = "paused_expired";
		} else if (now >= sb->expires_ms) {
			reason = "expired";
		} else if (sb->refs == 0 && now - sb->last_used_ms >= sb->idle_timeout_s * 1000) {
			reason = "idle";
		}
		if (reason && !sb->paused && sb->pause_on_timeout) {
			if (npause < REAP_BATCH) { /* on_timeout "pause" */
				sb->refs++;
				pause_why[npause] = reason;
				pause[npause++] = sb;
			}
			continue;
		}
		if (reason && nover < REAP_BATCH) {
			unlist_locked(r, sb);
			why[nover] = reason;
			over[nover++] = sb;
		} else if (ncheck < REAP_BATCH) {
			sb->refs++;
			check[ncheck++] = sb;
		}
	}
	pthread_mutex_unlock(&r->lock);
	for (int i = 0; i < nover; i++)
		end_unlisted(s, over[i], why[i]);
	for (int i = 0; i < npause; i++) {
		if (pause_at_timeout(s, pause[i], pause_why[i]) < 0)
			sandbox_end_acquired(s, pause[i], pause_why[i]);
		else
			put(s, pause[i], false);
	}
	for (int i = 0; i < ncheck; i++) {
		struct box_status st;
		memset(&st, 0, sizeof(st));
		box_status(check[i]->box, &st);
		if (st.state == BOX_ENDED) {
			sandbox_end_acquired(s, check[i], reason_of_ended_box(st.why));
			continue;
		}
		sandbox_sample(s, check[i]);
		put(s, check[i], false);
	}
}

static void *reaper_main(void *arg)
{
	struct service *s = arg;
	struct sandboxes *r = &s->sandboxes;

	for (;;) {
		struct timespec ts;
		pthread_mutex_lock(&r->lock);
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += REAP_INTERVAL_MS / 1000;
		while (!r->stop && pthread_cond_timedwait(&r->wake, &r->lock, &ts) == 0)
			; /* woken for a reference given back: keep waiting */
		bool stop = r->stop;
		pthread_mutex_unlock(&r->lock);
		if (stop)
			return NULL;
		reap_once(s);
	}
}

int sandboxes_recover(struct service *s, err_t *err)
{
	char now[STORE_TIME_MAX], summary[64];

	store_now(now);
	int n = s->st->be->sandbox_end_all(s->st, "server_restart", now, err);
	if (n < 0)
		return err_wrap(err, "cannot recover sandboxes of the last run");
	if (n == 0)
		return 0;
	snprintf(summary, sizeof(summary), "count=%d reason=server_restart", n);
	if (audit_append(s->st, &s->audit, "sandboxes_recovered", 0, "", summary, err) < 0)
		return -1;
	return n;
}

int sandboxes_start(struct service *s, err_t *err)
{
	struct sandboxes *r = &s->sandboxes;
	int rc = pthread_create(&r->reaper, NULL, reaper_main, s);

	if (rc != 0)
		return err_set(err, rc, "cannot start the sandboxes' reaper");
	r->running = true;
	return 0;
}

void sandboxes_stop(struct service *s)
{
	struct sandboxes *r = &s->sandboxes;

	pthread_mutex_lock(&r->lock);
	r->stop = true;
	pthread_cond_broadcast(&r->wake);
	pthread_mutex_unlock(&r->lock);
	if (r->running)
		pthread_join(r->reaper, NULL);
	r->running = false;
	for (;;) {
		pthread_mutex_lock(&r->lock);
		struct sandbox *sb = r->list;
		while (sb && sb->box == NULL)
			sb = sb->next;
		if (sb)
			unlist_locked(r, sb);
		pthread_mutex_unlock(&r->lock);
		if (sb == NULL)
			break;
		end_unlisted(s, sb, "server_stop");
	}
}
