/* The server's lifetime: state, start-up recovery, shutdown, retention. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "server/server.h"

void server_log(struct server *s, json_t *line)
{
	char now[STORE_TIME_MAX];

	if (line == NULL)
		return;
	store_now(now);
	json_object_set_new(line, "time", json_string(now));
	if (s->log)
		s->log(s->log_ctx, line);
	json_decref(line);
}

/* One analyzer and one redactor for the server's life. Rules from
 * rules_dir are compiled here, so that a broken rule file stops the start
 * (naming the file) instead of failing requests later. */
static int policy_init(struct server *s, err_t *err)
{
	static const char *const langs[] = {"python", "javascript", "bash"};
	const char *dir = s->cfg.policy.rules_dir[0] ? s->cfg.policy.rules_dir : NULL;
	struct findings f;

	if (analyzer_new(dir, &s->analyzer, err) < 0)
		return err_wrap(err, "cannot load the analysis rules");
	if (redactor_new(&s->redactor, err) < 0)
		return err_wrap(err, "cannot compile the redaction rules");
	for (size_t i = 0; dir && i < ARRAY_SIZE(langs); i++) {
		if (analyze(s->analyzer, langs[i], "", 0, &f, err) < 0)
			return err_wrap(err, "the rules in %s", dir);
		findings_free(&f);
	}
	return 0;
}

int server_init(struct server *s, const struct server_config *cfg, struct engine *eng,
		struct store *st, const struct audit_keys *ak, err_t *err)
{
	char now[STORE_TIME_MAX];
	int n;

	memset(s, 0, sizeof(*s));
	s->cfg = *cfg;
	s->eng = eng;
	s->st = st;
	s->audit = *ak;
	metrics_init(&s->metrics);
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->wake, NULL);
	pthread_cond_init(&s->expiry_wake, NULL);
	s->queue = xcalloc((size_t)(cfg->queue_size + cfg->workers), sizeof(*s->queue));
	if (policy_init(s, err) < 0)
		return -1;
	store_now(now);
	n = st->be->exec_interrupt_all(st, now, err);
	if (n < 0)
		return err_wrap(err, "cannot recover executions of the last run");
	if (n > 0) {
		char summary[64];
		snprintf(summary, sizeof(summary), "count=%d", n);
		if (audit_append(st, &s->audit, "recovered_interrupted", 0, "", summary, err) < 0)
			return -1;
	}
	return n;
}

int server_prune(struct server *s, err_t *err)
{
	char before[STORE_TIME_MAX];
	time_t t;
	struct tm tm;

	if (s->cfg.retention_days <= 0)
		return 0;
	t = time(NULL) - (time_t)s->cfg.retention_days * 86400;
	gmtime_r(&t, &tm);
	strftime(before, sizeof(before), "%Y-%m-%dT%H:%M:%S.000Z", &tm);
	return s->st->be->exec_prune(s->st, before, err);
}

void server_stop(struct server *s)
{
	approvals_stop(s);
	if (s->http)
		http_quiesce(s);
	pool_stop(s);
	if (s->http)
		http_stop(s);
}

void server_free(struct server *s)
{
	free(s->queue);
	free(s->keys);
	free(s->workers);
	while (s->held) {
		struct held_code *h = s->held;
		s->held = h->next;
		free(h->code);
		free(h);
	}
	analyzer_free(s->analyzer);
	redactor_free(s->redactor);
	pthread_mutex_destroy(&s->lock);
	pthread_cond_destroy(&s->wake);
	pthread_cond_destroy(&s->expiry_wake);
	metrics_destroy(&s->metrics);
}

/* What the policy added (findings, rejection, ...) joins the execution;
 * the result's own fields win, except `redactions`, where the code's
 * (stored with the policy) come before the output's (from the run). */
static void merge_policy(json_t *o, const char *policy_json)
{
	json_t *p = json_loads(policy_json, 0, NULL);
	json_t *mine = json_object_get(o, "redactions"), *code = json_object_get(p, "redactions");

	if (!json_is_object(p)) {
		json_decref(p);
		return;
	}
	if (json_is_array(mine) && json_is_array(code)) {
		json_t *all = json_copy(code);
		json_array_extend(all, mine);
		json_object_set_new(o, "redactions", all);
	}
	json_object_update_missing(o, p);
	json_decref(p);
}

json_t *execution_json(const struct exec_row *r)
{
	json_t *o = NULL;

	if (r->result_json)
		o = json_loads(r->result_json, 0, NULL);
	if (o == NULL) {
		o = json_object();
		json_object_set_new(o, "status", json_string(exec_status_name(r->status)));
		json_object_set_new(o, "exit_code", json_null());
		json_object_set_new(o, "signal", json_null());
		json_object_set_new(o, "stdout", json_string(""));
		json_object_set_new(o, "stderr", json_string(""));
		json_object_set_new(o, "stdout_truncated", json_false());
		json_object_set_new(o, "stderr_truncated", json_false());
		json_object_set_new(o, "time",
				    json_pack("{s:i, s:i, s:i, s:i}", "wall_ms", 0, "cpu_ms", 0,
					      "user_ms", 0, "sys_ms", 0));
		json_object_set_new(o, "memory_peak_kb", json_integer(0));
		json_object_set_new(o, "language", json_string(r->language));
		json_t *lim = r->limits_json ? json_loads(r->limits_json, 0, NULL) : NULL;
		json_object_set_new(o, "limits", lim ? lim : json_object());
	}
	json_object_set_new(o, "id", json_string(r->id));
	json_object_set_new(o, "status", json_string(exec_status_name(r->status)));
	json_object_set_new(o, "created_at", json_string(r->created_at));
	json_object_set_new(o, "finished_at",
			    r->finished_at[0] ? json_string(r->finished_at) : json_null());
	json_object_set_new(o, "code_sha256", json_string(r->code_hash));
	if (r->policy_json)
		merge_policy(o, r->policy_json);
	return o;
}
