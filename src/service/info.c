/* What the service says about itself: languages, health, metrics. */
#include <ctype.h>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/result.h"
#include "lang/lang.h"
#include "service/internal.h"

extern char **environ;

/* The first line a command prints, or "" (it is not run in a sandbox: it
 * is the host's own interpreter or compiler, asked for its version). */
static void first_line(const char *const *argv, char *out, size_t size)
{
	posix_spawn_file_actions_t fa;
	int fds[2], status;
	pid_t pid;
	size_t n = 0;
	ssize_t r;

	out[0] = 0;
	if (argv[0] == NULL || pipe2(fds, O_CLOEXEC) < 0)
		return;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
	if (posix_spawn(&pid, argv[0], &fa, NULL, (char *const *)argv, environ) != 0)
		pid = -1;
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	while (pid > 0 && n + 1 < size && (r = read(fds[0], out + n, size - 1 - n)) > 0)
		n += (size_t)r;
	out[n] = 0;
	close(fds[0]);
	if (pid > 0)
		waitpid(pid, &status, 0);
	out[strcspn(out, "\n")] = 0;
}

/* "Python 3.11.2" -> "3.11.2"; "v18.19.0" -> "18.19.0"; "gcc (Debian
 * 12.2.0-14) 12.2.0" -> "12.2.0"; "GNU bash, version 5.2.15(1)-release" ->
 * "5.2.15": the first word that starts with a digit, up to its first
 * character that is neither a digit nor a dot. */
static void version_of(const char *line, char *out, size_t size)
{
	const char *p = line;

	out[0] = 0;
	while (*p) {
		while (*p == ' ' || *p == '(')
			p++;
		if (*p == 'v' && isdigit((unsigned char)p[1]))
			p++;
		if (isdigit((unsigned char)*p)) {
			size_t n = strspn(p, "0123456789.");
			snprintf(out, size, "%.*s", (int)n, p);
			return;
		}
		p += strcspn(p, " ");
	}
}

#define VERSION_MAX 32
static pthread_mutex_t versions_lock = PTHREAD_MUTEX_INITIALIZER;
static char versions[16][VERSION_MAX];
static bool versions_known[16];

/* The language's version on this host ("" when it cannot be told), asked
 * once per process. */
static const char *lang_version(size_t i)
{
	const struct lang_profile *p = lang_at(i);
	char line[256];

	if (i >= ARRAY_SIZE(versions))
		return "";
	pthread_mutex_lock(&versions_lock);
	if (!versions_known[i]) {
		first_line(p->version_argv, line, sizeof(line));
		version_of(line, versions[i], VERSION_MAX);
		versions_known[i] = true;
	}
	pthread_mutex_unlock(&versions_lock);
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
						     p->name, "version", lang_version(i), "aliases",
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
	char line[256];
	long pending = 0;
	err_t err;

	service_health(s, &h);
	metrics_render(&s->metrics, h.queue_depth, h.running, h.workers, out);
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
}

void service_count_reject(struct service *s, const char *reason)
{
	metrics_reject(&s->metrics, reason);
}

void service_count_request(struct service *s)
{
	metrics_request(&s->metrics);
}
