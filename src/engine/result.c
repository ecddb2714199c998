/*
 * The result object: one JSON shape for every interface (CLI --json, HTTP,
 * MCP). Output is made valid UTF-8 here, never earlier, so the limits cut
 * bytes the program really wrote and sanitizing cannot change what was cut.
 */
#include "engine/result.h"

#include <signal.h>
#include <sodium.h>
#include <string.h>

#include "common/utf8.h"
#include "common/util.h"
#include "engine/collect.h"
#include "diag/diag.h"
#include "lang/lang.h"

static json_t *json_text(const struct buf *b)
{
	size_t n;
	cleanup_free char *s = utf8_sanitize(b->data ? b->data : "", b->len, &n);
	return json_stringn_nocheck(s, n);
}

static json_t *json_base64(const char *data, size_t len)
{
	size_t cap = sodium_base64_encoded_len(len, sodium_base64_VARIANT_ORIGINAL);
	cleanup_free char *b64 = xmalloc(cap);
	sodium_bin2base64(b64, cap, (const unsigned char *)(data ? data : ""), len,
			  sodium_base64_VARIANT_ORIGINAL);
	return json_string(b64);
}

/* name: what the program wrote, as text (invalid bytes as U+FFFD); and
 * name_base64, its very bytes, when the text is not them: output that is
 * not UTF-8 is not lost. A character the output limit cut in two is no
 * such output (the text says truncated). */
static void put_output(json_t *o, const char *name, const struct buf *b, bool truncated)
{
	size_t len = b->len, tail = 0;
	const char *d = b->data ? b->data : "";

	json_object_set_new(o, name, json_text(b));
	if (truncated) { /* the start of the last character, at most 3 bytes back */
		while (tail < 3 && tail < len && ((unsigned char)d[len - 1 - tail] & 0xC0) == 0x80)
			tail++;
		unsigned char lead = tail < len ? (unsigned char)d[len - 1 - tail] : 0;
		size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
		if (need > tail + 1) /* cut short: what the limit did, not the program */
			len -= tail + 1;
	}
	if (!utf8_valid(d, len)) {
		char key[32];
		snprintf(key, sizeof(key), "%s_base64", name);
		json_object_set_new(o, key, json_base64(b->data, b->len));
	}
}

static json_t *time_json(const struct step_result *s)
{
	return json_pack("{s:I, s:I, s:I, s:I}", "wall_ms", (json_int_t)s->wall_ms, "cpu_ms",
			 (json_int_t)s->cpu_ms, "user_ms", (json_int_t)s->user_ms, "sys_ms",
			 (json_int_t)s->sys_ms);
}

static json_t *int_or_null(int v, bool present)
{
	return present ? json_integer(v) : json_null();
}

/* {"syscall": "mount", "pid": 5}: what the syscall policy refused, and
 * which process of the run tried it (null when it was gone already). */
static void put_denied(json_t *o, const struct step_result *s)
{
	if (!s->denied.present)
		return;
	json_object_set_new(o, "denied",
			    json_pack("{s:s, s:o}", "syscall", s->denied.syscall, "pid",
				      int_or_null(s->denied.pid, s->denied.pid > 0)));
}

static void put_step(json_t *o, const struct step_result *s)
{
	json_object_set_new(o, "status", json_string(run_status_name(s->status)));
	json_object_set_new(o, "exit_code", int_or_null(s->exit_code, s->exit_code >= 0));
	json_object_set_new(o, "signal", int_or_null(s->signal, s->signal > 0));
	put_output(o, "stdout", &s->out, s->out_truncated);
	put_output(o, "stderr", &s->err, s->err_truncated);
	json_object_set_new(o, "stdout_truncated", json_boolean(s->out_truncated));
	json_object_set_new(o, "stderr_truncated", json_boolean(s->err_truncated));
	json_object_set_new(o, "time", time_json(s));
	json_object_set_new(o, "memory_peak_kb", json_integer((json_int_t)s->memory_peak_kb));
	put_denied(o, s);
}

json_t *limits_to_json(const struct limits *l)
{
	return json_pack("{s:f, s:f, s:I, s:I, s:I, s:I, s:s}", "time_limit_s", l->time_limit_s,
			 "wall_time_limit_s", l->wall_time_limit_s, "memory_limit_mb",
			 (json_int_t)l->memory_limit_mb, "max_processes",
			 (json_int_t)l->max_processes, "max_output_kb",
			 (json_int_t)l->max_output_kb, "disk_limit_mb",
			 (json_int_t)l->disk_limit_mb, "net", net_mode_name(l->net));
}

