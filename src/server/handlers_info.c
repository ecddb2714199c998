/* /v1/languages, /healthz, /metrics. */
#include <string.h>

#include "engine/result.h"
#include "lang/lang.h"
#include "server/http.h"

void handle_languages(struct server *s, struct http_request *r, struct http_reply *rep)
{
	json_t *arr = json_array();
	err_t err;

	(void)r;
	for (size_t i = 0; i < lang_count(); i++) {
		const struct lang_profile *p = lang_at(i);
		const struct lang_limits *ll = config_limits_for(&s->cfg, p->name);
		struct limits d = ll->defaults;
		json_t *aliases = json_array();
		limits_finish(&d);
		for (size_t k = 0; k < ARRAY_SIZE(p->aliases) && p->aliases[k]; k++)
			json_array_append_new(aliases, json_string(p->aliases[k]));
		err_clear(&err);
		json_array_append_new(
		    arr,
		    json_pack("{s:s, s:o, s:b, s:b, s:o, s:o}", "name", p->name, "aliases", aliases,
			      "compiled", lang_has_compile(p), "available", lang_available(p, &err),
			      "defaults", limits_to_json(&d), "max", limits_to_json(&ll->max)));
	}
	rep->json = json_pack("{s:o}", "languages", arr);
}

void handle_healthz(struct server *s, struct http_request *r, struct http_reply *rep)
{
	(void)r;
	pthread_mutex_lock(&s->lock);
	int depth = s->q_len, running = s->running;
	bool stopping = s->stopping;
	pthread_mutex_unlock(&s->lock);
	rep->status = stopping ? 503 : 200;
	rep->json =
	    json_pack("{s:s, s:s, s:i, s:i, s:i, s:s}", "status", stopping ? "stopping" : "ok",
		      "engine", engine_describe(s->eng), "queue_depth", depth, "running", running,
		      "workers", s->cfg.workers, "store", s->st->be->name);
}

static int count_row(void *ctx, const struct exec_row *row)
{
	(void)row;
	++*(long *)ctx;
	return 0;
}

void handle_metrics(struct server *s, struct http_request *r, struct http_reply *rep)
{
	char line[256];
	long pending = 0;
	err_t err;

	(void)r;
	pthread_mutex_lock(&s->lock);
	int depth = s->q_len, running = s->running;
	pthread_mutex_unlock(&s->lock);
	metrics_render(&s->metrics, depth, running, s->cfg.workers, &rep->text);
	err_clear(&err);
	if (s->st->be->exec_pending(s->st, NULL, count_row, &pending, &err) == 0) {
		int n = snprintf(line, sizeof(line),
				 "# HELP airlock_approvals_pending Executions waiting for a "
				 "person's approval.\n"
				 "# TYPE airlock_approvals_pending gauge\n"
				 "airlock_approvals_pending %ld\n",
				 pending);
		buf_append(&rep->text, line, (size_t)n);
	}
	rep->content_type = "text/plain; version=0.0.4";
}
