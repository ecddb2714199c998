/*
 * Judge0's information routes: languages, statuses, about, version,
 * license, isolate, config_info, system_info, statistics, workers,
 * authenticate and authorize. Values come from the service (languages and
 * their versions on this host, the configured limits, the queue), never
 * from Judge0's own defaults, so what /config_info says is what a
 * submission is checked against.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "http/judge0.h"

/* ---- the languages' names, asked of the service once ---- */

#define NAMES_MAX 16
static pthread_mutex_t names_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
	bool loaded;
	size_t n;
	char airlock[NAMES_MAX][24];
	char name[NAMES_MAX][64];
	char version[NAMES_MAX][32];
	json_t *info[NAMES_MAX]; /* the service's language object */
} names;

static void names_load(struct service *s)
{
	pthread_mutex_lock(&names_lock);
	if (!names.loaded) {
		json_t *langs = service_languages(s), *l;
		size_t i;
		json_array_foreach(langs, i, l)
		{
			const char *a = json_string_value(json_object_get(l, "name"));
			const char *v = json_string_value(json_object_get(l, "version"));
			int id = j0_lang_primary(a);
			if (names.n >= NAMES_MAX || id == 0)
				continue;
			snprintf(names.airlock[names.n], sizeof(names.airlock[0]), "%s", a);
			snprintf(names.version[names.n], sizeof(names.version[0]), "%s",
				 v ? v : "");
			j0_lang_name(j0_lang_by_id(id), v, names.name[names.n],
				     sizeof(names.name[0]));
			names.info[names.n] = json_incref(l);
			names.n++;
		}
		json_decref(langs);
		names.loaded = true;
	}
	pthread_mutex_unlock(&names_lock);
}

static int names_index(const char *airlock)
{
	for (size_t i = 0; airlock && i < names.n; i++)
		if (strcmp(names.airlock[i], airlock) == 0)
			return (int)i;
	return -1;
}

static const char *name_of(void *ctx, const char *airlock)
{
	names_load(ctx);
	int i = names_index(airlock);
	return i < 0 ? "" : names.name[i];
}

const struct j0_lang_names *j0_names(struct service *s)
{
	static struct j0_lang_names table = {.name_of = name_of};
	names_load(s);
	table.ctx = s;
	return &table;
}

/* The name of a Judge0 id with airlock's version: "C (GCC 12.2.0)". */
static void id_name(struct service *s, const struct j0_lang *l, char *out, size_t size)
{
	names_load(s);
	int i = names_index(l->airlock);
	j0_lang_name(l, i < 0 ? "" : names.version[i], out, size);
}

/* ---- limits ---- */

void j0_config_limits(void *ctx, const char *airlock, struct j0_limits *out)
{
	const struct server_config *c = service_config(ctx);
	const struct lang_limits *ll = config_limits_for(c, airlock ? airlock : "");

	out->cpu_time_limit = ll->defaults.time_limit_s;
	out->max_cpu_time_limit = ll->max.time_limit_s;
	out->wall_time_limit = ll->defaults.wall_time_limit_s;
	out->max_wall_time_limit = ll->max.wall_time_limit_s;
	out->memory_limit = (long long)ll->defaults.memory_limit_mb * 1024;
	out->max_memory_limit = (long long)ll->max.memory_limit_mb * 1024;
	out->max_processes = (long long)ll->defaults.max_processes;
	out->max_max_processes = (long long)ll->max.max_processes;
	out->max_file_size = (long long)ll->defaults.max_output_kb;
	out->max_max_file_size = (long long)ll->max.max_output_kb;
	out->max_code_bytes = c->max_code_bytes;
	out->network = NULL;
}

/* ---- routes ---- */

static json_t *languages(struct service *s, bool all)
{
	json_t *arr = json_array();
	char name[64];

	for (size_t i = 0; i < j0_lang_count(); i++) {
		const struct j0_lang *l = j0_lang_at(i);
		id_name(s, l, name, sizeof(name));
		json_t *o = json_pack("{s:i, s:s}", "id", l->id, "name", name);
		if (all)
			json_object_set_new(o, "is_archived", json_false());
		json_array_append_new(arr, o);
	}
	return arr;
}