static json_t *enforcement_json(const struct enforcement *e)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "cpu_time",
			 enforcer_name(e->cpu_time), "wall_time", enforcer_name(e->wall_time),
			 "memory", enforcer_name(e->memory), "processes",
			 enforcer_name(e->processes), "disk", enforcer_name(e->disk), "output",
			 enforcer_name(e->output), "syscalls", enforcer_name(e->syscalls), "init",
			 enforcer_name(e->init));
}

/* {"path", "size", "sha256", "content_base64", "omitted"?}: size and
 * sha256 are null when they are not known (not a regular file, or too
 * large to hash); content_base64 is null exactly when `omitted` says why. */
static json_t *collected_json(const struct collected_file *f)
{
	json_t *o = json_object();
	size_t n;
	cleanup_free char *path = utf8_sanitize(f->path, strlen(f->path), &n);

	json_object_set_new(o, "path", json_stringn_nocheck(path, n));
	json_object_set_new(o, "size",
			    f->regular ? json_integer((json_int_t)f->size) : json_null());
	if (f->hashed) {
		char hex[2 * sizeof(f->sha256) + 1];
		sodium_bin2hex(hex, sizeof(hex), f->sha256, sizeof(f->sha256));
		json_object_set_new(o, "sha256", json_string(hex));
	} else {
		json_object_set_new(o, "sha256", json_null());
	}
	if (f->omitted[0] == '\0') {
		json_object_set_new(o, "content_base64", json_base64(f->data, f->len));
	} else {
		json_object_set_new(o, "content_base64", json_null());
		json_object_set_new(o, "omitted", json_string(f->omitted));
	}
	if (f->redacted)
		json_object_set_new(o, "redacted", json_true());
	return o;
}

static void put_files(json_t *o, const struct run_result *r)
{
	json_t *a = json_array();

	for (size_t i = 0; i < r->files.n; i++)
		json_array_append_new(a, collected_json(&r->files.v[i]));
	json_object_set_new(o, "files", a);
	json_object_set_new(o, "files_truncated", json_boolean(r->files.truncated));
}

/* Whether the program (or its compile step) ran and did not succeed: then
 * the result says what went wrong in `diagnostics`. */
static bool failed_after_running(enum run_status s)
{
	switch (s) {
	case STATUS_OK:
	case STATUS_INTERNAL_ERROR:
	case STATUS_POLICY_BLOCKED:
	case STATUS_REJECTED:
		return false;
	default:
		return true;
	}
}

/* diagnostics: the compiler's errors when the compile step failed, else
 * what the runtime said of the end of the program; [] when it said
 * nothing recognisable. Read from the output as shown (redacted, cut at
 * the output limit). */
static void put_diagnostics(json_t *o, const struct run_result *r)
{
	const struct lang_profile *lang = r->language ? lang_find(r->language) : NULL;
	const struct step_result *c =
	    r->has_compile && r->compile.status != STATUS_OK ? &r->compile : NULL;
	struct diag_names names = {
	    .program = r->program.name,
	    .code = r->program.code,
	    .code_len = r->program.code_len,
	};

	if (!failed_after_running(r->run.status))
		return;
	json_object_set_new(o, "diagnostics",
			    diagnostics_parse(lang, r->run.err.data, r->run.err.len,
					      c ? (c->err.data ? c->err.data : "") : NULL,
					      c ? c->err.len : 0, &names));
}

/* network: {"requests": [{"host", "port", "allowed", "bytes_sent",
 * "bytes_received", "reason"?}], "requests_dropped"?} (docs/network.md) */
static void put_network(json_t *o, const struct egress_log *log)
{
	json_t *a = json_array(), *n = json_object();

	for (size_t i = 0; i < log->n; i++) {
		const struct egress_request *q = &log->v[i];
		/* a refused name is as the program sent it: not always UTF-8 */
		json_t *e = json_pack("{s:o, s:i, s:b, s:I, s:I}", "host", utf8_json(q->host), "port",
				      (int)q->port, "allowed", q->allowed, "bytes_sent",
				      (json_int_t)q->bytes_sent, "bytes_received",
				      (json_int_t)q->bytes_received);
		if (q->reason[0])
			json_object_set_new(e, "reason", utf8_json(q->reason));
		json_array_append_new(a, e);
	}
	json_object_set_new(n, "requests", a);
	if (log->dropped)
		json_object_set_new(n, "requests_dropped", json_integer((json_int_t)log->dropped));
	json_object_set_new(o, "network", n);
}

