/*
 * Who a Judge0 request is: an airlock key in whichever header a Judge0
 * client sends (X-Auth-Token, X-RapidAPI-Key, Authorization: Bearer, or the
 * X-Auth-Token query parameter), else the configured anonymous key; and
 * Judge0's error answers, which every route shares.
 */
#include <string.h>

#include "common/utf8.h"
#include "http/judge0.h"

void j0_error(struct http_reply *rep, int status, const char *message)
{
	json_decref(rep->json);
	rep->status = status;
	rep->json = json_pack("{s:o}", "error", utf8_json(message));
}

static void unauthorized(struct http_reply *rep)
{
	json_decref(rep->json);
	rep->json = NULL;
	rep->status = 401;
}

bool j0_authenticate(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *token = http_header(r, "X-Auth-Token");
	struct svc_error e;

	if (token == NULL || *token == 0)
		token = http_header(r, "X-RapidAPI-Key");
	if (token == NULL || *token == 0)
		token = key_from_authorization(r->authorization);
	if (token == NULL || *token == 0)
		token = http_query(r, "X-Auth-Token");
	if (token && *token == 0)
		token = NULL;
	if (service_authenticate_or_anonymous(s, token, &r->key, &e) == 0) {
		r->authenticated = true;
		return true;
	}
	if (e.kind == SVC_UNAUTHORIZED)
		unauthorized(rep);
	else
		j0_error(rep, http_status_of(e.kind), e.message);
	return false;
}

void handle_j0_auth(struct service *s, struct http_request *r, struct http_reply *rep)
{
	if (j0_authenticate(s, r, rep))
		rep->status = 200;
}
