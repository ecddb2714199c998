/* The commands that talk to `airlock serve` (approvals, sandbox): one HTTP
 * client over libcurl, the key as a bearer token. */
#ifndef AIRLOCK_CLI_CLIENT_H
#define AIRLOCK_CLI_CLIENT_H

#include <jansson.h>
#include <stddef.h>

/* The exit status of a command whose request the server refused. */
#define CLI_EXIT_REFUSED 1

struct cli_server {
	const char *url; /* the server's base URL */
	const char *key;
	const char *flag; /* how to point at another server: "--url", "$AIRLOCK_URL" */
	const char *env;
};

/* What comes back: each piece of the answer's body is given to write(ud)
 * as it arrives (NULL: kept nowhere). */
typedef size_t (*cli_write_fn)(char *p, size_t size, size_t n, void *ud);

/* One request: body is len bytes of type ctype (NULL: none); accept, a
 * media type to ask for (NULL: none); timeout_s, 0 for none (a stream).
 * Returns the HTTP status, or -1 when the server could not be reached
 * (said on stderr, with how to point at another server). */
long cli_request(const struct cli_server *s, const char *method, const char *path,
		 const char *ctype, const void *body, size_t len, const char *accept,
		 long timeout_s, cli_write_fn write, void *ud);

/* A cli_write_fn that appends to a struct buf (common/util.h). */
size_t cli_to_buf(char *p, size_t size, size_t n, void *ud);

/* Prints a server's refusal (print_refusal) and returns CLI_EXIT_REFUSED. */
int cli_refused(long status, json_t *answer);

#endif