void handle_j0_languages(struct service *s, struct http_request *r, struct http_reply *rep)
{
	if (j0_authenticate(s, r, rep))
		rep->json = languages(s, false);
}

/* Sorted by name, as Judge0's /languages/all. */
static int by_name(const void *a, const void *b)
{
	const json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int c = strcmp(json_string_value(json_object_get(x, "name")),
		       json_string_value(json_object_get(y, "name")));
	return c ? c
		 : (int)(json_integer_value(json_object_get(x, "id")) -
			 json_integer_value(json_object_get(y, "id")));
}

void handle_j0_languages_all(struct service *s, struct http_request *r, struct http_reply *rep)
{
	if (!j0_authenticate(s, r, rep))
		return;
	json_t *arr = languages(s, true), *sorted = json_array();
	size_t n = json_array_size(arr);
	json_t **items = xcalloc(n ? n : 1, sizeof(*items));
	for (size_t i = 0; i < n; i++)
		items[i] = json_array_get(arr, i);
	qsort(items, n, sizeof(*items), by_name);
	for (size_t i = 0; i < n; i++)
		json_array_append(sorted, items[i]);
	free(items);
	json_decref(arr);
	rep->json = sorted;
}

void handle_j0_language(struct service *s, struct http_request *r, struct http_reply *rep)
{
	char *end, name[64];

	if (!j0_authenticate(s, r, rep))
		return;
	long long id = strtoll(r->tail, &end, 10);
	const struct j0_lang *l = *end || end == r->tail ? NULL : j0_lang_by_id(id);
	if (l == NULL)
		return j0_error(rep, 404, "language not found");
	id_name(s, l, name, sizeof(name));
	int i = names_index(l->airlock);
	json_t *info = i < 0 ? NULL : names.info[i];
	rep->json = json_pack("{s:i, s:s, s:b, s:O?, s:O?, s:O?}", "id", l->id, "name", name,
			      "is_archived", 0, "source_file", json_object_get(info, "source_file"),
			      "compile_cmd", json_object_get(info, "compile_cmd"), "run_cmd",
			      json_object_get(info, "run_cmd"));
}

void handle_j0_statuses(struct service *s, struct http_request *r, struct http_reply *rep)
{
	if (!j0_authenticate(s, r, rep))
		return;
	rep->json = json_array();
	for (int id = 1; id <= J0_STATUS_COUNT; id++)
		json_array_append_new(rep->json, json_pack("{s:i, s:s}", "id", id, "description",
							   j0_status_description(id)));
}

void handle_j0_about(struct service *s, struct http_request *r, struct http_reply *rep)
{
	if (!j0_authenticate(s, r, rep))
		return;
	rep->json =
	    json_pack("{s:s, s:s, s:s, s:s}", "version", J0_VERSION, "homepage",
		      "https://judge0.com", "source_code", "https://github.com/judge0/judge0",
		      "maintainer", "airlock (a Judge0 CE 1.13.1 compatible front end)");
}

/* /version, /license, /isolate: text. */
void handle_j0_text(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *text;

	if (!j0_authenticate(s, r, rep))
		return;
	if (strstr(r->path, "/license"))
		text = "airlock serves the Judge0 CE 1.13.1 API; Judge0 itself is GPL-3.0 "
		       "(https://github.com/judge0/judge0). airlock is not Judge0.\n";
	else if (strstr(r->path, "/isolate"))
		text = "airlock sandbox (namespaces, seccomp, cgroups, Landlock); not isolate\n";
	else
		text = J0_VERSION;
	buf_append(&rep->text, text, strlen(text));
	rep->content_type = "text/plain; charset=utf-8";
}

