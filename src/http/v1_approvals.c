/* /v1/approvals: the pending queue and the decisions on it (admin keys). */
#include <string.h>

#include "http/http.h"

#define APPROVALS_DEFAULT 100

void handle_approvals_list(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *lim = http_query(r, "limit");
	long long max = APPROVALS_DEFAULT;
	struct svc_error e;
	json_t *list;

	if (lim) {
		char *end;
		max = strtoll(lim, &end, 10);
		if (*lim == 0 || *end || max < 1 || max > SERVICE_APPROVALS_MAX)
			max = -1; /* the service says what is allowed */
	}
	if (service_approvals(s, &r->key, (int)max, &list, &e) < 0)
		return reply_svc_error(rep, &e);
	rep->json = json_pack("{s:o}", "approvals", list);
}

/* The optional body {"reason": "..."}. */
static void decide(struct service *s, struct http_request *r, struct http_reply *rep,
		   enum approval_decision d)
{
	struct svc_error e;
	char *reason = NULL;

	if (service_require_admin(&r->key, &e) < 0) /* before looking at the body */
		return reply_svc_error(rep, &e);
	if (r->body_len > 0 && !require_json(s, r, rep))
		return;
	if (decision_request_parse(r->body, r->body_len, &reason, &e) < 0 ||
	    service_decide(s, &r->key, r->tail, d, reason, &rep->json, &e) < 0)
		reply_svc_error(rep, &e);
	free(reason);
}

void handle_approval_approve(struct service *s, struct http_request *r, struct http_reply *rep)
{
	decide(s, r, rep, APPROVE);
}

void handle_approval_reject(struct service *s, struct http_request *r, struct http_reply *rep)
{
	decide(s, r, rep, REJECT);
}
