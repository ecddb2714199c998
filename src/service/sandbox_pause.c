/*
 * Pausing a live sandbox (service.h): the engine freezes every process of
 * its box (box_pause: the cgroup freezer) and its lifetime clock stops --
 * the reaper passes it by, and resuming moves its end by the time it was
 * paused. Its memory stays held. Calls that use its processes or files
 * answer SVC_CONFLICT sandbox_paused meanwhile (sandbox_acquire); delete,
 * get, metrics and resume take it as it is. Without a freezer (rootless)
 * a pause is SVC_NOT_IMPLEMENTED, never one that does not hold.
 *
 * A sandbox made with on_timeout "pause" is paused so by the reaper when
 * its timeout or idle timeout runs out (sandboxes.c, pause_at_timeout); its
 * resume gives it a new lifetime of timeout_s. Paused either way, it ends
 * after paused_max_s (the reaper: paused_expired).
 */
#include <errno.h>
#include <string.h>

#include "engine/box.h"
#include "service/internal.h"

static int box_error(const char *id, const err_t *err, struct svc_error *e)
{
	if (err->errnum == ENOTSUP)
		return svc_error_set(e, SVC_NOT_IMPLEMENTED, "pause_unsupported", "%s", err->msg);
	if (err->errnum == ESRCH)
		return svc_error_set(e, SVC_CONFLICT, "sandbox_terminated", "sandbox %s has ended",
				     id);
	return svc_error_set(e, SVC_INTERNAL, "pause_failed", "%s", err->msg);
}

int service_sandbox_pause(struct service *s, const struct key_row *key, const char *id,
			  json_t **out, struct svc_error *e)
{
	struct sandboxes *r = &s->sandboxes;
	struct sandbox *sb;
	err_t err;
	int rc = 0;

	*out = NULL;
	if (sandbox_acquire_paused(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&r->lock);
	bool paused = sb->paused;
	pthread_mutex_unlock(&r->lock);
	err_clear(&err);
	if (paused) {
		rc = svc_error_set(e, SVC_CONFLICT, "sandbox_paused",
				   "sandbox %s is paused already", id);
	} else if (box_pause(sb->box, &err) < 0) {
		rc = box_error(id, &err, e);
	} else {
		pthread_mutex_lock(&r->lock);
		sb->paused = true;
		sb->paused_at_ms = sandbox_now_ms();
		pthread_mutex_unlock(&r->lock);
		record_audit(s, "sandbox_pause", sb->id, sb->key_id, "", "");
		*out = sandbox_live_json(s, sb);
	}
	sandbox_release(s, sb);
	return rc;
}

int service_sandbox_resume(struct service *s, const struct key_row *key, const char *id,
			   json_t **out, struct svc_error *e)
{
	struct sandboxes *r = &s->sandboxes;
	struct sandbox *sb;
	err_t err;
	int rc = 0;

	*out = NULL;
	if (sandbox_acquire_paused(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&r->lock);
	bool paused = sb->paused;
	pthread_mutex_unlock(&r->lock);
	err_clear(&err);
	if (!paused) {
		rc = svc_error_set(e, SVC_CONFLICT, "not_paused", "sandbox %s is not paused", id);
	} else if (box_resume(sb->box, &err) < 0) {
		rc = box_error(id, &err, e);
	} else {
		char expires[STORE_TIME_MAX];
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
		if (s->st->be->sandbox_set_expiry(s->st, sb->id, expires, t, &err) < 0)
			log_error(s, sb->id, err.msg);
		record_audit(s, "sandbox_resume", sb->id, sb->key_id, "", "");
		*out = sandbox_live_json(s, sb);
	}
	sandbox_release(s, sb);
	return rc;
}
