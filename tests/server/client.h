/*
 * A real `airlock serve` for the tests: started on 127.0.0.1 with a free
 * port and a temporary data directory, keys made with `airlock keys`, and
 * spoken to with libcurl.
 */
#ifndef AIRLOCK_TEST_CLIENT_H
#define AIRLOCK_TEST_CLIENT_H

#include <jansson.h>
#include <stdbool.h>
#include <sys/types.h>

struct srv {
	pid_t pid;
	int port;
	char dir[256];
	char user[80], other[80], admin[80]; /* keys */
	/* Set before srv_start (both "" otherwise): the store's URL, given to
	 * serve, keys and audit as --store, and serve's --node. */
	char store[600];
	char node[64];
};

/* Creates the data directory and keys (user gets user_quota when not NULL),
 * writes config_yaml (may be NULL) and starts the server. */
void srv_start(struct srv *s, const char *config_yaml, const char *user_quota);
/* Starts another node of first's service: the same store (first->store)
 * and keys, a data directory of its own holding a copy of first's audit
 * signing key (as every node of a service must), --node node. */
void srv_start_node(struct srv *s, const struct srv *first, const char *node);
/* Creates one more key (`airlock keys create --name NAME EXTRA...`) into out. */
void srv_make_key(struct srv *s, const char *name, const char *extra, const char *extra2,
		  char *out);
/* Whether needle occurs in the database files (airlock.db and its WAL) or
 * in the server's log. */
bool srv_db_contains(struct srv *s, const char *needle);
bool srv_log_contains(struct srv *s, const char *needle);
/* Starts the server again on the same directory (after a stop or a kill). */
void srv_restart(struct srv *s);
/* SIGTERM and wait; returns seconds it took. */
double srv_stop(struct srv *s);
void srv_kill9(struct srv *s);
/* Stops if running and removes the directory. */
void srv_cleanup(struct srv *s);

struct reply {
	long status;
	char *body;
	json_t *json; /* parsed body when it is JSON */
	char retry_after[32];
	char allow[64];
};

/* One request; key NULL: no Authorization header. ctype NULL: JSON when
 * body is given. */
void http(struct srv *s, const char *method, const char *path, const char *key, const char *ctype,
	  const char *body, struct reply *r);
void reply_free(struct reply *r);
/* POST /v1/executions {"language", "code", extra...} */
void submit(struct srv *s, const char *key, const char *lang, const char *code,
	    const char *extra_json, struct reply *r);
/* Polls GET /v1/executions/ID until its status is `status` (5 s). */
bool wait_status(struct srv *s, const char *key, const char *id, const char *status);
/* wait_status for up to seconds * test_slowness() (wait_status: 5). */
bool wait_status_for(struct srv *s, const char *key, const char *id, const char *status,
		     double seconds);
/* `airlock audit verify --data-dir`; returns exit status, output in *out. */
int audit_verify_cmd(struct srv *s, char **out);

/* Raw sockets, for what libcurl will not send. A blocking TCP connection to
 * 127.0.0.1:port with a receive timeout of timeout_s seconds. */
int raw_connect(int port, int timeout_s);
/* Sends len bytes of req on a new connection and reads until the server
 * closes it or timeout_s passes; returns what came back (NUL-terminated,
 * free it) and sets *closed when the server closed the connection. */
char *raw_exchange(int port, const char *req, size_t len, int timeout_s, bool *closed);
/* The same; *got: how many bytes came back (they may hold NULs). */
char *raw_exchange_n(int port, const char *req, size_t len, int timeout_s, bool *closed,
		     size_t *got);

#endif
