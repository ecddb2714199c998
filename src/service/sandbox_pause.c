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
 *
 * One made with auto_resume is resumed by the first call that uses it
 * (sandbox_acquire) as by this resume; get, list, metrics and its timeout
 * do not. The work is sandboxes.c's (sandbox_pause_box,
 * sandbox_resume_box): one pause or resume at a time, the store's row
 * following (paused, running).
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
	struct sandbox *sb;
	err_t err;
	int rc = 0;

	*out = NULL;
	if (sandbox_acquire_paused(s, key, id, &sb, e) < 0)
		return -1;
	err_clear(&err);
	int n = sandbox_pause_box(s, sb, NULL, &err);
	if (n == 1)
		rc = svc_error_set(e, SVC_CONFLICT, "sandbox_paused",
				   "sandbox %s is paused already", id);
	else if (n < 0)
		rc = box_error(id, &err, e);
	else
		*out = sandbox_live_json(s, sb);
	sandbox_release(s, sb);
	return rc;
}

int service_sandbox_resume(struct service *s, const struct key_row *key, const char *id,
			   json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	err_t err;
	int rc = 0;

	*out = NULL;
	if (sandbox_acquire_paused(s, key, id, &sb, e) < 0)
		return -1;
	err_clear(&err);
	int n = sandbox_resume_box(s, sb, NULL, &err);
	if (n == 1)
		rc = svc_error_set(e, SVC_CONFLICT, "not_paused", "sandbox %s is not paused", id);
	else if (n < 0)
		rc = box_error(id, &err, e);
	else
		*out = sandbox_live_json(s, sb);
	sandbox_release(s, sb);
	return rc;
}