json_t *result_to_json(const struct run_result *r)
{
	json_t *o = json_object();

	put_step(o, &r->run);
	json_object_set_new(o, "language", json_string(r->language ? r->language : ""));
	json_object_set_new(o, "start", json_string(r->warm ? "warm" : "cold"));
	if (r->start_note[0])
		json_object_set_new(o, "start_note", json_string(r->start_note));
	json_object_set_new(o, "limits", limits_to_json(&r->limits));
	json_object_set_new(o, "enforcement", enforcement_json(&r->enforcement));
	if (r->has_compile) {
		json_t *c = json_object();
		json_object_set_new(c, "status", json_string(run_status_name(r->compile.status)));
		json_object_set_new(c, "exit_code",
				    int_or_null(r->compile.exit_code, r->compile.exit_code >= 0));
		put_output(c, "stdout", &r->compile.out, r->compile.out_truncated);
		put_output(c, "stderr", &r->compile.err, r->compile.err_truncated);
		json_object_set_new(c, "time", time_json(&r->compile));
		put_denied(c, &r->compile);
		json_object_set_new(o, "compile", c);
	}
	if (r->has_files)
		put_files(o, r);
	if (r->limits.net == NET_EGRESS)
		put_network(o, &r->network);
	if (r->run.status == STATUS_INTERNAL_ERROR) {
		size_t n;
		cleanup_free char *s = utf8_sanitize(r->error, strlen(r->error), &n);
		json_object_set_new(o, "error", json_stringn_nocheck(s, n));
	}
	put_diagnostics(o, r);
	return o;
}

int result_exit_code(const struct run_result *r)
{
	const struct step_result *s = &r->run;

	switch (s->status) {
	case STATUS_OK:
		return 0;
	case STATUS_RUNTIME_ERROR:
		return s->exit_code > 0 ? s->exit_code : 1;
	case STATUS_TIME_LIMIT:
	case STATUS_WALL_TIME_LIMIT:
		return 124;
	case STATUS_COMPILE_ERROR:
		return 1;
	case STATUS_INTERNAL_ERROR:
		return 125;
	case STATUS_POLICY_BLOCKED:
	case STATUS_REJECTED:
		return 126; /* as a shell says of a command it cannot execute */
	case STATUS_CANCELLED:
		return 128 + (s->signal > 0 ? s->signal : SIGTERM);
	case STATUS_MEMORY_LIMIT:
	case STATUS_OUTPUT_LIMIT:
		return 128 + SIGKILL;
	case STATUS_SYSCALL_DENIED:
		return 128 + SIGSYS;
	case STATUS_SIGNALED:
		return 128 + (s->signal > 0 ? s->signal : SIGKILL);
	}
	return 125;
}

const char *run_status_name(enum run_status s)
{
	static const char *const names[] = {
	    [STATUS_OK] = "ok",
	    [STATUS_RUNTIME_ERROR] = "runtime_error",
	    [STATUS_SIGNALED] = "signaled",
	    [STATUS_TIME_LIMIT] = "time_limit",
	    [STATUS_WALL_TIME_LIMIT] = "wall_time_limit",
	    [STATUS_MEMORY_LIMIT] = "memory_limit",
	    [STATUS_OUTPUT_LIMIT] = "output_limit",
	    [STATUS_SYSCALL_DENIED] = "syscall_denied",
	    [STATUS_COMPILE_ERROR] = "compile_error",
	    [STATUS_INTERNAL_ERROR] = "internal_error",
	    [STATUS_CANCELLED] = "cancelled",
	    [STATUS_POLICY_BLOCKED] = "policy_blocked",
	    [STATUS_REJECTED] = "rejected",
	};
	if ((size_t)s < ARRAY_SIZE(names) && names[s])
		return names[s];
	return "internal_error";
}

const char *enforcer_name(enum enforcer e)
{
	switch (e) {
	case ENF_CGROUP_V1:
		return "cgroup_v1";
	case ENF_CGROUP_V2:
		return "cgroup_v2";
	case ENF_RLIMIT:
		return "rlimit";
	case ENF_SUPERVISOR:
		return "supervisor";
	case ENF_TMPFS:
		return "tmpfs";
	case ENF_SECCOMP_NOTIFY:
		return "seccomp_notify";
	case ENF_SECCOMP:
		return "seccomp";
	case ENF_SUPERVISOR_PSS:
		return "supervisor_pss";
	case ENF_SPAWNER:
		return "spawner";
	case ENF_TEMPLATE:
		return "template";
	case ENF_NONE:
		break;
	}
	return "none";
}

void run_result_free(struct run_result *r)
{
	buf_free(&r->run.out);
	buf_free(&r->run.err);
	buf_free(&r->compile.out);
	buf_free(&r->compile.err);
	buf_free(&r->run.out_beyond);
	buf_free(&r->run.err_beyond);
	buf_free(&r->compile.out_beyond);
	buf_free(&r->compile.err_beyond);
	collected_free(&r->files);
	egress_log_free(&r->network);
}
