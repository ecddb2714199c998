/*
 * Sandboxes that live, seen from a client of `airlock serve`: create one,
 * run a command in it, move bytes in and out of its files (binary-safe:
 * the bodies here carry a length).
 */
#ifndef AIRLOCK_TEST_SANDBOX_CLIENT_H
#define AIRLOCK_TEST_SANDBOX_CLIENT_H

#include <jansson.h>
#include <pthread.h>
#include <stddef.h>

#include <curl/curl.h>

#include "server/client.h"

/* POST /v1/sandboxes with body (NULL: none); asserts 201; the id into id
 * (64 bytes). Returns the sandbox object (json_decref it). */
json_t *sb_create(struct srv *s, const char *key, const char *body, char *id);
/* POST /v1/sandboxes/ID/exec {"command", extra...}; asserts 200; returns
 * the result object. */
json_t *sb_exec(struct srv *s, const char *key, const char *id, const char *command,
		const char *extra_json);
/* GET /v1/sandboxes/ID; asserts 200. */
json_t *sb_get(struct srv *s, const char *key, const char *id);
/* A curl handle for METHOD path of s with key, asking for server-sent
 * events (Accept: text/event-stream; body, if any, JSON); *h holds its
 * headers: curl_slist_free_all(*h) after curl_easy_cleanup. */
CURL *sb_sse_handle(struct srv *s, const char *key, const char *method, const char *path,
		    const char *body, struct curl_slist **h);
/* Polls GET until state is terminated (timeout_s scaled); returns it or
 * NULL. */
json_t *sb_wait_terminated(struct srv *s, const char *key, const char *id, double timeout_s);

/* A command run on a thread of its own (POST /v1/sandboxes/ID/exec with
 * body), so that the test can act on it while it runs; sb_bg_join asserts
 * 200 and returns the result object. */
struct sb_bg {
	pthread_t th;
	struct srv *s;
	const char *key;
	char id[64];
	const char *body;
	struct reply r;
};
void sb_bg_start(struct sb_bg *b, struct srv *s, const char *key, const char *id, const char *body);
json_t *sb_bg_join(struct sb_bg *b);
/* GET /v1/sandboxes/ID/processes; asserts 200; the list. */
json_t *sb_processes(struct srv *s, const char *key, const char *id);
/* Polls until n processes run; the newest one's entry ({} for n 0). */
json_t *sb_wait_processes(struct srv *s, const char *key, const char *id, size_t n);
/* POST /v1/sandboxes/ID/processes/PID/WHAT with body; the status. */
long sb_post_proc(struct srv *s, const char *key, const char *id, long pid, const char *what,
		  const char *body, struct reply *r);

/* One request with a body of len bytes (NULL: none) and a query value
 * escaped; r->body holds the answer's bytes (r->body_len of them). */
struct bin_reply {
	long status;
	char *body;
	size_t len;
	json_t *json;
	double seconds;
};
void sb_files(struct srv *s, const char *key, const char *method, const char *id,
	      const char *suffix, const char *qname, const char *qvalue, const void *body,
	      size_t len, double timeout_s, struct bin_reply *r);
void bin_reply_free(struct bin_reply *r);

#endif
