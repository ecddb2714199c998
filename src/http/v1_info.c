/* /v1/languages, /healthz, /metrics. */
#include "http/http.h"

void handle_languages(struct service *s, struct http_request *r, struct http_reply *rep)
{
	(void)r;
	rep->json = json_pack("{s:o}", "languages", service_languages(s));
}

void handle_healthz(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct service_health h;

	(void)r;
	service_health(s, &h);
	rep->status = h.stopping ? 503 : 200;
	rep->json =
	    json_pack("{s:s, s:s, s:i, s:i, s:i, s:s}", "status", h.stopping ? "stopping" : "ok",
		      "engine", h.engine, "queue_depth", h.queue_depth, "running", h.running,
		      "workers", h.workers, "store", h.store);
}

void handle_metrics(struct service *s, struct http_request *r, struct http_reply *rep)
{
	(void)r;
	service_metrics(s, &rep->text);
	rep->content_type = "text/plain; version=0.0.4";
}
