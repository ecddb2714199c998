/*
 * Piston v2 (API 3.1.1) under /piston: the pure translation between
 * Piston's shapes and the service's (piston_request.c, piston_response.c)
 * and its routes (piston_routes.c). The translation does no I/O and holds
 * no state: bytes and the service's language list in, the canonical
 * request or Piston's answer out, so a libFuzzer target drives it.
 */
#ifndef AIRLOCK_HTTP_PISTON_H
#define AIRLOCK_HTTP_PISTON_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#define PISTON_VERSION "3.1.1"
#define PISTON_MSG_MAX 512

/* A runtime as Piston names it, over one airlock language. */
struct piston_runtime {
	const char *language; /* Piston's name: "python", "javascript", "c++" */
	const char *runtime;  /* Piston's `runtime` ("gcc", "node"), or NULL */
	const json_t *lang;   /* the service's entry for the airlock language */
	const char *airlock;  /* its name: "python", "node", "cpp" */
	const char *version;  /* of the interpreter or compiler here */
	bool compiled;
};

/* GET /api/v2/runtimes from the service's languages (service_languages):
 * the available ones, [{"language", "version", "aliases", "runtime"?}]. */
json_t *piston_runtimes(const json_t *languages);

/* The runtime that a request's language names (a Piston name or alias, or
 * an airlock name or alias; case-insensitive). false when none is
 * available. */
bool piston_runtime_find(const json_t *languages, const char *name, struct piston_runtime *rt);

/* Whether a version requested of a runtime is accepted. Lenient: a known
 * language runs on the one interpreter here whatever version is asked
 * ("3.10.0", "18.15.0", "3.x", "*", ">=3 <4"), so only an empty string
 * is refused. */
bool piston_version_accepted(const char *requested);

/* A parsed /execute body (or WebSocket init message). */
struct piston_job {
	json_t *canonical; /* the service's request; owned */
	struct piston_runtime rt;
};
void piston_job_free(struct piston_job *j);

/* The body of POST /api/v2/execute into the service's canonical request
 * (wait, combined output). With websocket, the message is an "init": its
 * stdin is ignored (it comes as "data" messages). -1 with Piston's own
 * message text in msg for bad input. */
int piston_job_parse(const char *body, size_t len, const json_t *languages, bool websocket,
		     struct piston_job *job, char msg[PISTON_MSG_MAX]);

/* The answer of /execute for an execution (the service's object) of job;
 * execution NULL: it did not run (held for approval: id says which). */
json_t *piston_response(const struct piston_job *job, const json_t *execution, const char *id);

/* One stage ("run" or "compile") of the answer: {stdout, stderr, output,
 * code, signal, message, status, cpu_time, wall_time, memory}. */
json_t *piston_stage(const json_t *step, const json_t *execution, bool is_compile);

/* "SIGKILL" for 9; NULL for 0 or an unknown number. */
const char *piston_signal_name(int sig);
/* The number of "SIGKILL" or "KILL" or "9"; 0 when unknown. */
int piston_signal_number(const char *name);

#endif
