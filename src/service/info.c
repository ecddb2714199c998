/* What the service says about itself: languages, health, metrics. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "engine/result.h"
#include "lang/lang.h"
#include "service/internal.h"

/* The host's interpreters do not change under a running server: each
 * version is asked once. */
static const char *version_of(size_t i)
{
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	static char versions[32][32];
	static bool asked[32];

	if (i >= ARRAY_SIZE(versions))
		return "";
	pthread_mutex_lock(&lock);
	if (!asked[i]) {
		lang_version(lang_at(i), versions[i], sizeof(versions[i]));
		asked[i] = true;
	}
	pthread_mutex_unlock(&lock);
	return versions[i];
}

/* An argv as one line, or null when it is empty. */
static json_t *command_line(const char *const *argv)
{
	char line[512] = "";
	size_t n = 0;

	if (argv[0] == NULL)
		return json_null();
	for (size_t i = 0; i < LANG_MAX_ARGV && argv[i] && n < sizeof(line); i++)
		n += (size_t)snprintf(line + n, sizeof(line) - n, "%s%s", i ? " " : "", argv[i]);
	return json_string(line);
}

json_t *service_languages(struct service *s)
{
	json_t *arr = json_array();
	err_t err;

	for (size_t i = 0; i < lang_count(); i++) {
		const struct lang_profile *p = lang_at(i);
		const struct lang_limits *ll = config_limits_for(&s->cfg, p->name);
		struct limits d = ll->defaults;
		json_t *aliases = json_array();
		limits_finish(&d);
		for (size_t k = 0; k < ARRAY_SIZE(p->aliases) && p->aliases[k]; k++)
			json_array_append_new(aliases, json_string(p->aliases[k]));
		err_clear(&err);
		json_array_append_new(arr, json_pack("{s:s, s:s, s:o, s:b, s:b, s:o, s:o}", "name",
						     p->name, "version", version_of(i), "aliases",
						     aliases, "compiled", lang_has_compile(p),
						     "available", lang_available(p, &err),
						     "defaults", limits_to_json(&d), "max",
						     limits_to_json(&ll->max)));
		json_t *o = json_array_get(arr, json_array_size(arr) - 1);
		json_object_set_new(o, "source_file", json_string(p->source_name));
		json_object_set_new(o, "compile_cmd", command_line(p->compile_argv));
		json_object_set_new(o, "run_cmd", command_line(p->run_argv));
	}
	return arr;
}

void service_health(struct service *s, struct service_health *h)
{
	pool_counts(s, &h->queue_depth, &h->running, &h->stopping);
	h->workers = s->cfg.workers;
	h->engine = engine_describe(s->eng);
	h->store = s->st->be->name;
}

static int count_row(void *ctx, const struct exec_row *row)
{
	(void)row;
	++*(long *)ctx;
	return 0;
}

void service_metrics(struct service *s, struct buf *out)
{
	struct service_health h;
	char line[512];
	long pending = 0;
	err_t err;

	service_health(s, &h);
	metrics_render(&s->metrics, h.queue_depth, h.running, h.workers, warm_pool_live(s), out);
	err_clear(&err);
	if (s->st->be->exec_pending(s->st, NULL, count_row, &pending, &err) == 0) {
		int n = snprintf(line, sizeof(line),
				 "# HELP airlock_approvals_pending Executions waiting for a "
				 "person's approval.\n"
				 "# TYPE airlock_approvals_pending gauge\n"
				 "airlock_approvals_pending %ld\n",
				 pending);
		buf_append(out, line, (size_t)n);
	}
	int live;
	uint64_t execs;
	sandboxes_counts(s, &live, &execs);
	int n = snprintf(line, sizeof(line),
			 "# HELP airlock_sandboxes_live Sandboxes that live, now.\n"
			 "# TYPE airlock_sandboxes_live gauge\n"
			 "airlock_sandboxes_live %d\n"
			 "# HELP airlock_sandbox_execs_total Commands run in sandboxes.\n"
			 "# TYPE airlock_sandbox_execs_total counter\n"
			 "airlock_sandbox_execs_total %llu\n",
			 live, (unsigned long long)execs);
	buf_append(out, line, (size_t)n);
	/* The analyzer is the service's for its life: a language's rules are
	 * compiled once, on its first use, not per request. */
	n = snprintf(line, sizeof(line),
		     "# HELP airlock_policy_compiles_total Compilations of the analysis rules, by "
		     "language: its query (once for the service's life), its regular "
		     "expressions (each once: decoded from the build, or on its first "
		     "test).\n"
		     "# TYPE airlock_policy_compiles_total counter\n");
	buf_append(out, line, (size_t)n);
	const char *lang;
	for (size_t i = 0; (lang = analyzer_language_at(i)) != NULL; i++) {
		struct analyzer_counts c;
		if (analyzer_counts(s->analyzer, lang, &c) < 0)
			continue;
		n = snprintf(line, sizeof(line),
			     "airlock_policy_compiles_total{language=\"%s\",what=\"query\"} %lu\n"
			     "airlock_policy_compiles_total{language=\"%s\",what=\"regex\"} %lu\n",
			     lang, c.queries, lang, c.regexes);
		buf_append(out, line, (size_t)n);
	}
}

void service_count_reject(struct service *s, const char *reason)
{
	metrics_reject(&s->metrics, reason);
}

void service_count_request(struct service *s)
{
	metrics_request(&s->metrics);
}