void handle_j0_config_info(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct j0_limits l;
	json_t *compiled = json_array();
	char name[64];

	if (!j0_authenticate(s, r, rep)) {
		json_decref(compiled);
		return;
	}
	j0_config_limits(s, NULL, &l);
	for (size_t i = 0; i < j0_lang_count(); i++) {
		const struct j0_lang *lang = j0_lang_at(i);
		if (j0_lang_primary(lang->airlock) == lang->id &&
		    (!strcmp(lang->airlock, "c") || !strcmp(lang->airlock, "cpp"))) {
			id_name(s, lang, name, sizeof(name));
			json_array_append_new(compiled, json_string(name));
		}
	}
	const struct server_config *c = service_config(s);
	json_t *o = json_object();
#define B(k, v) json_object_set_new(o, k, json_boolean(v))
#define I(k, v) json_object_set_new(o, k, json_integer((json_int_t)(v)))
#define F(k, v) json_object_set_new(o, k, json_real((double)(v)))
	B("maintenance_mode", 0);
	B("enable_wait_result", 1);
	B("enable_compiler_options", 1);
	json_object_set_new(o, "allowed_languages_for_compile_options", compiled);
	B("enable_command_line_arguments", 1);
	B("enable_submission_delete", 1);
	B("enable_callbacks", 1);
	I("callbacks_max_tries", J0_CALLBACK_TRIES);
	F("callbacks_timeout", J0_CALLBACK_TIMEOUT_S);
	B("enable_additional_files", 1);
	I("max_queue_size", c->queue_size);
	F("cpu_time_limit", l.cpu_time_limit);
	F("max_cpu_time_limit", l.max_cpu_time_limit);
	F("cpu_extra_time", 0);
	F("max_cpu_extra_time", 5);
	F("wall_time_limit", l.wall_time_limit);
	F("max_wall_time_limit", l.max_wall_time_limit);
	I("memory_limit", l.memory_limit);
	I("max_memory_limit", l.max_memory_limit);
	I("stack_limit", 64000);
	I("max_stack_limit", 128000);
	I("max_processes_and_or_threads", l.max_processes);
	I("max_max_processes_and_or_threads", l.max_max_processes);
	B("enable_per_process_and_thread_time_limit", 0);
	B("allow_enable_per_process_and_thread_time_limit", 0);
	B("enable_per_process_and_thread_memory_limit", 0);
	B("allow_enable_per_process_and_thread_memory_limit", 0);
	I("max_file_size", l.max_file_size);
	I("max_max_file_size", l.max_max_file_size);
	I("number_of_runs", 1);
	I("max_number_of_runs", J0_MAX_RUNS);
	B("redirect_stderr_to_stdout", 0);
	I("max_extract_size", J0_MAX_EXTRACT_KB);
	B("enable_batched_submissions", 1);
	I("max_submission_batch_size", J0_MAX_BATCH);
	F("submission_cache_duration", 0);
	B("use_docs_as_homepage", 0);
	B("allow_enable_network", c->egress.nrules > 0);
	B("enable_network", 0);
#undef B
#undef I
#undef F
	rep->json = o;
}

/* Judge0 shows lscpu and free; airlock says what it knows without
 * running either. */
void handle_j0_system_info(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct sysinfo si;
	struct service_health h;
	struct utsname u;
	char mem[32];

	if (!j0_authenticate(s, r, rep))
		return;
	service_health(s, &h);
	sysinfo(&si);
	if (uname(&u) < 0)
		snprintf(u.machine, sizeof(u.machine), "unknown");
	snprintf(mem, sizeof(mem), "%lluMi",
		 (unsigned long long)si.totalram * si.mem_unit / (1024 * 1024));
	rep->json = json_pack("{s:s, s:i, s:s, s:s, s:s}", "Architecture", u.machine, "CPU(s)",
			      (int)sysconf(_SC_NPROCESSORS_ONLN), "Mem", mem, "Engine", h.engine,
			      "Store", h.store);
}

void handle_j0_statistics(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct service_health h;

	if (!j0_authenticate(s, r, rep))
		return;
	service_health(s, &h);
	rep->json = json_pack("{s:{s:i, s:i}}", "queue", "in_queue", h.queue_depth, "processing",
			      h.running);
}

void handle_j0_workers(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct service_health h;

	if (!j0_authenticate(s, r, rep))
		return;
	service_health(s, &h);
	rep->json = json_pack("[{s:s, s:i, s:i, s:i, s:i, s:i}]", "queue", "default", "size",
			      h.queue_depth, "available", h.workers - h.running, "idle",
			      h.workers - h.running, "working", h.running, "paused", 0);
}
