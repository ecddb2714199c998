/*
 * An execution (the service's result object) into Piston's answer: a run
 * stage, and a compile stage for compiled languages. Pure.
 *
 * Piston's statuses are isolate's: RE (non-zero exit), SG (a signal), TO
 * (a time limit), OL and EL (stdout or stderr over the output limit), XX
 * (the sandbox failed); null when the program succeeded. airlock's richer
 * statuses fold into them (docs/piston.md has the table): a memory limit
 * is SG with SIGKILL, as the kernel's OOM killer is in Piston; the syscall
 * policy is SG with SIGSYS; what the program never ran for (cancelled,
 * blocked by the policy, held for approval) is XX with a message.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "http/piston.h"

static const char *const signal_names[] = {
    [SIGHUP] = "SIGHUP",       [SIGINT] = "SIGINT",	  [SIGQUIT] = "SIGQUIT",
    [SIGILL] = "SIGILL",       [SIGTRAP] = "SIGTRAP",	  [SIGABRT] = "SIGABRT",
    [SIGBUS] = "SIGBUS",       [SIGFPE] = "SIGFPE",	  [SIGKILL] = "SIGKILL",
    [SIGUSR1] = "SIGUSR1",     [SIGSEGV] = "SIGSEGV",	  [SIGUSR2] = "SIGUSR2",
    [SIGPIPE] = "SIGPIPE",     [SIGALRM] = "SIGALRM",	  [SIGTERM] = "SIGTERM",
    [SIGSTKFLT] = "SIGSTKFLT", [SIGCHLD] = "SIGCHLD",	  [SIGCONT] = "SIGCONT",
    [SIGSTOP] = "SIGSTOP",     [SIGTSTP] = "SIGTSTP",	  [SIGTTIN] = "SIGTTIN",
    [SIGTTOU] = "SIGTTOU",     [SIGURG] = "SIGURG",	  [SIGXCPU] = "SIGXCPU",
    [SIGXFSZ] = "SIGXFSZ",     [SIGVTALRM] = "SIGVTALRM", [SIGPROF] = "SIGPROF",
    [SIGWINCH] = "SIGWINCH",   [SIGIO] = "SIGIO",	  [SIGPWR] = "SIGPWR",
    [SIGSYS] = "SIGSYS",
};

const char *piston_signal_name(int sig)
{
	if (sig <= 0 || (size_t)sig >= ARRAY_SIZE(signal_names))
		return NULL;
	return signal_names[sig];
}

int piston_signal_number(const char *name)
{
	if (name == NULL)
		return 0;
	for (size_t i = 1; i < ARRAY_SIZE(signal_names); i++) {
		const char *n = signal_names[i];
		if (n && (strcmp(n, name) == 0 || strcmp(n + 3, name) == 0))
			return (int)i;
	}
	char *end;
	long v = strtol(name, &end, 10);
	if (*name && *end == 0 && v > 0 && (size_t)v < ARRAY_SIZE(signal_names) && signal_names[v])
		return (int)v;
	return 0;
}

static const char *str(const json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));
	return s ? s : "";
}

static json_int_t num(const json_t *o, const char *k)
{
	const json_t *v = json_object_get(o, k);
	return json_is_integer(v) ? json_integer_value(v) : 0;
}

/* status, signal and message of a stage from airlock's status. */
struct verdict {
	const char *status; /* NULL: success */
	const char *signal;
	char message[600];
};

static void verdict_of(const json_t *step, const json_t *execution, bool is_compile,
		       struct verdict *v)
{
	const char *st = str(step, "status");
	const json_t *code = json_object_get(step, "exit_code");
	const json_t *sig = json_object_get(step, "signal");

