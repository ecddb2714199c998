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

/* ---- the WebSocket /api/v2/connect (piston_wsmsg.c: pure) ---- */

/* Piston's close codes and their reasons. */
#define PISTON_WS_ALREADY_INITIALIZED 4000
#define PISTON_WS_INIT_TIMEOUT 4001
#define PISTON_WS_NOTIFIED_ERROR 4002
#define PISTON_WS_NOT_INITIALIZED 4003
#define PISTON_WS_STDIN_ONLY 4004
#define PISTON_WS_INVALID_SIGNAL 4005
#define PISTON_WS_JOB_COMPLETED 4999
const char *piston_ws_reason(int code);

/* What a client's message asks for. */
enum piston_ws_kind {
	PISTON_WS_IGNORE, /* an unknown type: Piston does nothing */
	PISTON_WS_INIT,	  /* job holds the parsed run */
	PISTON_WS_DATA,	  /* data, len: for stdin */
	PISTON_WS_SIGNAL, /* signal: its number */
	PISTON_WS_ERROR,  /* send {"type":"error", message}, then close 4002 */
	PISTON_WS_CLOSE,  /* close with close_code (its reason: piston_ws_reason) */
};

struct piston_ws_action {
	enum piston_ws_kind kind;
	int close_code;
	char message[PISTON_MSG_MAX];
	struct piston_job job;
	json_t *msg; /* owns data */
	const char *data;
	size_t len;
	int signal;
};
void piston_ws_action_free(struct piston_ws_action *a);

/* One text message of the client, in Piston's order of checks. */
void piston_ws_message(const char *text, size_t len, bool initialized, const json_t *languages,
		       struct piston_ws_action *a);

/* The server's messages, as JSON text (free them). */
char *piston_ws_runtime_msg(const struct piston_runtime *rt);
char *piston_ws_stage_msg(const char *stage);
char *piston_ws_data_msg(const char *stream, const char *data, size_t len);
/* status, exit_code, signal: the step as the service reports it. */
char *piston_ws_exit_msg(const char *stage, const char *status, int exit_code, int signal);
char *piston_ws_error_msg(const char *message);

/* Sec-WebSocket-Accept for a Sec-WebSocket-Key (RFC 6455 4.2.2); -1
 * when the key is not 16 bytes in base64. */
int piston_ws_accept(const char *key, char out[32]);

#endif