	memset(v, 0, sizeof(*v));
	v->signal = json_is_integer(sig) ? piston_signal_name((int)json_integer_value(sig)) : NULL;
	if (strcmp(st, "ok") == 0)
		return;
	if (strcmp(st, "runtime_error") == 0 || strcmp(st, "compile_error") == 0) {
		v->status = "RE";
		snprintf(v->message, sizeof(v->message), "Exited with error status %lld",
			 json_is_integer(code) ? (long long)json_integer_value(code) : 1LL);
	} else if (strcmp(st, "signaled") == 0) {
		v->status = "SG";
		snprintf(v->message, sizeof(v->message), "Caught fatal signal %lld",
			 json_is_integer(sig) ? (long long)json_integer_value(sig) : 0LL);
	} else if (strcmp(st, "syscall_denied") == 0) {
		const char *call = str(json_object_get(step, "denied"), "syscall");
		v->status = "SG";
		v->signal = "SIGSYS";
		snprintf(v->message, sizeof(v->message), "Caught fatal signal %d (%s%s)", SIGSYS,
			 *call ? "the syscall policy denied " : "denied by the syscall policy",
			 call);
	} else if (strcmp(st, "memory_limit") == 0) {
		v->status = "SG";
		v->signal = "SIGKILL";
		snprintf(v->message, sizeof(v->message), "Memory limit exceeded");
	} else if (strcmp(st, "time_limit") == 0 || strcmp(st, "wall_time_limit") == 0) {
		v->status = "TO";
		v->signal = "SIGKILL";
		snprintf(v->message, sizeof(v->message), "%s",
			 st[0] == 't' ? "Time limit exceeded" : "Time limit exceeded (wall clock)");
	} else if (strcmp(st, "output_limit") == 0) {
		bool err = !json_is_true(json_object_get(step, "stdout_truncated")) &&
			   json_is_true(json_object_get(step, "stderr_truncated"));
		v->status = err ? "EL" : "OL";
		v->signal = "SIGKILL";
		snprintf(v->message, sizeof(v->message), "%s length exceeded",
			 err ? "stderr" : "stdout");
	} else {
		const char *why = str(execution, "error");
		v->status = "XX";
		v->signal = NULL;
		if (is_compile || *why)
			snprintf(v->message, sizeof(v->message), "%s", *why ? why : st);
		else
			snprintf(v->message, sizeof(v->message), "the execution ended as %s", st);
	}
}

json_t *piston_stage(const json_t *step, const json_t *execution, bool is_compile)
{
	struct verdict v;
	const json_t *time = json_object_get(step, "time"),
		     *code = json_object_get(step, "exit_code");
	const json_t *output = is_compile ? NULL : json_object_get(execution, "output");

	verdict_of(step, execution, is_compile, &v);
	json_t *o =
	    json_pack("{s:s, s:s}", "stdout", str(step, "stdout"), "stderr", str(step, "stderr"));
	if (json_is_string(output)) {
		json_object_set(o, "output", (json_t *)output);
	} else {
		struct buf b = {0};
		buf_append(&b, str(step, "stdout"), strlen(str(step, "stdout")));
		buf_append(&b, str(step, "stderr"), strlen(str(step, "stderr")));
		json_object_set_new(o, "output", json_stringn(b.data ? b.data : "", b.len));
		buf_free(&b);
	}
	json_object_set_new(o, "code",
			    json_is_integer(code) ? json_integer(json_integer_value(code))
						  : json_null());
	json_object_set_new(o, "signal", v.signal ? json_string(v.signal) : json_null());
	json_object_set_new(o, "message", v.message[0] ? json_string(v.message) : json_null());
	json_object_set_new(o, "status", v.status ? json_string(v.status) : json_null());
	json_object_set_new(o, "cpu_time", json_integer(num(time, "cpu_ms")));
	json_object_set_new(o, "wall_time", json_integer(num(time, "wall_ms")));
	json_object_set_new(o, "memory", json_integer(num(step, "memory_peak_kb") * 1024));
	return o;
}

/* A run stage for an execution that did not run, or failed to. */
static json_t *not_run(const char *message)
{
	return json_pack("{s:s, s:s, s:s, s:n, s:n, s:s, s:s, s:i, s:i, s:i}", "stdout", "",
			 "stderr", "", "output", "", "code", "signal", "message", message, "status",
			 "XX", "cpu_time", 0, "wall_time", 0, "memory", 0);
}

json_t *piston_response(const struct piston_job *job, const json_t *execution, const char *id)
{
	json_t *o =
	    json_pack("{s:s, s:s}", "language", job->rt.language, "version", job->rt.version);
	const char *st = str(execution, "status");
	const json_t *compile = json_object_get(execution, "compile");
	char msg[600];

	if (execution == NULL) {
		snprintf(msg, sizeof(msg),
			 "execution %s is held for a person's approval (airlock's policy); it runs "
			 "once approved: GET /v1/executions/%s",
			 id ? id : "", id ? id : "");
		json_object_set_new(o, "run", not_run(msg));
		return o;
	}
	if (strcmp(st, "policy_blocked") == 0 || strcmp(st, "rejected") == 0) {
		const json_t *f = json_array_get(json_object_get(execution, "findings"), 0);
		snprintf(msg, sizeof(msg), "%s by airlock's policy%s%s",
			 st[0] == 'p' ? "blocked" : "rejected", f ? ": " : "",
			 f ? str(f, "message") : "");
		json_object_set_new(o, "run", not_run(msg));
		return o;
	}
	if (json_is_object(compile)) {
		json_object_set_new(o, "compile", piston_stage(compile, execution, true));
		/* v2.js: when the run stage did not start, run is compile */
		if (strcmp(st, "compile_error") == 0 || strcmp(str(compile, "status"), "ok") != 0) {
			json_object_set(o, "run", json_object_get(o, "compile"));
			return o;
		}
	}
	json_object_set_new(o, "run", piston_stage(execution, execution, false));
	return o;
}
